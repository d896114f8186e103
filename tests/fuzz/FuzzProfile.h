#pragma once

// One real encrypted profile per fuzzing process, enrolled with a clinic, made once (a profile
// costs a KDF run and the migrations). Iterations must not depend on each other, or a crash
// would not reproduce from its input alone: snapshot() copies every table into an in-memory
// TEMP table once the profile is set up, and restore() puts every table back after each input.
#include "FuzzSupport.h"
#include "store/Database.h"
#include "store/Profile.h"
#include "sync/ClinicConnection.h"

#include <string>
#include <vector>

namespace pacewise::fuzz {

inline const QString kPatientId = QStringLiteral("example-patient"); // as in tests/core/golden
inline const QString kBaseUrl = QStringLiteral("http://127.0.0.1:9/fhir");
inline const QString kAccessToken = QStringLiteral("fuzz-access-token-0123456789");

class FuzzProfile {
public:
    explicit FuzzProfile(const char* name) {
        store::Profile::CreateOptions options;
        options.iterations = crypto::KdfParams::kMinIterations;
        m_profile = store::Profile::create(scratchDirectory(name) + QStringLiteral("/profile"),
                                           QStringLiteral("river stones at dawn 42"), options);
        sync::ClinicConnection(db()).enroll({kBaseUrl, kPatientId, {}, {}}, kAccessToken);
    }

    store::Database& db() { return m_profile->database(); }

    void snapshot() {
        store::Statement query = db().prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        while (query.step())
            m_tables.push_back(query.text(0).toStdString());
        for (const std::string& table : m_tables)
            db().exec("CREATE TEMP TABLE snapshot_" + table + " AS SELECT * FROM main." + table);
    }

    void restore() {
        std::string sql = "BEGIN IMMEDIATE; PRAGMA defer_foreign_keys = ON; ";
        for (const std::string& table : m_tables)
            sql += "DELETE FROM main." + table + "; INSERT INTO main." + table +
                   " SELECT * FROM temp.snapshot_" + table + "; ";
        sql += "COMMIT;";
        db().exec(sql);
    }

private:
    std::unique_ptr<store::Profile> m_profile;
    std::vector<std::string> m_tables;
};

} // namespace pacewise::fuzz
