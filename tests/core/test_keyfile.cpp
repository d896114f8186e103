#include "crypto/KeyFile.h"
#include "crypto/Random.h"
#include "error/Error.h"

#include <QCryptographicHash>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::crypto;

namespace {

SecretBytes pass(const char* text) {
    return SecretBytes(reinterpret_cast<const unsigned char*>(text), std::strlen(text));
}

} // namespace

TEST_CASE("a wrapped data key unwraps with the right passphrase only", "[crypto][keyfile]") {
    const SecretBytes dataKey = randomSecret(KeyFile::kDataKeySize);
    const KeyFile file =
        KeyFile::wrap(dataKey, pass("river stones at dawn"), KdfParams::kMinIterations);
    const QByteArray bytes = file.serialize();
    REQUIRE(bytes.size() == KeyFile::kFileSize);

    const KeyFile parsed = KeyFile::parse(bytes, QStringLiteral("pacewise.key"));
    CHECK(parsed.kdf().iterations == KdfParams::kMinIterations);
    const auto unwrapped = parsed.unwrap(pass("river stones at dawn"));
    REQUIRE(unwrapped);
    CHECK(unwrapped->view() == dataKey.view());
    CHECK_FALSE(parsed.unwrap(pass("river stones at dusk")));
}

TEST_CASE("two wraps of the same key share no salt, nonce or ciphertext", "[crypto][keyfile]") {
    const SecretBytes dataKey = randomSecret(KeyFile::kDataKeySize);
    const QByteArray a =
        KeyFile::wrap(dataKey, pass("same passphrase"), KdfParams::kMinIterations).serialize();
    const QByteArray b =
        KeyFile::wrap(dataKey, pass("same passphrase"), KdfParams::kMinIterations).serialize();
    CHECK(a.sliced(11, 16) != b.sliced(11, 16)); // salt
    CHECK(a.sliced(27, 12) != b.sliced(27, 12)); // nonce
    CHECK(a.sliced(39, 32) != b.sliced(39, 32)); // wrapped key
}

TEST_CASE("flipping any byte of the key file is refused as damage, never as a wrong passphrase",
          "[crypto][keyfile]") {
    const SecretBytes dataKey = randomSecret(KeyFile::kDataKeySize);
    const QByteArray good =
        KeyFile::wrap(dataKey, pass("river stones at dawn"), KdfParams::kMinIterations).serialize();
    for (int i = 0; i < good.size(); ++i) {
        for (char mask : {char(0x01), char(0x80)}) {
            QByteArray bad = good;
            bad[i] = char(bad[i] ^ mask);
            CAPTURE(i, int(mask));
            try {
                KeyFile::parse(bad, QStringLiteral("pacewise.key"));
                FAIL("a damaged key file was accepted");
            } catch (const Error& e) {
                // The first five bytes identify the format; anything after is caught by the
                // checksum before the passphrase is ever tried.
                CHECK(e.code() == (i < 5 ? ErrorCode::KeyFileNotOurs : ErrorCode::KeyFileDamaged));
                CHECK(e.message().contains(QStringLiteral("pacewise.key")));
            }
        }
    }
}

TEST_CASE("a truncated, extended, empty or foreign key file is refused with its own message",
          "[crypto][keyfile]") {
    const QByteArray good =
        KeyFile::wrap(randomSecret(32), pass("river stones at dawn"), KdfParams::kMinIterations)
            .serialize();
    const auto codeOf = [](const QByteArray& bytes) {
        try {
            KeyFile::parse(bytes, QStringLiteral("pacewise.key"));
        } catch (const Error& e) {
            return e.code();
        }
        return ErrorCode::Internal;
    };
    CHECK(codeOf(good.first(60)) == ErrorCode::KeyFileDamaged);
    CHECK(codeOf(good + "x") == ErrorCode::KeyFileDamaged);
    CHECK(codeOf(QByteArray()) == ErrorCode::KeyFileNotOurs);
    CHECK(codeOf("SQLite format 3\0") == ErrorCode::KeyFileNotOurs);
    CHECK(codeOf(QByteArray(122, 'P')) == ErrorCode::KeyFileNotOurs);
}

TEST_CASE(
    "a key file from a newer format, or with a cheap KDF, is refused even with a valid checksum",
    "[crypto][keyfile]") {
    const QByteArray good =
        KeyFile::wrap(randomSecret(32), pass("river stones at dawn"), KdfParams::kMinIterations)
            .serialize();
    const auto resealed = [](QByteArray bytes) {
        const QByteArray sum =
            QCryptographicHash::hash(bytes.first(87), QCryptographicHash::Sha256);
        bytes.replace(87, 32, sum);
        return bytes;
    };
    QByteArray newer = good;
    newer[5] = 2;
    try {
        KeyFile::parse(resealed(newer), QStringLiteral("pacewise.key"));
        FAIL("a newer format was accepted");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::KeyFileTooNew);
    }
    QByteArray cheap = good;
    cheap.replace(7, 4, QByteArray::fromHex("00000001")); // one iteration: an attacker's downgrade
    try {
        KeyFile::parse(resealed(cheap), QStringLiteral("pacewise.key"));
        FAIL("a one-iteration key file was accepted");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::KeyFileDamaged);
    }
}
