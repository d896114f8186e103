#pragma once

#include <QString>

namespace pacewise::sync {

// One sync per profile, across processes: the app's automatic sync and pacewise-cli sync must
// not push the same rows side by side.
//
// The lock is held by the operating system on an open file (flock on POSIX, LockFileEx on
// Windows), not by the file's existence: when the holder ends - normally, by a crash or by
// SIGKILL at any instruction - the kernel releases it at once. There is no stale lock to judge,
// no process id to read, and nothing a kill can leave half written. (QLockFile, used before,
// creates the file and then writes its id; a kill in between, or while it removes a stale lock
// under its ".rmlock" helper, left a lock that blocked syncing for 30 s or for ever - found by
// tests/sync/test_crash_consistency.cpp.) The file itself stays in the profile folder, empty:
// removing it would let a second process lock a new file while a first still holds the old one.
class SyncLock {
public:
    // Takes the lock at `path` without waiting; isHeld() says whether it was free. Throws an
    // Error (NotWritable, DiskFull, Io) when the file cannot even be opened.
    explicit SyncLock(const QString& path);
    ~SyncLock();
    SyncLock(const SyncLock&) = delete;
    SyncLock& operator=(const SyncLock&) = delete;

    bool isHeld() const { return m_held; }

private:
#ifdef Q_OS_WIN
    void* m_handle = nullptr;
#else
    int m_fd = -1;
#endif
    bool m_held = false;
};

} // namespace pacewise::sync
