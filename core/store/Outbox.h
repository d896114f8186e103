#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <cstdint>
#include <vector>

namespace pacewise::store {

class Database;

// The one queue of changes that must reach the clinic. A change and its outbox row are written
// in the same transaction, so a crash can never keep one without the other.
class Outbox {
public:
    enum class Operation { Create, Update, Delete };
    struct Entry {
        std::int64_t id = 0;
        QString kind;
        QString entityId;
        Operation operation = Operation::Create;
        int priority = 0;
        QByteArray payload;
        QDateTime createdAt;
        int attempts = 0;
    };
    static constexpr int kPrioritySafety = 100;

    explicit Outbox(Database& db)
        : m_db(db) {}

    // Must be called inside the caller's transaction (throws Error(Internal) otherwise).
    std::int64_t enqueue(const QString& kind, const QString& entityId, Operation operation,
                         const QByteArray& payload = {}, int priority = 0);
    // Rows to send, highest priority first, then oldest first; held rows are left out.
    std::vector<Entry> pending(int limit) const;
    int pendingCount() const; // rows not yet confirmed, held ones included
    void markDone(std::int64_t id);
    // Every unconfirmed row of one record up to and including `upToId`: the server confirmed the
    // record's state as of that row, which covers the earlier changes too.
    void markRecordDone(const QString& kind, const QString& entityId, std::int64_t upToId);
    void recordFailure(std::int64_t id, const QString& error);
    // The server refused the record (e.g. it failed validation): keep its rows up to `upToId`,
    // stop sending them on their own. A later change of the same record, releaseHeld() or
    // releaseHeldBefore() sends it again.
    void holdRecord(const QString& kind, const QString& entityId, std::int64_t upToId,
                    const QString& error);
    int heldCount() const;      // records (not rows) held
    int waitingRecords() const; // records with a row not yet confirmed, held ones included
    void releaseHeld();
    // Rows held since before `before` (UTC) go back in the queue: a server that refused a record
    // once may take it after the clinic fixed its side, so it is tried again, once a day.
    void releaseHeldBefore(const QDateTime& before);
    // The last error recorded for a held row, for the patient's status line; empty when none.
    QString lastHeldError() const;

private:
    Database& m_db;
};

} // namespace pacewise::store
