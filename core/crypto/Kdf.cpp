#include "crypto/Kdf.h"

#include "crypto/OpenSslError.h"

#include <algorithm>
#include <openssl/evp.h>

namespace pacewise::crypto {

SecretBytes deriveKey(const SecretBytes& passphrase, const KdfParams& params, std::size_t keySize) {
    SecretBytes key(keySize);
    // OpenSSL wants a non-null pointer even for an empty passphrase.
    static const char kEmpty = 0;
    const char* pass =
        passphrase.empty() ? &kEmpty : reinterpret_cast<const char*>(passphrase.data());
    if (PKCS5_PBKDF2_HMAC(pass, int(passphrase.size()),
                          reinterpret_cast<const unsigned char*>(params.salt.constData()),
                          int(params.salt.size()), int(params.iterations), EVP_sha512(),
                          int(keySize), key.data()) != 1)
        throwOpenSslError("PKCS5_PBKDF2_HMAC");
    return key;
}

std::uint32_t calibrateIterations(std::chrono::milliseconds target) {
    using Clock = std::chrono::steady_clock;
    const SecretBytes probe(reinterpret_cast<const unsigned char*>("calibration"), 11);
    KdfParams params;
    params.salt = QByteArray(KdfParams::kSaltSize, '\x5a');
    params.iterations = 20'000;
    // Best of three short runs: the fastest is the least disturbed by other work on the machine.
    Clock::duration best = Clock::duration::max();
    for (int run = 0; run < 3; ++run) {
        const auto start = Clock::now();
        deriveKey(probe, params, 32);
        best = std::min(best, Clock::now() - start);
    }
    const double perIteration =
        std::chrono::duration<double>(best).count() / double(params.iterations);
    const double wanted =
        std::chrono::duration<double>(target).count() / std::max(perIteration, 1e-9);
    const double clamped = std::clamp(wanted, double(KdfParams::kMinIterations),
                                      double(KdfParams::kMaxIterations / 10));
    // Round to a multiple of 10,000 so the number reads well in `pacewise-cli info`.
    return std::uint32_t(clamped / 10'000.0 + 0.5) * 10'000;
}

} // namespace pacewise::crypto
