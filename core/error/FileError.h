#pragma once

#include "error/Error.h"

class QFileDevice;

namespace pacewise {

// Turns a failed file operation into an Error whose code says what the person can do about it
// (free space, fix permissions, ...). Call it straight after the failure: it reads errno.
Error fileError(const QFileDevice& file, const QString& whatFailed);

// The same for a failed call that only set errno (mkdir, ...).
Error errnoError(int errnoValue, const QString& whatFailed, const QString& detail);

} // namespace pacewise
