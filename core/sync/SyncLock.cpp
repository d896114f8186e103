#include "sync/SyncLock.h"

#include "error/FileError.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace pacewise::sync {
namespace {

struct SyncLockText {
    Q_DECLARE_TR_FUNCTIONS(SyncLock)
};

Error cannotOpen(int errnoValue, const QString& path, const QString& reason) {
    return errnoError(errnoValue,
                      SyncLockText::tr("Pacewise could not prepare sending in the profile folder."),
                      path + QLatin1String(": ") + reason);
}

} // namespace

#ifdef Q_OS_WIN

SyncLock::SyncLock(const QString& path) {
    // Shared open, so a second process gets as far as asking for the lock and is told it is
    // held; the byte-range lock is what excludes, and Windows drops it when the process ends.
    const HANDLE handle =
        CreateFileW(reinterpret_cast<const wchar_t*>(path.utf16()), GENERIC_READ | GENERIC_WRITE,
                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_ALWAYS,
                    FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        const DWORD error = GetLastError();
        const int errnoValue = error == ERROR_ACCESS_DENIED || error == ERROR_WRITE_PROTECT ? EACCES
                               : error == ERROR_DISK_FULL || error == ERROR_HANDLE_DISK_FULL
                                   ? ENOSPC
                                   : EIO;
        throw cannotOpen(errnoValue, path, QStringLiteral("Windows error %1").arg(error));
    }
    m_handle = handle;
    OVERLAPPED whole{};
    m_held = LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, MAXDWORD,
                        MAXDWORD, &whole) != 0;
}

SyncLock::~SyncLock() {
    if (!m_handle)
        return;
    if (m_held) {
        OVERLAPPED whole{};
        UnlockFileEx(static_cast<HANDLE>(m_handle), 0, MAXDWORD, MAXDWORD, &whole);
    }
    CloseHandle(static_cast<HANDLE>(m_handle));
}

#else

SyncLock::SyncLock(const QString& path) {
    const QByteArray name = QFile::encodeName(path);
    do
        m_fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    while (m_fd < 0 && errno == EINTR);
    if (m_fd < 0) {
        const int errnoValue = errno;
        throw cannotOpen(errnoValue, path, QString::fromLocal8Bit(std::strerror(errnoValue)));
    }
    // flock belongs to the open file description: a second open of the same file, in this
    // process or another, is refused until this one is closed - which the kernel does for a
    // process that dies.
    int result;
    do
        result = ::flock(m_fd, LOCK_EX | LOCK_NB);
    while (result != 0 && errno == EINTR);
    m_held = result == 0;
}

SyncLock::~SyncLock() {
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

#endif

} // namespace pacewise::sync
