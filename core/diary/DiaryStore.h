#pragma once

#include "diary/DiaryEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>
#include <optional>
#include <vector>

namespace pacewise::store {
class Database;
}

namespace pacewise::diary {

class DiaryCatalogue;

// Reads and writes diary entries. Every write goes with its outbox row in one transaction.
class DiaryStore {
    Q_DECLARE_TR_FUNCTIONS(DiaryStore)

public:
    using Clock = std::function<QDateTime()>; // UTC now; injectable for tests

    struct HistoryQuery {
        std::optional<QDate> from; // local dates, inclusive
        std::optional<QDate> to;
        QStringList anyTags; // keep entries having at least one of these triggers
        bool includeDeleted = false;
        int limit = 50;
        // Keyset paging: entries strictly older than this one (recordedAt, id) of the last page.
        std::optional<std::pair<qint64, QString>> before;
    };

    explicit DiaryStore(store::Database& db, const DiaryCatalogue& catalogue, Clock clock = {});

    // Creates (empty id) or edits an entry; returns it as stored (id, version, updatedAt).
    // Throws Error(InvalidInput) with the first problem's message; validate first to show all.
    DiaryEntry save(DiaryEntry entry);
    // Many new entries in one transaction (imports and the synthetic generator).
    void saveAll(std::vector<DiaryEntry>& entries);
    void remove(const QString& id);  // soft: marked entered-in-error, kept, can be restored
    void restore(const QString& id); // undo of remove

    std::optional<DiaryEntry> find(const QString& id) const;
    std::optional<DiaryEntry> latest() const; // the newest live entry: pre-fills the next
    std::vector<DiaryEntry> history(const HistoryQuery& query) const;
    std::vector<DiaryEntry> versions(const QString& id) const; // earlier versions, oldest first
    int count(bool includeDeleted = false) const;
    QStringList customTags() const; // user-defined triggers used so far, most used first

    static qint64 pagingKey(const DiaryEntry& e) { return e.recordedAt.toMSecsSinceEpoch(); }

private:
    void write(DiaryEntry& entry, bool isNew);
    void setDeleted(const QString& id, bool deleted);

    store::Database& m_db;
    const DiaryCatalogue& m_catalogue;
    Clock m_clock;
};

} // namespace pacewise::diary
