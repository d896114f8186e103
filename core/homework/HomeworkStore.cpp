#include "homework/HomeworkStore.h"

#include "error/Error.h"

namespace pacewise::homework {

HomeworkStore::HomeworkStore(store::Database& db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock)) {}
std::vector<Homework> HomeworkStore::list(Filter, int) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
std::optional<Homework> HomeworkStore::find(const QString&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
std::vector<Homework> HomeworkStore::openFor(const QString&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
Homework HomeworkStore::assignFromModule(const QString&, const QString&, const QString&,
                                         const QString&, const QString&, int, const QDate&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
void HomeworkStore::checkOff(const QString&, const QString&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
void HomeworkStore::undoCheckOff(const QString&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
int HomeworkStore::count() const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
void HomeworkStore::insertGenerated(const std::vector<Generated>&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}

} // namespace pacewise::homework
