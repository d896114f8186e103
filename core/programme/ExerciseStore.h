#pragma once

#include "measures/Scoring.h" // measures::Answers

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace pacewise::store {
class Database;
}

namespace pacewise::programme {

class Programme;
struct Exercise;

// One filled-in exercise: a thought record, a pacing plan or one log against it, a relaxation
// practice, a night of the sleep diary, a problem-solving worksheet, the flare-up plan.
struct ExerciseRecord {
    QString id;                // client-made UUID
    QString exerciseId;        // Exercise::id
    measures::Answers answers; // linkId -> answer, checked against the exercise's Questionnaire
    QString parentId;          // a pacing log: its plan's record id
    QString homeworkId;    // the homework it was done for (checked off on completion), may be empty
    QDateTime startedAt;   // UTC
    QDateTime updatedAt;   // UTC
    QDateTime completedAt; // UTC; null: a draft
    int utcOffset = 0;     // seconds east of UTC at start
    QDate localDate;       // local date of start
    bool completed() const { return completedAt.isValid(); }
};

// Reads and writes exercise records (table exercise_records). A completed record is queued as
// kind "exercise-record" (a QuestionnaireResponse, entity id = record id) in the same
// transaction; editing a completed record (the flare-up plan is kept up to date) queues it again
// (status amended). Completing a record checks off one open homework of the same exercise (the
// record's homeworkId if set, else the one due soonest).
class ExerciseStore {
    Q_DECLARE_TR_FUNCTIONS(ExerciseStore)

public:
    using Clock = std::function<QDateTime()>; // UTC now

    ExerciseStore(store::Database& db, const Programme& programme, Clock clock = {});

    // A new record (not stored until save or complete).
    ExerciseRecord create(const QString& exerciseId, const QString& parentId = {},
                          const QString& homeworkId = {}) const;
    // The newest draft of this exercise, if any (a worksheet left half-done opens again).
    std::optional<ExerciseRecord> draft(const QString& exerciseId) const;
    // Stores it as a draft, or, if already completed, as an edit of the completed record (queued
    // again). Answers are checked like questionnaire answers (wrong type, unknown option, out of
    // range → Error(InvalidInput) naming the field). Durable when it returns.
    void save(ExerciseRecord& record);
    // Checks the required fields (Error(InvalidInput) naming the first one missing), stores,
    // queues, checks off homework. Returns the homework id checked off (empty if none). A record
    // already completed is saved as an edit instead (queued again, nothing checked off).
    // A pacing log's parent must exist (Error(InvalidInput)).
    QString complete(ExerciseRecord& record);
    void discard(const QString& recordId); // a draft only

    std::optional<ExerciseRecord> find(const QString& recordId) const;
    // Completed records of one exercise, newest first; `limit` 0 = all.
    std::vector<ExerciseRecord> completed(const QString& exerciseId, int limit = 0) const;
    // Completed records under a parent (a plan's logs), oldest first.
    std::vector<ExerciseRecord> children(const QString& parentId) const;
    int count(const QString& exerciseId = {}) const; // completed ones

    // The synthetic generator: stores completed records in the caller's transaction, queued,
    // without homework check-off.
    void insertCompleted(const std::vector<ExerciseRecord>& records);

private:
    const Exercise& exercise(const QString& exerciseId) const; // Error(NotFound) when unknown
    // Answers checked, id, start and local date filled in; the parent must exist.
    void prepare(ExerciseRecord& record) const;
    void checkRequired(const ExerciseRecord& record) const;
    void write(const ExerciseRecord& record, bool exists); // inside the caller's transaction

    store::Database& m_db;
    const Programme& m_programme;
    Clock m_clock;
};

} // namespace pacewise::programme
