#pragma once

#include "diary/DiaryEntry.h"

#include <QCoreApplication>
#include <vector>

class QIODevice;

namespace pacewise::diary {

class DiaryCatalogue;

// The diary as CSV for spreadsheets: RFC 4180 quoting, UTF-8 with a byte-order mark (so that
// spreadsheet programs pick the encoding), one row per entry, a header row of the column names
// below. Lists are separated by "; ". Text cells that a spreadsheet would run as a formula
// (starting with = + - @) are written with a leading apostrophe, which import removes.
//
// Columns: id, recorded_at (ISO 8601 with UTC offset), pain_now, pain_average, pain_worst, mood,
// sleep_hours, sleep_quality, active_minutes, body_locations (codes), triggers (codes; custom tags
// as "custom:text"), coping_skills (codes), medications ("name | dose | count | as needed"),
// note, deleted (yes/no), version.
class DiaryCsv {
    Q_DECLARE_TR_FUNCTIONS(DiaryCsv)

public:
    // A row left out of an import, with why: "Line 4, column pain_now: "seven" is not a whole
    // number." (translated, 1-based line of the file).
    struct RejectedRow {
        qsizetype line = 0;
        QString reason;
    };
    struct Import {
        std::vector<DiaryEntry> entries; // the good rows, in file order
        std::vector<RejectedRow> rejected;
    };

    static QStringList columns();
    static void write(const std::vector<DiaryEntry>& entries, QIODevice& out);
    // A file that is not a Pacewise diary (other columns, a quote never closed) throws
    // Error(InvalidInput). Otherwise every row is read on its own: a row that cannot be read, or
    // whose values the diary would refuse (DiaryValidation against `catalogue`), is rejected
    // with its line and first problem, and the good rows are kept.
    static Import read(QIODevice& in, const DiaryCatalogue& catalogue);
};

} // namespace pacewise::diary
