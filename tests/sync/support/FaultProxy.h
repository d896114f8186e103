#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace pacewise::test {

// A loopback HTTP/1.1 proxy in the test process, between the engine's real CurlTransport and the
// real reference server, that breaks the exchange on purpose at the level of bytes on the wire:
// what a dying Wi-Fi link, a broken load balancer or a buggy server does, which a transport
// wrapper (InterceptingTransport) cannot show because libcurl has already made sense of it.
//
// It listens on 127.0.0.1 on a free port; enroll with baseUrlFor(server.baseUrl()). Each request
// is read whole from the client and sent to the server on a fresh connection; the reply is read
// whole (the reference server always sends Content-Length) and passed back. An armed fault
// changes that for the next `count` requests. POSIX sockets and poll(): one thread accepts, one
// thread serves each client connection; the destructor wakes and joins them all and closes every
// socket.
class FaultProxy {
public:
    enum class Action {
        Forward,              // nothing wrong
        CloseRequestAfter,    // pass `bytes` of the request to the server, then close both sides
        CloseResponseAfter,   // pass the request, then `bytes` of the reply, then close
        DelayFirstByte,       // hold the whole reply for `delay`, then pass it
        DelayEachChunk,       // pass the reply in pieces of `bytes`, waiting `delay` before each
        Reset,                // pass the request, then reset (RST) the client instead of replying
        TruncateBody,         // the reply's head and `bytes` of its body, then close
        ContentLengthLarger,  // Content-Length `bytes` more than the body sent, then close
        ContentLengthSmaller, // Content-Length `bytes` less than the body; the rest follows it
        Answer,               // answer itself (status, headers, body); the server never sees it
        Hang,                 // read the request, never answer, until the client gives up
    };
    struct Fault {
        Action action = Action::Forward;
        std::int64_t bytes = 0;
        std::chrono::milliseconds delay{0};
        int count = 1; // requests it hits; 0: every request until clear()
        // Answer:
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers; // Content-Type is fhir+json unless given
        QByteArray body;
        std::int64_t paddedTo = 0; // the body followed by spaces up to this many bytes

        Fault& times(int n) {
            count = n;
            return *this;
        }
    };

    static Fault closeRequestAfter(std::int64_t bytes);
    static Fault closeResponseAfter(std::int64_t bytes);
    static Fault delayFirstByte(std::chrono::milliseconds delay);
    static Fault delayEachChunk(std::int64_t chunkBytes, std::chrono::milliseconds delay);
    static Fault reset();
    static Fault truncateBody(std::int64_t keptBytes);
    static Fault contentLengthOff(std::int64_t by); // > 0: claims more, < 0: claims less
    static Fault answer(int status, QByteArray body,
                        QList<QPair<QByteArray, QByteArray>> headers = {});
    static Fault hang();

    explicit FaultProxy(quint16 upstreamPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    quint16 port() const { return m_port; }
    // The server's base URL with the proxy's port: http://127.0.0.1:PROXY/fhir/R4.
    QString baseUrlFor(const QString& serverBaseUrl) const;

    void arm(const Fault& fault); // after those already armed
    void clear();

    int requests() const { return m_requests.load(); }
    int faultsInjected() const { return m_faultsInjected.load(); }
    int connections() const { return m_connections.load(); }
    std::int64_t bytesToClients() const { return m_bytesToClients.load(); }
    // Bytes on the wire of the last request passed to the server and of its reply.
    std::int64_t lastRequestBytes() const { return m_lastRequestBytes.load(); }
    std::int64_t lastResponseBytes() const { return m_lastResponseBytes.load(); }

private:
    struct Message;
    struct Worker {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> finished;
    };

    void acceptLoop();
    void serve(int client);
    Fault takeFault();
    bool waitFor(int fd, short events, int timeoutMs) const;
    bool pause(std::chrono::milliseconds delay) const;
    bool readMore(int fd, QByteArray& buffer) const;
    bool readMessage(int fd, QByteArray& buffer, bool isResponse, bool headRequest,
                     Message& out) const;
    bool writeAll(int fd, const char* data, std::int64_t size, bool toClient);
    bool writeAll(int fd, const QByteArray& data, bool toClient) {
        return writeAll(fd, data.constData(), data.size(), toClient);
    }
    bool writeAnswer(int client, const Fault& fault);
    void waitForClose(int fd) const;
    int connectUpstream() const;

    quint16 m_upstreamPort = 0;
    quint16 m_port = 0;
    int m_listener = -1;
    int m_wake[2] = {-1, -1}; // a pipe written once on shutdown: every poll() wakes
    std::thread m_acceptor;
    std::mutex m_mutex; // guards m_faults and m_workers
    std::deque<Fault> m_faults;
    std::vector<Worker> m_workers;
    std::atomic<int> m_requests{0};
    std::atomic<int> m_faultsInjected{0};
    std::atomic<int> m_connections{0};
    std::atomic<std::int64_t> m_bytesToClients{0};
    std::atomic<std::int64_t> m_lastRequestBytes{0};
    std::atomic<std::int64_t> m_lastResponseBytes{0};
};

} // namespace pacewise::test
