// pacewise-cli backup and restore as an administrator's script runs them: real processes, real
// profile folders, the exit codes of the header of app/cli/main.cpp.
#include "CliProcess.h"
#include "support/TestProfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using pacewise::test::CliRun;
using pacewise::test::runCli;

namespace {

const QString kIterations = QStringLiteral("--kdf-iterations=210000");

QByteArray line(const QString& passphrase) {
    return passphrase.toUtf8() + '\n';
}

} // namespace

TEST_CASE("backup and restore from the command line give back the same diary", "[cli][backup]") {
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("p"));
    const QString file = dir.filePath(QStringLiteral("p.pacewise-backup"));
    const QString restored = dir.filePath(QStringLiteral("restored"));
    const QByteArray pass = line(pacewise::test::kPassphrase);

    REQUIRE(runCli({QStringLiteral("generate"), QStringLiteral("--years=1"),
                    QStringLiteral("--profile"), profile, QStringLiteral("--passphrase-stdin"),
                    kIterations},
                   pass)
                .exitCode == 0);
    const CliRun backup = runCli({QStringLiteral("backup"), file, QStringLiteral("--profile"),
                                  profile, QStringLiteral("--passphrase-stdin")},
                                 pass);
    CHECK(backup.exitCode == 0);
    CHECK(backup.out.startsWith(
        QStringLiteral("Backed up the profile in %1 to %2 (")
            .arg(QDir::toNativeSeparators(profile), QDir::toNativeSeparators(file))));
    CHECK_FALSE(backup.out.contains(pacewise::test::kPassphrase));

    const CliRun restore = runCli({QStringLiteral("restore"), file, QStringLiteral("--profile"),
                                   restored, QStringLiteral("--passphrase-stdin")},
                                  pass);
    CHECK(restore.exitCode == 0);
    CHECK(restore.out.contains(QStringLiteral("Unlock it with the passphrase the profile had "
                                              "when the backup was made.")));

    // `info` of both: the same profile id and the same number of entries and outbox rows.
    const auto describe = [&](const QString& folder) {
        const CliRun info = runCli({QStringLiteral("info"), QStringLiteral("--profile"), folder,
                                    QStringLiteral("--passphrase-stdin")},
                                   pass);
        REQUIRE(info.exitCode == 0);
        QStringList kept;
        for (const QString& row : info.out.split(QLatin1Char('\n')))
            if (row.startsWith(QStringLiteral("Profile id")) ||
                row.startsWith(QStringLiteral("Diary entries")) ||
                row.startsWith(QStringLiteral("Waiting to sync")))
                kept << row;
        return kept;
    };
    const QStringList original = describe(profile);
    CHECK(original.size() == 3);
    CHECK(describe(restored) == original);
}

TEST_CASE("a refused restore exits with its code and touches nothing", "[cli][backup]") {
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("p"));
    const QString file = dir.filePath(QStringLiteral("p.pacewise-backup"));
    const QByteArray pass = line(pacewise::test::kPassphrase);
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--profile"), profile,
                    QStringLiteral("--passphrase-stdin"), kIterations},
                   pass)
                .exitCode == 0);
    REQUIRE(runCli({QStringLiteral("backup"), file, QStringLiteral("--profile"), profile,
                    QStringLiteral("--passphrase-stdin")},
                   pass)
                .exitCode == 0);
    const auto before = pacewise::test::digestFiles(profile);
    const QString target = dir.filePath(QStringLiteral("new"));

    SECTION("wrong passphrase: 77") {
        const CliRun run = runCli({QStringLiteral("restore"), file, QStringLiteral("--profile"),
                                   target, QStringLiteral("--passphrase-stdin")},
                                  line(pacewise::test::kOtherPassphrase));
        CHECK(run.exitCode == 77);
        CHECK(run.err.startsWith(QStringLiteral("The passphrase does not open this backup.")));
    }
    SECTION("damaged file: 65") {
        QByteArray bytes = pacewise::test::readFile(file);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10);
        pacewise::test::writeFile(file, bytes);
        const CliRun run = runCli({QStringLiteral("restore"), file, QStringLiteral("--profile"),
                                   target, QStringLiteral("--passphrase-stdin")},
                                  pass);
        CHECK(run.exitCode == 65);
        CHECK(run.err.startsWith(
            QStringLiteral("The backup file %1 is damaged, so it cannot be restored.").arg(file)));
    }
    SECTION("over the existing profile: 73") {
        const CliRun run = runCli({QStringLiteral("restore"), file, QStringLiteral("--profile"),
                                   profile, QStringLiteral("--passphrase-stdin")},
                                  pass);
        CHECK(run.exitCode == 73);
        CHECK(run.err.startsWith(
            QStringLiteral("%1 is not empty. Restore the backup into a new folder").arg(profile)));
    }
    SECTION("no --profile: a usage error, before any passphrase is read") {
        const CliRun run = runCli({QStringLiteral("restore"), file}, {});
        CHECK(run.exitCode == 64);
        CHECK(run.err.startsWith(QStringLiteral("restore needs --profile NEWDIR")));
    }
    SECTION("no file: a usage error") {
        const CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--profile"), profile,
                                   QStringLiteral("--passphrase-stdin")},
                                  pass);
        CHECK(run.exitCode == 64);
        CHECK(run.err.startsWith(QStringLiteral("backup needs the backup file")));
    }
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(pacewise::test::digestFiles(profile) == before);
}
