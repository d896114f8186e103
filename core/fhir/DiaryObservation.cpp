#include "fhir/DiaryObservation.h"

#include "diary/DiaryCatalogue.h"
#include "diary/DiaryEntry.h"
#include "error/Error.h"
#include "fhir/FhirElements.h"

#include <QJsonArray>
#include <cstdlib>

namespace pacewise::fhir {
namespace {

const QString kLoinc = QStringLiteral("http://loinc.org");
const QString kSnomed = QStringLiteral("http://snomed.info/sct");

QJsonObject textOnly(const QString& text) {
    return QJsonObject{{QLatin1String("text"), text}};
}

QJsonObject quantity(double value, const QString& ucumCode) {
    return QJsonObject{{QLatin1String("value"), value},
                       {QLatin1String("unit"), ucumCode},
                       {QLatin1String("system"), kUcumSystem},
                       {QLatin1String("code"), ucumCode}};
}

QJsonObject component(const QJsonObject& code, const char* valueKey, const QJsonValue& value) {
    return QJsonObject{{QLatin1String("code"), code}, {QLatin1String(valueKey), value}};
}

QJsonObject diaryCode(const char* code, const char* display) {
    return codeableConcept(coding(diaryCodeSystem(), QLatin1String(code), QLatin1String(display)));
}

QString status(const diary::DiaryEntry& entry) {
    if (entry.deleted)
        return QStringLiteral("entered-in-error");
    return entry.version > 1 ? QStringLiteral("amended") : QStringLiteral("final");
}

// A built-in code gets a coding in our code system with its English label; a patient's own
// words ("custom:<text>") are text only, since no code system can claim them.
// Empty when there is nothing to say (a custom tag with no words).
QJsonObject tagConcept(const QString& code, const QString& system, const QString& rawLabel) {
    const QString label = fhirString(rawLabel);
    if (label.isEmpty())
        return {};
    if (diary::DiaryCatalogue::isCustomTag(code))
        return textOnly(label);
    // The label is the concept's text; repeating it as the coding's display would only cost
    // bytes on a metered line (a code the catalogue no longer knows has its code as label).
    return codeableConcept(coding(system, code), label);
}

QString medicationText(const diary::MedicationDose& dose) {
    QStringList parts;
    if (const QString name = fhirString(dose.name); !name.isEmpty())
        parts << name;
    if (const QString amount = fhirString(dose.dose); !amount.isEmpty())
        parts << amount;
    parts << QStringLiteral("× %1").arg(dose.count);
    return parts.join(QLatin1Char(' '));
}

QJsonObject bodyRegionConcept(const QString& regionCode, const diary::DiaryCatalogue& catalogue) {
    const diary::DiaryCatalogue::BodyRegion* region = catalogue.bodyRegion(regionCode);
    const QString label = catalogue.bodyRegionLabel(regionCode);
    QJsonArray codings;
    // Our region code is the exact concept, side included; the SNOMED CT body structure is the
    // same place without the side (R4 has no clean home for the laterality qualifier). Neither
    // repeats the label as display: the label with the side is the concept's `text`.
    codings.append(coding(bodyRegionCodeSystem(), regionCode));
    if (region && !region->snomed.isEmpty())
        codings.append(coding(kSnomed, region->snomed));
    return QJsonObject{{QLatin1String("coding"), codings}, {QLatin1String("text"), label}};
}

} // namespace

QString identifierSystem(const QString& kind) {
    return QStringLiteral("urn:pacewise:") + kind;
}

QString identifierToken(const QString& kind, const QString& id) {
    return identifierSystem(kind) + QLatin1Char('|') + id;
}

QString diaryCodeSystem() {
    return QStringLiteral("https://pacewise.app/fhir/CodeSystem/diary");
}

QString triggerCodeSystem() {
    return QStringLiteral("https://pacewise.app/fhir/CodeSystem/trigger");
}

QString copingSkillCodeSystem() {
    return QStringLiteral("https://pacewise.app/fhir/CodeSystem/coping-skill");
}

QString bodyRegionCodeSystem() {
    return QStringLiteral("https://pacewise.app/fhir/CodeSystem/body-region");
}

QJsonObject diaryObservation(const diary::DiaryEntry& entry, const QString& patientReference,
                             const diary::DiaryCatalogue& catalogue) {
    if (entry.id.isEmpty() || !entry.recordedAt.isValid() || patientReference.isEmpty())
        throw Error(ErrorCode::Internal, QStringLiteral("Internal error."),
                    QStringLiteral("diaryObservation: an entry without id or time, or no patient"));

    QJsonObject obs;
    obs.insert(QLatin1String("resourceType"), QLatin1String("Observation"));
    obs.insert(QLatin1String("identifier"),
               QJsonArray{QJsonObject{
                   {QLatin1String("system"), identifierSystem(QLatin1String(kDiaryEntryKind))},
                   {QLatin1String("value"), entry.id}}});
    obs.insert(QLatin1String("status"), status(entry));
    obs.insert(
        QLatin1String("category"),
        QJsonArray{codeableConcept(coding(kObservationCategorySystem, QStringLiteral("survey"),
                                          QStringLiteral("Survey")))});
    obs.insert(QLatin1String("code"),
               codeableConcept(coding(kLoinc, QStringLiteral("72514-3"),
                                      QStringLiteral("Pain severity - 0-10 verbal numeric rating "
                                                     "[Score] - Reported")),
                               QStringLiteral("Pain now")));
    obs.insert(QLatin1String("subject"),
               QJsonObject{{QLatin1String("reference"), patientReference}});
    obs.insert(QLatin1String("effectiveDateTime"),
               fhirDateTime(entry.recordedAt.toUTC(), entry.recordedAt.offsetFromUtc()));
    if (entry.updatedAt.isValid())
        obs.insert(QLatin1String("issued"), entry.updatedAt.toUTC().toString(Qt::ISODateWithMs));
    obs.insert(QLatin1String("valueInteger"), entry.painNow);
    if (entry.bodyLocations.size() == 1)
        obs.insert(QLatin1String("bodySite"),
                   bodyRegionConcept(entry.bodyLocations.first(), catalogue));

    QJsonArray components;
    auto addInt = [&](const std::optional<int>& value, const char* code, const char* display) {
        if (value)
            components.append(component(diaryCode(code, display), "valueInteger", *value));
    };
    addInt(entry.painAverage, "pain-average", "Average pain today (0-10)");
    addInt(entry.painWorst, "pain-worst", "Worst pain today (0-10)");
    addInt(entry.mood, "mood", "Mood (0-10)");
    if (entry.sleepHours)
        components.append(component(codeableConcept(coding(kLoinc, QStringLiteral("93832-4"),
                                                           QStringLiteral("Sleep duration"))),
                                    "valueQuantity",
                                    quantity(*entry.sleepHours, QStringLiteral("h"))));
    addInt(entry.sleepQuality, "sleep-quality", "Sleep quality last night (0-10)");
    if (entry.activeMinutes)
        components.append(component(diaryCode("active-minutes", "Active minutes today"),
                                    "valueQuantity",
                                    quantity(*entry.activeMinutes, QStringLiteral("min"))));

    int asNeededDoses = 0;
    for (const diary::MedicationDose& dose : entry.medications) {
        components.append(component(
            dose.asNeeded ? diaryCode("medication-as-needed", "Medication taken as needed")
                          : diaryCode("medication", "Medication taken"),
            "valueString", medicationText(dose)));
        if (dose.asNeeded)
            asNeededDoses += dose.count;
    }
    if (asNeededDoses > 0)
        addInt(asNeededDoses, "as-needed-doses", "As-needed doses taken");

    auto addTag = [&](const QJsonObject& value, const char* code, const char* display) {
        if (!value.isEmpty())
            components.append(component(diaryCode(code, display), "valueCodeableConcept", value));
    };
    for (const QString& trigger : entry.triggers)
        addTag(tagConcept(trigger, triggerCodeSystem(), catalogue.triggerLabel(trigger)), "trigger",
               "Pain trigger");
    for (const QString& skill : entry.copingSkills)
        addTag(tagConcept(skill, copingSkillCodeSystem(), catalogue.copingSkillLabel(skill)),
               "coping-skill", "Coping skill used");
    for (const QString& region : entry.bodyLocations)
        components.append(component(codeableConcept(coding(kSnomed, QStringLiteral("363698007"),
                                                           QStringLiteral("Finding site"))),
                                    "valueCodeableConcept", bodyRegionConcept(region, catalogue)));
    if (!components.isEmpty())
        obs.insert(QLatin1String("component"), components);

    if (const QString note = fhirString(entry.note); !note.isEmpty())
        obs.insert(QLatin1String("note"), QJsonArray{QJsonObject{{QLatin1String("text"), note}}});
    return obs;
}

} // namespace pacewise::fhir
