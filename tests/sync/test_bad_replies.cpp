// Replies a FHIR server should never send, on the wire (support/FaultProxy.h answers in the
// server's place) or as the real server's reply changed after it committed the batch
// (InterceptingTransport): broken, truncated, hostile and huge JSON, the wrong resource or Bundle
// type, the wrong number of entries, and access codes that expired or were revoked. Each ends
// with the patient's exact message and the outbox kept, and the next clean sync converges: the
// server holds exactly the local diary, once.
#include "store/Database.h"
#include "store/Outbox.h"
#include "support/FaultProxy.h"
#include "support/SyncFixture.h"
#include "support/SyncMessages.h"
#include "sync/SyncStatus.h"

#include <QJsonDocument>
#include <QSet>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::test;
using namespace std::chrono_literals;
using Outcome = sync::SyncReport::Outcome;

namespace {

QByteArray json(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The engine reaches the server through a fault proxy and an intercepting transport.
struct BadReplySync {
    SyncFixture f;
    FaultProxy proxy{quint16(QUrl(f.server.baseUrl()).port())};
    sync::CurlTransport curl;
    InterceptingTransport transport{curl};
    std::vector<diary::DiaryEntry> entries;

    explicit BadReplySync(int count) {
        f.connection.enroll({proxy.baseUrlFor(f.server.baseUrl()), f.patientId, {}, {}},
                            f.server.token());
        entries = f.addEntries(count);
    }

    sync::SyncReport sync(sync::SyncEngine::Options options = SyncFixture::quickRetries()) {
        return f.sync(transport, options);
    }

    QSet<QString> expected() const {
        QSet<QString> ids;
        for (const diary::DiaryEntry& e : entries)
            ids.insert(e.id);
        return ids;
    }

    // The sync stopped at the first reply: nothing confirmed, the whole outbox kept, and every
    // entry counted as sent (none) is on the server.
    void checkOutboxKept(const sync::SyncReport& report) {
        CHECK(report.pushed == 0);
        CHECK(report.remaining == int(entries.size()));
        CHECK(store::Outbox(f.db).pendingCount() == int(entries.size()));
        store::Statement done =
            f.db.prepare("SELECT count(*) FROM outbox WHERE done_at IS NOT NULL");
        done.step();
        CHECK(done.int64(0) == 0);
    }

    void requireConverged() {
        proxy.clear();
        transport.afterReceive = {};
        const sync::SyncReport report = sync();
        INFO(report.detail.toStdString());
        REQUIRE(report.outcome == Outcome::Done);
        CHECK(report.message == kAllSent);
        CHECK(store::Outbox(f.db).pendingCount() == 0);
        const QJsonArray observations = f.observations();
        CHECK(observations.size() == qsizetype(entries.size())); // no duplicate
        CHECK(identifierValues(observations) == expected());
        f.observationOf(entries.front().id); // by identifier: exactly one
        f.observationOf(entries.back().id);
    }
};

// A reply in the server's place; asserts the sync stopped on it, once, with the message.
void checkRefusedOnTheWire(const QByteArray& body, const char* what) {
    BadReplySync s(6);
    s.proxy.arm(FaultProxy::answer(200, body).times(0));
    const sync::SyncReport report = s.sync();
    INFO(what << ": " << report.detail.toStdString());
    CHECK(report.outcome == Outcome::BadReply);
    CHECK(report.message == kNotUnderstood);
    CHECK(report.requests == 1);
    s.checkOutboxKept(report);
    CHECK(s.f.observations().isEmpty());
    s.requireConverged();
}

// The real server's reply (the batch committed) replaced; asserts the sync stopped on it.
void checkRefusedAfterCommit(const std::function<void(QJsonObject&)>& change, const char* what) {
    BadReplySync s(6);
    s.transport.afterReceive = [&](sync::HttpResponse& response) {
        QJsonObject bundle = QJsonDocument::fromJson(response.body).object();
        change(bundle);
        response.body = json(bundle);
    };
    const sync::SyncReport report = s.sync();
    INFO(what << ": " << report.detail.toStdString());
    CHECK(report.outcome == Outcome::BadReply);
    CHECK(report.message == kNotUnderstood);
    CHECK(report.requests == 1);
    s.checkOutboxKept(report);
    CHECK(identifierValues(s.f.observations()) == s.expected()); // stored, never confirmed
    s.requireConverged();
}

} // namespace

TEST_CASE("bad replies: malformed and truncated JSON in a 200 are refused", "[bad-replies]") {
    checkRefusedOnTheWire(R"({"resourceType": Bundle, "type": "batch-response"})",
                          "unquoted string");
    checkRefusedOnTheWire(R"({"resourceType":"Bundle","type":"batch-response","entry":[{"resp)",
                          "cut mid-string");
    checkRefusedOnTheWire("", "empty body");
    checkRefusedOnTheWire(QByteArray("\xff\xfe{\0\"", 5), "not UTF-8 and a NUL");
}

TEST_CASE("bad replies: JSON nested 100,000 deep is refused without exhausting the stack",
          "[bad-replies]") {
    // Valid JSON: a recursive parser without a depth limit would overflow the stack on it.
    checkRefusedOnTheWire(QByteArray(100000, '[') + QByteArray(100000, ']'), "100,000 arrays");
    checkRefusedOnTheWire(QByteArray(100000, '['), "100,000 open arrays");
}

TEST_CASE("bad replies: a 64 MiB reply is cut off at the transport's 32 MiB cap", "[bad-replies]") {
    BadReplySync s(6);
    // A well-formed batch-response followed by 64 MiB of JSON whitespace: valid, and still too
    // much to hold. The transport must stop reading, not parse it.
    FaultProxy::Fault huge =
        FaultProxy::answer(200, R"({"resourceType":"Bundle","type":"batch-response","entry":[]})");
    huge.paddedTo = std::int64_t{64} * 1024 * 1024;
    s.proxy.arm(huge.times(0));
    const sync::SyncReport report = s.sync();
    INFO(report.detail.toStdString());
    CHECK(report.outcome == Outcome::BadReply);
    CHECK(report.message == kNotUnderstood);
    CHECK(report.detail.contains(QLatin1String("larger than 32 MiB")));
    CHECK(report.requests == 1); // not fetched again
    // What left the proxy: the cap plus what the kernel's socket buffers took in.
    const std::int64_t sent = s.proxy.bytesToClients();
    WARN("huge reply: " << sent / (1024 * 1024) << " MiB of 64 MiB left the proxy");
    CHECK(sent < std::int64_t{48} * 1024 * 1024);
    s.checkOutboxKept(report);
    s.requireConverged();
}

TEST_CASE("bad replies: another resource where a batch-response Bundle belongs is refused",
          "[bad-replies]") {
    checkRefusedAfterCommit(
        [](QJsonObject& reply) {
            reply =
                QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("OperationOutcome")},
                            {QStringLiteral("issue"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("severity"), QStringLiteral("information")},
                                 {QStringLiteral("code"), QStringLiteral("informational")}}}}};
        },
        "OperationOutcome");
    checkRefusedAfterCommit(
        [](QJsonObject& reply) {
            reply = QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                                {QStringLiteral("id"), QStringLiteral("someone-else")}};
        },
        "Patient");
    checkRefusedAfterCommit([](QJsonObject& reply) { reply = QJsonObject{}; }, "empty object");
}

TEST_CASE("bad replies: a Bundle of the wrong type is refused", "[bad-replies]") {
    checkRefusedAfterCommit(
        [](QJsonObject& reply) {
            reply.insert(QStringLiteral("type"), QStringLiteral("transaction-response"));
        },
        "transaction-response");
    checkRefusedAfterCommit(
        [](QJsonObject& reply) {
            reply.insert(QStringLiteral("type"), QStringLiteral("searchset"));
        },
        "searchset");
    checkRefusedAfterCommit([](QJsonObject& reply) { reply.remove(QStringLiteral("type")); },
                            "no type");
}

TEST_CASE("bad replies: a batch-response with more or fewer entries than the request is refused",
          "[bad-replies]") {
    // An entry is matched to its request by position: off by one, every confirmation would
    // land on the wrong record.
    checkRefusedAfterCommit(
        [](QJsonObject& reply) {
            QJsonArray entries = reply.value(QStringLiteral("entry")).toArray();
            entries.removeFirst();
            reply.insert(QStringLiteral("entry"), entries);
        },
        "one entry fewer");
    checkRefusedAfterCommit(
        [](QJsonObject& reply) {
            QJsonArray entries = reply.value(QStringLiteral("entry")).toArray();
            entries.append(entries.first());
            reply.insert(QStringLiteral("entry"), entries);
        },
        "one entry more");
    checkRefusedAfterCommit([](QJsonObject& reply) { reply.remove(QStringLiteral("entry")); },
                            "no entries");
}

TEST_CASE("bad replies: an expired or revoked access code stops the sync and keeps the outbox",
          "[bad-replies]") {
    const QByteArray invalid = R"({"resourceType":"OperationOutcome","issue":[{"severity":"error",)"
                               R"("code":"login","details":{"text":"Unauthorized"}}]})";
    struct Case {
        const char* what;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    for (const Case& c : {Case{"expired, with WWW-Authenticate invalid_token",
                               {{"WWW-Authenticate", R"(Bearer error="invalid_token", )"
                                                     R"(error_description="The token expired")"}}},
                          Case{"revoked, no WWW-Authenticate", {}}}) {
        BadReplySync s(6);
        s.proxy.arm(FaultProxy::answer(401, invalid, c.headers).times(0));
        const sync::SyncReport report = s.sync();
        INFO(c.what << ": " << report.detail.toStdString());
        CHECK(report.outcome == Outcome::Unauthorized);
        CHECK(report.message == kAccessCode);
        CHECK(report.requests == 1); // retrying with the same code cannot help
        CHECK(sync::SyncStatus::read(s.f.db).stopReason == QLatin1String("unauthorized"));
        s.checkOutboxKept(report);
        CHECK(s.f.observations().isEmpty());

        // The patient enters the new code from the clinic.
        s.f.connection.replaceToken(s.f.server.token());
        CHECK(sync::SyncStatus::read(s.f.db).stopReason.isEmpty());
        s.requireConverged();
    }
}

TEST_CASE("bad replies: a code revoked mid-sync keeps what was confirmed and nothing more",
          "[bad-replies]") {
    BadReplySync s(30);
    sync::SyncEngine::Options options = SyncFixture::quickRetries();
    options.initialBatchSize = 10;
    options.maxBatchSize = 10;
    s.proxy.arm(FaultProxy::Fault{}); // the first batch goes through
    s.proxy.arm(
        FaultProxy::answer(401, {}, {{"WWW-Authenticate", R"(Bearer error="invalid_token")"}})
            .times(0));
    const sync::SyncReport report = s.sync(options);
    INFO(report.detail.toStdString());
    CHECK(report.outcome == Outcome::Unauthorized);
    CHECK(report.message == kAccessCode);
    CHECK(report.pushed == 10);
    CHECK(report.remaining == 20);
    CHECK(s.f.observations().size() == 10);
    store::Statement done =
        s.f.db.prepare("SELECT DISTINCT entity_id FROM outbox WHERE done_at IS NOT NULL");
    const QSet<QString> onServer = identifierValues(s.f.observations());
    int marked = 0;
    while (done.step()) {
        ++marked;
        CHECK(onServer.contains(done.text(0)));
    }
    CHECK(marked == 10);

    s.f.connection.replaceToken(s.f.server.token());
    s.requireConverged();
}
