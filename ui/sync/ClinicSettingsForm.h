#pragma once

#include "SyncController.h"
#include "profile/ProfileSession.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QVariant>

namespace pacewise::ui {

// The clinic connection page's view-model: the server address, the patient number and the access
// code the clinic gave, and for clinics with their own certificates a CA file and a pinned key.
// The fields start from what is saved (never the saved access code: the page says one is saved,
// and a new one replaces it). Each field's problem comes from core's ClinicConnection::check*,
// shown as the person types once they tried to save. save() and forget() are synchronous (one
// small write); a running sync is stopped first, so it never runs against a connection that is
// changing underneath it.
class ClinicSettingsForm : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(pacewise::ui::SyncController* sync READ sync WRITE setSync NOTIFY syncChanged)
    Q_PROPERTY(QString baseUrl READ baseUrl WRITE setBaseUrl NOTIFY valuesChanged)
    Q_PROPERTY(QString patientId READ patientId WRITE setPatientId NOTIFY valuesChanged)
    Q_PROPERTY(QString accessToken READ accessToken WRITE setAccessToken NOTIFY valuesChanged)
    Q_PROPERTY(QString caFile READ caFile WRITE setCaFile NOTIFY valuesChanged)
    Q_PROPERTY(
        QString pinnedPublicKey READ pinnedPublicKey WRITE setPinnedPublicKey NOTIFY valuesChanged)
    // Field name ("baseUrl", "patientId", "accessToken", "caFile", "pinnedPublicKey") -> message.
    // A QVariant holding the map: qmllint (Qt 6.4) rejects look-ups by key on a QVariantMap.
    Q_PROPERTY(QVariant fieldErrors READ fieldErrorsValue NOTIFY fieldErrorsChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY savedStateChanged)
    Q_PROPERTY(bool tokenSaved READ tokenSaved NOTIFY savedStateChanged)
    // The saved connection in one sentence, for the top of the page; empty when there is none.
    Q_PROPERTY(QString savedText READ savedText NOTIFY savedStateChanged)
    Q_PROPERTY(bool hasAdvanced READ hasAdvanced NOTIFY valuesChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)

public:
    using QObject::QObject;

    void classBegin() override { m_complete = false; }
    void componentComplete() override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    SyncController* sync() const { return m_sync; }
    void setSync(SyncController* sync);

    const QString& baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QString& value);
    const QString& patientId() const { return m_patientId; }
    void setPatientId(const QString& value);
    const QString& accessToken() const { return m_accessToken; }
    void setAccessToken(const QString& value);
    const QString& caFile() const { return m_caFile; }
    // A path or a file: URL (from the file chooser).
    void setCaFile(const QString& pathOrUrl);
    const QString& pinnedPublicKey() const { return m_pinnedPublicKey; }
    void setPinnedPublicKey(const QString& value);

    const QVariantMap& fieldErrors() const { return m_fieldErrors; }
    QVariant fieldErrorsValue() const { return m_fieldErrors; }
    bool enrolled() const { return m_enrolled; }
    bool tokenSaved() const { return m_tokenSaved; }
    QString savedText() const;
    bool hasAdvanced() const { return !m_caFile.isEmpty() || !m_pinnedPublicKey.isEmpty(); }
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }

    // Fills the fields from the store again (drops what was typed).
    Q_INVOKABLE void load();
    // Checks every field; when all are fine, saves them. Ends with saved() or failed().
    Q_INVOKABLE bool save();
    // Removes the clinic connection (the diary and its outbox stay). Ends with forgotten().
    Q_INVOKABLE bool forget();

signals:
    void sessionChanged();
    void syncChanged();
    void valuesChanged();
    void fieldErrorsChanged();
    void savedStateChanged();
    void errorChanged();

    void saved();
    void forgotten();
    void failed(const QString& message);

private:
    void validate();
    void setError(const QString& message, const QString& detail = {});
    void afterChange();

    QPointer<ProfileSession> m_session;
    QPointer<SyncController> m_sync;
    bool m_complete = true;
    bool m_checking = false; // after the first Save, problems show as the person types

    QString m_baseUrl;
    QString m_patientId;
    QString m_accessToken;
    QString m_caFile;
    QString m_pinnedPublicKey;
    QVariantMap m_fieldErrors;

    bool m_enrolled = false;
    bool m_tokenSaved = false;
    QString m_savedUrl;
    QString m_savedPatient;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
