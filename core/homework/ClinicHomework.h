#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pacewise::store {
class Database;
}

namespace pacewise::homework {

// Homework the clinician assigned: FHIR Tasks for this patient pulled through sync (stored in
// clinic_resources), turned into homework rows after every pull. A Task counts as homework when
// its code is https://pacewise.app/fhir/CodeSystem/task-type|homework, or when it has no code and
// a description; Tasks carrying a urn:pacewise: identifier are the patient's own and are skipped.
// Its description is the title, note[0].text the description, executionPeriod.end the due date
// (none: seven days after authoredOn), input of type "times" (valueInteger) the target, input of
// type "exercise" (valueString) the exercise that checks it off. A newer version updates the row
// (a cancelled or entered-in-error Task cancels it) without losing the patient's check-offs.
// Refused, with a line for the sync report: a Task without a description, with "times" outside
// 1-50, with a due date that is not a day, or for another patient. An exercise Pacewise does not
// have is reported too, and the homework is then ticked off by hand. Importing or updating queues
// nothing: only the patient's own changes go back (HomeworkStore, with If-Match).
class ClinicHomework {
    Q_DECLARE_TR_FUNCTIONS(ClinicHomework)

public:
    static constexpr char kTaskTypeSystem[] = "https://pacewise.app/fhir/CodeSystem/task-type";

    // Runs in its own transaction. Returns one line per Task refused ("Task/<id>: <problem>",
    // no patient data) for the sync report.
    static QStringList apply(store::Database& db);
};

} // namespace pacewise::homework
