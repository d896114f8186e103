#include "DashboardModel.h"

#include "diary/DiaryCatalogue.h"
#include "error/Error.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QXYSeries>
#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcDashboard, "pacewise.dashboard")

namespace pacewise::ui {
namespace {

// A day's point sits at noon, clear of daylight-saving changes at night.
qreal dayX(QDate date) {
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

std::optional<double> valueOf(const dashboard::DayFigures& d, DashboardModel::Series series) {
    switch (series) {
    case DashboardModel::Pain:
        return d.pain;
    case DashboardModel::PainRolling:
        return d.painRolling7;
    case DashboardModel::Mood:
        return d.mood;
    case DashboardModel::SleepHours:
        return d.sleepHours;
    case DashboardModel::ActiveMinutes:
        return d.activeMinutes;
    }
    return std::nullopt;
}

QString one(double value) {
    return QLocale().toString(value, 'f', 1);
}

} // namespace

DashboardModel::DashboardModel(QObject* parent)
    : QObject(parent)
    , m_today([] { return QDate::currentDate(); }) {}

DashboardModel::~DashboardModel() = default;

void DashboardModel::classBegin() {
    m_complete = false;
}

void DashboardModel::componentComplete() {
    m_complete = true;
    refresh();
}

void DashboardModel::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (m_complete)
        refresh();
}

void DashboardModel::setRange(Range range) {
    if (range == m_range)
        return;
    m_range = range;
    emit rangeChanged();
    if (m_complete)
        refresh();
}

void DashboardModel::setToday(std::function<QDate()> today) {
    m_today = std::move(today);
    if (m_complete)
        refresh();
}

dashboard::Range DashboardModel::coreRange(Range range) {
    switch (range) {
    case Week:
        return dashboard::Range::Week;
    case Month:
        return dashboard::Range::Month;
    case ThreeMonths:
        return dashboard::Range::ThreeMonths;
    case Year:
        return dashboard::Range::Year;
    case AllTime:
        return dashboard::Range::AllTime;
    }
    return dashboard::Range::Month;
}

void DashboardModel::refresh() {
    m_errorMessage.clear();
    m_errorDetail.clear();
    m_days.clear();
    m_summary = {};
    m_higher.clear();
    m_lower.clear();
    store::Database* db = m_session ? m_session->database() : nullptr;
    const QDate today = m_today();
    if (db) {
        try {
            const dashboard::DiaryStatistics statistics(*db);
            m_to = today;
            m_from = statistics.rangeStart(coreRange(m_range), today);
            m_days = statistics.daily(m_from, m_to);
            m_summary = statistics.summary(coreRange(m_range), today);

            // The calendar: whole months, at most the last twelve.
            QDate calendarFrom(m_from.year(), m_from.month(), 1);
            const QDate earliest =
                QDate(today.year(), today.month(), 1).addMonths(-(HeatMapModel::kMaxMonths - 1));
            m_heatMapShortened = calendarFrom < earliest;
            calendarFrom = std::max(calendarFrom, earliest);
            m_heatMap.setDays(statistics.daily(calendarFrom, today), today);

            const diary::DiaryCatalogue& content = diary::DiaryCatalogue::current();
            const QLocale locale;
            const auto describe = [&](const dashboard::TagAssociation& a, bool trigger) {
                const QString days = tr("%n day(s)", nullptr, a.daysWith);
                return trigger ? tr("On days with %1, your pain averaged %2, against %3 on "
                                    "other days (%4).")
                                     .arg(content.triggerLabel(a.tag), one(a.painWith),
                                          one(a.painWithout), days)
                               : tr("On days you used %1, your pain averaged %2, against %3 on "
                                    "other days (%4).")
                                     .arg(content.copingSkillLabel(a.tag), one(a.painWith),
                                          one(a.painWithout), days);
            };
            struct Line {
                double difference;
                QString text;
            };
            std::vector<Line> higher;
            std::vector<Line> lower;
            const auto sort = [&](const std::vector<dashboard::TagAssociation>& list,
                                  bool trigger) {
                for (const dashboard::TagAssociation& a : list) {
                    if (a.difference() >= kNotableDifference)
                        higher.push_back({a.difference(), describe(a, trigger)});
                    else if (a.difference() <= -kNotableDifference)
                        lower.push_back({-a.difference(), describe(a, trigger)});
                }
            };
            sort(statistics.triggerAssociations(m_from, m_to), true);
            sort(statistics.copingAssociations(m_from, m_to), false);
            // Strongest first (stable: core's order breaks ties).
            const auto byDifference = [](const Line& a, const Line& b) {
                return a.difference > b.difference;
            };
            std::stable_sort(higher.begin(), higher.end(), byDifference);
            std::stable_sort(lower.begin(), lower.end(), byDifference);
            for (std::size_t i = 0; i < higher.size() && i < kMaxAssociationLines; ++i)
                m_higher << higher[i].text;
            for (std::size_t i = 0; i < lower.size() && i < kMaxAssociationLines; ++i)
                m_lower << lower[i].text;
        } catch (const Error& error) {
            qCWarning(lcDashboard).noquote() << error.message() << error.detail();
            m_errorMessage = error.message();
            m_errorDetail = error.detail();
        }
    }
    emit figuresChanged();
}

QString DashboardModel::periodText() const {
    if (!m_from.isValid())
        return {};
    const QLocale locale;
    return tr("From %1 to %2")
        .arg(locale.toString(m_from, QLocale::LongFormat),
             locale.toString(m_to, QLocale::LongFormat));
}

bool DashboardModel::hasData() const {
    return m_summary.current.daysWithEntries > 0;
}

QDateTime DashboardModel::axisFrom() const {
    return QDateTime(m_from, QTime(12, 0));
}

QDateTime DashboardModel::axisTo() const {
    // At least a week wide, so that a new diary does not draw a single day across the chart.
    return QDateTime(std::max(m_to, m_from.addDays(6)), QTime(12, 0));
}

QString DashboardModel::axisFormat() const {
    const qint64 days = m_from.daysTo(m_to) + 1;
    if (days <= 8)
        return QStringLiteral("ddd d");
    if (days <= 100)
        return QStringLiteral("d MMM");
    return QStringLiteral("MMM yyyy");
}

int DashboardModel::axisTickCount() const {
    const qint64 days = m_from.daysTo(m_to) + 1;
    // A label a day for a week; otherwise about six, which also fits at 200 % text.
    return days <= 8 ? 7 : 6;
}

bool DashboardModel::showPoints() const {
    return m_from.daysTo(m_to) < 40;
}

bool DashboardModel::dense() const {
    return m_from.daysTo(m_to) > 100;
}

qreal DashboardModel::sleepAxisMax() const {
    double top = 12;
    for (const auto& day : m_days)
        if (day.sleepHours)
            top = std::max(top, 2 * std::ceil(*day.sleepHours / 2)); // even: a label every 2 h
    return top;
}

qreal DashboardModel::activityAxisMax() const {
    // Whole hours: with five labels, a label every quarter of an hour or more.
    double top = 60;
    for (const auto& day : m_days)
        if (day.activeMinutes)
            top = std::max(top, std::ceil(*day.activeMinutes / 60.0) * 60.0);
    return top;
}

QList<QPointF> DashboardModel::points(Series series) const {
    QList<QPointF> out;
    out.reserve(qsizetype(m_days.size()));
    for (const auto& day : m_days)
        if (const std::optional<double> v = valueOf(day, series))
            out.append(QPointF(dayX(day.date), *v));
    return out;
}

void DashboardModel::fillSeries(QXYSeries* target, Series series) const {
    if (target)
        target->replace(points(series));
}

QString DashboardModel::describeSeries(Series series, const QString& what) const {
    std::optional<double> low;
    std::optional<double> high;
    int count = 0;
    for (const auto& day : m_days) {
        if (const std::optional<double> v = valueOf(day, series)) {
            low = low ? std::min(*low, *v) : *v;
            high = high ? std::max(*high, *v) : *v;
            ++count;
        }
    }
    if (!count)
        return tr("%1: nothing recorded in this period.").arg(what);
    return tr("%1 on %2 of %3 days: lowest %4, highest %5.")
        .arg(what)
        .arg(count)
        .arg(m_days.size())
        .arg(one(*low), one(*high));
}

QString DashboardModel::painChartText() const {
    QString text = describeSeries(Pain, tr("Daily pain"));
    const QList<QPointF> rolling = points(PainRolling);
    if (rolling.size() > 1)
        text += QLatin1Char(' ') + tr("The 7-day average went from %1 to %2.")
                                       .arg(one(rolling.first().y()), one(rolling.last().y()));
    return text;
}

QString DashboardModel::moodChartText() const {
    return describeSeries(Mood, tr("Mood"));
}

QString DashboardModel::sleepChartText() const {
    return describeSeries(SleepHours, tr("Hours of sleep"));
}

QString DashboardModel::activityChartText() const {
    return describeSeries(ActiveMinutes, tr("Active minutes"));
}

QString DashboardModel::heatMapNote() const {
    return m_heatMapShortened ? tr("The calendar shows the last 12 months.") : QString();
}

} // namespace pacewise::ui
