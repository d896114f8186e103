// The relaxation practices' timing (breathing pacer, muscle relaxation, imagery) and the pacing
// planner's view-model, without a QML engine, on a real (temporary, encrypted) profile with the
// bundled programme. The practice's clock is a fake the test moves by hand, so every phase
// boundary is checked to the millisecond; records are read back from the store and the outbox.
// Arrange a profile -> act through the view-model -> look at the view-model and the store.

#include "CatchRunner.h"
#include "OpenProfile.h"
#include "QtStringMaker.h"
#include "exercises/PacingPlanModel.h"
#include "exercises/RelaxationPractice.h"
#include "homework/HomeworkStore.h"
#include "programme/ExerciseStore.h"
#include "programme/Programme.h"
#include "shell/Translations.h"
#include "store/Database.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cmath>
#include <functional>
#include <memory>

using namespace pacewise;
using pacewise::ui::PacingPlanModel;
using pacewise::ui::RelaxationPractice;
using pacewise::ui::test::OpenProfile;
using Stage = RelaxationPractice::Stage;

namespace {

// A clock the test moves: milliseconds since the practice's view-model was made.
struct FakeClock {
    qint64 ms = 1'000'000;
    void advance(qint64 by) { ms += by; }
};

// A practice on `profile` as the screen makes it, on `clock`.
std::unique_ptr<RelaxationPractice> practiceOn(OpenProfile& profile, FakeClock& clock,
                                               const QString& directory = {}) {
    auto practice = std::make_unique<RelaxationPractice>();
    practice->setClock([&clock] { return clock.ms; });
    if (!directory.isEmpty())
        practice->setProgrammeDirectory(directory);
    practice->setSession(&profile.session);
    return practice;
}

// Moves the fake clock on and lets the practice look at it (as the timer would).
void after(RelaxationPractice& practice, FakeClock& clock, qint64 ms) {
    clock.advance(ms);
    practice.tick();
}

const programme::Practices& bundledPractices() {
    static const programme::Programme programme = programme::Programme::load(QStringLiteral("en"));
    return programme.practices();
}

// A copy of the bundled English programme in `folder` (as <folder>/en/) with its practices
// changed by `edit`: a breathing rhythm with a hold, a short PMR.
QString programmeWith(const QTemporaryDir& folder, const std::function<void(QJsonObject&)>& edit) {
    const QString source = QStringLiteral(":/pacewise/programme/en");
    const QString target = folder.filePath(QStringLiteral("en"));
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString copy = target + file.mid(source.size());
        QDir().mkpath(QFileInfo(copy).path());
        REQUIRE(QFile::copy(file, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    }
    QFile practices(target + QStringLiteral("/practices.json"));
    REQUIRE(practices.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(practices.readAll()).object();
    practices.close();
    edit(json);
    REQUIRE(practices.open(QIODevice::WriteOnly | QIODevice::Truncate));
    practices.write(QJsonDocument(json).toJson());
    return folder.path();
}

int outboxCount(store::Database& db, const QString& kind, const QString& entityId) {
    auto statement = db.prepare("SELECT COUNT(*) FROM outbox WHERE kind = ?1 AND entity_id = ?2");
    statement.bind(1, kind);
    statement.bind(2, entityId);
    REQUIRE(statement.step());
    return int(statement.int64(0));
}

// A module's relaxation homework, due in a week, to be done `times` times.
homework::Homework assignRelaxation(store::Database& db, int times) {
    homework::HomeworkStore store(db);
    return store.assignFromModule(
        QStringLiteral("relaxation"), QStringLiteral("breathing-practice"),
        QStringLiteral("Practise slow breathing"), QStringLiteral("Use the breathing pacer."),
        QStringLiteral("relaxation"), times, QDate::currentDate().addDays(7));
}

} // namespace

// ---- The breathing pacer --------------------------------------------------------------------

TEST_CASE("Breathing goes in and out for whole rounds that fill the chosen length",
          "[relaxation][breathing]") {
    OpenProfile profile;
    FakeClock clock;
    auto practice = practiceOn(profile, clock);
    REQUIRE(practice->loaded());
    const auto& p = bundledPractices();
    REQUIRE(p.inhaleSeconds > 0);
    REQUIRE(p.exhaleSeconds > 0);
    REQUIRE(p.holdSeconds == 0); // a rhythm with a hold has its own case below
    const qint64 in = p.inhaleSeconds * 1000;
    const qint64 out = p.exhaleSeconds * 1000;
    const qint64 cycle = in + p.holdSeconds * 1000 + out;

    practice->setTechnique(QStringLiteral("breathing"));
    practice->setLengthMinutes(3);
    const int rounds = int(std::lround(180'000.0 / double(cycle)));
    CHECK(practice->rounds() == rounds);

    // Not without the tension before.
    CHECK_FALSE(practice->start());
    CHECK_FALSE(practice->errorMessage().isEmpty());
    CHECK(practice->stage() == Stage::Ready);

    practice->setTensionBefore(7);
    REQUIRE(practice->start());
    CHECK(practice->errorMessage().isEmpty());
    CHECK(practice->stage() == Stage::Practising);
    CHECK(practice->phase() == QLatin1String("in"));
    CHECK(practice->cue() == p.inhaleCue);
    CHECK(practice->round() == 1);
    CHECK(practice->phaseSecondsLeft() == p.inhaleSeconds);
    CHECK(practice->phaseProgress() == Approx(0));
    CHECK(practice->secondsLeft() == rounds * cycle / 1000);

    // Halfway through the in-breath.
    after(*practice, clock, in / 2);
    CHECK(practice->phase() == QLatin1String("in"));
    CHECK(practice->phaseProgress() == Approx(0.5));
    // A millisecond before the out-breath, then on it.
    after(*practice, clock, in - in / 2 - 1);
    CHECK(practice->phase() == QLatin1String("in"));
    CHECK(practice->phaseSecondsLeft() == 1);
    QSignalSpy phases(practice.get(), &RelaxationPractice::phaseChanged);
    after(*practice, clock, 1);
    CHECK(phases.count() == 1);
    CHECK(practice->phase() == QLatin1String("out"));
    CHECK(practice->cue() == p.exhaleCue);
    CHECK(practice->phaseSeconds() == p.exhaleSeconds);
    CHECK(practice->phaseProgress() == Approx(0));
    after(*practice, clock, out - 1);
    CHECK(practice->phase() == QLatin1String("out"));
    CHECK(practice->round() == 1);
    // The second round begins with an in-breath.
    after(*practice, clock, 1);
    CHECK(practice->phase() == QLatin1String("in"));
    CHECK(practice->round() == 2);

    // A late tick (a suspended laptop) lands where the clock says, not one phase on.
    after(*practice, clock, cycle * 3 + in + 10);
    CHECK(practice->round() == 5);
    CHECK(practice->phase() == QLatin1String("out"));

    // It ends by itself after the last out-breath, at the full length.
    QSignalSpy completed(practice.get(), &RelaxationPractice::completed);
    after(*practice, clock, qint64(rounds) * cycle); // far beyond the end
    CHECK(completed.count() == 1);
    CHECK(practice->stage() == Stage::Finished);
    CHECK_FALSE(practice->stoppedEarly());
    CHECK(practice->phase().isEmpty());
    CHECK(practice->minutesPractised() ==
          Approx(std::round(double(rounds * cycle) / 6000.0) / 10.0));
}

TEST_CASE("Breathing with a hold goes in, holds, then out, each for its own seconds",
          "[relaxation][breathing]") {
    QTemporaryDir folder;
    const QString directory = programmeWith(folder, [](QJsonObject& json) {
        QJsonObject breathing = json.value(QStringLiteral("breathing")).toObject();
        breathing[QStringLiteral("inhaleSeconds")] = 3;
        breathing[QStringLiteral("holdSeconds")] = 2;
        breathing[QStringLiteral("exhaleSeconds")] = 5;
        json[QStringLiteral("breathing")] = breathing;
    });
    OpenProfile profile;
    FakeClock clock;
    auto practice = practiceOn(profile, clock, directory);
    REQUIRE(practice->loaded());
    practice->setLengthMinutes(10);
    CHECK(practice->rounds() == 60); // 10 minutes of 10-second breaths
    practice->setTensionBefore(4);
    REQUIRE(practice->start());

    QStringList seen;
    for (int s = 0; s < 20; ++s) {
        seen << practice->phase() + QString::number(practice->phaseSecondsLeft());
        after(*practice, clock, 1000);
    }
    CHECK(seen == QStringList{"in3",   "in2",  "in1",  "hold2", "hold1", "out5", "out4",
                              "out3",  "out2", "out1", "in3",   "in2",   "in1",  "hold2",
                              "hold1", "out5", "out4", "out3",  "out2",  "out1"});
    CHECK(practice->round() == 3);
}

TEST_CASE("Pausing the pacer stops the time, and going on starts where it was",
          "[relaxation][breathing]") {
    OpenProfile profile;
    FakeClock clock;
    auto practice = practiceOn(profile, clock);
    const auto& p = bundledPractices();
    practice->setTensionBefore(5);
    REQUIRE(practice->start());
    after(*practice, clock, 1500);
    practice->pause();
    CHECK(practice->paused());
    const qreal progress = practice->phaseProgress();

    // Ten minutes pass during the pause: nothing moves, the practice does not end.
    after(*practice, clock, 600'000);
    CHECK(practice->stage() == Stage::Practising);
    CHECK(practice->elapsedSeconds() == 1);
    CHECK(practice->phaseProgress() == Approx(progress));

    practice->togglePause();
    CHECK_FALSE(practice->paused());
    after(*practice, clock, p.inhaleSeconds * 1000 - 1500);
    CHECK(practice->phase() == QLatin1String("out"));
    CHECK(practice->phaseProgress() == Approx(0));
}

TEST_CASE("Stopping early keeps what was done, which can still be saved",
          "[relaxation][breathing][records]") {
    OpenProfile profile;
    FakeClock clock;
    auto practice = practiceOn(profile, clock);
    practice->setLengthMinutes(10);
    practice->setTensionBefore(8);
    REQUIRE(practice->start());
    after(*practice, clock, 90'000); // a minute and a half
    QSignalSpy completed(practice.get(), &RelaxationPractice::completed);
    practice->stop();
    CHECK(completed.isEmpty());
    CHECK(practice->stage() == Stage::Finished);
    CHECK(practice->stoppedEarly());
    CHECK(practice->minutesPractised() == Approx(1.5));

    // The clock goes on: what was done stays.
    after(*practice, clock, 60'000);
    CHECK(practice->minutesPractised() == Approx(1.5));

    practice->setTensionAfter(6);
    CHECK(practice->resultText() == QStringLiteral("Tension 8 → 6"));
    REQUIRE(practice->save());
    CHECK(practice->stage() == Stage::Saved);
    CHECK(practice->minutesText() == QStringLiteral("Minutes practised: 1.5."));

    const programme::Programme programme = programme::Programme::load(QStringLiteral("en"));
    programme::ExerciseStore records(profile.db(), programme);
    const auto record = records.find(practice->savedRecordId());
    REQUIRE(record);
    CHECK(record->exerciseId == QStringLiteral("relaxation"));
    CHECK(record->completed());
    CHECK(record->answers.at(QStringLiteral("technique")).coding.code ==
          QStringLiteral("breathing"));
    CHECK(record->answers.at(QStringLiteral("minutes")).decimal == Approx(1.5));
    CHECK(record->answers.at(QStringLiteral("tension-before")).integer == 8);
    CHECK(record->answers.at(QStringLiteral("tension-after")).integer == 6);
    CHECK(outboxCount(profile.db(), QStringLiteral("exercise-record"), record->id) == 1);
}

// ---- Muscle relaxation ----------------------------------------------------------------------

TEST_CASE("Muscle relaxation tenses then lets go for each group, and moves on by itself",
          "[relaxation][pmr]") {
    OpenProfile profile;
    FakeClock clock;
    auto practice = practiceOn(profile, clock);
    const auto& p = bundledPractices();
    REQUIRE(p.pmrSteps.size() >= 8);
    const qint64 tense = p.tenseSeconds * 1000;
    const qint64 release = p.releaseSeconds * 1000;

    practice->setTechnique(QStringLiteral("pmr"));
    CHECK(practice->stepCount() == int(p.pmrSteps.size()));
    practice->setTensionBefore(6);
    REQUIRE(practice->start());
    CHECK(practice->stepIndex() == 0);
    CHECK(practice->stepTitle() == p.pmrSteps[0].title);
    CHECK(practice->stepInstruction() == p.pmrSteps[0].instruction);
    CHECK(practice->phase() == QLatin1String("tense"));
    CHECK(practice->countdownText() == QStringLiteral("Tense… %1").arg(p.tenseSeconds));

    after(*practice, clock, tense - 1);
    CHECK(practice->phase() == QLatin1String("tense"));
    CHECK(practice->countdownText() == QStringLiteral("Tense… 1"));
    after(*practice, clock, 1);
    CHECK(practice->phase() == QLatin1String("release"));
    CHECK(practice->cue() == p.releaseCue);
    CHECK(practice->countdownText() == QStringLiteral("Let go… %1").arg(p.releaseSeconds));
    after(*practice, clock, release);
    CHECK(practice->stepIndex() == 1);
    CHECK(practice->stepTitle() == p.pmrSteps[1].title);
    CHECK(practice->phase() == QLatin1String("tense"));

    // Paused in the middle of letting go: the countdown waits.
    after(*practice, clock, tense + 2000);
    practice->pause();
    const QString countdown = practice->countdownText();
    after(*practice, clock, 120'000);
    CHECK(practice->countdownText() == countdown);
    CHECK(practice->stepIndex() == 1);
    practice->resume();

    // Next skips to the next group from its start; Back goes to the one before.
    practice->next();
    CHECK(practice->stepIndex() == 2);
    CHECK(practice->phase() == QLatin1String("tense"));
    CHECK(practice->phaseProgress() == Approx(0));
    practice->back();
    practice->back();
    CHECK(practice->stepIndex() == 0);
    practice->back();
    CHECK(practice->stepIndex() == 0);
    CHECK(practice->stage() == Stage::Practising);
}

TEST_CASE("Muscle relaxation ends after the last group, skipped to or waited for",
          "[relaxation][pmr]") {
    OpenProfile profile;
    FakeClock clock;
    auto practice = practiceOn(profile, clock);
    const auto& p = bundledPractices();
    const int steps = int(p.pmrSteps.size());
    const qint64 step = (p.tenseSeconds + p.releaseSeconds) * 1000;
    practice->setTechnique(QStringLiteral("pmr"));
    practice->setTensionBefore(6);

    SECTION("waited for") {
        REQUIRE(practice->start());
        after(*practice, clock, step * (steps - 1) + 1000);
        CHECK(practice->stepIndex() == steps - 1);
        CHECK(practice->progress() > 0.9);
        QSignalSpy completed(practice.get(), &RelaxationPractice::completed);
        after(*practice, clock, step);
        CHECK(completed.count() == 1);
        CHECK(practice->stage() == Stage::Finished);
        CHECK_FALSE(practice->stoppedEarly());
        CHECK(practice->minutesPractised() == Approx(std::round(step * steps / 6000.0) / 10.0));
    }
    SECTION("skipped to") {
        REQUIRE(practice->start());
        for (int i = 0; i < steps - 1; ++i) {
            after(*practice, clock, 1000);
            practice->next();
        }
        CHECK(practice->stepIndex() == steps - 1);
        CHECK(practice->stage() == Stage::Practising);
        practice->next();
        CHECK(practice->stage() == Stage::Finished);
        CHECK_FALSE(practice->stoppedEarly());
        CHECK(practice->elapsedSeconds() == steps - 1);
    }
}

// ---- Imagery --------------------------------------------------------------------------------

TEST_CASE("Imagery shows the script untimed and counts the minutes spent reading it",
          "[relaxation][imagery][records]") {
    OpenProfile profile;
    FakeClock clock;
    auto practice = practiceOn(profile, clock);
    const auto& p = bundledPractices();
    practice->setTechnique(QStringLiteral("imagery"));
    CHECK(practice->imageryTitle() == p.imageryTitle);
    CHECK(practice->imageryParagraphs() == p.imageryParagraphs);
    CHECK_FALSE(practice->imageryParagraphs().isEmpty());
    practice->setTensionBefore(3);
    REQUIRE(practice->start());
    CHECK(practice->phase() == QLatin1String("reading"));
    after(*practice, clock, 3600'000); // no end of its own
    CHECK(practice->stage() == Stage::Practising);
    practice->finishReading();
    CHECK(practice->stage() == Stage::Finished);
    CHECK(practice->minutesPractised() == Approx(60));
    // Without a rating after: saved with the one before only.
    CHECK(practice->resultText() == QStringLiteral("Tension before: 3"));
    REQUIRE(practice->save());
    const programme::Programme programme = programme::Programme::load(QStringLiteral("en"));
    const auto record =
        programme::ExerciseStore(profile.db(), programme).find(practice->savedRecordId());
    REQUIRE(record);
    CHECK(record->answers.at(QStringLiteral("technique")).coding.code == QStringLiteral("imagery"));
    CHECK(record->answers.count(QStringLiteral("tension-after")) == 0);
}

// ---- Homework -------------------------------------------------------------------------------

TEST_CASE("A saved practice checks off the homework it was done for",
          "[relaxation][homework][records]") {
    OpenProfile profile;
    FakeClock clock;
    const homework::Homework first = assignRelaxation(profile.db(), 5);
    homework::HomeworkStore homework(profile.db());
    const homework::Homework second = homework.assignFromModule(
        QStringLiteral("relaxation"), QStringLiteral("muscle-practice"),
        QStringLiteral("Practise muscle relaxation"), QStringLiteral("Twice this week."),
        QStringLiteral("relaxation"), 2, QDate::currentDate().addDays(3));

    auto practice = practiceOn(profile, clock);
    practice->setHomeworkId(first.id);
    practice->setTensionBefore(7);
    REQUIRE(practice->start());
    after(*practice, clock, 30'000);
    practice->stop();
    practice->setTensionAfter(5);
    REQUIRE(practice->save());
    CHECK(practice->homeworkCheckedOff());
    // The one it was opened for, not the one due sooner.
    CHECK(homework.find(first.id)->doneCount == 1);
    CHECK(homework.find(second.id)->doneCount == 0);

    // Again, from the start: a second record, a second tick.
    const QString firstRecord = practice->savedRecordId();
    practice->reset();
    CHECK(practice->stage() == Stage::Ready);
    CHECK(practice->tensionBefore() == -1);
    practice->setTensionBefore(6);
    REQUIRE(practice->start());
    practice->stop();
    REQUIRE(practice->save());
    CHECK(practice->savedRecordId() != firstRecord);
    CHECK(homework.find(first.id)->doneCount == 2);

    const programme::Programme programme = programme::Programme::load(QStringLiteral("en"));
    CHECK(programme::ExerciseStore(profile.db(), programme).count(QStringLiteral("relaxation")) ==
          2);
}

TEST_CASE("Saving is refused while locked, with words to act on", "[relaxation][records]") {
    OpenProfile profile;
    FakeClock clock;
    auto practice = practiceOn(profile, clock);
    practice->setTensionBefore(2);
    REQUIRE(practice->start());
    practice->stop();
    profile.session.lock();
    QSignalSpy failed(practice.get(), &RelaxationPractice::failed);
    CHECK_FALSE(practice->save());
    CHECK(practice->stage() == Stage::Finished);
    CHECK(practice->errorMessage().contains(QStringLiteral("locked")));
}

// ---- The pacing plan ------------------------------------------------------------------------

namespace {

const QDate planDay(2026, 3, 2); // a Monday

std::unique_ptr<PacingPlanModel> planOn(OpenProfile& profile, QDate& today,
                                        const QString& recordId = {}) {
    auto plan = std::make_unique<PacingPlanModel>();
    plan->setClock([&today] { return QDateTime(today, QTime(18, 0)); });
    plan->setRecordId(recordId);
    plan->setSession(&profile.session);
    return plan;
}

std::vector<QPointF> pointsOf(const QXYSeries& series) {
    const QList<QPointF> points = series.points();
    return {points.begin(), points.end()};
}

} // namespace

TEST_CASE("A pacing plan's baseline and quota come from the tries", "[pacing]") {
    OpenProfile profile;
    QDate today = planDay;
    auto plan = planOn(profile, today);
    CHECK_FALSE(plan->hasPlan());
    CHECK(plan->errorMessage().isEmpty());

    const QVariantMap preview = plan->preview({QStringLiteral("10"), QStringLiteral("12"), 8});
    CHECK(preview.value(QStringLiteral("valid")).toBool());
    CHECK(preview.value(QStringLiteral("baseline")).toDouble() == Approx(10));
    CHECK(preview.value(QStringLiteral("quota")).toDouble() == Approx(8));
    CHECK(plan->preview({QString(), QString()}).value(QStringLiteral("valid")).toBool() == false);
    CHECK(plan->preview({QStringLiteral("ten")}).value(QStringLiteral("valid")).toBool() == false);

    // Refused, each with its reason, and nothing stored.
    CHECK_FALSE(plan->savePlan(QStringLiteral("  "), {10}, 10, planDay));
    CHECK_FALSE(plan->errorMessage().isEmpty());
    CHECK_FALSE(plan->savePlan(QStringLiteral("Walk"), {QStringLiteral("ten")}, 10, planDay));
    CHECK_FALSE(plan->savePlan(QStringLiteral("Walk"), {700}, 10, planDay));
    CHECK_FALSE(plan->savePlan(QStringLiteral("Walk"), {10}, 60, planDay));
    CHECK_FALSE(plan->savePlan(QStringLiteral("Walk"), {0, 0}, 10, planDay));
    CHECK_FALSE(plan->hasPlan());

    QSignalSpy changed(plan.get(), &PacingPlanModel::planChanged);
    REQUIRE(plan->savePlan(QStringLiteral("Walk"), {QStringLiteral("10"), 12, QStringLiteral("8")},
                           10, planDay));
    CHECK(changed.count() == 1);
    CHECK(plan->errorMessage().isEmpty());
    CHECK(plan->hasPlan());
    CHECK(plan->activity() == QStringLiteral("Walk"));
    CHECK(plan->baseline() == Approx(10));
    CHECK(plan->quota() == Approx(8));
    CHECK(plan->increasePercent() == 10);
    CHECK(plan->weekNumber() == 1);
    CHECK(plan->quotaToday() == Approx(8));
    CHECK(plan->quotaText() == QStringLiteral("Walk for 8 minutes, then rest."));

    // The record holds what the clinic reads.
    const programme::Programme programme = programme::Programme::load(QStringLiteral("en"));
    programme::ExerciseStore records(profile.db(), programme);
    const auto record = records.find(plan->planId());
    REQUIRE(record);
    CHECK(record->exerciseId == QStringLiteral("pacing-plan"));
    CHECK(record->completed());
    const auto& a = record->answers;
    CHECK(a.at(QStringLiteral("activity")).string == QStringLiteral("Walk"));
    CHECK(a.at(QStringLiteral("try-1")).decimal == Approx(10));
    CHECK(a.at(QStringLiteral("try-2")).decimal == Approx(12));
    CHECK(a.at(QStringLiteral("try-3")).decimal == Approx(8));
    CHECK(a.at(QStringLiteral("baseline")).decimal == Approx(10));
    CHECK(a.at(QStringLiteral("quota")).decimal == Approx(8));
    CHECK(a.at(QStringLiteral("increase-percent")).integer == 10);
    CHECK(a.at(QStringLiteral("start-date")).date() == planDay);
    CHECK(outboxCount(profile.db(), QStringLiteral("exercise-record"), record->id) == 1);

    // A week later the quota has grown by the planned 10 %.
    today = planDay.addDays(7);
    CHECK(plan->weekNumber() == 2);
    CHECK(plan->quotaToday() ==
          Approx(programme::PacingPlan::make({10, 12, 8}, 10, planDay).quotaOn(today)));
    CHECK(plan->quotaToday() > 8);
}

TEST_CASE("A plan that starts later says when", "[pacing]") {
    OpenProfile profile;
    QDate today = planDay;
    auto plan = planOn(profile, today);
    REQUIRE(plan->savePlan(QStringLiteral("Gardening"), {20}, 5, planDay.addDays(7)));
    CHECK(plan->weekNumber() == 0);
    CHECK(plan->quotaText().startsWith(QStringLiteral("Your plan starts on Monday 9 March")));
    CHECK(plan->quotaText().contains(QStringLiteral("Gardening for 16 minutes")));
}

TEST_CASE("Days logged are children of the plan and fill the chart per week", "[pacing][chart]") {
    OpenProfile profile;
    QDate today = planDay;
    auto plan = planOn(profile, today);
    REQUIRE(plan->savePlan(QStringLiteral("Walk"), {10}, 10, planDay));
    const QString planId = plan->planId();

    // Refused: no minutes, too many, a day to come, pain out of range.
    CHECK_FALSE(plan->logDay(today, std::nan(""), -1, {}));
    CHECK_FALSE(plan->errorMessage().isEmpty());
    CHECK_FALSE(plan->logDay(today, 601, -1, {}));
    CHECK_FALSE(plan->logDay(today.addDays(1), 8, -1, {}));
    CHECK_FALSE(plan->logDay(today, 8, 11, {}));
    CHECK(plan->logs().isEmpty());

    REQUIRE(plan->logDay(today, 8, 3, QStringLiteral("felt fine")));
    CHECK(plan->errorMessage().isEmpty());
    CHECK(plan->doneToday() == Approx(8));
    today = planDay.addDays(2);
    REQUIRE(plan->logDay(today, 10, -1, {})); // more than planned: said gently
    CHECK(plan->savedMessage().contains(QStringLiteral("8 minutes")));
    today = planDay.addDays(7);
    REQUIRE(plan->logDay(today.addDays(-1), 9, 2, {})); // yesterday: the last day of week 1
    REQUIRE(plan->logDay(today, 8.5, 4, {}));

    // Each a completed pacing-log record with the plan as its parent.
    const programme::Programme programme = programme::Programme::load(QStringLiteral("en"));
    programme::ExerciseStore records(profile.db(), programme);
    const auto children = records.children(planId);
    REQUIRE(children.size() == 4);
    for (const auto& child : children) {
        CHECK(child.exerciseId == QStringLiteral("pacing-log"));
        CHECK(child.parentId == planId);
        CHECK(child.completed());
    }
    CHECK(children[0].answers.at(QStringLiteral("date")).date() == planDay);
    CHECK(children[0].answers.at(QStringLiteral("minutes-done")).decimal == Approx(8));
    CHECK(children[0].answers.at(QStringLiteral("pain-after")).integer == 3);
    CHECK(children[0].answers.at(QStringLiteral("note")).string == QStringLiteral("felt fine"));
    CHECK(children[1].answers.count(QStringLiteral("pain-after")) == 0);

    // Newest first on the screen.
    REQUIRE(plan->logs().size() == 4);
    CHECK(plan->logs().at(0).toMap().value(QStringLiteral("date")).toDate() == today);
    CHECK(plan->logs().at(3).toMap().value(QStringLiteral("date")).toDate() == planDay);

    // Per week: the quota planned and the minutes logged.
    CHECK(plan->chartWeeks() == 4); // at least four; this is week 2
    const QVariantList weeks = plan->weeks();
    REQUIRE(weeks.size() == 4);
    const QVariantMap week1 = weeks.at(0).toMap();
    const QVariantMap week2 = weeks.at(1).toMap();
    const programme::PacingPlan numbers = programme::PacingPlan::make({10}, 10, planDay);
    CHECK(week1.value(QStringLiteral("quota")).toDouble() == Approx(8));
    CHECK(week1.value(QStringLiteral("done")).toDouble() == Approx(27));
    CHECK(week1.value(QStringLiteral("days")).toInt() == 3);
    CHECK(week2.value(QStringLiteral("quota")).toDouble() ==
          Approx(numbers.quotaOn(planDay.addDays(7))));
    CHECK(week2.value(QStringLiteral("done")).toDouble() == Approx(8.5));
    CHECK(week2.value(QStringLiteral("days")).toInt() == 1);
    CHECK(weeks.at(2).toMap().value(QStringLiteral("days")).toInt() == 0);

    // The series: a flat step for each week, one dot a log inside its week.
    QLineSeries quota;
    plan->fillQuota(&quota);
    const auto steps = pointsOf(quota);
    REQUIRE(steps.size() == 8);
    CHECK(steps[0] == QPointF(0, 8));
    CHECK(steps[1] == QPointF(1, 8));
    CHECK(steps[2].x() == 1);
    CHECK(steps[2].y() == Approx(numbers.quotaOn(planDay.addDays(7))));
    QScatterSeries dots;
    plan->fillLogs(&dots);
    const auto logged = pointsOf(dots);
    REQUIRE(logged.size() == 4);
    CHECK(logged[0].x() > 0);
    CHECK(logged[0].x() < 1.0 / 7.0);
    CHECK(logged[0].y() == Approx(8));
    CHECK(logged[2].x() < 1); // the seventh day is still week 1
    CHECK(logged[3].x() > 1);
    CHECK(plan->chartMaxMinutes() >= 10);

    // In words for a screen reader, without the note.
    const QString words = plan->chartDescription();
    CHECK(words.contains(
        QStringLiteral("Week 1: planned 8 minutes a time. Days logged: 3, 27 minutes in all.")));
    CHECK(words.contains(QStringLiteral("Week 3")));
    CHECK_FALSE(words.contains(QStringLiteral("felt fine")));
}

TEST_CASE("The planner opens the plan asked for, else the newest, else the set-up", "[pacing]") {
    OpenProfile profile;
    QDate today = planDay;
    QString firstId;
    {
        auto plan = planOn(profile, today);
        REQUIRE(plan->savePlan(QStringLiteral("Walk"), {10}, 10, planDay));
        firstId = plan->planId();
        REQUIRE(plan->logDay(today, 8, -1, {}));
        today = planDay.addDays(1);
        plan->startNewPlan();
        CHECK_FALSE(plan->hasPlan());
        REQUIRE(plan->savePlan(QStringLiteral("Read"), {30, 40}, 5, today));
    }
    auto newest = planOn(profile, today);
    CHECK(newest->hasPlan());
    CHECK(newest->activity() == QStringLiteral("Read"));
    CHECK(newest->quota() == Approx(28));
    CHECK(newest->logs().isEmpty());

    auto asked = planOn(profile, today, firstId);
    CHECK(asked->activity() == QStringLiteral("Walk"));
    CHECK(asked->logs().size() == 1);

    auto missing = planOn(profile, today, QStringLiteral("no-such-record"));
    CHECK_FALSE(missing->hasPlan());
    CHECK_FALSE(missing->errorMessage().isEmpty());
}

TEST_CASE("A pacing plan made for homework checks it off", "[pacing][homework]") {
    OpenProfile profile;
    QDate today = planDay;
    homework::HomeworkStore homework(profile.db());
    const auto task = homework.assignFromModule(
        QStringLiteral("pacing"), QStringLiteral("make-a-plan"), QStringLiteral("Make a plan"),
        QStringLiteral("Set up one pacing plan."), QStringLiteral("pacing-plan"), 1,
        QDate::currentDate().addDays(7));
    auto plan = std::make_unique<PacingPlanModel>();
    plan->setClock([&today] { return QDateTime(today, QTime(18, 0)); });
    plan->setHomeworkId(task.id);
    plan->setSession(&profile.session);
    REQUIRE(plan->savePlan(QStringLiteral("Walk"), {10}, 10, planDay));
    CHECK(plan->savedMessage().contains(QStringLiteral("homework")));
    CHECK(homework.find(task.id)->status == homework::Homework::Status::Done);
}

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pacewise-ui-test"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    pacewise::ui::installTranslators(app);
    return pacewise::test::runCatch(argc, argv);
}
