#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <thread>

namespace pacewise::test {

// Certificates made at test time with OpenSSL (EC P-256, SHA-256), in PEM. Nothing is written
// to the repository: each test makes what it needs in a temporary folder.
struct TestCertificate {
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

class TestCertificateAuthority {
public:
    explicit TestCertificateAuthority(const QString& commonName);
    ~TestCertificateAuthority();
    TestCertificateAuthority(const TestCertificateAuthority&) = delete;
    TestCertificateAuthority& operator=(const TestCertificateAuthority&) = delete;

    QByteArray certificatePem() const;

    // A server certificate for `subjectAltNames` ("IP:127.0.0.1", "DNS:clinic.example"), valid
    // from `notBefore` to `notAfter`, signed by this authority.
    TestCertificate issue(const QStringList& subjectAltNames, const QDateTime& notBefore,
                          const QDateTime& notAfter) const;
    // The same but signed by its own key: a self-signed certificate nobody vouches for.
    static TestCertificate selfSigned(const QStringList& subjectAltNames);

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
};

// A TLS server on 127.0.0.1 with the given certificate, in a thread of the test process. Each
// connection gets the handshake; if the client accepts it, one HTTP request is answered with
// 200 and an empty FHIR Bundle. Used to check what the client does with certificates that are
// expired, for another host or self-signed: the same client code that talks to the clinic.
class TlsTestServer {
public:
    explicit TlsTestServer(const TestCertificate& certificate);
    ~TlsTestServer();
    TlsTestServer(const TlsTestServer&) = delete;
    TlsTestServer& operator=(const TlsTestServer&) = delete;

    QString baseUrl() const; // https://127.0.0.1:PORT/fhir
    int connections() const { return m_connections.load(); }
    // HTTP requests that arrived over an accepted handshake. A client that refuses the
    // certificate sends none (it may still finish the handshake and check the host name after).
    int requestsServed() const { return m_requests.load(); }

private:
    void serve();

    struct Context;
    std::unique_ptr<Context> m_context;
    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_connections{0};
    std::atomic<int> m_requests{0};
    std::thread m_thread;
};

} // namespace pacewise::test
