#include "CrisisResources.h"

#include "error/Error.h"
#include "safety/CrisisLines.h"
#include "sync/ClinicConnection.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcCrisis, "pacewise.safety.crisis")

namespace pacewise::ui {

CrisisResources::CrisisResources(QObject* parent)
    : QObject(parent) {}

void CrisisResources::classBegin() {
    m_complete = false;
}

void CrisisResources::componentComplete() {
    m_complete = true;
    refresh();
}

void CrisisResources::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (m_complete)
        refresh();
}

void CrisisResources::setCountry(const QString& country) {
    if (country == m_country)
        return;
    m_country = country;
    if (m_complete)
        refresh();
    else
        emit changed();
}

QString CrisisResources::urgentText() const {
    if (m_emergencyNumber.isEmpty())
        return tr("You are not alone. If you might act on these thoughts or are in danger, call "
                  "your local emergency number now.");
    return tr("You are not alone. If you might act on these thoughts or are in danger, call %1 "
              "now.")
        .arg(m_emergencyNumber);
}

QString CrisisResources::monitoringText() const {
    const QString nobody = tr("Nobody at your clinic sees your answers as you give them.");
    if (m_clinicConnected)
        return nobody + QLatin1Char(' ') +
               tr("Pacewise will tell your care team the next time it connects to them; that may "
                  "not be soon.");
    return nobody + QLatin1Char(' ') +
           tr("Pacewise is not connected to a clinic, so it cannot tell your care team. If you "
              "can, tell them yourself, or use one of the services below.");
}

void CrisisResources::refresh() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    const QString country =
        m_country.isEmpty() ? safety::CrisisLines::countryOf(QLocale().name()) : m_country;
    m_emergencyNumber.clear();
    m_lines.clear();
    m_clinicConnected = false;
    try {
        const safety::CrisisLines all =
            db ? safety::CrisisLines::forProfile(*db) : safety::CrisisLines::bundled();
        const safety::CountryLines& lines = all.forCountry(country);
        m_emergencyNumber = lines.emergencyNumber;
        for (const safety::CrisisLine& line : lines.lines)
            m_lines.append(QVariantMap{{QStringLiteral("name"), line.name},
                                       {QStringLiteral("phone"), line.phone},
                                       {QStringLiteral("text"), line.text},
                                       {QStringLiteral("sms"), line.sms},
                                       {QStringLiteral("url"), line.url},
                                       {QStringLiteral("hours"), line.hours},
                                       {QStringLiteral("description"), line.description}});
    } catch (const Error& error) {
        // The screen still says to call the local emergency number.
        qCWarning(lcCrisis).noquote() << error.message() << error.detail();
    }
    if (db) {
        try {
            m_clinicConnected = sync::ClinicConnection(*db).isEnrolled();
        } catch (const Error& error) {
            qCWarning(lcCrisis).noquote() << error.message() << error.detail();
        }
    }
    emit changed();
}

} // namespace pacewise::ui
