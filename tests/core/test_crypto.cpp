#include "crypto/AesGcm.h"
#include "crypto/Kdf.h"
#include "crypto/PassphrasePolicy.h"
#include "crypto/Random.h"
#include "crypto/SecretBytes.h"

#include <catch2/catch.hpp>

using namespace pacewise::crypto;

namespace {

SecretBytes secret(QByteArrayView text) {
    return SecretBytes(reinterpret_cast<const unsigned char*>(text.data()),
                       std::size_t(text.size()));
}

QByteArray hex(const SecretBytes& bytes) {
    return bytes.view().toByteArray().toHex();
}

} // namespace

TEST_CASE("PBKDF2-HMAC-SHA512 matches the published test vectors", "[crypto][kdf]") {
    // Vectors from the PBKDF2-HMAC-SHA512 set that extends RFC 6070 (also reproduced by
    // Python's hashlib.pbkdf2_hmac).
    struct Vector {
        const char* password;
        const char* salt;
        std::uint32_t iterations;
        const char* expected;
    };
    const Vector vectors[] = {
        {"password", "salt", 1,
         "867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252c02d470a285a0501bad999bfe"
         "943c0"
         "8f050235d7d68b1da55e63f73b60a57fce"},
        {"password", "salt", 2,
         "e1d9c16aa681708a45f5c7c4e215ceb66e011a2e9f0040713f18aefdb866d53cf76cab2868a39b9f7840edce4"
         "fef5a"
         "82be67335c77a6068e04112754f27ccf4e"},
        {"password", "salt", 4096,
         "d197b1b33db0143e018b12f3d1d1479e6cdebdcc97c5c0f87f6902e072f457b5143f30602641b3d55cd335988"
         "cb36b"
         "84376060ecd532e039b742a239434af2d5"},
        {"passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096,
         "8c0511f4c6e597c6ac6315d8f0362e225f3c501495ba23b868c005174dc4ee71115b59f9e60cd9532fa33e0f7"
         "5aefe"
         "30225c583a186cd82bd4daea9724a3d3b8"},
    };
    for (const Vector& v : vectors) {
        KdfParams params;
        params.iterations = v.iterations;
        params.salt = QByteArray(v.salt);
        CAPTURE(v.password, v.iterations);
        CHECK(hex(deriveKey(secret(v.password), params, 64)) == QByteArray(v.expected));
    }
}

TEST_CASE("calibration never goes below the minimum iteration count", "[crypto][kdf]") {
    const std::uint32_t iterations = calibrateIterations(std::chrono::milliseconds(1));
    CHECK(iterations == KdfParams::kMinIterations);
    CHECK(calibrateIterations(std::chrono::milliseconds(400)) >= KdfParams::kMinIterations);
}

TEST_CASE("AES-256-GCM matches the GCM specification's test case 14", "[crypto][aead]") {
    // McGrew & Viega, "The Galois/Counter Mode of Operation", test case 14: zero key, zero IV,
    // one zero block.
    const SecretBytes key(32);
    const SecretBytes zeroBlock(16);
    const QByteArray nonce(12, '\0');
    std::fill_n(const_cast<unsigned char*>(key.data()), 32, 0);
    std::fill_n(const_cast<unsigned char*>(zeroBlock.data()), 16, 0);
    const Sealed sealed = seal(key, nonce, zeroBlock, {});
    CHECK(sealed.ciphertext.toHex() == "cea7403d4d606b6e074ec5d3baf39d18");
    CHECK(sealed.tag.toHex() == "d0d1c8a799996bf0265b98b5d48ab919");
}

TEST_CASE("AES-256-GCM refuses any change to ciphertext, tag, nonce or associated data",
          "[crypto][aead]") {
    const SecretBytes key = randomSecret(32);
    const SecretBytes plain = secret("the data key, 32 bytes long....!");
    const QByteArray nonce = randomBytes(12);
    const QByteArray aad = "header";
    const Sealed sealed = seal(key, nonce, plain, aad);

    const auto opened = open(key, nonce, sealed, aad);
    REQUIRE(opened);
    CHECK(opened->view() == plain.view());

    Sealed badCipher = sealed;
    badCipher.ciphertext[3] = char(badCipher.ciphertext[3] ^ 0x01);
    CHECK_FALSE(open(key, nonce, badCipher, aad));
    Sealed badTag = sealed;
    badTag.tag[0] = char(badTag.tag[0] ^ 0x80);
    CHECK_FALSE(open(key, nonce, badTag, aad));
    QByteArray badNonce = nonce;
    badNonce[11] = char(badNonce[11] ^ 0x01);
    CHECK_FALSE(open(key, badNonce, sealed, aad));
    CHECK_FALSE(open(key, nonce, sealed, QByteArray("Header")));
    CHECK_FALSE(open(randomSecret(32), nonce, sealed, aad));
}

TEST_CASE("a passphrase typed in composed or decomposed form gives the same bytes", "[crypto]") {
    const QString composed = QStringLiteral("caf\u00e9 con leche");
    const QString decomposed = QStringLiteral("cafe\u0301 con leche");
    REQUIRE(composed != decomposed);
    CHECK(passphraseBytes(composed).view() == passphraseBytes(decomposed).view());
}

TEST_CASE("the passphrase policy refuses only the obviously weak", "[crypto][policy]") {
    using S = PassphraseAssessment::Strength;
    CHECK(PassphrasePolicy::assess(QStringLiteral("short")).strength == S::TooWeak);
    CHECK(PassphrasePolicy::assess(QStringLiteral("aaaaaaaaaaaa")).strength == S::TooWeak);
    CHECK(PassphrasePolicy::assess(QStringLiteral("12345678")).strength == S::TooWeak);
    CHECK(PassphrasePolicy::assess(QStringLiteral("abcdefghij")).strength == S::TooWeak);
    CHECK(PassphrasePolicy::assess(QStringLiteral("Password1")).strength == S::TooWeak);
    CHECK(PassphrasePolicy::assess(QStringLiteral("iloveyou")).strength == S::TooWeak);
    CHECK_FALSE(PassphrasePolicy::assess(QStringLiteral("short")).hint.isEmpty());

    CHECK(PassphrasePolicy::assess(QStringLiteral("tulipvase")).acceptable());
    CHECK(PassphrasePolicy::assess(QStringLiteral("river stones at dawn 42")).strength ==
          S::Strong);
    const auto fair = PassphrasePolicy::assess(QStringLiteral("tulipvase"));
    const auto strong = PassphrasePolicy::assess(QStringLiteral("Tulip vase by the window, 1987"));
    CHECK(strong.estimatedBits > fair.estimatedBits);
}
