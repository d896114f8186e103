#include "FaultVfs.h"

#include <cstdlib>
#include <cstring>
#include <sqlite3.h>
#include <stdexcept>

namespace pacewise::test {
namespace {

FaultVfs* g_active = nullptr;
sqlite3_vfs* g_real = nullptr;

// The shim's file: its own io methods first (SQLite reads pMethods from the start), then the real
// VFS's file object, which the real xOpen fills in.
struct ShimFile {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* realOf(sqlite3_file* file) {
    return reinterpret_cast<ShimFile*>(file)->real;
}

int shimClose(sqlite3_file* f) {
    sqlite3_file* real = realOf(f);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    return rc;
}
int shimRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset) {
    return realOf(f)->pMethods->xRead(realOf(f), buffer, amount, offset);
}
int shimWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset) {
    if (g_active)
        if (const int rc = g_active->nextWrite(SQLITE_IOERR_WRITE); rc != SQLITE_OK)
            return rc;
    return realOf(f)->pMethods->xWrite(realOf(f), buffer, amount, offset);
}
int shimTruncate(sqlite3_file* f, sqlite3_int64 size) {
    if (g_active)
        if (const int rc = g_active->nextWrite(SQLITE_IOERR_TRUNCATE); rc != SQLITE_OK)
            return rc;
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int shimSync(sqlite3_file* f, int flags) {
    if (g_active)
        if (const int rc = g_active->nextWrite(SQLITE_IOERR_FSYNC); rc != SQLITE_OK)
            return rc;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int shimFileSize(sqlite3_file* f, sqlite3_int64* size) {
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int shimLock(sqlite3_file* f, int level) {
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int shimUnlock(sqlite3_file* f, int level) {
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int shimCheckReservedLock(sqlite3_file* f, int* out) {
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int shimFileControl(sqlite3_file* f, int op, void* arg) {
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int shimSectorSize(sqlite3_file* f) {
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int shimDeviceCharacteristics(sqlite3_file* f) {
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int shimShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}
int shimShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void shimShmBarrier(sqlite3_file* f) {
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int shimShmUnmap(sqlite3_file* f, int deleteFlag) {
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int shimFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out) {
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}
int shimUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page) {
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, page);
}

// One table per io-methods version, so SQLite never calls a method the real file lacks.
sqlite3_io_methods methodsFor(int version) {
    sqlite3_io_methods m{};
    m.iVersion = version;
    m.xClose = shimClose;
    m.xRead = shimRead;
    m.xWrite = shimWrite;
    m.xTruncate = shimTruncate;
    m.xSync = shimSync;
    m.xFileSize = shimFileSize;
    m.xLock = shimLock;
    m.xUnlock = shimUnlock;
    m.xCheckReservedLock = shimCheckReservedLock;
    m.xFileControl = shimFileControl;
    m.xSectorSize = shimSectorSize;
    m.xDeviceCharacteristics = shimDeviceCharacteristics;
    if (version >= 2) {
        m.xShmMap = shimShmMap;
        m.xShmLock = shimShmLock;
        m.xShmBarrier = shimShmBarrier;
        m.xShmUnmap = shimShmUnmap;
    }
    if (version >= 3) {
        m.xFetch = shimFetch;
        m.xUnfetch = shimUnfetch;
    }
    return m;
}

const sqlite3_io_methods kMethods[] = {methodsFor(1), methodsFor(2), methodsFor(3)};

int shimOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->base.pMethods = nullptr;
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    shim->real->pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    if (shim->real->pMethods) {
        const int version = shim->real->pMethods->iVersion;
        shim->base.pMethods = &kMethods[(version < 1 ? 1 : version > 3 ? 3 : version) - 1];
    }
    return rc;
}

int shimDelete(sqlite3_vfs*, const char* name, int syncDir) {
    return g_real->xDelete(g_real, name, syncDir);
}
int shimAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return g_real->xAccess(g_real, name, flags, out);
}
int shimFullPathname(sqlite3_vfs*, const char* name, int size, char* out) {
    return g_real->xFullPathname(g_real, name, size, out);
}
void* shimDlOpen(sqlite3_vfs*, const char* name) {
    return g_real->xDlOpen(g_real, name);
}
void shimDlError(sqlite3_vfs*, int size, char* out) {
    g_real->xDlError(g_real, size, out);
}
void (*shimDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void) {
    return g_real->xDlSym(g_real, handle, symbol);
}
void shimDlClose(sqlite3_vfs*, void* handle) {
    g_real->xDlClose(g_real, handle);
}
int shimRandomness(sqlite3_vfs*, int size, char* out) {
    return g_real->xRandomness(g_real, size, out);
}
int shimSleep(sqlite3_vfs*, int microseconds) {
    return g_real->xSleep(g_real, microseconds);
}
int shimCurrentTime(sqlite3_vfs*, double* out) {
    return g_real->xCurrentTime(g_real, out);
}
int shimGetLastError(sqlite3_vfs*, int size, char* out) {
    return g_real->xGetLastError(g_real, size, out);
}
int shimCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    return g_real->xCurrentTimeInt64(g_real, out);
}

sqlite3_vfs g_shim{};

} // namespace

FaultVfs::FaultVfs() {
    if (g_active)
        throw std::logic_error("one FaultVfs at a time");
    sqlite3_initialize();
    if (!g_real)
        g_real = sqlite3_vfs_find(nullptr);
    if (!g_real || g_real->iVersion < 2)
        throw std::runtime_error("no default SQLite VFS to wrap");
    g_shim.iVersion = 2;
    g_shim.szOsFile = int(sizeof(ShimFile)) + g_real->szOsFile;
    g_shim.mxPathname = g_real->mxPathname;
    g_shim.zName = "pacewise-fault";
    g_shim.xOpen = shimOpen;
    g_shim.xDelete = shimDelete;
    g_shim.xAccess = shimAccess;
    g_shim.xFullPathname = shimFullPathname;
    g_shim.xDlOpen = shimDlOpen;
    g_shim.xDlError = shimDlError;
    g_shim.xDlSym = shimDlSym;
    g_shim.xDlClose = shimDlClose;
    g_shim.xRandomness = shimRandomness;
    g_shim.xSleep = shimSleep;
    g_shim.xCurrentTime = shimCurrentTime;
    g_shim.xGetLastError = shimGetLastError;
    g_shim.xCurrentTimeInt64 = shimCurrentTimeInt64;
    m_vfs = &g_shim;
    g_active = this;
    if (sqlite3_vfs_register(m_vfs, 1) != SQLITE_OK) {
        g_active = nullptr;
        throw std::runtime_error("sqlite3_vfs_register failed");
    }
}

FaultVfs::~FaultVfs() {
    // Connections still open on the shim keep working: the io methods stay, only the fault goes.
    g_active = nullptr;
    sqlite3_vfs_unregister(m_vfs);
    sqlite3_vfs_register(g_real, 1);
}

void FaultVfs::failWrite(int n, Fault fault, bool sticky) {
    m_failAt = n;
    m_fault = int(fault);
    m_sticky = sticky;
    m_writes = 0;
    m_failures = 0;
}

int FaultVfs::nextWrite(int ioErrorCode) {
    const int n = ++m_writes;
    const int failAt = m_failAt.load();
    if (failAt <= 0 || n < failAt || (n > failAt && !m_sticky))
        return SQLITE_OK;
    ++m_failures;
    return Fault(m_fault.load()) == Fault::DiskFull ? SQLITE_FULL : ioErrorCode;
}

} // namespace pacewise::test
