#include "programme/UnlockRules.h"

#include "error/Error.h"

namespace pacewise::programme {

std::vector<ModuleStatus> evaluateUnlocks(const Programme&, const std::map<QString, ModuleFacts>&,
                                          const QStringList&, const QDate&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}

} // namespace pacewise::programme
