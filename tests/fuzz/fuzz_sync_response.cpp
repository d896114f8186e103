// The sync engine's handling of whatever the clinic's server answers (core/sync/SyncEngine): the
// REAL engine on a real encrypted profile (two diary entries waiting to be sent, enrolled with a
// clinic), through a Transport that plays the server from the fuzz input. This is the one place
// a fake transport is right: the input IS the server.
//
// The input is a list of replies, one per request, in the order the engine asks:
//
//     HTTP 200                    or   FAIL timeout  (offline, timeout, lost, tls, badreply, other)
//     Retry-After: 0              headers, one a line, until an empty line
//
//     {"resourceType": "Bundle", "type": "batch-response", ...}       the body, as it is
//     ~~~~                        between two replies, a line of four tildes
//
// When the replies run out the server is offline. A header X-Fuzz-Elapsed-Ms sets how long the
// exchange is said to have taken (the engine adapts its batch size to it). Besides crashes and
// sanitizer reports, it is a finding when the engine sends the access token anywhere but the
// clinic's address, or when the report for the patient is empty or repeats the token.
#include "FuzzProfile.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "sync/SyncEngine.h"

using namespace pacewise;

namespace {

fuzz::FuzzProfile* profile = nullptr;

sync::HttpResponse::Failure failureNamed(QByteArrayView name) {
    using Failure = sync::HttpResponse::Failure;
    if (name == "offline")
        return Failure::Offline;
    if (name == "timeout")
        return Failure::Timeout;
    if (name == "lost")
        return Failure::ConnectionLost;
    if (name == "tls")
        return Failure::Tls;
    if (name == "badreply")
        return Failure::BadReply;
    return Failure::Other;
}

sync::HttpResponse parseReply(QByteArrayView text) {
    sync::HttpResponse reply;
    const auto endOfLine = [&](qsizetype from) {
        const qsizetype at = text.indexOf('\n', from);
        return at < 0 ? text.size() : at;
    };
    qsizetype lineEnd = endOfLine(0);
    const QByteArrayView first = text.first(lineEnd).trimmed();
    if (first.startsWith("FAIL ")) {
        reply.failure = failureNamed(first.sliced(5).trimmed());
        reply.failureDetail = QStringLiteral("fuzzed failure");
    } else {
        reply.status = (first.startsWith("HTTP ") ? first.sliced(5) : first).toInt();
        reply.httpVersion = "1.1";
    }
    qsizetype at = std::min(lineEnd + 1, text.size());
    while (at < text.size()) {
        lineEnd = endOfLine(at);
        const QByteArrayView line = text.sliced(at, lineEnd - at);
        at = std::min(lineEnd + 1, text.size());
        if (line.trimmed().isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        if (name == "x-fuzz-elapsed-ms")
            reply.elapsed = std::chrono::milliseconds(value.toLongLong());
        else
            reply.headers.append({name, value});
    }
    reply.body = text.sliced(at).toByteArray();
    reply.bytesReceived = text.size();
    return reply;
}

class FuzzedServer final : public sync::Transport {
public:
    explicit FuzzedServer(QByteArrayView input) {
        static constexpr QByteArrayView kSeparator("\n~~~~\n");
        qsizetype at = 0;
        while (at <= input.size()) {
            qsizetype next = input.indexOf(kSeparator, at);
            if (next < 0)
                next = input.size();
            m_replies.push_back(parseReply(input.sliced(at, next - at)));
            at = next + kSeparator.size();
        }
    }

    sync::HttpResponse send(const sync::HttpRequest& request, const sync::CancelFlag&) override {
        for (const auto& [name, value] : request.headers) {
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0 &&
                !(request.url == fuzz::kBaseUrl ||
                  request.url.startsWith(fuzz::kBaseUrl + QLatin1Char('/'))))
                fuzz::finding("the access token was sent outside the clinic's address");
        }
        if (m_next >= m_replies.size()) {
            sync::HttpResponse offline;
            offline.failure = sync::HttpResponse::Failure::Offline;
            offline.failureDetail = QStringLiteral("no more fuzzed replies");
            return offline;
        }
        sync::HttpResponse reply = m_replies[m_next++];
        reply.bytesSent = request.body.size();
        return reply;
    }

private:
    std::vector<sync::HttpResponse> m_replies;
    std::size_t m_next = 0;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialise(argc, argv);
    profile = new fuzz::FuzzProfile("sync_response");
    diary::DiaryStore diary(profile->db(), diary::DiaryCatalogue::current());
    std::vector<diary::DiaryEntry> entries(2);
    for (int i = 0; i < 2; ++i) {
        entries[i].recordedAt =
            QDateTime(QDate(2026, 1, 5), QTime(8 + i, 0), Qt::OffsetFromUTC, 3600);
        entries[i].painNow = 4 + i;
        entries[i].note = QStringLiteral("synthetic note %1").arg(i);
    }
    diary.saveAll(entries);
    profile->snapshot();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    FuzzedServer server(input);
    sync::ClinicConnection connection(profile->db());
    sync::SyncEngine::Options options;
    // No real waiting: backoff and Retry-After are still computed, honoured up to zero.
    options.maxAttempts = 3;
    options.baseBackoff = std::chrono::milliseconds(1);
    options.maxBackoff = std::chrono::milliseconds(1);
    options.maxRetryAfterWait = std::chrono::seconds(0);
    options.rarelyChangedInterval = std::chrono::hours(0);
    fuzz::expectOnlyErrors([&] {
        sync::CancelFlag cancel;
        const sync::SyncReport report =
            sync::SyncEngine(profile->db(), server, connection, options).run(cancel);
        // PACEWISE_FUZZ_VERBOSE=1: what the engine made of the replies (for writing seeds).
        if (qEnvironmentVariableIsSet("PACEWISE_FUZZ_VERBOSE"))
            std::fprintf(stderr, "outcome %d, %d requests, pushed %d, pulled %d, held %d: %s\n",
                         int(report.outcome), report.requests, report.pushed, report.pulled,
                         report.held, qPrintable(report.detail));
        if (report.message.isEmpty())
            fuzz::finding("a sync ended without a message for the patient");
        if (!input.contains(fuzz::kAccessToken.toUtf8()) &&
            (report.message.contains(fuzz::kAccessToken) ||
             report.detail.contains(fuzz::kAccessToken)))
            fuzz::finding("the sync report repeats the access token");
    });
    profile->restore();
    return 0;
}
