#include "support/TlsTestServer.h"

#include <QRandomGenerator>
#include <arpa/inet.h>
#include <catch2/catch.hpp>
#include <csignal>
#include <netinet/in.h>
#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pacewise::test {
namespace {

struct KeyDeleter {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct CertDeleter {
    void operator()(X509* cert) const { X509_free(cert); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using Cert = std::unique_ptr<X509, CertDeleter>;

Key newKey() {
    Key key(EVP_EC_gen("P-256"));
    REQUIRE(key);
    return key;
}

void addExtension(X509* cert, X509* issuer, int nid, const QByteArray& value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    REQUIRE(extension);
    REQUIRE(X509_add_ext(cert, extension, -1) == 1);
    X509_EXTENSION_free(extension);
}

// issuer == nullptr: self-signed (the certificate is its own issuer).
Cert newCertificate(const QString& commonName, EVP_PKEY* subjectKey, X509* issuer,
                    EVP_PKEY* issuerKey, const QDateTime& notBefore, const QDateTime& notAfter,
                    bool isAuthority, const QStringList& subjectAltNames) {
    Cert cert(X509_new());
    REQUIRE(X509_set_version(cert.get(), 2) == 1);
    ASN1_INTEGER_set_int64(X509_get_serialNumber(cert.get()),
                           qint64(QRandomGenerator::global()->generate() & 0x7fffffff) + 1);
    REQUIRE(ASN1_TIME_set(X509_getm_notBefore(cert.get()), notBefore.toSecsSinceEpoch()));
    REQUIRE(ASN1_TIME_set(X509_getm_notAfter(cert.get()), notAfter.toSecsSinceEpoch()));
    REQUIRE(X509_set_pubkey(cert.get(), subjectKey) == 1);
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509* signer = issuer ? issuer : cert.get();
    REQUIRE(X509_set_issuer_name(cert.get(), X509_get_subject_name(signer)) == 1);
    if (isAuthority) {
        addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature");
        addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
        addExtension(cert.get(), signer, NID_subject_alt_name,
                     subjectAltNames.join(QLatin1Char(',')).toUtf8());
    }
    REQUIRE(X509_sign(cert.get(), issuer ? issuerKey : subjectKey, EVP_sha256()) > 0);
    return cert;
}

// Reads up to the end of one request's headers; false when the client hangs up first.
bool readRequest(SSL* ssl) {
    QByteArray request;
    char buffer[4096];
    while (!request.contains("\r\n\r\n")) {
        const int n = SSL_read(ssl, buffer, int(sizeof buffer));
        if (n <= 0)
            return false;
        request.append(buffer, n);
    }
    return true;
}

QByteArray pem(X509* cert) {
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, qsizetype(size));
    BIO_free(bio);
    return out;
}

QByteArray pem(EVP_PKEY* key) {
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, qsizetype(size));
    BIO_free(bio);
    return out;
}

} // namespace

struct TestCertificateAuthority::Keys {
    Key key;
    Cert cert;
};

TestCertificateAuthority::TestCertificateAuthority(const QString& commonName)
    : m_keys(std::make_unique<Keys>()) {
    m_keys->key = newKey();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_keys->cert = newCertificate(commonName, m_keys->key.get(), nullptr, nullptr, now.addDays(-30),
                                  now.addDays(30), true, {});
}

TestCertificateAuthority::~TestCertificateAuthority() = default;

QByteArray TestCertificateAuthority::certificatePem() const {
    return pem(m_keys->cert.get());
}

TestCertificate TestCertificateAuthority::issue(const QStringList& subjectAltNames,
                                                const QDateTime& notBefore,
                                                const QDateTime& notAfter) const {
    Key key = newKey();
    Cert cert =
        newCertificate(QStringLiteral("Pacewise test server"), key.get(), m_keys->cert.get(),
                       m_keys->key.get(), notBefore, notAfter, false, subjectAltNames);
    return {pem(cert.get()), pem(key.get())};
}

TestCertificate TestCertificateAuthority::selfSigned(const QStringList& subjectAltNames) {
    Key key = newKey();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Cert cert = newCertificate(QStringLiteral("Pacewise test server"), key.get(), nullptr, nullptr,
                               now.addDays(-1), now.addDays(30), false, subjectAltNames);
    return {pem(cert.get()), pem(key.get())};
}

struct TlsTestServer::Context {
    SSL_CTX* ssl = nullptr;
    ~Context() { SSL_CTX_free(ssl); }
};

TlsTestServer::TlsTestServer(const TestCertificate& certificate)
    : m_context(std::make_unique<Context>()) {
    m_context->ssl = SSL_CTX_new(TLS_server_method());
    REQUIRE(m_context->ssl);
    BIO* certBio = BIO_new_mem_buf(certificate.certificatePem.constData(),
                                   int(certificate.certificatePem.size()));
    Cert cert(PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr));
    BIO_free(certBio);
    BIO* keyBio = BIO_new_mem_buf(certificate.privateKeyPem.constData(),
                                  int(certificate.privateKeyPem.size()));
    Key key(PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr));
    BIO_free(keyBio);
    REQUIRE(cert);
    REQUIRE(key);
    REQUIRE(SSL_CTX_use_certificate(m_context->ssl, cert.get()) == 1);
    REQUIRE(SSL_CTX_use_PrivateKey(m_context->ssl, key.get()) == 1);

    // OpenSSL writes its alert to a client that has already hung up on a certificate it
    // refused; in a test process that must not end the run with SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);

    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(m_listener >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    REQUIRE(::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::listen(m_listener, 8) == 0);
    socklen_t length = sizeof address;
    REQUIRE(::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
}

TlsTestServer::~TlsTestServer() {
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    ::close(m_listener);
}

QString TlsTestServer::baseUrl() const {
    return QStringLiteral("https://127.0.0.1:%1/fhir").arg(m_port);
}

void TlsTestServer::serve() {
    while (!m_stop) {
        pollfd waiting{m_listener, POLLIN, 0};
        if (::poll(&waiting, 1, 100) <= 0)
            continue;
        const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        // A client that stops talking must not hold the server (and the test) for ever.
        timeval timeout{5, 0};
        ::setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        ::setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        ++m_connections;
        SSL* ssl = SSL_new(m_context->ssl);
        SSL_set_fd(ssl, client);
        if (SSL_accept(ssl) > 0 && readRequest(ssl)) {
            ++m_requests;
            const QByteArray body = R"({"resourceType":"Bundle","type":"searchset","total":0})";
            const QByteArray reply = "HTTP/1.1 200 OK\r\nContent-Type: application/fhir+json\r\n"
                                     "Connection: close\r\nContent-Length: " +
                                     QByteArray::number(body.size()) + "\r\n\r\n" + body;
            SSL_write(ssl, reply.constData(), int(reply.size()));
            SSL_shutdown(ssl);
        }
        SSL_free(ssl);
        ERR_clear_error();
        ::close(client);
    }
}

} // namespace pacewise::test
