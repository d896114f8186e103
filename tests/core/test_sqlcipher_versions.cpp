// Stores written by a SQLCipher 3 build of Pacewise (Debian's libsqlcipher 3.4 through
// -DPACEWISE_SYSTEM_SQLCIPHER=ON) opened by this build's SQLCipher 4. The stores are real: the
// writer is the store code compiled against Debian's library (sqlcipher3_writer.cpp).
#include "crypto/KeyFile.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "error/Error.h"
#include "sqlcipher3_store.h"
#include "store/CipherMigration.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Profile.h"
#include "support/TestProfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace pacewise;
using namespace pacewise::store;

#ifndef PACEWISE_SQLCIPHER3_WRITER

TEST_CASE("stores written by SQLCipher 3 are converted on open", "[store][sqlcipher]") {
    WARN("Skipped: this build found no pkg-config sqlcipher (Debian's SQLCipher 3.4) to write "
         "such a store with. ./dev setup installs libsqlcipher-dev.");
}

#else

namespace {

using Step = CipherMigration::Step;
constexpr int kEntries = 200;
const std::vector<Step> kAllSteps{Step::Exported, Step::Verified, Step::OriginalKept,
                                  Step::Replaced};

const char* stepName(Step step) {
    switch (step) {
    case Step::Exported:
        return "exported";
    case Step::Verified:
        return "verified";
    case Step::OriginalKept:
        return "original kept";
    case Step::Replaced:
        return "replaced";
    }
    return "?";
}

// In a build linked against SQLCipher 3 itself there is nothing to convert.
bool linkedSqlcipher4() {
    return Database::linkedCipherVersion().section(QLatin1Char('.'), 0, 0).toInt() >= 4;
}

// Switches the hook off however the test case ends, so no other test sees it.
struct StepHook {
    explicit StepHook(std::function<void(Step)> hook) {
        CipherMigration::setStepHookForTests(std::move(hook));
    }
    ~StepHook() { CipherMigration::setStepHookForTests({}); }
    StepHook(const StepHook&) = delete;
    StepHook& operator=(const StepHook&) = delete;
};

// A profile whose pacewise.db the SQLCipher 3.4 build wrote, under its own data key.
struct Sqlcipher3Profile {
    QTemporaryDir dir;
    QString db;

    Sqlcipher3Profile() {
        REQUIRE(dir.isValid());
        Profile::create(dir.path(), test::kPassphrase, test::fastOptions()).reset();
        db = QDir(dir.path()).filePath(QLatin1String(Profile::kDatabaseFileName));
    }

    QByteArray dataKeyHex() const {
        const crypto::KeyFile keyFile =
            crypto::KeyFile::read(QDir(dir.path()).filePath(QLatin1String(Profile::kKeyFileName)));
        const std::optional<crypto::SecretBytes> key =
            keyFile.unwrap(crypto::passphraseBytes(test::kPassphrase));
        REQUIRE(key);
        return QByteArray(reinterpret_cast<const char*>(key->data()), qsizetype(key->size()))
            .toHex();
    }

    // Replaces the database the profile was created with.
    void writeWithSqlcipher3(const QByteArray& keyHex, const QStringList& extra = {}) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(db + QLatin1String(suffix));
        QProcess writer;
        writer.setProgram(QStringLiteral(PACEWISE_SQLCIPHER3_WRITER));
        writer.setArguments(QStringList{db, QString::number(kEntries)} + extra);
        writer.start();
        REQUIRE(writer.waitForStarted());
        writer.write(keyHex + '\n');
        writer.closeWriteChannel();
        REQUIRE(writer.waitForFinished(60000));
        INFO(writer.readAllStandardError().toStdString());
        REQUIRE(writer.exitStatus() == QProcess::NormalExit);
        REQUIRE(writer.exitCode() == 0);
        REQUIRE(writer.readAllStandardOutput().startsWith("cipher_version 3."));
    }

    bool exists(const char* suffix) const { return QFileInfo::exists(db + QLatin1String(suffix)); }
    bool conversionLeftovers() const {
        return exists(CipherMigration::kOriginalSuffix) ||
               exists(CipherMigration::kConvertedSuffix) ||
               QFileInfo::exists(db + QLatin1String(CipherMigration::kConvertedSuffix) +
                                 QLatin1String("-journal"));
    }
};

// Every diary entry, tag, outbox row and the profile identity the writer put in.
void requireEverythingWritten(Profile& profile) {
    Database& db = profile.database();
    REQUIRE(db.cipherVersion().startsWith(QLatin1String("4.")));
    REQUIRE(profile.schemaVersion() == latestSchemaVersion());
    REQUIRE(profile.profileId() == QLatin1String("5a1d0c1e-3d6b-4e1a-9a43-000000000034"));

    diary::DiaryStore diary(db, diary::DiaryCatalogue::current());
    REQUIRE(diary.count(true) == kEntries);
    for (int i = 0; i < kEntries; ++i) {
        const test::sqlcipher3::WrittenEntry written = test::sqlcipher3::writtenEntry(i);
        const std::optional<diary::DiaryEntry> stored = diary.find(written.id);
        REQUIRE(stored);
        CHECK(stored->recordedAt == written.recordedAt);
        CHECK(stored->recordedAt.offsetFromUtc() == 3600);
        CHECK(stored->painNow == written.painNow);
        CHECK(stored->painAverage == written.painAverage);
        CHECK(stored->sleepHours == written.sleepHours);
        CHECK(stored->note == written.note);
        CHECK(stored->deleted == written.deleted);
        CHECK(stored->bodyLocations == QStringList{QStringLiteral("lower-back")});
        CHECK(stored->triggers.contains(QStringLiteral("poor-sleep")) == written.poorSleepTag);
    }
    Statement outbox = db.prepare("SELECT count(*), sum(length(payload)) FROM outbox");
    REQUIRE(outbox.step());
    CHECK(outbox.int64(0) == kEntries);
    CHECK(outbox.int64(1) == kEntries * 300);
    // AUTOINCREMENT's counter lives in sqlite_sequence, which the export must carry too.
    Statement sequence = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'");
    REQUIRE(sequence.step());
    CHECK(sequence.int64(0) == kEntries);
}

} // namespace

TEST_CASE("a store written by SQLCipher 3.4 is converted to SQLCipher 4 on open with every row",
          "[store][sqlcipher]") {
    if (!linkedSqlcipher4()) {
        WARN("Skipped: this build links SQLCipher " << Database::linkedCipherVersion().toStdString()
                                                    << ", so there is nothing to convert.");
        return;
    }
    Sqlcipher3Profile profile;
    profile.writeWithSqlcipher3(profile.dataKeyHex());
    const QByteArray original = test::readFile(profile.db);

    std::vector<Step> steps;
    {
        StepHook hook([&](Step step) { steps.push_back(step); });
        QElapsedTimer timer;
        timer.start();
        auto opened = Profile::open(profile.dir.path(), test::kPassphrase);
        WARN("open with conversion of " << kEntries << " entries: " << timer.elapsed() << " ms");
        REQUIRE(steps == kAllSteps);
        requireEverythingWritten(*opened);
        CHECK(test::readFile(profile.db) != original);
        CHECK_FALSE(profile.conversionLeftovers());
        // The converted file is new: it must be as private as the one it replaces.
        CHECK((QFile::permissions(profile.db) &
               (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)) ==
              QFile::Permissions());
    }

    // Converted once: the next open reads the file as it is.
    steps.clear();
    StepHook hook([&](Step step) { steps.push_back(step); });
    auto reopened = Profile::open(profile.dir.path(), test::kPassphrase);
    CHECK(steps.empty());
    requireEverythingWritten(*reopened);
    // The sync worker's second connection opens the converted file too.
    Database second = reopened->openConnection();
    CHECK(second.cipherVersion().startsWith(QLatin1String("4.")));
}

TEST_CASE("a SQLCipher 3.4 store whose last transaction is only in its WAL is converted with it",
          "[store][sqlcipher]") {
    if (!linkedSqlcipher4())
        return;
    Sqlcipher3Profile profile;
    // The writer exits without closing, as a killed 3.4 build would: every diary row is in the
    // -wal file, none in the database file yet.
    profile.writeWithSqlcipher3(profile.dataKeyHex(), {QStringLiteral("--leave-wal")});
    REQUIRE(QFileInfo(profile.db + QLatin1String("-wal")).size() > 0);

    auto opened = Profile::open(profile.dir.path(), test::kPassphrase);
    requireEverythingWritten(*opened);
    CHECK_FALSE(profile.conversionLeftovers());
}

TEST_CASE("a SQLCipher 3.4 store under another key is refused and left byte-identical",
          "[store][sqlcipher]") {
    if (!linkedSqlcipher4())
        return;
    Sqlcipher3Profile profile;
    // Another profile's data key: the store is a genuine SQLCipher 3 file, just not this one's.
    profile.writeWithSqlcipher3(QByteArray(32, '\x5c').toHex());
    const auto before = test::digestFiles(profile.dir.path());

    bool converting = false;
    StepHook hook([&](Step) { converting = true; });
    try {
        Profile::open(profile.dir.path(), test::kPassphrase);
        FAIL("a store under another key was opened");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::DatabaseNotOurs);
        CHECK(e.message() ==
              QLatin1String("The database file is not a Pacewise database, or it belongs to "
                            "another profile. Nothing was changed; check that the key file and "
                            "the database come from the same profile folder."));
    }
    CHECK_FALSE(converting);
    CHECK(test::digestFiles(profile.dir.path()) == before);
}

TEST_CASE("a kill at each step of the SQLCipher 3 conversion leaves a store that opens",
          "[store][sqlcipher][crash]") {
    if (!linkedSqlcipher4())
        return;
    for (const Step killAt : kAllSteps) {
        CAPTURE(stepName(killAt));
        Sqlcipher3Profile profile;
        profile.writeWithSqlcipher3(profile.dataKeyHex());
        const QByteArray original = test::readFile(profile.db);

        // A child process opens the profile and is killed at the step, as a power cut or the
        // task manager would: no destructor, no cleanup.
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            CipherMigration::setStepHookForTests([killAt](Step step) {
                if (step == killAt)
                    ::kill(::getpid(), SIGKILL);
            });
            try {
                Profile::open(profile.dir.path(), test::kPassphrase);
            } catch (...) {
                _exit(2);
            }
            _exit(3);
        }
        int status = 0;
        REQUIRE(waitpid(child, &status, 0) == child);
        REQUIRE(WIFSIGNALED(status));
        REQUIRE(WTERMSIG(status) == SIGKILL);

        if (killAt == Step::Replaced) {
            // The converted store is in place; the original is still beside it.
            CHECK(test::readFile(profile.db + QLatin1String(CipherMigration::kOriginalSuffix)) ==
                  original);
        } else {
            // Until the rename the store is the untouched original.
            CHECK(test::readFile(profile.db) == original);
        }

        auto opened = Profile::open(profile.dir.path(), test::kPassphrase);
        requireEverythingWritten(*opened);
        CHECK_FALSE(profile.conversionLeftovers());
    }
}

TEST_CASE("a failure at each step of the SQLCipher 3 conversion leaves a store that opens",
          "[store][sqlcipher]") {
    if (!linkedSqlcipher4())
        return;
    for (const Step failAt : kAllSteps) {
        CAPTURE(stepName(failAt));
        Sqlcipher3Profile profile;
        profile.writeWithSqlcipher3(profile.dataKeyHex());
        const QByteArray original = test::readFile(profile.db);
        {
            StepHook hook([failAt](Step step) {
                if (step == failAt)
                    throw Error(ErrorCode::Io, QStringLiteral("injected failure"));
            });
            REQUIRE_THROWS_AS(Profile::open(profile.dir.path(), test::kPassphrase), Error);
        }
        if (failAt == Step::Replaced) {
            // Converted and in place, but not opened yet: the original copy stays until then.
            CHECK(profile.exists(CipherMigration::kOriginalSuffix));
        } else {
            CHECK(test::readFile(profile.db) == original);
            CHECK_FALSE(profile.conversionLeftovers());
        }

        auto opened = Profile::open(profile.dir.path(), test::kPassphrase);
        requireEverythingWritten(*opened);
        CHECK_FALSE(profile.conversionLeftovers());
    }
}

#endif
