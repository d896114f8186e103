// Test peer for "a sync killed at any point converges": opens a profile (passphrase on stdin) and
// runs one sync against the clinic it is enrolled with, printing one line per progress step.
// The test kills this process with SIGKILL while it runs.
#include "store/Profile.h"
#include "sync/ClinicConnection.h"
#include "sync/CurlTransport.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: %s PROFILE_DIR [MAX_BATCH] < passphrase\n", argv[0]);
        return 64;
    }
    std::string passphrase;
    std::getline(std::cin, passphrase);
    try {
        using namespace pacewise;
        auto profile = store::Profile::open(QString::fromLocal8Bit(argv[1]),
                                            QString::fromStdString(passphrase));
        sync::ClinicConnection connection(profile->database());
        const std::optional<sync::ClinicEndpoint> endpoint = connection.endpoint();
        if (!endpoint)
            return 78;
        sync::CurlTransport transport({endpoint->caFile, endpoint->pinnedPublicKey});
        sync::CancelFlag cancel;
        sync::SyncEngine::Options options;
        if (argc == 3)
            options.maxBatchSize = options.initialBatchSize = std::atoi(argv[2]);
        const sync::SyncReport report =
            sync::SyncEngine(profile->database(), transport, connection, options)
                .run(cancel, [](const sync::SyncProgress& p) {
                    std::printf("progress sent=%d of %d\n", p.sent, p.toSend);
                    std::fflush(stdout);
                });
        std::printf("done outcome=%d pushed=%d\n", int(report.outcome), report.pushed);
        return report.succeeded() ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "sync_runner: %s\n", e.what());
        return 1;
    }
}
