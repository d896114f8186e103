// No patient data, passphrase or access code in any log line (DESIGN.md §3, §6). A scripted
// session runs the real programs with every logging category switched on, debug included:
// pacewise-cli creating a profile, generating five years of made-up data, importing a diary with
// a marked note, connecting to the reference clinic server, syncing through server errors and a
// refused access code, a wrong passphrase, exporting; then the desktop app's self-test on the
// demo profile. Every line the programs wrote to stderr (where Qt's logging goes) is searched for
// the marked values and for every note of the generated diary.

#include "CliProcess.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "store/Profile.h"
#include "support/ClinicServer.h"
#include "support/TestProfile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace pacewise;
using test::CliRun;
using test::runCli;

namespace {

struct LoggedRun {
    QString what;
    CliRun run;
};

// Every logging category on, debug included, for the programs this test starts.
struct VerboseLogging {
    QByteArray before = qgetenv("QT_LOGGING_RULES");
    VerboseLogging() { qputenv("QT_LOGGING_RULES", "*.debug=true"); }
    ~VerboseLogging() {
        if (before.isNull())
            qunsetenv("QT_LOGGING_RULES");
        else
            qputenv("QT_LOGGING_RULES", before);
    }
};

} // namespace

TEST_CASE("logs: a whole scripted session logs no note, passphrase or access code",
          "[logs][security]") {
    const VerboseLogging verbose;
    const test::ClinicServer server = test::ClinicServer::fromEnvironment();
    server.clearFaults();
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("p"));
    const QString tokenFile = dir.filePath(QStringLiteral("token.txt"));
    const QString wrongTokenFile = dir.filePath(QStringLiteral("wrong-token.txt"));
    const QString csv = dir.filePath(QStringLiteral("import.csv"));
    const QString exported = dir.filePath(QStringLiteral("export.csv"));
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString markedNote = QStringLiteral("Knee flared after gardening %1").arg(marker);
    const QString wrongToken = QStringLiteral("refused-code-%1").arg(marker);
    const QString wrongPassphrase = QStringLiteral("not my passphrase %1").arg(marker);
    const QByteArray pass = test::kPassphrase.toUtf8() + '\n';
    const QStringList auth{QStringLiteral("--profile"), profile,
                           QStringLiteral("--passphrase-stdin"),
                           QStringLiteral("--kdf-iterations=210000")};

    test::writeFile(tokenFile, server.token().toUtf8() + '\n');
    test::writeFile(wrongTokenFile, wrongToken.toUtf8() + '\n');
    test::writeFile(csv, "id,recorded_at,pain_now,pain_average,pain_worst,mood,sleep_hours,"
                         "sleep_quality,active_minutes,body_locations,triggers,coping_skills,"
                         "medications,note,deleted,version\r\n"
                         "marked-1,2026-01-05T08:00:00+01:00,6,,,,,,,,,,,\"" +
                             markedNote.toUtf8() +
                             "\",no,1\r\n"
                             "marked-2,2026-01-05T09:00:00+01:00,eleven,,,,,,,,,,,\"" +
                             markedNote.toUtf8() + " again\",no,1\r\n");

    std::vector<LoggedRun> runs;
    const auto cli = [&](const QString& what, const QStringList& args,
                         const QByteArray& input = {}) {
        runs.push_back({what, runCli(args, input.isNull() ? QByteArray() : input, 180000)});
        return runs.back().run;
    };
    const QString patient = server.createPatient();

    CHECK(cli(QStringLiteral("init"), QStringList{QStringLiteral("init")} + auth, pass).exitCode ==
          0);
    CHECK(cli(QStringLiteral("generate"),
              QStringList{QStringLiteral("generate"), QStringLiteral("--years"),
                          QStringLiteral("1"), QStringLiteral("--seed"), QStringLiteral("3")} +
                  auth,
              pass)
              .exitCode == 0);
    // One good row with the marked note, one bad row quoting it back in the error.
    CHECK(cli(QStringLiteral("import"),
              QStringList{QStringLiteral("import"), QStringLiteral("--csv"), csv} + auth, pass)
              .exitCode == 65);
    CHECK(cli(QStringLiteral("info with a wrong passphrase"),
              {QStringLiteral("info"), QStringLiteral("--profile"), profile,
               QStringLiteral("--passphrase-stdin")},
              wrongPassphrase.toUtf8() + '\n')
              .exitCode == 77);
    for (const char* command : {"info", "measures", "programme", "homework"})
        CHECK(cli(QString::fromLatin1(command), QStringList{QString::fromLatin1(command)} + auth,
                  pass)
                  .exitCode == 0);
    CHECK(cli(QStringLiteral("export"),
              QStringList{QStringLiteral("export"), QStringLiteral("--csv"), exported} + auth, pass)
              .exitCode == 0);

    // A refused access code, then server errors on every write, then a good sync.
    const QStringList enroll{QStringLiteral("clinic"),    QStringLiteral("enroll"),
                             QStringLiteral("--url"),     server.baseUrl(),
                             QStringLiteral("--patient"), patient};
    CHECK(cli(QStringLiteral("enroll with a wrong code"),
              enroll + QStringList{QStringLiteral("--token-file"), wrongTokenFile} + auth, pass)
              .exitCode == 0);
    CHECK(cli(QStringLiteral("sync with a refused code"),
              QStringList{QStringLiteral("sync")} + auth, pass)
              .exitCode == 77);
    CHECK(cli(QStringLiteral("enroll"),
              enroll + QStringList{QStringLiteral("--token-file"), tokenFile} + auth, pass)
              .exitCode == 0);
    server.injectFaults(
        QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("status")},
                               {QStringLiteral("status"), 500},
                               {QStringLiteral("count"), 50},
                               {QStringLiteral("method"), QStringLiteral("POST")},
                               {QStringLiteral("pathPrefix"), QStringLiteral("/fhir/R4")}}});
    CHECK(cli(QStringLiteral("sync through server errors"),
              QStringList{QStringLiteral("sync")} + auth, pass)
              .exitCode != 0);
    server.clearFaults();
    CHECK(cli(QStringLiteral("sync"), QStringList{QStringLiteral("sync")} + auth, pass).exitCode ==
          0);
    CHECK(cli(QStringLiteral("clinic show"),
              QStringList{QStringLiteral("clinic"), QStringLiteral("show")} + auth, pass)
              .exitCode == 0);

    // The desktop app on its demo profile: every screen loaded, with all logging on.
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(PACEWISE_DESKTOP),
                  {QStringLiteral("--self-test"), QStringLiteral("--demo")});
        REQUIRE(app.waitForFinished(180000));
        runs.push_back({QStringLiteral("desktop self-test on the demo"),
                        {app.exitCode(), QString::fromUtf8(app.readAllStandardOutput()),
                         QString::fromUtf8(app.readAllStandardError())}});
        CHECK(app.exitCode() == 0);
    }

    // What must never be logged: the marked values, and every note of the generated diary
    // (the demo's diary draws its notes from the same made-up sentences).
    QSet<QString> secrets{markedNote, wrongToken, wrongPassphrase, test::kPassphrase,
                          server.token()};
    {
        auto opened = store::Profile::open(profile, test::kPassphrase);
        diary::DiaryStore diary(opened->database(), diary::DiaryCatalogue::current());
        diary::DiaryStore::HistoryQuery all;
        all.includeDeleted = true;
        all.limit = 100000;
        for (const diary::DiaryEntry& e : diary.history(all)) {
            if (!e.note.isEmpty())
                secrets.insert(e.note);
        }
    }
    REQUIRE(secrets.contains(markedNote));
    REQUIRE(secrets.size() > 6); // the generated notes are there to look for

    qsizetype linesScanned = 0;
    for (const LoggedRun& logged : runs) {
        const QStringList lines = logged.run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        linesScanned += lines.size();
        for (const QString& line : lines) {
            for (const QString& secret : secrets) {
                if (line.contains(secret))
                    FAIL_CHECK(logged.what.toStdString()
                               << " logged a secret or patient text: " << line.toStdString());
            }
            // Parts of the marker alone (a note cut short, a token in a URL) are as bad.
            if (line.contains(marker.left(8)))
                FAIL_CHECK(logged.what.toStdString()
                           << " logged part of a marked value: " << line.toStdString());
        }
    }
    WARN("logs: " << runs.size() << " program runs, " << linesScanned
                  << " stderr lines scanned for " << secrets.size() << " values");
    CHECK(linesScanned > 0); // the logging rules were in force: something was said
}
