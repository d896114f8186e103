#include "SyncBandwidth.h"

#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "fhir/DiaryObservation.h"
#include "store/Profile.h"
#include "sync/ClinicConnection.h"
#include "sync/CurlTransport.h"
#include "sync/Gzip.h"
#include "sync/SyncEngine.h"
#include "synthetic/SyntheticDiary.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>

namespace pacewise::bench {
namespace {

const QString kToken = QStringLiteral("bench-token");
const QString kPassphrase = QStringLiteral("river stones at dawn 42");

struct Wire {
    int requests = 0;
    std::int64_t sent = 0;
    std::int64_t received = 0;
    std::int64_t total() const { return sent + received; }
};

QJsonObject toJson(const Wire& w) {
    return QJsonObject{{"requests", w.requests},
                       {"bytes_sent", qint64(w.sent)},
                       {"bytes_received", qint64(w.received)},
                       {"bytes_total", qint64(w.total())}};
}

// The reference clinic server, started for the benchmark and stopped with it.
class Server {
public:
    bool start(const QString& serverScript) {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty() || !QFile::exists(serverScript))
            return false;
        m_process.setProgram(node);
        m_process.setArguments({serverScript, QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--token"), kToken, QStringLiteral("--quiet"),
                                QStringLiteral("--max-body-mb"), QStringLiteral("256")});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(120000))
                return false;
        }
        baseUrl = QJsonDocument::fromJson(m_process.readLine())
                      .object()
                      .value(QLatin1String("baseUrl"))
                      .toString();
        return !baseUrl.isEmpty();
    }
    ~Server() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    sync::HttpResponse post(sync::Transport& transport, const QString& path,
                            const QJsonObject& body, bool gzip) const {
        sync::HttpRequest request;
        request.method = "POST";
        request.url = baseUrl + QLatin1Char('/') + path;
        request.headers = {{QByteArray("Authorization"), "Bearer " + kToken.toUtf8()},
                           {QByteArray("Accept"), QByteArray("application/fhir+json")}};
        request.contentType = "application/fhir+json";
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.gzipBody = gzip;
        sync::CancelFlag never;
        return transport.send(request, never);
    }

    QString createPatient() const {
        sync::CurlTransport transport;
        const sync::HttpResponse response = post(transport, QStringLiteral("Patient"),
                                                 QJsonObject{{"resourceType", "Patient"}}, false);
        return QJsonDocument::fromJson(response.body)
            .object()
            .value(QLatin1String("id"))
            .toString();
    }

    QString baseUrl;

private:
    QProcess m_process;
};

// The engine's transport, with the sizes of what it carried noted: where the bytes of a sync go.
class Recording final : public sync::Transport {
public:
    sync::HttpResponse send(const sync::HttpRequest& request,
                            const sync::CancelFlag& cancel) override {
        sync::HttpResponse response = m_inner.send(request, cancel);
        requestBody += request.body.size();
        requestBodyOnWire +=
            request.gzipBody ? sync::gzipCompress(request.body).size() : request.body.size();
        responseBody += response.body.size();
        return response;
    }
    void clear() { requestBody = requestBodyOnWire = responseBody = 0; }

    qint64 requestBody = 0, requestBodyOnWire = 0, responseBody = 0;

private:
    sync::CurlTransport m_inner;
};

Wire measured(const sync::SyncReport& report) {
    return Wire{report.requests, report.bytesSent, report.bytesReceived};
}

// What a naive client does: one uncompressed POST per resource, the full resource back, and one
// search per pulled type. (It still accepts gzipped replies, as libcurl does for us: the naive
// figures are if anything on the low side.)
Wire naiveUpload(const Server& server, store::Database& db, const QString& patientId,
                 const std::vector<QString>& entryIds) {
    const diary::DiaryCatalogue catalogue = diary::DiaryCatalogue::load(QStringLiteral("en"));
    const diary::DiaryStore diary(db, catalogue);
    sync::CurlTransport transport;
    Wire wire;
    for (const QString& id : entryIds) {
        const QJsonObject observation = fhir::diaryObservation(
            *diary.find(id), QStringLiteral("Patient/") + patientId, catalogue);
        const sync::HttpResponse r =
            server.post(transport, QStringLiteral("Observation"), observation, false);
        wire.requests += 1;
        wire.sent += r.bytesSent;
        wire.received += r.bytesReceived;
    }
    for (const QString& type : sync::SyncEngine::pulledResourceTypes()) {
        sync::HttpRequest request;
        request.url = server.baseUrl + QLatin1Char('/') + type +
                      QStringLiteral("?patient=Patient/") + patientId;
        if (type == QLatin1String("Questionnaire"))
            request.url = server.baseUrl + QStringLiteral("/Questionnaire");
        request.headers = {{QByteArray("Authorization"), "Bearer " + kToken.toUtf8()}};
        sync::CancelFlag never;
        const sync::HttpResponse r = transport.send(request, never);
        wire.requests += 1;
        wire.sent += r.bytesSent;
        wire.received += r.bytesReceived;
    }
    return wire;
}

std::vector<QString> allEntryIds(store::Database& db) {
    std::vector<QString> ids;
    store::Statement query = db.prepare("SELECT id FROM diary_entries ORDER BY recorded_at");
    while (query.step())
        ids.push_back(query.text(0));
    return ids;
}

// A typical day: three entries (morning, afternoon, evening) with the usual fields filled in.
std::vector<QString> addTypicalDay(store::Database& db, QDate day) {
    const diary::DiaryCatalogue& catalogue = diary::DiaryCatalogue::current();
    diary::DiaryStore diary(db, catalogue);
    std::vector<diary::DiaryEntry> entries;
    for (int hour : {8, 14, 21}) {
        diary::DiaryEntry e;
        e.recordedAt = QDateTime(day, QTime(hour, 5), Qt::OffsetFromUTC, 3600);
        e.painNow = 4 + hour % 3;
        e.painAverage = 5;
        e.painWorst = 7;
        e.mood = 6;
        if (hour == 8) {
            e.sleepHours = 6.5;
            e.sleepQuality = 5;
        }
        e.activeMinutes = hour * 2;
        e.bodyLocations = {QStringLiteral("lower-back")};
        e.triggers = {QStringLiteral("stress"), QStringLiteral("poor-sleep")};
        e.copingSkills = {QStringLiteral("breathing")};
        e.note = QStringLiteral("Walked to the shop and back, rested after.");
        entries.push_back(e);
    }
    diary.saveAll(entries);
    std::vector<QString> ids;
    for (const diary::DiaryEntry& e : entries)
        ids.push_back(e.id);
    return ids;
}

void printRow(const char* name, const Wire& ours, const Wire& naive) {
    const auto ratio = [](double a, double b) {
        return b > 0 ? a / b : 0.0;
    };
    std::printf("%-30s %9d %12lld %9d %12lld %8.1fx %8.1fx\n", name, ours.requests,
                static_cast<long long>(ours.total()), naive.requests,
                static_cast<long long>(naive.total()), ratio(naive.requests, ours.requests),
                ratio(double(naive.total()), double(ours.total())));
}

} // namespace

QJsonObject syncBandwidth(const QString& serverScript, int years, std::uint64_t seed) {
    Server server;
    if (!server.start(serverScript)) {
        std::printf("\nsync bandwidth: skipped (node or %s not available)\n",
                    qPrintable(serverScript));
        return {};
    }
    QTemporaryDir dir;
    store::Profile::CreateOptions fast;
    fast.iterations = crypto::KdfParams::kMinIterations;
    auto profile = store::Profile::create(dir.filePath(QStringLiteral("p")), kPassphrase, fast);
    store::Database& db = profile->database();
    const QDate today = QDate::currentDate();
    const int entries = synthetic::generateDiary(db, {years, seed, today.addDays(-2)}).entries;

    const QString patient = server.createPatient();
    sync::ClinicConnection connection(db);
    connection.enroll({server.baseUrl, patient, {}, {}}, kToken);
    Recording transport;
    sync::CancelFlag cancel;

    const auto started = std::chrono::steady_clock::now();
    const sync::SyncReport first = sync::SyncEngine(db, transport, connection).run(cancel);
    const double firstSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!first.succeeded()) {
        std::printf("\nsync bandwidth: the first sync failed: %s\n", qPrintable(first.detail));
        return {};
    }
    // Yesterday: no entry may lie in the future.
    const std::vector<QString> dayIds = addTypicalDay(db, today.addDays(-1));
    transport.clear();
    const sync::SyncReport day = sync::SyncEngine(db, transport, connection).run(cancel);
    const Wire dayWire = measured(day);

    const Wire naiveHistory = naiveUpload(server, db, server.createPatient(), allEntryIds(db));
    const Wire naiveDay = naiveUpload(server, db, server.createPatient(), dayIds);

    std::printf("\n%-30s %9s %12s %9s %12s %9s %9s\n", "sync bandwidth", "requests", "bytes",
                "naive req", "naive bytes", "req x", "bytes x");
    printRow("first sync, whole history", measured(first), naiveHistory);
    printRow("a typical day (3 entries)", dayWire, naiveDay);
    std::printf("%-30s request body %lld B (%lld B gzipped), headers and request line %lld B; "
                "reply body %lld B, %lld B on the wire with its headers\n",
                "  the day's request", static_cast<long long>(transport.requestBody),
                static_cast<long long>(transport.requestBodyOnWire),
                static_cast<long long>(dayWire.sent - transport.requestBodyOnWire),
                static_cast<long long>(transport.responseBody),
                static_cast<long long>(dayWire.received));
    std::printf("(%d entries over %d years, first sync in %.1f s; targets: a day <= 2 requests "
                "and <= 2 KB; history >= 10x fewer bytes, >= 8x fewer requests)\n",
                entries + 3, years, firstSeconds);

    return QJsonObject{{"entries", entries + 3},
                       {"first_sync", toJson(measured(first))},
                       {"first_sync_seconds", firstSeconds},
                       {"first_sync_naive", toJson(naiveHistory)},
                       {"typical_day", toJson(dayWire)},
                       {"typical_day_naive", toJson(naiveDay)}};
}

} // namespace pacewise::bench
