#include "dashboard/DiaryStatistics.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "store/Profile.h"
#include "support/DiaryFixtures.h"
#include "support/TestProfile.h"

#include <QLocale>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::dashboard;
using test::entryAt;

namespace {

// A small diary whose figures are worked out by hand in the comments.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<store::Profile> profile =
        store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    diary::DiaryStore diary{profile->database(), diary::DiaryCatalogue::current()};
    DiaryStatistics stats{profile->database()};
    const QDate today{2026, 3, 7};

    Fixture() {
        QLocale::setDefault(QLocale(QLocale::English));
        // The week before: 25 Feb pain 8 (stress), 27 Feb pain 6.  Mean 7.0
        auto e = entryAt(QDate(2026, 2, 25), 9, 8);
        e.triggers << QStringLiteral("stress");
        diary.save(e);
        diary.save(entryAt(QDate(2026, 2, 27), 9, 6));
        // 1 Mar: avg 4, and pain now 6 without an average -> day pain (4 + 6) / 2 = 5.0
        e = entryAt(QDate(2026, 3, 1), 8, 5, 4);
        e.mood = 6;
        e.sleepHours = 7;
        e.activeMinutes = 20;
        diary.save(e);
        e = entryAt(QDate(2026, 3, 1), 20, 6);
        e.mood = 4;
        e.activeMinutes = 40; // the day's activity is its largest answer: 40
        diary.save(e);
        // 2 Mar: pain 7, stress, 5.5 h sleep, two as-needed doses
        e = entryAt(QDate(2026, 3, 2), 9, 7);
        e.triggers << QStringLiteral("stress");
        e.sleepHours = 5.5;
        e.medications.append(
            {QStringLiteral("m"), QStringLiteral("Ibuprofen"), QStringLiteral("400 mg"), true, 2});
        diary.save(e);
        // 4 Mar: avg 2 (pain now 3), breathing
        e = entryAt(QDate(2026, 3, 4), 9, 3, 2);
        e.copingSkills << QStringLiteral("breathing");
        diary.save(e);
        // 5 Mar: pain 6, stress
        e = entryAt(QDate(2026, 3, 5), 9, 6);
        e.triggers << QStringLiteral("stress");
        diary.save(e);
        // 7 Mar: pain 4, breathing; and a deleted entry that must not count
        e = entryAt(QDate(2026, 3, 7), 9, 4);
        e.copingSkills << QStringLiteral("breathing");
        diary.save(e);
        diary.remove(diary.save(entryAt(QDate(2026, 3, 7), 10, 10)).id);
    }
};

} // namespace

TEST_CASE("daily figures match the hand-computed values", "[dashboard]") {
    Fixture f;
    const auto days = f.stats.daily(QDate(2026, 3, 1), f.today);
    REQUIRE(days.size() == 7);
    CHECK(days[0].date == QDate(2026, 3, 1));
    CHECK(days[0].entries == 2);
    CHECK(*days[0].pain == Approx(5.0));
    CHECK(*days[0].mood == Approx(5.0));
    CHECK(*days[0].sleepHours == Approx(7.0));
    CHECK(*days[0].activeMinutes == Approx(40));
    CHECK(*days[1].pain == Approx(7.0));
    CHECK(days[1].asNeededDoses == 2);
    CHECK(days[2].entries == 0);
    CHECK_FALSE(days[2].pain);
    CHECK(*days[3].pain == Approx(2.0));
    CHECK(*days[6].pain == Approx(4.0)); // the deleted pain-10 entry is not counted
    CHECK(days[6].entries == 1);
}

TEST_CASE("the rolling average covers the day and the six before, skipping empty days",
          "[dashboard]") {
    Fixture f;
    const auto days = f.stats.daily(QDate(2026, 3, 1), f.today);
    // 1 Mar: 25 Feb (8), 27 Feb (6), 1 Mar (5) -> 19 / 3
    CHECK(*days[0].painRolling7 == Approx(19.0 / 3.0));
    // 2 Mar: 25 Feb .. 2 Mar -> (8 + 6 + 5 + 7) / 4 = 6.5
    CHECK(*days[1].painRolling7 == Approx(6.5));
    // 7 Mar: 1 .. 7 Mar -> (5 + 7 + 2 + 6 + 4) / 5 = 4.8
    CHECK(*days[6].painRolling7 == Approx(4.8));
}

TEST_CASE("the summary compares with the period before in plain words", "[dashboard]") {
    Fixture f;
    const Summary week = f.stats.summary(Range::Week, f.today);
    CHECK(week.current.daysWithEntries == 5);
    CHECK(*week.current.pain == Approx(4.8));
    REQUIRE(week.previous);
    CHECK(*week.previous->pain == Approx(7.0));
    REQUIRE_FALSE(week.sentences.isEmpty());
    CHECK(week.sentences.front() ==
          QStringLiteral(
              "Your average pain in the last 7 days was 4.8, down from 7.0 the 7 days before."));
    CHECK(week.sentences.contains(QStringLiteral("You wrote in your diary on 5 of 7 days.")));

    const Summary all = f.stats.summary(Range::AllTime, f.today);
    CHECK(all.current.from == QDate(2026, 2, 25));
    CHECK_FALSE(all.previous);
    // all time: (8 + 6 + 5 + 7 + 2 + 6 + 4) / 7 = 38 / 7
    CHECK(*all.current.pain == Approx(38.0 / 7.0));

    const Summary empty = f.stats.summary(Range::Week, QDate(2025, 1, 1));
    CHECK(empty.sentences ==
          QStringList{QStringLiteral("There are no diary entries in this period yet.")});
}

TEST_CASE("range starts follow the calendar", "[dashboard]") {
    Fixture f;
    CHECK(f.stats.rangeStart(Range::Week, f.today) == QDate(2026, 3, 1));
    CHECK(f.stats.rangeStart(Range::Month, f.today) == QDate(2026, 2, 8));
    CHECK(f.stats.rangeStart(Range::ThreeMonths, f.today) == QDate(2025, 12, 8));
    CHECK(f.stats.rangeStart(Range::Year, f.today) == QDate(2025, 3, 8));
    CHECK(f.stats.rangeStart(Range::AllTime, f.today) == QDate(2026, 2, 25));
}

TEST_CASE("triggers and coping skills are ranked by how they go with pain", "[dashboard]") {
    Fixture f;
    const auto triggers = f.stats.triggerAssociations(QDate(2026, 3, 1), f.today, 2);
    REQUIRE(triggers.size() == 1);
    CHECK(triggers[0].tag == QStringLiteral("stress"));
    CHECK(triggers[0].daysWith == 2);
    CHECK(triggers[0].painWith == Approx(6.5));           // (7 + 6) / 2
    CHECK(triggers[0].painWithout == Approx(11.0 / 3.0)); // (5 + 2 + 4) / 3
    const auto coping = f.stats.copingAssociations(QDate(2026, 3, 1), f.today, 2);
    REQUIRE(coping.size() == 1);
    CHECK(coping[0].tag == QStringLiteral("breathing"));
    CHECK(coping[0].painWith == Approx(3.0));    // (2 + 4) / 2
    CHECK(coping[0].painWithout == Approx(6.0)); // (5 + 7 + 6) / 3
    CHECK(f.stats.triggerAssociations(QDate(2026, 3, 1), f.today, 3).empty());
}
