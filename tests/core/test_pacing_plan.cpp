// Activity pacing arithmetic: the baseline from the tries, the starting quota below it, and the
// weekly growth from the start date that the planner, its chart and the logs share.
#include "programme/PacingPlan.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

using namespace pacewise::programme;

TEST_CASE("the baseline is the mean of the tries to one decimal", "[programme][pacing]") {
    CHECK(PacingPlan::baselineOf({20, 25, 30}) == std::optional<double>(25));
    CHECK(PacingPlan::baselineOf({10, 11}) == std::optional<double>(10.5));
    CHECK(PacingPlan::baselineOf({10, 10, 11}) == std::optional<double>(10.3)); // 10.333...
    CHECK(PacingPlan::baselineOf({12.25}) == std::optional<double>(12.3)); // half away from zero
    CHECK(PacingPlan::baselineOf({0}) == std::optional<double>(0));
}

TEST_CASE("no try, or only garbled ones, gives no baseline", "[programme][pacing]") {
    CHECK_FALSE(PacingPlan::baselineOf({}));
    CHECK_FALSE(PacingPlan::baselineOf({-5, std::numeric_limits<double>::quiet_NaN()}));
    // A garbled field among real tries is left out, not counted as zero.
    CHECK(PacingPlan::baselineOf({20, std::numeric_limits<double>::infinity(), 30}) ==
          std::optional<double>(25));
}

TEST_CASE("the starting quota is 80 percent of the baseline and at least a minute",
          "[programme][pacing]") {
    CHECK(PacingPlan::quotaOf(25) == 20);
    CHECK(PacingPlan::quotaOf(13) == Approx(10.4));
    CHECK(PacingPlan::quotaOf(1) == 1);   // 0.8 would be no activity at all
    CHECK(PacingPlan::quotaOf(0.5) == 1); // a positive baseline always gives a minute
    CHECK(PacingPlan::quotaOf(0) == 0);
    CHECK(PacingPlan::quotaOf(-3) == 0);
}

TEST_CASE("a plan made from tries grows by its percentage each week, compounded",
          "[programme][pacing]") {
    const QDate monday(2026, 3, 2);
    const PacingPlan plan = PacingPlan::make({20, 25, 30}, 10, monday);
    CHECK(plan.baseline == 25);
    CHECK(plan.quota == 20);
    CHECK(plan.increasePercent == 10);
    CHECK(plan.startDate == monday);

    CHECK(plan.weekOf(monday) == 0);
    CHECK(plan.weekOf(monday.addDays(6)) == 0);
    CHECK(plan.weekOf(monday.addDays(7)) == 1);
    CHECK(plan.weekOf(monday.addDays(20)) == 2);
    CHECK(plan.quotaOn(monday) == 20);
    CHECK(plan.quotaOn(monday.addDays(6)) == 20);
    CHECK(plan.quotaOn(monday.addDays(7)) == 22);
    CHECK(plan.quotaOn(monday.addDays(14)) == Approx(24.2));
    CHECK(plan.quotaOn(monday.addDays(21)) == Approx(26.6)); // 26.62
}

TEST_CASE("days before the start are negative weeks with the first week's quota",
          "[programme][pacing]") {
    const QDate start(2026, 3, 2);
    const PacingPlan plan = PacingPlan::make({30}, 20, start);
    CHECK(plan.weekOf(start.addDays(-1)) == -1);
    CHECK(plan.weekOf(start.addDays(-7)) == -1);
    CHECK(plan.weekOf(start.addDays(-8)) == -2);
    CHECK(plan.quotaOn(start.addDays(-3)) == plan.quota);
}

TEST_CASE("a plan without tries or a zero increase stays where it is", "[programme][pacing]") {
    const QDate start(2026, 3, 2);
    const PacingPlan none = PacingPlan::make({}, 10, start);
    CHECK(none.baseline == 0);
    CHECK(none.quota == 0);
    CHECK(none.quotaOn(start.addDays(70)) == 0);
    const PacingPlan flat = PacingPlan::make({10}, 0, start);
    CHECK(flat.quotaOn(start.addDays(70)) == 8);
}
