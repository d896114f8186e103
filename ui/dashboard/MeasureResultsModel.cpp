#include "MeasureResultsModel.h"

#include "error/Error.h"
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QLocale>
#include <QLoggingCategory>
#include <QXYSeries>
#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcMeasureResults, "pacewise.dashboard.measures")

namespace pacewise::ui {
namespace {

using measures::ScoreRule;

QString number(double value, int decimals) {
    return QLocale().toString(value, 'f', std::max(0, decimals));
}

QString longDate(QDate date) {
    return QLocale().toString(date, QLocale::LongFormat);
}

qreal msOf(const QDateTime& at) {
    return qreal(at.toMSecsSinceEpoch());
}

// The band a stored score fell in; worked out again when the stored index no longer fits the
// rule (a definition that changed since).
int bandOf(const ScoreRule& rule, double value, int stored) {
    if (stored >= 0 && std::size_t(stored) < rule.bands.size())
        return stored;
    for (std::size_t i = 0; i < rule.bands.size(); ++i)
        if (value >= rule.bands[i].from && value <= rule.bands[i].to)
            return int(i);
    return -1;
}

bool hasThreshold(const ScoreRule& rule) {
    return rule.meaningfulChangePoints.has_value() || rule.meaningfulChangePercent.has_value();
}

// The value axis: the scale's range, or the answers' when the definition gives none (a
// clinic's questionnaire without scoring rules).
std::pair<double, double> valueRange(const MeasureResultsModel::Result& r) {
    if (r.rule.maximum > r.rule.minimum)
        return {r.rule.minimum, r.rule.maximum};
    double top = r.baseline.value;
    for (const auto& p : r.points)
        top = std::max(top, p.value);
    return {0.0, std::max(1.0, std::ceil(top))};
}

// A label at a round step, at most seven steps over the scale (0-10 by 2, 0-27 by 5, 1-7 by 1).
double tickInterval(double span) {
    for (double magnitude = 1;; magnitude *= 10)
        for (const double step : {1.0, 2.0, 5.0})
            if (span / (step * magnitude) <= 7)
                return step * magnitude;
}

} // namespace

MeasureResultsModel::MeasureResultsModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_today([] { return QDate::currentDate(); }) {}

MeasureResultsModel::~MeasureResultsModel() = default;

void MeasureResultsModel::classBegin() {
    m_complete = false;
}

void MeasureResultsModel::componentComplete() {
    m_complete = true;
    refresh();
}

void MeasureResultsModel::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (m_complete)
        refresh();
}

void MeasureResultsModel::setRange(DashboardModel::Range range) {
    if (range == m_range)
        return;
    m_range = range;
    emit rangeChanged();
    if (m_complete)
        refresh();
}

void MeasureResultsModel::setToday(std::function<QDate()> today) {
    m_today = std::move(today);
    if (m_complete)
        refresh();
}

void MeasureResultsModel::refresh() {
    beginResetModel();
    m_results.clear();
    m_errorMessage.clear();
    m_errorDetail.clear();
    m_anyEver = false;
    m_widened = false;
    const QDate today = m_today();
    m_to = today;
    m_from = today;

    store::Database* db = m_session ? m_session->database() : nullptr;
    if (db) {
        try {
            const measures::MeasureLibrary library = measures::MeasureLibrary::load(*db);
            const measures::MeasureStore store(*db, library);

            // Every answer with a headline score, per measure, oldest first.
            std::vector<Result> all;
            for (const measures::Measure& measure : library.measures()) {
                if (measure.rules.scores.empty())
                    continue; // nothing to chart
                Result r;
                r.measureId = measure.id;
                r.title = measure.questionnaire.title.isEmpty() ? measure.questionnaire.name
                                                                : measure.questionnaire.title;
                r.rule = measure.rules.scores.front();
                for (const auto& stored : store.scoreHistory(measure.id, r.rule.id)) {
                    if (!stored.score.value)
                        continue; // too many items missing: no score to draw
                    Point p;
                    p.at = stored.completedAt;
                    p.localDate = stored.completedAt.toOffsetFromUtc(stored.utcOffset).date();
                    p.value = *stored.score.value;
                    p.band = bandOf(r.rule, p.value, stored.score.band);
                    r.points.push_back(p);
                }
                if (r.points.empty())
                    continue;
                r.answersEver = int(r.points.size());
                const double baseline = r.points.front().value;
                for (Point& p : r.points)
                    p.change = measures::changeSince(r.rule, baseline, p.value);
                r.baseline = r.points.front();
                all.push_back(std::move(r));
            }
            m_anyEver = !all.empty();

            QDate first = today;
            for (const Result& r : all)
                first = std::min(first, r.baseline.localDate);
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
                m_from = first;
                break;
            }
            // Never under three months (see the class comment); all time is what there is.
            const QDate shortest = today.addMonths(-kMinimumPeriodMonths).addDays(1);
            if (m_range != DashboardModel::AllTime && m_from > shortest) {
                m_from = shortest;
                m_widened = true;
            }

            for (Result& r : all) {
                r.latest = r.points.back();
                std::erase_if(r.points, [&](const Point& p) {
                    return p.localDate < m_from || p.localDate > m_to;
                });
                if (!r.points.empty())
                    m_results.push_back(std::move(r));
            }
        } catch (const Error& error) {
            qCWarning(lcMeasureResults).noquote() << error.message() << error.detail();
            m_results.clear();
            m_errorMessage = error.message();
            m_errorDetail = error.detail();
        }
    }
    endResetModel();
    emit resultsChanged();
}

const MeasureResultsModel::Result* MeasureResultsModel::at(int row) const {
    return row >= 0 && row < count() ? &m_results[std::size_t(row)] : nullptr;
}

int MeasureResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> MeasureResultsModel::roleNames() const {
    return {
        {MeasureIdRole, "measureId"},         {TitleRole, "title"},
        {ScoreTitleRole, "scoreTitle"},       {LatestTextRole, "latestText"},
        {LatestMeaningRole, "latestMeaning"}, {LatestDateTextRole, "latestDateText"},
        {BaselineTextRole, "baselineText"},   {ChangeTextRole, "changeText"},
        {ChangeKindRole, "changeKind"},       {ScaleTextRole, "scaleText"},
        {ChartTextRole, "chartText"},         {ValueMinRole, "valueMin"},
        {ValueMaxRole, "valueMax"},           {TickIntervalRole, "tickInterval"},
        {LabelFormatRole, "labelFormat"},     {BandsRole, "bands"},
        {PointCountRole, "pointCount"},       {HasBetterRole, "hasBetter"},
        {HasWorseRole, "hasWorse"},           {StartInPeriodRole, "startInPeriod"},
    };
}

QVariant MeasureResultsModel::data(const QModelIndex& index, int role) const {
    const Result* r = index.isValid() ? at(index.row()) : nullptr;
    if (!r)
        return {};
    const auto [low, high] = valueRange(*r);
    const auto anyMeaningful = [&](bool better) {
        return std::any_of(r->points.begin(), r->points.end(), [&](const Point& p) {
            return p.change.meaningful && p.change.better == better;
        });
    };
    switch (role) {
    case MeasureIdRole:
        return r->measureId;
    case TitleRole:
        return r->title;
    case ScoreTitleRole:
        // Short: at 200 % text a longer axis title is cut (the range is in ScaleTextRole).
        return r->rule.title.isEmpty() ? tr("Score") : r->rule.title;
    case LatestTextRole:
        return scoreText(r->rule, r->latest);
    case LatestMeaningRole:
        return r->latest.band >= 0 ? r->rule.bands[std::size_t(r->latest.band)].meaning : QString();
    case LatestDateTextRole:
        return tr("Answered on %1").arg(longDate(r->latest.localDate));
    case BaselineTextRole:
        return tr("Your first answer, on %1: %2")
            .arg(longDate(r->baseline.localDate), scoreText(r->rule, r->baseline));
    case ChangeTextRole:
        return changeText(*r);
    case ChangeKindRole:
        return changeKind(r->rule, *r);
    case ScaleTextRole:
        return scaleText(r->rule, low, high);
    case ChartTextRole:
        return chartText(*r);
    case ValueMinRole:
        return low;
    case ValueMaxRole:
        return high;
    case TickIntervalRole:
        return tickInterval(high - low);
    case LabelFormatRole:
        return std::floor(tickInterval(high - low)) == tickInterval(high - low)
                   ? QStringLiteral("%d")
                   : QStringLiteral("%.1f");
    case BandsRole: {
        QVariantList out;
        for (const BandArea& b : bandAreas(r->rule))
            out.append(QVariantMap{{QStringLiteral("label"), b.label},
                                   {QStringLiteral("meaning"), b.meaning},
                                   {QStringLiteral("lower"), b.lower},
                                   {QStringLiteral("upper"), b.upper},
                                   {QStringLiteral("middle"), (b.lower + b.upper) / 2},
                                   {QStringLiteral("rank"), b.rank}});
        return out;
    }
    case PointCountRole:
        return int(r->points.size());
    case StartInPeriodRole:
        return r->baseline.localDate >= m_from;
    case HasBetterRole:
        return anyMeaningful(true);
    case HasWorseRole:
        return anyMeaningful(false);
    default:
        return {};
    }
}

std::vector<MeasureResultsModel::BandArea>
MeasureResultsModel::bandAreas(const measures::ScoreRule& rule) {
    std::vector<BandArea> out;
    const std::size_t n = rule.bands.size();
    for (std::size_t i = 0; i < n; ++i) {
        const measures::Band& band = rule.bands[i];
        BandArea area;
        area.label = band.label;
        area.meaning = band.meaning;
        area.lower = i == 0 ? band.from : out.back().upper;
        area.upper = i + 1 == n ? band.to : (band.to + rule.bands[i + 1].from) / 2;
        area.rank = rule.higherIsWorse ? int(i) : int(n - 1 - i);
        out.push_back(area);
    }
    return out;
}

MeasureResultsModel::ChangeKind MeasureResultsModel::changeKind(const measures::ScoreRule& rule,
                                                                const Result& result) {
    if (result.answersEver <= 1)
        return FirstAnswer;
    if (!hasThreshold(rule))
        return NoThreshold;
    const measures::Change change = result.latest.change;
    if (!change.meaningful)
        return NotMeaningful;
    return change.better ? Better : Worse;
}

QString MeasureResultsModel::scoreText(const measures::ScoreRule& rule, const Point& point) const {
    const QString value = number(point.value, rule.decimals);
    if (point.band < 0)
        return rule.maximum > rule.minimum ? tr("%1 out of %2").arg(value, number(rule.maximum, 0))
                                           : value;
    return tr("%1 — %2").arg(value, rule.bands[std::size_t(point.band)].label);
}

QString MeasureResultsModel::scaleText(const measures::ScoreRule& rule, double low,
                                       double high) const {
    QString text = rule.higherIsWorse ? tr("Scores go from %1 to %2. Lower scores are better.")
                                            .arg(number(low, 0), number(high, 0))
                                      : tr("Scores go from %1 to %2. Higher scores are better.")
                                            .arg(number(low, 0), number(high, 0));
    // What the stars and diamonds mean, in the rule's own terms.
    const auto& points = rule.meaningfulChangePoints;
    const auto& percent = rule.meaningfulChangePercent;
    QString threshold;
    if (points && percent)
        threshold = tr("A change of %1 or more, or of %2 % or more, since your first answer is "
                       "meaningful.")
                        .arg(number(*points, rule.decimals), number(*percent, 0));
    else if (points)
        threshold = tr("A change of %1 or more since your first answer is meaningful.")
                        .arg(number(*points, rule.decimals));
    else if (percent)
        threshold = tr("A change of %1 % or more since your first answer is meaningful.")
                        .arg(number(*percent, 0));
    return threshold.isEmpty() ? text : text + QLatin1Char(' ') + threshold;
}

QString MeasureResultsModel::changeText(const Result& r) const {
    const ChangeKind kind = changeKind(r.rule, r);
    if (kind == FirstAnswer)
        return tr("This is your first answer. Later answers will be compared with it.");
    // Without a threshold there is no telling a real change from the usual ups and downs, and
    // PGIC is itself a rating of change since the start: the first answer is shown, no verdict.
    if (kind == NoThreshold)
        return {};
    // The difference as it is shown: rounded like the scores. (Worded without a plural, so
    // that no language needs plural forms for it.)
    const double scale = std::pow(10.0, std::max(0, r.rule.decimals));
    const double delta = std::round(r.latest.change.delta * scale) / scale;
    const QString size = number(std::abs(delta), r.rule.decimals);
    const QString difference = delta == 0 ? tr("Your score is the same as at the start")
                               : delta < 0
                                   ? tr("Your score is %1 lower than at the start").arg(size)
                                   : tr("Your score is %1 higher than at the start").arg(size);
    switch (kind) {
    case Better:
        return tr("%1 — a meaningful improvement.").arg(difference);
    case Worse:
        return tr("%1 — a meaningful change for the worse. It may help to talk it over with "
                  "your clinic.")
            .arg(difference);
    case NotMeaningful:
        return delta == 0 ? tr("%1.").arg(difference)
                          : tr("%1 — within the usual ups and downs.").arg(difference);
    case FirstAnswer:
    case NoThreshold:
        break;
    }
    return {};
}

QString MeasureResultsModel::chartText(const Result& r) const {
    const Point* low = &r.points.front();
    const Point* high = low;
    int better = 0;
    int worse = 0;
    for (const Point& p : r.points) {
        if (p.value < low->value)
            low = &p;
        if (p.value > high->value)
            high = &p;
        if (p.change.meaningful)
            ++(p.change.better ? better : worse);
    }
    const int decimals = r.rule.decimals;
    QStringList parts;
    parts << tr("%1, from %2 to %3. Answers: %4.")
                 .arg(r.title, longDate(r.points.front().localDate),
                      longDate(r.points.back().localDate))
                 .arg(r.points.size());
    if (r.points.size() > 1)
        parts << tr("Lowest %1, highest %2.")
                     .arg(number(low->value, decimals), number(high->value, decimals));
    parts << tr("Your first answer, on %1, was %2.")
                 .arg(longDate(r.baseline.localDate), scoreText(r.rule, r.baseline));
    if (r.answersEver > 1)
        parts << tr("The latest, on %1, was %2.")
                     .arg(longDate(r.latest.localDate), scoreText(r.rule, r.latest));
    if (better)
        parts << tr("Answers with a meaningful improvement since the start: %1.").arg(better);
    if (worse)
        parts
            << tr("Answers with a meaningful change for the worse since the start: %1.").arg(worse);
    QStringList bands;
    for (const measures::Band& b : r.rule.bands)
        bands << tr("%1 from %2 to %3")
                     .arg(b.label, number(b.from, decimals), number(b.to, decimals));
    if (!bands.isEmpty())
        parts << tr("Bands: %1.").arg(bands.join(QStringLiteral("; ")));
    return parts.join(QLatin1Char(' '));
}

QString MeasureResultsModel::periodText() const {
    if (m_results.empty())
        return {};
    return tr("From %1 to %2").arg(longDate(m_from), longDate(m_to));
}

QString MeasureResultsModel::periodNote() const {
    if (!m_widened || m_results.empty())
        return {};
    return tr("Questionnaires are answered every week or every few weeks, so this part always "
              "shows at least the last 3 months.");
}

QString MeasureResultsModel::emptyText() const {
    if (!m_results.empty() || !m_errorMessage.isEmpty() || !m_session || !m_session->database())
        return {};
    if (!m_anyEver)
        return tr("No questionnaires answered yet. You will find them under Questionnaires, and "
                  "the Home page shows when one is due.");
    return tr("No questionnaires were answered in this period. Choose a longer period to see "
              "earlier ones.");
}

QDateTime MeasureResultsModel::axisFrom() const {
    // A little room before the first day, so that an answer on it is not hidden by the axis.
    const qint64 room = std::max<qint64>(1, (m_from.daysTo(m_to) + 1) / 50);
    return QDateTime(m_from.addDays(-room), QTime(0, 0));
}

QDateTime MeasureResultsModel::axisTo() const {
    // To the end of today; at least a week wide, so that a first answer is not drawn alone
    // across the whole chart.
    return QDateTime(std::max(m_to, m_from.addDays(6)).addDays(1), QTime(0, 0));
}

QString MeasureResultsModel::axisFormat() const {
    const qint64 days = m_from.daysTo(m_to) + 1;
    if (days <= 8)
        return QStringLiteral("ddd d");
    if (days <= 100)
        return QStringLiteral("d MMM");
    return QStringLiteral("MMM yyyy");
}

int MeasureResultsModel::axisTickCount() const {
    return m_from.daysTo(m_to) + 1 <= 8 ? 7 : 6;
}

bool MeasureResultsModel::dense() const {
    return std::any_of(m_results.begin(), m_results.end(),
                       [](const Result& r) { return r.points.size() > 60; });
}

void MeasureResultsModel::fillScores(QXYSeries* target, int row) const {
    const Result* r = at(row);
    if (!target)
        return;
    QList<QPointF> points;
    if (r)
        for (const Point& p : r->points)
            points.append(QPointF(msOf(p.at), p.value));
    target->replace(points);
}

void MeasureResultsModel::fillStart(QXYSeries* target, int row) const {
    const Result* r = at(row);
    if (!target)
        return;
    QList<QPointF> points;
    if (r && r->baseline.localDate >= m_from)
        points.append(QPointF(msOf(r->baseline.at), r->baseline.value));
    target->replace(points);
}

void MeasureResultsModel::fillStartLevel(QXYSeries* target, int row) const {
    const Result* r = at(row);
    if (!target)
        return;
    QList<QPointF> points;
    if (r)
        points << QPointF(msOf(axisFrom()), r->baseline.value)
               << QPointF(msOf(axisTo()), r->baseline.value);
    target->replace(points);
}

void MeasureResultsModel::fillMeaningful(QXYSeries* target, int row, bool better) const {
    const Result* r = at(row);
    if (!target)
        return;
    QList<QPointF> points;
    if (r)
        for (const Point& p : r->points)
            if (p.change.meaningful && p.change.better == better)
                points.append(QPointF(msOf(p.at), p.value));
    target->replace(points);
}

void MeasureResultsModel::fillBand(QAreaSeries* target, int row, int band) const {
    const Result* r = at(row);
    if (!target || !r)
        return;
    const std::vector<BandArea> areas = bandAreas(r->rule);
    if (band < 0 || std::size_t(band) >= areas.size())
        return;
    const BandArea& area = areas[std::size_t(band)];
    const qreal left = msOf(axisFrom());
    const qreal right = msOf(axisTo());
    if (!target->upperSeries())
        target->setUpperSeries(new QLineSeries(target));
    if (!target->lowerSeries())
        target->setLowerSeries(new QLineSeries(target));
    target->upperSeries()->replace({QPointF(left, area.upper), QPointF(right, area.upper)});
    target->lowerSeries()->replace({QPointF(left, area.lower), QPointF(right, area.lower)});
}

} // namespace pacewise::ui
