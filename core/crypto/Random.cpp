#include "crypto/Random.h"

#include "crypto/OpenSslError.h"

#include <openssl/rand.h>

namespace pacewise::crypto {

QByteArray randomBytes(int count) {
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        throwOpenSslError("RAND_bytes");
    return out;
}

SecretBytes randomSecret(std::size_t count) {
    SecretBytes out(count);
    if (RAND_bytes(out.data(), int(count)) != 1)
        throwOpenSslError("RAND_bytes");
    return out;
}

} // namespace pacewise::crypto
