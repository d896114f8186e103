#include "error/FileError.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <cerrno>
#include <cstring>

namespace pacewise {

namespace {
// Gives lupdate and the run-time lookup the same context for these messages.
struct FileErrorText {
    Q_DECLARE_TR_FUNCTIONS(FileError)
};
} // namespace

Error errnoError(int errnoValue, const QString& whatFailed, const QString& detail) {
    using Text = FileErrorText;
    switch (errnoValue) {
    case ENOSPC:
    case EDQUOT:
        return Error(
            ErrorCode::DiskFull,
            whatFailed + QLatin1Char(' ') +
                Text::tr("The disk is full. Free some space and try again; nothing was lost."),
            detail);
    case EACCES:
    case EPERM:
    case EROFS:
        return Error(
            ErrorCode::NotWritable,
            whatFailed + QLatin1Char(' ') +
                Text::tr("Pacewise is not allowed to write there. Choose another folder or "
                         "check its permissions."),
            detail);
    default:
        return Error(
            ErrorCode::Io,
            whatFailed + QLatin1Char(' ') +
                Text::tr("The computer reported a problem reading or writing the disk. Check "
                         "the drive and try again."),
            detail);
    }
}

Error fileError(const QFileDevice& file, const QString& whatFailed) {
    const int err = errno;
    return errnoError(err, whatFailed,
                      file.fileName() + QLatin1String(": ") + file.errorString() +
                          (err ? QLatin1String(" (") + QString::fromLocal8Bit(std::strerror(err)) +
                                     QLatin1Char(')')
                               : QString()));
}

} // namespace pacewise
