// The programme screens' view-models without QML, on a real (temporary) encrypted profile with
// the bundled programme: the overview's states and their reasons in plain words, the lesson
// reader (resuming, pages read, time spent, the end of a module), the homework list (order, due
// words, ticks by hand and their undo) and the words they share.

#include "CatchRunner.h"
#include "OpenProfile.h"
#include "QtStringMaker.h"
#include "homework/HomeworkStore.h"
#include "programme/HomeworkListModel.h"
#include "programme/LessonReader.h"
#include "programme/Programme.h"
#include "programme/ProgrammeModel.h"
#include "programme/ProgrammeProgress.h"
#include "programme/ProgrammeWording.h"
#include "shell/Translations.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QLocale>
#include <catch2/catch.hpp>
#include <memory>

using namespace pacewise;
using pacewise::ui::HomeworkListModel;
using pacewise::ui::LessonReader;
using pacewise::ui::ProgrammeModel;
using pacewise::ui::ProgrammeWording;
using pacewise::ui::test::OpenProfile;

namespace {

const QDate kToday(2026, 3, 5); // a Thursday

QString longDate(const QDate& date) {
    return QLocale().toString(date, QLocale::LongFormat);
}

// A profile with the bundled programme and a clock the test moves on.
struct ProgrammeProfile : OpenProfile {
    QDateTime now{kToday, QTime(10, 0)};
    qint64 elapsed = 0; // the reader's monotonic clock, in ms
    const programme::Programme content = programme::Programme::load(QStringLiteral("en"));

    ProgrammeProfile() {
        REQUIRE(content.problems().isEmpty());
        REQUIRE(content.modules().size() == 10);
    }

    std::function<QDateTime()> clock() {
        return [this] {
            return now.toUTC();
        };
    }
    const programme::Module& module(int number) const {
        return content.modules()[std::size_t(number - 1)];
    }
    programme::ModuleProgress progress(const QString& moduleId) {
        return programme::ProgrammeProgress(db(), content, clock()).module(moduleId);
    }

    std::unique_ptr<ProgrammeModel> overview() {
        auto model = std::make_unique<ProgrammeModel>();
        model->setClock(clock());
        model->setSession(&session);
        return model;
    }
    std::unique_ptr<LessonReader> reader(const QString& moduleId) {
        auto model = std::make_unique<LessonReader>();
        model->setClock(clock());
        model->setElapsed([this] { return elapsed; });
        model->setSession(&session);
        model->setModuleId(moduleId);
        return model;
    }
    std::unique_ptr<HomeworkListModel> homework(bool dueSoonOnly = false) {
        auto model = std::make_unique<HomeworkListModel>();
        model->setClock(clock());
        model->setDueSoonOnly(dueSoonOnly);
        model->setSession(&session);
        return model;
    }
    // Every page of a module, opened in turn, up to its end.
    void readThrough(const QString& moduleId) {
        auto model = reader(moduleId);
        model->first();
        while (!model->showingEnd())
            model->next();
    }
    homework::Homework assign(const QString& title, const QDate& due, int times,
                              const QString& exerciseId = {}) {
        return homework::HomeworkStore(db(), clock())
            .assignFromModule(QStringLiteral("understanding-pain"), title, title,
                              QStringLiteral("What to do."), exerciseId, times, due);
    }
};

QVariant roleOf(const QAbstractItemModel& model, int row, const QByteArray& role) {
    const QHash<int, QByteArray> names = model.roleNames();
    return model.data(model.index(row, 0), names.key(role));
}

} // namespace

TEST_CASE("the overview lists the ten modules in order, the first ready and the next waiting "
          "for it") {
    ProgrammeProfile f;
    auto model = f.overview();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model->count() == 10);
    for (int row = 0; row < 10; ++row) {
        CHECK(roleOf(*model, row, "number").toInt() == row + 1);
        CHECK(roleOf(*model, row, "title").toString() == f.module(row + 1).title);
        CHECK(roleOf(*model, row, "goal").toString() == f.module(row + 1).goal);
        CHECK(roleOf(*model, row, "summary").toString() == f.module(row + 1).summary);
    }
    CHECK(roleOf(*model, 0, "moduleState").toString() == "available");
    CHECK(roleOf(*model, 0, "stateText").toString() == "Ready to start");
    CHECK(roleOf(*model, 0, "actionText").toString() == "Start");
    CHECK(roleOf(*model, 0, "canOpen").toBool());
    CHECK(roleOf(*model, 0, "progressText").toString().isEmpty());
    int minutes = 0;
    for (const auto& lesson : f.module(1).lessons)
        minutes += lesson.minutes;
    CHECK(roleOf(*model, 0, "readingTimeText").toString() ==
          QStringLiteral("About %1 minutes of reading").arg(minutes));

    CHECK(roleOf(*model, 1, "moduleState").toString() == "locked");
    CHECK_FALSE(roleOf(*model, 1, "canOpen").toBool());
    CHECK(roleOf(*model, 1, "stateText").toString() ==
          "Opens when you finish Module 1: " + f.module(1).title);
    CHECK(roleOf(*model, 2, "stateText").toString() ==
          "Opens when you finish Module 2: " + f.module(2).title);
    CHECK(roleOf(*model, 1, "accessibleText")
              .toString()
              .startsWith("Module 2: " + f.module(2).title + ". " + f.module(2).goal));

    CHECK(model->nextModuleId() == f.module(1).id);
    CHECK(model->nextActionText() == "Start");
    CHECK(model->nextLessonText() == QStringLiteral("It starts with the lesson \u201c%1\u201d.")
                                         .arg(f.module(1).lessons.front().title));
    CHECK(model->overallText().startsWith("10 modules"));
}

TEST_CASE("the reader opens a module on its first page and the overview then says Continue") {
    ProgrammeProfile f;
    const auto& first = f.module(1);
    auto reader = f.reader(first.id);
    REQUIRE(reader->errorMessage().isEmpty());
    CHECK(reader->pageIndex() == 0);
    CHECK(reader->pageCount() == first.pageCount());
    CHECK(reader->lessonId() == first.lessons.front().id);
    CHECK(reader->paragraphs() == first.lessons.front().pages.front().paragraphs);
    CHECK(reader->lessonPageText() ==
          QStringLiteral("Page 1 of %1 of this lesson").arg(first.lessons.front().pages.size()));
    CHECK(reader->modulePageText() ==
          QStringLiteral("Page 1 of %1 of the module").arg(first.pageCount()));
    CHECK(reader->atFirst());
    CHECK(reader->moduleTitle() == "Module 1: " + first.title);

    auto model = f.overview();
    CHECK(roleOf(*model, 0, "moduleState").toString() == "inProgress");
    CHECK(roleOf(*model, 0, "actionText").toString() == "Continue");
    CHECK(roleOf(*model, 0, "progressText").toString() ==
          QStringLiteral("1 of %1 pages read").arg(first.pageCount()));
    CHECK(model->nextActionText() == "Continue");
    CHECK(model->nextLessonText() == QStringLiteral("You stopped in the lesson \u201c%1\u201d.")
                                         .arg(first.lessons.front().title));
}

TEST_CASE("the reader pages with next, previous, first, last and the lesson list, and resumes "
          "where it was left") {
    ProgrammeProfile f;
    const auto& first = f.module(1);
    REQUIRE(first.lessons.size() >= 2);
    {
        auto reader = f.reader(first.id);
        reader->next();
        reader->next();
        CHECK(reader->pageIndex() == 2);
        reader->previous();
        CHECK(reader->pageIndex() == 1);
        reader->last();
        CHECK(reader->atLast());
        CHECK(reader->lessonId() == first.lessons.back().id);
        reader->first();
        CHECK(reader->pageIndex() == 0);
        reader->goToLesson(first.lessons[1].id);
        CHECK(reader->lessonId() == first.lessons[1].id);
        CHECK(reader->pageIndex() == int(first.lessons[0].pages.size()));
        CHECK(reader->lessonPageText().startsWith("Page 1 of "));
        const QVariantList lessons = reader->lessons();
        REQUIRE(lessons.size() == int(first.lessons.size()));
        CHECK(lessons[1].toMap().value("current").toBool());
        CHECK_FALSE(lessons[0].toMap().value("current").toBool());
        reader->next(); // the second page of the second lesson
    }
    // A new reader (a restart) opens on the same page.
    auto again = f.reader(first.id);
    CHECK(again->lessonId() == first.lessons[1].id);
    CHECK(again->pageIndex() == int(first.lessons[0].pages.size()) + 1);
    CHECK(again->pageTitle() == (first.lessons[1].pages[1].title.isEmpty()
                                     ? first.lessons[1].title
                                     : first.lessons[1].pages[1].title));
    // Pages opened so far: the first lesson's first three and the whole jump path, not more.
    CHECK(f.progress(first.id).pagesRead >= 4);
    CHECK(f.progress(first.id).pagesRead < first.pageCount());
}

TEST_CASE("reading time is added when the reader is left, and when the profile locks") {
    ProgrammeProfile f;
    const QString moduleId = f.module(1).id;
    {
        auto reader = f.reader(moduleId);
        f.elapsed += 90'000;
        reader->next();
        f.elapsed += 30'000;
        reader->leave();
        CHECK(f.progress(moduleId).timeSpentMs == 120'000);
        // Time while it is left (another screen on top) does not count.
        f.elapsed += 600'000;
        reader->resume();
        f.elapsed += 60'000;
    } // destroyed: left
    CHECK(f.progress(moduleId).timeSpentMs == 180'000);

    auto overview = f.overview();
    CHECK(roleOf(*overview, 0, "progressText").toString() ==
          QStringLiteral("2 of %1 pages read, 3 minutes spent").arg(f.module(1).pageCount()));

    auto reader = f.reader(moduleId);
    f.elapsed += 45'000;
    const QString folder = f.session.profileDirectory();
    f.session.lock(); // saved before the profile closes
    REQUIRE(f.session.state() == ui::ProfileSession::State::Locked);
    f.session.adoptOpenProfile(store::Profile::open(folder, QStringLiteral("quiet river walk 42")));
    CHECK(f.progress(moduleId).timeSpentMs == 225'000);
}

TEST_CASE("past the last page the reader says the module is done, what comes next and its "
          "homework") {
    ProgrammeProfile f;
    const auto& first = f.module(1);
    auto reader = f.reader(first.id);
    while (!reader->atLast())
        reader->next();
    CHECK(reader->modulePageText() ==
          QStringLiteral("Page %1 of %1 of the module").arg(first.pageCount()));
    reader->next();
    REQUIRE(reader->showingEnd());
    CHECK(reader->moduleDone());
    CHECK(reader->endText().startsWith("You have finished Module 1: " + first.title));
    // Module 2 waits for the minimum days after module 1 was started.
    CHECK(reader->nextText() ==
          QStringLiteral("Next: Module 2: %1. Opens on %2.")
              .arg(f.module(2).title, longDate(kToday.addDays(first.minimumDays))));
    CHECK(reader->nextModuleId().isEmpty());
    REQUIRE(reader->homework().size() == int(first.homework.size()));
    const QVariantMap homework = reader->homework().front().toMap();
    CHECK(homework.value("title").toString() == first.homework.front().title);
    CHECK(homework.value("description").toString() == first.homework.front().description);
    CHECK(homework.value("timesText").toString() ==
          QStringLiteral("0 of %1 times").arg(first.homework.front().times));

    // Back from the end: the last page again.
    reader->previous();
    CHECK_FALSE(reader->showingEnd());
    CHECK(reader->atLast());

    auto model = f.overview();
    CHECK(roleOf(*model, 0, "moduleState").toString() == "done");
    CHECK(roleOf(*model, 0, "actionText").toString() == "Read again");
    CHECK(roleOf(*model, 0, "stateText").toString() == "Done");
    CHECK(model->doneCount() == 1);
    CHECK(model->overallText() == "You have finished 1 of 10 modules.");
}

TEST_CASE("a module waits for the days, then for its homework, and opens when the homework is "
          "done") {
    ProgrammeProfile f;
    const auto& first = f.module(1);
    f.readThrough(first.id);
    auto model = f.overview();
    CHECK(roleOf(*model, 1, "stateText").toString() ==
          "Opens on " + longDate(kToday.addDays(first.minimumDays)));

    f.now = f.now.addDays(first.minimumDays);
    model->refresh();
    QStringList required;
    for (const auto& form : first.homework)
        if (form.requiredToContinue)
            required << form.title;
    REQUIRE(required.size() == 1);
    CHECK(roleOf(*model, 1, "stateText").toString() ==
          "Opens when this homework is done: " + required.front());

    auto homework = f.homework();
    const QString id = homework->rowAt(0).id;
    for (int i = 0; i < first.homework.front().times; ++i)
        homework->checkOff(id);
    model->refresh();
    CHECK(roleOf(*model, 1, "moduleState").toString() == "available");
    CHECK(model->nextModuleId() == f.module(2).id);
}

TEST_CASE("a locked module does not open in the reader, and says what it waits for") {
    ProgrammeProfile f;
    auto reader = f.reader(f.module(2).id);
    CHECK(reader->pageCount() == 0);
    CHECK(reader->paragraphs().isEmpty());
    CHECK(reader->errorMessage() ==
          "This module is not open yet. Opens when you finish Module 1: " + f.module(1).title +
              ".");
    CHECK_FALSE(f.progress(f.module(2).id).startedAt.isValid());
}

TEST_CASE("a module the clinic unlocked says so, and its pages offer their exercise") {
    ProgrammeProfile f;
    const auto& pacing = f.module(3);
    programme::ProgrammeProgress::setClinicUnlocked(f.db(), {pacing.id});
    auto model = f.overview();
    CHECK(roleOf(*model, 2, "moduleState").toString() == "available");
    CHECK(roleOf(*model, 2, "stateText").toString() == "Unlocked by your clinic");
    CHECK(roleOf(*model, 2, "unlockedByClinic").toBool());

    auto reader = f.reader(pacing.id);
    REQUIRE(reader->errorMessage().isEmpty());
    while (reader->exerciseId().isEmpty() && !reader->atLast())
        reader->next();
    REQUIRE_FALSE(reader->exerciseId().isEmpty());
    const programme::Exercise* exercise = f.content.exercise(reader->exerciseId());
    REQUIRE(exercise);
    CHECK(reader->exerciseTitle() == exercise->title());
}

TEST_CASE("homework is listed late first, then by due date, in plain words, with the done ones "
          "after") {
    ProgrammeProfile f;
    f.assign(QStringLiteral("Walk"), kToday.addDays(3), 3);   // Sunday
    f.assign(QStringLiteral("Breathe"), kToday, 5);           // today
    f.assign(QStringLiteral("Diary"), kToday.addDays(-2), 2); // 2 days late
    f.assign(QStringLiteral("Plan"), kToday.addDays(1), 1);   // tomorrow
    f.assign(QStringLiteral("Later"), kToday.addDays(10), 1); // in ten days
    auto model = f.homework();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->count() == 5);
    const QStringList order{"Diary", "Breathe", "Plan", "Walk", "Later"};
    const QStringList due{"2 days late", "Due today", "Due tomorrow", "Due Sunday",
                          "Due on " + longDate(kToday.addDays(10))};
    for (int row = 0; row < 5; ++row) {
        CHECK(roleOf(*model, row, "title").toString() == order[row]);
        CHECK(roleOf(*model, row, "dueText").toString() == due[row]);
        CHECK(roleOf(*model, row, "section").toString() == "open");
        CHECK(roleOf(*model, row, "firstInSection").toBool() == (row == 0));
        CHECK_FALSE(roleOf(*model, row, "fromClinic").toBool());
    }
    CHECK(roleOf(*model, 0, "overdue").toBool());
    CHECK_FALSE(roleOf(*model, 1, "overdue").toBool());
    CHECK(roleOf(*model, 0, "timesText").toString() == "0 of 2 times");
    CHECK(roleOf(*model, 2, "timesText").toString() == "Once, not done yet");
    CHECK(model->openCount() == 5);
    CHECK(model->overdueCount() == 1);
    CHECK(model->summaryText() ==
          "5 homework tasks to do; one is late. Do them when you can: late is fine.");

    // Plan done once: it moves below, under its own heading.
    model->checkOff(model->rowAt(2).id);
    REQUIRE(model->count() == 5);
    CHECK(roleOf(*model, 4, "title").toString() == "Plan");
    CHECK(roleOf(*model, 4, "section").toString() == "done");
    CHECK(roleOf(*model, 4, "firstInSection").toBool());
    CHECK(roleOf(*model, 4, "dueText").toString() == "Done on " + longDate(kToday));
    CHECK(model->openCount() == 4);
}

TEST_CASE("a tick by hand counts one time, and Undo takes it back") {
    ProgrammeProfile f;
    const homework::Homework walk = f.assign(QStringLiteral("Walk"), kToday.addDays(3), 3);
    auto model = f.homework();
    CHECK(model->undoText().isEmpty());
    model->checkOff(walk.id);
    CHECK(roleOf(*model, 0, "timesText").toString() == "1 of 3 times");
    CHECK(model->undoText() == "Ticked off: Walk");
    CHECK(homework::HomeworkStore(f.db()).find(walk.id)->doneCount == 1);

    model->undo();
    CHECK(model->undoText().isEmpty());
    CHECK(roleOf(*model, 0, "timesText").toString() == "0 of 3 times");
    CHECK(homework::HomeworkStore(f.db()).find(walk.id)->doneCount == 0);
    model->undo(); // nothing left to take back
    CHECK(homework::HomeworkStore(f.db()).find(walk.id)->doneCount == 0);
}

TEST_CASE("Home's homework holds only what is late or due within two days") {
    ProgrammeProfile f;
    f.assign(QStringLiteral("Late"), kToday.addDays(-1), 1);
    f.assign(QStringLiteral("Soon"), kToday.addDays(2), 1);
    f.assign(QStringLiteral("Next week"), kToday.addDays(3), 1);
    auto model = f.homework(true);
    REQUIRE(model->count() == 2);
    CHECK(roleOf(*model, 0, "title").toString() == "Late");
    CHECK(roleOf(*model, 0, "dueText").toString() == "1 day late");
    CHECK(roleOf(*model, 1, "title").toString() == "Soon");
    CHECK(model->openCount() == 3);
}

TEST_CASE("homework more than four weeks late is folded under Older homework, on Home too") {
    ProgrammeProfile f;
    f.assign(QStringLiteral("This week"), kToday.addDays(2), 1);
    f.assign(QStringLiteral("Four weeks late"), kToday.addDays(-28), 1); // still listed
    f.assign(QStringLiteral("Old"), kToday.addDays(-29), 1);
    f.assign(QStringLiteral("Older"), kToday.addDays(-90), 1);
    auto model = f.homework();
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->count() == 2);
    CHECK(roleOf(*model, 0, "title").toString() == "Four weeks late");
    CHECK(roleOf(*model, 1, "title").toString() == "This week");
    CHECK(model->openCount() == 2);
    CHECK(model->overdueCount() == 1);
    CHECK(model->olderCount() == 2);
    CHECK(model->summaryText() ==
          "2 homework tasks to do; one is late. Do them when you can: late is fine. 2 older "
          "tasks were not done. That is all right: they are under \"Older homework\" if you want "
          "to tick them off.");

    // Shown on request, after this week's, under their own heading, and still ticked off by hand.
    model->setShowOlder(true);
    REQUIRE(model->count() == 4);
    CHECK(roleOf(*model, 2, "title").toString() == "Older");
    CHECK(roleOf(*model, 2, "section").toString() == "older");
    CHECK(roleOf(*model, 2, "firstInSection").toBool());
    CHECK(roleOf(*model, 3, "title").toString() == "Old");
    CHECK_FALSE(roleOf(*model, 3, "firstInSection").toBool());
    model->checkOff(model->rowAt(3).id);
    CHECK(model->olderCount() == 1);
    CHECK(roleOf(*model, 3, "section").toString() == "done");

    auto home = f.homework(true);
    REQUIRE(home->count() == 2);
    CHECK(roleOf(*home, 0, "title").toString() == "Four weeks late");
}

TEST_CASE("homework from the clinic is marked as such") {
    ProgrammeProfile f;
    homework::HomeworkStore::Generated row;
    row.homework.id = QStringLiteral("0b5d7c4e-6a55-4c5f-9d8e-3f1f1a2b3c4d");
    row.homework.source = homework::Homework::Source::Clinic;
    row.homework.clinicTaskId = QStringLiteral("task-1");
    row.homework.clinicVersion = QStringLiteral("1");
    row.homework.title = QStringLiteral("Call a friend");
    row.homework.target = 1;
    row.homework.assignedAt = f.now.toUTC();
    row.homework.dueDate = kToday.addDays(4);
    homework::HomeworkStore(f.db(), f.clock()).insertGenerated({row});
    auto model = f.homework();
    REQUIRE(model->count() == 1);
    CHECK(roleOf(*model, 0, "fromClinic").toBool());
    CHECK(roleOf(*model, 0, "accessibleText").toString() ==
          "Call a friend. Due Monday. Once, not done yet. From your clinic");
}

TEST_CASE("due dates, durations and lock reasons are said in plain words") {
    CHECK(ProgrammeWording::dueText(kToday.addDays(-1), kToday) == "1 day late");
    CHECK(ProgrammeWording::dueText(kToday.addDays(-9), kToday) == "9 days late");
    CHECK(ProgrammeWording::dueText(kToday, kToday) == "Due today");
    CHECK(ProgrammeWording::dueText(kToday.addDays(1), kToday) == "Due tomorrow");
    CHECK(ProgrammeWording::dueText(kToday.addDays(1 + 0), kToday) == "Due tomorrow");
    CHECK(ProgrammeWording::dueText(kToday.addDays(6), kToday) == "Due Wednesday");
    CHECK(ProgrammeWording::dueText(kToday.addDays(7), kToday) ==
          "Due on " + longDate(kToday.addDays(7)));
    CHECK(ProgrammeWording::durationText(59'000) == "under a minute");
    CHECK(ProgrammeWording::durationText(60'000) == "1 minute");
    CHECK(ProgrammeWording::durationText(125 * 60'000) == "2 hours 5 minutes");
    CHECK(ProgrammeWording::durationText(60 * 60'000) == "1 hour");
    CHECK(ProgrammeWording::readingTimeText(1) == "About 1 minute of reading");

    const programme::Programme content = programme::Programme::load(QStringLiteral("en"));
    programme::ModuleStatus status;
    status.reason.kind = programme::LockReason::Kind::TooSoon;
    status.reason.availableOn = kToday.addDays(1);
    CHECK(ProgrammeWording::lockText(content, status, {}, kToday) == "Opens tomorrow");
    status.reason.kind = programme::LockReason::Kind::HomeworkOutstanding;
    status.reason.homeworkLeft = 2;
    CHECK(ProgrammeWording::lockText(content, status, {}, kToday) ==
          "Opens when 2 more homework tasks are done");
    CHECK(ProgrammeWording::lockText(content, status, {"A", "B"}, kToday) ==
          "Opens when these homework tasks are done: A; B");
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
