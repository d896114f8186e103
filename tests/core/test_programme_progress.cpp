// Progress through the programme on a real encrypted profile: the reading position (after a
// restart and after a kill too), pages read, the start that assigns homework, completion on the
// last unread page, locked modules refused with what they wait for, reading time, and the
// module-progress rows queued for the clinic in the same transaction.
#include "error/Error.h"
#include "fhir/ProgrammeResources.h"
#include "homework/HomeworkStore.h"
#include "programme-fixtures/SmallProgramme.h"
#include "programme/Programme.h"
#include "programme/ProgrammeProgress.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/Profile.h"
#include "support/TestProfile.h"

#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <csignal>

using namespace pacewise;
using namespace pacewise::programme;

namespace {

const QString kFirst = QStringLiteral("first");
const QString kSecond = QStringLiteral("second");
const QString kThird = QStringLiteral("third");
constexpr qint64 kMinute = 60 * 1000;

// A fresh profile, the small programme and a clock that stands still until moved. Noon UTC keeps
// the local date the same as the UTC date in every time zone a test machine is likely to be in.
struct ProgressFixture {
    QTemporaryDir dir;
    test::SmallProgrammeDir content;
    Programme programme = content.load();
    std::unique_ptr<store::Profile> profile =
        store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    ProgrammeProgress::Clock clock = [this] {
        return now;
    };
    std::unique_ptr<ProgrammeProgress> progress =
        std::make_unique<ProgrammeProgress>(profile->database(), programme, clock);

    store::Database& db() { return profile->database(); }
    QDate today() const { return now.toLocalTime().date(); }

    // Closes the profile and opens it again from disk, as after a restart.
    void reopen() {
        progress.reset();
        profile.reset();
        profile = store::Profile::open(dir.path(), test::kPassphrase);
        progress = std::make_unique<ProgrammeProgress>(profile->database(), programme, clock);
    }

    // The module-progress rows of the outbox as "kind operation", oldest first (the homework the
    // start assigns has rows of its own, tested with the homework).
    QStringList outbox() {
        QStringList rows;
        store::Statement query =
            db().prepare("SELECT kind, operation FROM outbox WHERE kind = ? ORDER BY id");
        query.bind(1, QLatin1String(fhir::kModuleProgressKind));
        while (query.step())
            rows << query.text(0) + QLatin1Char(' ') + query.text(1);
        return rows;
    }
    std::vector<homework::Homework> homework() {
        return homework::HomeworkStore(db(), clock).list(homework::HomeworkStore::Filter::All);
    }
    void readThrough(const QString& moduleId) {
        const Module* module = programme.module(moduleId);
        for (const Lesson& lesson : module->lessons)
            for (int page = 0; page < int(lesson.pages.size()); ++page)
                progress->openPage(moduleId, lesson.id, page);
    }
};

const QString kCreate = QLatin1String(fhir::kModuleProgressKind) + QStringLiteral(" create");
const QString kUpdate = QLatin1String(fhir::kModuleProgressKind) + QStringLiteral(" update");

// The Error `body` throws; fails the test when it throws nothing.
template <typename F> Error errorOf(F&& body) {
    try {
        body();
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error was thrown");
    return Error(ErrorCode::Internal, {});
}

} // namespace

TEST_CASE("before anything is read every module has its pages and the first is open",
          "[programme][progress]") {
    ProgressFixture f;
    const std::vector<ModuleProgress> modules = f.progress->modules();
    REQUIRE(modules.size() == 3);
    CHECK(modules[0].moduleId == kFirst);
    CHECK(modules[0].status.state == ModuleState::Available);
    CHECK(modules[0].pageCount == 3);
    CHECK(modules[0].pagesRead == 0);
    CHECK(modules[0].recordId.isEmpty());
    CHECK_FALSE(modules[0].startedAt.isValid());
    CHECK(modules[1].status.state == ModuleState::Locked);
    CHECK(modules[2].pageCount == 2);
    CHECK(f.progress->position(kFirst).lessonId.isEmpty());
    CHECK(f.progress->position(kFirst).pageIndex == 0);
    CHECK(f.outbox().isEmpty());
}

TEST_CASE("opening the first page starts the module, keeps the position and assigns homework",
          "[programme][progress]") {
    ProgressFixture f;
    f.progress->openPage(kFirst, QStringLiteral("a"), 0);

    const ModuleProgress p = f.progress->module(kFirst);
    CHECK(p.status.state == ModuleState::InProgress);
    CHECK(p.startedAt == f.now);
    CHECK_FALSE(p.completedAt.isValid());
    CHECK(p.pagesRead == 1);
    CHECK(p.position.lessonId == QStringLiteral("a"));
    CHECK(p.position.pageIndex == 0);
    CHECK(p.recordId.size() == 36);
    CHECK(f.outbox() == QStringList{kCreate});

    // Both of the module's homework, due the template's days after the start.
    std::vector<homework::Homework> homework = f.homework();
    REQUIRE(homework.size() == 2);
    std::sort(homework.begin(), homework.end(),
              [](const auto& a, const auto& b) { return a.templateId < b.templateId; });
    CHECK(homework[0].templateId == QStringLiteral("breathe"));
    CHECK(homework[0].moduleId == kFirst);
    CHECK(homework[0].exerciseId == QStringLiteral("relaxation"));
    CHECK(homework[0].target == 2);
    CHECK(homework[0].dueDate == f.today().addDays(7));
    CHECK(homework[1].templateId == QStringLiteral("walk"));
    CHECK(homework[1].dueDate == f.today().addDays(5));
}

TEST_CASE("an empty lesson id opens the module's first lesson", "[programme][progress]") {
    ProgressFixture f;
    f.progress->openPage(kFirst, QString(), 1);
    CHECK(f.progress->position(kFirst).lessonId == QStringLiteral("a"));
    CHECK(f.progress->position(kFirst).pageIndex == 1);
}

TEST_CASE("turning pages moves the position and queues nothing new", "[programme][progress]") {
    ProgressFixture f;
    f.progress->openPage(kFirst, QStringLiteral("a"), 0);
    f.now = f.now.addSecs(90);
    f.progress->openPage(kFirst, QStringLiteral("a"), 1);
    f.progress->openPage(kFirst, QStringLiteral("a"), 0); // back: read already
    const ModuleProgress p = f.progress->module(kFirst);
    CHECK(p.pagesRead == 2);
    CHECK(p.position.lessonId == QStringLiteral("a"));
    CHECK(p.position.pageIndex == 0);
    CHECK(p.startedAt == f.now.addSecs(-90)); // the start does not move
    CHECK(f.outbox() == QStringList{kCreate});
    CHECK(f.homework().size() == 2); // assigned once
}

TEST_CASE("reading the last unread page completes the module, in any order",
          "[programme][progress]") {
    ProgressFixture f;
    f.progress->openPage(kFirst, QStringLiteral("b"), 0);
    f.progress->openPage(kFirst, QStringLiteral("a"), 1);
    CHECK_FALSE(f.progress->module(kFirst).completedAt.isValid());
    f.now = f.now.addSecs(600);
    f.progress->openPage(kFirst, QStringLiteral("a"), 0);

    ModuleProgress p = f.progress->module(kFirst);
    CHECK(p.status.state == ModuleState::Done);
    CHECK(p.completedAt == f.now);
    CHECK(p.pagesRead == 3);
    CHECK(f.outbox() == QStringList{kCreate, kUpdate});

    // Reading it again changes the position only.
    f.now = f.now.addDays(1);
    f.progress->openPage(kFirst, QStringLiteral("b"), 0);
    p = f.progress->module(kFirst);
    CHECK(p.completedAt == f.now.addDays(-1));
    CHECK(p.position.lessonId == QStringLiteral("b"));
    CHECK(f.outbox() == QStringList{kCreate, kUpdate});
}

TEST_CASE("a locked module is refused, saying what it waits for", "[programme][progress]") {
    ProgressFixture f;
    const Error notDone =
        errorOf([&] { f.progress->openPage(kSecond, QStringLiteral("only"), 0); });
    CHECK(notDone.code() == ErrorCode::InvalidInput);
    CHECK(notDone.message() == QStringLiteral("This module opens when you have read \"First "
                                              "steps\"."));

    f.readThrough(kFirst);
    const QDate opensOn = f.today().addDays(7);
    f.now = f.now.addDays(6);
    const Error tooSoon =
        errorOf([&] { f.progress->openPage(kSecond, QStringLiteral("only"), 0); });
    CHECK(tooSoon.message() ==
          QStringLiteral("This module opens on %1, so that there is time to practise \"First "
                         "steps\" first.")
              .arg(QLocale().toString(opensOn, QLocale::LongFormat)));
    CHECK(f.progress->module(kSecond).status.reason.availableOn == opensOn);

    // A week later the required homework (breathe, twice) is what it waits for; the optional
    // walk is not.
    f.now = f.now.addDays(1);
    const Error homework =
        errorOf([&] { f.progress->openPage(kSecond, QStringLiteral("only"), 0); });
    CHECK(homework.message() ==
          QStringLiteral("This module opens when the homework of \"First steps\" is done (1 "
                         "left)."));
    homework::HomeworkStore store(f.db(), f.clock);
    const std::vector<homework::Homework> assigned = f.homework();
    const auto breathe = std::find_if(assigned.begin(), assigned.end(), [](const auto& h) {
        return h.templateId == QStringLiteral("breathe");
    });
    REQUIRE(breathe != assigned.end());
    const QString breatheId = breathe->id;
    store.checkOff(breatheId);
    CHECK(f.progress->module(kSecond).status.state == ModuleState::Locked);
    store.checkOff(breatheId);
    CHECK(f.progress->module(kSecond).status.state == ModuleState::Available);
    f.progress->openPage(kSecond, QStringLiteral("only"), 0);
    CHECK(f.progress->module(kSecond).status.state == ModuleState::Done); // its only page
    CHECK(f.progress->module(kSecond).pagesRead == 1);
}

TEST_CASE("a module the clinic unlocked opens before its turn", "[programme][progress]") {
    ProgressFixture f;
    CHECK(f.progress->clinicUnlocked().isEmpty());
    ProgrammeProgress::setClinicUnlocked(f.db(), {kThird});
    CHECK(f.progress->clinicUnlocked() == QStringList{kThird});
    const ModuleProgress third = f.progress->module(kThird);
    CHECK(third.status.state == ModuleState::Available);
    CHECK(third.status.unlockedByClinic);
    f.progress->openPage(kThird, QStringLiteral("last"), 1);
    CHECK(f.progress->module(kThird).status.state == ModuleState::InProgress);

    // Withdrawn by the clinic later: a module once started stays open.
    ProgrammeProgress::setClinicUnlocked(f.db(), {});
    CHECK(f.progress->module(kThird).status.state == ModuleState::InProgress);
    f.progress->openPage(kThird, QStringLiteral("last"), 0);
    CHECK(f.progress->module(kThird).status.state == ModuleState::Done);
    CHECK(f.progress->module(kSecond).status.state == ModuleState::Locked);
}

TEST_CASE("an unknown module, lesson or page is refused", "[programme][progress]") {
    ProgressFixture f;
    CHECK(errorOf([&] { f.progress->openPage(QStringLiteral("gone"), {}, 0); }).code() ==
          ErrorCode::NotFound);
    CHECK(errorOf([&] { f.progress->module(QStringLiteral("gone")); }).code() ==
          ErrorCode::NotFound);
    CHECK(errorOf([&] { f.progress->openPage(kFirst, QStringLiteral("z"), 0); }).code() ==
          ErrorCode::InvalidInput);
    CHECK(errorOf([&] { f.progress->openPage(kFirst, QStringLiteral("a"), 2); }).code() ==
          ErrorCode::InvalidInput);
    CHECK(errorOf([&] { f.progress->openPage(kFirst, QStringLiteral("a"), -1); }).code() ==
          ErrorCode::InvalidInput);
    // Nothing was started by the refusals.
    CHECK_FALSE(f.progress->module(kFirst).startedAt.isValid());
    CHECK(f.outbox().isEmpty());
}

TEST_CASE("reading time counts at most 30 minutes a span", "[programme][progress]") {
    ProgressFixture f;
    f.progress->addTimeSpent(kFirst, 5 * kMinute); // not started: no reading happened
    CHECK(f.progress->module(kFirst).timeSpentMs == 0);

    f.progress->openPage(kFirst, QStringLiteral("a"), 0);
    f.progress->addTimeSpent(kFirst, 4 * kMinute);
    f.progress->addTimeSpent(kFirst, 3 * 60 * kMinute); // a window left open over lunch
    f.progress->addTimeSpent(kFirst, 0);
    f.progress->addTimeSpent(kFirst, -kMinute);
    CHECK(f.progress->module(kFirst).timeSpentMs == 34 * kMinute);
}

TEST_CASE("more reading time is queued once while a send of the module waits",
          "[programme][progress]") {
    ProgressFixture f;
    f.progress->openPage(kFirst, QStringLiteral("a"), 0);
    f.progress->addTimeSpent(kFirst, kMinute);
    f.progress->addTimeSpent(kFirst, kMinute);
    CHECK(f.outbox() == QStringList{kCreate}); // the engine sends the latest state

    // Sent: the next minute is queued again.
    store::Outbox outbox(f.db());
    for (const store::Outbox::Entry& e : outbox.pending(10))
        outbox.markDone(e.id);
    f.progress->addTimeSpent(kFirst, kMinute);
    f.progress->addTimeSpent(kFirst, kMinute);
    CHECK(f.outbox() == QStringList{kCreate, kUpdate});
    CHECK(outbox.pendingCount() == 1);
    CHECK(f.progress->module(kFirst).timeSpentMs == 4 * kMinute);
}

TEST_CASE("a module left mid-lesson resumes at the same page after a restart",
          "[programme][progress]") {
    ProgressFixture f;
    f.progress->openPage(kFirst, QStringLiteral("a"), 0);
    f.progress->openPage(kFirst, QStringLiteral("a"), 1);
    f.progress->addTimeSpent(kFirst, 3 * kMinute);
    const QString recordId = f.progress->module(kFirst).recordId;

    f.reopen();
    const ModuleProgress p = f.progress->module(kFirst);
    CHECK(p.position.lessonId == QStringLiteral("a"));
    CHECK(p.position.pageIndex == 1);
    CHECK(f.progress->position(kFirst).pageIndex == 1);
    CHECK(p.pagesRead == 2);
    CHECK(p.timeSpentMs == 3 * kMinute);
    CHECK(p.recordId == recordId);
    CHECK(p.status.state == ModuleState::InProgress);
}

TEST_CASE("a position the content no longer has resumes at the module's beginning",
          "[programme][progress]") {
    ProgressFixture f;
    f.progress->openPage(kFirst, QStringLiteral("b"), 0);
    // A later version of the content renamed lesson b.
    store::Statement rename =
        f.db().prepare("UPDATE programme_modules SET lesson_id = 'b-old' WHERE module_id = ?");
    rename.bind(1, kFirst).run();
    CHECK(f.progress->position(kFirst).lessonId.isEmpty());
    CHECK(f.progress->position(kFirst).pageIndex == 0);
}

namespace {

// Starts the programme writer, lets it report `opens` pages opened, then kills it with SIGKILL.
// Returns the number of the last page it reported (-1: none).
long runWriterUntilKilled(const QString& profileDir, const QString& programmeDir, long opens) {
    QProcess writer;
    writer.setProgram(QStringLiteral(PACEWISE_PROGRAMME_WRITER));
    writer.setArguments({profileDir, programmeDir});
    writer.start();
    REQUIRE(writer.waitForStarted());
    writer.write(test::kPassphrase.toUtf8() + '\n');
    writer.closeWriteChannel();

    long last = -1;
    QByteArray pending;
    while (last + 1 < opens && writer.waitForReadyRead(30000)) {
        pending += writer.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = pending.left(newline).split(' ');
            pending.remove(0, newline + 1);
            if (words.value(0) == "opened")
                last = words.value(1).toLong();
        }
    }
    ::kill(pid_t(writer.processId()), SIGKILL);
    writer.waitForFinished();
    INFO(QString::fromUtf8(writer.readAllStandardError()).toStdString());
    REQUIRE(last + 1 >= opens);
    return last;
}

} // namespace

TEST_CASE("a page reported open survives a SIGKILL, and the module resumes there",
          "[programme][progress][crash]") {
    QTemporaryDir dir;
    store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions()).reset();
    const test::SmallProgrammeDir content;
    const Programme programme = content.load();
    // The writer opens a/0, a/1, b/0, a/0, ... Each round kills it at another point: after the
    // first page (mid-lesson), after the second, after the module was completed, and later.
    const std::pair<QString, int> pages[] = {
        {QStringLiteral("a"), 0}, {QStringLiteral("a"), 1}, {QStringLiteral("b"), 0}};
    QString recordId;
    for (const long opens : {1L, 2L, 3L, 7L}) {
        CAPTURE(opens);
        const long last = runWriterUntilKilled(dir.path(), content.path(), opens);

        auto profile = store::Profile::open(dir.path(), test::kPassphrase);
        ProgrammeProgress progress(profile->database(), programme);
        const ReadingPosition at = progress.position(kFirst);
        // Where the last report said, or one page further: the kill may land after a commit,
        // before its report.
        const auto& reported = pages[last % 3];
        const auto& next = pages[(last + 1) % 3];
        CHECK(((at.lessonId == reported.first && at.pageIndex == reported.second) ||
               (at.lessonId == next.first && at.pageIndex == next.second)));
        const ModuleProgress p = progress.module(kFirst);
        CHECK(p.pagesRead >= std::min<long>(last + 1, 3));
        if (last >= 2)
            CHECK(p.status.state == ModuleState::Done);
        if (recordId.isEmpty())
            recordId = p.recordId;
        CHECK(p.recordId == recordId); // started once, whatever the kills
        store::Statement creates =
            profile->database().prepare("SELECT count(*) FROM outbox WHERE kind = ? AND "
                                        "operation = 'create'");
        creates.bind(1, QLatin1String(fhir::kModuleProgressKind));
        creates.step();
        CHECK(creates.int64(0) == 1);
    }
}

TEST_CASE("the synthetic generator records a module read through in its own transaction",
          "[programme][progress]") {
    ProgressFixture f;
    const QDateTime started = f.now.addDays(-20);
    const QDateTime finished = f.now.addDays(-18);
    {
        store::Transaction transaction(f.db());
        f.progress->recordCompleted(kFirst, started, finished, 25 * kMinute);
        transaction.commit();
    }
    const ModuleProgress p = f.progress->module(kFirst);
    CHECK(p.status.state == ModuleState::Done);
    CHECK(p.startedAt == started);
    CHECK(p.completedAt == finished);
    CHECK(p.timeSpentMs == 25 * kMinute);
    CHECK(p.pagesRead == 3);
    CHECK(f.outbox() == QStringList{kCreate});
    const std::vector<homework::Homework> homework = f.homework();
    REQUIRE(homework.size() == 2);
    for (const homework::Homework& h : homework) {
        CHECK(h.assignedAt == started);
        CHECK(h.dueDate >= started.toLocalTime().date().addDays(5));
    }
    // Outside a transaction it is a programming error, not a silent write.
    CHECK(errorOf([&] { f.progress->recordCompleted(kSecond, started, finished, 0); }).code() ==
          ErrorCode::Internal);
}
