#pragma once

#include <atomic>

struct sqlite3_vfs;

namespace pacewise::test {

// A SQLite VFS registered as the default for as long as it lives, passing every call to the real
// one (the "unix" VFS below SQLCipher, so it sees the encrypted pages) except that it counts the
// writes - xWrite, xSync and xTruncate of any file: database, WAL, journal - and can make one of
// them fail, as a failing disk or a full one would. Connections opened while it is registered use
// it; the ones opened before keep the real VFS. One at a time.
class FaultVfs {
public:
    enum class Fault {
        IoError, // SQLITE_IOERR_WRITE (or _FSYNC, _TRUNCATE): the drive reported an error
        DiskFull // SQLITE_FULL: no space left
    };

    FaultVfs();
    ~FaultVfs();
    FaultVfs(const FaultVfs&) = delete;
    FaultVfs& operator=(const FaultVfs&) = delete;

    // From now: counts writes from zero, and fails the `n`-th one (1-based; 0 = none). With
    // `sticky` every write after it fails too, as on a disk that stays full.
    void failWrite(int n, Fault fault, bool sticky = false);
    void clear() { failWrite(0, Fault::IoError); } // counts from zero, fails nothing
    int writes() const { return m_writes.load(); } // since the last failWrite() or clear()
    int failures() const { return m_failures.load(); }

    // The shim's fault decision for one write; internal, called from the VFS's io methods.
    int nextWrite(int ioErrorCode);

private:
    sqlite3_vfs* m_vfs;
    std::atomic<int> m_writes{0};
    std::atomic<int> m_failAt{0};
    std::atomic<bool> m_sticky{false};
    std::atomic<int> m_fault{0};
    std::atomic<int> m_failures{0};
};

} // namespace pacewise::test
