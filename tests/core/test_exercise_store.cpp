// Exercise records on a real encrypted profile: every exercise's answers (dates and times too)
// through a closed and reopened profile, drafts that open again, answers checked like
// questionnaire answers, required fields on completion, homework checked off, the flare-up plan
// edited after completion and queued again, and pacing logs under their plan.
#include "error/Error.h"
#include "fhir/ProgrammeResources.h"
#include "homework/HomeworkStore.h"
#include "programme-fixtures/SmallProgramme.h"
#include "programme/ExerciseStore.h"
#include "programme/Programme.h"
#include "programme/ProgrammeProgress.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/Profile.h"
#include "support/TestProfile.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::programme;
using measures::Answer;
using measures::Answers;

namespace {

struct ExerciseFixture {
    QTemporaryDir dir;
    test::SmallProgrammeDir content;
    Programme programme = content.load();
    std::unique_ptr<store::Profile> profile =
        store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    ExerciseStore::Clock clock = [this] {
        return now;
    };
    std::unique_ptr<ExerciseStore> store =
        std::make_unique<ExerciseStore>(profile->database(), programme, clock);

    store::Database& db() { return profile->database(); }

    void reopen() {
        store.reset();
        profile.reset();
        profile = store::Profile::open(dir.path(), test::kPassphrase);
        store = std::make_unique<ExerciseStore>(profile->database(), programme, clock);
    }

    // Outbox rows as "kind operation entity", oldest first.
    QStringList outbox() {
        QStringList rows;
        store::Statement query =
            db().prepare("SELECT kind, operation, entity_id FROM outbox ORDER BY id");
        while (query.step())
            rows << QStringLiteral("%1 %2 %3").arg(query.text(0), query.text(1), query.text(2));
        return rows;
    }
    QStringList exerciseRows(const QString& op) {
        QStringList ids;
        for (const QString& row : outbox())
            if (row.startsWith(QLatin1String(fhir::kExerciseRecordKind) + QLatin1Char(' ') + op))
                ids << row.section(QLatin1Char(' '), 2);
        return ids;
    }
};

// An answer to every question of an exercise, inside each range: the largest number allowed, a
// text naming the question, the last choice, a date and a time.
Answers answerEverything(const Exercise& exercise) {
    Answers answers;
    for (const measures::Item* item : exercise.questionnaire.allItems()) {
        switch (item->type) {
        case measures::ItemType::String:
            answers[item->linkId] = Answer::ofString(QStringLiteral("About ") + item->linkId);
            break;
        case measures::ItemType::Integer:
            answers[item->linkId] = Answer::ofInteger(qint64(item->maxValue.value_or(3)));
            break;
        case measures::ItemType::Decimal:
            answers[item->linkId] = Answer::ofDecimal(item->maxValue.value_or(12.5) - 0.5);
            break;
        case measures::ItemType::Choice:
            answers[item->linkId] = Answer::ofCoding(item->options.back().coding);
            break;
        case measures::ItemType::Boolean:
            answers[item->linkId] = Answer::ofBoolean(true);
            break;
        case measures::ItemType::Date:
            answers[item->linkId] = Answer::ofDate(QDate(2026, 2, 28));
            break;
        case measures::ItemType::Time:
            answers[item->linkId] = Answer::ofTime(QTime(22, 45));
            break;
        case measures::ItemType::Group:
        case measures::ItemType::Display:
            break;
        }
    }
    return answers;
}

template <typename F> Error errorOf(F&& body) {
    try {
        body();
    } catch (const Error& e) {
        return e;
    }
    FAIL("no error was thrown");
    return Error(ErrorCode::Internal, {});
}

const QString kThoughtRecord = QStringLiteral("thought-record");

} // namespace

TEST_CASE("every exercise's answers come back from a closed and reopened profile",
          "[programme][exercises]") {
    ExerciseFixture f;
    REQUIRE(f.programme.exercises().size() == 7);
    ExerciseRecord plan = f.store->create(QStringLiteral("pacing-plan"));
    plan.answers = answerEverything(*f.programme.exercise(plan.exerciseId));
    f.store->complete(plan);

    std::map<QString, ExerciseRecord> written;
    for (const Exercise& e : f.programme.exercises()) {
        CAPTURE(e.id.toStdString());
        if (e.id == QLatin1String("pacing-plan")) {
            written.emplace(e.id, plan);
            continue;
        }
        ExerciseRecord r =
            f.store->create(e.id, e.id == QLatin1String("pacing-log") ? plan.id : QString());
        r.answers = answerEverything(e);
        REQUIRE(r.answers.size() >= 4);
        f.store->complete(r);
        CHECK(r.completed());
        written.emplace(e.id, r);
    }

    f.reopen();
    CHECK(f.store->count() == 7);
    for (const auto& [exerciseId, r] : written) {
        CAPTURE(exerciseId.toStdString());
        const std::optional<ExerciseRecord> back = f.store->find(r.id);
        REQUIRE(back);
        CHECK(back->exerciseId == exerciseId);
        CHECK(back->answers == answerEverything(*f.programme.exercise(exerciseId)));
        CHECK(back->completedAt == f.now);
        CHECK(back->startedAt == f.now);
        CHECK(back->localDate == f.now.toLocalTime().date());
        CHECK(f.store->count(exerciseId) == 1);
    }
    const ExerciseRecord sleep = *f.store->find(written.at(QStringLiteral("sleep-diary")).id);
    CHECK(sleep.answers.at(QStringLiteral("night-of")).date() == QDate(2026, 2, 28));
    CHECK(sleep.answers.at(QStringLiteral("bedtime")).time() == QTime(22, 45));
    CHECK(f.store->find(written.at(QStringLiteral("pacing-log")).id)->parentId == plan.id);
    // Each was queued once for the clinic, as itself.
    QStringList ids;
    for (const auto& [exerciseId, r] : written)
        ids << r.id;
    QStringList queued = f.exerciseRows(QStringLiteral("create"));
    std::sort(ids.begin(), ids.end());
    std::sort(queued.begin(), queued.end());
    CHECK(queued == ids);
}

TEST_CASE("a worksheet left half-done opens again as a draft, after a restart too",
          "[programme][exercises]") {
    ExerciseFixture f;
    CHECK_FALSE(f.store->draft(kThoughtRecord));
    ExerciseRecord r = f.store->create(kThoughtRecord);
    r.answers[QStringLiteral("situation")] = Answer::ofString(QStringLiteral("At the shop"));
    f.store->save(r);
    CHECK_FALSE(r.completed());
    CHECK(f.outbox().isEmpty()); // a draft stays on this computer

    f.reopen();
    std::optional<ExerciseRecord> draft = f.store->draft(kThoughtRecord);
    REQUIRE(draft);
    CHECK(draft->id == r.id);
    CHECK(draft->answers == r.answers);
    CHECK(f.store->count(kThoughtRecord) == 0);

    // A later save of the same draft updates it: still one draft, the newest answers.
    f.now = f.now.addSecs(60);
    draft->answers[QStringLiteral("automatic-thought")] =
        Answer::ofString(QStringLiteral("Everyone is looking"));
    f.store->save(*draft);
    CHECK(f.store->draft(kThoughtRecord)->answers.size() == 2);
    CHECK(f.store->draft(kThoughtRecord)->updatedAt == f.now);
    CHECK(f.store->draft(kThoughtRecord)->startedAt == f.now.addSecs(-60));
}

TEST_CASE("finishing needs the required fields and names the first one missing",
          "[programme][exercises]") {
    ExerciseFixture f;
    ExerciseRecord r = f.store->create(kThoughtRecord);
    r.answers[QStringLiteral("situation")] = Answer::ofString(QStringLiteral("At work"));
    r.answers[QStringLiteral("emotion-before")] = Answer::ofInteger(70);
    const Error missing = errorOf([&] { f.store->complete(r); });
    CHECK(missing.code() == ErrorCode::InvalidInput);
    CHECK(missing.message() ==
          QStringLiteral("Please answer \"What went through your mind?\" before finishing."));
    CHECK(missing.detail() == QStringLiteral("automatic-thought"));
    CHECK_FALSE(f.store->find(r.id)); // nothing stored

    // An emptied text box is no answer.
    r.answers[QStringLiteral("automatic-thought")] = Answer::ofString(QStringLiteral("   "));
    CHECK(errorOf([&] { f.store->complete(r); }).detail() == QStringLiteral("automatic-thought"));
    r.answers[QStringLiteral("automatic-thought")] = Answer::ofString(QStringLiteral("I failed"));
    CHECK(f.store->complete(r).isEmpty()); // no homework to check off
    CHECK(f.store->count(kThoughtRecord) == 1);
    CHECK_FALSE(f.store->draft(kThoughtRecord));
}

TEST_CASE("a wrong answer is refused naming the field, and nothing is stored",
          "[programme][exercises]") {
    ExerciseFixture f;
    const auto refusal = [&](const char* exerciseId, const char* linkId, const Answer& answer) {
        ExerciseRecord r = f.store->create(QLatin1String(exerciseId));
        r.answers[QLatin1String(linkId)] = answer;
        const Error e = errorOf([&] { f.store->save(r); });
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.detail() == QLatin1String(linkId));
        CHECK_FALSE(f.store->find(r.id));
        return e.message();
    };
    CHECK(refusal("thought-record", "emotion-before", Answer::ofInteger(101)) ==
          QStringLiteral("The answer to \"How strong was that feeling, from 0 to 100?\" must be "
                         "from 0 to 100."));
    CHECK(refusal("thought-record", "emotion-before", Answer::ofString(QStringLiteral("a lot"))) ==
          QStringLiteral("The answer to \"How strong was that feeling, from 0 to 100?\" is not "
                         "the kind of answer this question takes."));
    CHECK(refusal("pacing-plan", "try-1", Answer::ofDecimal(601)) ==
          QStringLiteral("The answer to \"First try: for how many minutes could you do it before "
                         "your pain went up?\" must be from 0 to 600."));
    Answer notADay = Answer::ofDate(QDate(2026, 2, 1));
    notADay.string = QStringLiteral("2026-02-31");
    CHECK(refusal("sleep-diary", "night-of", notADay) ==
          QStringLiteral("The answer to \"Which night is this about? Give the date you went to "
                         "bed.\" is not a date on the calendar."));
    CHECK(refusal("sleep-diary", "bedtime", Answer::ofString(QStringLiteral("late"))) ==
          QStringLiteral("The answer to \"What time did you go to bed?\" is not the kind of "
                         "answer this question takes."));
    CHECK(refusal("relaxation", "technique",
                  Answer::ofCoding({{}, QStringLiteral("yoga"), QStringLiteral("Yoga")})) ==
          QStringLiteral("The answer to \"Which practice did you do?\" is not one of its "
                         "choices."));
    CHECK(refusal("relaxation", "mood", Answer::ofInteger(3)) ==
          QStringLiteral("The answer to question mood does not belong to this questionnaire."));
}

TEST_CASE("an unknown exercise or plan is refused", "[programme][exercises]") {
    ExerciseFixture f;
    CHECK(errorOf([&] { f.store->create(QStringLiteral("juggling")); }).code() ==
          ErrorCode::NotFound);
    ExerciseRecord log = f.store->create(QStringLiteral("pacing-log"), QStringLiteral("no-plan"));
    log.answers = answerEverything(*f.programme.exercise(log.exerciseId));
    const Error e = errorOf([&] { f.store->complete(log); });
    CHECK(e.code() == ErrorCode::InvalidInput);
    CHECK(e.detail() == QStringLiteral("no-plan"));
    CHECK(f.store->count() == 0);
}

TEST_CASE("finishing an exercise checks off one open homework of it", "[programme][exercises]") {
    ExerciseFixture f;
    // Starting module 1 assigns "breathe": the relaxation exercise, twice.
    ProgrammeProgress(f.db(), f.programme, f.clock).openPage(QStringLiteral("first"), {}, 0);
    homework::HomeworkStore homework(f.db(), f.clock);
    const std::vector<homework::Homework> open = homework.openFor(QStringLiteral("relaxation"));
    REQUIRE(open.size() == 1);
    const QString breathe = open.front().id;

    const auto practise = [&] {
        ExerciseRecord r = f.store->create(QStringLiteral("relaxation"));
        r.answers = answerEverything(*f.programme.exercise(r.exerciseId));
        const QString checkedOff = f.store->complete(r);
        CHECK(r.homeworkId == checkedOff);
        CHECK(f.store->find(r.id)->homeworkId == checkedOff);
        return checkedOff;
    };
    CHECK(practise() == breathe);
    CHECK(homework.find(breathe)->doneCount == 1);
    CHECK(homework.find(breathe)->status == homework::Homework::Status::Open);
    CHECK(practise() == breathe);
    CHECK(homework.find(breathe)->status == homework::Homework::Status::Done);
    // Nothing open any more: a third practice checks nothing off.
    CHECK(practise().isEmpty());
    CHECK(homework.find(breathe)->doneCount == 2);

    // A record made for a named homework counts for that one, even when it is already done.
    ExerciseRecord named = f.store->create(QStringLiteral("relaxation"), QString(), breathe);
    named.answers = answerEverything(*f.programme.exercise(named.exerciseId));
    CHECK(f.store->complete(named) == breathe);
    CHECK(homework.find(breathe)->doneCount == 3);
}

TEST_CASE("the flare-up plan edited after completion is queued again", "[programme][exercises]") {
    ExerciseFixture f;
    const QString flare = QStringLiteral("flare-up-plan");
    ExerciseRecord plan = f.store->create(flare);
    plan.answers[QStringLiteral("early-signs")] = Answer::ofString(QStringLiteral("Stiff neck"));
    f.store->complete(plan);
    const QDateTime completedAt = plan.completedAt;
    CHECK(f.exerciseRows(QStringLiteral("create")) == QStringList{plan.id});

    f.now = f.now.addDays(30);
    plan.answers[QStringLiteral("what-helps")] = Answer::ofString(QStringLiteral("Heat pack"));
    f.store->save(plan);
    CHECK(f.exerciseRows(QStringLiteral("update")) == QStringList{plan.id});

    f.reopen();
    const ExerciseRecord back = *f.store->find(plan.id);
    CHECK(back.completedAt == completedAt); // still the plan finished then
    CHECK(back.updatedAt == f.now);
    CHECK(back.answers.at(QStringLiteral("what-helps")).string == QStringLiteral("Heat pack"));
    CHECK_FALSE(f.store->draft(flare));

    // Completing it again is an edit too: no second record, no second create.
    ExerciseRecord again = back;
    again.answers[QStringLiteral("kind-words")] = Answer::ofString(QStringLiteral("One step"));
    CHECK(f.store->complete(again).isEmpty());
    CHECK(f.store->count(flare) == 1);
    CHECK(f.exerciseRows(QStringLiteral("create")) == QStringList{plan.id});
    CHECK(f.exerciseRows(QStringLiteral("update")).size() == 2);

    // An edit must still be a whole plan.
    again.answers.erase(QStringLiteral("early-signs"));
    CHECK(errorOf([&] { f.store->save(again); }).detail() == QStringLiteral("early-signs"));
    CHECK(f.store->find(plan.id)->answers.contains(QStringLiteral("early-signs")));
}

TEST_CASE("pacing logs hang under their plan, oldest first", "[programme][exercises]") {
    ExerciseFixture f;
    ExerciseRecord plan = f.store->create(QStringLiteral("pacing-plan"));
    plan.answers = answerEverything(*f.programme.exercise(plan.exerciseId));
    f.store->complete(plan);

    QStringList logIds;
    for (int day = 0; day < 3; ++day) {
        f.now = f.now.addDays(1);
        ExerciseRecord log = f.store->create(QStringLiteral("pacing-log"), plan.id);
        log.answers[QStringLiteral("date")] = Answer::ofDate(f.now.date());
        log.answers[QStringLiteral("minutes-done")] = Answer::ofInteger(10 + day); // as decimal
        f.store->complete(log);
        logIds << log.id;
    }
    const std::vector<ExerciseRecord> logs = f.store->children(plan.id);
    REQUIRE(logs.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(logs[std::size_t(i)].id == logIds[i]);
        CHECK(logs[std::size_t(i)].answers.at(QStringLiteral("minutes-done")) ==
              Answer::ofDecimal(10 + i));
    }
    CHECK(f.store->children(logIds[0]).empty());
    // Newest first, and limited.
    const std::vector<ExerciseRecord> newest = f.store->completed(QStringLiteral("pacing-log"), 2);
    REQUIRE(newest.size() == 2);
    CHECK(newest[0].id == logIds[2]);
    CHECK(newest[1].id == logIds[1]);
    CHECK(f.store->completed(QStringLiteral("pacing-log")).size() == 3);
}

TEST_CASE("a draft can be discarded, a finished record cannot", "[programme][exercises]") {
    ExerciseFixture f;
    ExerciseRecord draft = f.store->create(QStringLiteral("problem-solving"));
    draft.answers[QStringLiteral("problem")] = Answer::ofString(QStringLiteral("Stairs"));
    f.store->save(draft);
    f.store->discard(draft.id);
    CHECK_FALSE(f.store->find(draft.id));
    CHECK_FALSE(f.store->draft(QStringLiteral("problem-solving")));
    f.store->discard(QStringLiteral("never-saved")); // nothing to do

    f.store->complete(draft);
    CHECK(errorOf([&] { f.store->discard(draft.id); }).code() == ErrorCode::InvalidInput);
    CHECK(f.store->count() == 1);
}

TEST_CASE("the synthetic generator stores finished records, queued, in its transaction",
          "[programme][exercises]") {
    ExerciseFixture f;
    std::vector<ExerciseRecord> records;
    for (int i = 0; i < 3; ++i) {
        ExerciseRecord r = f.store->create(QStringLiteral("sleep-diary"));
        r.startedAt = f.now.addDays(-10 + i);
        r.completedAt = r.startedAt.addSecs(300);
        r.localDate = QDate();
        r.answers = answerEverything(*f.programme.exercise(r.exerciseId));
        records.push_back(r);
    }
    CHECK(errorOf([&] { f.store->insertCompleted(records); }).code() == ErrorCode::Internal);
    {
        store::Transaction transaction(f.db());
        f.store->insertCompleted(records);
        transaction.commit();
    }
    CHECK(f.store->count(QStringLiteral("sleep-diary")) == 3);
    CHECK(f.exerciseRows(QStringLiteral("create")).size() == 3);
    const ExerciseRecord first = *f.store->find(records[0].id);
    CHECK(first.completedAt == records[0].completedAt);
    CHECK(first.localDate == records[0].startedAt.toLocalTime().date());
}
