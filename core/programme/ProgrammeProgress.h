#pragma once

#include "programme/UnlockRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace pacewise::store {
class Database;
}

namespace pacewise::programme {

class Programme;

// Where the reader was in a module: it opens there again, after a restart too.
struct ReadingPosition {
    QString lessonId; // empty: the module's first lesson
    int pageIndex = 0;
};

// One module's progress as stored (table programme_modules) with what the overview shows.
struct ModuleProgress {
    QString moduleId;
    QString recordId; // client-made UUID: the Task identifier on the clinic's server
    ModuleStatus status;
    QDateTime startedAt;   // UTC; null: not started
    QDateTime completedAt; // UTC; null: not done
    qint64 timeSpentMs = 0;
    int pagesRead = 0;
    int pageCount = 0;
    ReadingPosition position;
};

// Progress through the programme: pages read, reading position, time spent, completion, and the
// unlock rules applied to them. Every change that matters to the clinic (a module started,
// finished, or more time spent) queues kind "module-progress" (a FHIR Task, entity id =
// recordId) in the same transaction. Starting a module assigns its homework (HomeworkStore).
// Clinic unlocks come from the clinic's CarePlan through sync (ClinicDirectives) and are read
// from settings key "programme.clinic_unlocks" (a JSON array of module ids).
class ProgrammeProgress {
    Q_DECLARE_TR_FUNCTIONS(ProgrammeProgress)

public:
    using Clock = std::function<QDateTime()>; // UTC now; injectable for tests
    static constexpr char kClinicUnlocksKey[] = "programme.clinic_unlocks";

    ProgrammeProgress(store::Database& db, const Programme& programme, Clock clock = {});

    std::vector<ModuleProgress> modules() const;          // every module, by number, rules applied
    ModuleProgress module(const QString& moduleId) const; // Error(NotFound) when unknown
    ReadingPosition position(const QString& moduleId) const;

    // The patient is looking at this page: stores the position (durable when it returns), marks
    // the page read, starts the module on its first page (assigning its homework) and completes
    // it when its last unread page is read. A locked module is refused (Error(InvalidInput),
    // saying what it waits for); an unknown lesson or page index → Error(InvalidInput).
    void openPage(const QString& moduleId, const QString& lessonId, int pageIndex);
    // Reading time, added as the reader is left or every minute while it stays open; a span
    // over 30 minutes counts as 30 (a window left open is not reading).
    void addTimeSpent(const QString& moduleId, qint64 milliseconds);

    // What a locked module waits for, in a sentence for the patient (openPage's refusal).
    QString lockedMessage(const LockReason& reason) const;

    QStringList clinicUnlocked() const;
    // Replaces the clinic's unlocks (ClinicDirectives calls this inside its transaction).
    static void setClinicUnlocked(store::Database& db, const QStringList& moduleIds);

    // The synthetic generator: marks a module read through as of `startedAt`..`completedAt`
    // (every page, time spent) in the caller's transaction, with its outbox row and homework.
    void recordCompleted(const QString& moduleId, const QDateTime& startedAt,
                         const QDateTime& completedAt, qint64 timeSpentMs);

private:
    store::Database& m_db;
    const Programme& m_programme;
    Clock m_clock;
};

} // namespace pacewise::programme
