// pacewise-cli sync against the reference clinic server (the CTest fixture): enroll, sync, and
// look at what the server holds. Arrange a profile with a small diary -> sync -> compare.
#include "CliProcess.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "store/Profile.h"
#include "support/ClinicServer.h"
#include "support/TestProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using test::CliRun;
using test::runCli;

namespace {

constexpr int kEntries = 5;

// A profile folder with a five-entry diary (so five records in the outbox), closed again.
struct DiaryProfile {
    QTemporaryDir dir;
    QString profile = dir.filePath(QStringLiteral("p"));
    QString tokenFile = dir.filePath(QStringLiteral("token.txt"));
    QByteArray pass = test::kPassphrase.toUtf8() + '\n';

    DiaryProfile() {
        auto open = store::Profile::create(profile, test::kPassphrase, test::fastOptions());
        diary::DiaryStore store(open->database(), diary::DiaryCatalogue::current());
        const QDateTime anHourAgo = QDateTime::currentDateTime().addSecs(-3600);
        for (int i = 0; i < kEntries; ++i) {
            diary::DiaryEntry entry;
            entry.recordedAt = anHourAgo.addDays(-i);
            entry.painNow = 3 + i;
            store.save(entry);
        }
    }

    CliRun run(QStringList args) const {
        args << QStringLiteral("--profile") << profile << QStringLiteral("--passphrase-stdin");
        return runCli(args, pass, 120000);
    }

    CliRun enroll(const QString& url, const QString& patient, const QString& token,
                  const QStringList& extra = {}) const {
        test::writeFile(tokenFile, token.toUtf8() + '\n');
        return run(QStringList{QStringLiteral("clinic"), QStringLiteral("enroll"),
                               QStringLiteral("--url"), url, QStringLiteral("--patient"), patient,
                               QStringLiteral("--token-file"), tokenFile} +
                   extra);
    }

    // "Waiting to sync:  N" of `info`.
    int waiting() const {
        const CliRun info = run({QStringLiteral("info")});
        REQUIRE(info.exitCode == 0);
        const qsizetype at = info.out.indexOf(QStringLiteral("Waiting to sync:"));
        REQUIRE(at >= 0);
        return info.out.mid(at + 16).section(QLatin1Char('\n'), 0, 0).trimmed().toInt();
    }
};

QJsonObject jsonLine(const CliRun& run) {
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.trimmed().toUtf8());
    INFO("stdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

// The Observations the server holds for a patient (by `base`, http or https).
int observationsOf(const test::ClinicServer& server, const QString& base, const QString& patient) {
    const QJsonObject bundle =
        server.getJson(base + QStringLiteral("/Observation?subject=Patient/") + patient +
                       QStringLiteral("&_count=0"));
    return bundle.value(QLatin1String("total")).toInt(-1);
}

} // namespace

TEST_CASE("sync sends the diary to the clinic, and a second sync sends nothing again",
          "[cli][sync]") {
    const auto server = test::ClinicServer::fromEnvironment();
    const QString patient = server.createPatient(QStringLiteral("CliSync"));
    DiaryProfile p;
    const CliRun enroll = p.enroll(server.baseUrl(), patient, server.token());
    INFO(enroll.err.toStdString());
    REQUIRE(enroll.exitCode == 0);
    REQUIRE(p.waiting() == kEntries);

    const CliRun first = p.run({QStringLiteral("sync"), QStringLiteral("--json")});
    CHECK(first.exitCode == 0);
    const QJsonObject report = jsonLine(first);
    CHECK(report.value(QLatin1String("outcome")).toString() == QLatin1String("Done"));
    CHECK(report.value(QLatin1String("pushed")).toInt() == kEntries);
    CHECK(report.value(QLatin1String("remaining")).toInt() == 0);
    CHECK(report.value(QLatin1String("requests")).toInt() >= 1);
    CHECK(report.value(QLatin1String("bytesSent")).toInteger() > 0);
    CHECK_FALSE(first.out.contains(server.token()));
    CHECK_FALSE(first.err.contains(server.token()));
    CHECK(observationsOf(server, server.baseUrl(), patient) == kEntries);
    CHECK(p.waiting() == 0);

    // The summary in words, and nothing sent twice.
    const CliRun second = p.run({QStringLiteral("sync")});
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("Pushed:           0")));
    CHECK(second.out.contains(QStringLiteral("Remaining:        0")));
    CHECK(second.out.contains(QStringLiteral("Bytes sent:")));
    CHECK(observationsOf(server, server.baseUrl(), patient) == kEntries);
}

TEST_CASE("a wrong access code exits 77 and keeps the whole outbox", "[cli][sync]") {
    const auto server = test::ClinicServer::fromEnvironment();
    const QString patient = server.createPatient(QStringLiteral("CliWrongToken"));
    DiaryProfile p;
    REQUIRE(p.enroll(server.baseUrl(), patient, QStringLiteral("not-the-clinics-code")).exitCode ==
            0);

    const CliRun sync = p.run({QStringLiteral("sync")});
    CHECK(sync.exitCode == 77);
    CHECK_FALSE(sync.err.isEmpty());
    CHECK_FALSE(sync.err.contains(QStringLiteral("not-the-clinics-code")));
    CHECK(p.waiting() == kEntries);
    CHECK(observationsOf(server, server.baseUrl(), patient) == 0);
}

TEST_CASE("sync over HTTPS trusts the clinic's own CA file", "[cli][sync]") {
    const auto server = test::ClinicServer::fromEnvironment();
    if (server.tlsBaseUrl().isEmpty()) {
        WARN("the clinic server fixture runs without HTTPS (no openssl): nothing to check");
        return;
    }
    const sync::HttpResponse created = server.request(
        "POST", server.tlsBaseUrl() + QStringLiteral("/Patient"),
        QJsonObject{{QLatin1String("resourceType"), QLatin1String("Patient")},
                    {QLatin1String("name"),
                     QJsonArray{QJsonObject{{QLatin1String("family"), QLatin1String("CliTls")}}}}});
    REQUIRE(created.ok());
    REQUIRE(created.status == 201);
    const QString patient =
        QJsonDocument::fromJson(created.body).object().value(QLatin1String("id")).toString();

    DiaryProfile p;
    REQUIRE(p.enroll(server.tlsBaseUrl(), patient, server.token(),
                     {QStringLiteral("--ca-file"), server.caFile()})
                .exitCode == 0);
    const CliRun sync = p.run({QStringLiteral("sync"), QStringLiteral("--json")});
    INFO(sync.err.toStdString());
    CHECK(sync.exitCode == 0);
    CHECK(jsonLine(sync).value(QLatin1String("pushed")).toInt() == kEntries);
    CHECK(observationsOf(server, server.tlsBaseUrl(), patient) == kEntries);

    // The same server without its CA file is not trusted: 76, and nothing is lost.
    DiaryProfile untrusted;
    REQUIRE(untrusted.enroll(server.tlsBaseUrl(), patient, server.token()).exitCode == 0);
    CHECK(untrusted.run({QStringLiteral("sync")}).exitCode == 76);
    CHECK(untrusted.waiting() == kEntries);
}
