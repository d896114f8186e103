#include "programme/Programme.h"

#include "error/Error.h"

namespace pacewise::programme {

int Module::pageCount() const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
const Lesson* Module::lesson(const QString&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
Programme Programme::load(const QString&, const QString&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
const Module* Programme::module(const QString&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
const Exercise* Programme::exercise(const QString&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}
const Exercise* Programme::exerciseByUrl(const QString&) const {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}

} // namespace pacewise::programme
