#include "fhir/ProgrammeResources.h"

#include "error/Error.h"
#include "fhir/DiaryObservation.h"
#include "fhir/FhirElements.h"
#include "fhir/MeasureResources.h"
#include "homework/ClinicHomework.h"
#include "homework/HomeworkStore.h"
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "programme/ExerciseStore.h"
#include "programme/Programme.h"
#include "programme/ProgrammeProgress.h"

#include <QJsonArray>
#include <cmath>

namespace pacewise::fhir {
namespace {

// The names of a Task's inputs and outputs. ClinicHomework reads a clinic's Task by the same
// codes ("times", "exercise"), so a clinic writes them as Pacewise does.
const QString kTaskParameterSystem =
    QStringLiteral("https://pacewise.app/fhir/CodeSystem/task-parameter");
const QString kPartOfRecordExtension =
    QStringLiteral("https://pacewise.app/fhir/StructureDefinition/part-of-record");

[[noreturn]] void internal(const char* what) {
    throw Error(ErrorCode::Internal, QStringLiteral("Internal error."), QLatin1String(what));
}

QJsonObject identifierOf(const char* kind, const QString& id) {
    return QJsonObject{{QLatin1String("system"), identifierSystem(QLatin1String(kind))},
                       {QLatin1String("value"), id}};
}

QJsonObject reference(const QString& target) {
    return QJsonObject{{QLatin1String("reference"), target}};
}

QJsonObject taskCode(const QString& code, const QString& display) {
    return codeableConcept(
        coding(QLatin1String(homework::ClinicHomework::kTaskTypeSystem), code, display));
}

QJsonObject parameterType(const QString& code, const QString& display, const QString& text = {}) {
    return codeableConcept(coding(kTaskParameterSystem, code, display), text);
}

// A Task input or output: its type and one value element ("valueInteger": 3).
QJsonObject parameter(const QJsonObject& type, const char* valueElement, const QJsonValue& value) {
    return QJsonObject{{QLatin1String("type"), type}, {QLatin1String(valueElement), value}};
}

// The patient's clock is not kept with module progress: UTC, written with its zero offset.
QString utcDateTime(const QDateTime& utc) {
    return fhirDateTime(utc.toUTC(), 0);
}

QString homeworkStatus(const homework::Homework& homework) {
    switch (homework.status) {
    case homework::Homework::Status::Done:
        return QStringLiteral("completed");
    case homework::Homework::Status::Cancelled:
        return QStringLiteral("cancelled");
    case homework::Homework::Status::Open:
        break;
    }
    return homework.doneCount > 0 ? QStringLiteral("in-progress") : QStringLiteral("requested");
}

QJsonArray doneOutput(const homework::Homework& homework) {
    return QJsonArray{parameter(parameterType(QStringLiteral("done"), QStringLiteral("Times done")),
                                "valueInteger", homework.doneCount)};
}

// Task.lastModified may not come before authoredOn (invariant inv-1): the patient's clock may be
// behind the clinic's, and some servers (Medplum's engine) compare the two as text. So it is
// never earlier than authoredOn, and written in authoredOn's own form: its offset, "Z" or not,
// milliseconds or not.
QString lastModifiedAfter(const QDateTime& updatedAt, const QString& authoredOn) {
    if (authoredOn.size() == 10) { // a date only: compared by day
        const QDate day = QDate::fromString(authoredOn, Qt::ISODate);
        return day.isValid() && updatedAt.toUTC().date() < day ? authoredOn
                                                               : utcDateTime(updatedAt);
    }
    const QDateTime authored = QDateTime::fromString(authoredOn, Qt::ISODateWithMs);
    if (!authored.isValid())
        return utcDateTime(updatedAt);
    if (updatedAt <= authored)
        return authoredOn;
    const QDateTime shifted = updatedAt.toOffsetFromUtc(authored.offsetFromUtc());
    const bool milliseconds = authoredOn.indexOf(QLatin1Char('.'), 10) > 0;
    QString text = shifted.toString(milliseconds ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                                 : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (authoredOn.endsWith(QLatin1Char('Z')))
        return text + QLatin1Char('Z');
    return text + authoredOn.right(6); // "+01:00"
}

// The patient's part of a clinic's Task: what was done and how far; everything else stays the
// clinician's, exactly as last pulled.
QJsonObject mergedClinicTask(const homework::Homework& homework, QJsonObject task) {
    if (task.value(QLatin1String("resourceType")).toString() != QLatin1String("Task") ||
        task.value(QLatin1String("id")).toString().isEmpty())
        internal("homeworkTask: the clinic's Task is not a stored Task");
    task.insert(QLatin1String("status"), homeworkStatus(homework));
    task.insert(QLatin1String("output"), doneOutput(homework));
    task.insert(
        QLatin1String("lastModified"),
        lastModifiedAfter(homework.updatedAt, task.value(QLatin1String("authoredOn")).toString()));
    return task;
}

} // namespace

QJsonObject moduleProgressTask(const programme::Module& module,
                               const programme::ModuleProgress& progress,
                               const QString& patientReference) {
    if (progress.recordId.isEmpty() || progress.moduleId.isEmpty() || patientReference.isEmpty())
        internal("moduleProgressTask: progress without record or module id, or no patient");
    const QString title = fhirString(module.title);
    const QString name = title.isEmpty() ? progress.moduleId : title;

    QJsonObject task;
    task.insert(QLatin1String("resourceType"), QLatin1String("Task"));
    task.insert(QLatin1String("identifier"),
                QJsonArray{identifierOf(kModuleProgressKind, progress.recordId)});
    const bool done = progress.completedAt.isValid();
    const bool started = progress.startedAt.isValid();
    task.insert(QLatin1String("status"), done      ? QLatin1String("completed")
                                         : started ? QLatin1String("in-progress")
                                                   : QLatin1String("requested"));
    task.insert(QLatin1String("intent"), QLatin1String("plan"));
    task.insert(QLatin1String("code"),
                taskCode(QStringLiteral("programme-module"), QStringLiteral("Programme module")));
    task.insert(
        QLatin1String("description"),
        module.number > 0
            ? QStringLiteral("Pacewise programme, module %1: %2").arg(module.number).arg(name)
            : QStringLiteral("Pacewise programme module: %1").arg(name));
    task.insert(QLatin1String("focus"), QJsonObject{{QLatin1String("display"), name}});
    task.insert(QLatin1String("for"), reference(patientReference));
    task.insert(QLatin1String("owner"), reference(patientReference));
    if (started) {
        QJsonObject period{{QLatin1String("start"), utcDateTime(progress.startedAt)}};
        if (done)
            period.insert(QLatin1String("end"), utcDateTime(progress.completedAt));
        task.insert(QLatin1String("executionPeriod"), period);
        task.insert(QLatin1String("authoredOn"), utcDateTime(progress.startedAt));
    }

    QJsonArray input{parameter(parameterType(QStringLiteral("module"), QStringLiteral("Module id")),
                               "valueString", progress.moduleId)};
    if (!title.isEmpty())
        input.append(
            parameter(parameterType(QStringLiteral("module-title"), QStringLiteral("Module title")),
                      "valueString", title));
    task.insert(QLatin1String("input"), input);

    // Reading time in whole minutes: what a clinician compares between modules.
    const qint64 minutes = std::llround(double(progress.timeSpentMs) / 60000.0);
    QJsonArray output{
        parameter(parameterType(QStringLiteral("time-spent"), QStringLiteral("Time spent reading")),
                  "valueDuration",
                  QJsonObject{{QLatin1String("value"), minutes},
                              {QLatin1String("unit"), QLatin1String("min")},
                              {QLatin1String("system"), kUcumSystem},
                              {QLatin1String("code"), QLatin1String("min")}}),
        parameter(parameterType(QStringLiteral("pages-read"), QStringLiteral("Pages read"),
                                QStringLiteral("Pages read of %1").arg(progress.pageCount)),
                  "valueInteger", progress.pagesRead)};
    task.insert(QLatin1String("output"), output);
    return task;
}

QJsonObject exerciseResponse(const programme::Exercise& exercise,
                             const programme::ExerciseRecord& record,
                             const QString& patientReference) {
    if (record.id.isEmpty() || !record.completed())
        internal("exerciseResponse: a record without id, or a draft");
    // The measures' writer knows the items, their nesting and the answers a server accepts: the
    // exercise is a measure without scores for it.
    measures::Measure measure;
    measure.id = exercise.id;
    measure.questionnaire = exercise.questionnaire;
    measures::Response response;
    response.id = record.id;
    response.measureId = exercise.id;
    response.questionnaireUrl = exercise.questionnaire.url;
    response.questionnaireVersion = exercise.questionnaire.version;
    response.answers = record.answers;
    response.startedAt = record.startedAt;
    // An edit after completion (the flare-up plan kept up to date) is the newest word:
    // "authored" is when the answers last changed.
    const bool amended = record.updatedAt.isValid() && record.updatedAt > record.completedAt;
    response.completedAt = amended ? record.updatedAt : record.completedAt;
    response.utcOffset = record.utcOffset;

    QJsonObject qr = questionnaireResponse(measure, response, patientReference);
    qr.insert(QLatin1String("identifier"), identifierOf(kExerciseRecordKind, record.id));
    qr.insert(QLatin1String("status"),
              amended ? QLatin1String("amended") : QLatin1String("completed"));
    if (!record.parentId.isEmpty()) {
        // The plan may travel in the same batch or have gone long ago: linked by the identifier
        // Pacewise gave it, which every server can search, never by a server id.
        qr.insert(QLatin1String("extension"),
                  QJsonArray{QJsonObject{{QLatin1String("url"), kPartOfRecordExtension},
                                         {QLatin1String("valueIdentifier"),
                                          identifierOf(kExerciseRecordKind, record.parentId)}}});
    }
    return qr;
}

QJsonObject homeworkTask(const homework::Homework& homework, const QString& patientReference,
                         const QJsonObject& clinicTask) {
    if (homework.id.isEmpty() || patientReference.isEmpty())
        internal("homeworkTask: homework without id, or no patient");
    if (homework.source == homework::Homework::Source::Clinic)
        return mergedClinicTask(homework, clinicTask);

    QJsonObject task;
    task.insert(QLatin1String("resourceType"), QLatin1String("Task"));
    task.insert(QLatin1String("identifier"), QJsonArray{identifierOf(kHomeworkKind, homework.id)});
    task.insert(QLatin1String("status"), homeworkStatus(homework));
    task.insert(QLatin1String("intent"), QLatin1String("plan"));
    task.insert(QLatin1String("code"),
                taskCode(QStringLiteral("homework"), QStringLiteral("Homework")));
    const QString title = fhirString(homework.title);
    task.insert(QLatin1String("description"), title.isEmpty() ? homework.templateId : title);
    task.insert(QLatin1String("for"), reference(patientReference));
    task.insert(QLatin1String("owner"), reference(patientReference));
    if (homework.assignedAt.isValid())
        task.insert(QLatin1String("authoredOn"), utcDateTime(homework.assignedAt));
    if (homework.updatedAt.isValid())
        task.insert(QLatin1String("lastModified"), utcDateTime(homework.updatedAt));
    QJsonObject period;
    if (homework.assignedAt.isValid())
        period.insert(QLatin1String("start"), utcDateTime(homework.assignedAt));
    if (homework.dueDate.isValid()) // a date is a dateTime to the day: due by the end of it
        period.insert(QLatin1String("end"), homework.dueDate.toString(Qt::ISODate));
    if (!period.isEmpty())
        task.insert(QLatin1String("executionPeriod"), period);
    if (const QString description = fhirString(homework.description); !description.isEmpty())
        task.insert(QLatin1String("note"),
                    QJsonArray{QJsonObject{{QLatin1String("text"), description}}});

    QJsonArray input{
        parameter(parameterType(QStringLiteral("times"), QStringLiteral("Times to do it")),
                  "valueInteger", homework.target)};
    if (!homework.exerciseId.isEmpty())
        input.append(parameter(
            parameterType(QStringLiteral("exercise"), QStringLiteral("Exercise that counts")),
            "valueString", homework.exerciseId));
    if (!homework.moduleId.isEmpty())
        input.append(parameter(parameterType(QStringLiteral("module"), QStringLiteral("Module id")),
                               "valueString", homework.moduleId));
    task.insert(QLatin1String("input"), input);
    task.insert(QLatin1String("output"), doneOutput(homework));
    return task;
}

} // namespace pacewise::fhir
