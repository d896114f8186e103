#include "store/Outbox.h"

#include "error/Error.h"
#include "store/Database.h"

namespace pacewise::store {
namespace {

const char* operationName(Outbox::Operation op) {
    switch (op) {
    case Outbox::Operation::Create:
        return "create";
    case Outbox::Operation::Update:
        return "update";
    case Outbox::Operation::Delete:
        return "delete";
    }
    return "create";
}

Outbox::Operation operationFrom(const QString& name) {
    if (name == QLatin1String("update"))
        return Outbox::Operation::Update;
    if (name == QLatin1String("delete"))
        return Outbox::Operation::Delete;
    return Outbox::Operation::Create;
}

QString nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

std::int64_t Outbox::enqueue(const QString& kind, const QString& entityId, Operation operation,
                             const QByteArray& payload, int priority) {
    if (!m_db.inTransaction())
        throw Error(ErrorCode::Internal, QStringLiteral("Internal error."),
                    QStringLiteral("Outbox::enqueue outside a transaction"));
    Statement insert = m_db.prepare(
        "INSERT INTO outbox (kind, entity_id, operation, priority, payload, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, kind).bind(2, entityId).bind(3, QString::fromLatin1(operationName(operation)));
    insert.bind(4, priority);
    if (payload.isNull())
        insert.bindNull(5);
    else
        insert.bindBlob(5, payload);
    insert.bind(6, nowUtc());
    insert.run();
    return m_db.lastInsertId();
}

std::vector<Outbox::Entry> Outbox::pending(int limit) const {
    Statement query = m_db.prepare(
        "SELECT id, kind, entity_id, operation, priority, payload, created_at, attempts "
        "FROM outbox WHERE done_at IS NULL AND held_at IS NULL ORDER BY priority DESC, id "
        "LIMIT ?");
    query.bind(1, limit);
    std::vector<Entry> entries;
    while (query.step()) {
        entries.push_back(Entry{query.int64(0), query.text(1), query.text(2),
                                operationFrom(query.text(3)), int(query.int64(4)), query.blob(5),
                                QDateTime::fromString(query.text(6), Qt::ISODateWithMs),
                                int(query.int64(7))});
    }
    return entries;
}

int Outbox::pendingCount() const {
    Statement query = m_db.prepare("SELECT count(*) FROM outbox WHERE done_at IS NULL");
    query.step();
    return int(query.int64(0));
}

void Outbox::markDone(std::int64_t id) {
    Statement update = m_db.prepare("UPDATE outbox SET done_at = ? WHERE id = ?");
    update.bind(1, nowUtc()).bind(2, id).run();
}

void Outbox::markRecordDone(const QString& kind, const QString& entityId, std::int64_t upToId) {
    Statement update =
        m_db.prepare("UPDATE outbox SET done_at = ? WHERE kind = ? AND entity_id = ? "
                     "AND id <= ? AND done_at IS NULL");
    update.bind(1, nowUtc()).bind(2, kind).bind(3, entityId).bind(4, upToId).run();
}

void Outbox::holdRecord(const QString& kind, const QString& entityId, std::int64_t upToId,
                        const QString& error) {
    Statement update =
        m_db.prepare("UPDATE outbox SET attempts = attempts + 1, last_error = ?, held_at = ? "
                     "WHERE kind = ? AND entity_id = ? AND id <= ? AND done_at IS NULL");
    update.bind(1, error).bind(2, nowUtc()).bind(3, kind).bind(4, entityId).bind(5, upToId).run();
}

int Outbox::heldCount() const {
    Statement query = m_db.prepare("SELECT count(*) FROM (SELECT DISTINCT kind, entity_id FROM "
                                   "outbox WHERE done_at IS NULL AND held_at IS NOT NULL)");
    query.step();
    return int(query.int64(0));
}

int Outbox::waitingRecords() const {
    Statement query = m_db.prepare(
        "SELECT count(*) FROM (SELECT DISTINCT kind, entity_id FROM outbox WHERE done_at IS NULL)");
    query.step();
    return int(query.int64(0));
}

void Outbox::releaseHeld() {
    m_db.exec("UPDATE outbox SET held_at = NULL WHERE done_at IS NULL AND held_at IS NOT NULL");
}

void Outbox::releaseHeldBefore(const QDateTime& before) {
    Statement update = m_db.prepare(
        "UPDATE outbox SET held_at = NULL WHERE done_at IS NULL AND held_at IS NOT NULL "
        "AND held_at < ?");
    update.bind(1, before.toUTC().toString(Qt::ISODateWithMs)).run();
}

QString Outbox::lastHeldError() const {
    Statement query =
        m_db.prepare("SELECT last_error FROM outbox WHERE done_at IS NULL AND held_at "
                     "IS NOT NULL AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1");
    return query.step() ? query.text(0) : QString();
}

void Outbox::recordFailure(std::int64_t id, const QString& error) {
    Statement update =
        m_db.prepare("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?");
    update.bind(1, error).bind(2, id).run();
}

} // namespace pacewise::store
