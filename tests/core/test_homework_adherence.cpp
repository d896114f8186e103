// Adherence: how much of the homework that fell due was done, week by week (Monday to Sunday of
// the due date), on time or late, on a real encrypted profile.
#include "error/Error.h"
#include "homework/HomeworkAdherence.h"
#include "homework/HomeworkStore.h"
#include "store/Database.h"
#include "store/Profile.h"
#include "support/TestProfile.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

using namespace pacewise;
using namespace pacewise::homework;

namespace {

struct AdherenceFixture {
    QTemporaryDir dir;
    std::unique_ptr<store::Profile> profile =
        store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    HomeworkStore store{profile->database()};
    int next = 0;

    // Homework due on `due`, done `times` times on the given days (at noon UTC, so the local date
    // is the same day in any zone from UTC-11 to UTC+11).
    void add(const QDate& due, int target, const std::vector<QDate>& doneOn,
             Homework::Status status = Homework::Status::Open) {
        HomeworkStore::Generated g;
        g.homework.id = QStringLiteral("hw-%1").arg(++next);
        g.homework.moduleId = QStringLiteral("pacing");
        g.homework.templateId = g.homework.id;
        g.homework.title = QStringLiteral("Practise");
        g.homework.target = target;
        g.homework.assignedAt = due.addDays(-7).startOfDay(Qt::UTC);
        g.homework.dueDate = due;
        g.homework.status = status;
        for (const QDate& day : doneOn)
            g.checkOffs.push_back(QDateTime(day, QTime(12, 0), Qt::UTC));
        store.insertGenerated({g});
    }
    Adherence of(const QDate& from, const QDate& to, const QDate& today) {
        return adherence(profile->database(), from, to, today);
    }
};

// Monday 2 March 2026 to Sunday 29 March 2026: four whole weeks.
const QDate kMonday(2026, 3, 2);

} // namespace

TEST_CASE("adherence weeks run Monday to Sunday and cover the range, empty weeks included",
          "[homework][adherence]") {
    AdherenceFixture f;
    f.add(kMonday.addDays(6), 1, {kMonday.addDays(6)}); // Sunday: the first week
    f.add(kMonday.addDays(7), 1, {kMonday.addDays(7)}); // Monday: the second
    f.add(kMonday, 1, {kMonday});                       // before the range starts

    // From a Wednesday to the Tuesday of the fourth week: four weeks, from the first Monday.
    const Adherence a = f.of(kMonday.addDays(2), kMonday.addDays(22), QDate(2026, 4, 30));
    REQUIRE(a.weeks.size() == 4);
    for (std::size_t i = 0; i < a.weeks.size(); ++i) {
        CHECK(a.weeks[i].weekStart == kMonday.addDays(7 * int(i)));
        CHECK(a.weeks[i].weekStart.dayOfWeek() == Qt::Monday);
    }
    // The range starts on a Wednesday: the Monday before it is left out, its Sunday is in.
    CHECK(a.weeks[0].due == 1);
    CHECK(a.weeks[1].due == 1);
    CHECK(a.weeks[2].due == 0);
    CHECK(a.weeks[3].due == 0);
    CHECK(a.due == 2);
    CHECK(a.weeks[3].ratio() == 0.0);

    const Adherence all = f.of(kMonday, kMonday.addDays(27), QDate(2026, 4, 30));
    REQUIRE(all.weeks.size() == 4);
    CHECK(all.weeks[0].due == 2);
    CHECK(all.weeks[1].due == 1);
    CHECK(all.due == 3);
}

TEST_CASE("homework done on its due date is on time and the day after is late",
          "[homework][adherence]") {
    AdherenceFixture f;
    const QDate due = kMonday.addDays(3);
    f.add(due, 1, {due.addDays(-2)}); // early
    f.add(due, 1, {due});             // on the day
    f.add(due, 1, {due.addDays(1)});  // a day late
    // Done when the last needed check-off came: the second of two, after the due date.
    f.add(due, 2, {due.addDays(-1), due.addDays(2)});
    // Extra check-offs after the target was reached on time do not make it late.
    f.add(due, 1, {due, due.addDays(3)});

    const Adherence a = f.of(kMonday, kMonday.addDays(6), QDate(2026, 4, 30));
    CHECK(a.due == 5);
    CHECK(a.doneOnTime == 3);
    CHECK(a.doneLate == 2);
    CHECK(a.overdue == 0);
    REQUIRE(a.weeks.size() == 1);
    CHECK(a.weeks[0].doneOnTime == 3);
    CHECK(a.weeks[0].doneLate == 2);
    CHECK(a.ratio() == Approx(1.0));
}

TEST_CASE("cancelled homework does not count and open homework counts only once overdue",
          "[homework][adherence]") {
    AdherenceFixture f;
    const QDate today = kMonday.addDays(9); // Wednesday of the second week
    f.add(kMonday.addDays(1), 1, {}, Homework::Status::Cancelled);
    f.add(kMonday.addDays(1), 1, {kMonday}, Homework::Status::Cancelled); // done, then cancelled
    f.add(kMonday.addDays(2), 1, {});                                     // overdue
    f.add(today.addDays(-1), 2, {today.addDays(-2)});                     // overdue, half done
    f.add(today, 1, {});                                                  // due today: not late yet
    f.add(today.addDays(3), 1, {});                                       // not due yet
    f.add(today.addDays(4), 1, {today}); // done before it was due: on time

    const Adherence a = f.of(kMonday, kMonday.addDays(13), today);
    CHECK(a.due == 3);
    CHECK(a.overdue == 2);
    CHECK(a.open == 2);
    CHECK(a.doneOnTime == 1);
    CHECK(a.doneLate == 0);
    REQUIRE(a.weeks.size() == 2);
    CHECK(a.weeks[0].due == 1);
    CHECK(a.weeks[0].ratio() == 0.0);
    CHECK(a.weeks[1].due == 2); // the half-done overdue one and the one done early
    CHECK(a.weeks[1].ratio() == Approx(0.5));
    CHECK(a.ratio() == Approx(1.0 / 3.0));

    // The next week the one due today has become overdue; the cancelled ones still do not count.
    const Adherence later = f.of(kMonday, kMonday.addDays(13), today.addDays(7));
    CHECK(later.due == 5);
    CHECK(later.overdue == 4);
    CHECK(later.open == 0);
}

TEST_CASE("adherence ratios are done over due, week by week and overall", "[homework][adherence]") {
    AdherenceFixture f;
    // Week 1: 3 due, 2 on time, 1 late. Week 2: 4 due, 1 on time, 3 never done. Week 3: none.
    f.add(kMonday.addDays(1), 1, {kMonday.addDays(1)});
    f.add(kMonday.addDays(2), 1, {kMonday.addDays(2)});
    f.add(kMonday.addDays(3), 1, {kMonday.addDays(9)});
    f.add(kMonday.addDays(8), 1, {kMonday.addDays(8)});
    for (int i = 0; i < 3; ++i)
        f.add(kMonday.addDays(10), 3, {kMonday.addDays(9)});

    const Adherence a = f.of(kMonday, kMonday.addDays(20), QDate(2026, 4, 30));
    REQUIRE(a.weeks.size() == 3);
    CHECK(a.weeks[0].ratio() == Approx(1.0));
    CHECK(a.weeks[1].ratio() == Approx(0.25));
    CHECK(a.weeks[2].due == 0);
    CHECK(a.weeks[2].ratio() == 0.0);
    CHECK(a.due == 7);
    CHECK(a.doneOnTime == 3);
    CHECK(a.doneLate == 1);
    CHECK(a.overdue == 3);
    CHECK(a.ratio() == Approx(4.0 / 7.0));
}

TEST_CASE("a check-off taken back moves homework from done to overdue in adherence",
          "[homework][adherence]") {
    AdherenceFixture f;
    QDateTime now(kMonday, QTime(12, 0), Qt::UTC);
    HomeworkStore clocked(f.profile->database(), [&] { return now; });
    const Homework h =
        clocked.assignFromModule(QStringLiteral("goals"), QStringLiteral("list"),
                                 QStringLiteral("List"), {}, {}, 1, kMonday.addDays(2));
    now = now.addDays(3); // the day after it was due
    clocked.checkOff(h.id);
    CHECK(f.of(kMonday, kMonday.addDays(6), kMonday.addDays(4)).doneLate == 1);
    clocked.undoCheckOff(h.id);
    const Adherence a = f.of(kMonday, kMonday.addDays(6), kMonday.addDays(4));
    CHECK(a.doneLate == 0);
    CHECK(a.overdue == 1);
}

TEST_CASE("an adherence range that ends before it starts is refused", "[homework][adherence]") {
    AdherenceFixture f;
    CHECK_THROWS_AS(f.of(kMonday, kMonday.addDays(-1), kMonday), Error);
    CHECK(f.of(kMonday, kMonday, kMonday).weeks.size() == 1);
}
