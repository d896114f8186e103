#include "store/Outbox.h"
#include "store/Profile.h"
#include "support/TestProfile.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <csignal>

using namespace pacewise;
using namespace pacewise::store;

TEST_CASE("a record reported saved survives a SIGKILL of the writing process", "[store][crash]") {
    QTemporaryDir dir;
    Profile::create(dir.path(), test::kPassphrase, test::fastOptions()).reset();

    // Kill at a different moment each round: after a few, after some and after many commits.
    for (const int killAfter : {3, 40, 250}) {
        CAPTURE(killAfter);
        QProcess writer;
        writer.setProgram(QStringLiteral(PACEWISE_CRASH_WRITER));
        writer.setArguments({dir.path()});
        writer.start();
        REQUIRE(writer.waitForStarted());
        writer.write(test::kPassphrase.toUtf8() + '\n');
        writer.closeWriteChannel();

        int lastSaved = -1;
        QByteArray pending;
        while (lastSaved < killAfter && writer.waitForReadyRead(30000)) {
            pending += writer.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (line.startsWith("saved "))
                    lastSaved = line.mid(6).toInt();
            }
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished();
        REQUIRE(lastSaved >= killAfter);

        auto profile = Profile::open(dir.path(), test::kPassphrase);
        Statement query =
            profile->database().prepare("SELECT entity_id FROM outbox WHERE kind = 'diary-entry'");
        QSet<int> present;
        while (query.step())
            present.insert(query.text(0).toInt());
        for (int n = 0; n <= lastSaved; ++n) {
            if (!present.contains(n))
                FAIL("record " << n << " was reported saved but is gone after the kill");
        }
        // Start the next round from an empty outbox so its numbers are its own.
        profile->database().exec("DELETE FROM outbox");
    }
}
