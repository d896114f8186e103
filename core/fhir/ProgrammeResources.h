#pragma once

#include <QJsonObject>
#include <QString>

namespace pacewise::programme {
struct Module;
struct ModuleProgress;
struct Exercise;
struct ExerciseRecord;
} // namespace pacewise::programme
namespace pacewise::homework {
struct Homework;
}

namespace pacewise::fhir {

// Outbox kinds of the programme (core/sync/OutboxRecords turns each into its resource).
inline constexpr const char* kModuleProgressKind = "module-progress";
inline constexpr const char* kExerciseRecordKind = "exercise-record";
inline constexpr const char* kHomeworkKind = "homework";

// A module's progress as a Task the patient owns: identifier urn:pacewise:module-progress|<record
// id>, code https://pacewise.app/fhir/CodeSystem/task-type|programme-module, focus display and
// input: the module id and title, status in-progress / completed, intent plan, for and owner the
// patient, executionPeriod start/end, output: time spent (valueDuration, minutes) and pages read
// of the module's pages (valueInteger).
QJsonObject moduleProgressTask(const programme::Module& module,
                               const programme::ModuleProgress& progress,
                               const QString& patientReference);

// An exercise record as a QuestionnaireResponse against the exercise's Pacewise Questionnaire
// (questionnaire = url|version): status completed, or amended when edited after completion;
// items as in the definition; identifier urn:pacewise:exercise-record|<id>; a pacing log links
// its plan by the plan's identifier in extension
// https://pacewise.app/fhir/StructureDefinition/part-of-record.
QJsonObject exerciseResponse(const programme::Exercise& exercise,
                             const programme::ExerciseRecord& record,
                             const QString& patientReference);

// Homework as a Task. A module's: the patient's own Task (identifier urn:pacewise:homework|<id>,
// code task-type|homework, description the title, executionPeriod.end the due date, input
// "times" the target, output "done" the count, status requested / in-progress / completed /
// cancelled). A clinic's: the clinic's stored Task (`clinicTask`, as last pulled) with only
// status, output and lastModified replaced, so the clinician's fields are kept as they are.
QJsonObject homeworkTask(const homework::Homework& homework, const QString& patientReference,
                         const QJsonObject& clinicTask = {});

} // namespace pacewise::fhir
