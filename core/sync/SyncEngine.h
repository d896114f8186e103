#pragma once

#include "sync/ClinicConnection.h"
#include "sync/Transport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <chrono>
#include <cstdint>
#include <functional>

namespace pacewise::store {
class Database;
}

namespace pacewise::sync {

struct SyncProgress {
    int sent = 0;     // records the server confirmed so far in this sync
    int toSend = 0;   // records waiting when this sync started (at least `sent`)
    int received = 0; // resources received from the clinic so far
    int requests = 0;
};

struct SyncReport {
    enum class Outcome {
        Done,           // everything waiting was confirmed (or held: see `held`) and pulled
        NotEnrolled,    // no clinic set up
        AlreadyRunning, // another sync of this profile is under way (this or another process)
        Offline,        // the server could not be reached
        Unauthorized,   // 401: the access token is wrong or expired
        Forbidden,      // 403
        TlsFailed,      // the server's certificate is not trusted, or does not match the pin
        ServerBusy,     // 429/503 asking to wait longer than a sync waits; see retryAt
        ServerError,    // 5xx, timeouts or dropped connections after every retry
        BadReply,       // the server's answer was not the FHIR we asked for
        Cancelled,
    };
    Outcome outcome = Outcome::Done;
    QString message;   // for the patient, translated, plain words, no jargon
    QString detail;    // technical, for logs and support (never patient data or the token)
    int pushed = 0;    // records confirmed by the server
    int held = 0;      // records the server refused (kept, not sent again on their own)
    int pulled = 0;    // resources from the clinic stored or updated
    int remaining = 0; // records still waiting after this sync (held ones included)
    int requests = 0;
    std::int64_t bytesSent = 0; // on the wire, headers included
    std::int64_t bytesReceived = 0;
    std::chrono::milliseconds elapsed{0};
    QDateTime retryAt; // UTC; set when the server asked us to come back later

    bool succeeded() const { return outcome == Outcome::Done; }
};

// Pushes the outbox to the clinic's FHIR server and pulls what the clinic assigned, following
// DESIGN.md §5: batch Bundles of conditional writes keyed on the client identifier (a retry never
// duplicates), an outbox row done only once the server confirmed its entry, searches riding in
// the same batch, _lastUpdated cursors stored with the page they cover, adaptive batch size,
// gzip request bodies where the server takes them, backoff with jitter that honours Retry-After.
//
// Blocking; run it on a worker thread with its own Database connection (Profile::openConnection).
// One sync per profile at a time, across processes (a lock file beside the database).
class SyncEngine {
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    struct Options {
        bool push = true;
        bool pull = true;
        int maxAttempts = 4;                         // per request, for transient failures
        std::chrono::milliseconds baseBackoff{1000}; // doubled per attempt, with jitter
        std::chrono::milliseconds maxBackoff{30000};
        std::chrono::seconds maxRetryAfterWait{30}; // longer Retry-After: stop, report retryAt
        int initialBatchSize = 50;                  // until the server's limits are learned
        int maxBatchSize = 400;
        int pageSize = 100; // _count of pull searches
        // What the clinic changes rarely (care plans, its questionnaire library) is looked for
        // at most this often, to spare a metered line; Task, Communication and Appointment on
        // every sync. Zero: every type on every sync (the person pressed Send now).
        std::chrono::hours rarelyChangedInterval{24};
    };
    using ProgressCallback = std::function<void(const SyncProgress&)>;

    SyncEngine(store::Database& db, Transport& transport, AccessTokenSource& tokens,
               Options options);
    SyncEngine(store::Database& db, Transport& transport, AccessTokenSource& tokens);

    SyncReport run(const CancelFlag& cancel, const ProgressCallback& progress = {});

    // The resource types pulled from the clinic.
    static const QStringList& pulledResourceTypes();
    // Of those, the ones looked for at most every Options::rarelyChangedInterval.
    static const QStringList& rarelyChangedResourceTypes();

private:
    store::Database& m_db;
    Transport& m_transport;
    AccessTokenSource& m_tokens;
    Options m_options;
};

} // namespace pacewise::sync
