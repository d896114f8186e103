#include "fhir/FhirElements.h"

#include <QJsonArray>
#include <cstdlib>

namespace pacewise::fhir {

QJsonObject coding(const QString& system, const QString& code, const QString& display) {
    QJsonObject c;
    if (!system.isEmpty())
        c.insert(QLatin1String("system"), system);
    c.insert(QLatin1String("code"), code);
    if (!display.isEmpty())
        c.insert(QLatin1String("display"), display);
    return c;
}

QJsonObject codeableConcept(const QJsonObject& singleCoding, const QString& text) {
    QJsonObject c{{QLatin1String("coding"), QJsonArray{singleCoding}}};
    if (!text.isEmpty())
        c.insert(QLatin1String("text"), text);
    return c;
}

QString fhirString(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 32 || c == QLatin1Char('\t') || c == QLatin1Char('\r') ||
            c == QLatin1Char('\n'))
            out.append(c);
    }
    return out.trimmed();
}

QString fhirDateTime(const QDateTime& utc, int offsetSeconds) {
    const int minutes = std::abs(offsetSeconds) / 60;
    return utc.toOffsetFromUtc(offsetSeconds).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           (offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace pacewise::fhir
