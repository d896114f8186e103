#include "store/CipherMigration.h"

#include "error/Error.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <filesystem>
#include <map>
#include <sqlite3.h>
#include <string>
#include <system_error>
#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

// The conversion, and what the next open finds if the process dies at any point of it. The store
// is always `path`, and `path` only ever changes by one atomic rename to a file already verified:
//
//  1. Open `path` with SQLCipher 3 settings. With another key this fails on page 1 before
//     anything is written, and the caller reports the usual wrong-profile error.
//  2. Remove what an earlier, interrupted conversion left (the converted file and the copy of
//     the original); `path` is still the original, so neither is needed.
//  3. Export into `path`.sqlcipher4-new, ATTACHed with the same raw key and this build's
//     settings, set its user_version, count the rows of every table, close. Closing the last
//     connection checkpoints the original's WAL into its file and removes the -wal.
//     Killed up to here: `path` is the untouched original; the next open starts again at 1.
//  4. Verify the new file: it opens with this build's settings, integrity_check and
//     cipher_integrity_check pass, every table has the same number of rows.
//  5. Copy the original to `path`.sqlcipher3 and flush it to disk.
//     Killed in 4 or 5: as above, `path` is the original; the leftovers are removed at 2.
//  6. Rename the new file over `path` (atomic) and flush the folder.
//     Killed after this: `path` is the converted store and opens with this build's settings;
//     that open (any open) removes the copy of the original.
//  7. The caller opens `path` as usual and then removes `path`.sqlcipher3.
//
// A failure reported by an exception (disk full, a failed verification) before 6 removes the new
// file and the copy and leaves the original in place; after 6 it keeps the copy for step 7.

namespace pacewise::store {
namespace {

std::function<void(CipherMigration::Step)>& stepHook() {
    static std::function<void(CipherMigration::Step)> hook;
    return hook;
}

void reached(CipherMigration::Step step) {
    if (stepHook())
        stepHook()(step);
}

bool linkedVersion4OrLater() {
    return Database::linkedCipherVersion().section(QLatin1Char('.'), 0, 0).toInt() >= 4;
}

void removeWithSidecars(const QString& file) {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(file + QLatin1String(suffix));
}

QString quotedName(const QString& name) {
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

std::map<QString, qint64> rowCounts(Database& db) {
    std::map<QString, qint64> counts;
    Statement tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
    while (tables.step())
        counts[tables.text(0)] = -1;
    for (auto& [table, count] : counts) {
        Statement rows = db.prepare(
            QStringLiteral("SELECT count(*) FROM %1").arg(quotedName(table)).toStdString());
        rows.step();
        count = rows.int64(0);
    }
    return counts;
}

// A rename or a new file is durable only once its folder is flushed too.
void syncPath(const QString& path, bool directory) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0));
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
    Q_UNUSED(directory);
#endif
}

} // namespace

bool CipherMigration::migrateFromVersion3(const QString& path, const crypto::SecretBytes& rawKey) {
    if (!linkedVersion4OrLater())
        return false;
    const QString converted = path + QLatin1String(kConvertedSuffix);
    const QString original = path + QLatin1String(kOriginalSuffix);
    // ATTACH opens with the connection's flags, and the converted file is new. `path` itself
    // exists: the caller's open without SQLITE_OPEN_CREATE got as far as reading it.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;

    std::map<QString, qint64> counts;
    {
        Database old;
        old.m_path = path;
        try {
            old.openKeyed(path, rawKey, flags, Database::CipherSettings::Version3);
        } catch (const Error& e) {
            sqlite3_close_v2(std::exchange(old.m_db, nullptr));
            if (e.code() == ErrorCode::DatabaseNotOurs)
                return false;
            throw;
        }
        // The key is right: from here on, files change.
        removeWithSidecars(converted);
        QFile::remove(original);
        try {
            // The export copies table by table, not in the order the references need.
            old.exec("PRAGMA foreign_keys = OFF");
            {
                const QByteArray target = QFileInfo(converted).absoluteFilePath().toUtf8();
                // Bound straight from the wiped buffer: a QString copy of the key would outlive
                // it.
                const crypto::SecretBytes key = Database::keyLiteral(rawKey);
                sqlite3_stmt* attach = nullptr;
                int rc = sqlite3_prepare_v2(old.handle(), "ATTACH DATABASE ?1 AS converted KEY ?2",
                                            -1, &attach, nullptr);
                if (rc == SQLITE_OK)
                    rc = sqlite3_bind_text(attach, 1, target.constData(), int(target.size()),
                                           SQLITE_STATIC);
                if (rc == SQLITE_OK)
                    rc = sqlite3_bind_text(attach, 2, reinterpret_cast<const char*>(key.data()),
                                           int(key.size() - 1), SQLITE_STATIC);
                if (rc == SQLITE_OK)
                    rc = sqlite3_step(attach);
                sqlite3_finalize(attach);
                if (rc != SQLITE_DONE)
                    old.fail(rc, "attach");
            }
            old.exec("SELECT sqlcipher_export('converted')");
            old.exec("PRAGMA converted.user_version = " + std::to_string(old.userVersion()));
            old.exec("DETACH DATABASE converted");
            counts = rowCounts(old);
        } catch (...) {
            sqlite3_close_v2(std::exchange(old.m_db, nullptr));
            removeWithSidecars(converted);
            throw;
        }
    }

    try {
        reached(Step::Exported);
        verify(converted, rawKey, counts);
        reached(Step::Verified);

        // A WAL still beside the original would be replayed onto the converted file.
        if (QFileInfo(path + QLatin1String("-wal")).size() > 0)
            throw Error(ErrorCode::Io,
                        tr("Another program is using the profile's database. Close it and try "
                           "again; nothing was changed."),
                        QStringLiteral("%1-wal not empty after the export").arg(path));
        QFile source(path);
        if (!source.copy(original))
            throw Error(ErrorCode::Io,
                        tr("Pacewise could not keep a copy of the database while converting it "
                           "to the current format. Free some disk space and try again; nothing "
                           "was changed."),
                        source.errorString());
        syncPath(original, false);
        reached(Step::OriginalKept);

        QFile::remove(path + QLatin1String("-shm"));
        std::error_code error;
        std::filesystem::rename(QFile::encodeName(converted).toStdString(),
                                QFile::encodeName(path).toStdString(), error);
        if (error)
            throw Error(ErrorCode::Io,
                        tr("Pacewise could not put the converted database in place. Nothing was "
                           "changed; check the profile folder and try again."),
                        QString::fromStdString(error.message()));
        syncPath(QFileInfo(path).absolutePath(), true);
    } catch (...) {
        removeWithSidecars(converted);
        QFile::remove(original);
        throw;
    }
    reached(Step::Replaced);
    return true;
}

void CipherMigration::verify(const QString& converted, const crypto::SecretBytes& rawKey,
                             const std::map<QString, qint64>& expectedCounts) {
    QString problem;
    try {
        Database fresh;
        fresh.m_path = converted;
        fresh.openKeyed(converted, rawKey, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX,
                        Database::CipherSettings::Current);
        Statement integrity = fresh.prepare("PRAGMA integrity_check");
        Statement cipherIntegrity = fresh.prepare("PRAGMA cipher_integrity_check");
        if (!integrity.step() || integrity.text(0) != QLatin1String("ok"))
            problem = QStringLiteral("integrity_check: %1").arg(integrity.text(0));
        else if (cipherIntegrity.step())
            problem = QStringLiteral("cipher_integrity_check: %1").arg(cipherIntegrity.text(0));
        else if (rowCounts(fresh) != expectedCounts)
            problem = QStringLiteral("row counts differ after sqlcipher_export");
    } catch (const Error& e) {
        problem = e.detail();
    }
    if (!problem.isEmpty())
        throw Error(ErrorCode::Internal,
                    tr("This profile's database was written by an older version of Pacewise and "
                       "could not be converted to the current format. Nothing was changed; try "
                       "again, and keep a copy of the profile folder if it keeps failing."),
                    problem);
}

void CipherMigration::removeOriginal(const QString& path) {
    const QString original = path + QLatin1String(kOriginalSuffix);
    if (QFileInfo::exists(original)) {
        QFile::remove(original);
        syncPath(QFileInfo(path).absolutePath(), true);
    }
}

void CipherMigration::setStepHookForTests(std::function<void(Step)> hook) {
    stepHook() = std::move(hook);
}

} // namespace pacewise::store
