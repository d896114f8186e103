#pragma once

#include "sync/CurlTransport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace pacewise::test {

// The reference clinic server started by the CTest fixture (tests/clinic-server), read from the
// server.json named by $PACEWISE_CLINIC_SERVER_JSON. Tests use it to look at what the server
// holds and to inject faults; the code under test talks to it through its own transport.
class ClinicServer {
public:
    // Fails the running test (Catch2 FAIL) when the fixture's file is missing or unreadable.
    static ClinicServer fromEnvironment();

    QString baseUrl() const { return m_baseUrl; }       // http://127.0.0.1:PORT/fhir/R4
    QString tlsBaseUrl() const { return m_tlsBaseUrl; } // https://..., empty without openssl
    QString token() const { return m_token; }
    QString caFile() const { return m_caFile; }
    QString otherCaFile() const { return m_otherCaFile; }
    QString pinnedPublicKey() const { return m_pinnedPublicKey; }

    // A request with the bearer token, through a plain CurlTransport. `pathAndQuery` is relative
    // to baseUrl ("Observation?identifier=...") or absolute.
    sync::HttpResponse request(const QByteArray& method, const QString& pathAndQuery,
                               const QJsonObject& body = {}) const;
    QJsonObject getJson(const QString& pathAndQuery) const; // REQUIREs status 200

    // A new Patient; returns its id.
    QString createPatient(const QString& family = QStringLiteral("Tester")) const;
    // Every resource a search finds, following `next` links.
    QJsonArray searchAll(const QString& resourceType, const QString& query) const;
    // POST a resource (REQUIREs 201); returns the created resource.
    QJsonObject create(const QJsonObject& resource) const;

    // Fault injection through /_control/faults (see tests/clinic-server/README.md). The test
    // executable holds the clinic_server_faults lock, so faults do not hit other tests.
    void injectFaults(const QJsonArray& faults, bool tls = false) const;
    void clearFaults() const;

private:
    QString controlUrl(bool tls) const;

    QString m_baseUrl, m_tlsBaseUrl, m_token, m_caFile, m_otherCaFile, m_pinnedPublicKey;
};

} // namespace pacewise::test
