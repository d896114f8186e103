#pragma once

#include <span>

namespace pacewise::store {

class Database;

struct Migration {
    int version;         // the schema version after this step (PRAGMA user_version)
    const char* purpose; // one line: why this step exists
    const char* sql;
};

std::span<const Migration> migrations();
int latestSchemaVersion();

// Brings the database from its current version up to `target`, one transaction per step, so a
// crash leaves it at the last complete version. Throws Error(DatabaseTooNew) when the file is
// newer than this build.
void migrate(Database& db, int target = latestSchemaVersion());

} // namespace pacewise::store
