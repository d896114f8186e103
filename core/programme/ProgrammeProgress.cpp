#include "programme/ProgrammeProgress.h"

#include "error/Error.h"

namespace pacewise::programme {

ProgrammeProgress::ProgrammeProgress(store::Database& db, const Programme& programme, Clock clock)
    : m_db(db)
    , m_programme(programme)
    , m_clock(std::move(clock)) {}
std::vector<ModuleProgress> ProgrammeProgress::modules() const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
ModuleProgress ProgrammeProgress::module(const QString&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
ReadingPosition ProgrammeProgress::position(const QString&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
void ProgrammeProgress::openPage(const QString&, const QString&, int) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
void ProgrammeProgress::addTimeSpent(const QString&, qint64) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
QStringList ProgrammeProgress::clinicUnlocked() const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
void ProgrammeProgress::setClinicUnlocked(store::Database&, const QStringList&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
void ProgrammeProgress::recordCompleted(const QString&, const QDateTime&, const QDateTime&,
                                        qint64) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}

} // namespace pacewise::programme
