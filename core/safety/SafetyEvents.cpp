#include "safety/SafetyEvents.h"

#include "error/Error.h"
#include "fhir/MeasureResources.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QUuid>
#include <optional>

namespace pacewise::safety {
namespace {

constexpr const char* kColumns =
    "id, response_id, measure_id, link_id, answer_value, raised_at, utc_offset";

SafetyEvent readEvent(const store::Statement& row) {
    SafetyEvent event;
    event.id = row.text(0);
    event.responseId = row.text(1);
    event.measureId = row.text(2);
    event.linkId = row.text(3);
    event.answerValue = int(row.int64(4));
    event.raisedAt = QDateTime::fromString(row.text(5), Qt::ISODateWithMs).toUTC();
    event.utcOffset = int(row.int64(6));
    return event;
}

std::optional<SafetyEvent> findBy(store::Database& db, const char* where, const QString& first,
                                  const QString& second = {}) {
    store::Statement query =
        db.prepare(std::string("SELECT ") + kColumns + " FROM safety_events WHERE " + where);
    query.bind(1, first);
    if (!second.isNull())
        query.bind(2, second);
    if (!query.step())
        return std::nullopt;
    return readEvent(query);
}

} // namespace

SafetyEvent SafetyEvents::raise(const QString& responseId, const QString& measureId,
                                const QString& linkId, int answerValue, const QDateTime& nowUtc,
                                int utcOffset) {
    if (responseId.isEmpty() || measureId.isEmpty() || linkId.isEmpty() || !nowUtc.isValid())
        throw Error(ErrorCode::Internal, tr("Internal error."),
                    QStringLiteral("SafetyEvents::raise without response, measure, item or time"));

    // Inside the caller's transaction when there is one (the answer and its event together),
    // else in our own: the event and its two outbox rows are never apart.
    std::optional<store::Transaction> transaction;
    if (!m_db.inTransaction())
        transaction.emplace(m_db);

    if (std::optional<SafetyEvent> existing =
            findBy(m_db, "response_id = ? AND link_id = ?", responseId, linkId))
        return *existing; // the patient went back and forth: one event, queued once

    SafetyEvent event;
    event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.responseId = responseId;
    event.measureId = measureId;
    event.linkId = linkId;
    event.answerValue = answerValue;
    event.raisedAt = nowUtc.toUTC();
    event.utcOffset = utcOffset;

    m_db.prepare("INSERT INTO safety_events (id, response_id, measure_id, link_id, answer_value, "
                 "raised_at, utc_offset) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, event.id)
        .bind(2, event.responseId)
        .bind(3, event.measureId)
        .bind(4, event.linkId)
        .bind(5, event.answerValue)
        .bind(6, event.raisedAt.toString(Qt::ISODateWithMs))
        .bind(7, event.utcOffset)
        .run();
    // Ahead of everything else waiting: the care team hears of it in the next request.
    store::Outbox outbox(m_db);
    outbox.enqueue(QLatin1String(fhir::kSafetyFlagKind), event.id, store::Outbox::Operation::Create,
                   {}, store::Outbox::kPrioritySafety);
    outbox.enqueue(QLatin1String(fhir::kSafetyCommunicationKind), event.id,
                   store::Outbox::Operation::Create, {}, store::Outbox::kPrioritySafety);
    if (transaction)
        transaction->commit();
    return event;
}

std::vector<SafetyEvent> SafetyEvents::all() const {
    store::Statement query =
        m_db.prepare(std::string("SELECT ") + kColumns +
                     " FROM safety_events ORDER BY raised_at DESC, rowid DESC");
    std::vector<SafetyEvent> events;
    while (query.step())
        events.push_back(readEvent(query));
    return events;
}

std::optional<SafetyEvent> SafetyEvents::find(const QString& id) const {
    return findBy(m_db, "id = ?", id);
}

} // namespace pacewise::safety
