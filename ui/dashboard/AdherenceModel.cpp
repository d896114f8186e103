#include "AdherenceModel.h"

#include "error/Error.h"
#include "homework/HomeworkAdherence.h"

#include <QLocale>
#include <QLoggingCategory>
#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcAdherence, "pacewise.dashboard.adherence")

namespace pacewise::ui {
namespace {

// "All time" looks back this far; the weeks before the first homework fell due are dropped.
constexpr int kAllTimeYears = 10;

int percent(int part, int whole) {
    return whole > 0 ? int(std::lround(100.0 * part / whole)) : 0;
}

} // namespace

AdherenceModel::AdherenceModel(QObject* parent)
    : QObject(parent)
    , m_today([] { return QDate::currentDate(); }) {}

AdherenceModel::~AdherenceModel() = default;

void AdherenceModel::classBegin() {
    m_complete = false;
}

void AdherenceModel::componentComplete() {
    m_complete = true;
    refresh();
}

void AdherenceModel::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (m_complete)
        refresh();
}

void AdherenceModel::setRange(DashboardModel::Range range) {
    if (range == m_range)
        return;
    m_range = range;
    emit rangeChanged();
    if (m_complete)
        refresh();
}

void AdherenceModel::setToday(std::function<QDate()> today) {
    m_today = std::move(today);
    if (m_complete)
        refresh();
}

void AdherenceModel::refresh() {
    m_errorMessage.clear();
    m_errorDetail.clear();
    m_bars.clear();
    m_due = m_doneOnTime = m_doneLate = m_overdue = 0;
    const QDate today = m_today();
    m_to = today;
    switch (m_range) {
    case DashboardModel::Week:
        m_from = today.addDays(-6);
        break;
    case DashboardModel::Month:
        m_from = today.addMonths(-1).addDays(1);
        break;
    case DashboardModel::ThreeMonths:
        m_from = today.addMonths(-3).addDays(1);
        break;
    case DashboardModel::Year:
        m_from = today.addYears(-1).addDays(1);
        break;
    case DashboardModel::AllTime:
        m_from = today.addYears(-kAllTimeYears);
        break;
    }
    m_byMonth = m_range == DashboardModel::Year || m_range == DashboardModel::AllTime;

    store::Database* db = m_session ? m_session->database() : nullptr;
    if (db) {
        try {
            const homework::Adherence figures = homework::adherence(*db, m_from, m_to, today);
            m_due = figures.due;
            m_doneOnTime = figures.doneOnTime;
            m_doneLate = figures.doneLate;
            m_overdue = figures.overdue;
            for (const homework::AdherenceWeek& week : figures.weeks) {
                const QDate start = m_byMonth
                                        ? QDate(week.weekStart.year(), week.weekStart.month(), 1)
                                        : week.weekStart;
                if (m_bars.empty() || m_bars.back().start != start)
                    m_bars.push_back({start});
                Bar& bar = m_bars.back();
                bar.due += week.due;
                bar.doneOnTime += week.doneOnTime;
                bar.doneLate += week.doneLate;
            }
            if (m_range == DashboardModel::AllTime) {
                const auto first = std::find_if(m_bars.begin(), m_bars.end(),
                                                [](const Bar& bar) { return bar.due > 0; });
                m_bars.erase(m_bars.begin(), first);
                if (!m_bars.empty())
                    m_from = std::max(m_from, m_bars.front().start);
            }
        } catch (const Error& error) {
            qCWarning(lcAdherence).noquote() << error.message() << error.detail();
            m_errorMessage = error.message();
            m_errorDetail = error.detail();
            m_bars.clear();
            m_due = 0;
        }
    }
    emit figuresChanged();
}

QString AdherenceModel::overallText() const {
    if (m_due == 0)
        return tr("No homework fell due in this period.");
    const int done = m_doneOnTime + m_doneLate;
    QString text = m_due == 1 ? tr("You did %1 of the 1 homework task that was due (%2 %).")
                                    .arg(done)
                                    .arg(percent(done, m_due))
                              : tr("You did %1 of %2 homework tasks that were due (%3 %).")
                                    .arg(done)
                                    .arg(m_due)
                                    .arg(percent(done, m_due));
    if (m_doneLate > 0)
        text += QLatin1Char(' ') + (m_doneLate == 1 ? tr("One of them was done after its due date.")
                                                    : tr("%1 of them were done after their due "
                                                         "date.")
                                                          .arg(m_doneLate));
    return text;
}

QString AdherenceModel::openText() const {
    // The range ends today, so open homework in it is either late or due today (not late yet).
    if (m_overdue == 1)
        return tr("One homework task is late and still open: it can still be done.");
    if (m_overdue > 1)
        return tr("%1 homework tasks are late and still open: they can still be done.")
            .arg(m_overdue);
    return {};
}

QString AdherenceModel::chartTitle() const {
    return m_byMonth ? tr("Homework done, month by month") : tr("Homework done, week by week");
}

QString AdherenceModel::barLabel(const Bar& bar) const {
    const QLocale locale;
    if (m_byMonth)
        return locale.toString(bar.start, QStringLiteral("MMM yyyy"));
    return locale.toString(bar.start, QStringLiteral("d MMM"));
}

QStringList AdherenceModel::categories() const {
    QStringList labels;
    for (const Bar& bar : m_bars)
        labels << barLabel(bar);
    return labels;
}

int AdherenceModel::valueMax() const {
    int most = 0;
    for (const Bar& bar : m_bars)
        most = std::max(most, bar.due);
    return std::max(most, 1);
}

QString AdherenceModel::chartText() const {
    if (m_due == 0)
        return overallText();
    const QLocale locale;
    QStringList lines;
    for (const Bar& bar : m_bars) {
        if (bar.due == 0)
            continue;
        const QString when =
            m_byMonth ? locale.toString(bar.start, QStringLiteral("MMMM yyyy"))
                      : tr("Week of %1").arg(locale.toString(bar.start, QLocale::LongFormat));
        lines << tr("%1: %2 of %3 done").arg(when).arg(bar.doneOnTime + bar.doneLate).arg(bar.due);
    }
    return tr("%1. %2 Periods without homework due are left out: %3.")
        .arg(chartTitle(), overallText(), lines.join(QStringLiteral("; ")));
}

void AdherenceModel::fillBars(QBarSet* onTime, QBarSet* late, QBarSet* notDone) const {
    QList<qreal> onTimeValues;
    QList<qreal> lateValues;
    QList<qreal> notDoneValues;
    for (const Bar& bar : m_bars) {
        onTimeValues << bar.doneOnTime;
        lateValues << bar.doneLate;
        notDoneValues << bar.notDone();
    }
    const auto replace = [](QBarSet* set, const QList<qreal>& values) {
        if (!set)
            return;
        set->remove(0, set->count());
        set->append(values);
    };
    replace(onTime, onTimeValues);
    replace(late, lateValues);
    replace(notDone, notDoneValues);
}

} // namespace pacewise::ui
