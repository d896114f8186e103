#pragma once

#include <QJsonObject>
#include <QString>

namespace pacewise::measures {
struct Measure;
struct Response;
} // namespace pacewise::measures
namespace pacewise::safety {
struct SafetyEvent;
}

namespace pacewise::fhir {

inline constexpr const char* kQuestionnaireResponseKind = "questionnaire-response";
inline constexpr const char* kMeasureScoreKind = "measure-score";
inline constexpr const char* kSafetyFlagKind = "safety-flag";
inline constexpr const char* kSafetyCommunicationKind = "safety-communication";

// A completed response as an R4 QuestionnaireResponse: questionnaire = the canonical
// url|version, status "completed", authored with the patient's offset, subject and author the
// patient, items nested as in the definition with each answer (disabled items left out, display
// items left out), identifier urn:pacewise:questionnaire-response|<id>.
QJsonObject questionnaireResponse(const measures::Measure& measure,
                                  const measures::Response& response,
                                  const QString& patientReference);

// The response's scores as one Observation (category survey, status final): code = the panel's
// code (e.g. LOINC 44249-1) when the headline score has no code of its own, else the headline
// score's code (e.g. 44261-6); valueQuantity / valueInteger the headline score; other scores as
// components with their codes; interpretation text = the band label; derivedFrom the
// QuestionnaireResponse (by its identifier, as a logical reference); effectiveDateTime the
// completion time with its offset; identifier urn:pacewise:measure-score|<response id>.
// Throws Error(Internal) when the headline score has no value (nothing to send: the caller
// does not queue one).
QJsonObject scoreObservation(const measures::Measure& measure, const measures::Response& response,
                             const QString& patientReference);

// The safety event as a Flag (status active, category "safety", code: Pacewise code system
// "phq9-item9-positive" with a plain text; period.start the time raised) and as a Communication
// to the care team (status completed, priority "urgent", category alert, payload one clinical
// sentence without the patient's free text, about: the QuestionnaireResponse).
QJsonObject safetyFlag(const safety::SafetyEvent& event, const QString& patientReference);
QJsonObject safetyCommunication(const safety::SafetyEvent& event, const QString& patientReference);

} // namespace pacewise::fhir
