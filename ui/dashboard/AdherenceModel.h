#pragma once

#include "DashboardModel.h"
#include "profile/ProfileSession.h"

#include <QBarSet>
#include <QDate>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QStringList>
#include <functional>
#include <vector>

namespace pacewise::ui {

// Homework adherence on the progress screen, from core's homework::adherence for the
// dashboard's range: the overall figure in a sentence ("You did 34 of 45 homework tasks that
// were due (76 %)") and a bar per week (per month beyond three months, where weekly bars would be
// too thin to read) stacked as done on time, done late and not done, filled into Qt Charts bar
// sets from here, with the chart in words for assistive technology.
class AdherenceModel : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(
        pacewise::ui::DashboardModel::Range range READ range WRITE setRange NOTIFY rangeChanged)
    Q_PROPERTY(bool hasData READ hasData NOTIFY figuresChanged)
    Q_PROPERTY(bool byMonth READ byMonth NOTIFY figuresChanged)
    Q_PROPERTY(QString overallText READ overallText NOTIFY figuresChanged)
    Q_PROPERTY(QString openText READ openText NOTIFY figuresChanged)
    Q_PROPERTY(QString chartTitle READ chartTitle NOTIFY figuresChanged)
    Q_PROPERTY(QString chartText READ chartText NOTIFY figuresChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY figuresChanged)
    Q_PROPERTY(int valueMax READ valueMax NOTIFY figuresChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY figuresChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY figuresChanged)

public:
    // One bar: a week (or a month) of homework that fell due.
    struct Bar {
        QDate start; // a Monday, or the first of a month
        int due = 0;
        int doneOnTime = 0;
        int doneLate = 0;
        int notDone() const { return due - doneOnTime - doneLate; }
    };

    explicit AdherenceModel(QObject* parent = nullptr);
    ~AdherenceModel() override;

    void classBegin() override;
    void componentComplete() override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    DashboardModel::Range range() const { return m_range; }
    void setRange(DashboardModel::Range range);
    // Tests fix "today".
    void setToday(std::function<QDate()> today);

    bool hasData() const { return m_due > 0; }
    bool byMonth() const { return m_byMonth; }
    QString overallText() const;
    QString openText() const;
    QString chartTitle() const;
    QString chartText() const;
    QStringList categories() const;
    int valueMax() const;
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    const std::vector<Bar>& bars() const { return m_bars; }

    Q_INVOKABLE void refresh();
    // Replaces the values of the chart's three stacked sets, one value per bar.
    Q_INVOKABLE void fillBars(QBarSet* onTime, QBarSet* late, QBarSet* notDone) const;

signals:
    void sessionChanged();
    void rangeChanged();
    void figuresChanged();

private:
    QString barLabel(const Bar& bar) const;

    QPointer<ProfileSession> m_session;
    bool m_complete = true;
    DashboardModel::Range m_range = DashboardModel::Month;
    std::function<QDate()> m_today;
    QDate m_from;
    QDate m_to;
    bool m_byMonth = false;
    std::vector<Bar> m_bars;
    int m_due = 0;
    int m_doneOnTime = 0;
    int m_doneLate = 0;
    int m_overdue = 0;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
