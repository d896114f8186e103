#include "FaultProxy.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace pacewise::test {

namespace {

constexpr qsizetype kReadChunk = 64 * 1024;
constexpr std::int64_t kPadChunk = 1024 * 1024;

void closeFd(int& fd) {
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

// The value of a header in a message head, or -1 when it is absent or not a number.
std::int64_t contentLength(const QByteArray& head) {
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            const std::int64_t value = line.mid(colon + 1).trimmed().toLongLong(&ok);
            return ok ? value : -1;
        }
    }
    return -1;
}

QByteArray withContentLength(const QByteArray& head, std::int64_t value) {
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            line = "Content-Length: " + QByteArray::number(value) + '\r';
    }
    return lines.join('\n');
}

bool closesConnection(const QByteArray& head) {
    return head.toLower().contains("\nconnection: close");
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 401:
        return "Unauthorized";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

struct FaultProxy::Message {
    QByteArray head; // request or status line and headers, up to and including the blank line
    QByteArray body;
    QByteArray wire() const { return head + body; }
};

FaultProxy::Fault FaultProxy::closeRequestAfter(std::int64_t bytes) {
    Fault f;
    f.action = Action::CloseRequestAfter;
    f.bytes = bytes;
    return f;
}

FaultProxy::Fault FaultProxy::closeResponseAfter(std::int64_t bytes) {
    Fault f;
    f.action = Action::CloseResponseAfter;
    f.bytes = bytes;
    return f;
}

FaultProxy::Fault FaultProxy::delayFirstByte(std::chrono::milliseconds delay) {
    Fault f;
    f.action = Action::DelayFirstByte;
    f.delay = delay;
    return f;
}

FaultProxy::Fault FaultProxy::delayEachChunk(std::int64_t chunkBytes,
                                             std::chrono::milliseconds delay) {
    Fault f;
    f.action = Action::DelayEachChunk;
    f.bytes = chunkBytes;
    f.delay = delay;
    return f;
}

FaultProxy::Fault FaultProxy::reset() {
    Fault f;
    f.action = Action::Reset;
    return f;
}

FaultProxy::Fault FaultProxy::truncateBody(std::int64_t keptBytes) {
    Fault f;
    f.action = Action::TruncateBody;
    f.bytes = keptBytes;
    return f;
}

FaultProxy::Fault FaultProxy::contentLengthOff(std::int64_t by) {
    Fault f;
    f.action = by > 0 ? Action::ContentLengthLarger : Action::ContentLengthSmaller;
    f.bytes = by > 0 ? by : -by;
    return f;
}

FaultProxy::Fault FaultProxy::answer(int status, QByteArray body,
                                     QList<QPair<QByteArray, QByteArray>> headers) {
    Fault f;
    f.action = Action::Answer;
    f.status = status;
    f.body = std::move(body);
    f.headers = std::move(headers);
    return f;
}

FaultProxy::Fault FaultProxy::hang() {
    Fault f;
    f.action = Action::Hang;
    return f;
}

FaultProxy::FaultProxy(quint16 upstreamPort)
    : m_upstreamPort(upstreamPort) {
    if (::pipe2(m_wake, O_CLOEXEC) != 0)
        throw std::runtime_error("fault proxy: pipe failed");
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (m_listener < 0 ||
        ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(m_listener, 16) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        closeFd(m_listener);
        closeFd(m_wake[0]);
        closeFd(m_wake[1]);
        throw std::runtime_error("fault proxy: cannot listen on 127.0.0.1");
    }
    m_port = ntohs(address.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

FaultProxy::~FaultProxy() {
    const char stop = 1;
    [[maybe_unused]] const ssize_t written = ::write(m_wake[1], &stop, 1);
    m_acceptor.join(); // no new workers after this
    for (Worker& worker : m_workers)
        worker.thread.join();
    closeFd(m_listener);
    closeFd(m_wake[0]);
    closeFd(m_wake[1]);
}

QString FaultProxy::baseUrlFor(const QString& serverBaseUrl) const {
    // http://127.0.0.1:PORT/fhir/R4 -> the same with the proxy's port
    const qsizetype hostStart = serverBaseUrl.indexOf(QLatin1String("://")) + 3;
    const qsizetype pathStart = serverBaseUrl.indexOf(QLatin1Char('/'), hostStart);
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port) + serverBaseUrl.mid(pathStart);
}

void FaultProxy::arm(const Fault& fault) {
    const std::lock_guard lock(m_mutex);
    m_faults.push_back(fault);
}

void FaultProxy::clear() {
    const std::lock_guard lock(m_mutex);
    m_faults.clear();
}

FaultProxy::Fault FaultProxy::takeFault() {
    const std::lock_guard lock(m_mutex);
    if (m_faults.empty())
        return {};
    Fault fault = m_faults.front();
    if (fault.count > 0 && --m_faults.front().count == 0)
        m_faults.pop_front();
    if (fault.action != Action::Forward)
        ++m_faultsInjected;
    return fault;
}

// True when `fd` is ready; false on shutdown or when `timeoutMs` (>= 0) passed first.
bool FaultProxy::waitFor(int fd, short events, int timeoutMs) const {
    pollfd fds[2] = {{fd, events, 0}, {m_wake[0], POLLIN, 0}};
    for (;;) {
        const int n = ::poll(fds, 2, timeoutMs);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || (fds[1].revents & POLLIN) != 0)
            return false;
        return (fds[0].revents & (events | POLLHUP | POLLERR)) != 0;
    }
}

// Sleeps; false when the proxy shuts down meanwhile.
bool FaultProxy::pause(std::chrono::milliseconds delay) const {
    pollfd wake{m_wake[0], POLLIN, 0};
    while (::poll(&wake, 1, int(delay.count())) < 0 && errno == EINTR) {
    }
    return (wake.revents & POLLIN) == 0;
}

bool FaultProxy::readMore(int fd, QByteArray& buffer) const {
    if (!waitFor(fd, POLLIN, -1))
        return false;
    char chunk[kReadChunk];
    const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
    if (n <= 0)
        return false;
    buffer.append(chunk, qsizetype(n));
    return true;
}

// One whole HTTP/1.1 message from `buffer` and `fd`; what follows it stays in `buffer`. Bodies
// are framed by Content-Length (requests without one have none; a reply without one ends
// when the connection does). False when the connection ends first.
bool FaultProxy::readMessage(int fd, QByteArray& buffer, bool isResponse, bool headRequest,
                             Message& out) const {
    qsizetype headEnd = -1;
    while ((headEnd = buffer.indexOf("\r\n\r\n")) < 0) {
        if (!readMore(fd, buffer))
            return false;
    }
    headEnd += 4;
    out.head = buffer.left(headEnd);
    std::int64_t length = contentLength(out.head);
    if (isResponse) {
        const int status = out.head.mid(9, 3).toInt();
        if (headRequest || status / 100 == 1 || status == 204 || status == 304)
            length = 0;
    } else if (length < 0) {
        length = 0;
    }
    if (length < 0) {
        while (readMore(fd, buffer)) {
        }
        length = buffer.size() - headEnd;
    }
    while (buffer.size() - headEnd < length) {
        if (!readMore(fd, buffer))
            return false;
    }
    out.body = buffer.mid(headEnd, qsizetype(length));
    buffer.remove(0, headEnd + qsizetype(length));
    return true;
}

bool FaultProxy::writeAll(int fd, const char* data, std::int64_t size, bool toClient) {
    while (size > 0) {
        if (!waitFor(fd, POLLOUT, -1))
            return false;
        const ssize_t n = ::send(fd, data, std::size_t(size), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        if (toClient)
            m_bytesToClients += n;
        data += n;
        size -= n;
    }
    return true;
}

bool FaultProxy::writeAnswer(int client, const Fault& fault) {
    const std::int64_t bodySize = std::max<std::int64_t>(fault.body.size(), fault.paddedTo);
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(fault.status) + ' ' + reasonPhrase(fault.status) + "\r\n";
    bool typed = false;
    for (const auto& [name, value] : fault.headers) {
        typed = typed || name.toLower() == "content-type";
        head += name + ": " + value + "\r\n";
    }
    if (!typed)
        head += "Content-Type: application/fhir+json\r\n";
    head += "Content-Length: " + QByteArray::number(bodySize) + "\r\n\r\n";
    if (!writeAll(client, head, true) || !writeAll(client, fault.body, true))
        return false;
    // Padding streamed, not built: a huge reply costs the test no memory.
    const QByteArray spaces(qsizetype(kPadChunk), ' ');
    for (std::int64_t left = bodySize - fault.body.size(); left > 0; left -= kPadChunk) {
        if (!writeAll(client, spaces.constData(), std::min(left, kPadChunk), true))
            return false;
    }
    return true;
}

void FaultProxy::waitForClose(int fd) const {
    QByteArray ignored;
    while (readMore(fd, ignored))
        ignored.clear();
}

int FaultProxy::connectUpstream() const {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(m_upstreamPort);
    if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0)
        return fd;
    if (fd >= 0)
        ::close(fd);
    return -1;
}

void FaultProxy::acceptLoop() {
    while (waitFor(m_listener, POLLIN, -1)) {
        const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        ++m_connections;
        const std::lock_guard lock(m_mutex);
        // Finished workers are joined as new ones come, so a long test does not pile them up.
        std::erase_if(m_workers, [](Worker& worker) {
            if (!worker.finished->load())
                return false;
            worker.thread.join();
            return true;
        });
        auto finished = std::make_shared<std::atomic<bool>>(false);
        m_workers.push_back({std::thread([this, client, finished] {
                                 serve(client);
                                 finished->store(true);
                             }),
                             finished});
    }
}

void FaultProxy::serve(int client) {
    QByteArray fromClient;
    bool open = true;
    while (open) {
        Message request;
        if (!readMessage(client, fromClient, false, false, request))
            break;
        ++m_requests;
        const Fault fault = takeFault();
        if (fault.action == Action::Hang) {
            waitForClose(client);
            break;
        }
        if (fault.action == Action::Answer) {
            open = writeAnswer(client, fault) && !closesConnection(request.head);
            continue;
        }

        // A fresh connection to the server for each request: an idle one the server closed
        // meanwhile (keep-alive timeout) would look like a fault nobody armed.
        int upstream = connectUpstream();
        if (upstream < 0)
            break;
        const QByteArray requestWire = request.wire();
        if (fault.action == Action::CloseRequestAfter) {
            writeAll(upstream, requestWire.constData(),
                     std::min<std::int64_t>(fault.bytes, requestWire.size()), false);
            closeFd(upstream);
            break;
        }
        m_lastRequestBytes = requestWire.size();
        QByteArray fromServer;
        Message response;
        const bool answered =
            writeAll(upstream, requestWire, false) &&
            readMessage(upstream, fromServer, true, request.head.startsWith("HEAD "), response);
        closeFd(upstream);
        if (!answered)
            break; // the server dropped it: so does the proxy
        const QByteArray wire = response.wire();
        m_lastResponseBytes = wire.size();
        open = !closesConnection(response.head) && !closesConnection(request.head);

        switch (fault.action) {
        case Action::CloseResponseAfter:
            writeAll(client, wire.constData(), std::min<std::int64_t>(fault.bytes, wire.size()),
                     true);
            open = false;
            break;
        case Action::DelayFirstByte:
            open = pause(fault.delay) && writeAll(client, wire, true) && open;
            break;
        case Action::DelayEachChunk: {
            const qsizetype piece = std::max<qsizetype>(1, qsizetype(fault.bytes));
            bool sent = true;
            for (qsizetype at = 0; sent && at < wire.size(); at += piece) {
                sent = pause(fault.delay) &&
                       writeAll(client, wire.constData() + at,
                                std::min<std::int64_t>(piece, wire.size() - at), true);
            }
            open = sent && open;
            break;
        }
        case Action::Reset: {
            const linger hardClose{1, 0}; // close() then sends RST, not FIN
            ::setsockopt(client, SOL_SOCKET, SO_LINGER, &hardClose, sizeof hardClose);
            open = false;
            break;
        }
        case Action::TruncateBody:
            writeAll(client, response.head + response.body.left(qsizetype(fault.bytes)), true);
            open = false;
            break;
        case Action::ContentLengthLarger:
            writeAll(client,
                     withContentLength(response.head, response.body.size() + fault.bytes) +
                         response.body,
                     true);
            open = false;
            break;
        case Action::ContentLengthSmaller:
            open = writeAll(client,
                            withContentLength(
                                response.head,
                                std::max<std::int64_t>(0, response.body.size() - fault.bytes)) +
                                response.body,
                            true) &&
                   open;
            break;
        default:
            open = writeAll(client, wire, true) && open;
            break;
        }
    }
    ::close(client);
}

} // namespace pacewise::test
