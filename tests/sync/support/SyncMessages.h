#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace pacewise::test {

// What a patient reads after a sync, word for word (SyncEngine's messages in English): the tests
// of network faults, bad replies and certificates assert these.
inline const QString kAllSent = QStringLiteral("Everything is sent to your clinic.");
inline const QString kKeptFailing =
    QStringLiteral("The connection to the clinic's server kept failing. Your entries are kept "
                   "and will be sent later.");
inline const QString kServerProblem = QStringLiteral(
    "The clinic's server has a problem right now. Your entries are kept and will be sent later.");
inline const QString kNotUnderstood =
    QStringLiteral("The clinic's server gave an answer Pacewise does not understand. Your entries "
                   "are kept and will be sent later.");
inline const QString kAccessCode = QStringLiteral(
    "The clinic did not accept your access code. It may have expired. Ask your clinic for a new "
    "one and enter it under Settings, Clinic connection. Your entries are kept and will be sent "
    "then.");
inline const QString kNotTrusted =
    QStringLiteral("The clinic's server could not prove it is who it says it is, so nothing was "
                   "sent. This can happen on a public Wi-Fi network. Try another network, or ask "
                   "your clinic.");

inline QString busyUntil(const QDateTime& retryAt) {
    return QStringLiteral("The clinic's server is busy and asked Pacewise to wait. Your entries "
                          "are kept and will be sent after %1.")
        .arg(QLocale().toString(retryAt.toLocalTime().time(), QLocale::ShortFormat));
}

} // namespace pacewise::test
