// pacewise-cli clinic enroll / show / forget and sync without a server: the access code never
// appears in output, arguments or the profile's files, and mistakes get the documented exit codes.
#include "CliProcess.h"
#include "support/TestProfile.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using pacewise::test::CliRun;
using pacewise::test::runCli;

namespace {

const QString kIterations = QStringLiteral("--kdf-iterations=210000");
const QString kToken = QStringLiteral("demo-access-code-7Hq2xZ");
// Plain http is allowed to this computer only (a test server); nothing listens on port 9.
const QString kUrl = QStringLiteral("http://127.0.0.1:9/fhir/R4");

struct CliProfile {
    QTemporaryDir dir;
    QString profile = dir.filePath(QStringLiteral("p"));
    QString tokenFile = dir.filePath(QStringLiteral("token.txt"));
    QByteArray pass = pacewise::test::kPassphrase.toUtf8() + '\n';

    CliProfile() {
        REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--profile"), profile,
                        QStringLiteral("--passphrase-stdin"), kIterations},
                       pass)
                    .exitCode == 0);
        pacewise::test::writeFile(tokenFile, kToken.toUtf8() + '\n');
    }

    CliRun run(QStringList args, const QByteArray& extraStdin = {}) const {
        args << QStringLiteral("--profile") << profile << QStringLiteral("--passphrase-stdin");
        return runCli(args, pass + extraStdin);
    }
};

bool mentionsToken(const CliRun& run) {
    return run.out.contains(kToken) || run.err.contains(kToken);
}

} // namespace

TEST_CASE("clinic enroll saves the connection, show never prints the access code, forget removes "
          "it",
          "[cli][clinic]") {
    CliProfile p;
    const CliRun enroll =
        p.run({QStringLiteral("clinic"), QStringLiteral("enroll"), QStringLiteral("--url"),
               kUrl + QLatin1Char('/'), QStringLiteral("--patient"), QStringLiteral("pat-1"),
               QStringLiteral("--token-file"), p.tokenFile});
    INFO(enroll.err.toStdString());
    REQUIRE(enroll.exitCode == 0);
    CHECK(enroll.out.contains(kUrl));
    CHECK_FALSE(mentionsToken(enroll));

    const CliRun show = p.run({QStringLiteral("clinic"), QStringLiteral("show")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.contains(kUrl));
    CHECK(show.out.contains(QStringLiteral("pat-1")));
    CHECK(show.out.contains(QStringLiteral("saved (not shown)")));
    CHECK_FALSE(mentionsToken(show));
    // Kept in the encrypted store: not one readable copy in the profile's files.
    CHECK_FALSE(pacewise::test::allBytes(p.profile).contains(kToken.toUtf8()));

    REQUIRE(p.run({QStringLiteral("clinic"), QStringLiteral("forget")}).exitCode == 0);
    const CliRun after = p.run({QStringLiteral("clinic"), QStringLiteral("show")});
    CHECK(after.exitCode == 0);
    CHECK(after.out.contains(QStringLiteral("No clinic is set up")));
    CHECK_FALSE(after.out.contains(kUrl));

    // A token file written without a final newline (as `./dev clinic` writes it) works too.
    pacewise::test::writeFile(p.tokenFile, kToken.toUtf8());
    CHECK(p.run({QStringLiteral("clinic"), QStringLiteral("enroll"), QStringLiteral("--url"), kUrl,
                 QStringLiteral("--patient"), QStringLiteral("pat-1"),
                 QStringLiteral("--token-file"), p.tokenFile})
              .exitCode == 0);
}

TEST_CASE("the access code can come from standard input, after the passphrase", "[cli][clinic]") {
    CliProfile p;
    const CliRun enroll = p.run({QStringLiteral("clinic"), QStringLiteral("enroll"),
                                 QStringLiteral("--url"), kUrl, QStringLiteral("--patient"),
                                 QStringLiteral("pat-2"), QStringLiteral("--token-stdin")},
                                kToken.toUtf8() + '\n');
    INFO(enroll.err.toStdString());
    CHECK(enroll.exitCode == 0);
    CHECK_FALSE(mentionsToken(enroll));
    const CliRun show = p.run({QStringLiteral("clinic"), QStringLiteral("show")});
    CHECK(show.out.contains(QStringLiteral("saved (not shown)")));
}

TEST_CASE("clinic enroll refuses a bad field with a usage error that names it", "[cli][clinic]") {
    CliProfile p;
    const auto enroll = [&p](const QString& url, const QString& patient) {
        return p.run({QStringLiteral("clinic"), QStringLiteral("enroll"), QStringLiteral("--url"),
                      url, QStringLiteral("--patient"), patient, QStringLiteral("--token-file"),
                      p.tokenFile});
    };
    const CliRun notWeb = enroll(QStringLiteral("clinic dot example"), QStringLiteral("pat-1"));
    CHECK(notWeb.exitCode == 64);
    CHECK(notWeb.err.contains(QStringLiteral("--url")));
    // Plain http to another computer would send the diary unencrypted.
    const CliRun plainHttp =
        enroll(QStringLiteral("http://fhir.clinic.example/fhir/R4"), QStringLiteral("pat-1"));
    CHECK(plainHttp.exitCode == 64);
    CHECK(plainHttp.err.contains(QStringLiteral("--url")));
    CHECK(plainHttp.err.contains(QStringLiteral("https://")));
    const CliRun badPatient = enroll(kUrl, QStringLiteral("no spaces allowed"));
    CHECK(badPatient.exitCode == 64);
    CHECK(badPatient.err.contains(QStringLiteral("--patient")));
    CHECK(p.run({QStringLiteral("clinic"), QStringLiteral("show")})
              .out.contains(QStringLiteral("No clinic is set up")));

    // The access code must come from a file or standard input, never an argument.
    CHECK(p.run({QStringLiteral("clinic"), QStringLiteral("enroll"), QStringLiteral("--url"), kUrl,
                 QStringLiteral("--patient"), QStringLiteral("pat-1")})
              .exitCode == 64);
    const CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("--token-file")));
    CHECK_FALSE(help.out.contains(QStringLiteral("--token ")));
    CHECK_FALSE(help.out.contains(QStringLiteral("--token=")));
    CHECK(runCli({QStringLiteral("clinic")}).exitCode == 64);
    CHECK(p.run({QStringLiteral("clinic"), QStringLiteral("frobnicate")}).exitCode == 64);
}

TEST_CASE("sync without a clinic set up exits 78 (EX_CONFIG)", "[cli][clinic]") {
    CliProfile p;
    const CliRun sync = p.run({QStringLiteral("sync")});
    CHECK(sync.exitCode == 78);
    CHECK_FALSE(sync.err.isEmpty());
    const CliRun json = p.run({QStringLiteral("sync"), QStringLiteral("--json")});
    CHECK(json.exitCode == 78);
    CHECK(json.out.contains(QStringLiteral("\"outcome\":\"NotEnrolled\"")));
}
