#include "programme/UnlockRules.h"

#include "programme/Programme.h"

namespace pacewise::programme {

std::vector<ModuleStatus> evaluateUnlocks(const Programme& programme,
                                          const std::map<QString, ModuleFacts>& facts,
                                          const QStringList& clinicUnlocked, const QDate& today) {
    const auto factsOf = [&facts](const QString& moduleId) {
        const auto found = facts.find(moduleId);
        return found == facts.end() ? ModuleFacts{} : found->second;
    };
    std::vector<ModuleStatus> statuses;
    const std::vector<Module>& modules = programme.modules();
    statuses.reserve(modules.size());
    for (std::size_t i = 0; i < modules.size(); ++i) {
        const Module& module = modules[i];
        const ModuleFacts own = factsOf(module.id);
        ModuleStatus status;
        status.moduleId = module.id;
        status.unlockedByClinic = clinicUnlocked.contains(module.id);
        if (own.done) {
            status.state = ModuleState::Done;
        } else if (own.startedOn.isValid()) {
            // Once started it stays open, whatever changed since (a clinic unlock withdrawn).
            status.state = ModuleState::InProgress;
        } else if (i == 0 || status.unlockedByClinic) {
            status.state = ModuleState::Available;
        } else {
            const Module& previous = modules[i - 1];
            const ModuleFacts before = factsOf(previous.id);
            LockReason& reason = status.reason;
            reason.previousModuleId = previous.id;
            if (!before.done) {
                reason.kind = LockReason::Kind::PreviousNotDone;
            } else if (before.startedOn.isValid() &&
                       today < before.startedOn.addDays(previous.minimumDays)) {
                reason.kind = LockReason::Kind::TooSoon;
                reason.availableOn = before.startedOn.addDays(previous.minimumDays);
            } else if (before.requiredHomeworkOpen > 0) {
                reason.kind = LockReason::Kind::HomeworkOutstanding;
                reason.homeworkLeft = before.requiredHomeworkOpen;
            }
            if (reason.kind == LockReason::Kind::None) {
                reason.previousModuleId.clear();
                status.state = ModuleState::Available;
            }
        }
        statuses.push_back(std::move(status));
    }
    return statuses;
}

} // namespace pacewise::programme
