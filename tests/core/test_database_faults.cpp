// A disk that fails under a multi-record write: through a VFS shim (support/FaultVfs) the i-th
// write of an operation fails, for every i the operation makes, as an I/O error and as a disk that
// stays full. Each time the caller gets the Error it can show, the operation is all or nothing,
// what was saved before is still there, the same connection saves once the disk is back, and
// the store opens afterwards with its integrity checks clean. Then a real full tmpfs and a
// read-only one (root only: private mounts), which the shim cannot imitate faithfully.
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "error/Error.h"
#include "homework/HomeworkStore.h"
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "programme-fixtures/SmallProgramme.h"
#include "programme/ProgrammeProgress.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/Profile.h"
#include "support/DiaryFixtures.h"
#include "support/FaultVfs.h"
#include "support/TestProfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <map>
#include <memory>
#include <sqlite3.h>
#include <sys/mount.h>

using namespace pacewise;
using test::FaultVfs;

namespace {

const QString kDiskFullMessage =
    QStringLiteral("The disk is full. Free some space and try again; your last change was not "
                   "saved, everything before it is safe.");
const QString kIoMessage = QStringLiteral("The computer reported a problem reading or writing "
                                          "the disk. Check the drive and try again.");
const QString kNotWritableMessage =
    QStringLiteral("Pacewise cannot write to the profile folder. Check that the folder exists "
                   "and that you are allowed to change it.");

// Every row of every table, sorted, as text: two equal dumps are the same data.
using Dump = std::map<QString, QStringList>;

Dump dump(store::Database& db) {
    Dump out;
    QStringList tables;
    store::Statement list =
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (list.step())
        tables << list.text(0);
    for (const QString& table : tables) {
        sqlite3_stmt* stmt = nullptr;
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + '"';
        REQUIRE(sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &stmt, nullptr) == SQLITE_OK);
        QStringList& rows = out[table];
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QString row;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
                row += (text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, c))
                             : QStringLiteral("NULL")) +
                       QLatin1Char('\x1f');
            }
            rows << row;
        }
        sqlite3_finalize(stmt);
        rows.sort();
    }
    return out;
}

std::map<QString, qsizetype> counts(const Dump& d) {
    std::map<QString, qsizetype> out;
    for (const auto& [table, rows] : d)
        out[table] = rows.size();
    return out;
}

QString integrity(store::Database& db) {
    QStringList problems;
    store::Statement check = db.prepare("PRAGMA integrity_check");
    while (check.step())
        problems << check.text(0);
    store::Statement cipher = db.prepare("PRAGMA cipher_integrity_check");
    while (cipher.step())
        problems << QStringLiteral("cipher: ") + cipher.text(0);
    return problems.join(QLatin1Char('\n'));
}

void copyFolder(const QString& from, const QString& to) {
    QDir().mkpath(to);
    for (const QString& name : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
        QFile::remove(to + QLatin1Char('/') + name);
        REQUIRE(QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name));
    }
}

// One multi-record operation on an open profile. `prepare` runs once on the baseline profile
// (the data that must survive); `run` is the operation under test; the fixed clock makes two
// runs write the same number of pages.
struct Operation {
    const char* name;
    std::function<void(store::Database&)> prepare;
    std::function<void(store::Database&)> run;
};

const QDateTime kNow(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

diary::DiaryEntry fullEntry(int n) {
    diary::DiaryEntry e = test::entryAt(QDate(2026, 3, 1).addDays(-n), 9 + n % 10, n % 11, 3);
    e.mood = 4;
    e.sleepHours = 6.5;
    e.triggers = {QStringLiteral("stress"), QStringLiteral("weather")};
    e.bodyLocations = {QStringLiteral("lower-back")};
    e.note = QStringLiteral("Entry %1: gardening, then a rest.").arg(n);
    return e;
}

void saveBaseline(store::Database& db) {
    diary::DiaryStore store(db, diary::DiaryCatalogue::current(), [] { return kNow; });
    std::vector<diary::DiaryEntry> entries;
    for (int n = 100; n < 110; ++n)
        entries.push_back(fullEntry(n));
    store.saveAll(entries);
}

struct Counters {
    int operations = 0, faults = 0, errors = 0;
};

// Counts the operation's writes on a copy of the baseline, then for i = 1..n fails the i-th on
// a fresh copy, once as an I/O error (that write only: the same connection then saves) and once
// as a full disk (that write and every later one: closed, reopened, checked, then saved), and
// checks everything the header promises.
void failEveryWrite(const Operation& op, Counters& counters) {
    CAPTURE(op.name);
    QTemporaryDir root;
    const QString baseline = root.filePath(QStringLiteral("baseline"));
    Dump before;
    {
        auto profile = store::Profile::create(baseline, test::kPassphrase, test::fastOptions());
        saveBaseline(profile->database());
        if (op.prepare)
            op.prepare(profile->database());
        before = dump(profile->database());
    }
    FaultVfs vfs;

    const QString counting = root.filePath(QStringLiteral("counting"));
    copyFolder(baseline, counting);
    int writes = 0;
    std::map<QString, qsizetype> after;
    {
        auto profile = store::Profile::open(counting, test::kPassphrase);
        vfs.clear();
        op.run(profile->database());
        writes = vfs.writes();
        after = counts(dump(profile->database()));
    }
    INFO(op.name << ": " << writes << " writes");
    REQUIRE(writes > 0);
    REQUIRE(after != counts(before));

    for (int i = 1; i <= writes; ++i) {
        for (const auto fault : {FaultVfs::Fault::IoError, FaultVfs::Fault::DiskFull}) {
            const bool full = fault == FaultVfs::Fault::DiskFull;
            CAPTURE(i, full);
            const QString dir = root.filePath(QStringLiteral("run"));
            QDir(dir).removeRecursively();
            copyFolder(baseline, dir);
            {
                auto profile = store::Profile::open(dir, test::kPassphrase);
                store::Database& db = profile->database();
                vfs.failWrite(i, fault, full);
                ++counters.faults;
                bool threw = false;
                try {
                    op.run(db);
                } catch (const Error& e) {
                    threw = true;
                    ++counters.errors;
                    CHECK(e.code() == (full ? ErrorCode::DiskFull : ErrorCode::Io));
                    CHECK(e.message() == (full ? kDiskFullMessage : kIoMessage));
                    CHECK_FALSE(e.detail().isEmpty());
                }
                REQUIRE(vfs.failures() >= 1);
                vfs.clear();
                if (!threw) {
                    // Only acceptable when the write that failed was not needed for the
                    // commit: then all of it must be there.
                    CHECK(counts(dump(db)) == after);
                    continue;
                }
                CHECK_FALSE(db.inTransaction());
                // Nothing of it, everything before it, on the connection that failed...
                CHECK(dump(db) == before);
                if (!full) {
                    // ...which saves it once the drive works again.
                    op.run(db);
                    CHECK(counts(dump(db)) == after);
                    CHECK(integrity(db) == QStringLiteral("ok"));
                    continue;
                }
            }
            {
                // ...and on disk, which opens clean; then the disk is back and it saves.
                auto profile = store::Profile::open(dir, test::kPassphrase);
                store::Database& db = profile->database();
                CHECK(integrity(db) == QStringLiteral("ok"));
                CHECK(dump(db) == before);
                op.run(db);
                CHECK(counts(dump(db)) == after);
            }
        }
    }
    ++counters.operations;
}

} // namespace

TEST_CASE("a write failing at any point of a multi-record save loses nothing and says why",
          "[store][faults]") {
    Counters counters;
    const diary::DiaryCatalogue& catalogue = diary::DiaryCatalogue::current();
    const diary::DiaryStore::Clock clock = [] {
        return kNow;
    };

    failEveryWrite({"a diary entry with its tags and outbox row",
                    {},
                    [&](store::Database& db) {
                        diary::DiaryStore(db, catalogue, clock).save(fullEntry(1));
                    }},
                   counters);

    failEveryWrite({"an import of several entries in one transaction",
                    {},
                    [&](store::Database& db) {
                        std::vector<diary::DiaryEntry> entries;
                        for (int n = 1; n <= 5; ++n)
                            entries.push_back(fullEntry(n));
                        diary::DiaryStore(db, catalogue, clock).saveAll(entries);
                    }},
                   counters);

    const measures::MeasureLibrary library = measures::MeasureLibrary::loadBundled(
        QStringLiteral(PACEWISE_GOLDEN_DIR "/../measures-store-fixtures"));
    failEveryWrite(
        {"a questionnaire completion with its score and outbox rows",
         {},
         [&](store::Database& db) {
             measures::MeasureStore store(db, library, clock);
             measures::Response r = store.startOrResume(QStringLiteral("checkin"));
             r.answers[QStringLiteral("pain")] = measures::Answer::ofInteger(4);
             r.answers[QStringLiteral("mood")] =
                 measures::Answer::ofCoding({QStringLiteral("https://example.org/mood"),
                                             QStringLiteral("m2"), QStringLiteral("Low")});
             r.answers[QStringLiteral("sleep")] = measures::Answer::ofCoding(
                 {QStringLiteral("https://example.org/sleep"), QStringLiteral("s1"), {}});
             r.answers[QStringLiteral("flare")] = measures::Answer::ofBoolean(false);
             const measures::Response done = store.complete(r);
             REQUIRE_FALSE(done.scores.empty());
         }},
        counters);

    const test::SmallProgrammeDir content;
    const programme::Programme programme = content.load();
    failEveryWrite({"a programme page that starts a module and assigns its homework",
                    {},
                    [&](store::Database& db) {
                        programme::ProgrammeProgress(db, programme, clock)
                            .openPage(programme.modules().front().id, {}, 0);
                        REQUIRE_FALSE(homework::HomeworkStore(db, clock)
                                          .list(homework::HomeworkStore::Filter::Open)
                                          .empty());
                    }},
                   counters);

    WARN("database faults: " << counters.operations << " operations, " << counters.faults
                             << " writes failed, " << counters.errors << " reported to the caller");
}

namespace {

// What a forked child (test::inPrivateTmpfs) saw, passed back through a file outside the mount.
struct Seen {
    QString path;
    void record(const Error& e) const {
        test::writeFile(path, QByteArray::number(int(e.code())) + '\n' + e.message().toUtf8());
    }
    std::pair<int, QString> read() const {
        const QByteArray bytes = test::readFile(path);
        const qsizetype newline = bytes.indexOf('\n');
        return {bytes.left(newline).toInt(), QString::fromUtf8(bytes.mid(newline + 1))};
    }
};

int liveEntries(store::Database& db) {
    return diary::DiaryStore(db, diary::DiaryCatalogue::current()).count();
}

} // namespace

TEST_CASE("on a really full disk a diary entry is refused with the disk-full message, and "
          "saves again on the same connection once space is freed",
          "[store][faults][mount]") {
    QTemporaryDir dir, outside;
    const QString mountPoint = dir.path();
    const Seen seen{outside.filePath(QStringLiteral("seen"))};
    const int status = test::inPrivateTmpfs(mountPoint, 2 << 20, false, [&] {
        const QString path = mountPoint + QStringLiteral("/profile");
        auto profile = store::Profile::create(path, test::kPassphrase, test::fastOptions());
        store::Database& db = profile->database();
        diary::DiaryStore store(db, diary::DiaryCatalogue::current());
        for (int n = 0; n < 5; ++n)
            store.save(fullEntry(n));
        // Another program fills the disk.
        {
            QFile ballast(mountPoint + QStringLiteral("/ballast"));
            if (!ballast.open(QIODevice::WriteOnly))
                return 2;
            const QByteArray chunk(4096, 'b');
            while (ballast.write(chunk) == chunk.size() && ballast.flush()) {
            }
        }
        int saved = 5;
        try {
            for (; saved < 10000; ++saved)
                store.save(fullEntry(saved));
            return 3;
        } catch (const Error& e) {
            seen.record(e);
        }
        if (liveEntries(db) != saved)
            return 4;
        QFile::remove(mountPoint + QStringLiteral("/ballast"));
        store.save(fullEntry(saved)); // "free some space and try again"
        profile.reset();
        auto reopened = store::Profile::open(path, test::kPassphrase);
        if (integrity(reopened->database()) != QStringLiteral("ok"))
            return 5;
        return liveEntries(reopened->database()) == saved + 1 ? 0 : 6;
    });
    if (status == -1) {
        WARN("private mounts need root: the real full disk is not exercised on this machine");
        return;
    }
    REQUIRE(status == 0);
    const auto [code, message] = seen.read();
    CHECK(code == int(ErrorCode::DiskFull));
    CHECK(message == kDiskFullMessage);
}

TEST_CASE("a profile on a disk that became read-only is refused with the not-writable message "
          "and nothing is lost",
          "[store][faults][mount]") {
    QTemporaryDir dir, outside;
    const QString mountPoint = dir.path();
    const Seen seen{outside.filePath(QStringLiteral("seen"))};
    const int status = test::inPrivateTmpfs(mountPoint, 4 << 20, false, [&] {
        const QString path = mountPoint + QStringLiteral("/profile");
        {
            auto profile = store::Profile::create(path, test::kPassphrase, test::fastOptions());
            diary::DiaryStore store(profile->database(), diary::DiaryCatalogue::current());
            for (int n = 0; n < 3; ++n)
                store.save(fullEntry(n));
        }
        const QByteArray target = mountPoint.toLocal8Bit();
        if (mount(nullptr, target.constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) != 0)
            return 2;
        try {
            auto profile = store::Profile::open(path, test::kPassphrase);
            // Opened after all: then saving must say it.
            diary::DiaryStore(profile->database(), diary::DiaryCatalogue::current())
                .save(fullEntry(3));
            return 3;
        } catch (const Error& e) {
            seen.record(e);
        }
        if (mount(nullptr, target.constData(), nullptr, MS_REMOUNT, nullptr) != 0)
            return 4;
        auto profile = store::Profile::open(path, test::kPassphrase);
        if (integrity(profile->database()) != QStringLiteral("ok"))
            return 5;
        return liveEntries(profile->database()) == 3 ? 0 : 6;
    });
    if (status == -1) {
        WARN("private mounts need root: the read-only disk is not exercised on this machine");
        return;
    }
    REQUIRE(status == 0);
    const auto [code, message] = seen.read();
    CHECK(code == int(ErrorCode::NotWritable));
    CHECK(message == kNotWritableMessage);
}
