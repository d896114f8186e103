#pragma once

#include "homework/HomeworkStore.h"
#include "profile/ProfileSession.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <functional>
#include <vector>

namespace pacewise::ui {

// The homework list: open homework first (overdue first, then by due date, with "Due today",
// "Due Friday", "2 days late"), then the most recent done ones. Each says how far along it is
// ("2 of 5 times") and whether it came from the clinic; it can be ticked off by hand, and the
// last tick taken back. With `dueSoonOnly` it holds the open homework that is overdue or due
// within kDueSoonDays (Home). Homework more than kOlderAfterDays late is not listed with the rest:
// a long pause would otherwise bury this week's homework under months of old tasks. The summary
// says how many there are, and `showOlder` lists them (section "older") to tick off after all.
class HomeworkListModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool dueSoonOnly READ dueSoonOnly WRITE setDueSoonOnly NOTIFY dueSoonOnlyChanged)
    Q_PROPERTY(int count READ count NOTIFY listChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY listChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY listChanged)
    Q_PROPERTY(int olderCount READ olderCount NOTIFY listChanged)
    Q_PROPERTY(bool showOlder READ showOlder WRITE setShowOlder NOTIFY showOlderChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY listChanged)
    // After a tick by hand: what was ticked off, until it is undone or another change is made.
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)

public:
    static constexpr int kDueSoonDays =
        2;                                // Home shows what is due today, tomorrow or the day after
    static constexpr int kDoneShown = 30; // the list shows this many done ones
    static constexpr int kOlderAfterDays = 28; // later than this: "older", folded away

    enum Role {
        HomeworkIdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        ExerciseIdRole, // "Do it now" opens it; empty: by hand only
        FromClinicRole,
        SectionRole, // "open", "older" or "done"
        OverdueRole,
        DueTextRole,   // "Due today", "Due Friday", "2 days late"; done: "Done on …"
        TimesTextRole, // "2 of 5 times"
        AccessibleTextRole,
        FirstInSectionRole, // the first open one, the first done one: the list's headings
    };

    explicit HomeworkListModel(QObject* parent = nullptr);
    ~HomeworkListModel() override;

    void classBegin() override;
    void componentComplete() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    bool dueSoonOnly() const { return m_dueSoonOnly; }
    void setDueSoonOnly(bool dueSoonOnly);
    int count() const { return int(m_rows.size()); }
    int openCount() const { return m_openCount; }
    int overdueCount() const { return m_overdueCount; }
    int olderCount() const { return m_olderCount; }
    bool showOlder() const { return m_showOlder; }
    void setShowOlder(bool showOlder);
    QString summaryText() const;
    const QString& undoText() const { return m_undoText; }
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }

    // Tests fix the time.
    void setClock(std::function<QDateTime()> clock);

    const homework::Homework& rowAt(int row) const { return m_rows[std::size_t(row)]; }
    Q_INVOKABLE int rowOf(const QString& homeworkId) const;

    Q_INVOKABLE void refresh();
    // One more time done, by hand.
    Q_INVOKABLE void checkOff(const QString& homeworkId);
    // Takes back the tick given last by hand.
    Q_INVOKABLE void undo();

signals:
    void sessionChanged();
    void dueSoonOnlyChanged();
    void showOlderChanged();
    void listChanged();
    void undoChanged();
    void errorChanged();

private:
    QDate today() const;
    bool older(const homework::Homework& homework) const;
    QString sectionOf(const homework::Homework& homework) const;
    void setUndo(const QString& homeworkId, const QString& text);
    void setError(const QString& message, const QString& detail = {});

    QPointer<ProfileSession> m_session;
    bool m_complete = true;
    bool m_dueSoonOnly = false;
    bool m_showOlder = false;
    std::function<QDateTime()> m_clock;
    std::vector<homework::Homework> m_rows;
    int m_openCount = 0;
    int m_overdueCount = 0;
    int m_olderCount = 0;
    QString m_undoId;
    QString m_undoText;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
