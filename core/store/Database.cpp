#include "store/Database.h"

#include "error/Error.h"
#include "store/CipherMigration.h"

#include <QFileInfo>
#include <algorithm>
#include <sqlite3.h>
#include <utility>

// SQLite before 3.37 (Debian's SQLCipher 3.4 is on 3.15) has no such flag and reports extended
// codes only through sqlite3_extended_result_codes(), which openConnection() calls anyway.
#ifndef SQLITE_OPEN_EXRESCODE
#define SQLITE_OPEN_EXRESCODE 0
#endif

namespace pacewise::store {
namespace {

QString sqliteDetail(sqlite3* db, int rc, const char* what) {
    return QStringLiteral("%1: %2 (%3)")
        .arg(QString::fromLatin1(what),
             QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)))
        .arg(rc);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Database

Database::Database(const QString& path, const crypto::SecretBytes& rawKey, Mode mode)
    : m_path(path) {
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX |
                      (mode == Mode::CreateNew ? SQLITE_OPEN_CREATE : 0);
    openConnection(path, flags);
    // Before the key: on plain SQLite `PRAGMA key` is a silent no-op and everything written
    // afterwards would be plaintext.
    if (cipherVersion().isEmpty()) {
        sqlite3_close_v2(std::exchange(m_db, nullptr));
        throw Error(ErrorCode::PlaintextSqlite,
                    tr("This copy of Pacewise was built without database encryption, so it will "
                       "not open your data. Please install an official build."),
                    QStringLiteral("PRAGMA cipher_version returned no row"));
    }
    try {
        try {
            applyKey(rawKey);
            // The first read decrypts page 1: this is where a wrong key or a foreign file shows.
            exec("SELECT count(*) FROM sqlite_master");
        } catch (const Error& e) {
            // A store that a SQLCipher 3 build wrote fails here exactly like a wrong key. Only
            // the same key under SQLCipher 3 settings tells the two apart, and only then does
            // the migration write anything; otherwise this error stands.
            if (mode != Mode::OpenExisting || e.code() != ErrorCode::DatabaseNotOurs)
                throw;
            sqlite3_close_v2(std::exchange(m_db, nullptr));
            if (!CipherMigration::migrateFromVersion3(path, rawKey))
                throw;
            openKeyed(path, rawKey, flags, CipherSettings::Current);
        }
        configure();
    } catch (...) {
        sqlite3_close_v2(std::exchange(m_db, nullptr));
        throw;
    }
    if (mode == Mode::OpenExisting)
        CipherMigration::removeOriginal(path);
}

void Database::openKeyed(const QString& path, const crypto::SecretBytes& rawKey, int flags,
                         CipherSettings settings) {
    openConnection(path, flags);
    applyKey(rawKey, settings);
    exec("SELECT count(*) FROM sqlite_master");
}

Database Database::openUnencrypted(const QString& path) {
    Database db;
    db.m_path = path;
    db.openConnection(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX);
    db.configure();
    return db;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path)) {}

Database::~Database() {
    if (m_db)
        sqlite3_close_v2(m_db);
}

void Database::openConnection(const QString& path, int flags) {
    const int rc = sqlite3_open_v2(QFileInfo(path).absoluteFilePath().toUtf8().constData(), &m_db,
                                   flags | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = sqliteDetail(m_db, rc, "open");
        sqlite3_close_v2(std::exchange(m_db, nullptr));
        try {
            fail(rc, "open");
        } catch (const Error& e) {
            throw Error(e.code(), e.message(), detail);
        }
    }
    sqlite3_extended_result_codes(m_db, 1);
}

crypto::SecretBytes Database::keyLiteral(const crypto::SecretBytes& rawKey) {
    // "x'<64 hex digits>'" makes SQLCipher use the bytes as the key without its own KDF, so the
    // derivation is ours and the same on every SQLCipher version. NUL-terminated for SQLite.
    static constexpr char kHex[] = "0123456789abcdef";
    crypto::SecretBytes literal(2 + rawKey.size() * 2 + 1 + 1);
    char* out = reinterpret_cast<char*>(literal.data());
    *out++ = 'x';
    *out++ = '\'';
    for (std::size_t i = 0; i < rawKey.size(); ++i) {
        *out++ = kHex[rawKey.data()[i] >> 4];
        *out++ = kHex[rawKey.data()[i] & 0xf];
    }
    *out++ = '\'';
    *out = '\0';
    return literal;
}

void Database::applyKey(const crypto::SecretBytes& rawKey, CipherSettings settings) {
    // Raw-key mode (keyLiteral). Plain SQLite ignores this pragma silently, hence the
    // cipher_version check before it.
    static constexpr std::string_view kPrefix = "PRAGMA key = \"";
    static constexpr std::string_view kSuffix = "\"";
    const crypto::SecretBytes literal = keyLiteral(rawKey);
    const std::size_t literalSize = literal.size() - 1;
    crypto::SecretBytes sql(kPrefix.size() + literalSize + kSuffix.size() + 1);
    char* out = reinterpret_cast<char*>(sql.data());
    out = std::copy(kPrefix.begin(), kPrefix.end(), out);
    out = std::copy_n(reinterpret_cast<const char*>(literal.data()), literalSize, out);
    out = std::copy(kSuffix.begin(), kSuffix.end(), out);
    *out = '\0';
    if (const int rc = sqlite3_exec(m_db, reinterpret_cast<const char*>(sql.data()), nullptr,
                                    nullptr, nullptr);
        rc != SQLITE_OK)
        fail(rc, "key");
    // HMAC-SHA1 and SQLCipher 3's other defaults, for reading a store a 3.x build wrote. The
    // page size below is set explicitly on every version, so it is the same either way.
    if (settings == CipherSettings::Version3)
        exec("PRAGMA cipher_compatibility = 3");
    // Explicit so that a build against another SQLCipher version cannot silently differ.
    exec("PRAGMA cipher_page_size = 4096");
}

void Database::configure() {
    // WAL with synchronous=FULL: a commit that returned is on disk, even after a power cut.
    Statement journal(*this, "PRAGMA journal_mode = WAL");
    if (!journal.step() || journal.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw Error(ErrorCode::Io,
                    tr("The database could not switch to its safe writing mode. Check that the "
                       "profile folder is on a local disk."),
                    QStringLiteral("journal_mode=WAL refused"));
    exec("PRAGMA synchronous = FULL");
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA secure_delete = ON");
    sqlite3_busy_timeout(m_db, 5000);
}

void Database::exec(std::string_view sql) {
    // sqlite3_exec runs every statement of a script (migrations hold several).
    const std::string script(sql);
    if (const int rc = sqlite3_exec(m_db, script.c_str(), nullptr, nullptr, nullptr);
        rc != SQLITE_OK)
        fail(rc, "exec");
}

bool Database::inTransaction() const {
    return sqlite3_get_autocommit(m_db) == 0;
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::userVersion() {
    Statement s(*this, "PRAGMA user_version");
    s.step();
    return int(s.int64(0));
}

void Database::setUserVersion(int version) {
    exec("PRAGMA user_version = " + std::to_string(version));
}

QString Database::cipherVersion() {
    Statement s(*this, "PRAGMA cipher_version");
    return s.step() ? s.text(0) : QString();
}

QString Database::linkedCipherVersion() {
    Database db;
    db.openConnection(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY);
    return db.cipherVersion();
}

void Database::fail(int resultCode, const char* what) const {
    const QString detail = sqliteDetail(m_db, resultCode, what);
    switch (resultCode & 0xff) {
    case SQLITE_NOTADB:
        throw Error(ErrorCode::DatabaseNotOurs,
                    tr("The database file is not a Pacewise database, or it belongs to another "
                       "profile. Nothing was changed; check that the key file and the database "
                       "come from the same profile folder."),
                    detail);
    case SQLITE_CORRUPT:
        throw Error(ErrorCode::DatabaseDamaged,
                    tr("The database file is damaged. Nothing was changed; restore the profile "
                       "from a backup."),
                    detail);
    case SQLITE_FULL:
        throw Error(ErrorCode::DiskFull,
                    tr("The disk is full. Free some space and try again; your last change was not "
                       "saved, everything before it is safe."),
                    detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
        throw Error(ErrorCode::NotWritable,
                    tr("Pacewise cannot write to the profile folder. Check that the folder exists "
                       "and that you are allowed to change it."),
                    detail);
    case SQLITE_IOERR:
        throw Error(ErrorCode::Io,
                    tr("The computer reported a problem reading or writing the disk. Check the "
                       "drive and try again."),
                    detail);
    default:
        throw Error(ErrorCode::Internal,
                    tr("Something went wrong inside Pacewise's database. Nothing was lost; "
                       "please try again."),
                    detail);
    }
}

// ---------------------------------------------------------------------------------------------
// Statement

Statement::Statement(Database& db, std::string_view sql)
    : m_db(&db) {
    const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, "prepare");
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bindInt64(int index, std::int64_t value) {
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    if (const int rc =
            sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement& Statement::bindBlob(int index, QByteArrayView value) {
    if (const int rc =
            sqlite3_bind_blob(m_stmt, index, value.data(), int(value.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        m_db->fail(rc, "bind");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db->fail(rc, "step");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

// ---------------------------------------------------------------------------------------------
// Transaction

Transaction::Transaction(Database& db)
    : m_db(db) {
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace pacewise::store
