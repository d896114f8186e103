// The sync engine end to end against the real reference clinic server (Medplum's FHIR engine):
// what the server holds afterwards is the assertion, not what the engine says it did.
#include "error/Error.h"
#include "store/Outbox.h"
#include "support/SyncFixture.h"
#include "sync/SyncLock.h"
#include "sync/SyncState.h"
#include "sync/SyncStatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <catch2/catch.hpp>
#include <thread>

using namespace pacewise;
using namespace pacewise::test;
using Outcome = sync::SyncReport::Outcome;

namespace {

QJsonObject fault(const QString& action, const QString& pathPrefix, QJsonObject extra = {}) {
    extra.insert(QStringLiteral("action"), action);
    extra.insert(QStringLiteral("pathPrefix"), pathPrefix);
    return extra;
}

int clinicResources(store::Database& db, const QString& type) {
    store::Statement query =
        db.prepare("SELECT count(*) FROM clinic_resources WHERE resource_type = ?");
    query.bind(1, type);
    query.step();
    return int(query.int64(0));
}

QJsonObject task(const QString& patientId, const QString& description) {
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("Task")},
        {QStringLiteral("status"), QStringLiteral("requested")},
        {QStringLiteral("intent"), QStringLiteral("order")},
        {QStringLiteral("description"), description},
        {QStringLiteral("for"),
         QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/") + patientId}}}};
}

} // namespace

TEST_CASE("1,000 diary entries reach the server as exactly 1,000 Observations with their values",
          "[engine]") {
    SyncFixture f;
    const std::vector<diary::DiaryEntry> entries = f.addEntries(1000);

    const sync::SyncReport report = f.sync();
    INFO(report.detail.toStdString());
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.pushed == 1000);
    CHECK(report.remaining == 0);
    CHECK(store::Outbox(f.db).pendingCount() == 0);

    const QJsonArray observations = f.observations();
    REQUIRE(observations.size() == 1000);
    QSet<QString> expected;
    for (const diary::DiaryEntry& e : entries)
        expected.insert(e.id);
    CHECK(identifierValues(observations) == expected);

    // Values, sampled across the set.
    for (int i : {0, 1, 499, 998, 999}) {
        const QJsonObject o = f.observationOf(entries[std::size_t(i)].id);
        CHECK(o.value(QLatin1String("valueInteger")).toInt() == entries[std::size_t(i)].painNow);
        CHECK(o.value(QLatin1String("status")).toString() == QLatin1String("final"));
        CHECK(QDateTime::fromString(o.value(QLatin1String("effectiveDateTime")).toString(),
                                    Qt::ISODate) == entries[std::size_t(i)].recordedAt);
        CHECK(o.value(QLatin1String("subject")).toObject().value(QLatin1String("reference")) ==
              QStringLiteral("Patient/") + f.patientId);
    }

    // Nothing is sent twice: a second sync has no write in it.
    const sync::SyncReport again = f.sync();
    CHECK(again.outcome == Outcome::Done);
    CHECK(again.pushed == 0);
    CHECK(again.requests == 1); // the searches of the pull, in one batch
    CHECK(f.observations().size() == 1000);
}

TEST_CASE("edits and deletes reach the server as new versions of the same Observation",
          "[engine]") {
    SyncFixture f;
    std::vector<diary::DiaryEntry> entries = f.addEntries(3);
    REQUIRE(f.sync().outcome == Outcome::Done);
    const QJsonObject before = f.observationOf(entries[0].id);

    diary::DiaryEntry edited = *f.diary.find(entries[0].id);
    edited.painNow = 9;
    edited.note = QStringLiteral("changed");
    f.diary.save(edited);
    f.diary.remove(entries[1].id);
    const sync::SyncReport report = f.sync();
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.pushed == 2);

    const QJsonObject after = f.observationOf(entries[0].id);
    CHECK(after.value(QLatin1String("id")) == before.value(QLatin1String("id")));
    CHECK(after.value(QLatin1String("meta")).toObject().value(QLatin1String("versionId")) !=
          before.value(QLatin1String("meta")).toObject().value(QLatin1String("versionId")));
    CHECK(after.value(QLatin1String("valueInteger")).toInt() == 9);
    CHECK(after.value(QLatin1String("status")).toString() == QLatin1String("amended"));
    CHECK(f.observationOf(entries[1].id).value(QLatin1String("status")).toString() ==
          QLatin1String("entered-in-error"));
    CHECK(f.observationOf(entries[2].id).value(QLatin1String("status")).toString() ==
          QLatin1String("final"));
    CHECK(f.observations().size() == 3);

    // Undo of the delete travels too.
    f.diary.restore(entries[1].id);
    REQUIRE(f.sync().outcome == Outcome::Done);
    CHECK(f.observationOf(entries[1].id).value(QLatin1String("status")).toString() !=
          QLatin1String("entered-in-error"));
}

TEST_CASE("a reply lost after the server committed: the retry creates no duplicate", "[engine]") {
    SyncFixture f;
    f.addEntries(40);
    // The server stores the whole batch, then closes the connection instead of answering.
    f.server.injectFaults(
        QJsonArray{fault(QStringLiteral("drop-after-commit"), QStringLiteral("/fhir/R4"),
                         {{QStringLiteral("method"), QStringLiteral("POST")}})});
    const sync::SyncReport report = f.sync();
    INFO(report.detail.toStdString());
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.requests >= 2);
    CHECK(report.remaining == 0);
    CHECK(f.observations().size() == 40);
}

TEST_CASE("a Task and a Communication from the clinic arrive once, and their updates once more",
          "[engine][pull]") {
    SyncFixture f;
    const QJsonObject created = f.server.create(task(f.patientId, QStringLiteral("Walk daily")));
    f.server.create(QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("Communication")},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("subject"),
         QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/") + f.patientId}}},
        {QStringLiteral("payload"),
         QJsonArray{QJsonObject{{QStringLiteral("contentString"), QStringLiteral("Hello")}}}}});
    // Another patient's task must not arrive.
    f.server.create(task(f.server.createPatient(), QStringLiteral("Not yours")));

    sync::SyncReport report = f.sync();
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.pulled >= 2);
    CHECK(clinicResources(f.db, QStringLiteral("Task")) == 1);
    CHECK(clinicResources(f.db, QStringLiteral("Communication")) == 1);
    CHECK(sync::SyncState(f.db).cursor(QStringLiteral("Task")).has_value());

    report = f.sync();
    CHECK(report.pulled == 0);
    CHECK(clinicResources(f.db, QStringLiteral("Task")) == 1);

    QJsonObject changed = created;
    changed.insert(QStringLiteral("description"), QStringLiteral("Walk twice a day"));
    const sync::HttpResponse put = f.server.request(
        "PUT", QStringLiteral("Task/") + created.value(QLatin1String("id")).toString(), changed);
    REQUIRE(put.status == 200);
    report = f.sync();
    CHECK(report.pulled == 1);
    CHECK(clinicResources(f.db, QStringLiteral("Task")) == 1);
    store::Statement stored = f.db.prepare("SELECT resource FROM clinic_resources WHERE id = ?");
    stored.bind(1, created.value(QLatin1String("id")).toString());
    REQUIRE(stored.step());
    CHECK(QJsonDocument::fromJson(stored.text(0).toUtf8())
              .object()
              .value(QLatin1String("description"))
              .toString() == QLatin1String("Walk twice a day"));
}

TEST_CASE("pull pages through more resources than a page holds, ties included", "[engine][pull]") {
    SyncFixture f;
    // 250 Tasks in one batch: many share a millisecond of lastUpdated.
    QJsonArray entries;
    for (int i = 0; i < 250; ++i)
        entries.append(QJsonObject{
            {QStringLiteral("resource"), task(f.patientId, QStringLiteral("Task %1").arg(i))},
            {QStringLiteral("request"),
             QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                         {QStringLiteral("url"), QStringLiteral("Task")}}}});
    const sync::HttpResponse batch =
        f.server.request("POST", f.server.baseUrl(),
                         QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                     {QStringLiteral("type"), QStringLiteral("batch")},
                                     {QStringLiteral("entry"), entries}});
    REQUIRE(batch.status == 200);

    sync::SyncEngine::Options options = SyncFixture::quickRetries();
    options.pageSize = 40;
    const sync::SyncReport report = f.sync(options);
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(clinicResources(f.db, QStringLiteral("Task")) == 250);
    CHECK(report.pulled == 250);
    CHECK(f.sync(options).pulled == 0);
}

TEST_CASE("a wrong or expired access code: a clear message, the outbox kept", "[engine]") {
    SyncFixture f;
    f.addEntries(5);
    f.connection.replaceToken(QStringLiteral("expired-token-0000"));
    const sync::SyncReport report = f.sync();
    CHECK(report.outcome == Outcome::Unauthorized);
    CHECK(report.message.contains(QLatin1String("access code")));
    CHECK(report.remaining == 5);
    CHECK(sync::SyncStatus::read(f.db).stopReason == QLatin1String("unauthorized"));
    CHECK(f.observations().isEmpty());

    // A new code from the clinic: everything goes.
    f.connection.replaceToken(f.server.token());
    CHECK(sync::SyncStatus::read(f.db).stopReason.isEmpty());
    REQUIRE(f.sync().outcome == Outcome::Done);
    CHECK(f.observations().size() == 5);
}

TEST_CASE("a server whose certificate is not from the clinic's CA is refused", "[engine][tls]") {
    const ClinicServer server = ClinicServer::fromEnvironment();
    if (server.tlsBaseUrl().isEmpty()) {
        WARN("the fixture runs without HTTPS (no openssl): not tested here");
        return;
    }
    {
        SyncFixture f(true);
        f.addEntries(3);
        {
            sync::CurlTransport wrongCa({f.server.otherCaFile(), {}});
            const sync::SyncReport report = f.sync(wrongCa);
            CHECK(report.outcome == Outcome::TlsFailed);
            CHECK(report.remaining == 3);
            CHECK(report.requests == 1); // not retried: retrying cannot help
        }
        {
            sync::CurlTransport systemCas;
            CHECK(f.sync(systemCas).outcome == Outcome::TlsFailed);
        }
        sync::CurlTransport rightCa({f.server.caFile(), f.server.pinnedPublicKey()});
        const sync::SyncReport report = f.sync(rightCa);
        REQUIRE(report.outcome == Outcome::Done);
        CHECK(report.pushed == 3);
        const QJsonObject found = f.server.getJson(
            f.server.tlsBaseUrl() + QStringLiteral("/Observation?subject=Patient/") + f.patientId);
        CHECK(found.value(QLatin1String("total")).toInt() == 3);
    }
}

TEST_CASE("500s are retried with backoff, too many keep the outbox", "[engine][faults]") {
    SyncFixture f;
    f.addEntries(4);
    f.server.injectFaults(
        QJsonArray{fault(QStringLiteral("status"), QStringLiteral("/fhir/R4"),
                         {{QStringLiteral("status"), 500}, {QStringLiteral("count"), 2}})});
    sync::SyncReport report = f.sync();
    INFO(report.detail.toStdString());
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.requests == 3);
    CHECK(f.observations().size() == 4);

    f.addEntries(2, 5);
    f.server.injectFaults(
        QJsonArray{fault(QStringLiteral("status"), QStringLiteral("/fhir/R4"),
                         {{QStringLiteral("status"), 502}, {QStringLiteral("count"), 10}})});
    report = f.sync();
    CHECK(report.outcome == Outcome::ServerError);
    CHECK(report.requests == SyncFixture::quickRetries().maxAttempts);
    CHECK(report.remaining == 2);
    f.server.clearFaults();
    CHECK(f.sync().outcome == Outcome::Done);
    CHECK(f.observations().size() == 6);
}

TEST_CASE("429 with Retry-After: a short wait is waited, a long one is reported",
          "[engine][faults]") {
    SyncFixture f;
    f.addEntries(3);
    f.server.injectFaults(
        QJsonArray{fault(QStringLiteral("status"), QStringLiteral("/fhir/R4"),
                         {{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), 1}})});
    QElapsedTimer timer;
    timer.start();
    sync::SyncReport report = f.sync();
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(timer.elapsed() >= 950);
    CHECK(f.observations().size() == 3);

    f.addEntries(1);
    f.server.injectFaults(
        QJsonArray{fault(QStringLiteral("status"), QStringLiteral("/fhir/R4"),
                         {{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), 3600}})});
    timer.restart();
    report = f.sync();
    CHECK(report.outcome == Outcome::ServerBusy);
    CHECK(timer.elapsed() < 5000);
    CHECK(report.remaining == 1);
    const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(report.retryAt);
    CHECK(wait > 3500);
    CHECK(wait <= 3600);
    CHECK(sync::SyncStatus::read(f.db).retryAt.isValid());
}

TEST_CASE("a malformed or truncated reply changes nothing, and the next sync converges",
          "[engine][faults]") {
    SyncFixture f;
    f.addEntries(10);
    sync::CurlTransport real;
    InterceptingTransport transport(real);
    for (const auto& corrupt : std::vector<std::function<void(sync::HttpResponse&)>>{
             [](sync::HttpResponse& r) { r.body.truncate(r.body.size() / 2); },
             [](sync::HttpResponse& r) { r.body = "{\"resourceType\":\"Patient\"}"; },
             [](sync::HttpResponse& r) {
                 r.body = "<html>proxy error</html>";
             }}) {
        transport.afterReceive = corrupt;
        const sync::SyncReport report = f.sync(transport);
        CHECK(report.outcome == Outcome::BadReply);
        CHECK(report.remaining == 10);
    }
    transport.afterReceive = {};
    REQUIRE(f.sync(transport).outcome == Outcome::Done);
    CHECK(f.observations().size() == 10);
}

TEST_CASE("a record the server refuses is held, the others go through", "[engine]") {
    SyncFixture f;
    const std::vector<diary::DiaryEntry> entries = f.addEntries(5);
    sync::CurlTransport real;
    InterceptingTransport transport(real);
    // Break one resource on its way (an invalid status code): the server's validation refuses
    // that entry of the batch alone.
    // Break one resource on its way (an element FHIR does not define): the server's validation
    // refuses that entry of the batch alone.
    bool broken = false;
    transport.beforeSend = [&](sync::HttpRequest& request) {
        const qsizetype at = request.body.indexOf("\"status\":\"final\"");
        if (!broken && at >= 0) {
            request.body.insert(at, "\"painfulness\":11,");
            broken = true;
        }
    };
    const sync::SyncReport report = f.sync(transport);
    INFO(report.detail.toStdString());
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.pushed == 4);
    CHECK(report.held == 1);
    const sync::SyncStatus status = sync::SyncStatus::read(f.db);
    CHECK(status.held == 1);
    CHECK_FALSE(status.heldReason.isEmpty());
    CHECK(f.observations().size() == 4);

    // Held rows are not sent again on their own the same day...
    CHECK(f.sync().pushed == 0);
    // ...but once a day (the clinic may have fixed its side): here the refusal is made a day old.
    f.db.prepare("UPDATE outbox SET held_at = ? WHERE held_at IS NOT NULL")
        .bind(1, QDateTime::currentDateTimeUtc().addSecs(-25 * 3600).toString(Qt::ISODateWithMs))
        .run();
    CHECK(f.sync().pushed == 1);
    CHECK(f.observations().size() == 5);
    CHECK(sync::SyncStatus::read(f.db).held == 0);
}

TEST_CASE("a refused record edited several times is held whole and counted once", "[engine]") {
    SyncFixture f;
    diary::DiaryEntry entry = f.addEntries(1).front();
    for (int pain : {7, 8}) {
        entry = *f.diary.find(entry.id);
        entry.painNow = pain;
        f.diary.save(entry); // three outbox rows for one record
    }
    CHECK(store::Outbox(f.db).waitingRecords() == 1);
    sync::CurlTransport real;
    InterceptingTransport transport(real);
    transport.beforeSend = [](sync::HttpRequest& request) {
        const qsizetype at = request.body.indexOf("\"status\":\"amended\"");
        if (at >= 0)
            request.body.insert(at, "\"painfulness\":11,");
    };
    sync::SyncReport report = f.sync(transport);
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.held == 1);
    CHECK(report.remaining == 1);
    const sync::SyncStatus status = sync::SyncStatus::read(f.db);
    CHECK(status.held == 1);
    CHECK(status.waiting == 1);

    // None of its rows goes out again the same day, not even the older ones.
    transport.beforeSend = {};
    report = f.sync(transport);
    CHECK(report.pushed == 0);
    CHECK(report.requests == 1);
    CHECK(f.observations().isEmpty());

    // A new edit sends the record's current state, and that settles every row.
    entry = *f.diary.find(entry.id);
    entry.painNow = 2;
    f.diary.save(entry);
    report = f.sync(transport);
    CHECK(report.pushed == 1);
    CHECK(report.remaining == 0);
    CHECK(sync::SyncStatus::read(f.db).held == 0);
    CHECK(f.observationOf(entry.id).value(QLatin1String("valueInteger")).toInt() == 2);
}

TEST_CASE("no server at the address: reported as offline at once, outbox kept", "[engine]") {
    SyncFixture f;
    f.addEntries(2);
    f.connection.enroll({QStringLiteral("http://127.0.0.1:9/fhir/R4"), f.patientId, {}, {}},
                        f.server.token());
    QElapsedTimer timer;
    timer.start();
    const sync::SyncReport report = f.sync();
    CHECK(report.outcome == Outcome::Offline);
    CHECK(timer.elapsed() < 3000);
    CHECK(report.remaining == 2);
}

TEST_CASE("never two syncs of one profile at once", "[engine]") {
    SyncFixture f;
    f.addEntries(1);
    const QString lockPath = f.dir.filePath(QStringLiteral("pacewise-sync.lock"));

    SECTION("a second sync in this process") {
        {
            const sync::SyncLock held(lockPath);
            REQUIRE(held.isHeld());
            const sync::SyncReport report = f.sync();
            CHECK(report.outcome == Outcome::AlreadyRunning);
            CHECK(report.message == QStringLiteral("Pacewise is already sending to your clinic."));
            CHECK(report.remaining == 1);
        }
        CHECK(f.sync().outcome == Outcome::Done);
    }

    SECTION("another process holds it, and is killed") {
        // util-linux flock(1) locks the file with flock(2), as SyncLock does; -o keeps the
        // lock in flock itself, not in the command it runs, so killing flock frees it.
        QProcess holder;
        holder.start(QStringLiteral("flock"),
                     {QStringLiteral("-o"), lockPath, QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("echo held; exec cat")});
        REQUIRE(holder.waitForStarted());
        REQUIRE(holder.waitForReadyRead(10000));
        REQUIRE(holder.readLine().trimmed() == "held");
        CHECK(f.sync().outcome == Outcome::AlreadyRunning);

        holder.kill(); // SIGKILL: no chance to unlock
        REQUIRE(holder.waitForFinished());
        holder.closeWriteChannel(); // ends the cat it left behind
        QElapsedTimer timer;
        timer.start();
        const sync::SyncReport report = f.sync();
        CHECK(report.outcome == Outcome::Done);
        CHECK(report.pushed == 1);
        CHECK(timer.elapsed() < 10000); // no stale-lock wait
    }
}

TEST_CASE("a lock file left behind in any state does not hold up the next sync", "[engine]") {
    SyncFixture f;
    f.addEntries(1);
    const QString lockPath = f.dir.filePath(QStringLiteral("pacewise-sync.lock"));
    // Empty, as a kill used to leave it; or naming a live process (this one), as an older
    // Pacewise wrote it: the file's content means nothing, only a holder's lock counts.
    const QByteArray content =
        GENERATE(QByteArray(), QByteArray::number(QCoreApplication::applicationPid()) +
                                   "\npacewise_sync_tests\nlocalhost\n");
    test::writeFile(lockPath, content);
    const sync::SyncReport report = f.sync();
    CHECK(report.outcome == Outcome::Done);
    CHECK(report.pushed == 1);
    CHECK(QFileInfo::exists(lockPath)); // kept: removing it would let two processes lock
}

TEST_CASE("a profile folder the sync lock cannot be made in is an error, not 'already sending'",
          "[engine]") {
    SyncFixture f;
    f.addEntries(1);
    // A directory where the lock file belongs: open() fails as on a read-only folder, and
    // running as root here, permissions could not make it fail.
    REQUIRE(QDir(f.dir.path()).mkdir(QStringLiteral("pacewise-sync.lock")));
    try {
        f.sync();
        FAIL("the sync ran without its lock");
    } catch (const Error& error) {
        CHECK(error.message().startsWith(
            QStringLiteral("Pacewise could not prepare sending in the profile folder.")));
        CHECK(error.detail().contains(QStringLiteral("pacewise-sync.lock")));
    }
    CHECK(store::Outbox(f.db).pendingCount() == 1);
}

TEST_CASE("a sync cancelled mid-request stops promptly and the next one converges", "[engine]") {
    SyncFixture f;
    f.addEntries(20);
    f.server.injectFaults(QJsonArray{fault(QStringLiteral("delay"), QStringLiteral("/fhir/R4"),
                                           {{QStringLiteral("delayMs"), 3000}})});
    sync::CancelFlag cancel;
    sync::CurlTransport transport;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        cancel.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    const sync::SyncReport report =
        sync::SyncEngine(f.db, transport, f.connection, SyncFixture::quickRetries()).run(cancel);
    canceller.join();
    CHECK(report.outcome == Outcome::Cancelled);
    CHECK(timer.elapsed() < 2000);
    std::this_thread::sleep_for(std::chrono::milliseconds(3000)); // let the server finish
    REQUIRE(f.sync().outcome == Outcome::Done);
    CHECK(f.observations().size() == 20);
}

TEST_CASE("a sync process killed mid-batch, then run again, converges without duplicates",
          "[engine][crash]") {
    SyncFixture f;
    f.addEntries(300);
    // Small batches, each held back by the server, so the kill lands between and inside them.
    f.server.injectFaults(
        QJsonArray{fault(QStringLiteral("delay"), QStringLiteral("/fhir/R4"),
                         {{QStringLiteral("delayMs"), 300}, {QStringLiteral("count"), 1000}})});
    int killedAfter = 0;
    for (int round = 0; round < 3; ++round) {
        QProcess runner;
        runner.setProgram(QStringLiteral(PACEWISE_SYNC_RUNNER));
        runner.setArguments({f.dir.path(), QStringLiteral("25")});
        runner.start();
        REQUIRE(runner.waitForStarted());
        runner.write((kPassphrase + QLatin1Char('\n')).toUtf8());
        runner.closeWriteChannel();
        // Kill after a few confirmed batches (the runner prints one line per progress step).
        int lines = 0;
        while (lines < 2 + round && runner.waitForReadyRead(20000)) {
            while (runner.canReadLine()) {
                runner.readLine();
                ++lines;
            }
        }
        // ...and a little later, while the next batch is in flight.
        std::this_thread::sleep_for(std::chrono::milliseconds(100 + 60 * round));
        REQUIRE(runner.state() == QProcess::Running); // the kill must land mid-sync
        runner.kill();                                // SIGKILL
        REQUIRE(runner.waitForFinished());
        CHECK(runner.exitStatus() == QProcess::CrashExit);
        killedAfter += lines;
    }
    f.server.clearFaults();
    INFO("killed three times after " << killedAfter << " progress lines in all");
    const sync::SyncReport report = f.sync();
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.remaining == 0);
    const QJsonArray observations = f.observations();
    CHECK(observations.size() == 300);
    CHECK(identifierValues(observations).size() == 300);
}

TEST_CASE("the server's acceptance of gzip request bodies is learned and kept", "[engine]") {
    SyncFixture f;
    f.addEntries(30);
    sync::CurlTransport real;
    InterceptingTransport transport(real);
    bool compressed = false;
    transport.beforeSend = [&](sync::HttpRequest& request) {
        compressed = request.gzipBody;
    };
    REQUIRE(f.sync(transport).outcome == Outcome::Done);
    CHECK(compressed);
    CHECK(sync::SyncState(f.db).value(QLatin1String(sync::SyncState::kGzipRequests)) ==
          QStringLiteral("yes"));

    // A server that refuses compressed bodies (415): learned once, remembered.
    f.addEntries(3, 2);
    transport.beforeSend = [&](sync::HttpRequest& request) {
        compressed = request.gzipBody;
        if (request.gzipBody)
            request.headers.append(
                {QByteArray("Content-Encoding"), QByteArray("br")}); // the server answers 415
    };
    const sync::SyncReport report = f.sync(transport);
    REQUIRE(report.outcome == Outcome::Done);
    CHECK_FALSE(compressed);
    CHECK(sync::SyncState(f.db).value(QLatin1String(sync::SyncState::kGzipRequests)) ==
          QStringLiteral("no"));
    CHECK(f.observations().size() == 33);
}

TEST_CASE("a new clinic gets the whole diary, forgetting the clinic keeps the diary", "[engine]") {
    SyncFixture f;
    f.addEntries(6);
    REQUIRE(f.sync().outcome == Outcome::Done);
    CHECK(store::Outbox(f.db).pendingCount() == 0);

    const QString otherPatient = f.server.createPatient(QStringLiteral("Moved"));
    f.connection.enroll({f.server.baseUrl(), otherPatient, {}, {}}, f.server.token());
    CHECK(store::Outbox(f.db).pendingCount() == 6);
    REQUIRE(f.sync().outcome == Outcome::Done);
    CHECK(f.server
              .searchAll(QStringLiteral("Observation"),
                         QStringLiteral("subject=Patient/%1").arg(otherPatient))
              .size() == 6);

    f.connection.forget();
    CHECK_FALSE(f.connection.isEnrolled());
    CHECK(f.sync().outcome == Outcome::NotEnrolled);
    CHECK(f.diary.count() == 6);
}
