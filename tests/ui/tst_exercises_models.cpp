// The exercise screens' view-models without a QML engine, on a real (temporary, encrypted)
// profile with the bundled programme: every form's record filled in through ExerciseSession and
// read back, a half-done worksheet opened again, required fields and bad input refused with the
// field named, homework checked off, the flare-up plan edited in place and queued again, the
// exercise list, and the printable plan on exactly one A4 page. Arrange a profile -> act through
// the view-model -> look at the view-model and the store.

#include "CatchRunner.h"
#include "OpenProfile.h"
#include "QtStringMaker.h"
#include "exercises/ExerciseListModel.h"
#include "exercises/ExerciseSession.h"
#include "exercises/FlareUpPlanDocument.h"
#include "homework/HomeworkStore.h"
#include "programme/ExerciseStore.h"
#include "programme/Programme.h"
#include "shell/Translations.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <catch2/catch.hpp>
#include <memory>

using namespace pacewise;
using pacewise::ui::ExerciseListModel;
using pacewise::ui::ExerciseSession;
using pacewise::ui::FlareUpPlanDocument;
using pacewise::ui::test::OpenProfile;

namespace {

// An exercise screen's view-model on `profile`, as the screen makes it.
std::unique_ptr<ExerciseSession> open(OpenProfile& profile, const QString& exerciseId,
                                      const QString& recordId = {},
                                      const QString& homeworkId = {}) {
    auto session = std::make_unique<ExerciseSession>();
    session->setSession(&profile.session);
    session->setHomeworkId(homeworkId);
    session->setRecordId(recordId);
    session->setExerciseId(exerciseId);
    return session;
}

programme::ExerciseRecord stored(OpenProfile& profile, const QString& recordId) {
    const programme::Programme content = programme::Programme::load(QStringLiteral("en"));
    const auto record = programme::ExerciseStore(profile.db(), content).find(recordId);
    REQUIRE(record.has_value());
    return *record;
}

// Outbox rows for one record that wait to be sent.
int waiting(OpenProfile& profile, const QString& kind, const QString& entityId) {
    auto statement = profile.db().prepare(
        "SELECT count(*) FROM outbox WHERE kind = ?1 AND entity_id = ?2 AND done_at IS NULL");
    statement.bind(1, kind);
    statement.bind(2, entityId);
    REQUIRE(statement.step());
    return int(statement.int64(0));
}

void markOutboxSent(OpenProfile& profile) {
    profile.db().exec("UPDATE outbox SET done_at = '2026-01-01T00:00:00Z' WHERE done_at IS NULL");
}

// Fills every listed answer, each stored at once.
void fill(ExerciseSession& exercise, const QVariantMap& answers) {
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        INFO("field " << it.key().toStdString());
        REQUIRE(exercise.setAnswer(it.key(), it.value()));
        CHECK(exercise.errorMessage().isEmpty());
    }
}

int pdfPages(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("%PDF"));
    // Page objects are "/Type /Page"; the page tree is "/Type /Pages".
    static const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page(?![s\w]))"));
    return int(QString::fromLatin1(bytes).count(page));
}

FlareUpPlanDocument::Plan planWith(const QString& answer) {
    FlareUpPlanDocument::Plan plan;
    plan.title = QStringLiteral("My flare-up plan");
    plan.printed = QDate(2026, 11, 28);
    for (int i = 1; i <= 6; ++i)
        plan.sections.emplace_back(QStringLiteral("Question %1").arg(i), answer);
    return plan;
}

} // namespace

// ---- Records through the session ------------------------------------------------------------

TEST_CASE("a thought record is filled in field by field and reads back completed") {
    OpenProfile profile;
    auto exercise = open(profile, QStringLiteral("thought-record"));
    REQUIRE(exercise->loaded());
    CHECK(exercise->title() == QStringLiteral("Thought record"));
    CHECK_FALSE(exercise->resumed());
    CHECK(exercise->fields().size() == 8);
    const QVariantMap first = exercise->fields().first().toMap();
    CHECK(first.value(QStringLiteral("linkId")).toString() == QStringLiteral("situation"));
    CHECK(first.value(QStringLiteral("type")).toString() == QStringLiteral("text"));
    CHECK(first.value(QStringLiteral("required")).toBool());

    fill(*exercise, {{QStringLiteral("situation"), QStringLiteral("Stairs at work")},
                     {QStringLiteral("automatic-thought"), QStringLiteral("I can't cope")},
                     {QStringLiteral("emotion"), QStringLiteral("Worried")},
                     {QStringLiteral("emotion-before"), 80},
                     {QStringLiteral("evidence-for"), QStringLiteral("It hurt")},
                     {QStringLiteral("evidence-against"), QStringLiteral("I managed last week")},
                     {QStringLiteral("balanced-thought"), QStringLiteral("It is hard, I manage")},
                     {QStringLiteral("emotion-after"), 45}});
    REQUIRE(exercise->canComplete());
    REQUIRE(exercise->complete());
    CHECK(exercise->completed());

    const programme::ExerciseRecord record = stored(profile, exercise->currentRecordId());
    CHECK(record.completed());
    CHECK(record.answers.at(QStringLiteral("emotion-before")).integer == 80);
    CHECK(record.answers.at(QStringLiteral("emotion-after")).integer == 45);
    CHECK(record.answers.at(QStringLiteral("balanced-thought")).string ==
          QStringLiteral("It is hard, I manage"));
    CHECK(waiting(profile, QStringLiteral("exercise-record"), record.id) == 1);
}

TEST_CASE("a sleep diary night stores its date, times and numbers") {
    OpenProfile profile;
    auto exercise = open(profile, QStringLiteral("sleep-diary"));
    REQUIRE(exercise->loaded());
    fill(*exercise, {{QStringLiteral("night-of"), QStringLiteral("2026-11-27")},
                     {QStringLiteral("bedtime"), QStringLiteral("22:30")},
                     {QStringLiteral("minutes-to-sleep"), 40},
                     {QStringLiteral("times-woken"), 2},
                     {QStringLiteral("wake-time"), QStringLiteral("6:45")},
                     {QStringLiteral("out-of-bed"), QStringLiteral("07:15")},
                     {QStringLiteral("quality"), 6},
                     {QStringLiteral("nap-minutes"), 20},
                     {QStringLiteral("note"), QStringLiteral("Noisy street")}});
    REQUIRE(exercise->complete());

    CHECK(exercise->answer(QStringLiteral("wake-time")).toString() == QStringLiteral("06:45"));
    const programme::ExerciseRecord record = stored(profile, exercise->currentRecordId());
    CHECK(record.answers.at(QStringLiteral("night-of")).date() == QDate(2026, 11, 27));
    CHECK(record.answers.at(QStringLiteral("bedtime")).time() == QTime(22, 30));
    CHECK(record.answers.at(QStringLiteral("quality")).integer == 6);
    CHECK(record.answers.at(QStringLiteral("minutes-to-sleep")).integer == 40);
}

TEST_CASE("a problem-solving worksheet keeps all seven steps") {
    OpenProfile profile;
    auto exercise = open(profile, QStringLiteral("problem-solving"));
    REQUIRE(exercise->loaded());
    REQUIRE(exercise->fields().size() == 7);
    QVariantMap answers;
    for (const QVariant& field : exercise->fields()) {
        const QString linkId = field.toMap().value(QStringLiteral("linkId")).toString();
        answers.insert(linkId, QStringLiteral("Step ") + linkId);
    }
    fill(*exercise, answers);
    REQUIRE(exercise->complete());
    const programme::ExerciseRecord record = stored(profile, exercise->currentRecordId());
    CHECK(record.answers.size() == 7);
    CHECK(record.answers.at(QStringLiteral("steps")).string == QStringLiteral("Step steps"));
}

TEST_CASE("a half-done worksheet opens again as the same draft") {
    OpenProfile profile;
    QString draftId;
    {
        auto exercise = open(profile, QStringLiteral("thought-record"));
        fill(*exercise, {{QStringLiteral("situation"), QStringLiteral("Shopping")},
                         {QStringLiteral("emotion-before"), 70}});
        draftId = exercise->currentRecordId();
        CHECK_FALSE(exercise->completed());
    } // the window closes: nothing else is saved

    auto again = open(profile, QStringLiteral("thought-record"));
    REQUIRE(again->loaded());
    CHECK(again->resumed());
    CHECK(again->currentRecordId() == draftId);
    CHECK(again->answer(QStringLiteral("situation")).toString() == QStringLiteral("Shopping"));
    CHECK(again->answer(QStringLiteral("emotion-before")).toInt() == 70);
    CHECK_FALSE(again->canComplete());
}

TEST_CASE("a draft that is thrown away is gone and the next opening starts afresh") {
    OpenProfile profile;
    auto exercise = open(profile, QStringLiteral("problem-solving"));
    fill(*exercise, {{QStringLiteral("problem"), QStringLiteral("Too many stairs")}});
    const QString draftId = exercise->currentRecordId();
    REQUIRE(exercise->discard());
    CHECK(exercise->answers().isEmpty());
    CHECK(exercise->currentRecordId() != draftId);

    auto again = open(profile, QStringLiteral("problem-solving"));
    CHECK_FALSE(again->resumed());
    CHECK(again->answers().isEmpty());
}

// ---- Refusals -------------------------------------------------------------------------------

TEST_CASE("finishing waits for the required fields and names the first one missing") {
    OpenProfile profile;
    auto exercise = open(profile, QStringLiteral("thought-record"));
    fill(*exercise, {{QStringLiteral("situation"), QStringLiteral("At home")}});
    CHECK_FALSE(exercise->canComplete());
    const QString automaticThought = exercise->fields().at(1).toMap().value("text").toString();
    CHECK(exercise->missingReason().contains(automaticThought));

    CHECK_FALSE(exercise->complete());
    CHECK_FALSE(exercise->completed());
    CHECK(exercise->errorLinkId() == QStringLiteral("automatic-thought"));
    CHECK(exercise->errorMessage().contains(automaticThought));
}

TEST_CASE("bad input is refused with the field named and nothing stored") {
    OpenProfile profile;
    auto exercise = open(profile, QStringLiteral("thought-record"));
    const QString strength = exercise->fields().at(3).toMap().value("text").toString();

    CHECK_FALSE(exercise->setAnswer(QStringLiteral("emotion-before"), 130));
    CHECK(exercise->errorLinkId() == QStringLiteral("emotion-before"));
    CHECK(exercise->errorMessage().contains(strength));
    CHECK(exercise->errorMessage().contains(QStringLiteral("0 to 100")));

    CHECK_FALSE(exercise->setAnswer(QStringLiteral("emotion-before"), QStringLiteral("lots")));
    CHECK(exercise->errorMessage().contains(strength));
    CHECK_FALSE(exercise->setAnswer(QStringLiteral("emotion-before"), 12.5));
    CHECK(exercise->answer(QStringLiteral("emotion-before")).isNull());

    auto sleep = open(profile, QStringLiteral("sleep-diary"));
    CHECK_FALSE(sleep->setAnswer(QStringLiteral("night-of"), QStringLiteral("2026-02-30")));
    CHECK(sleep->errorLinkId() == QStringLiteral("night-of"));
    CHECK_FALSE(sleep->setAnswer(QStringLiteral("bedtime"), QStringLiteral("25:10")));
    CHECK(sleep->errorLinkId() == QStringLiteral("bedtime"));
    CHECK_FALSE(sleep->setAnswer(QStringLiteral("quality"), 11));
    CHECK(sleep->errorLinkId() == QStringLiteral("quality"));

    // A good answer clears the message.
    REQUIRE(exercise->setAnswer(QStringLiteral("emotion-before"), 60));
    CHECK(exercise->errorMessage().isEmpty());
    CHECK(exercise->errorLinkId().isEmpty());
}

// ---- Homework -------------------------------------------------------------------------------

TEST_CASE("finishing an exercise checks off its homework and says so") {
    OpenProfile profile;
    homework::HomeworkStore homework(profile.db());
    const homework::Homework assigned = homework.assignFromModule(
        QStringLiteral("sleep"), QStringLiteral("sleep-diary-week"),
        QStringLiteral("Keep a sleep diary"), QStringLiteral("Fill in the sleep diary each day."),
        QStringLiteral("sleep-diary"), 5, QDate::currentDate().addDays(7));

    auto exercise = open(profile, QStringLiteral("sleep-diary"), {}, assigned.id);
    fill(*exercise, {{QStringLiteral("night-of"), QDate::currentDate().addDays(-1)},
                     {QStringLiteral("quality"), 4}});
    REQUIRE(exercise->complete());
    CHECK(exercise->checkedOffHomeworkId() == assigned.id);
    CHECK(exercise->homeworkMessage().contains(QStringLiteral("Keep a sleep diary")));
    CHECK(exercise->homeworkMessage().contains(QStringLiteral("1 of 5")));
    CHECK(homework.find(assigned.id)->doneCount == 1);

    // The list says what is left.
    ExerciseListModel list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    list.setSession(&profile.session);
    const int row = list.rowOf(QStringLiteral("sleep-diary"));
    REQUIRE(row >= 0);
    CHECK(list.rowAt(row).doneCount == 1);
    CHECK(list.rowAt(row).homeworkId == assigned.id);
    CHECK(list.rowAt(row).homeworkText.startsWith(QStringLiteral("For your homework: 1 of 5")));
}

// ---- The flare-up plan ----------------------------------------------------------------------

TEST_CASE("the flare-up plan is one living record: opening it again edits it and queues it again") {
    OpenProfile profile;
    QString planId;
    {
        auto plan = open(profile, QStringLiteral("flare-up-plan"));
        REQUIRE(plan->fields().size() == 6);
        fill(*plan, {{QStringLiteral("early-signs"), QStringLiteral("Stiff in the morning")},
                     {QStringLiteral("what-helps"), QStringLiteral("Heat and rest")}});
        REQUIRE(plan->complete());
        planId = plan->currentRecordId();
    }
    markOutboxSent(profile);

    auto again = open(profile, QStringLiteral("flare-up-plan"));
    REQUIRE(again->loaded());
    CHECK(again->currentRecordId() == planId);
    CHECK(again->editing());
    CHECK_FALSE(again->resumed());
    REQUIRE(again->setAnswer(QStringLiteral("who-to-contact"), QStringLiteral("My sister")));
    CHECK(stored(profile, planId).answers.at(QStringLiteral("who-to-contact")).string ==
          QStringLiteral("My sister"));
    CHECK(stored(profile, planId).completed());
    CHECK(waiting(profile, QStringLiteral("exercise-record"), planId) >= 1);

    // A completed plan keeps its required field.
    CHECK_FALSE(again->setAnswer(QStringLiteral("early-signs"), QString()));
    CHECK(again->errorLinkId() == QStringLiteral("early-signs"));
    CHECK(stored(profile, planId).answers.contains(QStringLiteral("early-signs")));
    // Nothing new: exactly one plan.
    const programme::Programme content = programme::Programme::load(QStringLiteral("en"));
    CHECK(programme::ExerciseStore(profile.db(), content).count(QStringLiteral("flare-up-plan")) ==
          1);
}

TEST_CASE("the flare-up plan saves as a PDF of exactly one A4 page") {
    OpenProfile profile;
    auto plan = open(profile, QStringLiteral("flare-up-plan"));
    fill(*plan, {{QStringLiteral("early-signs"), QStringLiteral("Stiff in the morning")},
                 {QStringLiteral("kind-words"), QStringLiteral("This will pass.")}});
    REQUIRE(plan->complete());

    FlareUpPlanDocument document;
    document.setExercise(plan.get());
    CHECK(document.defaultPdfUrl().fileName() == QStringLiteral("My flare-up plan.pdf"));
    const FlareUpPlanDocument::Plan page = document.plan();
    REQUIRE(page.sections.size() == 6);
    CHECK(page.sections.front().second == QStringLiteral("Stiff in the morning"));

    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath(QStringLiteral("plan.pdf"));
    REQUIRE(document.savePdf(QUrl::fromLocalFile(path).toString()));
    CHECK(document.errorMessage().isEmpty());
    CHECK(document.statusMessage().contains(QStringLiteral("plan.pdf")));
    CHECK(pdfPages(path) == 1);
}

TEST_CASE("a long flare-up plan shrinks its letters to stay on one page") {
    QTemporaryDir folder;
    const QString shortPath = QDir(folder.path()).filePath(QStringLiteral("short.pdf"));
    const QString longPath = QDir(folder.path()).filePath(QStringLiteral("long.pdf"));

    double shortSize = 0;
    {
        QPdfWriter writer(shortPath);
        shortSize = FlareUpPlanDocument::render(writer, planWith(QStringLiteral("Rest.")));
    }
    // About 230 words an answer: far more than a page holds at 12 pt.
    const QString longAnswer =
        QStringLiteral("Pace the day, rest before it hurts, ask for help. ").repeated(23).trimmed();
    double longSize = 0;
    {
        QPdfWriter writer(longPath);
        longSize = FlareUpPlanDocument::render(writer, planWith(longAnswer));
    }
    CHECK(shortSize == Approx(FlareUpPlanDocument::kBodyPointSize));
    CHECK(longSize < shortSize);
    CHECK(longSize >= FlareUpPlanDocument::kMinimumPointSize);
    CHECK(pdfPages(shortPath) == 1);
    CHECK(pdfPages(longPath) == 1);

    // Laid out at the size chosen, every word is on the first page.
    QPdfWriter probe(QDir(folder.path()).filePath(QStringLiteral("probe.pdf")));
    probe.setPageSize(QPageSize(QPageSize::A4));
    probe.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    const QRect area = probe.pageLayout().paintRectPixels(probe.logicalDpiX());
    const auto laidOut =
        FlareUpPlanDocument::layout(planWith(longAnswer), probe, QSizeF(area.size()), longSize);
    CHECK(laidOut->pageCount() == 1);
    CHECK(laidOut->toPlainText().count(QStringLiteral("ask for help")) == 6 * 23);
}

TEST_CASE("a plan too long even in small letters is refused, and no file is left") {
    OpenProfile profile;
    auto plan = open(profile, QStringLiteral("flare-up-plan"));
    const QString huge =
        QStringLiteral("Far too many words for one sheet of paper. ").repeated(400);
    fill(*plan, {{QStringLiteral("early-signs"), huge}, {QStringLiteral("what-helps"), huge}});
    FlareUpPlanDocument document;
    document.setExercise(plan.get());
    QTemporaryDir folder;
    const QString path = QDir(folder.path()).filePath(QStringLiteral("plan.pdf"));
    CHECK_FALSE(document.savePdf(path));
    CHECK(document.errorMessage().contains(QStringLiteral("too long")));
    CHECK_FALSE(QFile::exists(path));
}

// ---- The list -------------------------------------------------------------------------------

TEST_CASE("the exercise list shows the seven exercises with what was done and a waiting draft") {
    OpenProfile profile;
    {
        auto record = open(profile, QStringLiteral("thought-record"));
        fill(*record, {{QStringLiteral("situation"), QStringLiteral("Bus stop")},
                       {QStringLiteral("automatic-thought"), QStringLiteral("Everyone stares")},
                       {QStringLiteral("emotion-before"), 50}});
        REQUIRE(record->complete());
        auto draft = open(profile, QStringLiteral("problem-solving"));
        fill(*draft, {{QStringLiteral("problem"), QStringLiteral("Cooking")}});
    }
    ExerciseListModel list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    list.setSession(&profile.session);
    CHECK(list.errorMessage().isEmpty());
    REQUIRE(list.count() == 7);

    const auto& thought = list.rowAt(list.rowOf(QStringLiteral("thought-record")));
    CHECK(thought.doneCount == 1);
    CHECK(thought.lastDone == QDate::currentDate());
    CHECK_FALSE(thought.hasDraft);
    const QModelIndex index = list.index(list.rowOf(QStringLiteral("thought-record")));
    CHECK(list.data(index, ExerciseListModel::DoneTextRole).toString() ==
          QStringLiteral("Done once, last today"));
    CHECK(list.rowAt(list.rowOf(QStringLiteral("problem-solving"))).hasDraft);
    CHECK(list.rowAt(list.rowOf(QStringLiteral("sleep-diary"))).doneCount == 0);

    const QVariantList recent = list.recentRecords(QStringLiteral("thought-record"));
    REQUIRE(recent.size() == 1);
    CHECK(recent.first().toMap().value(QStringLiteral("summary")).toString() ==
          QStringLiteral("Bus stop"));
    CHECK(recent.first().toMap().value(QStringLiteral("dateText")).toString() ==
          QStringLiteral("today"));
}

TEST_CASE("a recent record opens again by its id and edits in place") {
    OpenProfile profile;
    QString recordId;
    {
        auto record = open(profile, QStringLiteral("thought-record"));
        fill(*record, {{QStringLiteral("situation"), QStringLiteral("Bus stop")},
                       {QStringLiteral("automatic-thought"), QStringLiteral("Everyone stares")},
                       {QStringLiteral("emotion-before"), 50}});
        REQUIRE(record->complete());
        recordId = record->currentRecordId();
    }
    auto again = open(profile, QStringLiteral("thought-record"), recordId);
    REQUIRE(again->loaded());
    CHECK(again->editing());
    CHECK(again->answer(QStringLiteral("situation")).toString() == QStringLiteral("Bus stop"));
    REQUIRE(again->setAnswer(QStringLiteral("emotion-after"), 30));
    REQUIRE(again->complete());
    CHECK(stored(profile, recordId).answers.at(QStringLiteral("emotion-after")).integer == 30);

    auto missing = open(profile, QStringLiteral("thought-record"), QStringLiteral("no-such-id"));
    CHECK_FALSE(missing->loaded());
    CHECK_FALSE(missing->errorMessage().isEmpty());
}

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("pacewise-ui-test"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    pacewise::ui::installTranslators(app);
    return pacewise::test::runCatch(argc, argv);
}
