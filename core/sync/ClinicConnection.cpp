#include "sync/ClinicConnection.h"

#include "error/Error.h"
#include "store/Database.h"
#include "store/Settings.h"
#include "sync/SyncState.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace pacewise::sync {
namespace {

const QString kBaseUrl = QStringLiteral("clinic.base_url");
const QString kPatientId = QStringLiteral("clinic.patient_id");
const QString kCaFile = QStringLiteral("clinic.ca_file");
const QString kPin = QStringLiteral("clinic.pinned_public_key");
const QString kToken = QStringLiteral("clinic.access_token");

constexpr qsizetype kMaxTokenLength = 16 * 1024;

bool isLoopback(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    if (host == QLatin1String("::1"))
        return true;
    static const QRegularExpression ipv4Loopback(
        QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return ipv4Loopback.match(host).hasMatch();
}

void removeSetting(store::Database& db, const QString& key) {
    db.prepare("DELETE FROM settings WHERE key = ?").bind(1, key).run();
}

} // namespace

QString ClinicConnection::normalisedBaseUrl(const QString& url) {
    QString trimmed = url.trimmed();
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    return trimmed;
}

QString ClinicConnection::checkBaseUrl(const QString& text) {
    const QString normalised = normalisedBaseUrl(text);
    if (normalised.isEmpty())
        return tr("Enter the clinic server address your clinic gave you.");
    const QUrl url(normalised, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.isRelative())
        return tr("The clinic server address is not a web address. It looks like "
                  "https://clinic.example/fhir/R4.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") && !isLoopback(url.host()))
        return tr("The clinic server address must start with https:// so that your diary is "
                  "encrypted on its way to the clinic.");
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The clinic server address must start with https://.");
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return tr("The clinic server address must not contain '?', '#' or a user name. Enter "
                  "it exactly as your clinic gave it.");
    return {};
}

QString ClinicConnection::checkPatientId(const QString& id) {
    static const QRegularExpression fhirId(QStringLiteral("^[A-Za-z0-9\\-.]{1,64}$"));
    if (id.trimmed().isEmpty())
        return tr("Enter your patient number at the clinic.");
    if (!fhirId.match(id.trimmed()).hasMatch())
        return tr("The patient number can hold only letters, digits, '-' and '.', at most 64 of "
                  "them. Check it against what your clinic gave you.");
    return {};
}

QString ClinicConnection::checkToken(const QString& token) {
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the access code your clinic gave you.");
    if (trimmed.size() > kMaxTokenLength)
        return tr("The access code is too long to be right. Copy it again from what your "
                  "clinic sent.");
    for (const QChar c : trimmed) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return tr("The access code can hold only letters, digits and punctuation, with no "
                      "spaces. Copy it again from what your clinic sent.");
    }
    return {};
}

QString ClinicConnection::checkCaFile(const QString& path) {
    if (path.trimmed().isEmpty())
        return {};
    QFile file(path.trimmed());
    if (!file.open(QIODevice::ReadOnly))
        return tr("The certificate file %1 cannot be read.").arg(path.trimmed());
    if (!file.read(1024 * 1024).contains("-----BEGIN CERTIFICATE-----"))
        return tr("The file %1 does not hold a certificate (PEM). Ask your clinic for the "
                  "right file.")
            .arg(path.trimmed());
    return {};
}

QString ClinicConnection::checkPinnedPublicKey(const QString& pin) {
    if (pin.trimmed().isEmpty())
        return {};
    static const QRegularExpression sha256(QStringLiteral("^sha256//[A-Za-z0-9+/]{43}=$"));
    for (const QString& part : pin.trimmed().split(QLatin1Char(';'))) {
        if (!sha256.match(part.trimmed()).hasMatch())
            return tr("The pinned key must look like sha256// followed by 44 characters of "
                      "base64. Copy it again from your clinic.");
    }
    return {};
}

std::optional<ClinicEndpoint> ClinicConnection::endpoint() const {
    const store::Settings settings(m_db);
    const auto baseUrl = settings.value(kBaseUrl);
    const auto patientId = settings.value(kPatientId);
    if (!baseUrl || !patientId || baseUrl->isEmpty() || patientId->isEmpty())
        return std::nullopt;
    return ClinicEndpoint{*baseUrl, *patientId, settings.value(kCaFile).value_or(QString()),
                          settings.value(kPin).value_or(QString())};
}

QString ClinicConnection::bearerToken() {
    return store::Settings(m_db).value(kToken).value_or(QString());
}

void ClinicConnection::enroll(const ClinicEndpoint& requested, const QString& accessToken) {
    const ClinicEndpoint wanted{normalisedBaseUrl(requested.baseUrl), requested.patientId.trimmed(),
                                requested.caFile.trimmed(), requested.pinnedPublicKey.trimmed()};
    for (const QString& problem :
         {checkBaseUrl(wanted.baseUrl), checkPatientId(wanted.patientId), checkToken(accessToken),
          checkCaFile(wanted.caFile), checkPinnedPublicKey(wanted.pinnedPublicKey)}) {
        if (!problem.isEmpty())
            throw Error(ErrorCode::InvalidInput, problem);
    }
    const std::optional<ClinicEndpoint> previous = endpoint();
    const bool otherClinic = previous && (previous->baseUrl != wanted.baseUrl ||
                                          previous->patientId != wanted.patientId);
    store::Transaction transaction(m_db);
    store::Settings settings(m_db);
    settings.setValue(kBaseUrl, wanted.baseUrl);
    settings.setValue(kPatientId, wanted.patientId);
    settings.setValue(kCaFile, wanted.caFile);
    settings.setValue(kPin, wanted.pinnedPublicKey);
    settings.setValue(kToken, accessToken.trimmed());
    if (otherClinic)
        SyncState(m_db).resetForNewClinic();
    else
        SyncState(m_db).clearStop(); // new settings: automatic sync may try again
    transaction.commit();
}

void ClinicConnection::replaceToken(const QString& accessToken) {
    if (const QString problem = checkToken(accessToken); !problem.isEmpty())
        throw Error(ErrorCode::InvalidInput, problem);
    store::Transaction transaction(m_db);
    store::Settings(m_db).setValue(kToken, accessToken.trimmed());
    SyncState(m_db).clearStop();
    transaction.commit();
}

void ClinicConnection::forget() {
    store::Transaction transaction(m_db);
    const bool wasEnrolled = isEnrolled();
    for (const QString& key : {kBaseUrl, kPatientId, kCaFile, kPin, kToken})
        removeSetting(m_db, key);
    // Whatever clinic comes next gets the whole diary, and nothing of this clinic's stays.
    if (wasEnrolled)
        SyncState(m_db).resetForNewClinic();
    transaction.commit();
}

} // namespace pacewise::sync
