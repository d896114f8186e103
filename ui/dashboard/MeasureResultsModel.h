#pragma once

#include "DashboardModel.h"
#include "measures/Scoring.h"
#include "profile/ProfileSession.h"

#include <QAbstractListModel>
#include <QAreaSeries>
#include <QDate>
#include <QDateTime>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QXYSeries>
#include <functional>
#include <vector>

namespace pacewise::ui {

// The questionnaire results on the progress screen: one row per measure answered in the period,
// with its latest score and band, the change since the first answer ever (core's changeSince),
// and what its chart needs (points, band areas, the start, the meaningful changes), filled into
// Qt Charts series from here; the chart names the bands beside it.
//
// The period follows the dashboard's range, but is never shorter than three months: most
// questionnaires come every week to every month, so a week or a month would chart one or two
// points and say nothing about a trend. periodNote says so when it widens the period.
class MeasureResultsModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(
        pacewise::ui::DashboardModel::Range range READ range WRITE setRange NOTIFY rangeChanged)
    Q_PROPERTY(int count READ count NOTIFY resultsChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY resultsChanged)
    Q_PROPERTY(QString periodNote READ periodNote NOTIFY resultsChanged)
    // Shown instead of the cards when there are none.
    Q_PROPERTY(QString emptyText READ emptyText NOTIFY resultsChanged)
    Q_PROPERTY(QDateTime axisFrom READ axisFrom NOTIFY resultsChanged)
    Q_PROPERTY(QDateTime axisTo READ axisTo NOTIFY resultsChanged)
    Q_PROPERTY(QString axisFormat READ axisFormat NOTIFY resultsChanged)
    Q_PROPERTY(int axisTickCount READ axisTickCount NOTIFY resultsChanged)
    // Over a long period the points are many: smaller markers, no dot on every answer.
    Q_PROPERTY(bool dense READ dense NOTIFY resultsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY resultsChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY resultsChanged)

public:
    // How the latest score compares with the first.
    enum ChangeKind {
        FirstAnswer,   // one answer only: nothing to compare yet
        NoThreshold,   // the measure defines no meaningful change (PGIC): no comparison
        NotMeaningful, // within the usual ups and downs
        Better,        // a meaningful improvement
        Worse,         // a meaningful change for the worse
    };
    Q_ENUM(ChangeKind)

    enum Role {
        MeasureIdRole = Qt::UserRole + 1,
        TitleRole,         // the questionnaire's title
        ScoreTitleRole,    // "PHQ-9 total score": the value axis
        LatestTextRole,    // "12 — Moderate"
        LatestMeaningRole, // the band's sentence for the patient, may be empty
        LatestDateTextRole,
        BaselineTextRole, // "Your first answer, on …: 17 — Moderately severe"
        ChangeTextRole,   // "5 points lower than at the start — a meaningful improvement."; empty
                          // when the measure has no threshold
        ChangeKindRole,
        ScaleTextRole, // "Scores go from 0 to 27. Lower scores are better." and the threshold
        ChartTextRole, // the chart in words, for assistive technology
        ValueMinRole,
        ValueMaxRole,
        TickIntervalRole,
        LabelFormatRole, // printf format of the value axis labels
        BandsRole,       // [{ label, meaning, lower, upper, middle, rank }], lowest scores first
        PointCountRole,  // answers in the period
        HasBetterRole,   // any meaningful improvement in the period
        HasWorseRole,
        StartInPeriodRole, // the first answer ever is inside the period (drawn as a square)
    };

    // One band as the chart shades it. Scores are whole or rounded numbers and bands meet
    // between them (PHQ-9: 0-4, 5-9): the shading changes halfway, so that every possible score
    // is drawn inside its band, never on an edge.
    struct BandArea {
        QString label;
        QString meaning;
        double lower = 0;
        double upper = 0;
        int rank = 0; // 0 = the best band, then worse and worse (the colour follows it)
    };

    // One completed answer with a headline score.
    struct Point {
        QDateTime at; // completion, UTC
        QDate localDate;
        double value = 0;
        int band = -1;
        measures::Change change; // since the first answer ever
    };

    struct Result {
        QString measureId;
        QString title;
        measures::ScoreRule rule;
        std::vector<Point> points; // in the period, oldest first
        Point baseline;            // the first answer ever (perhaps before the period)
        Point latest;
        int answersEver = 0;
    };

    static constexpr int kMinimumPeriodMonths = 3;

    explicit MeasureResultsModel(QObject* parent = nullptr);
    ~MeasureResultsModel() override;

    void classBegin() override;
    void componentComplete() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    DashboardModel::Range range() const { return m_range; }
    void setRange(DashboardModel::Range range);
    // Tests fix "today".
    void setToday(std::function<QDate()> today);

    int count() const { return int(m_results.size()); }
    QString periodText() const;
    QString periodNote() const;
    QString emptyText() const;
    QDateTime axisFrom() const;
    QDateTime axisTo() const;
    QString axisFormat() const;
    int axisTickCount() const;
    bool dense() const;
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    const std::vector<Result>& results() const { return m_results; }
    static std::vector<BandArea> bandAreas(const measures::ScoreRule& rule);
    static ChangeKind changeKind(const measures::ScoreRule& rule, const Result& result);

    Q_INVOKABLE void refresh();
    // Chart series of row `row`: its scores in the period; the first answer (empty when it is
    // before the period); a level line at the first answer's score across the period; the
    // answers whose change since the start is meaningful, for the better or for the worse.
    Q_INVOKABLE void fillScores(QXYSeries* target, int row) const;
    Q_INVOKABLE void fillStart(QXYSeries* target, int row) const;
    Q_INVOKABLE void fillStartLevel(QXYSeries* target, int row) const;
    Q_INVOKABLE void fillMeaningful(QXYSeries* target, int row, bool better) const;
    // Band `band` (an index into BandsRole) as an area across the period: sets its upper and
    // lower lines (making the lower one when the area has none).
    Q_INVOKABLE void fillBand(QAreaSeries* target, int row, int band) const;

signals:
    void sessionChanged();
    void rangeChanged();
    void resultsChanged();

private:
    const Result* at(int row) const;
    QString scoreText(const measures::ScoreRule& rule, const Point& point) const;
    QString changeText(const Result& result) const;
    QString scaleText(const measures::ScoreRule& rule, double low, double high) const;
    QString chartText(const Result& result) const;

    QPointer<ProfileSession> m_session;
    bool m_complete = true;
    DashboardModel::Range m_range = DashboardModel::Month;
    std::function<QDate()> m_today;
    QDate m_from;
    QDate m_to;
    bool m_widened = false;
    bool m_anyEver = false;
    std::vector<Result> m_results;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
