#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <map>
#include <vector>

namespace pacewise::programme {

class Programme;

enum class ModuleState { Locked, Available, InProgress, Done };

// Why a module is still locked. Only the first reason that applies is given, in this order.
struct LockReason {
    enum class Kind { None, PreviousNotDone, TooSoon, HomeworkOutstanding };
    Kind kind = Kind::None;
    QString previousModuleId; // the module it waits for
    QDate availableOn;        // TooSoon: the first day it opens
    int homeworkLeft = 0;     // HomeworkOutstanding: required homework not yet done
};

// What the rules need to know about one module the patient has started.
struct ModuleFacts {
    QDate startedOn;              // local date of the first page opened; null: not started
    bool done = false;            // every page read
    int requiredHomeworkOpen = 0; // its requiredToContinue homework not done (nor cancelled)
};

struct ModuleStatus {
    QString moduleId;
    ModuleState state = ModuleState::Locked;
    LockReason reason;
    bool unlockedByClinic = false;
};

// The unlock rules, as a pure function (no database): module 1 is always open; module N+1 opens
// when module N is done, at least N's minimumDays have passed since N was started, and N's
// required homework is done. A module the clinician unlocked (through sync) is open whatever the
// rules say; a module already started stays open. `facts` is keyed by module id.
std::vector<ModuleStatus> evaluateUnlocks(const Programme& programme,
                                          const std::map<QString, ModuleFacts>& facts,
                                          const QStringList& clinicUnlocked, const QDate& today);

} // namespace pacewise::programme
