#pragma once

#include "HeatMapModel.h"
#include "dashboard/DiaryStatistics.h"
#include "profile/ProfileSession.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QStringList>
#include <QXYSeries>
#include <functional>
#include <vector>

namespace pacewise::ui {

// The progress screen's view-model. Every figure comes from core's DiaryStatistics for the
// chosen range ending today: the summary in words, the daily series for the charts (filled into
// Qt Charts series from here), the calendar heat map, and what goes with higher or lower pain
// days. The screen does no arithmetic.
class DashboardModel : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(Range range READ range WRITE setRange NOTIFY rangeChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY figuresChanged)
    Q_PROPERTY(bool hasData READ hasData NOTIFY figuresChanged)
    Q_PROPERTY(QStringList summarySentences READ summarySentences NOTIFY figuresChanged)
    // The charts' date axis: from, to, label format and number of labels.
    Q_PROPERTY(QDateTime axisFrom READ axisFrom NOTIFY figuresChanged)
    Q_PROPERTY(QDateTime axisTo READ axisTo NOTIFY figuresChanged)
    Q_PROPERTY(QString axisFormat READ axisFormat NOTIFY figuresChanged)
    Q_PROPERTY(int axisTickCount READ axisTickCount NOTIFY figuresChanged)
    Q_PROPERTY(bool showPoints READ showPoints NOTIFY figuresChanged)
    // Too many days for a readable line: the daily values are drawn as dots (the 7-day average
    // of pain stays a line).
    Q_PROPERTY(bool dense READ dense NOTIFY figuresChanged)
    // Upper ends of the value axes that are not 0-10.
    Q_PROPERTY(qreal sleepAxisMax READ sleepAxisMax NOTIFY figuresChanged)
    Q_PROPERTY(qreal activityAxisMax READ activityAxisMax NOTIFY figuresChanged)
    // Each chart in words, for assistive technology.
    Q_PROPERTY(QString painChartText READ painChartText NOTIFY figuresChanged)
    Q_PROPERTY(QString moodChartText READ moodChartText NOTIFY figuresChanged)
    Q_PROPERTY(QString sleepChartText READ sleepChartText NOTIFY figuresChanged)
    Q_PROPERTY(QString activityChartText READ activityChartText NOTIFY figuresChanged)
    Q_PROPERTY(pacewise::ui::HeatMapModel* heatMap READ heatMap CONSTANT)
    Q_PROPERTY(QString heatMapNote READ heatMapNote NOTIFY figuresChanged)
    Q_PROPERTY(QStringList higherPainLines READ higherPainLines NOTIFY figuresChanged)
    Q_PROPERTY(QStringList lowerPainLines READ lowerPainLines NOTIFY figuresChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY figuresChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY figuresChanged)

public:
    enum Range { Week, Month, ThreeMonths, Year, AllTime };
    Q_ENUM(Range)
    enum Series { Pain, PainRolling, Mood, SleepHours, ActiveMinutes };
    Q_ENUM(Series)

    // A tag goes in the "higher"/"lower" lists when its days differ by at least this much: as in
    // the summary, smaller differences are within day-to-day noise on a 0-10 scale.
    static constexpr double kNotableDifference = 0.5;
    static constexpr int kMaxAssociationLines = 5;

    explicit DashboardModel(QObject* parent = nullptr);
    ~DashboardModel() override;

    void classBegin() override;
    void componentComplete() override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    Range range() const { return m_range; }
    void setRange(Range range);
    // Tests fix "today".
    void setToday(std::function<QDate()> today);

    QString periodText() const;
    bool hasData() const;
    const QStringList& summarySentences() const { return m_summary.sentences; }
    QDateTime axisFrom() const;
    QDateTime axisTo() const;
    QString axisFormat() const;
    int axisTickCount() const;
    bool showPoints() const;
    bool dense() const;
    qreal sleepAxisMax() const;
    qreal activityAxisMax() const;
    QString painChartText() const;
    QString moodChartText() const;
    QString sleepChartText() const;
    QString activityChartText() const;
    HeatMapModel* heatMap() { return &m_heatMap; }
    QString heatMapNote() const;
    const QStringList& higherPainLines() const { return m_higher; }
    const QStringList& lowerPainLines() const { return m_lower; }
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    const std::vector<dashboard::DayFigures>& days() const { return m_days; }
    const dashboard::Summary& summary() const { return m_summary; }
    // The points of one series: a day at noon (ms since the epoch) and its value; days without
    // a value are left out.
    QList<QPointF> points(Series series) const;

    Q_INVOKABLE void refresh();
    // Replaces the points of a chart's series (a LineSeries in QML).
    Q_INVOKABLE void fillSeries(QXYSeries* target,
                                pacewise::ui::DashboardModel::Series series) const;

signals:
    void sessionChanged();
    void rangeChanged();
    void figuresChanged();

private:
    static dashboard::Range coreRange(Range range);
    QString describeSeries(Series series, const QString& what) const;

    QPointer<ProfileSession> m_session;
    bool m_complete = true;
    Range m_range = Month;
    std::function<QDate()> m_today;
    QDate m_from;
    QDate m_to;
    std::vector<dashboard::DayFigures> m_days;
    dashboard::Summary m_summary;
    HeatMapModel m_heatMap;
    bool m_heatMapShortened = false;
    QStringList m_higher;
    QStringList m_lower;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
