#pragma once

#include "profile/ProfileSession.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QStringList>
#include <functional>
#include <vector>

namespace pacewise::ui {

// Every questionnaire Pacewise can show, with where it stands on the patient's schedule: due,
// overdue, done (until the next one), or not on the schedule ("any time"); whether a started one
// waits to be continued; the last result with its band. Overdue ones come first, then due, then
// the rest in the library's order. With `dueOnly` it holds the due and overdue ones only (Home).
//
// Questionnaire files that could not be read are left out and named in `problems`, one calm
// sentence each: the others work as usual.
class MeasureListModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool dueOnly READ dueOnly WRITE setDueOnly NOTIFY dueOnlyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int dueCount READ dueCount NOTIFY countChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(QString problemsText READ problemsText NOTIFY problemsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)

public:
    enum Role {
        MeasureIdRole = Qt::UserRole + 1,
        TitleRole,
        StateRole,     // "due", "overdue", "done" or "any"
        StateTextRole, // "Due today", "Overdue: it was due …", "Done. Next one …", "Any time"
        DueDateRole,
        LastCompletedRole,     // QDate; null when never
        LastCompletedTextRole, // "Last filled in on …" / "Not filled in yet"
        InProgressRole,        // a started one waits: the button says Continue
        ActionTextRole,        // "Start" / "Continue"
        LastScoreTextRole,     // "Last result: 12 out of 27, Moderate" / empty
        BandLabelRole,
        AccessibleTextRole, // the row in one sentence
    };

    struct Row {
        QString measureId;
        QString title;
        QString state;
        QString stateText;
        QDate dueDate;
        QDate lastCompleted;
        bool inProgress = false;
        QString lastScoreText;
        QString bandLabel;
    };

    explicit MeasureListModel(QObject* parent = nullptr);
    ~MeasureListModel() override;

    void classBegin() override;
    void componentComplete() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    bool dueOnly() const { return m_dueOnly; }
    void setDueOnly(bool dueOnly);
    int count() const { return int(m_rows.size()); }
    int dueCount() const { return m_dueCount; }
    const QStringList& problems() const { return m_problems; }
    QString problemsText() const;
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }
    // Tests fix "today"; the default is the local date.
    void setToday(std::function<QDate()> today);
    // Tests read the measures from a folder instead of the compiled-in ones.
    void setMeasureDirectory(const QString& directory);

    const Row& rowAt(int row) const { return m_rows[std::size_t(row)]; }
    Q_INVOKABLE int rowOf(const QString& measureId) const;

    // Reads the library, the schedule and the responses again (after a questionnaire).
    Q_INVOKABLE void refresh();

signals:
    void sessionChanged();
    void dueOnlyChanged();
    void countChanged();
    void problemsChanged();
    void errorChanged();

private:
    void setError(const QString& message, const QString& detail = {});

    QPointer<ProfileSession> m_session;
    bool m_complete = true;
    bool m_dueOnly = false;
    std::function<QDate()> m_today;
    QString m_directory;
    std::vector<Row> m_rows;
    int m_dueCount = 0;
    QStringList m_problems;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
