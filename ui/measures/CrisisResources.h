#pragma once

#include "profile/ProfileSession.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QVariantList>

namespace pacewise::ui {

// What the crisis screen says: the emergency number and the crisis lines for the patient's
// country (from resources/crisis/, or the clinic's own list), and, plainly, that nobody watches
// the answers as they are given, with what happens next depending on whether Pacewise is
// connected to a clinic. The country comes from the locale ("en_GB" → GB); an unknown one gets
// the general default entry. If even that cannot be read, the screen still tells the person to
// call their local emergency number.
class CrisisResources : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    // ISO country code to use instead of the locale's (tests, and a later setting).
    Q_PROPERTY(QString country READ country WRITE setCountry NOTIFY changed)
    Q_PROPERTY(QString emergencyNumber READ emergencyNumber NOTIFY changed)
    Q_PROPERTY(QString urgentText READ urgentText NOTIFY changed)
    // [{name, phone, text, url, hours, description}]
    Q_PROPERTY(QVariantList lines READ lines NOTIFY changed)
    Q_PROPERTY(bool clinicConnected READ clinicConnected NOTIFY changed)
    Q_PROPERTY(QString monitoringText READ monitoringText NOTIFY changed)

public:
    explicit CrisisResources(QObject* parent = nullptr);

    void classBegin() override;
    void componentComplete() override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    const QString& country() const { return m_country; }
    void setCountry(const QString& country);
    const QString& emergencyNumber() const { return m_emergencyNumber; }
    QString urgentText() const;
    const QVariantList& lines() const { return m_lines; }
    bool clinicConnected() const { return m_clinicConnected; }
    QString monitoringText() const;

    Q_INVOKABLE void refresh();

signals:
    void sessionChanged();
    void changed();

private:
    QPointer<ProfileSession> m_session;
    bool m_complete = true;
    QString m_country;
    QString m_emergencyNumber;
    QVariantList m_lines;
    bool m_clinicConnected = false;
};

} // namespace pacewise::ui
