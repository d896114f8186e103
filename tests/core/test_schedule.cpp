// When each questionnaire is asked for: the default plan, a clinic's plan, and what the patient
// sees on a given day ("due", "overdue", "done").
#include "error/Error.h"
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "measures/Schedule.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Settings.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::measures;

namespace {

struct ScheduleFixture {
    QTemporaryDir dir;
    store::Database db = [this] {
        store::Database d = store::Database::openUnencrypted(dir.filePath(QStringLiteral("p.db")));
        store::migrate(d);
        return d;
    }();
    MeasureLibrary library = MeasureLibrary::loadBundled();
    MeasureStore store{db, library};

    // A PEG completed at `localTime` on `day` in the zone `offset` seconds east of UTC.
    void completePeg(const QDate& day, int offset = 0, QTime localTime = QTime(10, 0)) {
        Response r;
        r.measureId = QStringLiteral("peg");
        for (const char* item : {"pain", "enjoyment", "activity"})
            r.answers[QLatin1String(item)] = Answer::ofInteger(5);
        r.completedAt = QDateTime(day, localTime, Qt::OffsetFromUTC, offset).toUTC();
        r.utcOffset = offset;
        store.complete(r);
    }
};

Schedule::Status statusOf(const std::vector<Schedule::Status>& statuses, const char* id) {
    for (const Schedule::Status& s : statuses)
        if (s.measureId == QLatin1String(id))
            return s;
    FAIL("no status for " << id);
    return {};
}

QString messageOf(const QByteArray& json) {
    try {
        Schedule::parse(json, QStringLiteral("plan.json"));
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        return e.message();
    }
    FAIL("the plan was accepted: " << json.toStdString());
    return {};
}

} // namespace

TEST_CASE("the default plan asks for PEG weekly, PHQ-9 and GAD-7 fortnightly, PGIC monthly",
          "[measures][schedule]") {
    const std::vector<PlannedMeasure> plan = Schedule::defaultPlan();
    REQUIRE(plan.size() == 4);
    const auto every = [&](const char* id) {
        for (const PlannedMeasure& p : plan)
            if (p.measureId == QLatin1String(id))
                return p.everyDays;
        return 0;
    };
    CHECK(every("peg") == 7);
    CHECK(every("phq-9") == 14);
    CHECK(every("gad-7") == 14);
    CHECK(every("pgic") == 30);
    // Each is a bundled instrument, and due for a while before it counts as overdue.
    const MeasureLibrary library = MeasureLibrary::loadBundled();
    for (const PlannedMeasure& p : plan) {
        CAPTURE(p.measureId);
        CHECK(library.find(p.measureId));
        CHECK(p.graceDays > 0);
        CHECK(p.graceDays < p.everyDays);
    }
}

TEST_CASE("a malformed plan is refused with a message naming it and the problem",
          "[measures][schedule]") {
    CHECK(messageOf("{").startsWith(QStringLiteral("plan.json: not valid JSON")));
    CHECK(messageOf("[]").contains(QStringLiteral("\"measures\" list")));
    CHECK(messageOf(R"({"measures": [7]})").contains(QStringLiteral("entry 1 is not an object")));
    CHECK(messageOf(R"({"measures": [{"everyDays": 7}]})")
              .contains(QStringLiteral("entry 1 has no valid \"measure\" id")));
    CHECK(messageOf(R"({"measures": [{"measure": "PEG Weekly", "everyDays": 7}]})")
              .contains(QStringLiteral("entry 1")));
    CHECK(messageOf(R"({"measures": [{"measure": "peg"}]})")
              .contains(QStringLiteral("\"peg\" has no \"everyDays\"")));
    for (const char* days : {"0", "2.5", "\"7\"", "400"}) {
        CAPTURE(days);
        CHECK(messageOf(QByteArray(R"({"measures": [{"measure": "peg", "everyDays": )") + days +
                        "}]}")
                  .contains(QStringLiteral("\"everyDays\" must be a whole number of days")));
    }
    CHECK(messageOf(R"({"measures": [{"measure": "peg", "everyDays": 7, "graceDays": -1}]})")
              .contains(QStringLiteral("\"graceDays\"")));
    CHECK(messageOf(R"({"measures": [{"measure": "peg", "everyDays": 7},
                                     {"measure": "peg", "everyDays": 14}]})")
              .contains(QStringLiteral("\"peg\" is planned twice")));

    const std::vector<PlannedMeasure> plan =
        Schedule::parse(R"({"measures": [{"measure": "clinic-bpi", "everyDays": 28}]})",
                        QStringLiteral("plan.json"));
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].everyDays == 28);
    CHECK(plan[0].graceDays == PlannedMeasure{}.graceDays);
}

TEST_CASE("a clinic's plan replaces the default and a bad one changes nothing",
          "[measures][schedule]") {
    ScheduleFixture f;
    CHECK(Schedule::current(f.db).size() == Schedule::defaultPlan().size());

    Schedule::setClinicPlan(f.db, R"({"measures": [{"measure": "phq-9", "everyDays": 28,
                                                    "graceDays": 5}]})");
    std::vector<PlannedMeasure> plan = Schedule::current(f.db);
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].measureId == QStringLiteral("phq-9"));
    CHECK(plan[0].everyDays == 28);
    CHECK(plan[0].graceDays == 5);

    try {
        Schedule::setClinicPlan(f.db, R"({"measures": [{"measure": "peg", "everyDays": 0}]})");
        FAIL("a plan with everyDays 0 was stored");
    } catch (const Error& e) {
        CHECK(e.message().startsWith(QStringLiteral("the clinic's schedule: ")));
    }
    plan = Schedule::current(f.db);
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].everyDays == 28);
}

TEST_CASE("a measure never done is due today", "[measures][schedule]") {
    ScheduleFixture f;
    const QDate today(2026, 3, 10);
    const auto statuses = Schedule::statusOn(Schedule::defaultPlan(), f.store, today);
    REQUIRE(statuses.size() == 4);
    for (const Schedule::Status& s : statuses) {
        CAPTURE(s.measureId);
        CHECK(s.state == Schedule::State::Due);
        CHECK(s.dueDate == today);
        CHECK(s.lastCompleted.isNull());
        CHECK_FALSE(s.inProgress);
    }
}

TEST_CASE("after a completion a measure is done, then due for its grace days, then overdue",
          "[measures][schedule]") {
    ScheduleFixture f;
    const QDate monday(2026, 3, 2);
    f.completePeg(monday);
    const std::vector<PlannedMeasure> plan{{QStringLiteral("peg"), 7, 2}};
    const auto on = [&](const QDate& day) {
        return Schedule::statusOn(plan, f.store, day).front();
    };

    CHECK(on(monday).state == Schedule::State::Done);
    CHECK(on(monday).lastCompleted == monday);
    CHECK(on(monday).dueDate == monday.addDays(7));
    CHECK(on(monday.addDays(6)).state == Schedule::State::Done);
    CHECK(on(monday.addDays(7)).state == Schedule::State::Due); // the next Monday
    CHECK(on(monday.addDays(8)).state == Schedule::State::Due);
    CHECK(on(monday.addDays(9)).state == Schedule::State::Overdue);
    CHECK(on(monday.addDays(60)).state == Schedule::State::Overdue);
    CHECK(on(monday.addDays(60)).dueDate == monday.addDays(7));

    // Done again: the cycle starts from the new day.
    f.completePeg(monday.addDays(10));
    CHECK(on(monday.addDays(10)).state == Schedule::State::Done);
    CHECK(on(monday.addDays(10)).dueDate == monday.addDays(17));
}

TEST_CASE("the day of a completion is the patient's local day", "[measures][schedule]") {
    ScheduleFixture f;
    // 00:30 on 3 March in UTC+2 is still 2 March in UTC.
    f.completePeg(QDate(2026, 3, 3), 7200, QTime(0, 30));
    const auto status =
        Schedule::statusOn({{QStringLiteral("peg"), 7, 2}}, f.store, QDate(2026, 3, 9)).front();
    CHECK(status.lastCompleted == QDate(2026, 3, 3));
    CHECK(status.state == Schedule::State::Done);
    CHECK(status.dueDate == QDate(2026, 3, 10));
}

TEST_CASE("a waiting draft is shown with its measure", "[measures][schedule]") {
    ScheduleFixture f;
    Response r = f.store.startOrResume(QStringLiteral("phq-9"));
    r.currentLinkId = QStringLiteral("2");
    f.store.saveProgress(r);
    const auto statuses = Schedule::statusOn(Schedule::defaultPlan(), f.store, QDate(2026, 3, 9));
    CHECK(statusOf(statuses, "phq-9").inProgress);
    CHECK(statusOf(statuses, "phq-9").state == Schedule::State::Due);
    CHECK_FALSE(statusOf(statuses, "gad-7").inProgress);
}

TEST_CASE("a stored plan that no longer reads gives way to the default", "[measures][schedule]") {
    ScheduleFixture f;
    store::Settings(f.db).setValue(QStringLiteral("measures.schedule"), QStringLiteral("{\"meas"));
    CHECK(Schedule::current(f.db).size() == Schedule::defaultPlan().size());
}
