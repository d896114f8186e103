// Built against plain libsqlite3 on purpose: the situation in which `PRAGMA key` is silently
// ignored. Opening must refuse before anything is written.
#include "crypto/SecretBytes.h"
#include "error/Error.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;

TEST_CASE("opening a store on plain SQLite is refused before any data is written",
          "[store][security]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pacewise.db"));
    crypto::SecretBytes key(32);
    try {
        store::Database db(path, key, store::Database::Mode::CreateNew);
        FAIL("plain SQLite was accepted as SQLCipher");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::PlaintextSqlite);
        CHECK_FALSE(e.message().isEmpty());
    }
    CHECK(QFileInfo(path).size() == 0);
    CHECK(store::Database::linkedCipherVersion().isEmpty());
}
