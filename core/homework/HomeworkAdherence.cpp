#include "homework/HomeworkAdherence.h"

#include "error/Error.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace pacewise::homework {
namespace {

QDate mondayOf(const QDate& date) {
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace

Adherence adherence(store::Database& db, const QDate& from, const QDate& to, const QDate& today) {
    if (!from.isValid() || !to.isValid() || !today.isValid() || to < from)
        throw Error(ErrorCode::InvalidInput,
                    QCoreApplication::translate("pacewise::homework",
                                                "Choose a date range whose start comes before "
                                                "its end."),
                    QStringLiteral("adherence %1..%2")
                        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));

    Adherence result;
    const QDate firstMonday = mondayOf(from);
    for (QDate week = firstMonday; week <= to; week = week.addDays(7))
        result.weeks.push_back(AdherenceWeek{week});

    // The day it was done is the local date of the check-off that reached the target (the one
    // completed_at points at, found by the primary key). Homework marked done without such a
    // check-off falls back on completed_at in this machine's zone. Old SQLite (system SQLCipher
    // 3.4) has no window functions, hence the join rather than numbering the check-offs.
    store::Statement query = db.prepare(
        "SELECT h.due_date, h.status, "
        "       COALESCE(c.local_date, date(h.completed_at / 1000, 'unixepoch', 'localtime')) "
        "FROM homework h "
        "LEFT JOIN homework_checkoffs c ON c.homework_id = h.id AND c.done_at = h.completed_at "
        "WHERE h.due_date BETWEEN ?1 AND ?2 AND h.status != 'cancelled'");
    query.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    const QString todayText = today.toString(Qt::ISODate);
    while (query.step()) {
        // ISO dates compare as text, so the date is parsed once per row for its week only.
        const QString due = query.text(0);
        const QString status = query.text(1);
        const bool done = status == QLatin1String("done");
        if (!done && due >= todayText) {
            ++result.open; // not late yet: it does not count
            continue;
        }
        const QDate dueDate = QDate::fromString(due, Qt::ISODate);
        AdherenceWeek& week = result.weeks[std::size_t(firstMonday.daysTo(dueDate) / 7)];
        ++week.due;
        ++result.due;
        if (!done) {
            ++result.overdue;
        } else if (query.isNull(2) || query.text(2) <= due) {
            // Done with no completion time at all (not written by this store): the benefit of
            // the doubt.
            ++week.doneOnTime;
            ++result.doneOnTime;
        } else {
            ++week.doneLate;
            ++result.doneLate;
        }
    }
    return result;
}

} // namespace pacewise::homework
