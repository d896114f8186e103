// The questionnaire screens' view-models without a QML engine, on a real (temporary, encrypted)
// profile with the bundled measures: paging, skip logic, required answers, resuming where the
// patient stopped, the grid, completion and its result, the safety event, the list of what is
// due, and the crisis resources. Arrange a profile -> act through the view-model -> look at the
// view-model and the store.

#include "CatchRunner.h"
#include "OpenProfile.h"
#include "QtStringMaker.h"
#include "measures/CrisisResources.h"
#include "measures/MeasureListModel.h"
#include "measures/QuestionnaireSession.h"
#include "shell/Translations.h"
#include "store/Database.h"
#include "sync/ClinicConnection.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>
#include <utility>
#include <vector>

using namespace pacewise;
using pacewise::ui::CrisisResources;
using pacewise::ui::MeasureListModel;
using pacewise::ui::QuestionnaireSession;
using pacewise::ui::test::OpenProfile;

namespace {

// A questionnaire screen's view-model on `profile`, as the screen makes it.
std::unique_ptr<QuestionnaireSession> open(OpenProfile& profile, const QString& measureId) {
    auto session = std::make_unique<QuestionnaireSession>();
    session->setSession(&profile.session);
    session->setMeasureId(measureId);
    return session;
}

QString firstLinkId(const QuestionnaireSession& q) {
    return q.pageLinkIds().value(0);
}

// Answers the question shown with the option of score `key`, and goes on.
void answerAndNext(QuestionnaireSession& q, int key) {
    const QString linkId = firstLinkId(q);
    INFO("question " << linkId.toStdString());
    REQUIRE(q.answerByKey(linkId, key));
    if (!q.lastPage())
        REQUIRE(q.next());
}

// Fills in the PHQ-9 with these scores for items 1-9 (0 everywhere makes item 10 skipped).
void fillPhq9(QuestionnaireSession& q, const std::vector<int>& scores) {
    for (int score : scores)
        answerAndNext(q, score);
    // Item 10 (how difficult) is asked when any problem was ticked.
    if (!q.lastPage() || firstLinkId(q) == QLatin1String("10"))
        if (firstLinkId(q) == QLatin1String("10"))
            REQUIRE(q.answerByKey(QStringLiteral("10"), 1));
}

std::vector<std::pair<QString, int>> outboxRows(store::Database& db, const QString& prefix) {
    std::vector<std::pair<QString, int>> rows;
    auto statement =
        db.prepare("SELECT kind, priority FROM outbox WHERE kind LIKE ?1 ORDER BY kind");
    statement.bind(1, prefix + QLatin1Char('%'));
    while (statement.step())
        rows.emplace_back(statement.text(0), int(statement.int64(1)));
    return rows;
}

} // namespace

// ---- Pages ---------------------------------------------------------------------------------

TEST_CASE("a questionnaire shows one question a page, with its progress and its lead-in") {
    OpenProfile profile;
    auto q = open(profile, QStringLiteral("phq-9"));
    REQUIRE(q->loaded());
    CHECK(q->errorMessage().isEmpty());
    CHECK(q->title() == QStringLiteral("Patient Health Questionnaire (PHQ-9)"));
    CHECK_FALSE(q->resumed());
    CHECK(q->pageIndex() == 0);
    CHECK(firstLinkId(*q) == QStringLiteral("1"));
    CHECK(q->progressText().startsWith(QStringLiteral("Question 1 of ")));
    CHECK(q->leadIn().startsWith(QStringLiteral("Over the last 2 weeks")));

    const QVariantList page = q->page();
    REQUIRE(page.size() == 1);
    const QVariantMap block = page.first().toMap();
    CHECK(block.value(QStringLiteral("kind")).toString() == QStringLiteral("item"));
    CHECK(block.value(QStringLiteral("type")).toString() == QStringLiteral("choice"));
    CHECK(block.value(QStringLiteral("required")).toBool());
    const QVariantList options = block.value(QStringLiteral("options")).toList();
    REQUIRE(options.size() == 4);
    // The keys are the scores printed on the paper form: 0 Not at all ... 3 Nearly every day.
    CHECK(options.first().toMap().value(QStringLiteral("key")).toString() == QStringLiteral("0"));
    CHECK(options.last().toMap().value(QStringLiteral("key")).toString() == QStringLiteral("3"));
    CHECK(options.first().toMap().value(QStringLiteral("display")).toString() ==
          QStringLiteral("Not at all"));
}

TEST_CASE("Next waits for an answer to a required question, and says why") {
    OpenProfile profile;
    auto q = open(profile, QStringLiteral("phq-9"));
    CHECK_FALSE(q->canGoNext());
    CHECK_FALSE(q->nextBlockedReason().isEmpty());
    CHECK_FALSE(q->next());
    CHECK(q->pageIndex() == 0);

    REQUIRE(q->answerByKey(QStringLiteral("1"), 2));
    CHECK(q->canGoNext());
    CHECK(q->nextBlockedReason().isEmpty());
    REQUIRE(q->next());
    CHECK(firstLinkId(*q) == QStringLiteral("2"));
    CHECK(q->progressText().startsWith(QStringLiteral("Question 2 of ")));
    CHECK(q->back());
    CHECK(firstLinkId(*q) == QStringLiteral("1"));
    CHECK(q->answers().value(QStringLiteral("1")).toString() == QStringLiteral("LA6570-1"));
}

TEST_CASE("skip logic: the question about difficulty is asked only when a problem was ticked") {
    OpenProfile profile;
    auto q = open(profile, QStringLiteral("phq-9"));
    for (int i = 0; i < 9; ++i)
        answerAndNext(*q, 0);
    CHECK(q->questionCount() == 9);
    CHECK(q->lastPage());
    CHECK(firstLinkId(*q) == QStringLiteral("9"));

    // One problem ticked after all: item 10 is asked, after item 9.
    REQUIRE(q->answerByKey(QStringLiteral("9"), 0));
    q.reset();
    q = open(profile, QStringLiteral("phq-9"));
    REQUIRE(q->setAnswer(QStringLiteral("1"), QStringLiteral("LA6569-3")));
    CHECK(q->questionCount() == 10);
    CHECK(q->progressText().endsWith(QStringLiteral(" of 10")));
}

TEST_CASE("every answer is kept at once, and a new screen resumes at the same question") {
    OpenProfile profile;
    {
        auto q = open(profile, QStringLiteral("phq-9"));
        answerAndNext(*q, 1);
        answerAndNext(*q, 2);
        answerAndNext(*q, 0);
        CHECK(firstLinkId(*q) == QStringLiteral("4"));
    } // the window closes: nothing else is saved

    auto again = open(profile, QStringLiteral("phq-9"));
    CHECK(again->resumed());
    CHECK(firstLinkId(*again) == QStringLiteral("4"));
    const QVariantMap answers = again->answers();
    CHECK(answers.size() == 3);
    CHECK(answers.value(QStringLiteral("2")).toString() == QStringLiteral("LA6570-1"));

    // The list offers to continue it.
    MeasureListModel list;
    list.setSession(&profile.session);
    const int row = list.rowOf(QStringLiteral("phq-9"));
    REQUIRE(row >= 0);
    CHECK(list.rowAt(row).inProgress);
    CHECK(list.data(list.index(row), MeasureListModel::ActionTextRole).toString() ==
          QStringLiteral("Continue"));
}

TEST_CASE("an answer to an earlier question is kept where the patient was") {
    OpenProfile profile;
    {
        auto q = open(profile, QStringLiteral("gad-7"));
        answerAndNext(*q, 1);
        answerAndNext(*q, 1);
        REQUIRE(q->back());
        REQUIRE(q->answerByKey(QStringLiteral("2"), 3)); // a changed mind on item 2
    }
    auto again = open(profile, QStringLiteral("gad-7"));
    CHECK(firstLinkId(*again) == QStringLiteral("2"));
    CHECK(again->answers().value(QStringLiteral("2")).toString() == QStringLiteral("LA6571-9"));
}

TEST_CASE("all questions on one page: same answers in a grid, the others on their own") {
    OpenProfile profile;
    auto q = open(profile, QStringLiteral("phq-9"));
    q->setAllOnOnePage(true);
    CHECK(q->pageCount() == 1);
    CHECK(q->progressText() == QStringLiteral("0 of 9 answered"));
    const QVariantList blocks = q->page();
    REQUIRE(blocks.size() >= 2);
    // The words the questions continue, then the nine questions with one set of answers.
    CHECK(blocks[0].toMap().value(QStringLiteral("type")).toString() == QStringLiteral("display"));
    const QVariantMap grid = blocks[1].toMap();
    REQUIRE(grid.value(QStringLiteral("kind")).toString() == QStringLiteral("grid"));
    CHECK(grid.value(QStringLiteral("rows")).toList().size() == 9);
    CHECK(grid.value(QStringLiteral("options")).toList().size() == 4);

    REQUIRE(q->answerByKey(QStringLiteral("3"), 1));
    CHECK(q->progressText() == QStringLiteral("1 of 10 answered")); // item 10 now asked
    CHECK_FALSE(q->canGoNext());
    CHECK(q->nextBlockedReason() ==
          QStringLiteral("Question 1 needs an answer before you can finish."));
    // Back to one a page: on the question the patient was at.
    q->setAllOnOnePage(false);
    CHECK(q->pageCount() == 10);
}

TEST_CASE("numbers on a 0-10 scale carry their limits and the words at both ends") {
    OpenProfile profile;
    auto q = open(profile, QStringLiteral("peg"));
    const QVariantMap block = q->page().value(0).toMap();
    CHECK(block.value(QStringLiteral("type")).toString() == QStringLiteral("integer"));
    CHECK(block.value(QStringLiteral("bounded")).toBool());
    CHECK(block.value(QStringLiteral("min")).toDouble() == 0);
    CHECK(block.value(QStringLiteral("max")).toDouble() == 10);
    CHECK(block.value(QStringLiteral("lowerLabel")).toString() == QStringLiteral("No pain"));
    CHECK_FALSE(block.value(QStringLiteral("upperLabel")).toString().isEmpty());
    REQUIRE(q->setAnswer(QStringLiteral("pain"), 7));
    CHECK(q->answers().value(QStringLiteral("pain")).toInt() == 7);
    // Out of range is refused with a message, and nothing is kept.
    CHECK_FALSE(q->setAnswer(QStringLiteral("pain"), 12));
    CHECK_FALSE(q->errorMessage().isEmpty());
    CHECK(q->answers().value(QStringLiteral("pain")).toInt() == 7);
}

// ---- Results -------------------------------------------------------------------------------

TEST_CASE("finishing stores the scores and says what they mean and how they changed") {
    OpenProfile profile;
    auto first = open(profile, QStringLiteral("phq-9"));
    fillPhq9(*first, {2, 2, 1, 2, 1, 1, 1, 2, 0}); // 12
    REQUIRE(first->lastPage());
    REQUIRE(first->canGoNext());
    QSignalSpy completed(first.get(), &QuestionnaireSession::completedChanged);
    REQUIRE(first->finish());
    CHECK(completed.count() == 1);
    CHECK(first->completed());
    CHECK(first->hasScore());
    CHECK(first->scoreText() == QStringLiteral("12 out of 27"));
    CHECK(first->bandLabel() == QStringLiteral("Moderate"));
    CHECK_FALSE(first->bandMeaning().isEmpty());
    CHECK(first->changeText().startsWith(QStringLiteral("This is your first result")));
    CHECK(outboxRows(profile.db(), QStringLiteral("questionnaire-response")).size() == 1);

    // The next time: a fresh response, compared with the first.
    auto second = open(profile, QStringLiteral("phq-9"));
    CHECK_FALSE(second->resumed());
    fillPhq9(*second, {1, 1, 0, 1, 1, 0, 0, 1, 0}); // 5
    REQUIRE(second->finish());
    CHECK(second->bandLabel() == QStringLiteral("Mild"));
    CHECK(second->changeText().contains(QStringLiteral("7 lower")));
    CHECK(second->changeText().contains(QStringLiteral("meaningful change for the better")));
    CHECK(second->meaningfulChange());

    MeasureListModel list;
    list.setSession(&profile.session);
    const int row = list.rowOf(QStringLiteral("phq-9"));
    CHECK(list.rowAt(row).state == QStringLiteral("done"));
    CHECK(list.rowAt(row).lastScoreText == QStringLiteral("Last result: 5 out of 27, Mild"));
    CHECK_FALSE(list.rowAt(row).inProgress);
}

TEST_CASE("finishing with a required question unanswered names it") {
    OpenProfile profile;
    auto q = open(profile, QStringLiteral("gad-7"));
    q->setAllOnOnePage(true);
    for (int i = 1; i <= 6; ++i)
        REQUIRE(q->answerByKey(QString::number(i), 0));
    CHECK_FALSE(q->finish());
    CHECK(q->errorMessage() == QStringLiteral("Question 7 needs an answer before you can finish."));
    CHECK_FALSE(q->completed());
}

// ---- Safety --------------------------------------------------------------------------------

TEST_CASE("an answer above 0 to PHQ-9 item 9 raises the safety event before the next page") {
    OpenProfile profile;
    auto q = open(profile, QStringLiteral("phq-9"));
    QSignalSpy concern(q.get(), &QuestionnaireSession::safetyConcernRaised);
    for (int i = 0; i < 8; ++i)
        answerAndNext(*q, 0);
    REQUIRE(firstLinkId(*q) == QStringLiteral("9"));
    REQUIRE(q->answerByKey(QStringLiteral("9"), 0)); // "Not at all": nothing happens
    CHECK(concern.isEmpty());
    CHECK(outboxRows(profile.db(), QStringLiteral("safety-")).empty());

    // "Several days": the screen is told at once, and the answer is kept; the page stays.
    CHECK_FALSE(q->answerByKey(QStringLiteral("9"), 1));
    REQUIRE(concern.count() == 1);
    CHECK(concern.first().first().toString() == QStringLiteral("9"));
    CHECK(firstLinkId(*q) == QStringLiteral("9"));
    CHECK(q->answers().value(QStringLiteral("9")).toString() == QStringLiteral("LA6569-3"));
    const auto rows = outboxRows(profile.db(), QStringLiteral("safety-"));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == std::pair(QStringLiteral("safety-communication"), 100));
    CHECK(rows[1] == std::pair(QStringLiteral("safety-flag"), 100));

    // A different answer above 0 shows the resources again, but queues nothing new.
    CHECK_FALSE(q->answerByKey(QStringLiteral("9"), 3));
    CHECK(concern.count() == 2);
    CHECK(outboxRows(profile.db(), QStringLiteral("safety-")).size() == 2);
    // Back from the crisis screen, the questionnaire goes on.
    CHECK(q->canGoNext());
    REQUIRE(q->next());
    CHECK(firstLinkId(*q) == QStringLiteral("10"));
}

TEST_CASE("the crisis resources name the emergency number and say nobody watches the answers") {
    OpenProfile profile;
    CrisisResources crisis;
    crisis.setCountry(QStringLiteral("US"));
    crisis.setSession(&profile.session);
    CHECK(crisis.emergencyNumber() == QStringLiteral("911"));
    CHECK(crisis.urgentText().contains(QStringLiteral("call 911 now")));
    REQUIRE_FALSE(crisis.lines().isEmpty());
    CHECK(crisis.lines().first().toMap().value(QStringLiteral("phone")).toString() ==
          QStringLiteral("988"));
    CHECK_FALSE(crisis.clinicConnected());
    CHECK(crisis.monitoringText().startsWith(
        QStringLiteral("Nobody at your clinic sees your answers as you give them.")));
    CHECK(crisis.monitoringText().contains(QStringLiteral("not connected to a clinic")));

    // Connected: the care team hears of it the next time Pacewise reaches them.
    sync::ClinicConnection(profile.db())
        .enroll({QStringLiteral("http://127.0.0.1:9/fhir/R4"), QStringLiteral("pat-7"), {}, {}},
                QStringLiteral("crisis-test-code-1"));
    crisis.refresh();
    CHECK(crisis.clinicConnected());
    CHECK(crisis.monitoringText().contains(QStringLiteral("the next time it connects")));

    // A country without its own entry gets the general one, never nothing.
    crisis.setCountry(QStringLiteral("ZZ"));
    CHECK_FALSE(crisis.lines().isEmpty());
    CHECK_FALSE(crisis.urgentText().isEmpty());
}

// ---- The list ------------------------------------------------------------------------------

TEST_CASE("the list shows each questionnaire as due, done, then due and overdue again") {
    OpenProfile profile;
    const QDate today = QDate::currentDate();
    QDate shown = today;
    MeasureListModel list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Warning);
    list.setToday([&shown] { return shown; });
    list.setSession(&profile.session);
    REQUIRE(list.count() == 7);
    CHECK(list.problems().isEmpty());
    // Never filled in: what is on the plan is due now, the rest any time.
    CHECK(list.rowAt(list.rowOf(QStringLiteral("peg"))).state == QStringLiteral("due"));
    CHECK(list.rowAt(list.rowOf(QStringLiteral("pain-nrs"))).state == QStringLiteral("any"));
    CHECK(list.dueCount() == 4);

    auto peg = open(profile, QStringLiteral("peg"));
    for (const char* item : {"pain", "enjoyment", "activity"}) {
        REQUIRE(peg->setAnswer(QString::fromLatin1(item), 4));
        peg->next();
    }
    REQUIRE(peg->finish());
    list.refresh();
    const auto pegRow = [&list] {
        return list.rowAt(list.rowOf(QStringLiteral("peg")));
    };
    CHECK(pegRow().state == QStringLiteral("done"));
    CHECK(pegRow().lastCompleted == today);
    CHECK(pegRow().lastScoreText.startsWith(QStringLiteral("Last result: ")));
    CHECK(list.dueCount() == 3);
    // Due and overdue come first.
    CHECK(list.rowAt(0).state != QStringLiteral("done"));

    shown = today.addDays(7); // PEG is weekly
    list.refresh();
    CHECK(pegRow().state == QStringLiteral("due"));
    shown = today.addDays(20);
    list.refresh();
    CHECK(pegRow().state == QStringLiteral("overdue"));
    CHECK(list.rowAt(0).state == QStringLiteral("overdue"));

    // Home's card: the due and overdue ones only.
    MeasureListModel due;
    due.setToday([&shown] { return shown; });
    due.setDueOnly(true);
    due.setSession(&profile.session);
    CHECK(due.count() == due.dueCount());
    CHECK(due.count() == 4);
    CHECK(due.rowOf(QStringLiteral("pain-nrs")) < 0);
}

TEST_CASE("a questionnaire that cannot be read is named in a calm note and the others load") {
    OpenProfile profile;
    QTemporaryDir folder;
    const QDir bundled(QStringLiteral(PACEWISE_MEASURES_DIR));
    for (const QString& name : bundled.entryList({QStringLiteral("*.json")}, QDir::Files))
        REQUIRE(QFile::copy(bundled.filePath(name), QDir(folder.path()).filePath(name)));
    const QString broken = QDir(folder.path()).filePath(QStringLiteral("phq-9.questionnaire.json"));
    QFile::remove(broken);
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{ \"resourceType\": \"Questionnaire\", ");
    file.close();

    MeasureListModel list;
    list.setMeasureDirectory(folder.path());
    list.setSession(&profile.session);
    REQUIRE(list.problems().size() == 1);
    CHECK(list.problemsText().startsWith(
        QStringLiteral("One questionnaire could not be loaded: phq-9.questionnaire.json")));
    CHECK(list.rowOf(QStringLiteral("phq-9")) < 0);
    CHECK(list.rowOf(QStringLiteral("gad-7")) >= 0);
}

int main(int argc, char* argv[]) {
    // One application for the whole run; offscreen so the tests need no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("pacewise-ui-test"));
    // The assertions read English words and dates, whatever the machine's language.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    pacewise::ui::installTranslators(app); // the English plural forms
    return pacewise::test::runCatch(argc, argv);
}
