#pragma once

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

namespace pacewise::homework {

// One piece of homework, whether a module assigned it or the clinician did (a FHIR Task pulled
// through sync): the same model, the same list, the same statistics.
struct Homework {
    enum class Source { Module, Clinic };
    enum class Status { Open, Done, Cancelled };
    QString id; // client-made UUID
    Source source = Source::Module;
    QString moduleId;      // Module: the module that assigned it
    QString templateId;    // Module: its HomeworkTemplate id
    QString clinicTaskId;  // Clinic: the Task's id on the server
    QString clinicVersion; // Clinic: the Task version last seen (sent as If-Match)
    QString title;
    QString description;
    QString exerciseId;   // doing this exercise checks it off; empty: by hand only
    int target = 1;       // times to do it
    int doneCount = 0;    // check-offs so far
    QDateTime assignedAt; // UTC
    QDate dueDate;        // local
    Status status = Status::Open;
    QDateTime completedAt; // UTC, when doneCount reached target
    QDateTime updatedAt;

    // Open and past its due date (as of `today`).
    bool overdue(const QDate& today) const { return status == Status::Open && dueDate < today; }
};

// Homework rows and their check-offs (tables homework, homework_checkoffs). Every change queues
// kind "homework" (a FHIR Task, entity id = homework id) in the same transaction: a module's
// homework is a Task the patient owns (created with the Pacewise identifier); a clinic's is the
// clinic's Task, updated with If-Match on the version seen.
class HomeworkStore {
    Q_DECLARE_TR_FUNCTIONS(HomeworkStore)

public:
    using Clock = std::function<QDateTime()>; // UTC now

    explicit HomeworkStore(store::Database& db, Clock clock = {});

    enum class Filter { Open, Done, All };
    // Open: by due date (overdue first), then title; Done/All: newest first. `limit` 0 = all.
    std::vector<Homework> list(Filter filter, int limit = 0) const;
    std::optional<Homework> find(const QString& id) const;
    // Open homework that doing `exerciseId` would check off, soonest due first.
    std::vector<Homework> openFor(const QString& exerciseId) const;

    // A module's homework (ProgrammeProgress calls this inside its transaction when a module is
    // started). Assigning the same module template twice returns the first one.
    Homework assignFromModule(const QString& moduleId, const QString& templateId,
                              const QString& title, const QString& description,
                              const QString& exerciseId, int target, const QDate& dueDate);

    // One more time done: by hand (exerciseRecordId empty) or by finishing an exercise. The
    // homework is done when the count reaches its target; later check-offs are still counted.
    // A cancelled homework is refused (Error(InvalidInput)).
    void checkOff(const QString& id, const QString& exerciseRecordId = {});
    // Takes back the last check-off made by hand (a tick given by mistake); reopens it.
    void undoCheckOff(const QString& id);
    int count() const; // every homework row
    // The earliest due date of any homework, cancelled included: where "all time" starts for
    // adherence. Null when there is none.
    QDate firstDueDate() const;

    // The synthetic generator: stores rows with their check-offs in the caller's transaction,
    // queued.
    struct Generated {
        Homework homework;
        std::vector<QDateTime> checkOffs; // UTC
    };
    void insertGenerated(const std::vector<Generated>& rows);

private:
    store::Database& m_db;
    Clock m_clock;
};

} // namespace pacewise::homework
