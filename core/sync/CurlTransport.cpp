#include "sync/CurlTransport.h"

#include "sync/Gzip.h"

#include <curl/curl.h>
#include <mutex>
#include <new>
#include <stdexcept>
#include <utility>

namespace pacewise::sync {

namespace {

using Failure = HttpResponse::Failure;

// A FHIR search page or batch reply is a few MiB at most (the sync's largest: 400 write
// confirmations and five search pages of 100 resources, under 8 MiB); anything near this is a
// broken or hostile server. The engine parses what it holds into a QJsonDocument, several times
// the size again, on a patient's laptop or phone: 32 MiB, not more.
constexpr qsizetype kMaxResponseBody = qsizetype{32} * 1024 * 1024;
// How often the transfer loop looks at the CancelFlag (the flag promises about 100 ms).
constexpr int kCancelPollMs = 100;

void initCurlOnce() {
    // curl_global_init is not thread-safe before 7.84 and must run before any handle exists.
    // It is never undone: curl_global_cleanup at exit would race other threads' transports.
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            throw std::runtime_error("libcurl could not be initialised");
    });
}

Failure failureOf(CURLcode code) {
    switch (code) {
    case CURLE_OK:
        return Failure::None;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return Failure::Offline;
    case CURLE_OPERATION_TIMEDOUT:
        return Failure::Timeout;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return Failure::ConnectionLost;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_USE_SSL_FAILED:
        return Failure::Tls;
    case CURLE_ABORTED_BY_CALLBACK:
        return Failure::Cancelled;
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UNSUPPORTED_PROTOCOL: // an http:// URL answered in something that is not HTTP
        return Failure::BadReply;
    default:
        return Failure::Other;
    }
}

QByteArray httpVersionName(long version) {
    switch (version) {
    case CURL_HTTP_VERSION_1_0:
        return "1.0";
    case CURL_HTTP_VERSION_1_1:
        return "1.1";
    case CURL_HTTP_VERSION_2_0:
        return "2";
    case CURL_HTTP_VERSION_3:
        return "3";
    default:
        return {};
    }
}

// A method is sent verbatim on the request line: letters only, so nothing can be smuggled in.
bool isToken(const QByteArray& method) {
    if (method.isEmpty())
        return false;
    for (char c : method) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    return true;
}

// A header name or value with CR, LF or NUL would end the header early and inject another.
bool isSafeHeaderPart(const QByteArray& part) {
    return !part.contains('\r') && !part.contains('\n') && !part.contains('\0');
}

struct Slist {
    curl_slist* list = nullptr;
    Slist() = default;
    Slist(const Slist&) = delete;
    Slist& operator=(const Slist&) = delete;
    ~Slist() { curl_slist_free_all(list); }
    void append(const QByteArray& line) {
        curl_slist* grown = curl_slist_append(list, line.constData());
        if (grown == nullptr)
            throw std::bad_alloc();
        list = grown;
    }
};

} // namespace

// One easy handle, reused so that its TLS session cache survives between requests, driven by
// one multi handle that owns the connection cache. The multi loop (rather than
// curl_easy_perform, which polls once a second) lets the CancelFlag act within ~100 ms even
// while nothing arrives.
//
// Threads: a CurlTransport may be created on one thread and used on another, but only by one
// thread at a time; a sync worker owns its own transport. libcurl handles are not shared.
struct CurlTransport::Impl {
    TlsOptions tls;
    QByteArray caFile;
    QByteArray pinnedPublicKey;
    CURL* easy = nullptr;
    CURLM* multi = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    // State of the transfer in flight, touched by the callbacks.
    const CancelFlag* cancel = nullptr;
    HttpResponse* response = nullptr;
    bool bodyTooLarge = false;
    bool headersEnded = false; // the blank line after the final status's headers arrived
    bool cancelled = false;
    std::int64_t bytesOut = 0; // request line, headers and body as handed to the connection

    explicit Impl(TlsOptions options)
        : tls(std::move(options))
        , caFile(tls.caFile.toUtf8())
        , pinnedPublicKey(tls.pinnedPublicKey.toUtf8()) {
        initCurlOnce();
        easy = curl_easy_init();
        multi = curl_multi_init();
        if (easy == nullptr || multi == nullptr) {
            curl_easy_cleanup(easy);
            curl_multi_cleanup(multi);
            throw std::bad_alloc();
        }
    }

    ~Impl() {
        curl_multi_cleanup(multi);
        curl_easy_cleanup(easy);
    }

    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    // After a failure the cached connection may be half-closed, mid-stream or mid-handshake;
    // dropping the multi handle closes every cached connection, so the next request starts
    // clean. A failure is rare, so losing a reusable connection with it costs little.
    void forgetConnections() {
        CURLM* fresh = curl_multi_init();
        if (fresh == nullptr)
            return; // keep the old one: curl closes the connection it saw fail anyway
        curl_multi_cleanup(multi);
        multi = fresh;
    }

    static size_t onBody(char* data, size_t size, size_t count, void* user) {
        auto* self = static_cast<Impl*>(user);
        const size_t length = size * count;
        QByteArray& body = self->response->body;
        if (static_cast<qsizetype>(length) > kMaxResponseBody - body.size()) {
            self->bodyTooLarge = true;
            return 0; // CURLE_WRITE_ERROR
        }
        body.append(data, static_cast<qsizetype>(length));
        return length;
    }

    static size_t onHeader(char* data, size_t size, size_t count, void* user) {
        auto* self = static_cast<Impl*>(user);
        const size_t length = size * count;
        const QByteArray line(data, static_cast<qsizetype>(length));
        auto& headers = self->response->headers;
        if (line.startsWith("HTTP/")) {
            // A new status line: an interim (1xx) response's headers are not the final ones.
            headers.clear();
            self->headersEnded = false;
            return length;
        }
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            self->headersEnded = true;
            return length;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !headers.isEmpty()) {
            // Obsolete line folding: the line continues the previous header's value.
            headers.last().second += ' ' + trimmed;
            return length;
        }
        const qsizetype colon = trimmed.indexOf(':');
        if (colon <= 0)
            return length;
        headers.append({trimmed.left(colon).trimmed().toLower(), trimmed.mid(colon + 1).trimmed()});
        return length;
    }

    // Counts what goes out; logs nothing (bodies and headers hold patient data and the token).
    // CURLINFO_REQUEST_SIZE cannot be used: it includes a small POST body sent along with the
    // headers and leaves out a large one, so header and body sizes cannot be told apart.
    static int onDebug(CURL*, curl_infotype type, char*, size_t size, void* user) {
        if (type == CURLINFO_HEADER_OUT || type == CURLINFO_DATA_OUT)
            static_cast<Impl*>(user)->bytesOut += static_cast<std::int64_t>(size);
        return 0;
    }

    static int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
        auto* self = static_cast<Impl*>(user);
        if (self->cancel->isCancelled()) {
            self->cancelled = true;
            return 1; // CURLE_ABORTED_BY_CALLBACK
        }
        return 0;
    }

    HttpResponse send(const HttpRequest& request, const CancelFlag& cancelFlag);

private:
    CURLcode configure(const HttpRequest& request, const QByteArray& url, const QByteArray& body,
                       Slist& headers);
    CURLcode run();
    void collectInfo(HttpResponse& out) const;
    QString detail(CURLcode code, const HttpRequest& request) const;
};

CURLcode CurlTransport::Impl::configure(const HttpRequest& request, const QByteArray& url,
                                        const QByteArray& body, Slist& headers) {
    // Every option is set anew for each request; curl_easy_reset keeps the TLS session cache.
    curl_easy_reset(easy);
    CURLcode rc = CURLE_OK;
    const auto set = [&](CURLoption option, auto value) {
        if (rc == CURLE_OK)
            rc = curl_easy_setopt(easy, option, value);
    };

    set(CURLOPT_URL, url.constData());
    set(CURLOPT_ERRORBUFFER, errorBuffer);
    set(CURLOPT_NOSIGNAL, 1L); // no SIGALRM from timeouts: the transport runs on worker threads
    set(CURLOPT_PROTOCOLS_STR, "http,https");
    set(CURLOPT_FOLLOWLOCATION, 0L); // a FHIR server has no reason to redirect; we never follow
    set(CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));

    // Verification is always on: there is no option, test or otherwise, to turn it off.
    set(CURLOPT_SSL_VERIFYPEER, 1L);
    set(CURLOPT_SSL_VERIFYHOST, 2L);
    set(CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    if (!caFile.isEmpty()) {
        set(CURLOPT_CAINFO, caFile.constData());
        // "Instead of the system's CAs": Debian's libcurl also trusts /etc/ssl/certs by default.
        set(CURLOPT_CAPATH, static_cast<const char*>(nullptr));
    }
    if (!pinnedPublicKey.isEmpty())
        set(CURLOPT_PINNEDPUBLICKEY, pinnedPublicKey.constData());

    // libcurl decodes the reply; CURLINFO_SIZE_DOWNLOAD_T still counts the compressed bytes.
    set(CURLOPT_ACCEPT_ENCODING, "gzip");

    set(CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(request.connectTimeout.count()));
    set(CURLOPT_TIMEOUT_MS, static_cast<long>(request.totalTimeout.count()));
    set(CURLOPT_LOW_SPEED_LIMIT, request.lowSpeedBytes);
    set(CURLOPT_LOW_SPEED_TIME, static_cast<long>(request.lowSpeedTime.count()));

    set(CURLOPT_WRITEFUNCTION, &Impl::onBody);
    set(CURLOPT_WRITEDATA, this);
    set(CURLOPT_HEADERFUNCTION, &Impl::onHeader);
    set(CURLOPT_HEADERDATA, this);
    set(CURLOPT_NOPROGRESS, 0L);
    set(CURLOPT_DEBUGFUNCTION, &Impl::onDebug);
    set(CURLOPT_DEBUGDATA, this);
    set(CURLOPT_VERBOSE, 1L); // only feeds onDebug: with a debug function libcurl prints nothing
    set(CURLOPT_XFERINFOFUNCTION, &Impl::onProgress);
    set(CURLOPT_XFERINFODATA, this);

    const bool sendsBody = request.method != "GET" && request.method != "HEAD" &&
                           (request.method != "DELETE" || !body.isEmpty());
    if (request.method == "GET") {
        set(CURLOPT_HTTPGET, 1L);
    } else if (request.method == "HEAD") {
        set(CURLOPT_NOBODY, 1L);
    } else if (request.method != "POST") {
        set(CURLOPT_CUSTOMREQUEST, request.method.constData());
    }
    if (sendsBody) {
        // POSTFIELDS with a custom method sends the body with that method (PUT, PATCH, ...).
        // curl keeps only the pointer: `body` outlives the transfer (see send()).
        set(CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
        set(CURLOPT_POSTFIELDS, body.constData());
    }

    for (const auto& [name, value] : request.headers)
        headers.append(name + ": " + value);
    if (sendsBody) {
        // Without a type curl would claim application/x-www-form-urlencoded.
        headers.append(request.contentType.isEmpty() ? QByteArray("Content-Type:")
                                                     : "Content-Type: " + request.contentType);
        if (request.gzipBody)
            headers.append("Content-Encoding: gzip");
    }
    headers.append("Expect:"); // no 100-continue round trip before a body
    set(CURLOPT_HTTPHEADER, headers.list);
    return rc;
}

CURLcode CurlTransport::Impl::run() {
    if (curl_multi_add_handle(multi, easy) != CURLM_OK)
        return CURLE_OUT_OF_MEMORY;
    CURLcode result = CURLE_OK;
    for (;;) {
        int running = 0;
        if (curl_multi_perform(multi, &running) != CURLM_OK) {
            result = CURLE_OUT_OF_MEMORY;
            break;
        }
        bool done = false;
        int left = 0;
        while (CURLMsg* message = curl_multi_info_read(multi, &left)) {
            if (message->msg == CURLMSG_DONE && message->easy_handle == easy) {
                result = message->data.result;
                done = true;
            }
        }
        if (done)
            break;
        if (running == 0) { // cannot happen without a CURLMSG_DONE; do not spin if it does
            result = CURLE_RECV_ERROR;
            break;
        }
        // The progress callback runs only while bytes can move; between name resolution and
        // connect, or waiting on a silent server, the loop itself notices the flag.
        if (cancel->isCancelled()) {
            cancelled = true;
            result = CURLE_ABORTED_BY_CALLBACK;
            break;
        }
        if (curl_multi_poll(multi, nullptr, 0, kCancelPollMs, nullptr) != CURLM_OK) {
            result = CURLE_OUT_OF_MEMORY;
            break;
        }
    }
    curl_multi_remove_handle(multi, easy);
    return result;
}

void CurlTransport::Impl::collectInfo(HttpResponse& out) const {
    long headerSize = 0, version = 0;
    curl_off_t downloaded = 0, totalMicros = 0;
    curl_easy_getinfo(easy, CURLINFO_HEADER_SIZE, &headerSize);
    curl_easy_getinfo(easy, CURLINFO_SIZE_DOWNLOAD_T, &downloaded);
    curl_easy_getinfo(easy, CURLINFO_TOTAL_TIME_T, &totalMicros);
    curl_easy_getinfo(easy, CURLINFO_HTTP_VERSION, &version);
    // Header sizes are of the HTTP/1-style text; over HTTP/2 HPACK sends fewer bytes.
    out.bytesSent = bytesOut;
    out.bytesReceived = static_cast<std::int64_t>(headerSize) + downloaded;
    out.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::microseconds(totalMicros));
    out.httpVersion = httpVersionName(version);
}

QString CurlTransport::Impl::detail(CURLcode code, const HttpRequest& request) const {
    QString text = QString::fromUtf8(curl_easy_strerror(code));
    if (bodyTooLarge)
        text += QStringLiteral(": the reply body is larger than %1 MiB")
                    .arg(kMaxResponseBody / (1024 * 1024));
    else if (errorBuffer[0] != '\0')
        text += QStringLiteral(": ") + QString::fromUtf8(errorBuffer).trimmed();
    // curl's messages name the host and port but not the path or query; make sure of it, and
    // of the headers (the bearer token), since this text goes to logs.
    const qsizetype query = request.url.indexOf(QLatin1Char('?'));
    if (query >= 0 && query + 1 < request.url.size())
        text.replace(request.url.mid(query + 1), QStringLiteral("[query]"));
    for (const auto& header : request.headers) {
        if (header.second.size() >= 4)
            text.replace(QString::fromUtf8(header.second), QStringLiteral("[header]"));
    }
    return text;
}

HttpResponse CurlTransport::Impl::send(const HttpRequest& request, const CancelFlag& cancelFlag) {
    HttpResponse out;
    if (cancelFlag.isCancelled()) {
        out.failure = Failure::Cancelled;
        out.failureDetail = QStringLiteral("cancelled before the request was sent");
        return out;
    }
    if (!isToken(request.method)) {
        out.failure = Failure::Other;
        out.failureDetail = QStringLiteral("invalid HTTP method");
        return out;
    }
    for (const auto& [name, value] : request.headers) {
        if (name.isEmpty() || name.contains(':') || !isSafeHeaderPart(name) ||
            !isSafeHeaderPart(value)) {
            out.failure = Failure::Other;
            out.failureDetail = QStringLiteral("invalid request header"); // never its content
            return out;
        }
    }
    if (!isSafeHeaderPart(request.contentType)) {
        out.failure = Failure::Other;
        out.failureDetail = QStringLiteral("invalid content type");
        return out;
    }

    // Lives until the transfer ends: curl reads POSTFIELDS from this buffer without copying.
    const QByteArray body = request.gzipBody ? gzipCompress(request.body) : request.body;
    const QByteArray url = request.url.toUtf8();
    Slist headers;

    errorBuffer[0] = '\0';
    cancel = &cancelFlag;
    response = &out;
    bodyTooLarge = false;
    headersEnded = false;
    cancelled = false;
    bytesOut = 0;

    CURLcode code = configure(request, url, body, headers);
    if (code == CURLE_OK)
        code = run();
    collectInfo(out);

    cancel = nullptr;
    response = nullptr;

    // libcurl 7.88 ends a transfer without error when the connection closes inside the reply's
    // headers before Content-Length: a status line and half the headers look like an empty
    // reply. It is a lost connection (the server may have committed), to be retried as one.
    const bool cutInHeaders = code == CURLE_OK && !headersEnded;
    if (code == CURLE_OK && !cutInHeaders) {
        long status = 0;
        curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
        out.status = static_cast<int>(status);
        return out;
    }

    Failure failure = failureOf(code);
    if (code == CURLE_ABORTED_BY_CALLBACK && !cancelled)
        failure = Failure::Other;
    if (bodyTooLarge)
        failure = Failure::BadReply;
    if (cutInHeaders)
        failure = Failure::ConnectionLost;
    out.failure = failure;
    out.failureDetail = cutInHeaders
                            ? QStringLiteral("the connection closed inside the reply's headers")
                            : detail(code, request);
    // A partial reply is not a reply: callers must not act on half a body or its headers.
    out.status = 0;
    out.headers.clear();
    out.body.clear();
    forgetConnections();
    return out;
}

CurlTransport::CurlTransport(TlsOptions tls)
    : m_impl(std::make_unique<Impl>(std::move(tls))) {}

CurlTransport::~CurlTransport() = default;

HttpResponse CurlTransport::send(const HttpRequest& request, const CancelFlag& cancel) {
    return m_impl->send(request, cancel);
}

} // namespace pacewise::sync
