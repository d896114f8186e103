#include "sync/OutboxRecords.h"

#include "diary/DiaryStore.h"
#include "fhir/DiaryObservation.h"
#include "fhir/MeasureResources.h"
#include "fhir/ProgrammeResources.h"
#include "homework/HomeworkStore.h"
#include "measures/MeasureStore.h"
#include "programme/ExerciseStore.h"
#include "programme/ProgrammeProgress.h"
#include "safety/SafetyEvents.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QJsonDocument>

namespace pacewise::sync {
namespace {

const QString kDiaryEntry = QLatin1String(fhir::kDiaryEntryKind);
const QString kQuestionnaireResponse = QLatin1String(fhir::kQuestionnaireResponseKind);
const QString kMeasureScore = QLatin1String(fhir::kMeasureScoreKind);
const QString kSafetyFlag = QLatin1String(fhir::kSafetyFlagKind);
const QString kSafetyCommunication = QLatin1String(fhir::kSafetyCommunicationKind);
const QString kModuleProgress = QLatin1String(fhir::kModuleProgressKind);
const QString kExerciseRecord = QLatin1String(fhir::kExerciseRecordKind);
const QString kHomework = QLatin1String(fhir::kHomeworkKind);
const QString kTask = QStringLiteral("Task");

const measures::Score* headlineScore(const measures::Measure& measure,
                                     const measures::Response& response) {
    if (measure.rules.scores.empty())
        return nullptr;
    for (const measures::Score& score : response.scores) {
        if (score.ruleId == measure.rules.scores.front().id)
            return score.value ? &score : nullptr;
    }
    return nullptr;
}

// Every live record of one kind that has no row waiting yet gets one. Rows already waiting stay.
void queueMissing(store::Database& db, const QString& kind, const char* idsSql,
                  store::Outbox::Operation operation, int priority = 0) {
    store::Statement ids = db.prepare(idsSql);
    ids.bind(1, kind);
    store::Outbox outbox(db);
    while (ids.step())
        outbox.enqueue(kind, ids.text(0), operation, {}, priority);
}

} // namespace

OutboxRecords::OutboxRecords(store::Database& db, QString patientReference)
    : m_db(db)
    , m_patientReference(std::move(patientReference))
    , m_catalogue(diary::DiaryCatalogue::load(QStringLiteral("en"))) {}

bool OutboxRecords::knows(const QString& kind) const {
    return kind == kDiaryEntry || kind == kQuestionnaireResponse || kind == kMeasureScore ||
           kind == kSafetyFlag || kind == kSafetyCommunication || kind == kModuleProgress ||
           kind == kExerciseRecord || kind == kHomework;
}

const measures::MeasureLibrary& OutboxRecords::library() const {
    if (!m_library)
        m_library = measures::MeasureLibrary::load(m_db);
    return *m_library;
}

const programme::Programme& OutboxRecords::programme() const {
    if (!m_programme)
        m_programme = programme::Programme::load(QStringLiteral("en"));
    return *m_programme;
}

std::optional<OutboxRecords::Resource>
OutboxRecords::moduleProgressResource(const QString& recordId) const {
    store::Statement row =
        m_db.prepare("SELECT module_id FROM programme_modules WHERE record_id = ?");
    row.bind(1, recordId);
    if (!row.step())
        return std::nullopt;
    const programme::Module* module = programme().module(row.text(0));
    if (!module)
        return std::nullopt; // content without this module cannot say what was read in it
    const programme::ModuleProgress progress =
        programme::ProgrammeProgress(m_db, programme()).module(module->id);
    return Resource{kTask, fhir::moduleProgressTask(*module, progress, m_patientReference)};
}

std::optional<OutboxRecords::Resource>
OutboxRecords::exerciseRecordResource(const QString& recordId) const {
    const std::optional<programme::ExerciseRecord> record =
        programme::ExerciseStore(m_db, programme()).find(recordId);
    if (!record || !record->completed())
        return std::nullopt; // only completed records are queued; a draft is not sent
    // Answered against the definition stored with the record: a later version of the
    // exercise, or one this build no longer has, still names what the answers answered.
    programme::Exercise exercise;
    if (const programme::Exercise* current = programme().exercise(record->exerciseId))
        exercise = *current;
    exercise.id = record->exerciseId;
    store::Statement stored = m_db.prepare(
        "SELECT questionnaire_url, questionnaire_version FROM exercise_records WHERE id = ?");
    stored.bind(1, recordId);
    if (stored.step() && !stored.text(0).isEmpty()) {
        exercise.questionnaire.url = stored.text(0);
        exercise.questionnaire.version = stored.text(1);
    }
    return Resource{QStringLiteral("QuestionnaireResponse"),
                    fhir::exerciseResponse(exercise, *record, m_patientReference)};
}

std::optional<OutboxRecords::Resource>
OutboxRecords::homeworkResource(const QString& homeworkId) const {
    const std::optional<homework::Homework> row = homework::HomeworkStore(m_db).find(homeworkId);
    if (!row)
        return std::nullopt;
    if (row->source == homework::Homework::Source::Module)
        return Resource{kTask, fhir::homeworkTask(*row, m_patientReference)};
    // A clinician's homework: their Task as last pulled, with the patient's part merged in.
    store::Statement stored = m_db.prepare("SELECT resource, version_id FROM clinic_resources "
                                           "WHERE resource_type = 'Task' AND id = ?");
    stored.bind(1, row->clinicTaskId);
    if (row->clinicTaskId.isEmpty() || !stored.step())
        return std::nullopt; // the Task is another clinic's (enrolled elsewhere since): not ours
    const QJsonObject clinicTask = QJsonDocument::fromJson(stored.text(0).toUtf8()).object();
    return Resource{kTask, fhir::homeworkTask(*row, m_patientReference, clinicTask),
                    row->clinicTaskId, stored.isNull(1) ? row->clinicVersion : stored.text(1)};
}

std::optional<OutboxRecords::Resource> OutboxRecords::resourceFor(const QString& kind,
                                                                  const QString& entityId) const {
    if (kind == kDiaryEntry) {
        const diary::DiaryStore diary(m_db, m_catalogue);
        const std::optional<diary::DiaryEntry> entry = diary.find(entityId);
        if (!entry)
            return std::nullopt;
        return Resource{QStringLiteral("Observation"),
                        fhir::diaryObservation(*entry, m_patientReference, m_catalogue)};
    }
    if (kind == kQuestionnaireResponse || kind == kMeasureScore) {
        const measures::MeasureStore responses(m_db, library());
        const std::optional<measures::Response> response = responses.find(entityId);
        if (!response || !response->completed())
            return std::nullopt; // only completed responses are queued; a draft is not sent
        const measures::Measure* measure = library().find(response->measureId);
        if (!measure)
            measure = library().findByUrl(response->questionnaireUrl);
        if (kind == kQuestionnaireResponse) {
            // A definition the clinic withdrew: the answers still go, under the url they
            // answered.
            measures::Measure withdrawn;
            withdrawn.id = response->measureId;
            withdrawn.questionnaire.url = response->questionnaireUrl;
            withdrawn.questionnaire.version = response->questionnaireVersion;
            return Resource{QStringLiteral("QuestionnaireResponse"),
                            fhir::questionnaireResponse(measure ? *measure : withdrawn, *response,
                                                        m_patientReference)};
        }
        // Without its rules a score cannot be named; without a headline value it says nothing.
        if (!measure || !headlineScore(*measure, *response))
            return std::nullopt;
        return Resource{QStringLiteral("Observation"),
                        fhir::scoreObservation(*measure, *response, m_patientReference)};
    }
    if (kind == kSafetyFlag || kind == kSafetyCommunication) {
        const std::optional<safety::SafetyEvent> event = safety::SafetyEvents(m_db).find(entityId);
        if (!event)
            return std::nullopt;
        if (kind == kSafetyFlag)
            return Resource{QStringLiteral("Flag"), fhir::safetyFlag(*event, m_patientReference)};
        return Resource{QStringLiteral("Communication"),
                        fhir::safetyCommunication(*event, m_patientReference)};
    }
    if (kind == kModuleProgress)
        return moduleProgressResource(entityId);
    if (kind == kExerciseRecord)
        return exerciseRecordResource(entityId);
    if (kind == kHomework)
        return homeworkResource(entityId);
    return std::nullopt;
}

void OutboxRecords::queueAll(store::Database& db) {
    using Operation = store::Outbox::Operation;
    // Safety events first: the new clinic hears of them before anything else.
    constexpr const char* kSafetyIds =
        "SELECT id FROM safety_events e WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = "
        "? AND o.entity_id = e.id AND o.done_at IS NULL) ORDER BY raised_at";
    // Completed responses never change: a create (ifNoneExist) is all they need, and it leaves
    // alone whatever the clinic did to the resource on its side (a Flag it closed).
    queueMissing(db, kSafetyFlag, kSafetyIds, Operation::Create, store::Outbox::kPrioritySafety);
    queueMissing(db, kSafetyCommunication, kSafetyIds, Operation::Create,
                 store::Outbox::kPrioritySafety);

    queueMissing(db, kDiaryEntry,
                 "SELECT id FROM diary_entries d WHERE deleted_at IS NULL AND NOT EXISTS "
                 "(SELECT 1 FROM outbox o WHERE o.kind = ? AND o.entity_id = d.id "
                 "AND o.done_at IS NULL) ORDER BY recorded_at",
                 Operation::Update);

    queueMissing(db, kQuestionnaireResponse,
                 "SELECT id FROM measure_responses r WHERE completed_at IS NOT NULL AND NOT EXISTS "
                 "(SELECT 1 FROM outbox o WHERE o.kind = ? AND o.entity_id = r.id "
                 "AND o.done_at IS NULL) ORDER BY completed_at",
                 Operation::Create);
    // A response with no score value has no Observation (resourceFor would find nothing to say).
    queueMissing(db, kMeasureScore,
                 "SELECT id FROM measure_responses r WHERE completed_at IS NOT NULL AND EXISTS "
                 "(SELECT 1 FROM measure_scores s WHERE s.response_id = r.id AND s.value IS NOT "
                 "NULL) AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = ? AND "
                 "o.entity_id = r.id AND o.done_at IS NULL) ORDER BY completed_at",
                 Operation::Create);

    // The programme: what was read, what was done, and the homework the modules gave. An update
    // (conditional on the identifier) for all of them: progress and homework change after they
    // are first sent, and an edited exercise record is sent again as amended.
    queueMissing(db, kModuleProgress,
                 "SELECT record_id FROM programme_modules m WHERE started_at IS NOT NULL AND NOT "
                 "EXISTS (SELECT 1 FROM outbox o WHERE o.kind = ? AND o.entity_id = m.record_id "
                 "AND o.done_at IS NULL) ORDER BY started_at",
                 Operation::Update);
    queueMissing(db, kExerciseRecord,
                 "SELECT id FROM exercise_records r WHERE completed_at IS NOT NULL AND NOT EXISTS "
                 "(SELECT 1 FROM outbox o WHERE o.kind = ? AND o.entity_id = r.id "
                 "AND o.done_at IS NULL) ORDER BY completed_at",
                 Operation::Update);
    queueMissing(db, kHomework,
                 "SELECT id FROM homework h WHERE source = 'module' AND NOT EXISTS "
                 "(SELECT 1 FROM outbox o WHERE o.kind = ? AND o.entity_id = h.id "
                 "AND o.done_at IS NULL) ORDER BY assigned_at",
                 Operation::Update);
}

} // namespace pacewise::sync
