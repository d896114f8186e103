#pragma once

#include <QDate>
#include <cstdint>

namespace pacewise::store {
class Database;
}

namespace pacewise::synthetic {

// Fills a profile with a realistic, entirely made-up diary: one to four entries a day with missed
// days and the odd holiday gap, a weekly rhythm, flare-ups, and a slow improvement over the
// years. The same seed and end date give the same data on every machine (the random numbers and
// their distributions are ours, not the standard library's, whose distributions differ between
// implementations).
struct DiaryOptions {
    int years = 1;
    std::uint64_t seed = 1;
    QDate endDate = QDate::currentDate();
};

struct DiaryResult {
    int entries = 0;
    int medications = 0;
};

DiaryResult generateDiary(store::Database& db, const DiaryOptions& options);

} // namespace pacewise::synthetic
