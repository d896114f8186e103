#pragma once

#include <QString>
#include <optional>

namespace pacewise::store {

class Database;

// Patient settings that live inside the encrypted store (schema 2).
class Settings {
public:
    static constexpr int kDefaultAutoLockMinutes = 10;
    static constexpr int kMinAutoLockMinutes = 1;
    static constexpr int kMaxAutoLockMinutes = 240;

    explicit Settings(Database& db)
        : m_db(db) {}

    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes); // clamped to [kMin, kMax]

    std::optional<QString> value(const QString& key) const;
    void setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace pacewise::store
