#include "MeasureWording.h"

#include <QLocale>
#include <cmath>

namespace pacewise::ui {

QString MeasureWording::dayText(const QDate& date, const QDate& today) {
    if (!date.isValid())
        return {};
    if (date == today)
        return tr("today");
    if (date == today.addDays(-1))
        return tr("yesterday");
    if (date == today.addDays(1))
        return tr("tomorrow");
    return QLocale().toString(date, QLocale::LongFormat);
}

QString MeasureWording::scoreText(const measures::ScoreRule& rule, double value) {
    return QLocale().toString(value, 'f', rule.decimals);
}

QString MeasureWording::scoreOutOf(const measures::ScoreRule& rule, double value) {
    if (rule.maximum > rule.minimum)
        return tr("%1 out of %2")
            .arg(scoreText(rule, value), QLocale().toString(rule.maximum, 'f', rule.decimals));
    return scoreText(rule, value);
}

QString MeasureWording::bandLabel(const measures::ScoreRule& rule, const measures::Score& score) {
    if (score.band < 0 || std::size_t(score.band) >= rule.bands.size())
        return {};
    return rule.bands[std::size_t(score.band)].label;
}

QString MeasureWording::bandMeaning(const measures::ScoreRule& rule, const measures::Score& score) {
    if (score.band < 0 || std::size_t(score.band) >= rule.bands.size())
        return {};
    return rule.bands[std::size_t(score.band)].meaning;
}

QString MeasureWording::stateText(const measures::Schedule::Status& status, const QDate& today) {
    using State = measures::Schedule::State;
    switch (status.state) {
    case State::Due:
        if (!status.dueDate.isValid() || status.dueDate >= today)
            return tr("Due today");
        return tr("Due since %1").arg(dayText(status.dueDate, today));
    case State::Overdue:
        return tr("Overdue: it was due %1").arg(dayText(status.dueDate, today));
    case State::Done:
        if (status.dueDate.isValid())
            return tr("Done. Next one %1").arg(dayText(status.dueDate, today));
        return tr("Done");
    }
    return {};
}

QString MeasureWording::changeText(const measures::ScoreRule& rule, double baseline,
                                   const QDate& baselineDay, double latest, const QDate& today) {
    const measures::Change change = measures::changeSince(rule, baseline, latest);
    const QString since = tr("Your first result, %1, was %2.")
                              .arg(dayText(baselineDay, today), scoreText(rule, baseline));
    const double size = std::abs(change.delta);
    const QString points = QLocale().toString(size, 'f', rule.decimals);
    QString difference;
    if (size < 0.5 * std::pow(10.0, -rule.decimals))
        difference = tr("This time it is the same.");
    else if (change.delta < 0)
        difference = tr("This time it is %1 lower.").arg(points);
    else
        difference = tr("This time it is %1 higher.").arg(points);
    QString meaning;
    if (!change.meaningful)
        meaning = tr("That is within the usual ups and downs: not a meaningful change.");
    else if (change.better)
        meaning = tr("That is a meaningful change for the better.");
    else
        meaning = tr("That is a meaningful change for the worse. It may help to talk about it "
                     "with your care team.");
    return since + QLatin1Char(' ') + difference + QLatin1Char(' ') + meaning;
}

} // namespace pacewise::ui
