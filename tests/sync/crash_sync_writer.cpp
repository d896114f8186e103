// Test peer for "100 kills at random points lose nothing and the clinic ends up with exactly the
// diary" (test_crash_consistency.cpp): opens a real profile (passphrase on stdin) that the test
// enrolled with the reference server, then saves diary entry after entry through DiaryStore::save
// - each one's content is a function of its number, so the test can check it is intact - and
// every SYNC_EVERY entries runs a real sync with the clinic. It prints "saved N" only after the
// save returned, "syncing" before a sync and "synced" after it; the test kills it with SIGKILL
// anywhere in between, and starts it again on the same profile. A sync that does not finish
// prints "sync-failed OUTCOME" and the writing goes on.
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "store/Database.h"
#include "store/Profile.h"
#include "support/CrashEntries.h"
#include "sync/ClinicConnection.h"
#include "sync/CurlTransport.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

namespace {

using namespace pacewise;

// The next number: one past the highest this profile holds (an entry saved just before a kill
// may never have been reported, so the test's count is not the writer's).
int nextNumber(store::Database& db) {
    store::Statement query = db.prepare("SELECT note FROM diary_entries");
    int next = 0;
    while (query.step()) {
        const QString note = query.text(0);
        if (note.startsWith(QLatin1String("crash entry ")))
            next = std::max(next, note.mid(12).toInt() + 1);
    }
    return next;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s PROFILE_DIR SYNC_EVERY < passphrase\n", argv[0]);
        return 64;
    }
    const int syncEvery = std::max(1, std::atoi(argv[2]));
    std::string passphrase;
    std::getline(std::cin, passphrase);
    try {
        auto profile = store::Profile::open(QString::fromLocal8Bit(argv[1]),
                                            QString::fromStdString(passphrase));
        store::Database& db = profile->database();
        diary::DiaryStore diary(db, diary::DiaryCatalogue::current());
        sync::ClinicConnection connection(db);
        const std::optional<sync::ClinicEndpoint> endpoint = connection.endpoint();
        if (!endpoint)
            return 78;
        sync::CurlTransport transport({endpoint->caFile, endpoint->pinnedPublicKey});
        sync::SyncEngine::Options options;
        options.baseBackoff = std::chrono::milliseconds(50);
        options.maxBackoff = std::chrono::milliseconds(400);
        std::printf("opened\n");
        std::fflush(stdout);
        for (int n = nextNumber(db);; ++n) {
            diary.save(pacewise::test::crashEntry(n));
            std::printf("saved %d\n", n);
            std::fflush(stdout);
            if ((n + 1) % syncEvery == 0) {
                std::printf("syncing\n");
                std::fflush(stdout);
                sync::CancelFlag cancel;
                const sync::SyncReport report =
                    sync::SyncEngine(db, transport, connection, options).run(cancel);
                // A sync the server could not finish (a slow moment) is tried again a few
                // entries later, as the app would; the test's last sync has to succeed.
                if (!report.succeeded()) {
                    std::printf("sync-failed %d\n", int(report.outcome));
                    std::fflush(stdout);
                    continue;
                }
                std::printf("synced %d\n", report.pushed);
                std::fflush(stdout);
            }
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "crash_sync_writer: %s\n", e.what());
        return 1;
    }
}
