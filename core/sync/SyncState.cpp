#include "sync/SyncState.h"

#include "store/Database.h"
#include "sync/OutboxRecords.h"

#include <QJsonDocument>

namespace pacewise::sync {
namespace {

const QString kStopKey = QStringLiteral("stop_reason");

QString nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

std::optional<QString> SyncState::value(const QString& key) const {
    store::Statement query = m_db.prepare("SELECT value FROM sync_state WHERE key = ?");
    query.bind(1, key);
    if (!query.step())
        return std::nullopt;
    return query.text(0);
}

void SyncState::setValue(const QString& key, const QString& value) {
    m_db.prepare("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)")
        .bind(1, key)
        .bind(2, value)
        .run();
}

void SyncState::remove(const QString& key) {
    m_db.prepare("DELETE FROM sync_state WHERE key = ?").bind(1, key).run();
}

void SyncState::setStop(const QString& reason) {
    setValue(kStopKey, reason);
}

std::optional<QString> SyncState::stopReason() const {
    return value(kStopKey);
}

void SyncState::clearStop() {
    remove(kStopKey);
}

std::optional<QString> SyncState::cursor(const QString& resourceType) const {
    store::Statement query =
        m_db.prepare("SELECT last_updated FROM sync_cursors WHERE resource_type = ?");
    query.bind(1, resourceType);
    if (!query.step())
        return std::nullopt;
    return query.text(0);
}

void SyncState::setCursor(const QString& resourceType, const QString& lastUpdated) {
    m_db.prepare("INSERT OR REPLACE INTO sync_cursors (resource_type, last_updated) VALUES (?, ?)")
        .bind(1, resourceType)
        .bind(2, lastUpdated)
        .run();
}

void SyncState::confirmRecord(const QString& kind, const QString& entityId,
                              const QString& resourceType, const QString& serverId,
                              const QString& versionId) {
    store::Statement upsert =
        m_db.prepare("INSERT OR REPLACE INTO remote_records "
                     "(kind, entity_id, resource_type, server_id, version_id, confirmed_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)");
    upsert.bind(1, kind).bind(2, entityId).bind(3, resourceType);
    if (serverId.isEmpty())
        upsert.bindNull(4);
    else
        upsert.bind(4, serverId);
    if (versionId.isEmpty())
        upsert.bindNull(5);
    else
        upsert.bind(5, versionId);
    upsert.bind(6, nowUtc()).run();
}

bool SyncState::isConfirmed(const QString& kind, const QString& entityId) const {
    store::Statement query =
        m_db.prepare("SELECT 1 FROM remote_records WHERE kind = ? AND entity_id = ?");
    query.bind(1, kind).bind(2, entityId);
    return query.step();
}

bool SyncState::storeClinicResource(const QJsonObject& resource) {
    const QString type = resource.value(QLatin1String("resourceType")).toString();
    const QString id = resource.value(QLatin1String("id")).toString();
    const QJsonObject meta = resource.value(QLatin1String("meta")).toObject();
    const QString versionId = meta.value(QLatin1String("versionId")).toString();
    const QString lastUpdated = meta.value(QLatin1String("lastUpdated")).toString();

    store::Statement existing = m_db.prepare(
        "SELECT version_id, last_updated FROM clinic_resources WHERE resource_type = ? AND id = ?");
    existing.bind(1, type).bind(2, id);
    if (existing.step() && existing.text(0) == versionId && existing.text(1) == lastUpdated)
        return false;

    store::Statement upsert =
        m_db.prepare("INSERT OR REPLACE INTO clinic_resources "
                     "(resource_type, id, version_id, last_updated, resource, received_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)");
    upsert.bind(1, type).bind(2, id);
    if (versionId.isEmpty())
        upsert.bindNull(3);
    else
        upsert.bind(3, versionId);
    upsert.bind(4, lastUpdated)
        .bind(5, QString::fromUtf8(QJsonDocument(resource).toJson(QJsonDocument::Compact)))
        .bind(6, nowUtc())
        .run();
    return true;
}

int SyncState::clinicResourceCount() const {
    store::Statement query = m_db.prepare("SELECT count(*) FROM clinic_resources");
    query.step();
    return int(query.int64(0));
}

void SyncState::resetForNewClinic() {
    m_db.exec("DELETE FROM sync_cursors; DELETE FROM clinic_resources; DELETE FROM remote_records; "
              "DELETE FROM sync_state;");
    OutboxRecords::queueAll(m_db);
    m_db.exec("UPDATE outbox SET held_at = NULL, attempts = 0, last_error = NULL "
              "WHERE done_at IS NULL");
}

} // namespace pacewise::sync
