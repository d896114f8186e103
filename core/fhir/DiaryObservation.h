#pragma once

#include <QJsonObject>
#include <QString>

namespace pacewise::diary {
struct DiaryEntry;
class DiaryCatalogue;
} // namespace pacewise::diary

namespace pacewise::fhir {

// Every resource Pacewise writes carries one identifier made on the device:
// system "urn:pacewise:<kind>", value the record's UUID. Conditional writes on it make a retry
// land on the same resource instead of a duplicate.
QString identifierSystem(const QString& kind);                  // "urn:pacewise:diary-entry"
QString identifierToken(const QString& kind, const QString& id); // "urn:pacewise:diary-entry|<uuid>"

// A diary entry as a FHIR R4 Observation of pain severity (LOINC 72514-3), with its other
// figures as components. `patientReference` is "Patient/<id>". Deleted entries come out with
// status "entered-in-error"; edited ones (version > 1) as "amended".
QJsonObject diaryObservation(const diary::DiaryEntry& entry, const QString& patientReference,
                             const diary::DiaryCatalogue& catalogue);

} // namespace pacewise::fhir
