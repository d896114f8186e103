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
    static QStringList columns();
    static void write(const std::vector<DiaryEntry>& entries, QIODevice& out);
    // Throws Error(InvalidInput) naming the line and the column of the first problem.
    static std::vector<DiaryEntry> read(QIODevice& in);
};

} // namespace pacewise::diary
