#include "crypto/Random.h"
#include "error/Error.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::store;

namespace {

QStringList schemaOf(Database& db) {
    QStringList schema;
    Statement query =
        db.prepare("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master "
                   "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    while (query.step())
        schema << query.text(0);
    return schema;
}

// Rows a profile at `version` could hold, so that every later step is run over real data.
void fillAt(Database& db, int version) {
    if (version >= 1) {
        db.exec("INSERT INTO profile_meta VALUES ('profile_id', 'p-1');"
                "INSERT INTO outbox (kind, entity_id, operation, created_at) "
                "VALUES ('diary-entry', 'e-1', 'create', '2026-01-01T00:00:00Z');");
    }
    if (version >= 2)
        db.exec("INSERT INTO settings VALUES ('auto_lock_minutes', '7');");
    if (version >= 3)
        db.exec("INSERT INTO diary_entries (id, recorded_at, utc_offset, local_date, pain_now, "
                "updated_at) "
                "VALUES ('d-1', 0, 3600, '1970-01-01', 4, '2026-01-01T00:00:00Z');");
}

} // namespace

TEST_CASE("migrations are numbered one by one from 1", "[store][migrations]") {
    int expected = 1;
    for (const Migration& step : migrations()) {
        CHECK(step.version == expected++);
        CHECK(std::string_view(step.purpose).size() > 10);
    }
}

TEST_CASE("every earlier schema version migrates to the latest, keeping its data",
          "[store][migrations]") {
    QTemporaryDir dir;
    const crypto::SecretBytes key = crypto::randomSecret(32);
    Database fresh(dir.filePath(QStringLiteral("fresh.db")), key, Database::Mode::CreateNew);
    migrate(fresh);
    const QStringList latest = schemaOf(fresh);

    for (int from = 0; from < latestSchemaVersion(); ++from) {
        CAPTURE(from);
        const QString path = dir.filePath(QStringLiteral("from-%1.db").arg(from));
        {
            Database old(path, key, Database::Mode::CreateNew);
            migrate(old, from);
            REQUIRE(old.userVersion() == from);
            fillAt(old, from);
        }
        Database db(path, key, Database::Mode::OpenExisting);
        migrate(db);
        CHECK(db.userVersion() == latestSchemaVersion());
        CHECK(schemaOf(db) == latest);
        if (from >= 1) {
            Statement outbox = db.prepare("SELECT entity_id FROM outbox");
            REQUIRE(outbox.step());
            CHECK(outbox.text(0) == QStringLiteral("e-1"));
        }
        if (from >= 3) {
            Statement entry = db.prepare("SELECT pain_now FROM diary_entries WHERE id = 'd-1'");
            REQUIRE(entry.step());
            CHECK(entry.int64(0) == 4);
        }
        if (from >= 2) {
            Statement setting = db.prepare("SELECT value FROM settings");
            REQUIRE(setting.step());
            CHECK(setting.text(0) == QStringLiteral("7"));
        }
    }
}

TEST_CASE("a failed migration step leaves the database at the previous version",
          "[store][migrations]") {
    QTemporaryDir dir;
    const crypto::SecretBytes key = crypto::randomSecret(32);
    const QString path = dir.filePath(QStringLiteral("p.db"));
    {
        Database db(path, key, Database::Mode::CreateNew);
        migrate(db, 1);
        // Make step 2 fail half-way: its table name is already taken.
        db.exec("CREATE TABLE settings (other TEXT)");
    }
    Database db(path, key, Database::Mode::OpenExisting);
    CHECK_THROWS_AS(migrate(db), Error);
    CHECK(db.userVersion() == 1);
    Statement index =
        db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'outbox_pending'");
    index.step();
    CHECK(index.int64(0) == 0);
}

TEST_CASE("a database newer than this build is refused and not changed", "[store][migrations]") {
    QTemporaryDir dir;
    const crypto::SecretBytes key = crypto::randomSecret(32);
    const QString path = dir.filePath(QStringLiteral("p.db"));
    {
        Database db(path, key, Database::Mode::CreateNew);
        migrate(db);
        db.setUserVersion(latestSchemaVersion() + 1);
    }
    Database db(path, key, Database::Mode::OpenExisting);
    try {
        migrate(db);
        FAIL("a newer schema was accepted");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::DatabaseTooNew);
    }
    CHECK(db.userVersion() == latestSchemaVersion() + 1);
}
