#pragma once

#include <QDate>
#include <vector>

namespace pacewise::store {
class Database;
}

namespace pacewise::homework {

// How much of the homework that fell due was done. A homework counts in the week (Monday to
// Sunday, local) of its due date; it is "done on time" when its last needed check-off came on or
// before the due date, "done late" after it. Cancelled homework does not count; open homework
// not yet due does not count either (it is not late yet).
struct AdherenceWeek {
    QDate weekStart; // a Monday
    int due = 0;
    int doneOnTime = 0;
    int doneLate = 0;
    double ratio() const { return due ? double(doneOnTime + doneLate) / due : 0.0; }
};

struct Adherence {
    std::vector<AdherenceWeek> weeks; // every week of the range, oldest first, empty weeks too
    int due = 0;
    int doneOnTime = 0;
    int doneLate = 0;
    int open = 0;    // open and not yet due at `today`
    int overdue = 0; // open and past due at `today`
    double ratio() const { return due ? double(doneOnTime + doneLate) / due : 0.0; }
};

// Adherence for homework due from `from` to `to` (local dates, inclusive), as of `today`.
// One SQL pass; five years (about 1,000 homework) in a few milliseconds.
Adherence adherence(store::Database& db, const QDate& from, const QDate& to, const QDate& today);

} // namespace pacewise::homework
