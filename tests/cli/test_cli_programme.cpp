// pacewise-cli's programme commands as a script uses them: `generate` adds the programme
// history, `homework` lists open homework with adherence, `programme` lists the modules.
#include "CliProcess.h"
#include "support/TestProfile.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using pacewise::test::CliRun;
using pacewise::test::runCli;

namespace {

const QString kIterations = QStringLiteral("--kdf-iterations=210000");
const QStringList kModuleIds{QStringLiteral("understanding-pain"),
                             QStringLiteral("goals"),
                             QStringLiteral("pacing"),
                             QStringLiteral("relaxation"),
                             QStringLiteral("pleasant-activities"),
                             QStringLiteral("thoughts-1"),
                             QStringLiteral("thoughts-2"),
                             QStringLiteral("sleep"),
                             QStringLiteral("problem-solving"),
                             QStringLiteral("staying-well")};

struct CliProfile {
    QTemporaryDir dir;
    QString profile = dir.filePath(QStringLiteral("p"));
    QByteArray pass = pacewise::test::kPassphrase.toUtf8() + '\n';

    CliRun run(const QStringList& args) {
        return runCli(args + QStringList{QStringLiteral("--profile"), profile,
                                         QStringLiteral("--passphrase-stdin"), kIterations},
                      pass, 120000);
    }
    QJsonObject json(const QString& command) {
        const CliRun r = run({command, QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
};

} // namespace

TEST_CASE("generate adds a programme history that homework and programme describe",
          "[cli][programme]") {
    CliProfile p;
    const CliRun generate =
        p.run({QStringLiteral("generate"), QStringLiteral("--years"), QStringLiteral("1"),
               QStringLiteral("--seed"), QStringLiteral("3")});
    REQUIRE(generate.exitCode == 0);
    CHECK(generate.err.isEmpty());
    const QRegularExpressionMatch added =
        QRegularExpression(QStringLiteral("Added (\\d+) synthetic homework and (\\d+) exercise "
                                          "records \\((\\d+) modules read\\) in \\d+ ms\\."))
            .match(generate.out);
    REQUIRE(added.hasMatch());
    const int homework = added.captured(1).toInt();
    // One year: the ten modules' own homework, then three to five a week.
    CHECK(homework > 120);
    CHECK(homework < 280);
    CHECK(added.captured(2).toInt() > homework);
    CHECK(added.captured(3).toInt() == 10);

    const QDate today = QDate::currentDate();
    const QJsonObject h = p.json(QStringLiteral("homework"));
    CHECK(h.value(QStringLiteral("count")).toInt() == homework);
    const QJsonArray weeks = h.value(QStringLiteral("weeks")).toArray();
    REQUIRE(weeks.size() == 8);
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    CHECK(QDate::fromString(weeks.last().toObject().value(QStringLiteral("weekStart")).toString(),
                            Qt::ISODate) == thisMonday);
    for (const QJsonValue& w : weeks) {
        const QJsonObject week = w.toObject();
        CHECK(QDate::fromString(week.value(QStringLiteral("weekStart")).toString(), Qt::ISODate)
                  .dayOfWeek() == Qt::Monday);
        CHECK(week.value(QStringLiteral("doneOnTime")).toInt() +
                  week.value(QStringLiteral("doneLate")).toInt() <=
              week.value(QStringLiteral("due")).toInt());
    }
    const QJsonObject overall = h.value(QStringLiteral("overall")).toObject();
    CHECK(overall.value(QStringLiteral("ratio")).toDouble() >= 0.4);
    CHECK(overall.value(QStringLiteral("ratio")).toDouble() <= 0.9);
    CHECK(overall.value(QStringLiteral("doneLate")).toInt() > 0);
    CHECK(overall.value(QStringLiteral("from")).toString() <= today.toString(Qt::ISODate));
    // Open homework: soonest due first, overdue exactly when its day has passed.
    QString previous;
    int overdue = 0;
    for (const QJsonValue& v : h.value(QStringLiteral("open")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString due = o.value(QStringLiteral("dueDate")).toString();
        CHECK(due >= previous);
        previous = due;
        const bool late = due < today.toString(Qt::ISODate);
        overdue += late ? 1 : 0;
        CHECK(o.value(QStringLiteral("state")).toString() ==
              (late ? QStringLiteral("overdue") : QStringLiteral("open")));
        CHECK(o.value(QStringLiteral("done")).toInt() < o.value(QStringLiteral("target")).toInt());
    }
    CHECK(overdue == overall.value(QStringLiteral("overdue")).toInt());

    const CliRun text = p.run({QStringLiteral("homework")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(
        QStringLiteral("Open homework: %1").arg(h.value(QStringLiteral("open")).toArray().size())));
    CHECK(text.out.count(QStringLiteral("week of ")) == 8);
    CHECK(text.out.contains(QRegularExpression(
        QStringLiteral("Overall since \\d{4}-\\d\\d-\\d\\d: \\d+ of \\d+ done \\(\\d+ %\\), \\d+ "
                       "late; \\d+ overdue, \\d+ not due yet\\."))));

    const QJsonObject programme = p.json(QStringLiteral("programme"));
    CHECK(programme.value(QStringLiteral("done")).toInt() == 10);
    const QJsonArray modules = programme.value(QStringLiteral("modules")).toArray();
    REQUIRE(modules.size() == 10);
    for (int i = 0; i < modules.size(); ++i) {
        const QJsonObject m = modules.at(i).toObject();
        CHECK(m.value(QStringLiteral("number")).toInt() == i + 1);
        CHECK(m.value(QStringLiteral("id")).toString() == kModuleIds.at(i));
        CHECK(m.value(QStringLiteral("state")).toString() == QStringLiteral("done"));
        CHECK(m.value(QStringLiteral("pagesRead")).toInt() ==
              m.value(QStringLiteral("pageCount")).toInt());
        CHECK(m.value(QStringLiteral("minutesSpent")).toInt() > 0);
        CHECK(m.value(QStringLiteral("completed")).isString());
    }
    const CliRun programmeText = p.run({QStringLiteral("programme")});
    REQUIRE(programmeText.exitCode == 0);
    CHECK(programmeText.out.contains(QStringLiteral("Modules done: 10 of 10")));
    CHECK(programmeText.out.contains(
        QRegularExpression(QStringLiteral("\\b3 pacing +done +\\d+ of \\d+ pages"))));
}

TEST_CASE("a new profile has no homework and only the first module open", "[cli][programme]") {
    CliProfile p;
    REQUIRE(p.run({QStringLiteral("init")}).exitCode == 0);

    const CliRun homework = p.run({QStringLiteral("homework")});
    REQUIRE(homework.exitCode == 0);
    CHECK(homework.out.contains(QStringLiteral("Open homework: 0")));
    CHECK(homework.out.count(QStringLiteral("nothing due")) == 8);
    CHECK(homework.out.contains(QStringLiteral("Overall: no homework yet.")));
    const QJsonObject h = p.json(QStringLiteral("homework"));
    CHECK(h.value(QStringLiteral("count")).toInt() == 0);
    CHECK(h.value(QStringLiteral("overall")).toObject().value(QStringLiteral("from")).isNull());

    const QJsonArray modules =
        p.json(QStringLiteral("programme")).value(QStringLiteral("modules")).toArray();
    REQUIRE(modules.size() == 10);
    CHECK(modules.at(0).toObject().value(QStringLiteral("state")).toString() ==
          QStringLiteral("available"));
    const QJsonObject second = modules.at(1).toObject();
    CHECK(second.value(QStringLiteral("state")).toString() == QStringLiteral("locked"));
    CHECK(second.value(QStringLiteral("lockedBecause"))
              .toString()
              .contains(QStringLiteral("Understanding chronic pain")));
    CHECK(second.value(QStringLiteral("started")).isNull());

    const CliRun text = p.run({QStringLiteral("programme")});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Modules done: 0 of 10")));
    CHECK(text.out.count(QStringLiteral("locked")) >= 9);
}

TEST_CASE("homework and programme exit like the other commands when the profile cannot be opened",
          "[cli][programme]") {
    CliProfile p;
    for (const QString& command : {QStringLiteral("homework"), QStringLiteral("programme")}) {
        CHECK(p.run({command}).exitCode == 66);
    }
    REQUIRE(p.run({QStringLiteral("init")}).exitCode == 0);
    for (const QString& command : {QStringLiteral("homework"), QStringLiteral("programme")}) {
        p.pass = "not the passphrase\n";
        CHECK(p.run({command}).exitCode == 77);
        p.pass = pacewise::test::kPassphrase.toUtf8() + '\n';
        CHECK(p.run({command, QStringLiteral("extra")}).exitCode == 64);
    }
    const CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("homework")));
    CHECK(help.out.contains(QStringLiteral("programme")));
}
