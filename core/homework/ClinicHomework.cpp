#include "homework/ClinicHomework.h"

#include "error/Error.h"

namespace pacewise::homework {

QStringList ClinicHomework::apply(store::Database&) {
    throw pacewise::Error(pacewise::ErrorCode::Internal, QStringLiteral("not built yet"));
}

} // namespace pacewise::homework
