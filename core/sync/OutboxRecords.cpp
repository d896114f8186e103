#include "sync/OutboxRecords.h"

#include "diary/DiaryStore.h"
#include "fhir/DiaryObservation.h"
#include "store/Database.h"
#include "store/Outbox.h"

namespace pacewise::sync {
namespace {

const QString kDiaryEntry = QStringLiteral("diary-entry");

} // namespace

OutboxRecords::OutboxRecords(store::Database& db, QString patientReference)
    : m_db(db)
    , m_patientReference(std::move(patientReference))
    , m_catalogue(diary::DiaryCatalogue::load(QStringLiteral("en"))) {}

bool OutboxRecords::knows(const QString& kind) const {
    return kind == kDiaryEntry;
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
    return std::nullopt;
}

void OutboxRecords::queueAll(store::Database& db) {
    // Rows already waiting stay; every other live entry is queued once more.
    store::Statement ids =
        db.prepare("SELECT id FROM diary_entries d WHERE deleted_at IS NULL AND NOT EXISTS "
                   "(SELECT 1 FROM outbox o WHERE o.kind = 'diary-entry' AND o.entity_id = d.id "
                   "AND o.done_at IS NULL) ORDER BY recorded_at");
    store::Outbox outbox(db);
    while (ids.step())
        outbox.enqueue(kDiaryEntry, ids.text(0), store::Outbox::Operation::Update);
}

} // namespace pacewise::sync
