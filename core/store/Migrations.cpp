#include "store/Migrations.h"

#include "error/Error.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <array>

namespace pacewise::store {
namespace {

// Append only. A released step is never edited: a profile created by that release has already
// run it.
constexpr std::array kMigrations{
    Migration{
        1, "profile identity and the transactional outbox that carries every change to the clinic",
        R"sql(
CREATE TABLE profile_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL,      -- what changed: 'diary-entry', 'questionnaire-response', ...
    entity_id   TEXT NOT NULL,      -- the client-made UUID the server identifier is built from
    operation   TEXT NOT NULL CHECK (operation IN ('create', 'update', 'delete')),
    priority    INTEGER NOT NULL DEFAULT 0,  -- higher goes first (safety flags)
    payload     BLOB,
    created_at  TEXT NOT NULL,      -- UTC, ISO 8601
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    done_at     TEXT
);
)sql"},
    Migration{2, "patient settings (auto-lock) kept encrypted, and the outbox read in send order",
              R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE INDEX outbox_pending ON outbox (priority DESC, id) WHERE done_at IS NULL;
)sql"},
};

} // namespace

std::span<const Migration> migrations() {
    return kMigrations;
}

int latestSchemaVersion() {
    return kMigrations.back().version;
}

void migrate(Database& db, int target) {
    const int current = db.userVersion();
    if (current > latestSchemaVersion())
        throw Error(ErrorCode::DatabaseTooNew,
                    QCoreApplication::translate("pacewise::store",
                                                "This profile was saved by a newer version of "
                                                "Pacewise. Install the newer version to open it; "
                                                "nothing was changed."),
                    QStringLiteral("schema %1, this build knows %2")
                        .arg(current)
                        .arg(latestSchemaVersion()));
    for (const Migration& step : kMigrations) {
        if (step.version <= current || step.version > target)
            continue;
        Transaction transaction(db);
        db.exec(step.sql);
        db.setUserVersion(step.version);
        transaction.commit();
    }
}

} // namespace pacewise::store
