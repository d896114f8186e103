// The unlock rules as a pure function: module 1 is open, module N+1 waits for N to be read
// through, for N's minimum days since it was started, and for N's required homework; a clinician
// can open any module, and a module once started stays open.
#include "programme-fixtures/SmallProgramme.h"
#include "programme/Programme.h"
#include "programme/UnlockRules.h"

#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::programme;

namespace {

const QString kFirst = QStringLiteral("first");   // minimumDays 7
const QString kSecond = QStringLiteral("second"); // minimumDays 0
const QString kThird = QStringLiteral("third");
const QDate kStart(2026, 3, 2);

const Programme& small() {
    static const test::SmallProgrammeDir content;
    static const Programme programme = content.load();
    return programme;
}

ModuleStatus statusOf(const std::map<QString, ModuleFacts>& facts, const QString& moduleId,
                      const QDate& today, const QStringList& clinic = {}) {
    for (const ModuleStatus& s : evaluateUnlocks(small(), facts, clinic, today))
        if (s.moduleId == moduleId)
            return s;
    FAIL("no status for the module");
    return {};
}

ModuleFacts done(const QDate& startedOn, int homeworkOpen = 0) {
    return ModuleFacts{startedOn, true, homeworkOpen};
}

} // namespace

TEST_CASE("at the start only the first module is open", "[programme][unlock]") {
    const std::vector<ModuleStatus> statuses = evaluateUnlocks(small(), {}, {}, kStart);
    REQUIRE(statuses.size() == 3);
    CHECK(statuses[0].moduleId == kFirst);
    CHECK(statuses[0].state == ModuleState::Available);
    CHECK(statuses[0].reason.kind == LockReason::Kind::None);
    CHECK(statuses[1].state == ModuleState::Locked);
    CHECK(statuses[1].reason.kind == LockReason::Kind::PreviousNotDone);
    CHECK(statuses[1].reason.previousModuleId == kFirst);
    CHECK(statuses[2].state == ModuleState::Locked);
    CHECK(statuses[2].reason.previousModuleId == kSecond);
}

TEST_CASE("a module started and not finished is in progress, then done", "[programme][unlock]") {
    CHECK(statusOf({{kFirst, {kStart, false, 0}}}, kFirst, kStart).state ==
          ModuleState::InProgress);
    CHECK(statusOf({{kFirst, done(kStart)}}, kFirst, kStart).state == ModuleState::Done);
}

TEST_CASE("the next module opens on the day the minimum days are over, not the day before",
          "[programme][unlock]") {
    const std::map<QString, ModuleFacts> facts = {{kFirst, done(kStart)}};
    const ModuleStatus dayBefore = statusOf(facts, kSecond, kStart.addDays(6));
    CHECK(dayBefore.state == ModuleState::Locked);
    CHECK(dayBefore.reason.kind == LockReason::Kind::TooSoon);
    CHECK(dayBefore.reason.previousModuleId == kFirst);
    CHECK(dayBefore.reason.availableOn == kStart.addDays(7));
    const ModuleStatus onTheDay = statusOf(facts, kSecond, kStart.addDays(7));
    CHECK(onTheDay.state == ModuleState::Available);
    CHECK(onTheDay.reason.kind == LockReason::Kind::None);
    CHECK(onTheDay.reason.previousModuleId.isEmpty());
}

TEST_CASE("a module without minimum days lets the next one open the same day",
          "[programme][unlock]") {
    const std::map<QString, ModuleFacts> facts = {{kFirst, done(kStart)},
                                                  {kSecond, done(kStart.addDays(7))}};
    CHECK(statusOf(facts, kThird, kStart.addDays(7)).state == ModuleState::Available);
}

TEST_CASE("required homework still open keeps the next module locked", "[programme][unlock]") {
    const ModuleStatus s = statusOf({{kFirst, done(kStart, 2)}}, kSecond, kStart.addDays(30));
    CHECK(s.state == ModuleState::Locked);
    CHECK(s.reason.kind == LockReason::Kind::HomeworkOutstanding);
    CHECK(s.reason.homeworkLeft == 2);
    CHECK(s.reason.previousModuleId == kFirst);
}

TEST_CASE("only the first reason is given, in the documented order", "[programme][unlock]") {
    // Not done, too soon and homework open: "not done" is what it waits for.
    ModuleStatus s = statusOf({{kFirst, {kStart, false, 1}}}, kSecond, kStart.addDays(1));
    CHECK(s.reason.kind == LockReason::Kind::PreviousNotDone);
    CHECK(s.reason.homeworkLeft == 0);
    CHECK_FALSE(s.reason.availableOn.isValid());
    // Done, too soon and homework open: the date comes first.
    s = statusOf({{kFirst, done(kStart, 1)}}, kSecond, kStart.addDays(1));
    CHECK(s.reason.kind == LockReason::Kind::TooSoon);
    CHECK(s.reason.homeworkLeft == 0);
}

TEST_CASE("a module the clinician unlocked is open whatever the rules say", "[programme][unlock]") {
    const ModuleStatus s = statusOf({}, kThird, kStart, {kThird});
    CHECK(s.state == ModuleState::Available);
    CHECK(s.unlockedByClinic);
    CHECK(s.reason.kind == LockReason::Kind::None);
    // The modules in between follow the rules.
    CHECK(statusOf({}, kSecond, kStart, {kThird}).state == ModuleState::Locked);
    CHECK_FALSE(statusOf({}, kSecond, kStart, {kThird}).unlockedByClinic);
    // An id the programme does not have changes nothing.
    CHECK(evaluateUnlocks(small(), {}, {QStringLiteral("gone")}, kStart).size() == 3);
}

TEST_CASE("a module once started stays open when the rules would lock it again",
          "[programme][unlock]") {
    // Started through a clinic unlock that was later withdrawn, module 1 never finished.
    const ModuleStatus s = statusOf({{kThird, {kStart, false, 0}}}, kThird, kStart.addDays(3));
    CHECK(s.state == ModuleState::InProgress);
    CHECK(s.reason.kind == LockReason::Kind::None);
    CHECK_FALSE(s.unlockedByClinic);
}
