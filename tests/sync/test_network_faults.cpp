// Network faults on the wire between the engine's real transport and the real reference server,
// made by a loopback proxy (support/FaultProxy.h): cut connections, resets, stalls, lying
// Content-Lengths, a gateway's 5xx and 429. Each sync ends in a clear state with the patient's
// exact message, nothing is marked sent that the server did not confirm, and the next clean sync
// converges: the server holds exactly the local diary, once. The server's own fault injection
// (tests/clinic-server) is covered in test_sync_engine.cpp; this is what it cannot do.
#include "store/Database.h"
#include "store/Outbox.h"
#include "support/FaultProxy.h"
#include "support/SyncFixture.h"
#include "support/SyncMessages.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QSet>
#include <QUrl>
#include <catch2/catch.hpp>
#include <random>

using namespace pacewise;
using namespace pacewise::test;
using namespace std::chrono_literals;
using Outcome = sync::SyncReport::Outcome;
using Fault = FaultProxy::Fault;

namespace {

// The engine reaches the server only through a fault proxy, with timeouts short enough that a
// stalled reply costs a second, not the five minutes a patient's sync waits.
struct ProxiedSync {
    SyncFixture f;
    FaultProxy proxy{quint16(QUrl(f.server.baseUrl()).port())};
    sync::CurlTransport curl;
    InterceptingTransport transport{curl};
    std::vector<diary::DiaryEntry> entries;

    explicit ProxiedSync(int count) {
        f.connection.enroll({proxy.baseUrlFor(f.server.baseUrl()), f.patientId, {}, {}},
                            f.server.token());
        transport.beforeSend = [](sync::HttpRequest& request) {
            request.connectTimeout = 1s;
            request.totalTimeout = 1s;
            request.lowSpeedTime = 1s;
        };
        entries = f.addEntries(count);
    }

    static sync::SyncEngine::Options options(int maxAttempts = 3) {
        sync::SyncEngine::Options o = SyncFixture::quickRetries();
        o.maxAttempts = maxAttempts;
        o.baseBackoff = 10ms;
        o.maxBackoff = 40ms;
        return o;
    }

    sync::SyncReport sync(const sync::SyncEngine::Options& o = options()) {
        return f.sync(transport, o);
    }

    QSet<QString> expected() const {
        QSet<QString> ids;
        for (const diary::DiaryEntry& e : entries)
            ids.insert(e.id);
        return ids;
    }

    QSet<QString> onServer() const { return identifierValues(f.observations()); }

    // Every entry the outbox counts as sent is on the server: no confirmation was made up.
    void checkNothingFalselySent() {
        const QSet<QString> held = onServer();
        store::Statement done =
            f.db.prepare("SELECT DISTINCT entity_id FROM outbox WHERE done_at IS NOT NULL");
        while (done.step()) {
            INFO("marked sent, not on the server: " << done.text(0).toStdString());
            CHECK(held.contains(done.text(0)));
        }
    }

    // A clean sync: everything goes, exactly once.
    void requireConverged(bool searchEachIdentifier = true) {
        proxy.clear();
        const sync::SyncReport report = sync();
        INFO(report.detail.toStdString());
        REQUIRE(report.outcome == Outcome::Done);
        CHECK(report.message == kAllSent);
        CHECK(report.remaining == 0);
        CHECK(store::Outbox(f.db).pendingCount() == 0);
        const QJsonArray observations = f.observations();
        CHECK(observations.size() == qsizetype(entries.size())); // no duplicate
        CHECK(identifierValues(observations) == expected());
        if (searchEachIdentifier) {
            // By identifier, as the engine's conditional writes search: exactly one each.
            for (const diary::DiaryEntry& e : entries)
                f.observationOf(e.id);
        }
    }

    void reportFaults(const char* what) const {
        WARN(what << ": " << proxy.faultsInjected() << " faults injected in " << proxy.requests()
                  << " requests over " << proxy.connections() << " connections");
    }
};

// A sync that gave up: nothing confirmed, everything still waiting.
void checkNothingConfirmed(const sync::SyncReport& report, ProxiedSync& s) {
    CHECK(report.pushed == 0);
    CHECK(report.remaining == int(s.entries.size()));
    CHECK(store::Outbox(s.f.db).pendingCount() == int(s.entries.size()));
    s.checkNothingFalselySent();
}

} // namespace

TEST_CASE("network: a request cut off on its way to the server is retried, then given up",
          "[network][faults]") {
    ProxiedSync s(8);
    // 100 bytes: inside the request's headers; the server never sees a whole request.
    s.proxy.arm(FaultProxy::closeRequestAfter(100).times(3));
    const sync::SyncReport report = s.sync();
    INFO(report.detail.toStdString());
    CHECK(report.outcome == Outcome::ServerError);
    CHECK(report.message == kKeptFailing);
    CHECK(report.requests == 3);
    checkNothingConfirmed(report, s);
    CHECK(s.onServer().isEmpty());
    s.requireConverged();
    s.reportFaults("request cut");
}

TEST_CASE("network: a reply cut off after the server committed leaves nothing marked sent",
          "[network][faults]") {
    ProxiedSync s(8);
    // 100 bytes: the status line and the first headers, before Content-Length.
    s.proxy.arm(FaultProxy::closeResponseAfter(100).times(3));
    const sync::SyncReport report = s.sync();
    INFO(report.detail.toStdString());
    CHECK(report.outcome == Outcome::ServerError);
    CHECK(report.message == kKeptFailing);
    CHECK(report.detail.contains(QLatin1String("inside the reply's headers")));
    CHECK(report.requests == 3);
    checkNothingConfirmed(report, s);
    CHECK(s.onServer() == s.expected()); // stored three times over, once each
    s.requireConverged();
    s.reportFaults("reply cut");
}

TEST_CASE("network: a connection reset instead of the reply is retried, then given up",
          "[network][faults]") {
    ProxiedSync s(8);
    s.proxy.arm(FaultProxy::reset().times(3));
    const sync::SyncReport report = s.sync();
    INFO(report.detail.toStdString());
    CHECK(report.outcome == Outcome::ServerError);
    CHECK(report.message == kKeptFailing);
    CHECK(report.detail.contains(QLatin1String("connection lost")));
    checkNothingConfirmed(report, s);
    s.requireConverged();
    s.reportFaults("reset");
}

TEST_CASE("network: a reply body cut short is not taken for a reply", "[network][faults]") {
    ProxiedSync s(8);
    s.proxy.arm(FaultProxy::truncateBody(20).times(3));
    const sync::SyncReport report = s.sync();
    INFO(report.detail.toStdString());
    CHECK(report.outcome == Outcome::ServerError);
    CHECK(report.message == kKeptFailing);
    checkNothingConfirmed(report, s);
    s.requireConverged();
    s.reportFaults("truncated body");
}

TEST_CASE("network: a Content-Length larger than the body sent is a lost connection",
          "[network][faults]") {
    ProxiedSync s(8);
    s.proxy.arm(FaultProxy::contentLengthOff(100).times(3));
    const sync::SyncReport report = s.sync();
    INFO(report.detail.toStdString());
    CHECK(report.outcome == Outcome::ServerError);
    CHECK(report.message == kKeptFailing);
    checkNothingConfirmed(report, s);
    s.requireConverged();
    s.reportFaults("Content-Length larger");
}

TEST_CASE("network: a Content-Length smaller than the body gives half a reply, which is refused",
          "[network][faults]") {
    ProxiedSync s(8);
    s.proxy.arm(FaultProxy::contentLengthOff(-60).times(3));
    const sync::SyncReport report = s.sync();
    INFO(report.detail.toStdString());
    CHECK(report.outcome == Outcome::BadReply);
    CHECK(report.message == kNotUnderstood);
    CHECK(report.requests == 1); // the same server would say the same again
    checkNothingConfirmed(report, s);
    s.requireConverged();
    s.reportFaults("Content-Length smaller");
}

TEST_CASE("network: a reply slower than the timeout is given up on, though the server stored it",
          "[network][faults]") {
    ProxiedSync s(8);
    sync::SyncEngine::Options options = ProxiedSync::options(2);
    options.initialBatchSize = 2; // one halving before the batch is a single record
    s.proxy.arm(FaultProxy::delayFirstByte(1500ms).times(0));
    QElapsedTimer timer;
    timer.start();
    const sync::SyncReport report = s.sync(options);
    INFO(report.detail.toStdString());
    CHECK(report.outcome == Outcome::ServerError);
    CHECK(report.message == kKeptFailing);
    CHECK(report.detail.contains(QLatin1String("timeout")));
    CHECK(report.requests == 3); // halved once, then two attempts
    CHECK(timer.elapsed() < 8000);
    checkNothingConfirmed(report, s);
    CHECK(s.onServer().size() == 2); // the first batch of two, stored while we waited
    s.requireConverged();
    s.reportFaults("delayed reply");
}

TEST_CASE("network: a slow link that delivers every piece late still gets everything through",
          "[network][faults]") {
    ProxiedSync s(8);
    s.proxy.arm(FaultProxy::delayEachChunk(256, 20ms).times(0));
    const sync::SyncReport report = s.sync();
    INFO(report.detail.toStdString());
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.message == kAllSent);
    CHECK(report.pushed == 8);
    s.requireConverged();
    s.reportFaults("slow chunks");
}

TEST_CASE("network: a server that accepts the request and never answers costs seconds",
          "[network][faults]") {
    ProxiedSync s(8);
    sync::SyncEngine::Options options = ProxiedSync::options(2);
    options.initialBatchSize = 2;
    s.proxy.arm(FaultProxy::hang().times(0));
    QElapsedTimer timer;
    timer.start();
    const sync::SyncReport report = s.sync(options);
    INFO(report.detail.toStdString());
    CHECK(report.outcome == Outcome::ServerError);
    CHECK(report.message == kKeptFailing);
    CHECK(report.detail.contains(QLatin1String("timeout")));
    CHECK(report.requests == 3);
    CHECK(timer.elapsed() < 8000);
    checkNothingConfirmed(report, s);
    CHECK(s.onServer().isEmpty());
    s.requireConverged();
    s.reportFaults("hang");
}

TEST_CASE("network: a gateway's 502 in front of the server is retried, then given up",
          "[network][faults]") {
    ProxiedSync s(8);
    s.proxy.arm(FaultProxy::answer(502, "<html><body>502 Bad Gateway</body></html>",
                                   {{"Content-Type", "text/html"}})
                    .times(3));
    const sync::SyncReport report = s.sync();
    INFO(report.detail.toStdString());
    CHECK(report.outcome == Outcome::ServerError);
    CHECK(report.message == kServerProblem);
    CHECK(report.requests == 3);
    checkNothingConfirmed(report, s);
    CHECK(s.onServer().isEmpty());
    s.requireConverged();
    s.reportFaults("502");
}

TEST_CASE("network: a gateway's 429 with Retry-After: an hour is reported, a second is waited",
          "[network][faults]") {
    ProxiedSync s(8);
    const QByteArray throttled =
        R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"throttled"}]})";
    s.proxy.arm(FaultProxy::answer(429, throttled, {{"Retry-After", "3600"}}));
    sync::SyncReport report = s.sync();
    INFO(report.detail.toStdString());
    CHECK(report.outcome == Outcome::ServerBusy);
    CHECK(report.message == busyUntil(report.retryAt));
    CHECK(report.requests == 1);
    const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(report.retryAt);
    CHECK(wait > 3500);
    CHECK(wait <= 3600);
    checkNothingConfirmed(report, s);

    s.proxy.arm(FaultProxy::answer(429, throttled, {{"Retry-After", "1"}}));
    QElapsedTimer timer;
    timer.start();
    report = s.sync();
    CHECK(report.outcome == Outcome::Done);
    CHECK(report.message == kAllSent);
    CHECK(timer.elapsed() >= 950);
    s.requireConverged();
    s.reportFaults("429");
}

// Every byte of one whole exchange is a place the link can die: the request on its way (the
// server sees part of it, or all of it and then the close) and the reply (the server committed,
// the client hears nothing, or half). A seeded sample of cut points across both, each on new
// entries of one profile: the sync gives up cleanly, the next converges on everything so far.
TEST_CASE("network: a connection cut at any byte of the exchange, 40 cut points, converges",
          "[network][faults][sweep]") {
    constexpr int kEntriesPerCut = 3;
    constexpr int kCuts = 40;
    constexpr std::uint32_t kSeed = 20261128;
    ProxiedSync s(kEntriesPerCut);
    // Every type searched on every sync: each exchange has the same shape, so one measures all.
    sync::SyncEngine::Options clean = ProxiedSync::options();
    clean.rarelyChangedInterval = std::chrono::hours(0);
    sync::SyncEngine::Options once = clean;
    once.maxAttempts = 1; // the retries are tested above; here, the cut itself
    REQUIRE(s.sync(clean).requests == 1);
    const std::int64_t requestBytes = s.proxy.lastRequestBytes();
    const std::int64_t responseBytes = s.proxy.lastResponseBytes();
    REQUIRE(requestBytes > 0);
    REQUIRE(responseBytes > 0);

    std::mt19937 random(kSeed);
    std::uniform_int_distribution<std::int64_t> pick(0, requestBytes + responseBytes - 1);
    QElapsedTimer timer;
    timer.start();
    int inRequest = 0;
    const QDateTime start(QDate(2026, 3, 2), QTime(8, 0), Qt::OffsetFromUTC, 3600);
    for (int i = 0; i < kCuts; ++i) {
        const std::int64_t cut = pick(random);
        const bool duringRequest = cut < requestBytes;
        inRequest += duringRequest ? 1 : 0;
        INFO("cut " << i << " at byte " << cut << " of " << requestBytes << " + " << responseBytes
                    << " (seed " << kSeed << ")");
        std::vector<diary::DiaryEntry> added;
        for (int k = 0; k < kEntriesPerCut; ++k) {
            diary::DiaryEntry e;
            e.recordedAt = start.addSecs(qint64(i * kEntriesPerCut + k) * 3600);
            e.painNow = (i + k) % 11;
            e.note = QStringLiteral("cut %1 entry %2").arg(i).arg(k);
            added.push_back(e);
        }
        s.f.diary.saveAll(added);
        s.entries.insert(s.entries.end(), added.begin(), added.end());

        s.proxy.arm(duringRequest ? FaultProxy::closeRequestAfter(cut)
                                  : FaultProxy::closeResponseAfter(cut - requestBytes));
        // A fresh transport: libcurl silently re-sends a request once when a reused connection
        // closes before the reply (test_transport.cpp), which would hide the cut.
        sync::CurlTransport fresh;
        InterceptingTransport transport(fresh);
        transport.beforeSend = s.transport.beforeSend;
        const sync::SyncReport report = s.f.sync(transport, once);
        INFO(report.detail.toStdString());
        CHECK(report.outcome == Outcome::ServerError);
        CHECK(report.message == kKeptFailing);
        CHECK(report.pushed == 0);
        CHECK(report.remaining == kEntriesPerCut);
        s.checkNothingFalselySent();
        s.requireConverged(false); // the identifier set and the count say it: once each
    }
    WARN("cut sweep: " << kCuts << " cut points (" << inRequest << " in the request of "
                       << requestBytes << " bytes, " << kCuts - inRequest << " in the reply of "
                       << responseBytes << " bytes), " << s.proxy.faultsInjected()
                       << " faults injected, " << s.entries.size() << " entries, "
                       << timer.elapsed() << " ms");
}

namespace {

int entriesIn(const char* directory) {
    return int(QDir(QString::fromLatin1(directory))
                   .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                   .size());
}

} // namespace

// The proxy lives in the test process: a thread or socket left behind would pile up over a run
// and could hold a port or a client's connection open.
TEST_CASE("network: the fault proxy shuts down with every thread and socket it made",
          "[network][proxy]") {
    SyncFixture f;
    const int threadsBefore = entriesIn("/proc/self/task");
    const int fdsBefore = entriesIn("/proc/self/fd");
    {
        // Outlives the proxy: its kept-alive connection is still open when the proxy goes.
        sync::CurlTransport idle;
        {
            FaultProxy proxy(quint16(QUrl(f.server.baseUrl()).port()));
            f.connection.enroll({proxy.baseUrlFor(f.server.baseUrl()), f.patientId, {}, {}},
                                f.server.token());
            f.addEntries(3);
            REQUIRE(f.sync(idle).outcome == Outcome::Done);

            proxy.arm(FaultProxy::hang().times(0));
            sync::CurlTransport curl;
            InterceptingTransport transport(curl);
            transport.beforeSend = [](sync::HttpRequest& request) {
                request.totalTimeout = 300ms;
            };
            sync::SyncEngine::Options options = ProxiedSync::options(1);
            options.initialBatchSize = 1;
            f.addEntries(1, 4);
            CHECK(f.sync(transport, options).outcome == Outcome::ServerError);
            CHECK(proxy.connections() == 2);
            CHECK(entriesIn("/proc/self/task") > threadsBefore);
        }
    }
    CHECK(entriesIn("/proc/self/task") == threadsBefore);
    CHECK(entriesIn("/proc/self/fd") == fdsBefore);
}
