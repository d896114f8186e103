#pragma once

#include "diary/DiaryCatalogue.h"
#include "measures/MeasureLibrary.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace pacewise::store {
class Database;
}

namespace pacewise::sync {

// What each kind of outbox row becomes on the clinic's server. The one place that knows the
// record kinds: a new kind (homework, exercise records) is added here and nowhere else in the
// sync. Kinds: diary-entry (Observation), questionnaire-response (QuestionnaireResponse),
// measure-score (Observation), safety-flag (Flag), safety-communication (Communication).
class OutboxRecords {
public:
    struct Resource {
        QString resourceType; // "Observation"
        QJsonObject json;
    };

    OutboxRecords(store::Database& db, QString patientReference);

    bool knows(const QString& kind) const;
    // The record's current state as a FHIR resource; nullopt when the record is gone (nothing
    // to send any more).
    std::optional<Resource> resourceFor(const QString& kind, const QString& entityId) const;

    // Queues every live record of every kind once more (a new clinic gets everything): diary
    // entries, completed responses with their scores, safety events (ahead of the rest). Must run
    // inside the caller's transaction.
    static void queueAll(store::Database& db);

private:
    const measures::MeasureLibrary& library() const;

    store::Database& m_db;
    QString m_patientReference;
    diary::DiaryCatalogue m_catalogue; // English: the clinic-facing text of resources
    // Loaded on the first response to send: a sync with none (most) never reads the definitions.
    mutable std::optional<measures::MeasureLibrary> m_library;
};

} // namespace pacewise::sync
