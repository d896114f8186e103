// Test peer for "a kill at any point loses no entry the UI reported saved": opens a profile,
// then commits one outbox row after another, printing "saved N" only after each commit
// returned. The test kills this process with SIGKILL at an arbitrary moment.
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/Profile.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s PROFILE_DIR < passphrase\n", argv[0]);
        return 64;
    }
    std::string passphrase;
    std::getline(std::cin, passphrase);
    try {
        auto profile = pacewise::store::Profile::open(QString::fromLocal8Bit(argv[1]),
                                                      QString::fromStdString(passphrase));
        pacewise::store::Database& db = profile->database();
        pacewise::store::Outbox outbox(db);
        for (int n = 0;; ++n) {
            pacewise::store::Transaction transaction(db);
            outbox.enqueue(QStringLiteral("diary-entry"), QString::number(n),
                           pacewise::store::Outbox::Operation::Create, QByteArray(512, 'r'));
            transaction.commit();
            std::printf("saved %d\n", n);
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "crash_writer: %s\n", e.what());
        return 1;
    }
}
