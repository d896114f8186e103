#pragma once

#include "crypto/AesGcm.h"
#include "crypto/Kdf.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace pacewise::crypto {

// The profile's data key, wrapped with a key derived from the passphrase.
//
// Layout of format 1 (122 bytes, integers big-endian):
//   0  magic "PWKEY" (5)   5 format version (1)   6 KDF id, 1 = PBKDF2-HMAC-SHA512 (1)
//   7  iterations (4)      11 salt (16)           27 AES-256-GCM nonce (12)
//   39 wrapped data key (32)                      71 GCM tag (16)
//   87 SHA-256 of bytes 0..86 (32)                119 reserved, zero (3)
// Bytes 0..38 are the GCM associated data, so no KDF parameter can be changed unnoticed. The
// trailing SHA-256 is not a security measure: it lets a damaged file be told apart from a wrong
// passphrase, which GCM alone cannot do.
class KeyFile {
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    static constexpr int kDataKeySize = 32;
    static constexpr int kFileSize = 122;
    static constexpr char kFormatVersion = 1;

    // A new random nonce and salt; the data key wrapped under `passphrase`.
    static KeyFile wrap(const SecretBytes& dataKey, const SecretBytes& passphrase,
                        std::uint32_t iterations);
    // Throws Error(KeyFileNotOurs | KeyFileDamaged | KeyFileTooNew) naming `displayName`.
    static KeyFile parse(const QByteArray& bytes, const QString& displayName);
    QByteArray serialize() const;

    // nullopt: the passphrase is wrong (the file itself was already checked by parse()).
    std::optional<SecretBytes> unwrap(const SecretBytes& passphrase) const;

    const KdfParams& kdf() const { return m_kdf; }

    // Reads and parses; throws Error with a message naming the file.
    static KeyFile read(const QString& path);
    // Atomic replace through QSaveFile: either the old or the new file exists after a crash.
    void write(const QString& path) const;

private:
    QByteArray header() const;

    KdfParams m_kdf;
    QByteArray m_nonce;
    Sealed m_wrapped;
};

} // namespace pacewise::crypto
