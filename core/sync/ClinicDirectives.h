#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pacewise::store {
class Database;
}

namespace pacewise::sync {

// What the clinic sets for this patient through sync, beyond assignments: its own crisis lines,
// its plan of questionnaires and the programme modules it opens early. They travel in an active
// CarePlan the clinic writes for the patient: the first two as extensions whose valueAttachment
// carries our JSON (resources/crisis/README.md), the unlocks as one extension per module whose
// valueCode is the module id (resources/programme/README.md, "The clinic's side"). Applied after
// every pull from the CarePlans stored in clinic_resources.
class ClinicDirectives {
    Q_DECLARE_TR_FUNCTIONS(ClinicDirectives)

public:
    static constexpr char kCrisisLinesExtension[] =
        "https://pacewise.app/fhir/StructureDefinition/crisis-lines";
    static constexpr char kMeasureScheduleExtension[] =
        "https://pacewise.app/fhir/StructureDefinition/measure-schedule";
    static constexpr char kUnlockModuleExtension[] =
        "https://pacewise.app/fhir/StructureDefinition/unlock-module";

    // Applies the newest active CarePlan's crisis lines, schedule and module unlocks (each on its
    // own, from the newest active CarePlan that carries it); restores the bundled ones and
    // removes the unlocks when no active CarePlan carries them any more. Content that does not
    // validate changes nothing (an unknown module id is left out, the others apply): one line
    // per refusal is returned ("CarePlan/<id>: <problem>"), for the sync report's detail (no
    // patient data in it). Runs in its own transaction.
    static QStringList apply(store::Database& db);
};

} // namespace pacewise::sync
