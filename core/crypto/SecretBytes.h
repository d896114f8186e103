#pragma once

#include <QByteArrayView>
#include <cstddef>
#include <memory>

namespace pacewise::crypto {

// A fixed-size buffer for key material that is wiped (OPENSSL_cleanse) when it goes away.
// Move-only, so a key is never silently copied into memory we forget to clear.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    SecretBytes(const unsigned char* data, std::size_t size);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    unsigned char* data() noexcept { return m_data.get(); }
    const unsigned char* data() const noexcept { return m_data.get(); }
    std::size_t size() const noexcept { return m_size; }
    bool empty() const noexcept { return m_size == 0; }
    QByteArrayView view() const noexcept {
        return {reinterpret_cast<const char*>(m_data.get()), qsizetype(m_size)};
    }

    void wipe() noexcept;

private:
    std::unique_ptr<unsigned char[]> m_data;
    std::size_t m_size = 0;
};

// The passphrase as UTF-8 bytes after Unicode NFC normalisation, so that the same characters
// typed through different input methods give the same key.
SecretBytes passphraseBytes(const QString& passphrase);

} // namespace pacewise::crypto
