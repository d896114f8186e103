#include "backup/Backup.h"
#include "error/Error.h"
#include "programme/Programme.h"
#include "store/Database.h"
#include "store/Profile.h"
#include "support/TestProfile.h"
#include "synthetic/SeededRandom.h"
#include "synthetic/SyntheticDiary.h"
#include "synthetic/SyntheticMeasures.h"
#include "synthetic/SyntheticProgramme.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>
#include <catch2/catch.hpp>
#include <set>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace pacewise;
using backup::Backup;
using store::Profile;
using test::fastOptions;
using test::kOtherPassphrase;
using test::kPassphrase;

namespace {

const QDate kEnd(2026, 6, 30);

// Every table, every row, every value with its type: "restored equals original" is a comparison
// of two of these.
QStringList dump(store::Database& db) {
    QStringList rows;
    sqlite3* h = db.handle();
    QStringList tables;
    {
        store::Statement names =
            db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        while (names.step())
            tables << names.text(0);
    }
    for (const QString& table : tables) {
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\"";
        sqlite3_stmt* stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(h, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QString row = table;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const int type = sqlite3_column_type(stmt, c);
                const QByteArray value(reinterpret_cast<const char*>(sqlite3_column_blob(stmt, c)),
                                       sqlite3_column_bytes(stmt, c));
                row += QStringLiteral("|%1:%2").arg(type).arg(QString::fromLatin1(value.toHex()));
            }
            rows << row;
        }
        sqlite3_finalize(stmt);
    }
    rows.sort();
    rows << QStringLiteral("user_version=%1").arg(db.userVersion());
    return rows;
}

// One profile with a year of diary, questionnaires and programme use, and its backup, shared by
// the tests (generating it takes a few seconds). The profile is closed: its files must stay
// byte-identical whatever a restore attempt does.
struct Fixture {
    QTemporaryDir root;
    QString profileDir = root.filePath(QStringLiteral("profile"));
    QString backupFile = root.filePath(QStringLiteral("pacewise.backup"));
    QStringList rows;
    QString note;
    Backup::Summary summary;

    Fixture() {
        auto profile = Profile::create(profileDir, kPassphrase, fastOptions());
        store::Database& db = profile->database();
        const synthetic::DiaryResult diary = synthetic::generateDiary(db, {1, 7, kEnd});
        REQUIRE(diary.entries > 300);
        REQUIRE(synthetic::generateMeasures(db, {1, 7, kEnd}) > 20);
        const programme::Programme programme = programme::Programme::load(
            QStringLiteral("en"), QStringLiteral(PACEWISE_PROGRAMME_DIR));
        REQUIRE(synthetic::generateProgramme(db, programme, {1, 7, kEnd}).homework > 20);
        store::Statement longest = db.prepare(
            "SELECT note FROM diary_entries WHERE note <> '' ORDER BY length(note) DESC LIMIT 1");
        REQUIRE(longest.step());
        note = longest.text(0);
        summary = Backup::write(*profile, backupFile);
        rows = dump(db);
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

// Refused with exactly `message`; nothing appears at the target or beside it; the profile's
// files are unchanged (checked here unless the caller checks them around a loop).
void requireRefused(const QString& file, const QString& passphrase, ErrorCode code,
                    const QString& message, bool checkProfile = true) {
    Fixture& f = fixture();
    const auto before =
        checkProfile ? test::digestFiles(f.profileDir) : QMap<QString, QByteArray>();
    QTemporaryDir parent;
    const QString target = parent.filePath(QStringLiteral("restored"));
    try {
        Backup::restore(file, passphrase, target);
        FAIL("the backup was restored");
    } catch (const Error& e) {
        CHECK(e.message() == message);
        CHECK(e.code() == code);
    }
    CHECK(QDir(parent.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    if (checkProfile)
        CHECK(test::digestFiles(f.profileDir) == before);
}

QString damagedMessage(const QString& file) {
    return QStringLiteral("The backup file %1 is damaged, so it cannot be restored. Use another "
                          "copy of the backup; nothing was changed.")
        .arg(file);
}
QString notOursMessage(const QString& file) {
    return QStringLiteral("%1 is not a Pacewise backup. Choose a file made with \"Back up now\" "
                          "or pacewise-cli backup; nothing was changed.")
        .arg(file);
}
QString truncatedMessage(const QString& file) {
    return QStringLiteral("The backup file %1 is incomplete: it ends before all of its data. "
                          "Copy it again from where you keep your backups; nothing was changed.")
        .arg(file);
}
QString alteredMessage(const QString& file) {
    return QStringLiteral("The backup file %1 was changed after it was made, so Pacewise will "
                          "not trust it. Use another copy of the backup; nothing was changed.")
        .arg(file);
}

// Re-seals the two checksums (header check and trailing SHA-256) after an edit, as someone who
// altered the file on purpose would: only the HMAC can catch that.
QByteArray resealed(QByteArray bytes) {
    bytes.replace(64, 8,
                  QCryptographicHash::hash(bytes.first(64), QCryptographicHash::Sha256).first(8));
    const qsizetype body = bytes.size() - 32;
    bytes.replace(body, 32,
                  QCryptographicHash::hash(bytes.first(body), QCryptographicHash::Sha256));
    return bytes;
}

} // namespace

TEST_CASE("a backup restores into a new profile that equals the original row for row", "[backup]") {
    Fixture& f = fixture();
    CHECK(f.summary.fileBytes == QFileInfo(f.backupFile).size());
    CHECK(f.summary.databaseBytes > 100 * 1024);
    CHECK(f.summary.fileBytes ==
          f.summary.databaseBytes + Backup::kHeaderSize + 122 + Backup::kTrailerSize);
    CHECK(f.rows.size() > 1000);

    QTemporaryDir parent;
    const QString target = parent.filePath(QStringLiteral("restored"));
    const Backup::Summary restored = Backup::restore(f.backupFile, kPassphrase, target);
    CHECK(restored.madeAt == f.summary.madeAt);
    CHECK(restored.schemaVersion == f.summary.schemaVersion);
    CHECK(QFileInfo(target).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
           QFile::WriteUser | QFile::ExeUser));
    // Only the profile: no staging folder or snapshot left beside it.
    CHECK(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("restored")});

    auto profile = Profile::open(target, kPassphrase);
    CHECK(dump(profile->database()) == f.rows);
}

TEST_CASE("a backup holds no readable patient data", "[backup][security]") {
    Fixture& f = fixture();
    const QByteArray bytes = test::readFile(f.backupFile);
    REQUIRE(f.note.size() >= 10);
    CHECK_FALSE(bytes.contains(f.note.toUtf8()));
    CHECK_FALSE(bytes.contains(QByteArray("SQLite format 3")));
    CHECK_FALSE(bytes.contains(QByteArray("diary_entries")));
    // Nor does writing one leave anything beside it (the snapshot is staged and removed).
    CHECK(QDir(f.root.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
          (QStringList{QStringLiteral("pacewise.backup"), QStringLiteral("profile")}));
}

TEST_CASE("a backup is written while the profile stays open and in use", "[backup]") {
    QTemporaryDir dir;
    auto profile = Profile::create(dir.filePath(QStringLiteral("p")), kPassphrase, fastOptions());
    synthetic::generateDiary(profile->database(), {1, 3, kEnd});
    const QString file = dir.filePath(QStringLiteral("b.pacewise-backup"));
    Backup::write(*profile, file);
    // A second backup replaces the first in one step, and the profile still saves afterwards.
    synthetic::generateMeasures(profile->database(), {1, 4, kEnd});
    Backup::write(*profile, file);
    const QStringList rows = dump(profile->database());
    Backup::restore(file, kPassphrase, dir.filePath(QStringLiteral("r")));
    auto restored = Profile::open(dir.filePath(QStringLiteral("r")), kPassphrase);
    CHECK(dump(restored->database()) == rows);
}

TEST_CASE("a backup with any byte changed is refused and nothing is written", "[backup]") {
    Fixture& f = fixture();
    const QByteArray original = test::readFile(f.backupFile);
    const qsizetype size = original.size();
    // Every header byte, then a seeded sample of the key file, the database, the HMAC and the
    // checksum: each part is checked by a different step.
    std::set<qsizetype> positions;
    for (qsizetype i = 0; i < 72; ++i)
        positions.insert(i);
    synthetic::SeededRandom random(2026);
    for (int i = 0; i < 40; ++i)
        positions.insert(72 + qsizetype((random.next() % std::uint64_t(122))));
    for (int i = 0; i < 120; ++i)
        positions.insert(
            194 + qsizetype((random.next() % std::uint64_t(std::uint64_t(size - 194 - 64)))));
    for (int i = 0; i < 24; ++i)
        positions.insert(size - 64 + qsizetype((random.next() % std::uint64_t(64))));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("flipped.backup"));
    const auto profileBefore = test::digestFiles(f.profileDir);
    int refused = 0;
    for (const qsizetype position : positions) {
        QByteArray bytes = original;
        bytes[position] = char(bytes[position] ^ char(1 + (random.next() % std::uint64_t(255))));
        test::writeFile(file, bytes);
        INFO("byte " << position << " of " << size);
        requireRefused(file, kPassphrase,
                       position < 8 ? ErrorCode::BackupNotOurs : ErrorCode::BackupDamaged,
                       position < 8 ? notOursMessage(file) : damagedMessage(file), false);
        ++refused;
    }
    CHECK(test::digestFiles(f.profileDir) == profileBefore);
    CHECK(refused == int(positions.size()));
    CHECK(refused > 220);
}

TEST_CASE("a backup altered on purpose, checksums and all, fails authentication", "[backup]") {
    Fixture& f = fixture();
    const QByteArray original = test::readFile(f.backupFile);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("altered.backup"));

    SECTION("a database page changed") {
        QByteArray bytes = original;
        bytes[194 + 5000] = char(bytes[194 + 5000] ^ 0x40);
        test::writeFile(file, resealed(bytes));
    }
    SECTION("the made-at time changed") {
        QByteArray bytes = original;
        bytes[63] = char(bytes[63] ^ 0x01);
        test::writeFile(file, resealed(bytes));
    }
    SECTION("the key file of another profile with the same passphrase") {
        auto other =
            Profile::create(dir.filePath(QStringLiteral("other")), kPassphrase, fastOptions());
        QByteArray bytes = original;
        bytes.replace(72, 122, test::readFile(dir.filePath(QStringLiteral("other/pacewise.key"))));
        test::writeFile(file, resealed(bytes));
    }
    requireRefused(file, kPassphrase, ErrorCode::BackupDamaged, alteredMessage(file));
}

TEST_CASE("a truncated backup is refused as incomplete", "[backup]") {
    Fixture& f = fixture();
    const QByteArray original = test::readFile(f.backupFile);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("short.backup"));
    for (const qsizetype length :
         {qsizetype(1), qsizetype(5), qsizetype(8), qsizetype(71), qsizetype(72), qsizetype(194),
          qsizetype(4096), original.size() / 2, original.size() - 32, original.size() - 1}) {
        INFO("first " << length << " bytes");
        test::writeFile(file, original.first(length));
        requireRefused(file, kPassphrase, ErrorCode::BackupDamaged, truncatedMessage(file));
    }
}

TEST_CASE("an empty, foreign or unknown-version file is refused with its own message", "[backup]") {
    Fixture& f = fixture();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("some.file"));

    SECTION("zero length") {
        test::writeFile(file, {});
        requireRefused(
            file, kPassphrase, ErrorCode::BackupDamaged,
            QStringLiteral("The backup file %1 is empty. It may not have finished copying; use "
                           "another copy of the backup. Nothing was changed.")
                .arg(file));
    }
    SECTION("the profile's own database") {
        requireRefused(f.profileDir + QStringLiteral("/pacewise.db"), kPassphrase,
                       ErrorCode::BackupNotOurs,
                       notOursMessage(f.profileDir + QStringLiteral("/pacewise.db")));
    }
    SECTION("the profile's key file") {
        requireRefused(f.profileDir + QStringLiteral("/pacewise.key"), kPassphrase,
                       ErrorCode::BackupNotOurs,
                       notOursMessage(f.profileDir + QStringLiteral("/pacewise.key")));
    }
    SECTION("a text file") {
        test::writeFile(file, "date,pain_now\n2026-01-01,4\n");
        requireRefused(file, kPassphrase, ErrorCode::BackupNotOurs, notOursMessage(file));
    }
    SECTION("a newer format") {
        QByteArray bytes = test::readFile(f.backupFile);
        bytes[8] = 2;
        test::writeFile(file, resealed(bytes));
        requireRefused(file, kPassphrase, ErrorCode::BackupTooNew,
                       QStringLiteral("The backup file %1 was made by a newer version of "
                                      "Pacewise. Install the newer version to restore it; "
                                      "nothing was changed.")
                           .arg(file));
    }
    SECTION("a file that is not there") {
        try {
            Backup::restore(dir.filePath(QStringLiteral("missing")), kPassphrase,
                            dir.filePath(QStringLiteral("restored")));
            FAIL("restored a missing file");
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::Io);
            CHECK(e.message().startsWith(QStringLiteral("The backup file %1 could not be read.")
                                             .arg(dir.filePath(QStringLiteral("missing")))));
        }
    }
}

TEST_CASE("a backup does not open with another passphrase", "[backup]") {
    Fixture& f = fixture();
    requireRefused(f.backupFile, kOtherPassphrase, ErrorCode::WrongPassphrase,
                   QStringLiteral("The passphrase does not open this backup. Enter the passphrase "
                                  "the profile had when the backup was made; nothing was "
                                  "changed."));
}

TEST_CASE("a restore never writes into a folder that holds anything", "[backup]") {
    Fixture& f = fixture();
    const auto before = test::digestFiles(f.profileDir);
    const QString refusal =
        QStringLiteral("%1 is not empty. Restore the backup into a new folder; nothing was "
                       "changed.");
    try {
        Backup::restore(f.backupFile, kPassphrase, f.profileDir);
        FAIL("restored over an existing profile");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::ProfileExists);
        CHECK(e.message() == refusal.arg(f.profileDir));
    }
    CHECK(test::digestFiles(f.profileDir) == before);

    QTemporaryDir dir;
    test::writeFile(dir.filePath(QStringLiteral("notes.txt")), "mine");
    try {
        Backup::restore(f.backupFile, kPassphrase, dir.path());
        FAIL("restored into a folder with a file in it");
    } catch (const Error& e) {
        CHECK(e.message() == refusal.arg(dir.path()));
    }
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
          QStringList{QStringLiteral("notes.txt")});

    // An empty folder (made in a file dialog, say) is fine.
    QTemporaryDir empty;
    Backup::restore(f.backupFile, kPassphrase, empty.path());
    CHECK(Profile::probe(empty.path()) == Profile::State::Present);
}

TEST_CASE("a backup that cannot be finished leaves the previous one and no partial file",
          "[backup][mount]") {
    Fixture& f = fixture();
    const QByteArray previous = test::readFile(f.backupFile);
    QTemporaryDir dir;
    const QString mountPoint = dir.path();
    // Opened in the child: an SQLite connection must not cross a fork.
    const auto open = [&] {
        return Profile::open(f.profileDir, kPassphrase);
    };

    SECTION("the disk fills up half way") {
        // Room for the old backup and half of the new one.
        const int status = test::inPrivateTmpfs(
            mountPoint, previous.size() + previous.size() / 2 + 64 * 1024, false, [&] {
                const QString file = mountPoint + QStringLiteral("/pacewise.backup");
                test::writeFile(file, previous);
                try {
                    Backup::write(*open(), file);
                    return 1;
                } catch (const Error& e) {
                    if (e.code() != ErrorCode::DiskFull)
                        return 10 + int(e.code());
                    if (!e.message().startsWith(
                            QStringLiteral("The backup could not be written to %1. The disk is "
                                           "full.")
                                .arg(file)))
                        return 3;
                }
                if (test::readFile(file) != previous)
                    return 4;
                return QDir(mountPoint)
                                   .entryList(QDir::AllEntries | QDir::Hidden |
                                              QDir::NoDotAndDotDot) ==
                               QStringList{QStringLiteral("pacewise.backup")}
                           ? 0
                           : 5;
            });
        if (status == -1) {
            WARN("private mounts need root: full-disk case not exercised on this machine");
            return;
        }
        CHECK(status == 0);
    }
    SECTION("the folder is read-only") {
        const int status = test::inPrivateTmpfs(mountPoint, 1 << 20, true, [&] {
            const QString file = mountPoint + QStringLiteral("/pacewise.backup");
            try {
                Backup::write(*open(), file);
                return 1;
            } catch (const Error& e) {
                if (e.code() != ErrorCode::NotWritable)
                    return 10 + int(e.code());
                if (!e.message().startsWith(
                        QStringLiteral("The backup could not be written to %1. Pacewise is not "
                                       "allowed to write there.")
                            .arg(file)))
                    return 3;
            }
            return QFileInfo::exists(mountPoint + QStringLiteral("/pacewise.backup")) ? 4 : 0;
        });
        if (status == -1) {
            WARN("private mounts need root: read-only case not exercised on this machine");
            return;
        }
        CHECK(status == 0);
    }
}
