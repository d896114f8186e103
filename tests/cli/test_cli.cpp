// pacewise-cli as an administrator or a script uses it: real process, real profile folder.
#include "support/TestProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QByteArray& stdinText = {}) {
    QProcess process;
    process.start(QStringLiteral(PACEWISE_CLI), args);
    process.write(stdinText);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString kIterations = QStringLiteral("--kdf-iterations=210000");

} // namespace

TEST_CASE("init, info and change-passphrase work from standard input", "[cli]") {
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("p"));
    const QByteArray pass = pacewise::test::kPassphrase.toUtf8();
    const QByteArray other = pacewise::test::kOtherPassphrase.toUtf8();

    Run init = cli({QStringLiteral("init"), QStringLiteral("--profile"), profile,
                    QStringLiteral("--passphrase-stdin"), kIterations},
                   pass + '\n');
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Created an encrypted profile")));

    Run info = cli({QStringLiteral("info"), QStringLiteral("--profile"), profile,
                    QStringLiteral("--passphrase-stdin")},
                   pass + '\n');
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("SQLCipher:        4.")));
    CHECK(info.out.contains(QStringLiteral("210000 iterations")));
    CHECK(info.out.contains(QStringLiteral("Schema version:")));
    CHECK_FALSE(info.out.contains(pacewise::test::kPassphrase));

    Run change = cli({QStringLiteral("change-passphrase"), QStringLiteral("--profile"), profile,
                      QStringLiteral("--passphrase-stdin"), kIterations},
                     pass + '\n' + other + '\n');
    CHECK(change.exitCode == 0);
    CHECK(cli({QStringLiteral("info"), QStringLiteral("--profile"), profile,
               QStringLiteral("--passphrase-stdin")},
              pass + '\n')
              .exitCode == 77);
    CHECK(cli({QStringLiteral("info"), QStringLiteral("--profile"), profile,
               QStringLiteral("--passphrase-stdin")},
              other + '\n')
              .exitCode == 0);
}

TEST_CASE("the exit code says what went wrong", "[cli]") {
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("p"));
    const QByteArray pass = pacewise::test::kPassphrase.toUtf8() + '\n';
    const QStringList fromStdin{QStringLiteral("--profile"), profile,
                                QStringLiteral("--passphrase-stdin")};

    CHECK(cli(QStringList{QStringLiteral("info")} + fromStdin, pass).exitCode == 66);
    CHECK(cli(QStringList{QStringLiteral("init")} + fromStdin + QStringList{kIterations},
              "12345678\n")
              .exitCode == 64);
    REQUIRE(cli(QStringList{QStringLiteral("init")} + fromStdin + QStringList{kIterations}, pass)
                .exitCode == 0);
    CHECK(cli(QStringList{QStringLiteral("init")} + fromStdin + QStringList{kIterations}, pass)
              .exitCode == 73);

    Run wrong = cli(QStringList{QStringLiteral("info")} + fromStdin, "not the passphrase\n");
    CHECK(wrong.exitCode == 77);
    CHECK(wrong.err.contains(QStringLiteral("The passphrase is not correct.")));

    pacewise::test::writeFile(profile + QStringLiteral("/pacewise.key"), QByteArray(122, 'P'));
    Run foreign = cli(QStringList{QStringLiteral("info")} + fromStdin, pass);
    CHECK(foreign.exitCode == 65);
    CHECK(foreign.err.contains(QStringLiteral("not a Pacewise key file")));

    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 64);
    CHECK(cli({}).exitCode == 64);
}

TEST_CASE("passphrases can come from a file, and there is no argument that takes one", "[cli]") {
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("p"));
    const QString file = dir.filePath(QStringLiteral("pass.txt"));
    pacewise::test::writeFile(file, pacewise::test::kPassphrase.toUtf8() + "\r\n");
    CHECK(cli({QStringLiteral("init"), QStringLiteral("--profile"), profile,
               QStringLiteral("--passphrase-file"), file, kIterations})
              .exitCode == 0);
    CHECK(cli({QStringLiteral("info"), QStringLiteral("--profile"), profile,
               QStringLiteral("--passphrase-file"), file})
              .exitCode == 0);

    Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK_FALSE(help.out.contains(QStringLiteral("--passphrase ")));
    CHECK_FALSE(help.out.contains(QStringLiteral("--passphrase=")));
    // Without a terminal, a file or stdin there is nothing to read: a clear usage error.
    Run noInput = cli({QStringLiteral("info"), QStringLiteral("--profile"), profile});
    CHECK(noInput.exitCode == 64);
    CHECK(noInput.err.contains(QStringLiteral("--passphrase-file")));
}

TEST_CASE("generate fills a new profile, export writes CSV, and importing it twice adds nothing",
          "[cli][diary]") {
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("p"));
    const QString copy = dir.filePath(QStringLiteral("copy"));
    const QString csv = dir.filePath(QStringLiteral("diary.csv"));
    const QByteArray pass = pacewise::test::kPassphrase.toUtf8() + '\n';
    const QStringList auth{QStringLiteral("--passphrase-stdin"), kIterations};

    Run generate = cli(QStringList{QStringLiteral("generate"), QStringLiteral("--profile"), profile,
                                   QStringLiteral("--years"), QStringLiteral("1"),
                                   QStringLiteral("--seed"), QStringLiteral("9")} +
                           auth,
                       pass);
    REQUIRE(generate.exitCode == 0);
    CHECK(generate.out.contains(QStringLiteral("synthetic diary entries")));

    Run exported = cli(QStringList{QStringLiteral("export"), QStringLiteral("--profile"), profile,
                                   QStringLiteral("--csv"), csv} +
                           auth,
                       pass);
    REQUIRE(exported.exitCode == 0);
    const QByteArray text = pacewise::test::readFile(csv);
    const int rows = int(text.count('\n')) - 1;
    CHECK(rows > 300);
    CHECK(exported.out.contains(QString::number(rows)));

    REQUIRE(cli(QStringList{QStringLiteral("init"), QStringLiteral("--profile"), copy} + auth, pass)
                .exitCode == 0);
    Run first = cli(QStringList{QStringLiteral("import"), QStringLiteral("--profile"), copy,
                                QStringLiteral("--csv"), csv} +
                        auth,
                    pass);
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(
        QStringLiteral("Imported %1 diary entries; 0 were already there.").arg(rows)));
    Run second = cli(QStringList{QStringLiteral("import"), QStringLiteral("--profile"), copy,
                                 QStringLiteral("--csv"), csv} +
                         auth,
                     pass);
    CHECK(second.out.contains(
        QStringLiteral("Imported 0 diary entries; %1 were already there.").arg(rows)));

    CHECK(cli({QStringLiteral("export"), QStringLiteral("--profile"), profile}).exitCode ==
          64); // no --csv
    Run broken =
        cli(QStringList{QStringLiteral("import"), QStringLiteral("--profile"), copy,
                        QStringLiteral("--csv"), dir.filePath(QStringLiteral("missing.csv"))} +
                auth,
            pass);
    CHECK(broken.exitCode == 74);
}

TEST_CASE("an import keeps the good rows and names each row it left out", "[cli][diary]") {
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("p"));
    const QString csv = dir.filePath(QStringLiteral("diary.csv"));
    const QByteArray pass = pacewise::test::kPassphrase.toUtf8() + '\n';
    const QStringList auth{QStringLiteral("--profile"), profile,
                           QStringLiteral("--passphrase-stdin"), kIterations};
    REQUIRE(cli(QStringList{QStringLiteral("init")} + auth, pass).exitCode == 0);

    const QByteArray header = "id,recorded_at,pain_now,pain_average,pain_worst,mood,sleep_hours,"
                              "sleep_quality,active_minutes,body_locations,triggers,coping_skills,"
                              "medications,note,deleted,version\r\n";
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(header + "a,2026-01-05T08:00:00+01:00,5,,,,,,,,,,,,no,1\r\n" +
               "b,2026-01-05T09:00:00+01:00,seven,,,,,,,,,,,,no,1\r\n" +
               "c,2026-01-05T10:00:00+01:00,6,,,,,,,,,,,,no,1\r\n");
    file.close();

    const QStringList import = QStringList{QStringLiteral("import"), QStringLiteral("--csv"), csv};
    Run first = cli(import + auth, pass);
    CHECK(first.exitCode == 65);
    CHECK(first.out.contains(QStringLiteral("Imported 2 diary entries; 0 were already there.")));
    CHECK(first.err.contains(QStringLiteral(
        "These rows of the file were not imported (mend them and import the file again):")));
    CHECK(first.err.contains(
        QStringLiteral("  Line 3, column pain_now: \"seven\" is not a whole number.")));

    // The good rows are in the profile: importing again adds nothing and names the bad row again.
    Run again = cli(import + auth, pass);
    CHECK(again.exitCode == 65);
    CHECK(again.out.contains(QStringLiteral("Imported 0 diary entries; 2 were already there.")));
}

TEST_CASE("generate adds questionnaire history, and measures lists each questionnaire",
          "[cli][measures]") {
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("p"));
    const QByteArray pass = pacewise::test::kPassphrase.toUtf8() + '\n';
    const QStringList auth{QStringLiteral("--profile"), profile,
                           QStringLiteral("--passphrase-stdin"), kIterations};

    Run generate =
        cli(QStringList{QStringLiteral("generate"), QStringLiteral("--years"), QStringLiteral("2"),
                        QStringLiteral("--seed"), QStringLiteral("5")} +
                auth,
            pass);
    REQUIRE(generate.exitCode == 0);
    const QRegularExpression added(QStringLiteral("Added (\\d+) synthetic questionnaires"));
    const QRegularExpressionMatch match = added.match(generate.out);
    REQUIRE(match.hasMatch());
    const int responses = match.captured(1).toInt();
    // About 80 a year: PEG weekly, PHQ-9 and GAD-7 fortnightly, PGIC monthly, with gaps.
    CHECK(responses > 120);
    CHECK(responses < 200);

    Run text = cli(QStringList{QStringLiteral("measures")} + auth, pass);
    REQUIRE(text.exitCode == 0);
    CHECK(text.err.isEmpty());
    CHECK(text.out.contains(QStringLiteral("Questionnaires completed: %1").arg(responses)));
    const QStringList lines = text.out.split(QLatin1Char('\n'));
    const auto lineOf = [&](const QString& id) {
        for (const QString& line : lines)
            if (line.startsWith(id + QLatin1Char(' ')))
                return line;
        return QString();
    };
    CHECK(lineOf(QStringLiteral("phq-9"))
              .contains(QRegularExpression(QStringLiteral(
                  "(due|overdue|done).*last \\d+ \\((Minimal|Mild|Moderate|Moderately "
                  "severe|Severe)\\) on \\d{4}-\\d\\d-\\d\\d.* \\d+ completed"))));
    CHECK(lineOf(QStringLiteral("peg"))
              .contains(QRegularExpression(QStringLiteral("last \\d+\\.\\d on"))));
    CHECK(lineOf(QStringLiteral("phq-2")).contains(QStringLiteral("not scheduled")));
    CHECK(lineOf(QStringLiteral("phq-2")).contains(QStringLiteral("0 completed")));

    Run json = cli(QStringList{QStringLiteral("measures"), QStringLiteral("--json")} + auth, pass);
    REQUIRE(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("completed")).toInt() == responses);
    int sum = 0;
    QStringList scheduled;
    for (const QJsonValue& v : root.value(QStringLiteral("measures")).toArray()) {
        const QJsonObject m = v.toObject();
        sum += m.value(QStringLiteral("completed")).toInt();
        if (!m.value(QStringLiteral("state")).isNull()) {
            scheduled << m.value(QStringLiteral("id")).toString();
            CHECK(QStringList{QStringLiteral("due"), QStringLiteral("overdue"),
                              QStringLiteral("done")}
                      .contains(m.value(QStringLiteral("state")).toString()));
            CHECK(m.value(QStringLiteral("completed")).toInt() > 0);
            CHECK(m.value(QStringLiteral("lastScore")).isDouble());
        }
        if (m.value(QStringLiteral("id")).toString() == QLatin1String("phq-9")) {
            CHECK(m.value(QStringLiteral("everyDays")).toInt() == 14);
            CHECK(m.value(QStringLiteral("band")).isString());
            const double score = m.value(QStringLiteral("lastScore")).toDouble();
            CHECK((score >= 0 && score <= 27));
        }
    }
    CHECK(sum == responses);
    scheduled.sort();
    CHECK(scheduled == QStringList{QStringLiteral("gad-7"), QStringLiteral("peg"),
                                   QStringLiteral("pgic"), QStringLiteral("phq-9")});
}

TEST_CASE("measures on a new profile shows every planned questionnaire as due", "[cli][measures]") {
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("p"));
    const QByteArray pass = pacewise::test::kPassphrase.toUtf8() + '\n';
    const QStringList auth{QStringLiteral("--profile"), profile,
                           QStringLiteral("--passphrase-stdin"), kIterations};
    REQUIRE(cli(QStringList{QStringLiteral("init")} + auth, pass).exitCode == 0);

    Run text = cli(QStringList{QStringLiteral("measures")} + auth, pass);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.count(QStringLiteral("due (never done)")) == 4);
    CHECK(text.out.contains(QStringLiteral("Questionnaires completed: 0")));

    Run json = cli(QStringList{QStringLiteral("measures"), QStringLiteral("--json")} + auth, pass);
    REQUIRE(json.exitCode == 0);
    for (const QJsonValue& v : QJsonDocument::fromJson(json.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("measures"))
                                   .toArray()) {
        const QJsonObject m = v.toObject();
        CHECK(m.value(QStringLiteral("lastScore")).isNull());
        CHECK(m.value(QStringLiteral("completed")).toInt() == 0);
        if (!m.value(QStringLiteral("state")).isNull())
            CHECK(m.value(QStringLiteral("state")).toString() == QStringLiteral("due"));
    }
}

TEST_CASE("measures exits like the other commands when it cannot open the profile",
          "[cli][measures]") {
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("p"));
    const QByteArray pass = pacewise::test::kPassphrase.toUtf8() + '\n';
    const QStringList auth{QStringLiteral("--profile"), profile,
                           QStringLiteral("--passphrase-stdin")};
    CHECK(cli(QStringList{QStringLiteral("measures")} + auth, pass).exitCode == 66);
    REQUIRE(cli(QStringList{QStringLiteral("init"), kIterations} + auth, pass).exitCode == 0);
    CHECK(cli(QStringList{QStringLiteral("measures")} + auth, "not the passphrase\n").exitCode ==
          77);
    CHECK(cli(QStringList{QStringLiteral("measures"), QStringLiteral("extra")} + auth, pass)
              .exitCode == 64);
    CHECK(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("measures")));
}
