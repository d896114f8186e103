#include "store/Profile.h"

#include "crypto/KeyFile.h"
#include "crypto/PassphrasePolicy.h"
#include "crypto/Random.h"
#include "error/Error.h"
#include "error/FileError.h"
#include "store/Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>
#include <cerrno>

namespace pacewise::store {
namespace {

using Clock = std::chrono::steady_clock;

QString keyPath(const QString& dir) {
    return QDir(dir).filePath(QLatin1String(Profile::kKeyFileName));
}
QString dbPath(const QString& dir) {
    return QDir(dir).filePath(QLatin1String(Profile::kDatabaseFileName));
}

void removeDatabaseFiles(const QString& dir) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(dbPath(dir) + QLatin1String(suffix));
}

std::uint32_t iterationsFor(const Profile::CreateOptions& options) {
    if (options.iterations)
        return std::max(*options.iterations, crypto::KdfParams::kMinIterations);
    return crypto::calibrateIterations();
}

} // namespace

Profile::Profile(QString directory, Database db, crypto::SecretBytes dataKey)
    : m_directory(std::move(directory))
    , m_db(std::move(db))
    , m_dataKey(std::move(dataKey)) {}

Database Profile::openConnection() const {
    return Database(dbPath(m_directory), m_dataKey, Database::Mode::OpenExisting);
}

Profile::~Profile() = default;

Profile::State Profile::probe(const QString& directory) {
    if (QFileInfo::exists(keyPath(directory)))
        return State::Present;
    if (QFileInfo::exists(dbPath(directory)))
        return State::KeyFileMissing;
    return State::Empty;
}

QString Profile::defaultDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("profile"));
}

std::unique_ptr<Profile> Profile::create(const QString& directory, const QString& passphrase,
                                         const CreateOptions& options) {
    const crypto::PassphraseAssessment assessment = crypto::PassphrasePolicy::assess(passphrase);
    if (!assessment.acceptable())
        throw Error(ErrorCode::WeakPassphrase, assessment.hint);

    if (probe(directory) != State::Empty)
        throw Error(ErrorCode::ProfileExists,
                    tr("There is already a Pacewise profile in %1. Unlock it, or choose an empty "
                       "folder for a new profile.")
                        .arg(QDir::toNativeSeparators(directory)));
    const bool existed = QFileInfo(directory).isDir();
    if (!QDir().mkpath(directory))
        throw errnoError(
            errno,
            tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(directory)),
            directory);
    // A folder we made holds only the profile: keep other users of the computer out of it.
    if (!existed)
        QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    crypto::SecretBytes dataKey = crypto::randomSecret(crypto::KeyFile::kDataKeySize);
    {
        const crypto::SecretBytes pass = crypto::passphraseBytes(passphrase);
        crypto::KeyFile::wrap(dataKey, pass, iterationsFor(options)).write(keyPath(directory));
    }
    try {
        Database db(dbPath(directory), dataKey, Database::Mode::CreateNew);
        migrate(db);
        Transaction transaction(db);
        Statement meta = db.prepare("INSERT INTO profile_meta (key, value) VALUES (?, ?)");
        meta.bind(1, QStringLiteral("profile_id"))
            .bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .run();
        meta.reset();
        meta.bind(1, QStringLiteral("created_at"))
            .bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            .run();
        transaction.commit();
        return std::unique_ptr<Profile>(new Profile(directory, std::move(db), std::move(dataKey)));
    } catch (...) {
        // Only files this call made are removed: the folder was empty of profile files.
        removeDatabaseFiles(directory);
        QFile::remove(keyPath(directory));
        throw;
    }
}

std::unique_ptr<Profile> Profile::open(const QString& directory, const QString& passphrase) {
    const auto started = Clock::now();
    switch (probe(directory)) {
    case State::Empty:
        throw Error(ErrorCode::NoProfile,
                    tr("There is no Pacewise profile in %1. Choose the folder that holds "
                       "pacewise.key and pacewise.db, or create a new profile.")
                        .arg(QDir::toNativeSeparators(directory)));
    case State::KeyFileMissing:
        throw Error(ErrorCode::KeyFileMissing,
                    tr("The key file pacewise.key is missing from %1, so the database cannot be "
                       "opened. Restore the key file from a backup; the database was not changed.")
                        .arg(QDir::toNativeSeparators(directory)));
    case State::Present:
        break;
    }
    const crypto::KeyFile keyFile = crypto::KeyFile::read(keyPath(directory));

    const auto kdfStarted = Clock::now();
    std::optional<crypto::SecretBytes> dataKey =
        keyFile.unwrap(crypto::passphraseBytes(passphrase));
    const auto kdfDone = Clock::now();
    if (!dataKey)
        throw Error(ErrorCode::WrongPassphrase, tr("The passphrase is not correct."));

    if (!QFileInfo::exists(dbPath(directory)))
        throw Error(ErrorCode::DatabaseMissing,
                    tr("The database pacewise.db is missing from %1. Restore it from a backup; the "
                       "key file was not changed.")
                        .arg(QDir::toNativeSeparators(directory)));
    // SQLite takes an empty file for a new database and would build an empty store in it: the
    // diary would seem to be gone, and the evidence overwritten. An empty file here means its
    // content was lost (a failed copy, a sync tool), so it is refused as it is.
    if (QFileInfo(dbPath(directory)).size() == 0)
        throw Error(ErrorCode::DatabaseDamaged,
                    tr("The database pacewise.db in %1 is empty: its content was lost outside "
                       "Pacewise. Nothing was changed; restore the profile from a backup.")
                        .arg(QDir::toNativeSeparators(directory)));
    Database db(dbPath(directory), *dataKey, Database::Mode::OpenExisting);
    migrate(db);

    std::unique_ptr<Profile> profile(new Profile(directory, std::move(db), std::move(*dataKey)));
    profile->m_timings.keyDerivation =
        std::chrono::duration_cast<std::chrono::microseconds>(kdfDone - kdfStarted);
    profile->m_timings.total =
        std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started);
    return profile;
}

void Profile::changePassphrase(const QString& directory, const QString& current,
                               const QString& next, const CreateOptions& options) {
    if (probe(directory) != State::Present)
        throw Error(
            ErrorCode::NoProfile,
            tr("There is no Pacewise profile in %1.").arg(QDir::toNativeSeparators(directory)));
    const crypto::PassphraseAssessment assessment = crypto::PassphrasePolicy::assess(next);
    if (!assessment.acceptable())
        throw Error(ErrorCode::WeakPassphrase, assessment.hint);

    const crypto::KeyFile keyFile = crypto::KeyFile::read(keyPath(directory));
    const std::optional<crypto::SecretBytes> dataKey =
        keyFile.unwrap(crypto::passphraseBytes(current));
    if (!dataKey)
        throw Error(ErrorCode::WrongPassphrase, tr("The current passphrase is not correct."));
    crypto::KeyFile::wrap(*dataKey, crypto::passphraseBytes(next), iterationsFor(options))
        .write(keyPath(directory));
}

crypto::KdfParams Profile::keyDerivation(const QString& directory) {
    if (probe(directory) != State::Present)
        throw Error(
            ErrorCode::NoProfile,
            tr("There is no Pacewise profile in %1.").arg(QDir::toNativeSeparators(directory)));
    return crypto::KeyFile::read(keyPath(directory)).kdf();
}

QString Profile::profileId() {
    Statement query = m_db.prepare("SELECT value FROM profile_meta WHERE key = 'profile_id'");
    return query.step() ? query.text(0) : QString();
}

} // namespace pacewise::store
