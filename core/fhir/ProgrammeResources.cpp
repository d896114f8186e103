#include "fhir/ProgrammeResources.h"

#include "error/Error.h"

namespace pacewise::fhir {

QJsonObject moduleProgressTask(const programme::Module&, const programme::ModuleProgress&,
                               const QString&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
QJsonObject exerciseResponse(const programme::Exercise&, const programme::ExerciseRecord&,
                             const QString&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
QJsonObject homeworkTask(const homework::Homework&, const QString&, const QJsonObject&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}

} // namespace pacewise::fhir
