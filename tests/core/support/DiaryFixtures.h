#pragma once

#include "diary/DiaryEntry.h"

namespace pacewise::test {

// An entry at a given local day and hour in UTC+1, with the pain figures given.
inline diary::DiaryEntry entryAt(QDate day, int hour, int painNow,
                                 std::optional<int> painAverage = {}) {
    diary::DiaryEntry e;
    e.recordedAt = QDateTime(day, QTime(hour, 0), Qt::OffsetFromUTC, 3600);
    e.painNow = painNow;
    e.painAverage = painAverage;
    return e;
}

} // namespace pacewise::test
