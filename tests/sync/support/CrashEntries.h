#pragma once

#include "diary/DiaryEntry.h"

#include <QDateTime>

namespace pacewise::test {

// Diary entry number n of the crash-consistency test: crash_sync_writer.cpp saves it,
// test_crash_consistency.cpp checks that what it finds is exactly this.
inline diary::DiaryEntry crashEntry(int n) {
    diary::DiaryEntry e;
    e.recordedAt =
        QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, 3600).addSecs(qint64(n) * 600);
    e.painNow = n % 11;
    e.mood = (n * 7) % 11;
    e.sleepHours = (n % 25) / 2.0;
    if (n % 2 == 0)
        e.triggers = {QStringLiteral("stress")};
    e.note = QStringLiteral("crash entry %1").arg(n);
    return e;
}

} // namespace pacewise::test
