#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pacewise::store {
class Database;
}

namespace pacewise::sync {

// What the clinic sets for this patient through sync, beyond assignments: its own crisis lines
// and its plan of questionnaires. Both travel in an active CarePlan the clinic writes for the
// patient, as extensions whose valueAttachment carries our JSON (resources/crisis/README.md).
// Applied after every pull from the CarePlans stored in clinic_resources.
class ClinicDirectives {
    Q_DECLARE_TR_FUNCTIONS(ClinicDirectives)

public:
    static constexpr char kCrisisLinesExtension[] =
        "https://pacewise.app/fhir/StructureDefinition/crisis-lines";
    static constexpr char kMeasureScheduleExtension[] =
        "https://pacewise.app/fhir/StructureDefinition/measure-schedule";

    // Applies the newest active CarePlan's crisis lines and schedule (each on its own); restores
    // the bundled ones when no active CarePlan carries them any more. Content that does not
    // validate changes nothing: one line per refusal is returned ("CarePlan/<id>: <problem>"),
    // for the sync report's detail (no patient data in it). Runs in its own transaction.
    static QStringList apply(store::Database& db);
};

} // namespace pacewise::sync
