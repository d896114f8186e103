#include "programme/PacingPlan.h"

#include <algorithm>
#include <cmath>

namespace pacewise::programme {
namespace {

// Minutes are shown and stored to one decimal.
double oneDecimal(double minutes) {
    return std::round(minutes * 10) / 10;
}

// A quota the patient can start with: pacing begins below what flares the pain (80 % of the
// baseline), but never below one minute, which would be no activity at all.
constexpr double kQuotaShare = 0.8;
constexpr double kSmallestQuota = 1.0;

} // namespace

std::optional<double> PacingPlan::baselineOf(const std::vector<double>& tries) {
    double sum = 0;
    int count = 0;
    for (const double minutes : tries) {
        if (!std::isfinite(minutes) || minutes < 0)
            continue; // not a try: a blank or garbled field
        sum += minutes;
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return oneDecimal(sum / count);
}

double PacingPlan::quotaOf(double baseline) {
    if (!(baseline > 0))
        return 0;
    return std::max(kSmallestQuota, oneDecimal(baseline * kQuotaShare));
}

PacingPlan PacingPlan::make(const std::vector<double>& tries, int increasePercent,
                            const QDate& startDate) {
    PacingPlan plan;
    plan.baseline = baselineOf(tries).value_or(0);
    plan.quota = quotaOf(plan.baseline);
    plan.increasePercent = increasePercent;
    plan.startDate = startDate;
    return plan;
}

double PacingPlan::quotaOn(const QDate& date) const {
    // Before the start the plan has not begun growing: the first week's quota applies.
    const int week = std::max(0, weekOf(date));
    return oneDecimal(quota * std::pow(1.0 + increasePercent / 100.0, week));
}

int PacingPlan::weekOf(const QDate& date) const {
    if (!startDate.isValid() || !date.isValid())
        return 0;
    const qint64 days = startDate.daysTo(date);
    // Floor division: the six days before the start are week -1, not week 0.
    return int(days >= 0 ? days / 7 : -((-days + 6) / 7));
}

} // namespace pacewise::programme
