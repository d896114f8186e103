#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace pacewise::store {
class Database;
}

namespace pacewise::sync {

// The sync engine's memory in the encrypted store (schema 4): learned server limits, pull
// cursors, records the server confirmed, resources the clinic sent, and the last run's outcome.
// Every method works inside the caller's transaction when there is one.
class SyncState {
public:
    // The keys of the sync_state table: written by the engine, read by SyncStatus.
    static constexpr char kBatchSize[] = "batch_size";          // learned; an integer
    static constexpr char kGzipRequests[] = "gzip_requests";    // learned; "yes" or "no"
    static constexpr char kLastAttemptAt[] = "last_attempt_at"; // UTC, ISO 8601
    static constexpr char kLastSuccessAt[] = "last_success_at";
    static constexpr char kLastOutcome[] = "last_outcome"; // SyncReport::Outcome as an integer
    static constexpr char kLastMessage[] = "last_message";
    static constexpr char kRetryAt[] = "retry_at";          // the server asked to wait until then
    static constexpr char kPulledAtPrefix[] = "pulled_at."; // + resource type: last complete pull

    explicit SyncState(store::Database& db)
        : m_db(db) {}

    std::optional<QString> value(const QString& key) const;
    void setValue(const QString& key, const QString& value);
    void remove(const QString& key);

    // Automatic sync stops after a failure only the person can fix (a refused access code, an
    // untrusted certificate) until the connection settings change.
    void setStop(const QString& reason);
    std::optional<QString> stopReason() const;
    void clearStop();

    std::optional<QString> cursor(const QString& resourceType) const;
    void setCursor(const QString& resourceType, const QString& lastUpdated);

    void confirmRecord(const QString& kind, const QString& entityId, const QString& resourceType,
                       const QString& serverId, const QString& versionId);
    bool isConfirmed(const QString& kind, const QString& entityId) const;

    // Stores a resource from the clinic; false when the same version was already stored.
    bool storeClinicResource(const QJsonObject& resource);
    int clinicResourceCount() const;

    // A new clinic: forget cursors, confirmations, the old clinic's resources and learned limits,
    // and queue every diary entry (not deleted ones) to be sent again.
    void resetForNewClinic();

private:
    store::Database& m_db;
};

} // namespace pacewise::sync
