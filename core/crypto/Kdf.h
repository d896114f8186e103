#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <chrono>
#include <cstdint>

namespace pacewise::crypto {

// PBKDF2-HMAC-SHA512 through OpenSSL. OpenSSL 3.0 has no Argon2, and PBKDF2 with a calibrated
// count is what OWASP accepts for SHA-512 (at least 210,000 iterations, 2023 guidance).
struct KdfParams {
    static constexpr std::uint32_t kMinIterations = 210'000;
    // Above this an unlock would take minutes on any machine: such a file is damaged or hostile.
    static constexpr std::uint32_t kMaxIterations = 50'000'000;
    static constexpr int kSaltSize = 16;

    std::uint32_t iterations = kMinIterations;
    QByteArray salt;
};

SecretBytes deriveKey(const SecretBytes& passphrase, const KdfParams& params, std::size_t keySize);

// Iterations that take about `target` on this machine, never fewer than kMinIterations.
std::uint32_t
calibrateIterations(std::chrono::milliseconds target = std::chrono::milliseconds(400));

} // namespace pacewise::crypto
