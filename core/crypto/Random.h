#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>

namespace pacewise::crypto {

// Bytes from OpenSSL's CSPRNG; throws pacewise::Error(Crypto) if it cannot deliver.
QByteArray randomBytes(int count);
SecretBytes randomSecret(std::size_t count);

} // namespace pacewise::crypto
