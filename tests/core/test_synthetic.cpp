#include "crypto/Random.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryCsv.h"
#include "diary/DiaryStore.h"
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "synthetic/SyntheticDiary.h"
#include "synthetic/SyntheticMeasures.h"

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

// --- questionnaire history ------------------------------------------------------------------

namespace {

// Every stored response and score as text, in a fixed order: equal dumps, equal data.
QByteArray measuresDump(store::Database& db) {
    QByteArray dump;
    store::Statement responses = db.prepare(
        "SELECT id, measure_id, answers, started_at, completed_at, utc_offset, local_date "
        "FROM measure_responses ORDER BY completed_at, id");
    while (responses.step())
        for (int column = 0; column < 7; ++column)
            dump += responses.text(column).toUtf8() + (column == 6 ? '\n' : '|');
    store::Statement scores = db.prepare(
        "SELECT response_id, rule_id, value, band FROM measure_scores ORDER BY response_id, "
        "rule_id");
    while (scores.step())
        dump += scores.text(0).toUtf8() + '|' + scores.text(1).toUtf8() + '|' +
                QByteArray::number(scores.real(2)) + '|' + QByteArray::number(scores.int64(3)) +
                '\n';
    return dump;
}

QByteArray generatedMeasures(const QString& path, std::uint64_t seed) {
    store::Database db = store::Database::openUnencrypted(path);
    store::migrate(db);
    synthetic::generateMeasures(db, {2, seed, QDate(2025, 12, 31)});
    return measuresDump(db);
}

} // namespace

TEST_CASE("the generator gives the same questionnaires for the same seed",
          "[synthetic][measures]") {
    QTemporaryDir dir;
    const QByteArray a = generatedMeasures(dir.filePath(QStringLiteral("a.db")), 42);
    const QByteArray b = generatedMeasures(dir.filePath(QStringLiteral("b.db")), 42);
    const QByteArray c = generatedMeasures(dir.filePath(QStringLiteral("c.db")), 43);
    CHECK_FALSE(a.isEmpty());
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("five generated years hold about 400 scored questionnaires that improve slowly",
          "[synthetic][measures]") {
    QTemporaryDir dir;
    store::Database db = store::Database::openUnencrypted(dir.filePath(QStringLiteral("five.db")));
    store::migrate(db);
    const QDate end(2025, 12, 31);
    const int added = synthetic::generateMeasures(db, {5, 7, end});
    CHECK(added >= 380);
    CHECK(added <= 420);

    const measures::MeasureLibrary library = measures::MeasureLibrary::loadBundled();
    measures::MeasureStore store(db, library);
    CHECK(store.countCompleted() == added);
    int total = 0;
    for (const char* id : {"peg", "phq-9", "gad-7", "pgic"}) {
        const QString measureId = QLatin1String(id);
        CAPTURE(measureId);
        const measures::Measure& measure = *library.find(measureId);
        const measures::ScoreRule& rule = measure.rules.scores.front();
        const std::vector<measures::Response> history = store.history(measureId);
        total += int(history.size());
        CHECK(history.size() > 30);
        // Every score has a value in its scale's range, and the first year is worse than the
        // last (PGIC: 1 is "very much improved").
        double firstYear = 0;
        double lastYear = 0;
        int firstCount = 0;
        int lastCount = 0;
        for (const measures::Response& r : history) {
            REQUIRE_FALSE(r.scores.empty());
            REQUIRE(r.scores.front().value);
            const double value = *r.scores.front().value;
            CHECK(value >= rule.minimum);
            CHECK(value <= rule.maximum);
            CHECK(r.completedAt.date() >= end.addYears(-5));
            CHECK(r.completedAt.date() <= end);
            if (r.completedAt.date() < end.addYears(-4)) {
                firstYear += value;
                ++firstCount;
            } else if (r.completedAt.date() > end.addYears(-1)) {
                lastYear += value;
                ++lastCount;
            }
        }
        REQUIRE(firstCount > 0);
        REQUIRE(lastCount > 0);
        CHECK(firstYear / firstCount > lastYear / lastCount);
    }
    CHECK(total == added);

    const auto scalar = [&](const char* sql) {
        store::Statement s = db.prepare(sql);
        s.step();
        return s.int64(0);
    };
    // PHQ-9 item 9 always "Not at all": a demo never raises a flag.
    CHECK(scalar("SELECT count(*) FROM measure_responses WHERE measure_id = 'phq-9' AND "
                 "json_extract(answers, '$.\"9\".valueCoding.code') = 'LA6568-5'") ==
          scalar("SELECT count(*) FROM measure_responses WHERE measure_id = 'phq-9'"));
    CHECK(scalar("SELECT count(*) FROM safety_events") == 0);
    CHECK(scalar("SELECT count(*) FROM measure_responses WHERE completed_at IS NULL") == 0);
    // Queued like real ones: each response and each score Observation.
    CHECK(scalar("SELECT count(*) FROM outbox WHERE kind = 'questionnaire-response'") == added);
    CHECK(scalar("SELECT count(*) FROM outbox WHERE kind = 'measure-score'") == added);
}
