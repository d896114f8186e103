#pragma once

#include "crypto/Kdf.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QString>
#include <chrono>
#include <memory>
#include <optional>

namespace pacewise::store {

// An unlocked profile: a folder holding the wrapped data key (pacewise.key) and the SQLCipher
// database (pacewise.db). Destroying the object closes the database, which makes SQLCipher wipe
// its copy of the key, and wipes the profile's own copy (kept for openConnection()). Locking =
// destroying.
class Profile {
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    static constexpr const char* kKeyFileName = "pacewise.key";
    static constexpr const char* kDatabaseFileName = "pacewise.db";

    enum class State {
        Empty,          // no profile files: a profile can be created here
        Present,        // a key file: unlock it
        KeyFileMissing, // a database without its key file: refuse to touch it
    };
    static State probe(const QString& directory);
    // QStandardPaths::AppDataLocation/profile; the application name must be set first.
    static QString defaultDirectory();

    struct CreateOptions {
        // Fixed KDF iterations instead of calibrating (tests and benchmarks); never below the
        // minimum of KdfParams.
        std::optional<std::uint32_t> iterations;
    };
    struct OpenTimings {
        std::chrono::microseconds keyDerivation{0};
        std::chrono::microseconds total{0};
    };

    // Throws Error: WeakPassphrase, ProfileExists, NotWritable, DiskFull, Io, ...
    static std::unique_ptr<Profile> create(const QString& directory, const QString& passphrase,
                                           const CreateOptions& options = {});
    // Throws Error: NoProfile, WrongPassphrase, KeyFile*, Database*, NotWritable, ...
    // A wrong passphrase leaves both files byte-identical: the database is not even opened.
    static std::unique_ptr<Profile> open(const QString& directory, const QString& passphrase);
    // Re-wraps the data key under a new passphrase (and fresh salt and KDF calibration); the
    // database is not touched. Works on a locked profile.
    static void changePassphrase(const QString& directory, const QString& current,
                                 const QString& next, const CreateOptions& options = {});
    // The KDF parameters in the key file, read without a passphrase.
    static crypto::KdfParams keyDerivation(const QString& directory);

    ~Profile();
    Profile(const Profile&) = delete;
    Profile& operator=(const Profile&) = delete;

    Database& database() { return m_db; }
    // A second connection to the same database, for work on another thread (the sync runs on a
    // worker with its own connection; WAL lets it read while the UI writes). Close it before the
    // Profile goes away.
    Database openConnection() const;
    const QString& directory() const { return m_directory; }
    // The unwrapped data key, for keys derived from it (the backup's authentication key).
    const crypto::SecretBytes& dataKey() const { return m_dataKey; }
    QString profileId();
    int schemaVersion() { return m_db.userVersion(); }
    OpenTimings timings() const { return m_timings; }

private:
    Profile(QString directory, Database db, crypto::SecretBytes dataKey);

    QString m_directory;
    Database m_db;
    // SQLCipher holds the key in this process anyway while the database is open; this copy lets
    // openConnection() key a second connection and is wiped when the profile is locked.
    crypto::SecretBytes m_dataKey;
    OpenTimings m_timings;
};

} // namespace pacewise::store
