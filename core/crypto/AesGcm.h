#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <optional>

namespace pacewise::crypto {

// AES-256-GCM with a 96-bit nonce and a 128-bit tag.
struct Sealed {
    static constexpr int kNonceSize = 12;
    static constexpr int kTagSize = 16;
    QByteArray ciphertext;
    QByteArray tag;
};

Sealed seal(const SecretBytes& key, const QByteArray& nonce, const SecretBytes& plaintext,
            QByteArrayView associatedData);

// nullopt when the tag does not verify: wrong key, or altered ciphertext, nonce or associated data.
std::optional<SecretBytes> open(const SecretBytes& key, const QByteArray& nonce,
                                const Sealed& sealed, QByteArrayView associatedData);

} // namespace pacewise::crypto
