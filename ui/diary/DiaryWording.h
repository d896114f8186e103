#pragma once

#include "diary/DiaryEntry.h"

#include <QCoreApplication>
#include <QString>

namespace pacewise::diary {
class DiaryCatalogue;
}

namespace pacewise::ui {

// The words the diary screens put next to numbers and entries, translated in one place so the
// entry screen, the history and the home page say the same thing.
class DiaryWording {
    Q_DECLARE_TR_FUNCTIONS(DiaryWording)

public:
    enum class Scale { Pain, Mood, SleepQuality };

    // The anchor words for a 0-10 value: 0 "No pain", 10 "Worst pain imaginable", and bands in
    // between (1-3 mild, 4-6 moderate, 7-9 severe, as on the usual pain scales).
    static QString anchor(Scale scale, int value);
    // "Tuesday 3 June 2025" and "14:05" in the UI language.
    static QString dateText(const QDateTime& when);
    static QString timeText(const QDateTime& when);
    // "Today", "Yesterday" or the date.
    static QString dayText(const QDateTime& when, QDate today);
    // One line for lists: "Pain 6 (average 5, worst 7) · Mood 6 · Lower back; Knee, left".
    static QString summary(const diary::DiaryEntry& entry, const diary::DiaryCatalogue& catalogue);
    // The trigger labels of an entry (custom tags as typed).
    static QStringList triggerLabels(const diary::DiaryEntry& entry,
                                     const diary::DiaryCatalogue& catalogue);
    // "6.5" in the UI language.
    static QString decimal(double value);
};

} // namespace pacewise::ui
