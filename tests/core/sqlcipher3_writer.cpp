// Test peer for test_sqlcipher_versions.cpp: writes a profile's database the way a Pacewise built
// with -DPACEWISE_SYSTEM_SQLCIPHER=ON against Debian's SQLCipher 3.4 writes it. It is compiled
// from the same store::Database and Migrations sources, against that library, so the file has
// SQLCipher 3's settings and the real schema; the diary rows are inserted with SQL because the
// diary code needs SQL functions (JSON) that SQLite 3.15 may lack.
//
// usage: pacewise_test_sqlcipher3_writer DB_PATH ENTRIES [--leave-wal] < 64 hex digits (data key)
// Prints "cipher_version <v>"; --leave-wal exits without closing, as a killed 3.4 build would, so
// the last transaction is only in the -wal file.
#include "error/Error.h"
#include "sqlcipher3_store.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QByteArray>
#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

using namespace pacewise;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 3 || argc > 4) {
        std::fprintf(stderr, "usage: %s DB_PATH ENTRIES [--leave-wal] < hex-key\n", argv[0]);
        return 64;
    }
    const bool leaveWal = argc == 4 && std::string(argv[3]) == "--leave-wal";
    std::string hex;
    std::getline(std::cin, hex);
    const QByteArray keyBytes = QByteArray::fromHex(QByteArray::fromStdString(hex));
    if (keyBytes.size() != 32) {
        std::fprintf(stderr, "sqlcipher3_writer: expected a 256-bit key in hex on stdin\n");
        return 64;
    }
    const crypto::SecretBytes key(reinterpret_cast<const unsigned char*>(keyBytes.constData()),
                                  std::size_t(keyBytes.size()));
    try {
        store::Database db(QString::fromLocal8Bit(argv[1]), key, store::Database::Mode::CreateNew);
        const QString version = db.cipherVersion();
        if (!version.startsWith(QLatin1String("3."))) {
            std::fprintf(stderr, "sqlcipher3_writer: linked SQLCipher is %s, not 3.x\n",
                         qPrintable(version));
            return 2;
        }
        store::migrate(db);

        const QString now = QStringLiteral("2016-12-01T09:00:00Z");
        store::Transaction transaction(db);
        store::Statement meta = db.prepare("INSERT INTO profile_meta (key, value) VALUES (?, ?)");
        meta.bind(1, QStringLiteral("profile_id"))
            .bind(2, QStringLiteral("5a1d0c1e-3d6b-4e1a-9a43-000000000034"))
            .run();
        meta.reset();
        meta.bind(1, QStringLiteral("created_at")).bind(2, now).run();

        store::Statement entry = db.prepare(
            "INSERT INTO diary_entries (id, recorded_at, utc_offset, local_date, pain_now, "
            "pain_average, pain_worst, mood, sleep_hours, sleep_quality, active_minutes, "
            "body_locations, coping, medications, note, version, deleted_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[\"lower-back\"]', '[]', '[]', ?, 1, ?, ?)");
        store::Statement tag = db.prepare("INSERT INTO diary_entry_tags (entry_id, tag, "
                                          "local_date, live) VALUES (?, 'poor-sleep', ?, ?)");
        store::Statement outbox =
            db.prepare("INSERT INTO outbox (kind, entity_id, operation, payload, created_at) "
                       "VALUES ('diary-entry', ?, 'create', ?, ?)");
        const int entries = std::atoi(argv[2]);
        for (int i = 0; i < entries; ++i) {
            const test::sqlcipher3::WrittenEntry e = test::sqlcipher3::writtenEntry(i);
            const QString localDate = e.recordedAt.date().toString(Qt::ISODate);
            entry.reset();
            entry.bind(1, e.id)
                .bind(2, e.recordedAt.toMSecsSinceEpoch())
                .bind(3, e.recordedAt.offsetFromUtc())
                .bind(4, localDate)
                .bind(5, e.painNow);
            if (e.painAverage)
                entry.bind(6, *e.painAverage);
            else
                entry.bindNull(6);
            entry.bind(7, std::min(10, e.painNow + 2))
                .bind(8, (i * 7) % 11)
                .bind(9, *e.sleepHours)
                .bind(10, i % 11)
                .bind(11, (i * 13) % 600)
                .bind(12, e.note);
            if (e.deleted)
                entry.bind(13, now);
            else
                entry.bindNull(13);
            entry.bind(14, now).run();
            if (e.poorSleepTag) {
                tag.reset();
                tag.bind(1, e.id).bind(2, localDate).bind(3, e.deleted ? 0 : 1).run();
            }
            outbox.reset();
            outbox.bind(1, e.id)
                .bindBlob(2, QByteArray(300, char('a' + i % 26)))
                .bind(3, now)
                .run();
        }
        transaction.commit();
        std::printf("cipher_version %s\n", qPrintable(version));
        std::fflush(stdout);
        if (leaveWal)
            std::_Exit(0);
    } catch (const Error& e) {
        std::fprintf(stderr, "sqlcipher3_writer: %s (%s)\n", qPrintable(e.message()),
                     qPrintable(e.detail()));
        return 1;
    }
    return 0;
}
