#pragma once

#include "crypto/SecretBytes.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <map>

namespace pacewise::store {

// A store written by a SQLCipher 3 build of Pacewise (Debian's libsqlcipher 3.4 through
// -DPACEWISE_SYSTEM_SQLCIPHER=ON) is keyed with the same raw key and page size, but SQLCipher 3's
// other defaults (HMAC-SHA1, the KDF of the HMAC key) make it unreadable to SQLCipher 4 as is.
// Database's constructor calls this when a store fails to decrypt: the store is converted once,
// on its first open, into a file with the linked SQLCipher's own settings. In a build linked
// against SQLCipher 3 there is nothing to convert.
class CipherMigration {
    Q_DECLARE_TR_FUNCTIONS(CipherMigration)

public:
    // Beside pacewise.db while a conversion runs: the file being built, and the copy of the
    // original kept until the converted store has opened in its place.
    static constexpr const char* kConvertedSuffix = ".sqlcipher4-new";
    static constexpr const char* kOriginalSuffix = ".sqlcipher3";

    // The points between the steps of a conversion, in order.
    enum class Step {
        Exported,     // the converted copy is written; the store is still the original
        Verified,     // ... and reads back complete with this build's settings
        OriginalKept, // ... and the original is copied aside
        Replaced,     // the converted copy is the store; the original copy is not yet removed
    };

    // False when the store does not open with `rawKey` under SQLCipher 3 settings either (another
    // profile's key, not a Pacewise file) or when the linked SQLCipher is 3.x: then no file was
    // touched. True when `path` now holds the verified, converted store. Throws Error when the
    // key was right but the conversion failed; the store at `path` is then the original.
    static bool migrateFromVersion3(const QString& path, const crypto::SecretBytes& rawKey);
    // After any successful open of `path`: removes the copy of the original that a conversion
    // interrupted after its last step left behind.
    static void removeOriginal(const QString& path);

    // Tests only: called at each Step, to kill the process or fail there. Empty to switch off.
    static void setStepHookForTests(std::function<void(Step)> hook);

private:
    static void verify(const QString& converted, const crypto::SecretBytes& rawKey,
                       const std::map<QString, qint64>& expectedCounts);
};

} // namespace pacewise::store
