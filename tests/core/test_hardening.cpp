#include "crypto/ProcessHardening.h"
#include "store/Database.h"
#include "store/Profile.h"
#include "support/TestProfile.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace pacewise;

TEST_CASE("process hardening switches core dumps off", "[crypto][hardening]") {
    // In a child, so the test runner itself keeps its normal limits.
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        crypto::hardenProcess();
        rlimit limit{};
        getrlimit(RLIMIT_CORE, &limit);
        _exit(limit.rlim_cur == 0 && limit.rlim_max == 0 && prctl(PR_GET_DUMPABLE) == 0 ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("the store writes through WAL with full sync and enforces foreign keys",
          "[store][durability]") {
    QTemporaryDir dir;
    auto profile = store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    store::Database& db = profile->database();
    const auto pragma = [&](const char* sql) {
        store::Statement s = db.prepare(sql);
        REQUIRE(s.step());
        return s.text(0);
    };
    CHECK(pragma("PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(pragma("PRAGMA synchronous") == QStringLiteral("2")); // FULL
    CHECK(pragma("PRAGMA foreign_keys") == QStringLiteral("1"));
    CHECK(pragma("PRAGMA cipher_page_size") == QStringLiteral("4096"));
    CHECK(store::Database::linkedCipherVersion().startsWith(QStringLiteral("4.14")));
}
