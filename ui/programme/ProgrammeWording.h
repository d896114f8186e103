#pragma once

#include "homework/HomeworkStore.h"
#include "programme/ProgrammeProgress.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace pacewise::programme {
class Programme;
struct Module;
} // namespace pacewise::programme

namespace pacewise::ui {

// The words the programme screens use for a module's state, due dates, counts and reading time,
// kept in one place so that the overview, the reader, the homework list and Home say the same
// thing the same way.
class ProgrammeWording {
    Q_DECLARE_TR_FUNCTIONS(ProgrammeWording)

public:
    // "Module 3: Activity pacing".
    static QString moduleName(const programme::Module& module);
    // Why a module is locked, in plain words: "Opens when you finish Module 2: Setting goals",
    // "Opens on Tuesday 3 March 2026", "Opens when this homework is done: Practise slow
    // breathing". `homeworkTitles` are the open required homework of the module it waits for.
    static QString lockText(const programme::Programme& programme,
                            const programme::ModuleStatus& status,
                            const QStringList& homeworkTitles, const QDate& today);
    // The state in a few words: "Locked: …", "Ready to start", "Unlocked by your clinic",
    // "In progress", "Done".
    static QString stateText(const programme::ModuleProgress& progress, const QString& lockText);
    // "5 of 12 pages read, 18 minutes spent".
    static QString progressText(const programme::ModuleProgress& progress);
    // "About 20 minutes of reading".
    static QString readingTimeText(int minutes);
    // "3 minutes", "1 hour 5 minutes"; under a minute: "under a minute".
    static QString durationText(qint64 milliseconds);
    // "Due today", "Due tomorrow", "Due Friday" (this coming week), "Due on 3 March 2026",
    // "1 day late", "2 days late".
    static QString dueText(const QDate& dueDate, const QDate& today);
    // "2 of 5 times", "Once" when once is the whole target and not done yet.
    static QString timesText(const homework::Homework& homework);
};

} // namespace pacewise::ui
