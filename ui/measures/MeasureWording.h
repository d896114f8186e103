#pragma once

#include "measures/MeasureStore.h"
#include "measures/Schedule.h"
#include "measures/Scoring.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace pacewise::ui {

// The words the questionnaire screens use for dates, scores, schedule states and change, kept in
// one place so that the list, Home and the result say the same thing the same way.
class MeasureWording {
    Q_DECLARE_TR_FUNCTIONS(MeasureWording)

public:
    // "Tuesday 3 March 2026" (today and yesterday by name).
    static QString dayText(const QDate& date, const QDate& today);
    // A score with the rule's rounding: "12", "4.3".
    static QString scoreText(const measures::ScoreRule& rule, double value);
    // "12 out of 27".
    static QString scoreOutOf(const measures::ScoreRule& rule, double value);
    // The band's label, or empty when the score has none.
    static QString bandLabel(const measures::ScoreRule& rule, const measures::Score& score);
    static QString bandMeaning(const measures::ScoreRule& rule, const measures::Score& score);
    // "Due today", "Overdue since Monday 2 March 2026", "Done. Next on …".
    static QString stateText(const measures::Schedule::Status& status, const QDate& today);
    // "Since your first result (Monday 2 March 2026, 15): 5 points lower. That is a meaningful
    // improvement." Empty when `isBaseline`.
    static QString changeText(const measures::ScoreRule& rule, double baseline,
                              const QDate& baselineDay, double latest, const QDate& today);
};

} // namespace pacewise::ui
