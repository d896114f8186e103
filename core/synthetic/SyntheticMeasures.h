#pragma once

#include <QDate>
#include <cstdint>

namespace pacewise::store {
class Database;
}

namespace pacewise::synthetic {

// Adds questionnaire history that follows the made-up diary's course: PEG weekly, PHQ-9 and GAD-7
// every two weeks with a few gaps, PGIC monthly, about 400 completed responses over five years,
// scored and queued like real ones. Seeded like generateDiary(); no safety events (item 9 stays
// 0) so that a demo never raises a flag.
struct MeasuresOptions {
    int years = 1;
    std::uint64_t seed = 1;
    QDate endDate = QDate::currentDate();
};

int generateMeasures(store::Database& db, const MeasuresOptions& options); // responses added

} // namespace pacewise::synthetic
