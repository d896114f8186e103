#pragma once

#include "profile/ProfileSession.h"
#include "programme/ProgrammeProgress.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <functional>
#include <vector>

namespace pacewise::ui {

// The programme's overview: the modules in order, each with its state (locked with the plain
// reason, ready, in progress with pages read and time spent, done), reading time, the button's
// word (Start, Continue, Read again) and the summary for family and caregivers. It also names
// the module to go on with, for Home.
class ProgrammeModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY modulesChanged)
    Q_PROPERTY(int doneCount READ doneCount NOTIFY modulesChanged)
    Q_PROPERTY(QString overallText READ overallText NOTIFY modulesChanged)
    // The module to go on with (the first in progress, else the first ready); empty when none.
    Q_PROPERTY(QString nextModuleId READ nextModuleId NOTIFY modulesChanged)
    Q_PROPERTY(QString nextModuleText READ nextModuleText NOTIFY modulesChanged)
    Q_PROPERTY(QString nextLessonText READ nextLessonText NOTIFY modulesChanged)
    Q_PROPERTY(QString nextActionText READ nextActionText NOTIFY modulesChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)

public:
    enum Role {
        ModuleIdRole = Qt::UserRole + 1,
        NumberRole,
        TitleRole,
        GoalRole,
        SummaryRole,
        StateRole,           // "locked", "available", "inProgress", "done"
        StateTextRole,       // "Opens when you finish Module 2: Setting goals", "In progress", ...
        ProgressTextRole,    // "5 of 12 pages read, 18 minutes spent"; empty before starting
        ReadingTimeTextRole, // "About 20 minutes of reading"
        ActionTextRole,      // "Start", "Continue", "Read again"
        CanOpenRole,
        UnlockedByClinicRole,
        AccessibleTextRole, // the module in one sentence
    };

    explicit ProgrammeModel(QObject* parent = nullptr);
    ~ProgrammeModel() override;

    void classBegin() override;
    void componentComplete() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    int count() const { return int(m_rows.size()); }
    int doneCount() const;
    QString overallText() const;
    QString nextModuleId() const;
    QString nextModuleText() const;
    QString nextLessonText() const;
    QString nextActionText() const;
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }

    // Tests fix the time and read the programme from a folder instead of the compiled-in one.
    void setClock(std::function<QDateTime()> clock);
    void setProgrammeDirectory(const QString& directory);

    Q_INVOKABLE int rowOf(const QString& moduleId) const;
    Q_INVOKABLE void refresh();

signals:
    void sessionChanged();
    void modulesChanged();
    void errorChanged();

private:
    struct Row {
        QString moduleId;
        int number = 0;
        QString title;
        QString goal;
        QString summary;
        int minutes = 0;
        programme::ModuleProgress progress;
        QString stateText;
        QString positionLessonTitle;
    };

    void setError(const QString& message, const QString& detail = {});
    const Row* nextRow() const;

    QPointer<ProfileSession> m_session;
    bool m_complete = true;
    std::function<QDateTime()> m_clock;
    QString m_directory;
    std::vector<Row> m_rows;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
