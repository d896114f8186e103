#include "crypto/SecretBytes.h"

#include <QString>
#include <cstring>
#include <openssl/crypto.h>
#include <utility>

namespace pacewise::crypto {

SecretBytes::SecretBytes(std::size_t size)
    : m_data(size ? std::make_unique<unsigned char[]>(size) : nullptr)
    , m_size(size) {}

SecretBytes::SecretBytes(const unsigned char* data, std::size_t size)
    : SecretBytes(size) {
    if (size)
        std::memcpy(m_data.get(), data, size);
}

SecretBytes::~SecretBytes() {
    wipe();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        wipe();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::wipe() noexcept {
    if (m_data)
        OPENSSL_cleanse(m_data.get(), m_size);
}

SecretBytes passphraseBytes(const QString& passphrase) {
    QString normalised = passphrase.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalised.toUtf8();
    SecretBytes out(reinterpret_cast<const unsigned char*>(utf8.constData()),
                    std::size_t(utf8.size()));
    // QByteArray/QString own their buffers: clear them before they are released.
    OPENSSL_cleanse(utf8.data(), std::size_t(utf8.size()));
    if (!normalised.isEmpty())
        OPENSSL_cleanse(normalised.data(), std::size_t(normalised.size()) * sizeof(QChar));
    return out;
}

} // namespace pacewise::crypto
