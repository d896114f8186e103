#include "homework/HomeworkStore.h"

#include "error/Error.h"
#include "fhir/ProgrammeResources.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QUuid>
#include <algorithm>

namespace pacewise::homework {
namespace {

// The check-off count is read with the row, so a list never needs a second query per homework.
constexpr char kSelect[] =
    "SELECT h.id, h.source, h.module_id, h.template_id, h.clinic_task_id, h.clinic_version, "
    "h.title, h.description, h.exercise_id, h.target_count, h.assigned_at, h.due_date, h.status, "
    "h.completed_at, h.updated_at, "
    "(SELECT count(*) FROM homework_checkoffs c WHERE c.homework_id = h.id) "
    "FROM homework h ";

// The most a homework can ask for: the content schema allows 1-50 times, a clinic Task the same.
constexpr int kMaxTarget = 50;

const char* statusName(Homework::Status status) {
    switch (status) {
    case Homework::Status::Open:
        return "open";
    case Homework::Status::Done:
        return "done";
    case Homework::Status::Cancelled:
        return "cancelled";
    }
    return "open";
}

Homework::Status statusFrom(const QString& name) {
    if (name == QLatin1String("done"))
        return Homework::Status::Done;
    if (name == QLatin1String("cancelled"))
        return Homework::Status::Cancelled;
    return Homework::Status::Open;
}

QDateTime utcFromMs(const store::Statement& s, int column) {
    if (s.isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(s.int64(column), Qt::UTC);
}

Homework readHomework(const store::Statement& s) {
    Homework h;
    h.id = s.text(0);
    h.source =
        s.text(1) == QLatin1String("clinic") ? Homework::Source::Clinic : Homework::Source::Module;
    h.moduleId = s.text(2);
    h.templateId = s.text(3);
    h.clinicTaskId = s.text(4);
    h.clinicVersion = s.text(5);
    h.title = s.text(6);
    h.description = s.text(7);
    h.exerciseId = s.text(8);
    h.target = int(s.int64(9));
    h.assignedAt = utcFromMs(s, 10);
    h.dueDate = QDate::fromString(s.text(11), Qt::ISODate);
    h.status = statusFrom(s.text(12));
    h.completedAt = utcFromMs(s, 13);
    h.updatedAt = utcFromMs(s, 14);
    h.doneCount = int(s.int64(15));
    return h;
}

std::vector<Homework> readAll(store::Statement& query) {
    std::vector<Homework> rows;
    while (query.step())
        rows.push_back(readHomework(query));
    return rows;
}

void queue(store::Database& db, const QString& homeworkId, store::Outbox::Operation operation) {
    store::Outbox(db).enqueue(QLatin1String(fhir::kHomeworkKind), homeworkId, operation);
}

// The homework is done from the check-off that reached its target: status and completed_at
// follow from the check-offs, so a check-off taken back undoes exactly what it did. Cancelled
// homework keeps its status.
void settle(store::Database& db, const Homework& h, std::int64_t nowMs) {
    store::Statement reached =
        db.prepare("SELECT done_at FROM homework_checkoffs WHERE homework_id = ? ORDER BY done_at "
                   "LIMIT 1 OFFSET ?");
    reached.bind(1, h.id).bind(2, h.target - 1);
    const bool done = reached.step();
    store::Statement update = db.prepare(
        "UPDATE homework SET completed_at = ?2, updated_at = ?3, "
        "status = CASE WHEN status = 'cancelled' THEN status WHEN ?2 IS NULL THEN 'open' "
        "ELSE 'done' END WHERE id = ?1");
    update.bind(1, h.id);
    if (done)
        update.bind(2, reached.int64(0));
    else
        update.bindNull(2);
    update.bind(3, nowMs).run();
}

} // namespace

HomeworkStore::HomeworkStore(store::Database& db, Clock clock)
    : m_db(db)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); }) {}

std::vector<Homework> HomeworkStore::list(Filter filter, int limit) const {
    std::string sql = kSelect;
    switch (filter) {
    case Filter::Open:
        // ISO dates sort as text: the oldest due date (the most overdue) comes first.
        sql += "WHERE h.status = 'open' ORDER BY h.due_date, h.title, h.id";
        break;
    case Filter::Done:
        sql += "WHERE h.status = 'done' ORDER BY h.completed_at DESC, h.id DESC";
        break;
    case Filter::All:
        sql += "ORDER BY h.assigned_at DESC, h.id DESC";
        break;
    }
    if (limit > 0)
        sql += " LIMIT " + std::to_string(limit);
    store::Statement query = m_db.prepare(sql);
    return readAll(query);
}

std::optional<Homework> HomeworkStore::find(const QString& id) const {
    store::Statement query = m_db.prepare(std::string(kSelect) + "WHERE h.id = ?");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return readHomework(query);
}

std::vector<Homework> HomeworkStore::openFor(const QString& exerciseId) const {
    if (exerciseId.isEmpty())
        return {}; // homework without an exercise is ticked by hand only
    store::Statement query = m_db.prepare(
        std::string(kSelect) +
        "WHERE h.status = 'open' AND h.exercise_id = ? ORDER BY h.due_date, h.assigned_at, h.id");
    query.bind(1, exerciseId);
    return readAll(query);
}

Homework HomeworkStore::assignFromModule(const QString& moduleId, const QString& templateId,
                                         const QString& title, const QString& description,
                                         const QString& exerciseId, int target,
                                         const QDate& dueDate) {
    if (moduleId.isEmpty() || templateId.isEmpty())
        throw Error(ErrorCode::Internal, tr("Internal error."),
                    QStringLiteral("HomeworkStore::assignFromModule without module or template"));
    if (title.trimmed().isEmpty())
        throw Error(ErrorCode::InvalidInput, tr("Homework needs a title."), templateId);
    if (target < 1 || target > kMaxTarget)
        throw Error(ErrorCode::InvalidInput,
                    tr("Homework must be done from 1 to %1 times.").arg(kMaxTarget), templateId);
    if (!dueDate.isValid())
        throw Error(ErrorCode::InvalidInput, tr("Homework needs a due date."), templateId);

    // Inside ProgrammeProgress's transaction when a module is started; else in our own.
    std::optional<store::Transaction> transaction;
    if (!m_db.inTransaction())
        transaction.emplace(m_db);

    store::Statement existing =
        m_db.prepare(std::string(kSelect) +
                     "WHERE h.source = 'module' AND h.module_id = ? AND h.template_id = ? "
                     "ORDER BY h.assigned_at, h.id LIMIT 1");
    existing.bind(1, moduleId).bind(2, templateId);
    if (existing.step())
        return readHomework(existing); // the module was started before: one homework, not two

    const QDateTime now = m_clock().toUTC();
    Homework h;
    h.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    h.source = Homework::Source::Module;
    h.moduleId = moduleId;
    h.templateId = templateId;
    h.title = title;
    h.description = description;
    h.exerciseId = exerciseId;
    h.target = target;
    h.assignedAt = now;
    h.dueDate = dueDate;
    h.updatedAt = now;
    m_db.prepare("INSERT INTO homework (id, source, module_id, template_id, title, description, "
                 "exercise_id, target_count, assigned_at, due_date, status, updated_at) "
                 "VALUES (?, 'module', ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)")
        .bind(1, h.id)
        .bind(2, h.moduleId)
        .bind(3, h.templateId)
        .bind(4, h.title)
        .bind(5, h.description)
        .bind(6, h.exerciseId)
        .bind(7, h.target)
        .bind(8, now.toMSecsSinceEpoch())
        .bind(9, h.dueDate.toString(Qt::ISODate))
        .bind(10, now.toMSecsSinceEpoch())
        .run();
    queue(m_db, h.id, store::Outbox::Operation::Create);
    if (transaction)
        transaction->commit();
    return h;
}

void HomeworkStore::checkOff(const QString& id, const QString& exerciseRecordId) {
    // Inside ExerciseStore's transaction when an exercise is finished; else in our own.
    std::optional<store::Transaction> transaction;
    if (!m_db.inTransaction())
        transaction.emplace(m_db);

    const std::optional<Homework> h = find(id);
    if (!h)
        throw Error(ErrorCode::NotFound, tr("This homework no longer exists."), id);
    if (h->status == Homework::Status::Cancelled)
        throw Error(ErrorCode::InvalidInput,
                    tr("This homework was cancelled, so it cannot be ticked off."), id);

    // done_at is part of the key: two ticks within the same millisecond (a double click, a
    // clock that stands still in a test) are kept one millisecond apart rather than refused.
    const QDateTime now = m_clock().toUTC();
    store::Statement last =
        m_db.prepare("SELECT max(done_at) FROM homework_checkoffs WHERE homework_id = ?");
    last.bind(1, id);
    last.step();
    std::int64_t doneAt = now.toMSecsSinceEpoch();
    if (!last.isNull(0))
        doneAt = std::max(doneAt, last.int64(0) + 1);

    store::Statement insert =
        m_db.prepare("INSERT INTO homework_checkoffs (homework_id, done_at, local_date, "
                     "exercise_record_id) VALUES (?, ?, ?, ?)");
    insert.bind(1, id).bind(2, doneAt).bind(
        3,
        QDateTime::fromMSecsSinceEpoch(doneAt, Qt::UTC).toLocalTime().date().toString(Qt::ISODate));
    if (exerciseRecordId.isEmpty())
        insert.bindNull(4);
    else
        insert.bind(4, exerciseRecordId);
    insert.run();

    // A check-off past the target changes nothing but the count: the homework stays done from
    // the day it was first done.
    settle(m_db, *h, now.toMSecsSinceEpoch());
    queue(m_db, id, store::Outbox::Operation::Update);
    if (transaction)
        transaction->commit();
}

void HomeworkStore::undoCheckOff(const QString& id) {
    std::optional<store::Transaction> transaction;
    if (!m_db.inTransaction())
        transaction.emplace(m_db);
    const std::optional<Homework> h = find(id);
    if (!h)
        throw Error(ErrorCode::NotFound, tr("This homework no longer exists."), id);
    if (h->status == Homework::Status::Cancelled)
        throw Error(ErrorCode::InvalidInput,
                    tr("This homework was cancelled, so it cannot be changed."), id);

    // Only a tick given by hand: a finished exercise stays counted (it is a record of its own).
    store::Statement last = m_db.prepare(
        "SELECT done_at FROM homework_checkoffs WHERE homework_id = ? AND exercise_record_id IS "
        "NULL ORDER BY done_at DESC LIMIT 1");
    last.bind(1, id);
    if (!last.step())
        throw Error(ErrorCode::InvalidInput,
                    tr("There is no tick given by hand to take back for this homework."), id);
    m_db.prepare("DELETE FROM homework_checkoffs WHERE homework_id = ? AND done_at = ?")
        .bind(1, id)
        .bind(2, last.int64(0))
        .run();

    settle(m_db, *h, m_clock().toUTC().toMSecsSinceEpoch());
    queue(m_db, id, store::Outbox::Operation::Update);
    if (transaction)
        transaction->commit();
}

int HomeworkStore::count() const {
    store::Statement query = m_db.prepare("SELECT count(*) FROM homework");
    query.step();
    return int(query.int64(0));
}

QDate HomeworkStore::firstDueDate() const {
    store::Statement query = m_db.prepare("SELECT min(due_date) FROM homework");
    query.step();
    return query.isNull(0) ? QDate() : QDate::fromString(query.text(0), Qt::ISODate);
}

void HomeworkStore::insertGenerated(const std::vector<Generated>& rows) {
    std::optional<store::Transaction> transaction;
    if (!m_db.inTransaction())
        transaction.emplace(m_db);

    store::Statement insert = m_db.prepare(
        "INSERT INTO homework (id, source, module_id, template_id, clinic_task_id, "
        "clinic_version, title, description, exercise_id, target_count, assigned_at, due_date, "
        "status, completed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    store::Statement addCheckOff =
        m_db.prepare("INSERT INTO homework_checkoffs (homework_id, done_at, local_date) "
                     "VALUES (?, ?, ?)");
    for (const Generated& row : rows) {
        const Homework& h = row.homework;
        if (h.id.isEmpty() || h.title.trimmed().isEmpty() || !h.dueDate.isValid() ||
            !h.assignedAt.isValid() || h.target < 1 || h.target > kMaxTarget)
            throw Error(
                ErrorCode::Internal, tr("Internal error."),
                QStringLiteral("HomeworkStore::insertGenerated: incomplete homework %1").arg(h.id));
        std::vector<std::int64_t> times;
        times.reserve(row.checkOffs.size());
        for (const QDateTime& at : row.checkOffs)
            times.push_back(at.toMSecsSinceEpoch());
        std::sort(times.begin(), times.end());
        times.erase(std::unique(times.begin(), times.end()), times.end());

        // Status and completion follow from the check-offs, as for real ones.
        Homework::Status status = h.status;
        QDateTime completedAt;
        if (status != Homework::Status::Cancelled) {
            const bool reached = int(times.size()) >= h.target;
            status = reached ? Homework::Status::Done : Homework::Status::Open;
            if (reached)
                completedAt =
                    QDateTime::fromMSecsSinceEpoch(times[std::size_t(h.target - 1)], Qt::UTC);
        }
        const QDateTime updatedAt = h.updatedAt.isValid()   ? h.updatedAt
                                    : completedAt.isValid() ? completedAt
                                                            : h.assignedAt;

        insert.reset();
        insert.bind(1, h.id)
            .bind(2,
                  QString::fromLatin1(h.source == Homework::Source::Clinic ? "clinic" : "module"))
            .bind(3, h.moduleId)
            .bind(4, h.templateId);
        if (h.clinicTaskId.isEmpty())
            insert.bindNull(5).bindNull(6);
        else
            insert.bind(5, h.clinicTaskId).bind(6, h.clinicVersion);
        insert.bind(7, h.title)
            .bind(8, h.description)
            .bind(9, h.exerciseId)
            .bind(10, h.target)
            .bind(11, h.assignedAt.toMSecsSinceEpoch())
            .bind(12, h.dueDate.toString(Qt::ISODate))
            .bind(13, QString::fromLatin1(statusName(status)));
        if (completedAt.isValid())
            insert.bind(14, completedAt.toMSecsSinceEpoch());
        else
            insert.bindNull(14);
        insert.bind(15, updatedAt.toMSecsSinceEpoch()).run();

        for (const std::int64_t at : times) {
            addCheckOff.reset();
            addCheckOff.bind(1, h.id)
                .bind(2, at)
                .bind(3, QDateTime::fromMSecsSinceEpoch(at, Qt::UTC)
                             .toLocalTime()
                             .date()
                             .toString(Qt::ISODate))
                .run();
        }
        queue(m_db, h.id, store::Outbox::Operation::Create);
    }
    if (transaction)
        transaction->commit();
}

} // namespace pacewise::homework
