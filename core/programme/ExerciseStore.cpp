#include "programme/ExerciseStore.h"

#include "error/Error.h"
#include "fhir/ProgrammeResources.h"
#include "homework/HomeworkStore.h"
#include "programme/Programme.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QUuid>
#include <optional>

namespace pacewise::programme {
namespace {

constexpr char kColumns[] = "id, exercise_id, answers, parent_id, homework_id, started_at, "
                            "updated_at, completed_at, utc_offset, local_date";

QDateTime fromMs(const store::Statement& s, int column) {
    return s.isNull(column) ? QDateTime()
                            : QDateTime::fromMSecsSinceEpoch(s.int64(column), Qt::UTC);
}

ExerciseRecord readRecord(const store::Statement& s) {
    ExerciseRecord r;
    r.id = s.text(0);
    r.exerciseId = s.text(1);
    r.answers = measures::answersFromJson(s.text(2));
    r.parentId = s.text(3);
    r.homeworkId = s.text(4);
    r.startedAt = fromMs(s, 5);
    r.updatedAt = fromMs(s, 6);
    r.completedAt = fromMs(s, 7);
    r.utcOffset = int(s.int64(8));
    r.localDate = QDate::fromString(s.text(9), Qt::ISODate);
    return r;
}

std::vector<ExerciseRecord> readAll(store::Statement& query) {
    std::vector<ExerciseRecord> records;
    while (query.step())
        records.push_back(readRecord(query));
    return records;
}

// Where the patient is: the offset of the machine's zone at that moment.
int localOffsetAt(const QDateTime& utc) {
    return utc.toLocalTime().offsetFromUtc();
}

// NULL rather than '' for "none": parent_id has a partial index on NOT NULL.
void bindOptional(store::Statement& s, int index, const QString& value) {
    if (value.isEmpty())
        s.bindNull(index);
    else
        s.bind(index, value);
}

} // namespace

ExerciseStore::ExerciseStore(store::Database& db, const Programme& programme, Clock clock)
    : m_db(db)
    , m_programme(programme)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); }) {}

const Exercise& ExerciseStore::exercise(const QString& exerciseId) const {
    const Exercise* found = m_programme.exercise(exerciseId);
    if (!found)
        throw Error(ErrorCode::NotFound,
                    tr("This exercise is not available in this version of Pacewise."), exerciseId);
    return *found;
}

ExerciseRecord ExerciseStore::create(const QString& exerciseId, const QString& parentId,
                                     const QString& homeworkId) const {
    const Exercise& e = exercise(exerciseId);
    ExerciseRecord r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.exerciseId = e.id;
    r.parentId = parentId;
    r.homeworkId = homeworkId;
    r.startedAt = m_clock().toUTC();
    r.updatedAt = r.startedAt;
    r.utcOffset = localOffsetAt(r.startedAt);
    r.localDate = r.startedAt.toOffsetFromUtc(r.utcOffset).date();
    return r;
}

std::optional<ExerciseRecord> ExerciseStore::draft(const QString& exerciseId) const {
    store::Statement query =
        m_db.prepare(std::string("SELECT ") + kColumns +
                     " FROM exercise_records WHERE exercise_id = ? AND completed_at IS NULL "
                     "ORDER BY updated_at DESC, id DESC LIMIT 1");
    query.bind(1, exerciseId);
    if (!query.step())
        return std::nullopt;
    return readRecord(query);
}

void ExerciseStore::checkRequired(const ExerciseRecord& record) const {
    const measures::Questionnaire& q = exercise(record.exerciseId).questionnaire;
    if (const measures::Item* missing = q.firstUnansweredRequired(record.answers))
        throw Error(ErrorCode::InvalidInput,
                    tr("Please answer \"%1\" before finishing.").arg(missing->shownName()),
                    missing->linkId);
}

void ExerciseStore::prepare(ExerciseRecord& record) const {
    record.answers = exercise(record.exerciseId).questionnaire.checkedAnswers(record.answers);
    if (!record.parentId.isEmpty()) {
        // A pacing log belongs to a plan that exists (its chart is drawn against it).
        const std::optional<ExerciseRecord> parent = find(record.parentId);
        if (!parent || parent->id == record.id)
            throw Error(ErrorCode::InvalidInput,
                        tr("The plan this record belongs to no longer exists."), record.parentId);
    }
    if (record.id.isEmpty())
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!record.startedAt.isValid()) {
        record.startedAt = m_clock().toUTC();
        record.utcOffset = localOffsetAt(record.startedAt);
    }
    record.startedAt = record.startedAt.toUTC();
    if (!record.localDate.isValid())
        record.localDate = record.startedAt.toOffsetFromUtc(record.utcOffset).date();
}

void ExerciseStore::write(const ExerciseRecord& record, bool exists) {
    const QString url = exercise(record.exerciseId).questionnaire.url;
    const QString version = exercise(record.exerciseId).questionnaire.version;
    store::Statement s = m_db.prepare(
        exists ? "UPDATE exercise_records SET answers = ?2, parent_id = ?3, homework_id = ?4, "
                 "updated_at = ?5, completed_at = ?6, questionnaire_url = ?7, "
                 "questionnaire_version = ?8 WHERE id = ?1"
               : "INSERT INTO exercise_records (id, answers, parent_id, homework_id, updated_at, "
                 "completed_at, questionnaire_url, questionnaire_version, exercise_id, "
                 "started_at, utc_offset, local_date) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    s.bind(1, record.id).bind(2, measures::answersToJson(record.answers));
    bindOptional(s, 3, record.parentId);
    bindOptional(s, 4, record.homeworkId);
    s.bind(5, record.updatedAt.toMSecsSinceEpoch());
    if (record.completed())
        s.bind(6, record.completedAt.toMSecsSinceEpoch());
    else
        s.bindNull(6);
    s.bind(7, url).bind(8, version);
    if (!exists)
        s.bind(9, record.exerciseId)
            .bind(10, record.startedAt.toMSecsSinceEpoch())
            .bind(11, record.utcOffset)
            .bind(12, record.localDate.toString(Qt::ISODate));
    s.run();
}

void ExerciseStore::save(ExerciseRecord& record) {
    ExerciseRecord checked = record;
    prepare(checked);
    store::Transaction transaction(m_db);
    const std::optional<ExerciseRecord> existing = find(checked.id);
    if (existing && existing->exerciseId != checked.exerciseId)
        throw Error(ErrorCode::Internal,
                    tr("These answers belong to another exercise; nothing was saved."), checked.id);
    checked.updatedAt = m_clock().toUTC();
    // The store decides whether this is a draft or an edit of a finished record.
    checked.completedAt = existing ? existing->completedAt : QDateTime();
    if (checked.completed()) {
        // The edited record goes to the clinic again and must still be a whole record.
        checkRequired(checked);
        checked.homeworkId = existing->homeworkId;
    }
    write(checked, existing.has_value());
    if (checked.completed())
        store::Outbox(m_db).enqueue(QLatin1String(fhir::kExerciseRecordKind), checked.id,
                                    store::Outbox::Operation::Update);
    transaction.commit();
    record = std::move(checked);
}

QString ExerciseStore::complete(ExerciseRecord& record) {
    if (const std::optional<ExerciseRecord> done = find(record.id); done && done->completed()) {
        save(record); // finished already: this is an edit, without a second check-off
        return {};
    }
    ExerciseRecord checked = record;
    prepare(checked);
    checkRequired(checked);
    store::Transaction transaction(m_db);
    const std::optional<ExerciseRecord> existing = find(checked.id);
    if (existing && existing->exerciseId != checked.exerciseId)
        throw Error(ErrorCode::Internal,
                    tr("These answers belong to another exercise; nothing was saved."), checked.id);
    const QDateTime now = m_clock().toUTC();
    checked.updatedAt = now;
    checked.completedAt = now;

    homework::HomeworkStore homework(m_db, m_clock);
    QString checkedOff;
    if (!checked.homeworkId.isEmpty()) {
        const std::optional<homework::Homework> named = homework.find(checked.homeworkId);
        if (named && named->status != homework::Homework::Status::Cancelled)
            checkedOff = named->id;
    }
    if (checkedOff.isEmpty()) {
        const std::vector<homework::Homework> open = homework.openFor(checked.exerciseId);
        if (!open.empty())
            checkedOff = open.front().id;
    }
    checked.homeworkId = checkedOff;
    write(checked, existing.has_value());
    store::Outbox(m_db).enqueue(QLatin1String(fhir::kExerciseRecordKind), checked.id,
                                store::Outbox::Operation::Create);
    if (!checkedOff.isEmpty())
        homework.checkOff(checkedOff, checked.id);
    transaction.commit();
    record = std::move(checked);
    return checkedOff;
}

void ExerciseStore::discard(const QString& recordId) {
    store::Transaction transaction(m_db);
    const std::optional<ExerciseRecord> existing = find(recordId);
    if (!existing)
        return; // never saved: nothing to discard
    if (existing->completed())
        throw Error(ErrorCode::InvalidInput,
                    tr("A finished exercise cannot be discarded; it is part of your history."),
                    recordId);
    store::Statement remove =
        m_db.prepare("DELETE FROM exercise_records WHERE id = ? AND completed_at IS NULL");
    remove.bind(1, recordId).run();
    transaction.commit();
}

std::optional<ExerciseRecord> ExerciseStore::find(const QString& recordId) const {
    store::Statement query =
        m_db.prepare(std::string("SELECT ") + kColumns + " FROM exercise_records WHERE id = ?");
    query.bind(1, recordId);
    if (!query.step())
        return std::nullopt;
    return readRecord(query);
}

std::vector<ExerciseRecord> ExerciseStore::completed(const QString& exerciseId, int limit) const {
    store::Statement query =
        m_db.prepare(std::string("SELECT ") + kColumns +
                     " FROM exercise_records WHERE exercise_id = ? AND completed_at IS NOT NULL "
                     "ORDER BY completed_at DESC, id DESC LIMIT ?");
    query.bind(1, exerciseId).bind(2, limit > 0 ? limit : -1);
    return readAll(query);
}

std::vector<ExerciseRecord> ExerciseStore::children(const QString& parentId) const {
    store::Statement query =
        m_db.prepare(std::string("SELECT ") + kColumns +
                     " FROM exercise_records WHERE parent_id = ? AND completed_at IS NOT NULL "
                     "ORDER BY started_at, id");
    query.bind(1, parentId);
    return readAll(query);
}

int ExerciseStore::count(const QString& exerciseId) const {
    store::Statement query = m_db.prepare(
        exerciseId.isEmpty()
            ? "SELECT count(*) FROM exercise_records WHERE completed_at IS NOT NULL"
            : "SELECT count(*) FROM exercise_records WHERE completed_at IS NOT NULL AND "
              "exercise_id = ?");
    if (!exerciseId.isEmpty())
        query.bind(1, exerciseId);
    query.step();
    return int(query.int64(0));
}

void ExerciseStore::insertCompleted(const std::vector<ExerciseRecord>& records) {
    if (!m_db.inTransaction())
        throw Error(ErrorCode::Internal, QStringLiteral("Internal error."),
                    QStringLiteral("ExerciseStore::insertCompleted outside a transaction"));
    store::Outbox outbox(m_db);
    for (ExerciseRecord record : records) {
        prepare(record);
        checkRequired(record);
        if (!record.completedAt.isValid())
            record.completedAt = record.startedAt;
        record.completedAt = record.completedAt.toUTC();
        if (!record.updatedAt.isValid())
            record.updatedAt = record.completedAt;
        write(record, false);
        outbox.enqueue(QLatin1String(fhir::kExerciseRecordKind), record.id,
                       store::Outbox::Operation::Create);
    }
}

} // namespace pacewise::programme
