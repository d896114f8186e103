#pragma once

#include "profile/ProfileSession.h"
#include "programme/ExerciseStore.h"
#include "programme/Programme.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QVariantList>
#include <QVariantMap>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace pacewise {
class Error;
}

namespace pacewise::ui {

// One exercise record being filled in, for every exercise screen (thought record, sleep diary,
// problem-solving, flare-up plan; the relaxation and pacing screens may use it too). The fields
// are the exercise's Questionnaire (resources/programme/<locale>/exercises/); the record is kept
// by programme::ExerciseStore.
//
// Which record it opens, once `session` and `exerciseId` are set (load() again after a change):
//   - `recordId` set: that record (a draft goes on; a completed one is edited in place);
//   - else the newest draft of the exercise (a worksheet left half-done opens again; a pacing
//     log only if it is for the same `parentId`);
//   - else, for the flare-up plan (one living plan), the newest completed one, edited in place;
//   - else a new record, stored with the first answer.
// `currentRecordId` is the record open now.
//
// setAnswer() stores the answer at once (ExerciseStore::save, durable when it returns): closing
// the window or a crash loses nothing, and the draft opens again next time. An edit of a
// completed record is stored the same way and queued for the clinic again. Bad input (not a
// number, out of range, not a date) is refused with an `errorMessage` that names the field, and
// `errorLinkId` says which field it was.
//
// `fields` lists the questions, in order, each a map:
//   {linkId, text, type: "string"|"text"|"integer"|"decimal"|"boolean"|"choice"|"date"|"time",
//    required, min, max (numbers; undefined when open), options: [{code, display}],
//    lowerLabel, upperLabel, help}
// ("text" is several lines of the patient's own words, "string" one line.)
// `answers` maps a linkId to its answer: a string ("text"/"string"/"choice" code), a number, a
// bool, a date as "yyyy-MM-dd", a time as "HH:mm".
//
// complete() checks the required fields (canComplete / missingReason say it beforehand), stores
// the record as completed (queued for the clinic) and checks off one homework of the exercise
// (`homeworkId` if given, else the one due soonest): `checkedOffHomeworkId` and `homeworkMessage`
// say which. For a completed record being edited, complete() saves the edit.
class ExerciseSession : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString exerciseId READ exerciseId WRITE setExerciseId NOTIFY exerciseIdChanged)
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
    Q_PROPERTY(QString parentId READ parentId WRITE setParentId NOTIFY parentIdChanged)
    Q_PROPERTY(QString homeworkId READ homeworkId WRITE setHomeworkId NOTIFY homeworkIdChanged)

    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QString currentRecordId READ currentRecordId NOTIFY loadedChanged)
    // An unfinished draft was opened again.
    Q_PROPERTY(bool resumed READ resumed NOTIFY loadedChanged)
    // A completed record is open: answers change it in place.
    Q_PROPERTY(bool editing READ editing NOTIFY completedChanged)
    Q_PROPERTY(QString title READ title NOTIFY loadedChanged)
    Q_PROPERTY(QString description READ description NOTIFY loadedChanged)
    Q_PROPERTY(QVariantList fields READ fields NOTIFY loadedChanged)
    // A QVariant holding the map: qmllint (Qt 6.4) rejects look-ups by key on a QVariantMap.
    Q_PROPERTY(QVariant answers READ answersValue NOTIFY answersChanged)
    Q_PROPERTY(bool canComplete READ canComplete NOTIFY answersChanged)
    Q_PROPERTY(QString missingReason READ missingReason NOTIFY answersChanged)
    Q_PROPERTY(bool completed READ completed NOTIFY completedChanged)
    Q_PROPERTY(QDateTime completedAt READ completedAt NOTIFY completedChanged)
    Q_PROPERTY(QString checkedOffHomeworkId READ checkedOffHomeworkId NOTIFY completedChanged)
    Q_PROPERTY(QString homeworkMessage READ homeworkMessage NOTIFY completedChanged)

    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)
    Q_PROPERTY(QString errorLinkId READ errorLinkId NOTIFY errorChanged)

public:
    using Clock = std::function<QDateTime()>; // local now, with its UTC offset

    explicit ExerciseSession(QObject* parent = nullptr);
    ~ExerciseSession() override;

    void classBegin() override;
    void componentComplete() override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    const QString& exerciseId() const { return m_exerciseId; }
    void setExerciseId(const QString& id);
    const QString& recordId() const { return m_recordId; }
    void setRecordId(const QString& id);
    const QString& parentId() const { return m_parentId; }
    void setParentId(const QString& id);
    const QString& homeworkId() const { return m_homeworkId; }
    void setHomeworkId(const QString& id);
    // Tests fix "now" and read the programme from a folder.
    void setClock(Clock clock);
    void setProgrammeDirectory(const QString& directory);

    bool loaded() const { return m_exercise != nullptr; }
    QString currentRecordId() const { return loaded() ? m_record.id : QString(); }
    bool resumed() const { return m_resumed; }
    bool editing() const { return loaded() && m_record.completed() && m_wasCompletedAtLoad; }
    QString title() const;
    QString description() const;
    const QVariantList& fields() const { return m_fields; }
    QVariantMap answers() const;
    QVariant answersValue() const { return answers(); }
    bool canComplete() const { return loaded() && missingReason().isEmpty(); }
    QString missingReason() const;
    bool completed() const { return m_record.completed(); }
    QDateTime completedAt() const { return m_record.completedAt; }
    const QString& checkedOffHomeworkId() const { return m_checkedOff; }
    const QString& homeworkMessage() const { return m_homeworkMessage; }
    const programme::ExerciseRecord& record() const { return m_record; }

    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }
    const QString& errorLinkId() const { return m_errorLinkId; }

    // Reads the exercise and opens its record (see above).
    Q_INVOKABLE void load();
    // Stores one answer at once; an empty string or an undefined value clears it. False (and
    // errorMessage naming the field) when the value does not fit the field or storing failed.
    Q_INVOKABLE bool setAnswer(const QString& linkId, const QVariant& value);
    Q_INVOKABLE QVariant answer(const QString& linkId) const;
    // Completes the record (or saves the edit of a completed one). False with errorMessage when
    // a required field is missing or storing failed.
    Q_INVOKABLE bool complete();
    // Throws the draft away (a completed record is kept) and starts a new one.
    Q_INVOKABLE bool discard();
    // After a completed record: a new, empty one of the same exercise.
    Q_INVOKABLE void startNew();
    Q_INVOKABLE void clearError();

signals:
    void sessionChanged();
    void exerciseIdChanged();
    void recordIdChanged();
    void parentIdChanged();
    void homeworkIdChanged();
    void loadedChanged();
    void answersChanged();
    void completedChanged();
    void errorChanged();
    void failed(const QString& message);

private:
    struct Field {
        const measures::Item* item = nullptr;
        QString kind; // the "type" of `fields`
    };

    void reloadIfReady();
    void collectFields();
    const Field* field(const QString& linkId) const;
    // The answer for `value`, or nullopt with the error set (nullopt and no error: clear it).
    std::optional<measures::Answer> toAnswer(const Field& field, const QVariant& value,
                                             bool* clear);
    programme::ExerciseStore store(store::Database& db) const;
    store::Database* database();
    QString fieldName(const Field& field) const;
    void describeHomework(store::Database& db);
    void setError(const QString& message, const QString& detail = {}, const QString& linkId = {});
    void fail(const Error& error, const QString& linkId = {});

    QPointer<ProfileSession> m_session;
    QString m_exerciseId;
    QString m_recordId;
    QString m_parentId;
    QString m_homeworkId;
    bool m_complete = true;
    Clock m_clock;
    QString m_directory;

    std::unique_ptr<programme::Programme> m_programme;
    const programme::Exercise* m_exercise = nullptr;
    programme::ExerciseRecord m_record;
    std::vector<Field> m_items;
    QVariantList m_fields;
    bool m_resumed = false;
    bool m_stored = false; // the record is in the store
    bool m_wasCompletedAtLoad = false;
    QString m_checkedOff;
    QString m_homeworkMessage;

    QString m_errorMessage;
    QString m_errorDetail;
    QString m_errorLinkId;
};

} // namespace pacewise::ui
