#pragma once

#include "diary/DiaryCatalogue.h"
#include "measures/MeasureLibrary.h"
#include "programme/Programme.h"

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
// measure-score (Observation), safety-flag (Flag), safety-communication (Communication),
// module-progress (Task), exercise-record (QuestionnaireResponse), homework (Task).
class OutboxRecords {
public:
    struct Resource {
        QString resourceType; // "Observation"
        QJsonObject json;
        // A resource the clinic owns (the Task behind a clinician's homework): written back as
        // PUT <resourceType>/<serverId> with If-Match W/"<ifMatchVersion>", the version of the
        // stored copy it was merged onto, so that a clinician's edit in between is refused (412)
        // instead of overwritten. Empty for the patient's own records, written by their
        // Pacewise identifier.
        QString serverId = {};
        QString ifMatchVersion = {};
    };

    OutboxRecords(store::Database& db, QString patientReference);

    bool knows(const QString& kind) const;
    // The record's current state as a FHIR resource; nullopt when the record is gone (nothing
    // to send any more).
    std::optional<Resource> resourceFor(const QString& kind, const QString& entityId) const;

    // Queues every live record of every kind once more (a new clinic gets everything): diary
    // entries, completed responses with their scores, safety events (ahead of the rest), module
    // progress, completed exercise records and the homework modules assigned (a clinician's
    // homework belongs to the clinic that assigned it and is not offered to another). Must run
    // inside the caller's transaction.
    static void queueAll(store::Database& db);

private:
    const measures::MeasureLibrary& library() const;
    const programme::Programme& programme() const;
    std::optional<Resource> moduleProgressResource(const QString& recordId) const;
    std::optional<Resource> exerciseRecordResource(const QString& recordId) const;
    std::optional<Resource> homeworkResource(const QString& homeworkId) const;

    store::Database& m_db;
    QString m_patientReference;
    diary::DiaryCatalogue m_catalogue; // English: the clinic-facing text of resources
    // Loaded on the first response to send: a sync with none (most) never reads the definitions.
    mutable std::optional<measures::MeasureLibrary> m_library;
    // The same for the programme, in English (what the clinic reads), once per sync.
    mutable std::optional<programme::Programme> m_programme;
};

} // namespace pacewise::sync
