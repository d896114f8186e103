#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The small FHIR R4 data types every mapping in core/fhir writes the same way.
namespace pacewise::fhir {

inline const QString kUcumSystem = QStringLiteral("http://unitsofmeasure.org");
inline const QString kObservationCategorySystem =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");

// A Coding; an empty system or display is left out (FHIR allows no empty elements).
QJsonObject coding(const QString& system, const QString& code, const QString& display = {});
// A CodeableConcept of one coding, with text when given.
QJsonObject codeableConcept(const QJsonObject& singleCoding, const QString& text = {});

// FHIR strings: no control characters other than tab, CR and LF, and nothing but whitespace is
// no value at all (an empty element is invalid): the caller leaves an empty result out.
QString fhirString(const QString& text);

// A FHIR dateTime in the patient's own clock and offset, to the second: what a clinician reads
// is what the patient saw, and the offset keeps the instant exact ("2026-03-02T14:30:00+01:00").
QString fhirDateTime(const QDateTime& utc, int offsetSeconds);

} // namespace pacewise::fhir
