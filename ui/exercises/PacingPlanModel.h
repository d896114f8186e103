#pragma once

#include "profile/ProfileSession.h"
#include "programme/ExerciseStore.h"
#include "programme/PacingPlan.h"
#include "programme/Programme.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QVariantList>
#include <QVariantMap>
#include <QXYSeries>
#include <functional>
#include <memory>
#include <optional>

namespace pacewise {
class Error;
}

namespace pacewise::ui {

// The activity-pacing planner's view-model: setting up a plan (an activity, up to three tries of
// how long it can be done before it starts to be too much, the weekly increase, the start date)
// and then the plan itself: this week's quota, the day's logs (each a pacing-log record whose
// parent is the plan) and the chart of planned and done minutes per week. The arithmetic is
// programme::PacingPlan's; the records are programme::ExerciseStore's (linkIds in
// resources/programme/README.md).
//
// Which plan it shows, once `session` is set: `recordId`'s if given, else the newest plan, else
// none (`hasPlan` false: the set-up).
//
// The chart's x axis counts weeks from the start (0 = the first day); `fillQuota` gives the
// planned quota as a step line (flat for each week) and `fillLogs` the minutes done, one point a
// log at its day. `weeks` holds the same per week for the chart's words and the tests:
//   [{week: 1, from: date, quota: minutes, done: minutes logged, days: logs}]
class PacingPlanModel : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
    Q_PROPERTY(QString homeworkId READ homeworkId WRITE setHomeworkId NOTIFY homeworkIdChanged)

    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY planChanged)
    Q_PROPERTY(QString planId READ planId NOTIFY planChanged)
    Q_PROPERTY(QString activity READ activity NOTIFY planChanged)
    Q_PROPERTY(double baseline READ baseline NOTIFY planChanged)
    Q_PROPERTY(double quota READ quota NOTIFY planChanged)
    Q_PROPERTY(int increasePercent READ increasePercent NOTIFY planChanged)
    Q_PROPERTY(QDate startDate READ startDate NOTIFY planChanged)
    Q_PROPERTY(QString startDateText READ startDateText NOTIFY planChanged)
    Q_PROPERTY(int weekNumber READ weekNumber NOTIFY planChanged)
    Q_PROPERTY(double quotaToday READ quotaToday NOTIFY planChanged)
    // "Walk for 8 minutes, then rest."
    Q_PROPERTY(QString quotaText READ quotaText NOTIFY planChanged)
    Q_PROPERTY(QString planSummary READ planSummary NOTIFY planChanged)
    // [{id, date, dateText, minutes, painAfter (-1: not given), text}], newest first.
    Q_PROPERTY(QVariantList logs READ logs NOTIFY logsChanged)
    Q_PROPERTY(double doneToday READ doneToday NOTIFY logsChanged)
    Q_PROPERTY(QVariantList weeks READ weeks NOTIFY logsChanged)
    Q_PROPERTY(int chartWeeks READ chartWeeks NOTIFY logsChanged)
    Q_PROPERTY(double chartMaxMinutes READ chartMaxMinutes NOTIFY logsChanged)
    Q_PROPERTY(QString chartDescription READ chartDescription NOTIFY logsChanged)
    Q_PROPERTY(QString savedMessage READ savedMessage NOTIFY savedMessageChanged)

    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)

public:
    using Clock = std::function<QDateTime()>; // local now, with its UTC offset

    explicit PacingPlanModel(QObject* parent = nullptr);
    ~PacingPlanModel() override;

    void classBegin() override;
    void componentComplete() override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    const QString& recordId() const { return m_recordId; }
    void setRecordId(const QString& id);
    const QString& homeworkId() const { return m_homeworkId; }
    void setHomeworkId(const QString& id);
    // Tests fix "now" and read the programme from a folder.
    void setClock(Clock clock);
    void setProgrammeDirectory(const QString& directory);

    bool hasPlan() const { return m_plan.has_value(); }
    QString planId() const { return m_plan ? m_plan->id : QString(); }
    const QString& activity() const { return m_activity; }
    double baseline() const { return m_numbers.baseline; }
    double quota() const { return m_numbers.quota; }
    int increasePercent() const { return m_numbers.increasePercent; }
    QDate startDate() const { return m_numbers.startDate; }
    QString startDateText() const;
    int weekNumber() const;
    double quotaToday() const;
    QString quotaText() const;
    QString planSummary() const;
    const QVariantList& logs() const { return m_logs; }
    double doneToday() const;
    QVariantList weeks() const;
    int chartWeeks() const;
    double chartMaxMinutes() const;
    QString chartDescription() const;
    const QString& savedMessage() const { return m_savedMessage; }
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }

    // Reads the plan (see above).
    Q_INVOKABLE void load();
    // The numbers a set-up would give, before it is saved: {valid, baseline, quota, text}.
    // `tries` holds up to three numbers of minutes (empty strings or undefined: not tried).
    Q_INVOKABLE QVariantMap preview(const QVariantList& tries) const;
    // Saves a new plan (a completed pacing-plan record, checking off its homework) and shows it.
    // False with errorMessage when something is missing or out of range.
    Q_INVOKABLE bool savePlan(const QString& activity, const QVariantList& tries,
                              int increasePercent, const QDate& startDate);
    // Logs a day of the plan: minutes done, pain after (-1: not given), a note (may be empty).
    Q_INVOKABLE bool logDay(const QDate& date, double minutesDone, int painAfter,
                            const QString& note);
    Q_INVOKABLE QDate today() const;
    // The set-up again, for another activity (the plans saved stay).
    Q_INVOKABLE void startNewPlan();
    Q_INVOKABLE void clearError();

    // The chart's series (see above).
    Q_INVOKABLE void fillQuota(QXYSeries* target) const;
    Q_INVOKABLE void fillLogs(QXYSeries* target) const;

signals:
    void sessionChanged();
    void recordIdChanged();
    void homeworkIdChanged();
    void planChanged();
    void logsChanged();
    void savedMessageChanged();
    void errorChanged();
    void failed(const QString& message);

private:
    struct Log {
        QString id;
        QDate date;
        double minutes = 0;
        int painAfter = -1;
    };

    std::optional<programme::ExerciseStore> store();
    void ensureProgramme(); // read once, on first use
    void readPlan(const programme::ExerciseRecord& record);
    void readLogs(programme::ExerciseStore& records);
    void clearPlan();
    // The minutes tried; nullopt when one is not a number.
    static std::optional<std::vector<double>> triesOf(const QVariantList& tries);
    double weekPosition(const QDate& date) const; // weeks since the start, fractional
    void setSavedMessage(const QString& message);
    void setError(const QString& message, const QString& detail = {});
    void fail(const Error& error);

    QPointer<ProfileSession> m_session;
    QString m_recordId;
    QString m_homeworkId;
    bool m_complete = true;
    Clock m_clock;
    QString m_directory;
    std::unique_ptr<programme::Programme> m_programme;

    std::optional<programme::ExerciseRecord> m_plan;
    QString m_activity;
    programme::PacingPlan m_numbers;
    std::vector<Log> m_logRecords; // oldest first
    QVariantList m_logs;
    QString m_savedMessage;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
