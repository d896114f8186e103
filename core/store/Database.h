#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <concepts>
#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace pacewise::store {

class Database;

// One prepared statement. Bind indices start at 1, column indices at 0, as in SQLite.
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Any integer type (int, qint64, std::int64_t differ in spelling across platforms).
    template <std::integral T>
    requires(!std::same_as<T, bool>) Statement& bind(int index, T value) {
        return bindInt64(index, std::int64_t(value));
    }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bindBlob(int index, QByteArrayView value);
    Statement& bindNull(int index);
    Statement& bindInt64(int index, std::int64_t value);

    bool step();  // true while a row is available
    void run();   // a statement that returns no rows
    void reset(); // ready to bind and step again

    std::int64_t int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// A SQLCipher connection opened with a raw 256-bit key. Refuses to run on plain SQLite.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode { OpenExisting, CreateNew };

    // Throws Error: DatabaseNotOurs, DatabaseDamaged, NotWritable, DiskFull, Io, PlaintextSqlite.
    // OpenExisting on a store that a SQLCipher 3 build wrote with this key converts it to the
    // linked SQLCipher 4 format first (CipherMigration.h); with another key nothing is changed.
    Database(const QString& path, const crypto::SecretBytes& rawKey, Mode mode);
    // A plain, unencrypted connection. Only for the SQLCipher-cost benchmark and for tests.
    static Database openUnencrypted(const QString& path);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&&) = delete;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(*this, sql); }
    bool inTransaction() const;
    std::int64_t lastInsertId() const;
    int userVersion();
    void setUserVersion(int version);
    QString cipherVersion();
    const QString& path() const { return m_path; }

    // The SQLCipher version linked into this build, read from an in-memory connection; empty when
    // plain SQLite was linked instead (the condition every open refuses).
    static QString linkedCipherVersion();

    // Throws the Error that matches an SQLite result code; `what` names the operation.
    [[noreturn]] void fail(int resultCode, const char* what) const;

    sqlite3* handle() const { return m_db; }

private:
    friend class CipherMigration;
    // The SQLCipher settings besides the key: this build's defaults, or those of SQLCipher 3.
    enum class CipherSettings { Current, Version3 };

    Database() = default;
    void openConnection(const QString& path, int flags);
    void applyKey(const crypto::SecretBytes& rawKey,
                  CipherSettings settings = CipherSettings::Current);
    static crypto::SecretBytes keyLiteral(const crypto::SecretBytes& rawKey);
    void openKeyed(const QString& path, const crypto::SecretBytes& rawKey, int flags,
                   CipherSettings settings);
    void configure();

    sqlite3* m_db = nullptr;
    QString m_path;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when it goes out of scope uncommitted.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace pacewise::store
