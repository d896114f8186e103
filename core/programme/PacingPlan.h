#pragma once

#include <QDate>
#include <optional>
#include <vector>

namespace pacewise::programme {

// Activity pacing arithmetic, one place for the planner screen, its chart and the records: the
// baseline is the mean of the tries (one decimal), the starting quota 80 % of it (one decimal,
// never below 1 minute when the baseline is positive), and each week's quota grows by the
// planned percentage, compounded, from the start date.
struct PacingPlan {
    double baseline = 0;      // minutes
    double quota = 0;         // minutes, week 0
    int increasePercent = 10; // per week
    QDate startDate;

    static std::optional<double> baselineOf(const std::vector<double>& tries); // nullopt: none
    static double quotaOf(double baseline);
    static PacingPlan make(const std::vector<double>& tries, int increasePercent,
                           const QDate& startDate);

    double quotaOn(const QDate& date) const; // the quota of the week `date` falls in
    int weekOf(const QDate& date) const;     // 0 for the first week; negative before the start
};

} // namespace pacewise::programme
