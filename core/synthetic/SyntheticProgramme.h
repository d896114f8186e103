#pragma once

#include <QDate>
#include <cstdint>

namespace pacewise::store {
class Database;
}
namespace pacewise::programme {
class Programme;
}

namespace pacewise::synthetic {

// Adds five years (or `years`) of programme use, seeded like generateDiary(): the ten modules
// read in order over the first months with their homework, a refresher pass through them later
// (more reading time, their homework again), weekly practice homework to the end (about 1,000
// homework over five years: most done, some late, some never, a few cancelled), and the exercise
// records behind it: relaxation practices, thought records, sleep diary nights, pacing plans with
// their logs, problem-solving worksheets and one flare-up plan. Every record is valid against the
// programme's exercise definitions and queued like a real one. No free text a patient could be
// recognised by: the few required text answers come from a short list of general phrases.
struct ProgrammeOptions {
    int years = 1;
    std::uint64_t seed = 1;
    QDate endDate = QDate::currentDate();
};

struct ProgrammeTotals {
    int modulesCompleted = 0;
    int exerciseRecords = 0;
    int homework = 0; // rows added, the modules' own included
};

// In one transaction (the caller's if there is one). Throws Error(Internal) when `programme`
// lacks a module or exercise the generator uses.
ProgrammeTotals generateProgramme(store::Database& db, const programme::Programme& programme,
                                  const ProgrammeOptions& options);

} // namespace pacewise::synthetic
