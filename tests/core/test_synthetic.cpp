#include "crypto/Random.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryCsv.h"
#include "diary/DiaryStore.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "synthetic/SyntheticDiary.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;

namespace {

QByteArray generatedCsv(const QString& path, std::uint64_t seed, int years = 1) {
    store::Database db = store::Database::openUnencrypted(path);
    store::migrate(db);
    synthetic::generateDiary(db, {years, seed, QDate(2025, 12, 31)});
    diary::DiaryStore diary(db, diary::DiaryCatalogue::current());
    diary::DiaryStore::HistoryQuery all;
    all.limit = 1 << 20;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    diary::DiaryCsv::write(diary.history(all), buffer);
    return buffer.data();
}

} // namespace

TEST_CASE("the generator gives the same diary for the same seed and another for another seed",
          "[synthetic]") {
    QTemporaryDir dir;
    const QByteArray a = generatedCsv(dir.filePath(QStringLiteral("a.db")), 42);
    const QByteArray b = generatedCsv(dir.filePath(QStringLiteral("b.db")), 42);
    const QByteArray c = generatedCsv(dir.filePath(QStringLiteral("c.db")), 43);
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("five generated years look like a real diary", "[synthetic]") {
    QTemporaryDir dir;
    store::Database db = store::Database::openUnencrypted(dir.filePath(QStringLiteral("five.db")));
    store::migrate(db);
    const auto result = synthetic::generateDiary(db, {5, 7, QDate(2025, 12, 31)});
    // About 5,500 entries over five years (one to four a day, with gaps).
    CHECK(result.entries > 4800);
    CHECK(result.entries < 6200);

    const auto scalar = [&](const char* sql) {
        store::Statement s = db.prepare(sql);
        s.step();
        return s.real(0);
    };
    // Gaps: not every day has an entry, but most do.
    const double days = scalar("SELECT count(DISTINCT local_date) FROM diary_entries");
    CHECK(days < 1826 * 0.97);
    CHECK(days > 1826 * 0.85);
    // A slow improvement: the first year hurts more than the last.
    const double first =
        scalar("SELECT avg(pain_now) FROM diary_entries WHERE local_date < '2021-12-31'");
    const double last =
        scalar("SELECT avg(pain_now) FROM diary_entries WHERE local_date >= '2025-01-01'");
    CHECK(first - last > 1.5);
    // Flares: some days well above the running level.
    CHECK(scalar("SELECT count(*) FROM diary_entries WHERE pain_now >= 9") > 20);
    // Every entry is valid and queued for the clinic.
    CHECK(scalar("SELECT count(*) FROM outbox") == Approx(result.entries));
}
