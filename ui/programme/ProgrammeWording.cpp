#include "ProgrammeWording.h"

#include "programme/Programme.h"

#include <QLocale>

namespace pacewise::ui {

QString ProgrammeWording::moduleName(const programme::Module& module) {
    return tr("Module %1: %2").arg(module.number).arg(module.title);
}

QString ProgrammeWording::lockText(const programme::Programme& programme,
                                   const programme::ModuleStatus& status,
                                   const QStringList& homeworkTitles, const QDate& today) {
    using Kind = programme::LockReason::Kind;
    const programme::LockReason& reason = status.reason;
    switch (reason.kind) {
    case Kind::None:
        return {};
    case Kind::PreviousNotDone:
        if (const programme::Module* previous = programme.module(reason.previousModuleId))
            return tr("Opens when you finish %1").arg(moduleName(*previous));
        return tr("Opens when you finish the module before it");
    case Kind::TooSoon:
        if (reason.availableOn == today.addDays(1))
            return tr("Opens tomorrow");
        return tr("Opens on %1").arg(QLocale().toString(reason.availableOn, QLocale::LongFormat));
    case Kind::HomeworkOutstanding:
        if (!homeworkTitles.isEmpty())
            return homeworkTitles.size() == 1
                       ? tr("Opens when this homework is done: %1").arg(homeworkTitles.first())
                       : tr("Opens when these homework tasks are done: %1")
                             .arg(homeworkTitles.join(QStringLiteral("; ")));
        return reason.homeworkLeft == 1
                   ? tr("Opens when one more homework task is done")
                   : tr("Opens when %1 more homework tasks are done").arg(reason.homeworkLeft);
    }
    return {};
}

QString ProgrammeWording::stateText(const programme::ModuleProgress& progress,
                                    const QString& lockText) {
    using State = programme::ModuleState;
    switch (progress.status.state) {
    case State::Locked:
        return lockText;
    case State::Available:
        return progress.status.unlockedByClinic ? tr("Unlocked by your clinic")
                                                : tr("Ready to start");
    case State::InProgress:
        return tr("In progress");
    case State::Done:
        return tr("Done");
    }
    return {};
}

QString ProgrammeWording::progressText(const programme::ModuleProgress& progress) {
    const QString pages = tr("%1 of %2 pages read").arg(progress.pagesRead).arg(progress.pageCount);
    if (progress.timeSpentMs < 60'000)
        return pages;
    return tr("%1, %2 spent").arg(pages, durationText(progress.timeSpentMs));
}

QString ProgrammeWording::readingTimeText(int minutes) {
    return minutes == 1 ? tr("About 1 minute of reading")
                        : tr("About %1 minutes of reading").arg(minutes);
}

QString ProgrammeWording::durationText(qint64 milliseconds) {
    const qint64 minutes = milliseconds / 60'000;
    if (minutes < 1)
        return tr("under a minute");
    const int hours = int(minutes / 60);
    const int rest = int(minutes % 60);
    const QString minutesText = rest == 1 ? tr("1 minute") : tr("%1 minutes").arg(rest);
    if (hours == 0)
        return minutesText;
    const QString hoursText = hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours);
    if (rest == 0)
        return hoursText;
    return tr("%1 %2", "hours and minutes").arg(hoursText, minutesText);
}

QString ProgrammeWording::dueText(const QDate& dueDate, const QDate& today) {
    if (!dueDate.isValid())
        return {};
    const qint64 days = today.daysTo(dueDate);
    if (days == -1)
        return tr("1 day late");
    if (days < 0)
        return tr("%1 days late").arg(-days);
    if (days == 0)
        return tr("Due today");
    if (days == 1)
        return tr("Due tomorrow");
    if (days < 7)
        return tr("Due %1").arg(QLocale().dayName(dueDate.dayOfWeek(), QLocale::LongFormat));
    return tr("Due on %1").arg(QLocale().toString(dueDate, QLocale::LongFormat));
}

QString ProgrammeWording::timesText(const homework::Homework& homework) {
    if (homework.target == 1)
        return homework.doneCount == 0 ? tr("Once, not done yet") : tr("Done");
    return tr("%1 of %2 times").arg(homework.doneCount).arg(homework.target);
}

} // namespace pacewise::ui
