// What the clinic connection does with certificates it must not trust: expired, not yet valid,
// for another host, self-signed. The client is the real one (CurlTransport, then the sync engine
// on a real encrypted profile); the server is a TLS endpoint in this process serving a
// certificate made for each case (support/TlsTestServer), so every case is reproducible without
// the network. A control case with a good certificate proves the refusals are about the
// certificate and nothing else.

#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "store/Outbox.h"
#include "store/Profile.h"
#include "support/SyncMessages.h"
#include "support/TestProfile.h"
#include "support/TlsTestServer.h"
#include "sync/ClinicConnection.h"
#include "sync/CurlTransport.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::sync;
using pacewise::test::TestCertificate;
using pacewise::test::TestCertificateAuthority;
using pacewise::test::TlsTestServer;
using Failure = HttpResponse::Failure;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

HttpResponse getMetadata(CurlTransport& transport, const TlsTestServer& server) {
    HttpRequest request;
    request.url = server.baseUrl() + QStringLiteral("/metadata");
    request.headers.append({QByteArray("Authorization"), QByteArray("Bearer not-a-real-token")});
    CancelFlag never;
    return transport.send(request, never);
}

struct Case {
    const char* name;
    TestCertificate certificate;
    const char* detail; // what libcurl/OpenSSL says, for support (in failureDetail)
};

} // namespace

TEST_CASE("certificates: one from the clinic's CA for this address and in date is accepted",
          "[certificates][tls]") {
    QTemporaryDir dir;
    const TestCertificateAuthority ca(QStringLiteral("Pacewise test clinic CA"));
    const QString caFile = writeFile(dir, QStringLiteral("ca.pem"), ca.certificatePem());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TlsTestServer server(
        ca.issue({QStringLiteral("IP:127.0.0.1")}, now.addDays(-1), now.addDays(30)));

    CurlTransport transport(CurlTransport::TlsOptions{caFile, {}});
    const HttpResponse response = getMetadata(transport, server);

    INFO(response.failureDetail.toStdString());
    REQUIRE(response.ok());
    CHECK(response.status == 200);
    CHECK(server.requestsServed() == 1);
}

TEST_CASE("certificates: expired, not yet valid, for another host or self-signed are refused, "
          "nothing is sent and the outbox is kept",
          "[certificates][tls]") {
    QTemporaryDir dir;
    const TestCertificateAuthority ca(QStringLiteral("Pacewise test clinic CA"));
    const QString caFile = writeFile(dir, QStringLiteral("ca.pem"), ca.certificatePem());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList here{QStringLiteral("IP:127.0.0.1")};

    const std::vector<Case> cases{
        {"expired", ca.issue(here, now.addDays(-60), now.addDays(-1)), "expired"},
        {"not yet valid", ca.issue(here, now.addDays(1), now.addDays(60)), "not yet valid"},
        {"for another host",
         ca.issue({QStringLiteral("DNS:clinic.example")}, now.addDays(-1), now.addDays(30)),
         "127.0.0.1"},
        {"self-signed", TestCertificateAuthority::selfSigned(here), "self-signed"},
    };

    for (const Case& c : cases) {
        DYNAMIC_SECTION("a certificate " << c.name) {
            TlsTestServer server(c.certificate);

            // The transport: a TLS failure, with the reason in the detail for support.
            CurlTransport transport(CurlTransport::TlsOptions{caFile, {}});
            const HttpResponse response = getMetadata(transport, server);
            INFO(response.failureDetail.toStdString());
            CHECK(response.failure == Failure::Tls);
            CHECK(response.status == 0);
            CHECK(response.failureDetail.contains(QLatin1String(c.detail), Qt::CaseInsensitive));

            // The sync: the patient's words, nothing sent, the diary still waiting.
            QTemporaryDir profileDir;
            auto profile =
                store::Profile::create(profileDir.path(), test::kPassphrase, test::fastOptions());
            diary::DiaryStore diary(profile->database(), diary::DiaryCatalogue::current());
            for (int i = 0; i < 3; ++i) {
                diary::DiaryEntry e;
                e.recordedAt = now.addSecs(-3600 * (i + 1));
                e.painNow = 4 + i;
                diary.save(e);
            }
            ClinicConnection connection(profile->database());
            connection.enroll({server.baseUrl(), QStringLiteral("p1"), caFile, {}},
                              QStringLiteral("a-token-for-tests-only"));
            CurlTransport syncTransport(CurlTransport::TlsOptions{caFile, {}});
            CancelFlag cancel;
            const SyncReport report =
                SyncEngine(profile->database(), syncTransport, connection).run(cancel);

            CHECK(report.outcome == SyncReport::Outcome::TlsFailed);
            CHECK(report.message == test::kNotTrusted);
            CHECK(report.pushed == 0);
            CHECK(report.remaining == 3);
            CHECK(report.requests == 1); // not retried: retrying cannot help
            CHECK(store::Outbox(profile->database()).pendingCount() == 3);
            CHECK(server.connections() >= 2);    // the client did reach it, twice
            CHECK(server.requestsServed() == 0); // and sent nothing over the connection
        }
    }
}

// DESIGN.md §6: TLS verification cannot be switched off outside tests. There is no switch at all
// (no option, setting, environment variable or build flag); this guards that no one adds one.
TEST_CASE("certificates: nothing in the app's code turns certificate or host checks off",
          "[certificates][tls]") {
    const QStringList sources{QStringLiteral(PACEWISE_SOURCE_DIR "/core/sync/CurlTransport.cpp"),
                              QStringLiteral(PACEWISE_SOURCE_DIR "/core/sync/CurlTransport.h")};
    int verifySettings = 0;
    for (const QString& path : sources) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        // Every place that sets a verification option sets it on (1L, or 2L for the host).
        static const QRegularExpression setting(
            QStringLiteral(R"(CURLOPT_(SSL|PROXY_SSL)_VERIFY(PEER|HOST|STATUS)\s*,\s*([^)]*)\))"));
        for (auto it = setting.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            INFO(path.toStdString() << ": " << match.captured(0).toStdString());
            CHECK((match.captured(3).trimmed() == QLatin1String("1L") ||
                   match.captured(3).trimmed() == QLatin1String("2L")));
            ++verifySettings;
        }
        CHECK_FALSE(text.contains(QLatin1String("SSL_VERIFY_NONE")));
        CHECK_FALSE(text.contains(QLatin1String("CURLSSLOPT_NO_REVOKE")));
        CHECK_FALSE(text.contains(QLatin1String("CURLSSLOPT_ALLOW_BEAST")));
        CHECK_FALSE(text.contains(QLatin1String("getenv"), Qt::CaseInsensitive));
    }
    CHECK(verifySettings >= 2); // peer and host, both on
}
