#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <atomic>
#include <chrono>
#include <cstdint>

namespace pacewise::sync {

// Set from any thread to stop a sync: the transport aborts the request in flight within about
// 100 ms and the engine stops before its next step.
class CancelFlag {
public:
    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    void reset() noexcept { m_cancelled.store(false, std::memory_order_relaxed); }
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

struct HttpRequest {
    QByteArray method = "GET"; // GET, POST, PUT, DELETE
    QString url;               // absolute
    // Extra headers, e.g. {"Authorization", "Bearer ..."}, {"Prefer", "return=minimal"}.
    // The transport adds Accept-Encoding (gzip) itself, and Content-Encoding when it compresses.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;        // uncompressed
    QByteArray contentType; // e.g. "application/fhir+json"
    bool gzipBody = false;  // compress the body and send Content-Encoding: gzip
    std::chrono::milliseconds connectTimeout{15000};
    // Abort when fewer than lowSpeedBytes per second flow for lowSpeedTime (a stalled link), and
    // in any case after totalTimeout.
    std::chrono::milliseconds totalTimeout{300000};
    std::chrono::seconds lowSpeedTime{60};
    long lowSpeedBytes = 16;
};

struct HttpResponse {
    // What went wrong before an HTTP status arrived. None when `status` is valid.
    enum class Failure {
        None,
        Offline,        // name not resolved, connection refused, no route
        Timeout,        // connect, low-speed or total timeout
        ConnectionLost, // the connection closed or reset before the whole reply arrived
        Tls,            // handshake failed, certificate not trusted, wrong host, pin mismatch
        Cancelled,      // CancelFlag
        BadReply,       // malformed HTTP or content encoding
        Other,
    };
    Failure failure = Failure::None;
    QString failureDetail; // technical detail for logs (never contains bodies or tokens)
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;                              // decoded (gunzipped)
    // Bytes on the wire, both directions, headers included, as sent and received (compressed).
    std::int64_t bytesSent = 0;
    std::int64_t bytesReceived = 0;
    std::chrono::milliseconds elapsed{0};
    QByteArray httpVersion; // "1.1", "2"

    bool ok() const { return failure == Failure::None; }
    QByteArray header(QByteArrayView lowerCaseName) const {
        for (const auto& [name, value] : headers) {
            if (name == lowerCaseName)
                return value;
        }
        return {};
    }
};

// One HTTP exchange at a time, blocking. The sync engine talks to the clinic only through this,
// so tests can drop, delay or corrupt replies between the engine and the real server.
class Transport {
public:
    virtual ~Transport() = default;
    virtual HttpResponse send(const HttpRequest& request, const CancelFlag& cancel) = 0;
};

} // namespace pacewise::sync
