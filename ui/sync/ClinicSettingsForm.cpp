#include "ClinicSettingsForm.h"

#include "error/Error.h"
#include "sync/ClinicConnection.h"

#include <QDir>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcClinic, "pacewise.clinic")

namespace pacewise::ui {

namespace {

QString localPath(const QString& pathOrUrl) {
    const QString trimmed = pathOrUrl.trimmed();
    const QUrl url(trimmed);
    if (url.isLocalFile())
        return QDir::toNativeSeparators(url.toLocalFile());
    return trimmed;
}

} // namespace

void ClinicSettingsForm::componentComplete() {
    m_complete = true;
    load();
}

void ClinicSettingsForm::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (m_complete)
        load();
}

void ClinicSettingsForm::setSync(SyncController* sync) {
    if (sync == m_sync)
        return;
    m_sync = sync;
    emit syncChanged();
}

void ClinicSettingsForm::setBaseUrl(const QString& value) {
    if (value == m_baseUrl)
        return;
    m_baseUrl = value;
    emit valuesChanged();
    validate();
}

void ClinicSettingsForm::setPatientId(const QString& value) {
    if (value == m_patientId)
        return;
    m_patientId = value;
    emit valuesChanged();
    validate();
}

void ClinicSettingsForm::setAccessToken(const QString& value) {
    if (value == m_accessToken)
        return;
    m_accessToken = value;
    emit valuesChanged();
    validate();
}

void ClinicSettingsForm::setCaFile(const QString& pathOrUrl) {
    const QString path = localPath(pathOrUrl);
    if (path == m_caFile)
        return;
    m_caFile = path;
    emit valuesChanged();
    validate();
}

void ClinicSettingsForm::setPinnedPublicKey(const QString& value) {
    if (value == m_pinnedPublicKey)
        return;
    m_pinnedPublicKey = value;
    emit valuesChanged();
    validate();
}

QString ClinicSettingsForm::savedText() const {
    if (!m_enrolled)
        return tr("Pacewise is not connected to a clinic yet. Nothing leaves this computer.");
    return tr("Connected to %1 as patient number %2.").arg(m_savedUrl, m_savedPatient);
}

void ClinicSettingsForm::load() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    std::optional<sync::ClinicEndpoint> endpoint;
    bool tokenSaved = false;
    if (db) {
        try {
            sync::ClinicConnection connection(*db);
            endpoint = connection.endpoint();
            tokenSaved = endpoint && !connection.bearerToken().isEmpty();
        } catch (const Error& error) {
            setError(error.message(), error.detail());
        }
    }
    m_checking = false;
    m_baseUrl = endpoint ? endpoint->baseUrl : QString();
    m_patientId = endpoint ? endpoint->patientId : QString();
    m_accessToken.clear();
    m_caFile = endpoint ? endpoint->caFile : QString();
    m_pinnedPublicKey = endpoint ? endpoint->pinnedPublicKey : QString();
    m_fieldErrors.clear();
    m_enrolled = endpoint.has_value();
    m_tokenSaved = tokenSaved;
    m_savedUrl = m_baseUrl;
    m_savedPatient = m_patientId;
    emit valuesChanged();
    emit fieldErrorsChanged();
    emit savedStateChanged();
}

void ClinicSettingsForm::validate() {
    if (!m_checking)
        return;
    QVariantMap errors;
    const auto note = [&errors](const char* field, const QString& message) {
        if (!message.isEmpty())
            errors.insert(QLatin1String(field), message);
    };
    note("baseUrl", sync::ClinicConnection::checkBaseUrl(m_baseUrl.trimmed()));
    note("patientId", sync::ClinicConnection::checkPatientId(m_patientId.trimmed()));
    const QString token = m_accessToken.trimmed();
    if (!token.isEmpty())
        note("accessToken", sync::ClinicConnection::checkToken(token));
    else if (!m_tokenSaved)
        note("accessToken", tr("Type the access code your clinic gave you."));
    if (!m_caFile.isEmpty())
        note("caFile", sync::ClinicConnection::checkCaFile(m_caFile));
    if (!m_pinnedPublicKey.trimmed().isEmpty())
        note("pinnedPublicKey",
             sync::ClinicConnection::checkPinnedPublicKey(m_pinnedPublicKey.trimmed()));
    if (errors == m_fieldErrors)
        return;
    m_fieldErrors = errors;
    emit fieldErrorsChanged();
}

bool ClinicSettingsForm::save() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db) {
        setError(tr("Your profile is locked. Unlock it, then save again."));
        emit failed(m_errorMessage);
        return false;
    }
    m_checking = true;
    validate();
    if (!m_fieldErrors.isEmpty()) {
        setError(tr("Some fields need another look. The problem is written under each one."));
        emit failed(m_errorMessage);
        return false;
    }
    sync::ClinicEndpoint endpoint;
    endpoint.baseUrl = sync::ClinicConnection::normalisedBaseUrl(m_baseUrl);
    endpoint.patientId = m_patientId.trimmed();
    endpoint.caFile = m_caFile;
    endpoint.pinnedPublicKey = m_pinnedPublicKey.trimmed();
    try {
        sync::ClinicConnection connection(*db);
        // An empty field keeps the saved access code; it is read here only to store it again.
        QString token = m_accessToken.trimmed();
        if (token.isEmpty())
            token = connection.bearerToken();
        if (m_sync)
            m_sync->stopAndWait();
        connection.enroll(endpoint, token);
    } catch (const Error& error) {
        qCWarning(lcClinic).noquote() << "the clinic connection was not saved:" << error.detail();
        setError(error.message(), error.detail());
        emit failed(m_errorMessage);
        if (m_sync)
            m_sync->connectionChanged();
        return false;
    }
    setError({});
    load();
    if (m_sync)
        m_sync->connectionChanged();
    emit saved();
    return true;
}

bool ClinicSettingsForm::forget() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db)
        return false;
    try {
        if (m_sync)
            m_sync->stopAndWait();
        sync::ClinicConnection(*db).forget();
    } catch (const Error& error) {
        qCWarning(lcClinic).noquote() << "the clinic connection was not removed:" << error.detail();
        setError(error.message(), error.detail());
        emit failed(m_errorMessage);
        return false;
    }
    setError({});
    load();
    if (m_sync)
        m_sync->connectionChanged();
    emit forgotten();
    return true;
}

void ClinicSettingsForm::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit errorChanged();
}

} // namespace pacewise::ui
