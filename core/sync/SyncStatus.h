#pragma once

#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace pacewise::store {
class Database;
}

namespace pacewise::sync {

// What the patient sees about sync, read from the store: kept by the engine after every run.
struct SyncStatus {
    bool enrolled = false;
    QDateTime lastAttemptAt; // UTC, invalid when never
    QDateTime lastSuccessAt; // UTC, invalid when never
    std::optional<SyncReport::Outcome> lastOutcome;
    QString lastMessage;        // the last run's message for the patient (translated then)
    int waiting = 0;            // records not yet confirmed (held ones included)
    int held = 0;               // of which the server refused
    bool urgentWaiting = false; // a safety row waits: send at once, whatever the schedule
    QString heldReason;         // the server's reason for the last refused one
    QDateTime retryAt;          // UTC, when the server asked us to wait
    int clinicItems = 0;        // resources received from the clinic, all types
    // Set after a failure only the person can fix ("unauthorized", "forbidden", "tls"):
    // automatic sync waits until the clinic connection settings change.
    QString stopReason;

    static SyncStatus read(store::Database& db);
};

} // namespace pacewise::sync
