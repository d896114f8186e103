#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace pacewise::store {
class Database;
}

namespace pacewise::safety {

// A moment the patient's answer needs the care team's attention (PHQ-9 item 9 above 0). It is
// recorded the moment the answer is given (before the next page), once per response and item, and
// queued ahead of everything else in the outbox (Outbox::kPrioritySafety): kind "safety-flag"
// becomes a FHIR Flag, kind "safety-communication" a Communication with priority "urgent" to the
// care team. Both carry the event id as entity id.
struct SafetyEvent {
    QString id;          // client-made UUID
    QString responseId;  // the QuestionnaireResponse it came from
    QString measureId;   // "phq-9"
    QString linkId;      // "9"
    int answerValue = 0; // the ordinal given
    QDateTime raisedAt;  // UTC
    int utcOffset = 0;
};

class SafetyEvents {
    Q_DECLARE_TR_FUNCTIONS(SafetyEvents)

public:
    explicit SafetyEvents(store::Database& db)
        : m_db(db) {}

    // Records the event and queues its Flag and Communication in one transaction; a second call
    // for the same response and item returns the first event unchanged (nothing queued again).
    SafetyEvent raise(const QString& responseId, const QString& measureId, const QString& linkId,
                      int answerValue, const QDateTime& nowUtc, int utcOffset);
    std::vector<SafetyEvent> all() const; // newest first
    std::optional<SafetyEvent> find(const QString& id) const;

private:
    store::Database& m_db;
};

} // namespace pacewise::safety
