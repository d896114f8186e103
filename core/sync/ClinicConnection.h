#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace pacewise::store {
class Database;
}

namespace pacewise::sync {

// Where the clinic's FHIR server is and who the patient is there, as the clinic gave it.
struct ClinicEndpoint {
    QString baseUrl;         // e.g. https://fhir.clinic.example/fhir/R4 (no trailing slash)
    QString patientId;       // the Patient resource's id on that server
    QString caFile;          // optional: PEM file of the clinic's own certificate authority
    QString pinnedPublicKey; // optional: "sha256//<base64>" of the server's public key

    QString patientReference() const { return QStringLiteral("Patient/") + patientId; }
    bool operator==(const ClinicEndpoint&) const = default;
};

// Supplies the bearer token for each request. Today the clinic gives the patient a static
// access token; a SMART on FHIR launch (authorization code + PKCE, refresh) will be another
// implementation of this one interface.
class AccessTokenSource {
public:
    virtual ~AccessTokenSource() = default;
    // The token to send; empty when there is none.
    virtual QString bearerToken() = 0;
};

// The enrollment, kept in the encrypted store (settings table): endpoint and access token.
class ClinicConnection : public AccessTokenSource {
    Q_DECLARE_TR_FUNCTIONS(ClinicConnection)

public:
    explicit ClinicConnection(store::Database& db)
        : m_db(db) {}

    std::optional<ClinicEndpoint> endpoint() const; // nullopt until enrolled
    bool isEnrolled() const { return endpoint().has_value(); }
    QString bearerToken() override;

    // Checks and stores. Throws Error(InvalidInput) with a message that names the field:
    // the address must be https (plain http only to this computer, for a test server), the
    // patient id a FHIR id, the token one line of printable characters, the CA file readable
    // PEM, the pin "sha256//" + base64. A different server or patient than before clears what
    // the sync learned from the old one and queues the whole diary for the new one.
    void enroll(const ClinicEndpoint& endpoint, const QString& accessToken);
    // Keeps the endpoint, replaces the token (a clinic issues a new one when the old expires).
    void replaceToken(const QString& accessToken);
    // Removes endpoint, token and what came from the clinic; the diary stays, queued whole for
    // whichever clinic comes next.
    void forget();

    // The checks of enroll(), one field at a time, for forms: empty when fine, else the message.
    static QString checkBaseUrl(const QString& url);
    static QString checkPatientId(const QString& id);
    static QString checkToken(const QString& token);
    static QString checkCaFile(const QString& path);
    static QString checkPinnedPublicKey(const QString& pin);
    static QString normalisedBaseUrl(const QString& url); // trimmed, no trailing slash

private:
    store::Database& m_db;
};

} // namespace pacewise::sync
