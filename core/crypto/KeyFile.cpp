#include "crypto/KeyFile.h"

#include "crypto/Random.h"
#include "error/Error.h"
#include "error/FileError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

namespace pacewise::crypto {
namespace {

constexpr char kMagic[] = {'P', 'W', 'K', 'E', 'Y'};
constexpr int kMagicSize = sizeof kMagic;
constexpr char kKdfPbkdf2Sha512 = 1;
constexpr int kHeaderSize = 39;
constexpr int kChecksummedSize = 87;

} // namespace

KeyFile KeyFile::wrap(const SecretBytes& dataKey, const SecretBytes& passphrase,
                      std::uint32_t iterations) {
    KeyFile file;
    file.m_kdf.iterations = iterations;
    file.m_kdf.salt = randomBytes(KdfParams::kSaltSize);
    file.m_nonce = randomBytes(Sealed::kNonceSize);
    const SecretBytes wrappingKey = deriveKey(passphrase, file.m_kdf, 32);
    file.m_wrapped = seal(wrappingKey, file.m_nonce, dataKey, file.header());
    return file;
}

QByteArray KeyFile::header() const {
    QByteArray h;
    h.reserve(kHeaderSize);
    h.append(kMagic, kMagicSize);
    h.append(kFormatVersion);
    h.append(kKdfPbkdf2Sha512);
    char iterations[4];
    qToBigEndian(m_kdf.iterations, iterations);
    h.append(iterations, 4);
    h.append(m_kdf.salt);
    h.append(m_nonce);
    return h;
}

QByteArray KeyFile::serialize() const {
    QByteArray out = header();
    out.append(m_wrapped.ciphertext);
    out.append(m_wrapped.tag);
    out.append(QCryptographicHash::hash(out, QCryptographicHash::Sha256));
    out.append(kFileSize - out.size(), '\0');
    return out;
}

KeyFile KeyFile::parse(const QByteArray& bytes, const QString& displayName) {
    if (bytes.size() < kMagicSize || !bytes.startsWith(QByteArrayView(kMagic, kMagicSize)))
        throw Error(ErrorCode::KeyFileNotOurs,
                    tr("%1 is not a Pacewise key file. Check that you chose the right folder; the "
                       "file has not been changed.")
                        .arg(displayName));
    const auto damaged = [&](const char* why) {
        return Error(ErrorCode::KeyFileDamaged,
                     tr("The key file %1 is damaged, so this profile cannot be unlocked. Restore "
                        "the file from a backup; nothing in the profile has been changed.")
                         .arg(displayName),
                     QString::fromLatin1(why));
    };
    if (bytes.size() != kFileSize)
        throw damaged(bytes.size() < kFileSize ? "truncated" : "unexpected trailing data");
    if (QCryptographicHash::hash(bytes.first(kChecksummedSize), QCryptographicHash::Sha256) !=
        bytes.sliced(kChecksummedSize, 32))
        throw damaged("checksum mismatch");
    if (bytes.sliced(kChecksummedSize + 32).count('\0') != kFileSize - kChecksummedSize - 32)
        throw damaged("reserved bytes set");
    if (bytes[kMagicSize] != kFormatVersion)
        throw Error(ErrorCode::KeyFileTooNew,
                    tr("The key file %1 was made by a newer version of Pacewise. Install the newer "
                       "version to open this profile.")
                        .arg(displayName));
    if (bytes[kMagicSize + 1] != kKdfPbkdf2Sha512)
        throw damaged("unknown key derivation");

    KeyFile file;
    file.m_kdf.iterations = qFromBigEndian<std::uint32_t>(bytes.constData() + 7);
    if (file.m_kdf.iterations < KdfParams::kMinIterations ||
        file.m_kdf.iterations > KdfParams::kMaxIterations)
        throw damaged("iteration count out of range");
    file.m_kdf.salt = bytes.sliced(11, KdfParams::kSaltSize);
    file.m_nonce = bytes.sliced(27, Sealed::kNonceSize);
    file.m_wrapped.ciphertext = bytes.sliced(39, kDataKeySize);
    file.m_wrapped.tag = bytes.sliced(71, Sealed::kTagSize);
    return file;
}

std::optional<SecretBytes> KeyFile::unwrap(const SecretBytes& passphrase) const {
    const SecretBytes wrappingKey = deriveKey(passphrase, m_kdf, 32);
    return open(wrappingKey, m_nonce, m_wrapped, header());
}

KeyFile KeyFile::read(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw fileError(file, tr("The key file %1 could not be read.").arg(name));
    // A key file is tiny; never read a large foreign file into memory.
    const QByteArray bytes = file.read(kFileSize + 1);
    if (file.error() != QFile::NoError)
        throw fileError(file, tr("The key file %1 could not be read.").arg(name));
    return parse(bytes, name);
}

void KeyFile::write(const QString& path) const {
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    const QByteArray bytes = serialize();
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit())
        throw fileError(file, tr("The key file %1 could not be saved.").arg(name));
}

} // namespace pacewise::crypto
