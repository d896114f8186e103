// The key file parser (core/crypto/KeyFile): the first thing Pacewise reads from a profile
// folder, before any passphrase. Each input is parsed as it is, and, when it has the key file's
// size, once more with its SHA-256 made right: a mutation can never match the checksum by
// chance, and the checks behind it (version, KDF id, iteration range, reserved bytes) would go
// unfuzzed. A file that parses must serialise back to the same bytes: the format has no slack.
// No unwrap: the KDF's minimum 210,000 PBKDF2 rounds would make every input take 0.1 s.
#include "FuzzSupport.h"
#include "crypto/KeyFile.h"

#include <QCryptographicHash>

using namespace pacewise;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialise(argc, argv);
    return 0;
}

namespace {

void parse(const QByteArray& input) {
    fuzz::expectOnlyErrors([&] {
        const crypto::KeyFile file = crypto::KeyFile::parse(input, QStringLiteral("pacewise.key"));
        if (file.serialize() != input)
            fuzz::finding("a key file that parses does not serialise to the same bytes");
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    parse(input);
    constexpr qsizetype kChecksummed = 87; // bytes 0..86, then their SHA-256
    if (input.size() == crypto::KeyFile::kFileSize) {
        QByteArray fixed = input;
        fixed.replace(
            kChecksummed, 32,
            QCryptographicHash::hash(input.first(kChecksummed), QCryptographicHash::Sha256));
        if (fixed != input)
            parse(fixed);
    }
    return 0;
}
