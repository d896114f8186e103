#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <cstdint>

namespace pacewise::store {
class Profile;
}

namespace pacewise::backup {

// One file that holds a whole profile: the wrapped data key (the key file as it is) and a
// consistent snapshot of the SQLCipher database, still encrypted with the data key.
//
// Layout of format 1 (integers big-endian; K = key file size, N = database size):
//   0   magic "PWBACKUP" (8)     8  format version (1)      9  reserved, zero (3)
//   12  K (4)                    16 N (8)                   24 HKDF salt (32)
//   56  made at, seconds since 1970 UTC (8)
//   64  header check: the first 8 bytes of SHA-256 of bytes 0..63 (8)
//   72  the key file (K)         72+K  the database (N)
//   72+K+N   HMAC-SHA256 of bytes 0..71+K+N, keyed by HKDF-SHA256(data key, salt,
//            "pacewise backup 1 authentication") (32)
//   104+K+N  SHA-256 of everything before it (32)
// Nothing is encrypted twice: the database pages are SQLCipher's (AES-256 with a per-page
// HMAC) and the data key is wrapped with AES-256-GCM under the passphrase. The HMAC binds the
// parts together, so no header field, key file or page can be swapped, reordered or cut off
// unnoticed; only someone holding the data key can make one. The trailing SHA-256 is not a
// security measure: it tells a damaged file from a wrong passphrase before the slow key
// derivation, as in the key file; the header check tells a damaged size field from a file cut
// short. Restoring needs the passphrase the profile had when the backup
// was made.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static constexpr char kFormatVersion = 1;
    static constexpr int kHeaderSize = 72;
    static constexpr int kTrailerSize = 64; // HMAC + SHA-256

    struct Summary {
        QDateTime madeAt; // UTC, to the second
        std::int64_t fileBytes = 0;
        std::int64_t databaseBytes = 0;
        int schemaVersion = 0; // of the database in the backup
    };

    // Writes the backup of an open profile to `file`: built in a temporary file in the same
    // folder, flushed to disk, then renamed over `file`, so a crash or a full disk leaves either
    // the old file or the new one, never half a file. The profile stays usable throughout.
    // Throws Error: NotWritable, DiskFull, Io, DatabaseDamaged, ...
    static Summary write(const store::Profile& profile, const QString& file);

    // Restores `file` into a new profile folder `profileDirectory`, which must not exist yet or
    // be empty. Everything is checked first (format, length, checksum, passphrase,
    // authentication) and nothing is written unless all of it passes; the database is then
    // staged in a hidden folder next to the target, checked by SQLCipher
    // (integrity_check, cipher_integrity_check, schema version) and renamed into place. On any
    // failure the staging folder is removed and no existing file is touched.
    // Throws Error: BackupNotOurs, BackupDamaged, BackupTooNew, WrongPassphrase, ProfileExists,
    // NotWritable, DiskFull, Io, ...
    static Summary restore(const QString& file, const QString& passphrase,
                           const QString& profileDirectory);
};

} // namespace pacewise::backup
