#pragma once

#include "sync/Transport.h"

#include <QString>
#include <memory>

namespace pacewise::sync {

// The real transport: libcurl with OpenSSL. Certificate and host-name verification are always on;
// there is deliberately no switch to turn them off. A clinic with its own certificate authority
// gives its CA file; a clinic may also pin its server's public key.
// Threads: one transport per thread. It may be made on one thread and used on a worker, but never
// by two threads at once; CancelFlag is the only thing meant to be touched from elsewhere.
class CurlTransport final : public Transport {
public:
    struct TlsOptions {
        QString caFile;          // PEM bundle used instead of the system's CAs; empty: system CAs
        QString pinnedPublicKey; // "sha256//<base64>[;sha256//...]"; empty: no pin
    };

    explicit CurlTransport(TlsOptions tls = {});
    ~CurlTransport() override;
    CurlTransport(const CurlTransport&) = delete;
    CurlTransport& operator=(const CurlTransport&) = delete;

    // Keeps one connection open between calls (HTTP/2 where the server offers it over TLS).
    HttpResponse send(const HttpRequest& request, const CancelFlag& cancel) override;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace pacewise::sync
