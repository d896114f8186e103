#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <vector>

namespace pacewise::store {
class Database;
}

namespace pacewise::measures {

class MeasureStore;

// When each measure is asked for. The default plan lives in resources/measures/schedule.json
// (PEG weekly, PHQ-9 and GAD-7 every two weeks, PGIC monthly); a plan the clinic sends later is
// stored in the profile's settings (key "measures.schedule", same JSON) and replaces it.
// The JSON: {"measures": [{"measure": "peg", "everyDays": 7, "graceDays": 2}, ...]}, everyDays
// 1-366, graceDays 0-366 (2 when left out), each measure once; other keys are ignored.
struct PlannedMeasure {
    QString measureId;
    int everyDays = 7;
    int graceDays = 2; // due for this many days, overdue after
};

class Schedule {
    Q_DECLARE_TR_FUNCTIONS(Schedule)

public:
    enum class State { Due, Overdue, Done };
    // "due", "overdue", "done": the state's stable name for JSON and QML (not for people).
    static QString stateKey(State state);
    struct Status {
        QString measureId;
        State state = State::Due;
        QDate dueDate;           // the day it became (or becomes) due
        QDate lastCompleted;     // local date; null when never
        bool inProgress = false; // a draft is waiting
    };

    // Throws Error(InvalidInput) naming `source` for a malformed plan.
    static std::vector<PlannedMeasure> parse(const QByteArray& json, const QString& source);
    static std::vector<PlannedMeasure> defaultPlan();
    // The clinic's plan when one is stored, else the default.
    static std::vector<PlannedMeasure> current(store::Database& db);
    static void setClinicPlan(store::Database& db, const QByteArray& json); // validated first

    // For each planned measure, on `today` (local): never done → Due from today; done on day d
    // → Done until d + everyDays, Due from then for graceDays, Overdue after.
    static std::vector<Status> statusOn(const std::vector<PlannedMeasure>& plan,
                                        const MeasureStore& store, const QDate& today);
};

} // namespace pacewise::measures
