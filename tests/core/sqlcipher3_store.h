#pragma once

// What pacewise_test_sqlcipher3_writer puts in a store, entry by entry, so that the test can check
// every field after the conversion without a second copy of the data.
#include <QDateTime>
#include <QString>
#include <optional>

namespace pacewise::test::sqlcipher3 {

struct WrittenEntry {
    QString id;
    QDateTime recordedAt; // UTC+1
    int painNow = 0;
    std::optional<int> painAverage;
    std::optional<double> sleepHours;
    QString note;
    bool deleted = false;
    bool poorSleepTag = false;
};

inline WrittenEntry writtenEntry(int i) {
    WrittenEntry e;
    e.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    e.recordedAt =
        QDateTime(QDate(2016, 11, 1).addDays(i), QTime(8 + i % 12, 30), Qt::OffsetFromUTC, 3600);
    e.painNow = i % 11;
    if (i % 5 != 0)
        e.painAverage = (i * 3) % 11;
    e.sleepHours = 4.5 + (i % 8) * 0.5;
    // Not only ASCII: the text encoding must survive the conversion too.
    e.note = QStringLiteral("Entry %1: walked to the café, back ache \u00e9\u00f1 \u75db").arg(i);
    e.deleted = i % 50 == 49;
    e.poorSleepTag = i % 3 == 0;
    return e;
}

} // namespace pacewise::test::sqlcipher3
