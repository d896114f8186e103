#include "store/Settings.h"

#include "store/Database.h"

#include <algorithm>

namespace pacewise::store {

std::optional<QString> Settings::value(const QString& key) const {
    Statement query = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    query.bind(1, key);
    if (!query.step())
        return std::nullopt;
    return query.text(0);
}

void Settings::setValue(const QString& key, const QString& value) {
    // INSERT OR REPLACE rather than UPSERT: the packagers' system SQLCipher 3.4 predates UPSERT.
    Statement upsert = m_db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
    upsert.bind(1, key).bind(2, value).run();
}

int Settings::autoLockMinutes() const {
    bool ok = false;
    const int minutes = value(QStringLiteral("auto_lock_minutes")).value_or(QString()).toInt(&ok);
    return ok ? std::clamp(minutes, kMinAutoLockMinutes, kMaxAutoLockMinutes)
              : kDefaultAutoLockMinutes;
}

void Settings::setAutoLockMinutes(int minutes) {
    setValue(QStringLiteral("auto_lock_minutes"),
             QString::number(std::clamp(minutes, kMinAutoLockMinutes, kMaxAutoLockMinutes)));
}

} // namespace pacewise::store
