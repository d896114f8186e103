// The bad inputs of the store, one test each, with the exact words the person reads and the
// promise that goes with them: nothing on disk changed. The whole catalogue (these, the server's
// replies, certificates, backups, content files and CSV) is the table in tests/README.md.

#include "QtStringMaker.h"
#include "crypto/KeyFile.h"
#include "error/Error.h"
#include "store/Database.h"
#include "store/Profile.h"
#include "support/TestProfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::store;
using pacewise::test::fastOptions;
using pacewise::test::kPassphrase;

namespace {

// A profile made with the passphrase, closed again.
struct MadeProfile {
    QTemporaryDir dir;
    QString path = dir.path();
    QString key = dir.filePath(QStringLiteral("pacewise.key"));
    QString db = dir.filePath(QStringLiteral("pacewise.db"));
    MadeProfile() { Profile::create(path, kPassphrase, fastOptions()).reset(); }
    QString native() const { return QDir::toNativeSeparators(path); }
};

// Opens the profile expecting a refusal: returns the error, and checks that no file changed.
Error refusal(const QString& directory, const QString& passphrase = kPassphrase) {
    const auto before = test::digestFiles(directory);
    try {
        Profile::open(directory, passphrase);
    } catch (const Error& e) {
        CHECK(test::digestFiles(directory) == before);
        return e;
    }
    FAIL("the profile opened");
    return Error(ErrorCode::Internal, {});
}

// Key-file messages name the file, not its folder (the folder is named by the unlock page).
const QString kKeyName = QStringLiteral("pacewise.key");

const QString kNotOurs =
    QStringLiteral("The database file is not a Pacewise database, or it belongs to another "
                   "profile. Nothing was changed; check that the key file and the database come "
                   "from the same profile folder.");

QString damagedKeyFile(const QString& keyPath) {
    return QStringLiteral("The key file %1 is damaged, so this profile cannot be unlocked. Restore "
                          "the file from a backup; nothing in the profile has been changed.")
        .arg(keyPath);
}

} // namespace

TEST_CASE("bad input: a wrong passphrase", "[bad-input][store]") {
    MadeProfile p;
    const Error e = refusal(p.path, QStringLiteral("seven quiet herons fly"));
    CHECK(e.code() == ErrorCode::WrongPassphrase);
    CHECK(e.message() == QStringLiteral("The passphrase is not correct."));
}

TEST_CASE("bad input: a key file with any one byte changed", "[bad-input][store]") {
    MadeProfile p;
    const QByteArray good = test::readFile(p.key);
    int refused = 0;
    for (qsizetype i = 0; i < good.size(); ++i) {
        QByteArray bad = good;
        bad[i] = char(bad[i] ^ 0x20);
        test::writeFile(p.key, bad);
        const Error e = refusal(p.path);
        CAPTURE(i);
        if (i < 5) { // the format's name: not a key file at all
            CHECK(e.message() ==
                  QStringLiteral("%1 is not a Pacewise key file. Check that you chose the right "
                                 "folder; the file has not been changed.")
                      .arg(kKeyName));
        } else {
            CHECK(e.message() == damagedKeyFile(kKeyName));
        }
        ++refused;
    }
    CHECK(refused == good.size());
}

TEST_CASE("bad input: a zero-length key file", "[bad-input][store]") {
    MadeProfile p;
    test::writeFile(p.key, {});
    CHECK(refusal(p.path).message() ==
          QStringLiteral("%1 is not a Pacewise key file. Check that you chose the right folder; "
                         "the file has not been changed.")
              .arg(kKeyName));
}

TEST_CASE("bad input: a truncated key file", "[bad-input][store]") {
    MadeProfile p;
    test::writeFile(p.key, test::readFile(p.key).first(40));
    CHECK(refusal(p.path).message() == damagedKeyFile(kKeyName));
}

TEST_CASE("bad input: a key file from a newer version of Pacewise", "[bad-input][store]") {
    MadeProfile p;
    QByteArray newer = test::readFile(p.key);
    newer[5] = char(newer[5] + 1);
    // Re-seal the checksum, as a newer version would have written it.
    newer.replace(87, 32, QCryptographicHash::hash(newer.first(87), QCryptographicHash::Sha256));
    test::writeFile(p.key, newer);
    CHECK(refusal(p.path).message() ==
          QStringLiteral("The key file %1 was made by a newer version of Pacewise. Install the "
                         "newer version to open this profile.")
              .arg(kKeyName));
}

TEST_CASE("bad input: the key file is missing", "[bad-input][store]") {
    MadeProfile p;
    REQUIRE(QFile::remove(p.key));
    CHECK(refusal(p.path).message() ==
          QStringLiteral("The key file pacewise.key is missing from %1, so the database cannot be "
                         "opened. Restore the key file from a backup; the database was not "
                         "changed.")
              .arg(p.native()));
}

TEST_CASE("bad input: the database is missing", "[bad-input][store]") {
    MadeProfile p;
    REQUIRE(QFile::remove(p.db));
    CHECK(refusal(p.path).message() ==
          QStringLiteral("The database pacewise.db is missing from %1. Restore it from a backup; "
                         "the key file was not changed.")
              .arg(p.native()));
}

TEST_CASE("bad input: a folder with no profile in it", "[bad-input][store]") {
    QTemporaryDir empty;
    CHECK(refusal(empty.path()).message() ==
          QStringLiteral("There is no Pacewise profile in %1. Choose the folder that holds "
                         "pacewise.key and pacewise.db, or create a new profile.")
              .arg(QDir::toNativeSeparators(empty.path())));
}

TEST_CASE("bad input: a plain SQLite database in place of the store", "[bad-input][store]") {
    MadeProfile p;
    REQUIRE(QFile::remove(p.db));
    Database::openUnencrypted(p.db).exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    CHECK(refusal(p.path).message() == kNotOurs);
}

TEST_CASE("bad input: another profile's SQLCipher database (another key)", "[bad-input][store]") {
    MadeProfile p;
    MadeProfile other;
    REQUIRE(QFile::remove(p.db));
    REQUIRE(QFile::copy(other.db, p.db));
    CHECK(refusal(p.path).message() == kNotOurs);
}

TEST_CASE("bad input: a database cut short", "[bad-input][store]") {
    MadeProfile p;
    const QByteArray whole = test::readFile(p.db);
    REQUIRE(whole.size() > 8192);
    test::writeFile(p.db, whole.first(1000)); // inside the first page
    CHECK(refusal(p.path).message() == kNotOurs);
}

TEST_CASE("bad input: a zero-length database", "[bad-input][store]") {
    MadeProfile p;
    test::writeFile(p.db, {});
    const Error e = refusal(p.path);
    CHECK(e.code() == ErrorCode::DatabaseDamaged);
    CHECK(e.message() == QStringLiteral("The database pacewise.db in %1 is empty: its content was "
                                        "lost outside Pacewise. Nothing was changed; restore the "
                                        "profile from a backup.")
                             .arg(p.native()));
}

TEST_CASE("bad input: random bytes in place of the database", "[bad-input][store]") {
    MadeProfile p;
    test::writeFile(p.db, QByteArray(16384, '\x5a'));
    CHECK(refusal(p.path).message() == kNotOurs);
}

TEST_CASE("bad input: a store from a newer version of Pacewise", "[bad-input][store]") {
    MadeProfile p;
    {
        auto profile = Profile::open(p.path, kPassphrase);
        profile->database().exec("PRAGMA user_version = 999");
    }
    CHECK(refusal(p.path).message() ==
          QStringLiteral("This profile was saved by a newer version of Pacewise. Install the "
                         "newer version to open it; nothing was changed."));
}

TEST_CASE("bad input: a new profile over an existing one", "[bad-input][store]") {
    MadeProfile p;
    const auto before = test::digestFiles(p.path);
    try {
        Profile::create(p.path, kPassphrase, fastOptions());
        FAIL("a profile was created over another");
    } catch (const Error& e) {
        CHECK(e.message() == QStringLiteral("There is already a Pacewise profile in %1. Unlock "
                                            "it, or choose an empty folder for a new profile.")
                                 .arg(p.native()));
    }
    CHECK(test::digestFiles(p.path) == before);
}
