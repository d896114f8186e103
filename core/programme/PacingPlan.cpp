#include "programme/PacingPlan.h"

#include "error/Error.h"

namespace pacewise::programme {

std::optional<double> PacingPlan::baselineOf(const std::vector<double>&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
double PacingPlan::quotaOf(double) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
PacingPlan PacingPlan::make(const std::vector<double>&, int, const QDate&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
double PacingPlan::quotaOn(const QDate&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
int PacingPlan::weekOf(const QDate&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}

} // namespace pacewise::programme
