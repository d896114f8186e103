// The synthetic programme history (demo, bench): reproducible for a seed, about a thousand
// homework over five years with believable adherence, and every exercise record valid against
// the bundled exercise definitions.
#include "homework/HomeworkAdherence.h"
#include "homework/HomeworkStore.h"
#include "programme/ExerciseStore.h"
#include "programme/Programme.h"
#include "programme/ProgrammeProgress.h"
#include "store/Database.h"
#include "store/Profile.h"
#include "support/TestProfile.h"
#include "synthetic/SyntheticProgramme.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

using namespace pacewise;

namespace {

const QDate kEnd(2025, 12, 31);

const programme::Programme& bundled() {
    static const programme::Programme p =
        programme::Programme::load(QStringLiteral("en"), QStringLiteral(PACEWISE_PROGRAMME_DIR));
    return p;
}

struct GeneratedProfile {
    QTemporaryDir dir;
    std::unique_ptr<store::Profile> profile =
        store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    synthetic::ProgrammeTotals totals;

    GeneratedProfile(int years, std::uint64_t seed) {
        totals = synthetic::generateProgramme(profile->database(), bundled(), {years, seed, kEnd});
    }
    store::Database& db() { return profile->database(); }
    qint64 scalar(const char* sql) {
        store::Statement s = db().prepare(sql);
        s.step();
        return s.int64(0);
    }

    // Everything the generator decided, without the ids a store makes itself (module records
    // and the first homework are given a fresh UUID by the programme engine).
    QStringList content() {
        QStringList lines;
        store::Statement modules = db().prepare(
            "SELECT module_id, started_at, completed_at, time_spent_ms FROM programme_modules "
            "ORDER BY module_id");
        while (modules.step())
            lines << QStringLiteral("module %1 %2 %3 %4")
                         .arg(modules.text(0))
                         .arg(modules.int64(1))
                         .arg(modules.int64(2))
                         .arg(modules.int64(3));
        store::Statement homework = db().prepare(
            "SELECT h.module_id, h.template_id, h.assigned_at, h.due_date, h.status, "
            "h.completed_at, (SELECT group_concat(done_at) FROM homework_checkoffs c "
            "WHERE c.homework_id = h.id) FROM homework h ORDER BY h.assigned_at, h.module_id, "
            "h.template_id");
        while (homework.step())
            lines << QStringLiteral("homework %1 %2 %3 %4 %5 %6 %7")
                         .arg(homework.text(0), homework.text(1))
                         .arg(homework.int64(2))
                         .arg(homework.text(3), homework.text(4), homework.text(5),
                              homework.text(6));
        store::Statement records = db().prepare(
            "SELECT exercise_id, started_at, completed_at, answers FROM exercise_records "
            "ORDER BY started_at, exercise_id");
        while (records.step())
            lines << QStringLiteral("record %1 %2 %3 %4")
                         .arg(records.text(0))
                         .arg(records.int64(1))
                         .arg(records.int64(2))
                         .arg(records.text(3));
        return lines;
    }
};

} // namespace

TEST_CASE("the programme generator gives the same history for the same seed and another for "
          "another seed",
          "[synthetic][programme]") {
    REQUIRE(bundled().problems().isEmpty());
    GeneratedProfile a(1, 42);
    GeneratedProfile b(1, 42);
    GeneratedProfile c(1, 43);
    const QStringList first = a.content();
    CHECK(first.size() > 100);
    CHECK(first == b.content());
    CHECK(first != c.content());
    CHECK(a.totals.homework == b.totals.homework);
    CHECK(a.totals.exerciseRecords == b.totals.exerciseRecords);
}

TEST_CASE("five generated years of the programme look like real use", "[synthetic][programme]") {
    REQUIRE(bundled().problems().isEmpty());
    GeneratedProfile g(5, 7);

    // The ten modules read in order over the first months.
    CHECK(g.totals.modulesCompleted == 10);
    programme::ProgrammeProgress progress(g.db(), bundled());
    const std::vector<programme::ModuleProgress> modules = progress.modules();
    REQUIRE(modules.size() == 10);
    for (std::size_t i = 0; i < modules.size(); ++i) {
        CHECK(modules[i].status.state == programme::ModuleState::Done);
        CHECK(modules[i].pagesRead == modules[i].pageCount);
        if (i > 0)
            CHECK(modules[i].startedAt > modules[i - 1].startedAt);
    }
    CHECK(modules.front().startedAt.date().daysTo(modules.back().completedAt.date()) < 180);

    // About a thousand homework over five years: 850 to 1,150 rows, as counted.
    const qint64 homework = g.scalar("SELECT count(*) FROM homework");
    CHECK(homework == g.totals.homework);
    CHECK(homework >= 850);
    CHECK(homework <= 1150);
    CHECK(g.scalar("SELECT count(*) FROM homework WHERE status = 'cancelled'") > 10);
    CHECK(g.scalar("SELECT count(*) FROM homework WHERE status = 'done' AND completed_at IS "
                   "NULL") == 0);
    // Every homework and every record is queued for the clinic.
    CHECK(g.scalar("SELECT count(*) FROM outbox WHERE kind = 'homework'") >= homework);
    CHECK(g.scalar("SELECT count(*) FROM outbox WHERE kind = 'exercise-record'") ==
          g.totals.exerciseRecords);

    // Adherence: not all done, some late, some never.
    const homework::Adherence a =
        homework::adherence(g.db(), kEnd.addYears(-5).addDays(1), kEnd, kEnd);
    CHECK(a.ratio() >= 0.40);
    CHECK(a.ratio() <= 0.90);
    CHECK(a.doneLate > 0.05 * a.due);
    CHECK(a.overdue > 0.05 * a.due);
    CHECK(a.weeks.size() >= 260);
    // The later years are done less than the first (practice fades).
    const homework::Adherence firstYear =
        homework::adherence(g.db(), kEnd.addYears(-5).addDays(1), kEnd.addYears(-4), kEnd);
    const homework::Adherence lastYear =
        homework::adherence(g.db(), kEnd.addYears(-1).addDays(1), kEnd, kEnd);
    CHECK(firstYear.ratio() > lastYear.ratio());
}

TEST_CASE("every generated exercise record is valid against its exercise definition",
          "[synthetic][programme]") {
    REQUIRE(bundled().problems().isEmpty());
    GeneratedProfile g(5, 11);
    programme::ExerciseStore store(g.db(), bundled());
    QSet<QString> texts;
    int total = 0;
    for (const programme::Exercise& exercise : bundled().exercises()) {
        const std::vector<programme::ExerciseRecord> records = store.completed(exercise.id);
        INFO(exercise.id.toStdString());
        CHECK(!records.empty());
        for (const programme::ExerciseRecord& r : records) {
            ++total;
            // Stored as checked: checking again changes nothing, and nothing required is missing.
            CHECK(exercise.questionnaire.checkedAnswers(r.answers) == r.answers);
            CHECK(exercise.questionnaire.firstUnansweredRequired(r.answers) == nullptr);
            CHECK(r.completedAt >= r.startedAt);
            if (exercise.id == QLatin1String("pacing-log")) {
                const std::optional<programme::ExerciseRecord> plan = store.find(r.parentId);
                REQUIRE(plan);
                CHECK(plan->exerciseId == QStringLiteral("pacing-plan"));
                CHECK(plan->startedAt <= r.startedAt);
            }
            for (const auto& [linkId, answer] : r.answers)
                if (answer.type == measures::Answer::Type::String)
                    texts.insert(answer.string);
        }
    }
    CHECK(total == g.totals.exerciseRecords);
    // Relaxation is the most practised; the flare-up plan is written once, at the end of the
    // first pass.
    CHECK(store.count(QStringLiteral("relaxation")) > 150);
    CHECK(store.count(QStringLiteral("flare-up-plan")) >= 1);
    CHECK(store.count(QStringLiteral("pacing-plan")) >= 2);
    // The free text is a short list of general phrases, never made up per record.
    CHECK(texts.size() < 60);
}
