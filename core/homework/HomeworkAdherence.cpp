#include "homework/HomeworkAdherence.h"

#include "error/Error.h"

namespace pacewise::homework {

Adherence adherence(store::Database&, const QDate&, const QDate&, const QDate&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}

} // namespace pacewise::homework
