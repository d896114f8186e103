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
QString identifierSystem(const QString& kind);                   // "urn:pacewise:diary-entry"
QString identifierToken(const QString& kind, const QString& id); // "urn:pacewise:diary-entry|<id>"

inline constexpr const char* kDiaryEntryKind = "diary-entry";

// Pacewise's own code systems, for what no LOINC or SNOMED CT code says exactly: the diary's
// figures (component codes), the built-in triggers and coping skills, and the body-map regions
// (codes of resources/diary/*.json).
QString diaryCodeSystem();       // "https://pacewise.app/fhir/CodeSystem/diary"
QString triggerCodeSystem();     // ".../CodeSystem/trigger"
QString copingSkillCodeSystem(); // ".../CodeSystem/coping-skill"
QString bodyRegionCodeSystem();  // ".../CodeSystem/body-region"

// A diary entry as a FHIR R4 Observation of pain severity (LOINC 72514-3), with its other
// figures as components. `patientReference` is "Patient/<id>". Deleted entries come out with
// status "entered-in-error"; edited ones (version > 1) as "amended". The text in it is for the
// clinic: pass the English catalogue (DiaryCatalogue::load("en")), not the patient's UI language.
// Absent figures are left out (FHIR allows no empty elements); no id or meta (the server's).
// Throws Error(Internal) for an entry without id or time.
QJsonObject diaryObservation(const diary::DiaryEntry& entry, const QString& patientReference,
                             const diary::DiaryCatalogue& catalogue);

} // namespace pacewise::fhir
