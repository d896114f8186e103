#include "error/Error.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Outbox.h"
#include "store/Profile.h"
#include "store/Settings.h"
#include "support/TestProfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::store;
using pacewise::test::fastOptions;
using pacewise::test::kOtherPassphrase;
using pacewise::test::kPassphrase;

namespace {

ErrorCode codeOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal; // "no error" would be a test failure below
}

QString keyFile(const QTemporaryDir& dir) {
    return dir.filePath(QStringLiteral("pacewise.key"));
}
QString dbFile(const QTemporaryDir& dir) {
    return dir.filePath(QStringLiteral("pacewise.db"));
}

} // namespace

TEST_CASE("a new profile opens again with its passphrase and keeps its identity",
          "[store][profile]") {
    QTemporaryDir dir;
    QString id;
    {
        auto profile = Profile::create(dir.path(), kPassphrase, fastOptions());
        id = profile->profileId();
        CHECK(profile->schemaVersion() == latestSchemaVersion());
        CHECK(profile->database().cipherVersion().startsWith(QStringLiteral("4.")));
    }
    CHECK(Profile::probe(dir.path()) == Profile::State::Present);
    auto again = Profile::open(dir.path(), kPassphrase);
    CHECK(again->profileId() == id);
    CHECK_FALSE(id.isEmpty());
    CHECK(again->timings().keyDerivation.count() > 0);
    CHECK(again->timings().total >= again->timings().keyDerivation);
}

TEST_CASE("a wrong passphrase leaves the key file and the database byte-identical",
          "[store][profile]") {
    QTemporaryDir dir;
    {
        auto profile = Profile::create(dir.path(), kPassphrase, fastOptions());
        Settings(profile->database()).setAutoLockMinutes(5);
    }
    const auto before = test::digestFiles(dir.path());
    REQUIRE(before.contains(QStringLiteral("pacewise.key")));
    REQUIRE(before.contains(QStringLiteral("pacewise.db")));

    try {
        Profile::open(dir.path(), kOtherPassphrase);
        FAIL("a wrong passphrase opened the profile");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::WrongPassphrase);
        CHECK(e.message() == QStringLiteral("The passphrase is not correct."));
    }
    CHECK(test::digestFiles(dir.path()) == before);
}

TEST_CASE("nothing written to the store can be found in the profile folder", "[store][security]") {
    QTemporaryDir dir;
    const QByteArray marker = "PACEWISE-PLAINTEXT-MARKER-7f3a9c";
    {
        auto profile = Profile::create(dir.path(), kPassphrase, fastOptions());
        Database& db = profile->database();
        Transaction transaction(db);
        Outbox(db).enqueue(QStringLiteral("diary-entry"), QString::fromLatin1(marker),
                           Outbox::Operation::Create, marker.repeated(50));
        Settings(db).setValue(QStringLiteral("note"), QString::fromLatin1(marker));
        transaction.commit();
        // Inspect while the connection is open, so the -wal file still holds the new pages.
        const QByteArray onDisk = test::allBytes(dir.path());
        REQUIRE(QFile::exists(dbFile(dir) + QStringLiteral("-wal")));
        CHECK_FALSE(onDisk.contains(marker));
        CHECK_FALSE(onDisk.contains("SQLite format 3"));
        CHECK_FALSE(onDisk.contains("CREATE TABLE"));
    }
    const QByteArray afterClose = test::allBytes(dir.path());
    CHECK_FALSE(afterClose.contains(marker));
    CHECK_FALSE(afterClose.contains("SQLite format 3"));
    auto reopened = Profile::open(dir.path(), kPassphrase);
    CHECK(Settings(reopened->database()).value(QStringLiteral("note")) ==
          QString::fromLatin1(marker));
}

TEST_CASE("changing the passphrase re-wraps the key and leaves the database untouched",
          "[store][profile]") {
    QTemporaryDir dir;
    Profile::create(dir.path(), kPassphrase, fastOptions()).reset();
    const QByteArray dbBefore = test::readFile(dbFile(dir));
    const QByteArray keyBefore = test::readFile(keyFile(dir));

    Profile::changePassphrase(dir.path(), kPassphrase, kOtherPassphrase, fastOptions());

    CHECK(test::readFile(dbFile(dir)) == dbBefore);
    CHECK(test::readFile(keyFile(dir)) != keyBefore);
    CHECK(codeOf([&] { Profile::open(dir.path(), kPassphrase); }) == ErrorCode::WrongPassphrase);
    CHECK(Profile::open(dir.path(), kOtherPassphrase)->schemaVersion() == latestSchemaVersion());
}

TEST_CASE("changing the passphrase needs the current one and refuses a weak new one",
          "[store][profile]") {
    QTemporaryDir dir;
    Profile::create(dir.path(), kPassphrase, fastOptions()).reset();
    const auto before = test::digestFiles(dir.path());
    CHECK(codeOf([&] {
              Profile::changePassphrase(dir.path(), kOtherPassphrase,
                                        QStringLiteral("new and long enough"), fastOptions());
          }) == ErrorCode::WrongPassphrase);
    CHECK(codeOf([&] {
              Profile::changePassphrase(dir.path(), kPassphrase, QStringLiteral("12345678"),
                                        fastOptions());
          }) == ErrorCode::WeakPassphrase);
    CHECK(test::digestFiles(dir.path()) == before);
}

TEST_CASE("a profile is never created over an existing one", "[store][profile]") {
    QTemporaryDir dir;
    Profile::create(dir.path(), kPassphrase, fastOptions()).reset();
    const auto before = test::digestFiles(dir.path());
    CHECK(codeOf([&] { Profile::create(dir.path(), kOtherPassphrase, fastOptions()); }) ==
          ErrorCode::ProfileExists);
    CHECK(test::digestFiles(dir.path()) == before);

    QFile::remove(keyFile(dir)); // a database on its own is protected the same way
    CHECK(codeOf([&] { Profile::create(dir.path(), kOtherPassphrase, fastOptions()); }) ==
          ErrorCode::ProfileExists);
}

TEST_CASE("a weak passphrase is refused before anything is written", "[store][profile]") {
    QTemporaryDir dir;
    CHECK(codeOf([&] { Profile::create(dir.path(), QStringLiteral("password"), fastOptions()); }) ==
          ErrorCode::WeakPassphrase);
    CHECK(QDir(dir.path()).isEmpty());
}

TEST_CASE("missing files each get their own message and nothing is created", "[store][profile]") {
    QTemporaryDir dir;
    const QString nowhere = dir.filePath(QStringLiteral("does-not-exist"));
    CHECK(codeOf([&] { Profile::open(nowhere, kPassphrase); }) == ErrorCode::NoProfile);
    CHECK_FALSE(QFileInfo::exists(nowhere));

    Profile::create(dir.path(), kPassphrase, fastOptions()).reset();
    const QByteArray key = test::readFile(keyFile(dir));

    QFile::remove(dbFile(dir));
    CHECK(codeOf([&] { Profile::open(dir.path(), kPassphrase); }) == ErrorCode::DatabaseMissing);
    CHECK_FALSE(QFile::exists(dbFile(dir)));
    CHECK(test::readFile(keyFile(dir)) == key);

    QFile::remove(keyFile(dir));
    test::writeFile(dbFile(dir), "anything");
    CHECK(Profile::probe(dir.path()) == Profile::State::KeyFileMissing);
    CHECK(codeOf([&] { Profile::open(dir.path(), kPassphrase); }) == ErrorCode::KeyFileMissing);
    CHECK(test::readFile(dbFile(dir)) == "anything");
}

TEST_CASE("a database from another profile or not ours is refused and left as it was",
          "[store][profile]") {
    QTemporaryDir a;
    QTemporaryDir b;
    Profile::create(a.path(), kPassphrase, fastOptions()).reset();
    Profile::create(b.path(), kPassphrase, fastOptions()).reset();

    SECTION("another profile's database") {
        const QByteArray foreign = test::readFile(dbFile(b));
        QFile::remove(dbFile(a));
        test::writeFile(dbFile(a), foreign);
        CHECK(codeOf([&] { Profile::open(a.path(), kPassphrase); }) == ErrorCode::DatabaseNotOurs);
        CHECK(test::readFile(dbFile(a)) == foreign);
    }
    SECTION("a plain SQLite database") {
        QFile::remove(dbFile(a));
        Database::openUnencrypted(dbFile(a)).exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
        const auto before = test::digestFiles(a.path());
        CHECK(codeOf([&] { Profile::open(a.path(), kPassphrase); }) == ErrorCode::DatabaseNotOurs);
        CHECK(test::digestFiles(a.path()) == before);
    }
    SECTION("random bytes") {
        const QByteArray junk = QByteArray(8192, '\x42');
        test::writeFile(dbFile(a), junk);
        CHECK(codeOf([&] { Profile::open(a.path(), kPassphrase); }) == ErrorCode::DatabaseNotOurs);
        CHECK(test::readFile(dbFile(a)) == junk);
    }
    SECTION("a truncated database") {
        const QByteArray whole = test::readFile(dbFile(a));
        REQUIRE(whole.size() > 4096);
        test::writeFile(dbFile(a), whole.first(1000));
        const ErrorCode code = codeOf([&] { Profile::open(a.path(), kPassphrase); });
        CHECK((code == ErrorCode::DatabaseNotOurs || code == ErrorCode::DatabaseDamaged));
        CHECK(test::readFile(dbFile(a)) == whole.first(1000));
    }
}

TEST_CASE("a read-only folder is reported as not writable", "[store][profile][mount]") {
    QTemporaryDir dir;
    const QString mountPoint = dir.path();
    const int status = test::inPrivateTmpfs(mountPoint, 1 << 20, true, [&] {
        try {
            Profile::create(mountPoint + QStringLiteral("/profile"), kPassphrase, fastOptions());
        } catch (const Error& e) {
            return e.code() == ErrorCode::NotWritable ? 0 : 10 + int(e.code());
        }
        return 1;
    });
    if (status == -1) {
        WARN("private mounts need root: read-only case not exercised on this machine");
        return;
    }
    CHECK(status == 0);
}

TEST_CASE("a full disk is reported as such and the saved data survives",
          "[store][profile][mount]") {
    QTemporaryDir dir;
    const QString mountPoint = dir.path();
    const int status = test::inPrivateTmpfs(mountPoint, 384 * 1024, false, [&] {
        const QString path = mountPoint + QStringLiteral("/profile");
        int saved = 0;
        {
            auto profile = Profile::create(path, kPassphrase, fastOptions());
            Database& db = profile->database();
            const QByteArray chunk(4000, 'x');
            try {
                for (;; ++saved) {
                    Transaction transaction(db);
                    Outbox(db).enqueue(QStringLiteral("filler"), QString::number(saved),
                                       Outbox::Operation::Create, chunk);
                    transaction.commit();
                }
            } catch (const Error& e) {
                if (e.code() != ErrorCode::DiskFull)
                    return 10 + int(e.code());
            }
        }
        if (saved == 0)
            return 2;
        auto reopened = Profile::open(path, kPassphrase);
        return Outbox(reopened->database()).pendingCount() == saved ? 0 : 3;
    });
    if (status == -1) {
        WARN("private mounts need root: full-disk case not exercised on this machine");
        return;
    }
    CHECK(status == 0);
}

TEST_CASE("profile files are readable by their owner only", "[store][profile][security]") {
    QTemporaryDir parent;
    const QString dir = parent.filePath(QStringLiteral("profile"));
    {
        auto profile = Profile::create(dir, kPassphrase, fastOptions());
        Settings(profile->database()).setAutoLockMinutes(3);
    }
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    CHECK((QFileInfo(dir).permissions() & ~(ownerOnly | QFile::ExeOwner | QFile::ReadUser |
                                            QFile::WriteUser | QFile::ExeUser)) == 0);
    for (const QString& name : QDir(dir).entryList(QDir::Files)) {
        CAPTURE(name);
        CHECK((QFileInfo(dir + QLatin1Char('/') + name).permissions() &
               ~(ownerOnly | QFile::ReadUser | QFile::WriteUser)) == 0);
    }
}
