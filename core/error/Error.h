#pragma once

#include <QString>
#include <exception>

namespace pacewise {

// What went wrong, in terms a caller can act on. The CLI maps these to exit codes and the UI to
// the screen it shows next; the message is already translated and safe to show or log (it never
// holds patient data).
enum class ErrorCode {
    WrongPassphrase, // the key file is intact but the passphrase does not open it
    TooManyAttempts, // wait before the next unlock attempt
    WeakPassphrase,  // refused when creating or changing a passphrase
    InvalidInput,    // a value out of range or missing; the message names the field
    NotFound,        // the record asked for does not exist (any more)
    NoProfile,       // the folder holds no profile
    ProfileExists,   // refusing to create a profile over an existing one
    KeyFileMissing,  // a database without its key file
    KeyFileDamaged,  // truncated, altered or unreadable key file
    KeyFileNotOurs,  // some other file where the key file should be
    KeyFileTooNew,   // written by a newer Pacewise
    DatabaseMissing, // a key file without its database
    DatabaseNotOurs, // not a Pacewise database, or not encrypted with this profile's key
    DatabaseDamaged, // SQLite reports corruption
    DatabaseTooNew,  // schema newer than this build understands
    BackupNotOurs,   // some other file where a Pacewise backup was expected
    BackupDamaged,   // empty, truncated, altered or unreadable backup file
    BackupTooNew,    // a backup written by a newer Pacewise
    NotWritable,     // folder or file cannot be written (permissions, read-only medium)
    DiskFull,        // no space left
    Io,              // any other input/output failure
    PlaintextSqlite, // plain SQLite was linked instead of SQLCipher: refuse to write anything
    Crypto,          // the crypto library failed (not a user error)
    Internal,        // a bug: the detail says where
};

class Error : public std::exception {
public:
    Error(ErrorCode code, QString message, QString detail = {});

    ErrorCode code() const noexcept { return m_code; }
    // One or two translated sentences: what happened and what the person can do.
    const QString& message() const noexcept { return m_message; }
    // Technical detail for "Show details" and logs (SQLite or OpenSSL error text, file names).
    const QString& detail() const noexcept { return m_detail; }
    const char* what() const noexcept override { return m_what.constData(); }

private:
    ErrorCode m_code;
    QString m_message;
    QString m_detail;
    QByteArray m_what;
};

} // namespace pacewise
