#include "programme/ExerciseStore.h"

#include "error/Error.h"

namespace pacewise::programme {

ExerciseStore::ExerciseStore(store::Database& db, const Programme& programme, Clock clock)
    : m_db(db)
    , m_programme(programme)
    , m_clock(std::move(clock)) {}
ExerciseRecord ExerciseStore::create(const QString&, const QString&, const QString&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
std::optional<ExerciseRecord> ExerciseStore::draft(const QString&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
void ExerciseStore::save(ExerciseRecord&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
QString ExerciseStore::complete(ExerciseRecord&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
void ExerciseStore::discard(const QString&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
std::optional<ExerciseRecord> ExerciseStore::find(const QString&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
std::vector<ExerciseRecord> ExerciseStore::completed(const QString&, int) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
std::vector<ExerciseRecord> ExerciseStore::children(const QString&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
int ExerciseStore::count(const QString&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
void ExerciseStore::insertCompleted(const std::vector<ExerciseRecord>&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}

} // namespace pacewise::programme
