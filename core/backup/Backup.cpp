#include "backup/Backup.h"

#include "crypto/KeyFile.h"
#include "crypto/OpenSslError.h"
#include "crypto/Random.h"
#include "crypto/SecretBytes.h"
#include "error/Error.h"
#include "error/FileError.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Profile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>
#include <cerrno>
#include <cstdio>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <sqlite3.h>
#include <tuple>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pacewise::backup {
namespace {

constexpr char kMagic[] = {'P', 'W', 'B', 'A', 'C', 'K', 'U', 'P'};
constexpr int kMagicSize = sizeof kMagic;
// Any later format keeps magic, version and the header check where they are, so that an older
// Pacewise can say "made by a newer version" rather than "damaged".
constexpr int kHeaderFields = 64;
constexpr int kHeaderCheckSize = 8;
constexpr int kSaltSize = 32;
constexpr int kMacSize = 32;
constexpr int kChecksumSize = 32;
constexpr char kMacInfo[] = "pacewise backup 1 authentication";

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

QByteArray sha256(QByteArrayView bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// HKDF-SHA256: a key for this backup only, so the data key itself never keys anything but the
// database (and a backup's MAC key tells nothing about another backup's).
crypto::SecretBytes macKey(const crypto::SecretBytes& dataKey, const QByteArray& salt) {
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    if (!kdf)
        crypto::throwOpenSslError("EVP_KDF_fetch(HKDF)");
    EVP_KDF_CTX* ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (!ctx)
        crypto::throwOpenSslError("EVP_KDF_CTX_new");
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_KEY, const_cast<unsigned char*>(dataKey.data()), dataKey.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.constData()),
                                          std::size_t(salt.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(kMacInfo),
                                          sizeof kMacInfo - 1),
        OSSL_PARAM_construct_end()};
    crypto::SecretBytes key(32);
    const int ok = EVP_KDF_derive(ctx, key.data(), key.size(), params);
    EVP_KDF_CTX_free(ctx);
    if (ok != 1)
        crypto::throwOpenSslError("EVP_KDF_derive(HKDF)");
    return key;
}

// HMAC-SHA256 over data that arrives in pieces.
class Hmac {
public:
    explicit Hmac(const crypto::SecretBytes& key) {
        EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        if (!mac)
            crypto::throwOpenSslError("EVP_MAC_fetch(HMAC)");
        m_ctx = EVP_MAC_CTX_new(mac);
        EVP_MAC_free(mac);
        if (!m_ctx)
            crypto::throwOpenSslError("EVP_MAC_CTX_new");
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_end()};
        if (EVP_MAC_init(m_ctx, key.data(), key.size(), params) != 1)
            crypto::throwOpenSslError("HMAC-SHA256 init");
    }
    ~Hmac() { EVP_MAC_CTX_free(m_ctx); }
    Hmac(const Hmac&) = delete;
    Hmac& operator=(const Hmac&) = delete;

    void add(QByteArrayView bytes) {
        if (EVP_MAC_update(m_ctx, reinterpret_cast<const unsigned char*>(bytes.data()),
                           std::size_t(bytes.size())) != 1)
            crypto::throwOpenSslError("HMAC-SHA256 update");
    }
    QByteArray result() {
        QByteArray out(kMacSize, '\0');
        std::size_t outSize = 0;
        if (EVP_MAC_final(m_ctx, reinterpret_cast<unsigned char*>(out.data()), &outSize,
                          std::size_t(out.size())) != 1 ||
            outSize != std::size_t(kMacSize))
            crypto::throwOpenSslError("HMAC-SHA256 final");
        return out;
    }

private:
    EVP_MAC_CTX* m_ctx = nullptr;
};

// Reads `length` bytes of `in` from where it stands, a piece at a time, so that a backup of any
// size costs a megabyte of memory. False when the file ends early or cannot be read.
template <typename Sink> bool readInPieces(QFile& in, qint64 length, Sink&& sink) {
    constexpr qint64 kPiece = 1 << 20;
    QByteArray piece;
    while (length > 0) {
        piece = in.read(std::min(length, kPiece));
        if (piece.isEmpty())
            return false;
        sink(QByteArrayView(piece));
        length -= piece.size();
    }
    return in.error() == QFile::NoError;
}

void syncDirectory(const QString& directory) {
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directory);
#endif
}

// A new file only its owner can read; finishDurably() flushes it to the disk.
void openNew(QFile& file, const QString& whatFailed) {
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        throw fileError(file, whatFailed);
}

void writeAll(QFile& file, QByteArrayView bytes, const QString& whatFailed) {
    if (file.write(bytes.data(), bytes.size()) != bytes.size())
        throw fileError(file, whatFailed);
}

void finishDurably(QFile& file, const QString& whatFailed) {
    if (!file.flush())
        throw fileError(file, whatFailed);
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0)
        throw fileError(file, whatFailed);
#endif
    file.close();
    if (file.error() != QFile::NoError)
        throw fileError(file, whatFailed);
}

// A new file, flushed to the disk before this returns.
void writeDurably(const QString& path, QByteArrayView bytes, const QString& whatFailed) {
    QFile file(path);
    openNew(file, whatFailed);
    writeAll(file, bytes, whatFailed);
    finishDurably(file, whatFailed);
}

// A staging folder next to `target`: the same file system, so the final rename is atomic.
QTemporaryDir stagingFolder(const QString& parent, const char* prefix, const QString& whatFailed) {
    QTemporaryDir staging(QDir(parent).filePath(QLatin1String(prefix)));
    if (!staging.isValid()) {
        const int err = errno;
        throw errnoError(err, whatFailed, staging.errorString());
    }
    return staging;
}

// The live database copied page by page inside one read transaction of a second connection, so
// the diary can keep saving meanwhile; the copy is keyed with the same data key, so it is
// encrypted from its first byte.
// Returns the schema version and the size the file must have.
std::pair<int, qint64> snapshot(const store::Profile& profile, const QString& path) {
    store::Database source = profile.openConnection();
    store::Database copy(path, profile.dataKey(), store::Database::Mode::CreateNew);
    sqlite3_backup* job = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
    if (!job)
        copy.fail(sqlite3_errcode(copy.handle()), "backup_init");
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(job, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        QThread::msleep(50);
    }
    const int finish = sqlite3_backup_finish(job);
    if (rc != SQLITE_DONE)
        copy.fail(rc, "backup_step");
    if (finish != SQLITE_OK)
        copy.fail(finish, "backup_finish");
    // Moves every page from the copy's WAL into its file now, where a full disk is reported,
    // rather than in the close, which cannot report it.
    store::Statement checkpoint = copy.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!checkpoint.step() || checkpoint.int64(0) != 0)
        copy.fail(SQLITE_BUSY, "wal_checkpoint");
    store::Statement pages = copy.prepare("PRAGMA page_count");
    store::Statement pageSize = copy.prepare("PRAGMA page_size");
    pages.step();
    pageSize.step();
    return {copy.userVersion(), pages.int64(0) * pageSize.int64(0)};
}

QByteArray headerFields(std::uint32_t keySize, std::uint64_t databaseSize, const QByteArray& salt,
                        std::int64_t madeAt) {
    QByteArray h(kHeaderFields, '\0');
    char* p = h.data();
    std::copy(kMagic, kMagic + kMagicSize, p);
    p[8] = Backup::kFormatVersion;
    qToBigEndian(keySize, p + 12);
    qToBigEndian(databaseSize, p + 16);
    std::copy(salt.cbegin(), salt.cend(), p + 24);
    qToBigEndian(madeAt, p + 56);
    return h;
}

} // namespace

Backup::Summary Backup::write(const store::Profile& profile, const QString& file) {
    const QFileInfo target(file);
    const QString targetPath = target.absoluteFilePath();
    const QString folder = target.absolutePath();
    const QString whatFailed = tr("The backup could not be written to %1.").arg(native(targetPath));
    if (!QFileInfo(folder).isDir())
        throw Error(
            ErrorCode::NotFound,
            whatFailed + QLatin1Char(' ') +
                tr("The folder %1 does not exist; choose another one.").arg(native(folder)));
    if (target.isDir())
        throw Error(
            ErrorCode::InvalidInput,
            tr("%1 is a folder. Choose a file name for the backup.").arg(native(targetPath)));

    const QTemporaryDir staging = stagingFolder(folder, ".pacewise-backup-XXXXXX", whatFailed);
    Summary summary;
    const QString copyPath = staging.filePath(QStringLiteral("snapshot.db"));
    qint64 expectedSize = 0;
    try {
        std::tie(summary.schemaVersion, expectedSize) = snapshot(profile, copyPath);
    } catch (const Error& e) {
        // SQLite's own wording speaks of "your last change"; here the backup is what failed.
        switch (e.code()) {
        case ErrorCode::DiskFull:
            throw errnoError(ENOSPC, whatFailed, e.detail());
        case ErrorCode::NotWritable:
            throw errnoError(EACCES, whatFailed, e.detail());
        case ErrorCode::Io:
            throw errnoError(EIO, whatFailed, e.detail());
        default:
            throw;
        }
    }

    const QString keyPath =
        QDir(profile.directory()).filePath(QLatin1String(store::Profile::kKeyFileName));
    const QByteArray keyFile = crypto::KeyFile::read(keyPath).serialize();

    summary.madeAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const QByteArray salt = crypto::randomBytes(kSaltSize);
    QByteArray header = headerFields(std::uint32_t(keyFile.size()), std::uint64_t(expectedSize),
                                     salt, summary.madeAt.toSecsSinceEpoch());
    header.append(sha256(header).first(kHeaderCheckSize));

    // Header, key file and database go through the MAC and the checksum on their way into the
    // file; the database a megabyte at a time.
    const QString partPath = staging.filePath(QStringLiteral("backup.part"));
    QFile part(partPath);
    openNew(part, whatFailed);
    Hmac mac(macKey(profile.dataKey(), salt));
    QCryptographicHash checksum(QCryptographicHash::Sha256);
    const auto emitBytes = [&](QByteArrayView bytes) {
        writeAll(part, bytes, whatFailed);
        mac.add(bytes);
        checksum.addData(bytes);
    };
    emitBytes(header);
    emitBytes(keyFile);
    {
        QFile copy(copyPath);
        if (!copy.open(QIODevice::ReadOnly))
            throw fileError(copy, whatFailed);
        if (copy.size() != expectedSize || !readInPieces(copy, expectedSize, emitBytes)) {
            if (copy.error() != QFile::NoError)
                throw fileError(copy, whatFailed);
            throw Error(ErrorCode::Io,
                        whatFailed + QLatin1Char(' ') +
                            tr("The copy of the database came out incomplete. Try again."),
                        QStringLiteral("snapshot %1 bytes, expected %2")
                            .arg(copy.size())
                            .arg(expectedSize));
        }
    }
    const QByteArray tag = mac.result();
    writeAll(part, tag, whatFailed);
    checksum.addData(tag);
    writeAll(part, checksum.result(), whatFailed);
    finishDurably(part, whatFailed);
    summary.databaseBytes = expectedSize;
    summary.fileBytes = header.size() + keyFile.size() + expectedSize + kMacSize + kChecksumSize;

    if (std::rename(QFile::encodeName(partPath).constData(),
                    QFile::encodeName(targetPath).constData()) != 0)
        throw errnoError(errno, whatFailed, targetPath);
    syncDirectory(folder);
    return summary;
}

Backup::Summary Backup::restore(const QString& file, const QString& passphrase,
                                const QString& profileDirectory) {
    const QString name = native(file);
    const QString targetPath = QFileInfo(profileDirectory).absoluteFilePath();

    const QFileInfo existing(targetPath);
    if (existing.exists() &&
        (!existing.isDir() ||
         !QDir(targetPath)
              .isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)))
        throw Error(ErrorCode::ProfileExists,
                    tr("%1 is not empty. Restore the backup into a new folder; nothing was "
                       "changed.")
                        .arg(native(targetPath)));

    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        throw fileError(in, tr("The backup file %1 could not be read.").arg(name));
    const qint64 size = in.size();

    const auto notOurs = [&] {
        return Error(ErrorCode::BackupNotOurs,
                     tr("%1 is not a Pacewise backup. Choose a file made with \"Back up now\" or "
                        "pacewise-cli backup; nothing was changed.")
                         .arg(name));
    };
    const auto damaged = [&](const char* why) {
        return Error(ErrorCode::BackupDamaged,
                     tr("The backup file %1 is damaged, so it cannot be restored. Use another "
                        "copy of the backup; nothing was changed.")
                         .arg(name),
                     QString::fromLatin1(why));
    };
    const auto truncated = [&] {
        return Error(ErrorCode::BackupDamaged,
                     tr("The backup file %1 is incomplete: it ends before all of its data. Copy "
                        "it again from where you keep your backups; nothing was changed.")
                         .arg(name),
                     QStringLiteral("%1 bytes").arg(size));
    };

    if (size == 0)
        throw Error(ErrorCode::BackupDamaged,
                    tr("The backup file %1 is empty. It may not have finished copying; use "
                       "another copy of the backup. Nothing was changed.")
                        .arg(name));
    constexpr int headerSize = Backup::kHeaderSize;
    static_assert(headerSize == kHeaderFields + kHeaderCheckSize);
    const QByteArray header = in.read(headerSize);
    if (in.error() != QFile::NoError)
        throw fileError(in, tr("The backup file %1 could not be read.").arg(name));
    const QByteArrayView magic(kMagic, kMagicSize);
    if (!magic.startsWith(
            QByteArrayView(header).first(std::min<qsizetype>(header.size(), kMagicSize))))
        throw notOurs();
    if (header.size() < headerSize)
        throw truncated();
    if (sha256(QByteArrayView(header).first(kHeaderFields)).first(kHeaderCheckSize) !=
        header.sliced(kHeaderFields))
        throw damaged("header check mismatch");
    if (header[8] != kFormatVersion)
        throw Error(ErrorCode::BackupTooNew,
                    tr("The backup file %1 was made by a newer version of Pacewise. Install the "
                       "newer version to restore it; nothing was changed.")
                        .arg(name));
    if (QByteArrayView(header).sliced(9, 3) != QByteArrayView("\0\0\0", 3))
        throw damaged("reserved bytes set");
    const auto keySize = qFromBigEndian<std::uint32_t>(header.constData() + 12);
    const auto databaseSize = qFromBigEndian<std::uint64_t>(header.constData() + 16);
    if (keySize != std::uint32_t(crypto::KeyFile::kFileSize))
        throw damaged("unexpected key file size");
    // Compared before adding, so that a hostile size cannot wrap around.
    const std::uint64_t fixed = std::uint64_t(headerSize) + keySize + kMacSize + kChecksumSize;
    if (databaseSize > std::uint64_t(size) || std::uint64_t(size) - databaseSize < fixed)
        throw truncated();
    if (std::uint64_t(size) != fixed + databaseSize)
        throw damaged("unexpected trailing data");

    // Three passes over the file, a megabyte at a time, so that restoring costs no more memory
    // for five years than for a week. First the checksum of everything: a damaged file is said
    // to be damaged before any passphrase is tried on it.
    const auto unreadable = [&] {
        return in.error() != QFile::NoError
                   ? fileError(in, tr("The backup file %1 could not be read.").arg(name))
                   : truncated();
    };
    const qint64 checksummed = size - kChecksumSize;
    QCryptographicHash checksum(QCryptographicHash::Sha256);
    if (!in.seek(0) ||
        !readInPieces(in, checksummed, [&](QByteArrayView piece) { checksum.addData(piece); }))
        throw unreadable();
    if (checksum.result() != in.read(kChecksumSize))
        throw damaged("checksum mismatch");

    if (!in.seek(headerSize))
        throw unreadable();
    const QByteArray keyFileBytes = in.read(keySize);
    if (keyFileBytes.size() != qsizetype(keySize))
        throw unreadable();
    crypto::KeyFile keyFile = [&] {
        try {
            return crypto::KeyFile::parse(keyFileBytes, name);
        } catch (const Error&) {
            throw damaged("key file refused");
        }
    }();
    const std::optional<crypto::SecretBytes> dataKey =
        keyFile.unwrap(crypto::passphraseBytes(passphrase));
    if (!dataKey)
        throw Error(ErrorCode::WrongPassphrase,
                    tr("The passphrase does not open this backup. Enter the passphrase the "
                       "profile had when the backup was made; nothing was changed."));

    // Then the MAC, with the database's own hash for the third pass.
    const qint64 authenticated = checksummed - kMacSize;
    const qint64 databaseStart = headerSize + qint64(keySize);
    const QByteArray salt = header.sliced(24, kSaltSize);
    Hmac mac(macKey(*dataKey, salt));
    QCryptographicHash databaseHash(QCryptographicHash::Sha256);
    // The header and key file the MAC covers must be the ones already read and used.
    if (!in.seek(0))
        throw unreadable();
    const QByteArray prefix = in.read(databaseStart);
    if (prefix.size() != databaseStart)
        throw unreadable();
    if (prefix != header + keyFileBytes)
        throw damaged("changed while it was being restored");
    mac.add(prefix);
    if (!readInPieces(in, qint64(databaseSize), [&](QByteArrayView piece) {
            mac.add(piece);
            databaseHash.addData(piece);
        }))
        throw unreadable();
    Q_ASSERT(in.pos() == authenticated);
    const QByteArray expected = mac.result();
    const QByteArray stored = in.read(kMacSize);
    if (stored.size() != kMacSize ||
        CRYPTO_memcmp(expected.constData(), stored.constData(), kMacSize) != 0)
        throw Error(ErrorCode::BackupDamaged,
                    tr("The backup file %1 was changed after it was made, so Pacewise will not "
                       "trust it. Use another copy of the backup; nothing was changed.")
                        .arg(name),
                    QStringLiteral("authentication failed"));

    // Everything in the file is as it was written. From here on files are made, but only in a
    // hidden staging folder that is removed unless the restore completes.
    const QString whatFailed =
        tr("The backup could not be restored into %1.").arg(native(targetPath));
    const QString parent = QFileInfo(targetPath).absolutePath();
    if (!QDir().mkpath(parent))
        throw errnoError(errno, whatFailed, parent);
    QTemporaryDir staging = stagingFolder(parent, ".pacewise-restore-XXXXXX", whatFailed);
    const QString dbPath =
        QDir(staging.path()).filePath(QLatin1String(store::Profile::kDatabaseFileName));
    {
        // The third pass copies the database; it must hash to what the MAC covered, or the
        // file was changed while it was being restored.
        QFile database(dbPath);
        openNew(database, whatFailed);
        QCryptographicHash copied(QCryptographicHash::Sha256);
        if (!in.seek(databaseStart) ||
            !readInPieces(in, qint64(databaseSize), [&](QByteArrayView piece) {
                writeAll(database, piece, whatFailed);
                copied.addData(piece);
            }))
            throw unreadable();
        if (copied.result() != databaseHash.result())
            throw damaged("changed while it was being restored");
        finishDurably(database, whatFailed);
    }
    in.close();
    writeDurably(QDir(staging.path()).filePath(QLatin1String(store::Profile::kKeyFileName)),
                 keyFileBytes, whatFailed);

    Summary summary;
    const auto badDatabase = [&](const QString& detail) {
        return Error(ErrorCode::BackupDamaged,
                     tr("The database in the backup file %1 is damaged, so it cannot be "
                        "restored. Use an older backup; nothing was changed.")
                         .arg(name),
                     detail);
    };
    try {
        store::Database db(dbPath, *dataKey, store::Database::Mode::OpenExisting);
        store::Statement integrity = db.prepare("PRAGMA integrity_check");
        if (!integrity.step() || integrity.text(0) != QLatin1String("ok"))
            throw badDatabase(QStringLiteral("integrity_check: ") + integrity.text(0));
        // One row per page whose HMAC fails; no rows when every page is intact.
        store::Statement cipherIntegrity = db.prepare("PRAGMA cipher_integrity_check");
        if (cipherIntegrity.step())
            throw badDatabase(QStringLiteral("cipher_integrity_check: ") + cipherIntegrity.text(0));
        summary.schemaVersion = db.userVersion();
    } catch (const Error& e) {
        if (e.code() == ErrorCode::BackupDamaged)
            throw;
        throw badDatabase(e.detail());
    }
    if (summary.schemaVersion > store::latestSchemaVersion())
        throw Error(ErrorCode::BackupTooNew,
                    tr("The backup file %1 was made by a newer version of Pacewise. Install the "
                       "newer version to restore it; nothing was changed.")
                        .arg(name),
                    QStringLiteral("schema %1").arg(summary.schemaVersion));
    syncDirectory(staging.path());

    QFile::setPermissions(staging.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // rename() never replaces a folder that holds anything, so a profile that appeared at the
    // target in the meantime is refused here rather than overwritten.
    if (std::rename(QFile::encodeName(staging.path()).constData(),
                    QFile::encodeName(targetPath).constData()) != 0) {
        const int err = errno;
        if (err == EEXIST || err == ENOTEMPTY || err == ENOTDIR)
            throw Error(ErrorCode::ProfileExists,
                        tr("%1 is not empty. Restore the backup into a new folder; nothing was "
                           "changed.")
                            .arg(native(targetPath)));
        throw errnoError(err, whatFailed, targetPath);
    }
    staging.setAutoRemove(false);
    syncDirectory(parent);

    summary.madeAt = QDateTime::fromSecsSinceEpoch(
        qFromBigEndian<std::int64_t>(header.constData() + 56), Qt::UTC);
    summary.fileBytes = size;
    summary.databaseBytes = qint64(databaseSize);
    return summary;
}

} // namespace pacewise::backup
