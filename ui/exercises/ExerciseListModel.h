#pragma once

#include "profile/ProfileSession.h"

#include <QAbstractListModel>
#include <QDate>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QVariantList>
#include <functional>
#include <vector>

namespace pacewise::ui {

// The exercises of the programme for the Exercises page, in the programme's order: what each is
// for, how many times it was done and when last, whether a half-done one waits, and the open
// homework that doing it would check off ("For your homework: 2 of 5 times"). recentRecords()
// gives the finished records of one exercise to open again.
class ExerciseListModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)

public:
    enum Role {
        ExerciseIdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        DoneCountRole,     // completed records
        DoneTextRole,      // "Done 3 times, last on 4 March" / "Not done yet"
        LastDoneRole,      // QDate; null when never
        HasDraftRole,      // a half-done one waits: the button says Continue
        HomeworkIdRole,    // the open homework it would check off (soonest due); empty: none
        HomeworkTextRole,  // "For your homework: 2 of 5 times, by 6 March"
        AccessibleTextRole // the row in one sentence
    };

    struct Row {
        QString exerciseId;
        QString title;
        QString description;
        int doneCount = 0;
        QDate lastDone;
        bool hasDraft = false;
        QString homeworkId;
        QString homeworkText;
    };

    explicit ExerciseListModel(QObject* parent = nullptr);
    ~ExerciseListModel() override;

    void classBegin() override;
    void componentComplete() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    int count() const { return int(m_rows.size()); }
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }
    // Tests read the programme from a folder and fix "today".
    void setProgrammeDirectory(const QString& directory);
    void setToday(std::function<QDate()> today);

    const Row& rowAt(int row) const { return m_rows[std::size_t(row)]; }
    Q_INVOKABLE int rowOf(const QString& exerciseId) const;
    // The newest finished records of one exercise: [{recordId, dateText, summary}], where the
    // summary is the start of the first answer (shown on screen only).
    Q_INVOKABLE QVariantList recentRecords(const QString& exerciseId, int limit = 5) const;

    // Reads the records and homework again (after an exercise).
    Q_INVOKABLE void refresh();

signals:
    void sessionChanged();
    void countChanged();
    void errorChanged();

private:
    QString doneText(const Row& row) const;
    void setError(const QString& message, const QString& detail = {});

    QPointer<ProfileSession> m_session;
    bool m_complete = true;
    QString m_directory;
    std::function<QDate()> m_today;
    std::vector<Row> m_rows;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
