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
    Migration{3,
              "the pain diary: entries with their edit history, tags for filtering, and the "
              "patient's medication list",
              R"sql(
CREATE TABLE medications (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    dose        TEXT NOT NULL DEFAULT '',
    usual_time  TEXT,                            -- 'HH:mm', or NULL when taken as needed
    as_needed   INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL
);
CREATE TABLE diary_entries (
    id              TEXT PRIMARY KEY NOT NULL,
    recorded_at     INTEGER NOT NULL,            -- UTC, milliseconds since the epoch
    utc_offset      INTEGER NOT NULL,            -- seconds east of UTC when it was recorded
    local_date      TEXT NOT NULL,               -- yyyy-MM-dd in that local time: daily figures
    pain_now        INTEGER NOT NULL CHECK (pain_now BETWEEN 0 AND 10),
    pain_average    INTEGER CHECK (pain_average BETWEEN 0 AND 10),
    pain_worst      INTEGER CHECK (pain_worst BETWEEN 0 AND 10),
    mood            INTEGER CHECK (mood BETWEEN 0 AND 10),
    sleep_hours     REAL CHECK (sleep_hours BETWEEN 0 AND 24),
    sleep_quality   INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
    active_minutes  INTEGER CHECK (active_minutes BETWEEN 0 AND 1440),
    body_locations  TEXT NOT NULL DEFAULT '[]',  -- JSON arrays of codes
    coping          TEXT NOT NULL DEFAULT '[]',
    medications     TEXT NOT NULL DEFAULT '[]',  -- JSON array of doses
    as_needed_doses INTEGER NOT NULL DEFAULT 0,  -- sum of the as-needed doses above, for the dashboard
    note            TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1,
    deleted_at      TEXT,                        -- soft delete ("entered in error"); NULL = live
    updated_at      TEXT NOT NULL
);
CREATE INDEX diary_by_time ON diary_entries (recorded_at DESC, id DESC);
-- Covers every daily figure of the dashboard, so its queries never touch the table itself.
CREATE INDEX diary_by_day ON diary_entries (local_date, pain_average, pain_now, pain_worst, mood,
    sleep_hours, active_minutes, as_needed_doses) WHERE deleted_at IS NULL;
-- Triggers as rows, so history filters and the dashboard can select by tag in SQL. The entry's
-- day and liveness are repeated here so that per-day tag figures read this table alone.
CREATE TABLE diary_entry_tags (
    entry_id    TEXT NOT NULL REFERENCES diary_entries (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    local_date  TEXT NOT NULL,
    live        INTEGER NOT NULL DEFAULT 1,     -- 0 while the entry is soft-deleted
    PRIMARY KEY (entry_id, tag)
) WITHOUT ROWID;
CREATE INDEX diary_tags_by_tag ON diary_entry_tags (tag);
CREATE INDEX diary_tags_by_day ON diary_entry_tags (live, local_date, tag);
-- Every earlier version of an edited entry, for audit and so sync can carry edits.
CREATE TABLE diary_entry_versions (
    entry_id     TEXT NOT NULL REFERENCES diary_entries (id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    snapshot     TEXT NOT NULL,                  -- the entry as JSON, as it was
    replaced_at  TEXT NOT NULL,
    PRIMARY KEY (entry_id, version)
) WITHOUT ROWID;
)sql"},
    Migration{4,
              "sync with the clinic: what the server confirmed, pull cursors, resources the clinic "
              "sent, learned server limits, and outbox rows held after the server refused them",
              R"sql(
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,   -- 'batch_size', 'gzip_requests', 'last_sync_at', ...
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE sync_cursors (
    resource_type TEXT PRIMARY KEY NOT NULL,
    last_updated  TEXT NOT NULL        -- the server's meta.lastUpdated of the newest applied
) WITHOUT ROWID;
CREATE TABLE clinic_resources (
    resource_type TEXT NOT NULL,       -- Task, CarePlan, Communication, Appointment, Questionnaire
    id            TEXT NOT NULL,       -- the server's id
    version_id    TEXT,
    last_updated  TEXT NOT NULL,
    resource      TEXT NOT NULL,       -- the resource as JSON, as the server sent it
    received_at   TEXT NOT NULL,
    PRIMARY KEY (resource_type, id)
) WITHOUT ROWID;
CREATE TABLE remote_records (
    kind          TEXT NOT NULL,       -- outbox kind, e.g. 'diary-entry'
    entity_id     TEXT NOT NULL,
    resource_type TEXT NOT NULL,
    server_id     TEXT,
    version_id    TEXT,
    confirmed_at  TEXT NOT NULL,
    PRIMARY KEY (kind, entity_id)
) WITHOUT ROWID;
ALTER TABLE outbox ADD COLUMN held_at TEXT;  -- refused by the server: not sent again on its own
DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox (priority DESC, id) WHERE done_at IS NULL AND held_at IS NULL;
CREATE INDEX outbox_entity ON outbox (kind, entity_id) WHERE done_at IS NULL;
)sql"},
    Migration{5,
              "measures: questionnaire responses (drafts that survive closing the app, and "
              "completed ones with their scores) and safety events for the care team",
              R"sql(
CREATE TABLE measure_responses (
    id                    TEXT PRIMARY KEY NOT NULL,
    measure_id            TEXT NOT NULL,            -- 'phq-9', 'peg', 'clinic-<server id>'
    questionnaire_url     TEXT NOT NULL,
    questionnaire_version TEXT NOT NULL DEFAULT '',
    answers               TEXT NOT NULL DEFAULT '{}', -- JSON: linkId -> FHIR answer element
    current_link_id       TEXT NOT NULL DEFAULT '',  -- where the patient was: resume there
    started_at            TEXT NOT NULL,             -- UTC, ISO 8601
    completed_at          INTEGER,                   -- UTC ms since the epoch; NULL = draft
    utc_offset            INTEGER NOT NULL DEFAULT 0,
    local_date            TEXT,                      -- yyyy-MM-dd of completion, local time
    updated_at            TEXT NOT NULL
);
-- At most one draft per measure: "continue where you left off" has one answer.
CREATE UNIQUE INDEX measure_one_draft ON measure_responses (measure_id) WHERE completed_at IS NULL;
CREATE INDEX measure_history ON measure_responses (measure_id, completed_at)
    WHERE completed_at IS NOT NULL;
CREATE TABLE measure_scores (
    response_id TEXT NOT NULL REFERENCES measure_responses (id) ON DELETE CASCADE,
    rule_id     TEXT NOT NULL,      -- 'total', 'mean', a subscale
    value       REAL,               -- NULL: too many items missing
    answered    INTEGER NOT NULL,
    missing     INTEGER NOT NULL,
    prorated    INTEGER NOT NULL DEFAULT 0,
    band        INTEGER NOT NULL DEFAULT -1,
    PRIMARY KEY (response_id, rule_id)
) WITHOUT ROWID;
CREATE TABLE safety_events (
    id           TEXT PRIMARY KEY NOT NULL,
    response_id  TEXT NOT NULL,     -- may still be a draft: raised before the next page
    measure_id   TEXT NOT NULL,
    link_id      TEXT NOT NULL,
    answer_value INTEGER NOT NULL,
    raised_at    TEXT NOT NULL,     -- UTC, ISO 8601 with milliseconds
    utc_offset   INTEGER NOT NULL,
    UNIQUE (response_id, link_id)
);
)sql"},
    Migration{6,
              "programme: module progress and reading position, exercise records, homework with "
              "its check-offs (module and clinic assigned)",
              R"sql(
CREATE TABLE programme_modules (
    module_id      TEXT PRIMARY KEY NOT NULL, -- 'understanding-pain', ...
    record_id      TEXT NOT NULL UNIQUE,      -- client-made UUID: the FHIR Task's identifier
    started_at     INTEGER,                   -- UTC ms since the epoch; first page opened
    completed_at   INTEGER,                   -- every page of every lesson read
    time_spent_ms  INTEGER NOT NULL DEFAULT 0,
    lesson_id      TEXT NOT NULL DEFAULT '',  -- where the patient was: the reader resumes there
    page_index     INTEGER NOT NULL DEFAULT 0,
    updated_at     INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE programme_pages_read (
    module_id   TEXT NOT NULL,
    lesson_id   TEXT NOT NULL,
    page_index  INTEGER NOT NULL,
    read_at     INTEGER NOT NULL,
    PRIMARY KEY (module_id, lesson_id, page_index)
) WITHOUT ROWID;
CREATE TABLE exercise_records (
    id                    TEXT PRIMARY KEY NOT NULL,   -- client-made UUID
    exercise_id           TEXT NOT NULL,               -- 'thought-record', 'pacing-plan', ...
    questionnaire_url     TEXT NOT NULL,
    questionnaire_version TEXT NOT NULL DEFAULT '',
    answers               TEXT NOT NULL DEFAULT '{}',  -- JSON: linkId -> FHIR answer element
    parent_id             TEXT,                        -- a pacing log's plan
    homework_id           TEXT,                        -- the homework it was done for
    started_at            INTEGER NOT NULL,            -- UTC ms since the epoch
    updated_at            INTEGER NOT NULL,
    completed_at          INTEGER,                     -- NULL: a draft
    utc_offset            INTEGER NOT NULL DEFAULT 0,
    local_date            TEXT NOT NULL                -- yyyy-MM-dd, local, of start
);
CREATE INDEX exercise_by_kind ON exercise_records (exercise_id, started_at);
CREATE INDEX exercise_by_parent ON exercise_records (parent_id) WHERE parent_id IS NOT NULL;
CREATE TABLE homework (
    id              TEXT PRIMARY KEY NOT NULL,  -- client-made UUID
    source          TEXT NOT NULL,              -- 'module' | 'clinic'
    module_id       TEXT NOT NULL DEFAULT '',
    template_id     TEXT NOT NULL DEFAULT '',
    clinic_task_id  TEXT,                       -- the clinic's Task id (clinic homework)
    clinic_version  TEXT,                       -- the Task version we last saw (If-Match)
    title           TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    exercise_id     TEXT NOT NULL DEFAULT '',   -- doing this exercise checks it off
    target_count    INTEGER NOT NULL DEFAULT 1,
    assigned_at     INTEGER NOT NULL,           -- UTC ms since the epoch
    due_date        TEXT NOT NULL,              -- yyyy-MM-dd, local
    status          TEXT NOT NULL DEFAULT 'open', -- 'open' | 'done' | 'cancelled'
    completed_at    INTEGER,
    updated_at      INTEGER NOT NULL
);
CREATE UNIQUE INDEX homework_clinic_task ON homework (clinic_task_id)
    WHERE clinic_task_id IS NOT NULL;
CREATE INDEX homework_due ON homework (due_date);
CREATE TABLE homework_checkoffs (
    homework_id        TEXT NOT NULL REFERENCES homework (id) ON DELETE CASCADE,
    done_at            INTEGER NOT NULL,         -- UTC ms since the epoch
    local_date         TEXT NOT NULL,
    exercise_record_id TEXT,                     -- NULL: ticked by hand
    PRIMARY KEY (homework_id, done_at)
) WITHOUT ROWID;
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
