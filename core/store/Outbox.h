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
    std::vector<Entry> pending(int limit) const;
    int pendingCount() const;
    void markDone(std::int64_t id);
    void recordFailure(std::int64_t id, const QString& error);

private:
    Database& m_db;
};

} // namespace pacewise::store
