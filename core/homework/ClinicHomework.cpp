#include "homework/ClinicHomework.h"

#include "error/Error.h"
#include "fhir/FhirElements.h"
#include "programme/Programme.h"
#include "store/Database.h"
#include "sync/ClinicConnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <optional>

namespace pacewise::homework {
namespace {

// As the content schema allows a module's homework (and HomeworkStore checks): 1 to 50 times.
constexpr int kMaxTimes = 50;
constexpr int kDaysWhenNoDueDate = 7;

// Task statuses that take the homework away from the patient's list.
bool withdrawn(const QString& status) {
    return status == QLatin1String("cancelled") || status == QLatin1String("entered-in-error") ||
           status == QLatin1String("rejected") || status == QLatin1String("failed");
}

// A CodeableConcept names `name` in one of its codings or in its text: a clinic's tool may write
// either ("times" as our task-parameter code, or as plain text).
bool names(const QJsonObject& type, const QString& name) {
    if (type.value(QLatin1String("text")).toString() == name)
        return true;
    for (const QJsonValue& c : type.value(QLatin1String("coding")).toArray()) {
        if (c.toObject().value(QLatin1String("code")).toString() == name)
            return true;
    }
    return false;
}

std::optional<QJsonValue> input(const QJsonObject& task, const QString& name,
                                const char* valueElement) {
    for (const QJsonValue& i : task.value(QLatin1String("input")).toArray()) {
        const QJsonObject o = i.toObject();
        if (names(o.value(QLatin1String("type")).toObject(), name))
            return o.value(QLatin1String(valueElement));
    }
    return std::nullopt;
}

bool isHomework(const QJsonObject& task) {
    const QJsonObject code = task.value(QLatin1String("code")).toObject();
    if (code.isEmpty())
        return !fhir::fhirString(task.value(QLatin1String("description")).toString()).isEmpty();
    for (const QJsonValue& c : code.value(QLatin1String("coding")).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(QLatin1String("system")).toString() ==
                QLatin1String(ClinicHomework::kTaskTypeSystem) &&
            o.value(QLatin1String("code")).toString() == QLatin1String("homework"))
            return true;
    }
    return false;
}

bool isOurs(const QJsonObject& task) {
    for (const QJsonValue& i : task.value(QLatin1String("identifier")).toArray()) {
        if (i.toObject()
                .value(QLatin1String("system"))
                .toString()
                .startsWith(QLatin1String("urn:pacewise:")))
            return true;
    }
    return false;
}

// A FHIR date or dateTime as the patient's local day; a null date when it is neither (or only a
// year or a month: a due date needs a day).
QDate localDay(const QString& value) {
    if (value.size() == 10)
        return QDate::fromString(value, Qt::ISODate);
    const QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().date() : QDate();
}

QDateTime instant(const QString& value) {
    if (value.size() == 10) {
        const QDate day = QDate::fromString(value, Qt::ISODate);
        return day.isValid() ? day.startOfDay(Qt::UTC) : QDateTime();
    }
    return QDateTime::fromString(value, Qt::ISODateWithMs).toUTC();
}

// What the clinician asked, read from their Task.
struct Assignment {
    QString title;
    QString description;
    QString exerciseId;
    int target = 1;
    QDate dueDate;
    QDateTime assignedAt; // UTC
    bool withdrawn = false;
};

// The clinician's Task as homework, or a problem that refuses it (in `problem`: what is wrong,
// never the Task's text).
std::optional<Assignment> readAssignment(const QJsonObject& task, QString& problem) {
    Assignment a;
    a.title = fhir::fhirString(task.value(QLatin1String("description")).toString());
    if (a.title.isEmpty()) {
        problem = ClinicHomework::tr("it has no description, which is the homework's title");
        return std::nullopt;
    }
    const QJsonArray notes = task.value(QLatin1String("note")).toArray();
    if (!notes.isEmpty())
        a.description = fhir::fhirString(notes.first()[QLatin1String("text")].toString());

    if (const std::optional<QJsonValue> times =
            input(task, QStringLiteral("times"), "valueInteger")) {
        if (!times->isDouble() || times->toDouble() != double(times->toInt()) ||
            times->toInt() < 1 || times->toInt() > kMaxTimes) {
            problem = ClinicHomework::tr("its input \"times\" must be a whole number from 1 to %1")
                          .arg(kMaxTimes);
            return std::nullopt;
        }
        a.target = times->toInt();
    }
    if (const std::optional<QJsonValue> exercise =
            input(task, QStringLiteral("exercise"), "valueString"))
        a.exerciseId = exercise->toString().trimmed();

    const QString meta =
        task.value(QLatin1String("meta")).toObject().value(QLatin1String("lastUpdated")).toString();
    a.assignedAt = instant(task.value(QLatin1String("authoredOn")).toString());
    if (!a.assignedAt.isValid())
        a.assignedAt = instant(meta);
    if (!a.assignedAt.isValid())
        a.assignedAt = QDateTime::currentDateTimeUtc();

    const QString end = task.value(QLatin1String("executionPeriod"))
                            .toObject()
                            .value(QLatin1String("end"))
                            .toString();
    if (!end.isEmpty()) {
        a.dueDate = localDay(end);
        if (!a.dueDate.isValid()) {
            problem = ClinicHomework::tr("its executionPeriod.end is not a day");
            return std::nullopt;
        }
    } else {
        a.dueDate = a.assignedAt.toLocalTime().date().addDays(kDaysWhenNoDueDate);
    }
    a.withdrawn = withdrawn(task.value(QLatin1String("status")).toString());
    return a;
}

bool forThisPatient(const QJsonObject& task, const QString& patientReference) {
    if (patientReference.isEmpty())
        return true;
    const QString target =
        task.value(QLatin1String("for")).toObject().value(QLatin1String("reference")).toString();
    // Relative ("Patient/7") or absolute ("https://clinic.example/fhir/R4/Patient/7").
    return target == patientReference || target.endsWith(QLatin1Char('/') + patientReference);
}

// Exercises by id, read once per apply and only when a Task names one.
class ExerciseIds {
public:
    bool known(const QString& exerciseId) {
        if (!m_programme)
            m_programme = programme::Programme::load(QStringLiteral("en"));
        return m_programme->exercise(exerciseId) != nullptr;
    }

private:
    std::optional<programme::Programme> m_programme;
};

void insert(store::Database& db, const QString& taskId, const QString& version, const Assignment& a,
            std::int64_t nowMs) {
    store::Statement row = db.prepare(
        "INSERT INTO homework (id, source, clinic_task_id, clinic_version, title, description, "
        "exercise_id, target_count, assigned_at, due_date, status, updated_at) "
        "VALUES (?, 'clinic', ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)");
    row.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, taskId);
    if (version.isEmpty())
        row.bindNull(3);
    else
        row.bind(3, version);
    row.bind(4, a.title)
        .bind(5, a.description)
        .bind(6, a.exerciseId)
        .bind(7, a.target)
        .bind(8, a.assignedAt.toMSecsSinceEpoch())
        .bind(9, a.dueDate.toString(Qt::ISODate))
        .bind(10, nowMs)
        .run();
}

// The clinician's fields replaced; the patient's check-offs stay, and status and completion
// follow from them against the (perhaps new) target, as HomeworkStore settles them: done from
// the check-off that reached the target. A withdrawn Task cancels; one sent again reopens.
void update(store::Database& db, const QString& homeworkId, const QString& version,
            const Assignment& a, std::int64_t nowMs) {
    store::Statement row = db.prepare(
        "UPDATE homework SET clinic_version = ?2, title = ?3, description = ?4, exercise_id = ?5, "
        "target_count = ?6, due_date = ?7, updated_at = ?8, "
        "completed_at = CASE WHEN ?9 THEN completed_at ELSE (SELECT c.done_at FROM "
        "homework_checkoffs c WHERE c.homework_id = ?1 ORDER BY c.done_at LIMIT 1 OFFSET ?6 - 1) "
        "END, "
        "status = CASE WHEN ?9 THEN 'cancelled' WHEN (SELECT count(*) FROM homework_checkoffs c "
        "WHERE c.homework_id = ?1) >= ?6 THEN 'done' ELSE 'open' END "
        "WHERE id = ?1");
    row.bind(1, homeworkId);
    if (version.isEmpty())
        row.bindNull(2);
    else
        row.bind(2, version);
    row.bind(3, a.title)
        .bind(4, a.description)
        .bind(5, a.exerciseId)
        .bind(6, a.target)
        .bind(7, a.dueDate.toString(Qt::ISODate))
        .bind(8, nowMs)
        .bind(9, a.withdrawn ? 1 : 0)
        .run();
}

} // namespace

QStringList ClinicHomework::apply(store::Database& db) {
    QStringList problems;
    const std::optional<sync::ClinicEndpoint> endpoint = sync::ClinicConnection(db).endpoint();
    const QString patientReference = endpoint ? endpoint->patientReference() : QString();

    std::optional<store::Transaction> transaction;
    if (!db.inTransaction())
        transaction.emplace(db);

    // Tasks not already applied at their version. The patient's own Tasks (module progress and
    // homework, pulled back after our push) are most of them over the years: the identifier
    // written by Qt's compact JSON leaves them out before any is parsed.
    store::Statement tasks = db.prepare(
        "SELECT t.id, t.version_id, t.resource, h.id FROM clinic_resources t "
        "LEFT JOIN homework h ON h.clinic_task_id = t.id "
        "WHERE t.resource_type = 'Task' "
        "AND t.resource NOT LIKE '%\"system\":\"urn:pacewise:%' "
        "AND (h.id IS NULL OR t.version_id IS NULL OR h.clinic_version IS NOT t.version_id) "
        "ORDER BY t.last_updated, t.id");
    ExerciseIds exercises;
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    while (tasks.step()) {
        const QString taskId = tasks.text(0);
        const QString version = tasks.isNull(1) ? QString() : tasks.text(1);
        const QJsonObject task = QJsonDocument::fromJson(tasks.text(2).toUtf8()).object();
        const QString homeworkId = tasks.isNull(3) ? QString() : tasks.text(3);
        const QString reference = QStringLiteral("Task/") + taskId;
        if (isOurs(task) || !isHomework(task))
            continue;
        if (!forThisPatient(task, patientReference)) {
            problems << reference + QStringLiteral(": ") +
                            tr("it is for another patient; it was left out");
            continue;
        }
        QString problem;
        std::optional<Assignment> assignment = readAssignment(task, problem);
        if (!assignment) {
            problems << reference + QStringLiteral(": ") + problem;
            continue;
        }
        if (!assignment->exerciseId.isEmpty() && !exercises.known(assignment->exerciseId)) {
            // Still homework, ticked off by hand; the clinic hears of its typo.
            problems << reference + QStringLiteral(": ") +
                            tr("its exercise \"%1\" is not one Pacewise has; it is ticked off by "
                               "hand")
                                .arg(assignment->exerciseId);
            assignment->exerciseId.clear();
        }
        if (!homeworkId.isEmpty()) {
            update(db, homeworkId, version, *assignment, nowMs);
            continue;
        }
        const QString status = task.value(QLatin1String("status")).toString();
        // Nothing to do for the patient: withdrawn before it arrived, finished, or not yet sent.
        if (assignment->withdrawn || status == QLatin1String("completed") ||
            status == QLatin1String("draft"))
            continue;
        insert(db, taskId, version, *assignment, nowMs);
    }

    if (transaction)
        transaction->commit();
    return problems;
}

} // namespace pacewise::homework
