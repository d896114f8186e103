// Storing questionnaire responses: drafts that survive closing the app (and a kill), completions
// that are scored and queued for the clinic in the same transaction.
#include "error/Error.h"
#include "fhir/MeasureResources.h"
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Outbox.h"
#include "store/Profile.h"
#include "support/TestProfile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <csignal>

using namespace pacewise;
using namespace pacewise::measures;

namespace {

const QString kFixtures = QStringLiteral(PACEWISE_GOLDEN_DIR "/../measures-store-fixtures");
const QString kCheckin = QStringLiteral("checkin");

// A profile's store on a plain file (the encryption is tested elsewhere), a clock that stands
// still until moved, and the fixture questionnaire "checkin": pain (integer 0-10, required),
// mood (choice, ordinals 0-3, required), sleep (choice 0-2, optional, scored: without it there
// is no total), flare (boolean, required), flare-days (integer 1-31, required, only after a
// flare), hours (decimal 0-24), note (text, at most 20 characters).
struct StoreFixture {
    QTemporaryDir dir;
    store::Database db = [this] {
        store::Database d = store::Database::openUnencrypted(dir.filePath(QStringLiteral("p.db")));
        store::migrate(d);
        return d;
    }();
    MeasureLibrary library = MeasureLibrary::loadBundled(kFixtures);
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    MeasureStore store{db, library, [this] {
                           return now;
                       }};

    std::vector<std::pair<QString, QString>> outbox() {
        std::vector<std::pair<QString, QString>> rows;
        store::Statement query = db.prepare("SELECT kind, entity_id FROM outbox ORDER BY id");
        while (query.step())
            rows.emplace_back(query.text(0), query.text(1));
        return rows;
    }
    int rows(const char* table) {
        store::Statement query = db.prepare(std::string("SELECT count(*) FROM ") + table);
        query.step();
        return int(query.int64(0));
    }
};

Answer mood(int ordinal) {
    static const char* displays[] = {"Good", "Fair", "Low", "Very low"};
    return Answer::ofCoding({QStringLiteral("https://example.org/mood"),
                             QStringLiteral("m%1").arg(ordinal), QLatin1String(displays[ordinal])});
}

Answer sleep(int ordinal) {
    return Answer::ofCoding(
        {QStringLiteral("https://example.org/sleep"), QStringLiteral("s%1").arg(ordinal), {}});
}

// Every required question answered: pain 4, mood 2, sleep 1 → total 7 ("High").
Answers complete() {
    return {{QStringLiteral("pain"), Answer::ofInteger(4)},
            {QStringLiteral("mood"), mood(2)},
            {QStringLiteral("sleep"), sleep(1)},
            {QStringLiteral("flare"), Answer::ofBoolean(false)}};
}

// The message of the Error `body` throws; fails the test when it throws nothing.
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

TEST_CASE("the fixture questionnaire loads", "[measures][store]") {
    StoreFixture f;
    CHECK(f.library.problems().isEmpty());
    REQUIRE(f.library.find(kCheckin));
}

TEST_CASE("an unfinished questionnaire is kept and resumed where the patient left it",
          "[measures][store]") {
    StoreFixture f;
    Response r = f.store.startOrResume(kCheckin);
    CHECK_FALSE(r.id.isEmpty());
    CHECK(r.questionnaireUrl == QStringLiteral("https://example.org/Questionnaire/checkin"));
    CHECK(r.questionnaireVersion == QStringLiteral("2"));
    CHECK(r.startedAt == f.now);
    CHECK_FALSE(r.completed());
    CHECK_FALSE(f.store.inProgress(kCheckin)); // nothing stored until the first answer is saved

    r.answers[QStringLiteral("pain")] = Answer::ofInteger(6);
    r.answers[QStringLiteral("mood")] = mood(1);
    r.currentLinkId = QStringLiteral("sleep");
    f.store.saveProgress(r);

    // The app is closed and opened again a day later: a new store over the same file.
    f.now = f.now.addDays(1);
    MeasureStore reopened(f.db, f.library, [&f] { return f.now; });
    const Response resumed = reopened.startOrResume(kCheckin);
    CHECK(resumed.id == r.id);
    CHECK(resumed.currentLinkId == QStringLiteral("sleep"));
    CHECK(resumed.startedAt == QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
    REQUIRE(resumed.answers.size() == 2);
    CHECK(resumed.answers.at(QStringLiteral("pain")) == Answer::ofInteger(6));
    CHECK(resumed.answers.at(QStringLiteral("mood")) == mood(1));
    CHECK(reopened.inProgress(kCheckin)->id == r.id);
    // A draft stays on this computer: nothing waits for the clinic.
    CHECK(f.outbox().empty());
    CHECK(reopened.countCompleted() == 0);
}

TEST_CASE("saving refuses an answer that does not fit its question and names the question",
          "[measures][store]") {
    StoreFixture f;
    Response r = f.store.startOrResume(kCheckin);
    r.answers[QStringLiteral("pain")] = Answer::ofInteger(3);
    f.store.saveProgress(r);

    const auto refused = [&](const QString& linkId, const Answer& answer) {
        Response changed = r;
        changed.answers[linkId] = answer;
        return errorOf([&] { f.store.saveProgress(changed); });
    };
    const Error outOfRange = refused(QStringLiteral("pain"), Answer::ofInteger(11));
    CHECK(outOfRange.code() == ErrorCode::InvalidInput);
    CHECK(outOfRange.message().contains(QStringLiteral("How bad was your pain?")));
    CHECK(outOfRange.message().contains(QStringLiteral("from 0 to 10")));
    CHECK(outOfRange.detail() == QStringLiteral("pain"));

    const Error wrongType = refused(QStringLiteral("pain"), Answer::ofString(QStringLiteral("6")));
    CHECK(wrongType.message().contains(QStringLiteral("How bad was your pain?")));

    const Error unknownOption = refused(
        QStringLiteral("mood"),
        Answer::ofCoding({QStringLiteral("https://example.org/mood"), QStringLiteral("m9"), {}}));
    CHECK(unknownOption.message().contains(QStringLiteral("How was your mood?")));
    CHECK(unknownOption.message().contains(QStringLiteral("not one of its choices")));

    const Error wrongSystem = refused(
        QStringLiteral("mood"),
        Answer::ofCoding({QStringLiteral("https://example.org/sleep"), QStringLiteral("m1"), {}}));
    CHECK(wrongSystem.detail() == QStringLiteral("mood"));

    CHECK(refused(QStringLiteral("hours"), Answer::ofDecimal(24.5))
              .message()
              .contains(QStringLiteral("Hours of rest in the day")));
    CHECK(refused(QStringLiteral("flare"), Answer::ofInteger(1)).detail() ==
          QStringLiteral("flare"));
    CHECK(refused(QStringLiteral("note"), Answer::ofString(QString(21, QLatin1Char('x'))))
              .message()
              .contains(QStringLiteral("longer than 20")));
    CHECK(refused(QStringLiteral("intro"), Answer::ofBoolean(true)).detail() ==
          QStringLiteral("intro"));
    CHECK(refused(QStringLiteral("no-such-question"), Answer::ofBoolean(true)).detail() ==
          QStringLiteral("no-such-question"));

    // Each refusal left the saved draft as it was.
    const Response kept = *f.store.inProgress(kCheckin);
    REQUIRE(kept.answers.size() == 1);
    CHECK(kept.answers.at(QStringLiteral("pain")) == Answer::ofInteger(3));
}

TEST_CASE("answers are stored as the questionnaire spells them", "[measures][store]") {
    StoreFixture f;
    Response r = f.store.startOrResume(kCheckin);
    // A choice given by its code alone, a whole number for a decimal, an emptied text box.
    r.answers[QStringLiteral("mood")] = Answer::ofCoding({{}, QStringLiteral("m3"), {}});
    r.answers[QStringLiteral("hours")] = Answer::ofInteger(2);
    r.answers[QStringLiteral("note")] = Answer::ofString(QStringLiteral("   "));
    f.store.saveProgress(r);
    CHECK(r.answers.at(QStringLiteral("mood")) == mood(3));
    CHECK(r.answers.at(QStringLiteral("hours")) == Answer::ofDecimal(2));
    CHECK_FALSE(r.answers.contains(QStringLiteral("note")));
    CHECK(f.store.inProgress(kCheckin)->answers == r.answers);
}

TEST_CASE("answers to questions that the other answers switched off are dropped",
          "[measures][store]") {
    StoreFixture f;
    Response r = f.store.startOrResume(kCheckin);
    r.answers[QStringLiteral("flare")] = Answer::ofBoolean(true);
    r.answers[QStringLiteral("flare-days")] = Answer::ofInteger(3);
    f.store.saveProgress(r);
    CHECK(f.store.inProgress(kCheckin)->answers.contains(QStringLiteral("flare-days")));

    // The patient went back and said there was no flare-up after all.
    r.answers[QStringLiteral("flare")] = Answer::ofBoolean(false);
    f.store.saveProgress(r);
    CHECK_FALSE(r.answers.contains(QStringLiteral("flare-days")));
    CHECK_FALSE(f.store.inProgress(kCheckin)->answers.contains(QStringLiteral("flare-days")));
}

TEST_CASE("completing asks for the first unanswered required question", "[measures][store]") {
    StoreFixture f;
    Response r = f.store.startOrResume(kCheckin);
    r.answers = complete();
    r.answers.erase(QStringLiteral("mood"));
    f.store.saveProgress(r);

    const Error missing = errorOf([&] { f.store.complete(r); });
    CHECK(missing.code() == ErrorCode::InvalidInput);
    CHECK(missing.message().contains(QStringLiteral("How was your mood?")));
    CHECK(missing.detail() == QStringLiteral("mood"));

    // A required question is only required while it is asked.
    r.answers = complete();
    r.answers[QStringLiteral("flare")] = Answer::ofBoolean(true);
    CHECK(errorOf([&] { f.store.complete(r); }).detail() == QStringLiteral("flare-days"));

    // Nothing was completed or queued; the draft waits.
    CHECK(f.store.countCompleted() == 0);
    CHECK(f.outbox().empty());
    CHECK(f.store.inProgress(kCheckin));
}

TEST_CASE("a completed questionnaire is scored, kept and queued for the clinic",
          "[measures][store]") {
    StoreFixture f;
    Response r = f.store.startOrResume(kCheckin);
    r.answers[QStringLiteral("pain")] = Answer::ofInteger(4);
    r.currentLinkId = QStringLiteral("mood");
    f.store.saveProgress(r);

    f.now = f.now.addSecs(120);
    r.answers = complete();
    const Response done = f.store.complete(r);
    CHECK(done.id == r.id);
    CHECK(done.completed());
    CHECK(done.completedAt == f.now);
    CHECK(done.currentLinkId.isEmpty());
    REQUIRE(done.scores.size() == 2);
    CHECK(done.scores[0].ruleId == QStringLiteral("total"));
    CHECK(done.scores[0].value == 7.0);
    CHECK(done.scores[0].band == 1);
    CHECK(done.scores[1].ruleId == QStringLiteral("pain-only"));
    CHECK(done.scores[1].value == 4.0);

    // The draft became the completed response: no draft left, one in the history.
    CHECK_FALSE(f.store.inProgress(kCheckin));
    CHECK(f.rows("measure_responses") == 1);
    const Response read = *f.store.find(r.id);
    CHECK(read.completedAt == done.completedAt);
    CHECK(read.answers == done.answers);
    REQUIRE(read.scores.size() == 2);
    CHECK(read.scores[0].ruleId == QStringLiteral("total")); // the headline first
    CHECK(read.scores[0].value == 7.0);
    CHECK(read.scores[0].answered == 3);
    CHECK(read.scores[0].missing == 0);
    CHECK(f.store.latest(kCheckin)->id == r.id);
    CHECK(f.store.history(kCheckin).size() == 1);
    CHECK(f.store.countCompleted() == 1);
    CHECK(f.store.countCompleted(kCheckin) == 1);
    CHECK(f.store.countCompleted(QStringLiteral("peg")) == 0);

    // The response and its score Observation, both under the response's id.
    const auto outbox = f.outbox();
    REQUIRE(outbox.size() == 2);
    CHECK(outbox[0] == std::pair{QString::fromLatin1(fhir::kQuestionnaireResponseKind), r.id});
    CHECK(outbox[1] == std::pair{QString::fromLatin1(fhir::kMeasureScoreKind), r.id});
    const auto pending = store::Outbox(f.db).pending(10);
    REQUIRE(pending.size() == 2);
    CHECK(pending[0].operation == store::Outbox::Operation::Create);
    CHECK(pending[1].operation == store::Outbox::Operation::Create);

    // The next one starts afresh.
    CHECK(f.store.startOrResume(kCheckin).id != r.id);
}

TEST_CASE("without a headline score nothing but the response is queued", "[measures][store]") {
    StoreFixture f;
    Response r = f.store.startOrResume(kCheckin);
    r.answers = complete();
    r.answers.erase(QStringLiteral("sleep")); // optional, but the total needs it
    const Response done = f.store.complete(r);
    REQUIRE_FALSE(done.scores.empty());
    CHECK_FALSE(done.scores[0].value);
    CHECK(done.scores[0].band == -1);
    CHECK_FALSE(f.store.find(r.id)->scores[0].value);

    const auto outbox = f.outbox();
    REQUIRE(outbox.size() == 1);
    CHECK(outbox[0].first == QString::fromLatin1(fhir::kQuestionnaireResponseKind));
}

TEST_CASE("a completed questionnaire cannot be changed or discarded", "[measures][store]") {
    StoreFixture f;
    Response r = f.store.startOrResume(kCheckin);
    r.answers = complete();
    const Response done = f.store.complete(r);

    Response edited = done;
    edited.answers[QStringLiteral("pain")] = Answer::ofInteger(9);
    CHECK(errorOf([&] { f.store.saveProgress(edited); }).code() == ErrorCode::InvalidInput);
    CHECK(errorOf([&] { f.store.complete(edited); }).code() == ErrorCode::InvalidInput);
    CHECK(errorOf([&] { f.store.discard(done.id); }).code() == ErrorCode::InvalidInput);
    CHECK(f.store.find(done.id)->answers.at(QStringLiteral("pain")) == Answer::ofInteger(4));
    CHECK(f.outbox().size() == 2);
}

TEST_CASE("discarding removes the draft and only the draft", "[measures][store]") {
    StoreFixture f;
    Response first = f.store.startOrResume(kCheckin);
    first.answers = complete();
    f.store.complete(first);

    Response draft = f.store.startOrResume(kCheckin);
    draft.answers[QStringLiteral("pain")] = Answer::ofInteger(2);
    f.store.saveProgress(draft);
    f.store.discard(draft.id);
    CHECK_FALSE(f.store.inProgress(kCheckin));
    CHECK_FALSE(f.store.find(draft.id));
    CHECK(f.store.countCompleted() == 1);
    f.store.discard(QStringLiteral("never-saved")); // nothing to do, no error
}

TEST_CASE("there is one unfinished questionnaire per measure", "[measures][store]") {
    StoreFixture f;
    Response r = f.store.startOrResume(kCheckin);
    r.answers[QStringLiteral("pain")] = Answer::ofInteger(2);
    f.store.saveProgress(r);

    Response other = r;
    other.id = QStringLiteral("another-draft");
    const Error e = errorOf([&] { f.store.saveProgress(other); });
    CHECK(e.code() == ErrorCode::InvalidInput);
    CHECK(e.message().contains(QStringLiteral("A weekly check-in (test fixture)")));
    CHECK(f.store.inProgress(kCheckin)->id == r.id);
}

TEST_CASE("an unknown measure is refused", "[measures][store]") {
    StoreFixture f;
    CHECK(errorOf([&] { f.store.startOrResume(QStringLiteral("bpi")); }).code() ==
          ErrorCode::NotFound);
    Response r;
    r.measureId = QStringLiteral("bpi");
    CHECK(errorOf([&] { f.store.saveProgress(r); }).code() == ErrorCode::NotFound);
}

TEST_CASE("answers under one measure's response id are never saved to another measure",
          "[measures][store]") {
    StoreFixture f;
    const MeasureLibrary bundled = MeasureLibrary::loadBundled();
    MeasureStore store(f.db, bundled, [&f] { return f.now; });
    Response peg = store.startOrResume(QStringLiteral("peg"));
    peg.answers[QStringLiteral("pain")] = Answer::ofInteger(5);
    store.saveProgress(peg);

    Response other = store.startOrResume(QStringLiteral("pain-nrs"));
    other.id = peg.id;
    other.answers[QStringLiteral("pain")] = Answer::ofInteger(3);
    CHECK(errorOf([&] { store.saveProgress(other); }).code() == ErrorCode::Internal);
    CHECK(errorOf([&] { store.complete(other); }).code() == ErrorCode::Internal);
    CHECK(store.inProgress(QStringLiteral("peg"))->answers == peg.answers);
    CHECK_FALSE(store.inProgress(QStringLiteral("pain-nrs")));
}

TEST_CASE("many completions go in at once, keep their times, and read back oldest first",
          "[measures][store]") {
    StoreFixture f;
    std::vector<Response> responses;
    for (int week = 3; week >= 0; --week) { // given newest first
        Response r;
        r.measureId = kCheckin;
        r.answers = complete();
        r.answers[QStringLiteral("pain")] = Answer::ofInteger(week);
        // 23:30 UTC is the next morning in UTC+1: the local day is what the patient lived.
        r.completedAt = QDateTime(QDate(2026, 1, 5).addDays(7 * week), QTime(23, 30), Qt::UTC);
        r.utcOffset = 3600;
        responses.push_back(r);
    }
    f.store.completeAll(responses);
    CHECK(f.store.countCompleted() == 4);
    CHECK(f.rows("outbox") == 8);

    const std::vector<Response> history = f.store.history(kCheckin);
    REQUIRE(history.size() == 4);
    for (std::size_t i = 0; i < history.size(); ++i) {
        CHECK(history[i].answers.at(QStringLiteral("pain")) == Answer::ofInteger(qint64(i)));
        CHECK(history[i].scores.front().value == double(i) + 3);
        CHECK(history[i].utcOffset == 3600);
    }
    CHECK(history.front().completedAt == QDateTime(QDate(2026, 1, 5), QTime(23, 30), Qt::UTC));
    store::Statement day = f.db.prepare("SELECT local_date FROM measure_responses WHERE id = ?");
    day.bind(1, history.front().id);
    REQUIRE(day.step());
    CHECK(day.text(0) == QStringLiteral("2026-01-06"));
    CHECK(f.store.latest(kCheckin)->id == history.back().id);

    // The charts' reading: the same scores and times, oldest first, without the answers.
    const QString rule = history.front().scores.front().ruleId;
    const std::vector<MeasureStore::ScorePoint> points = f.store.scoreHistory(kCheckin, rule);
    REQUIRE(points.size() == history.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        CHECK(points[i].completedAt == history[i].completedAt);
        CHECK(points[i].utcOffset == 3600);
        CHECK(points[i].score.ruleId == rule);
        CHECK(points[i].score.value == history[i].scores.front().value);
        CHECK(points[i].score.band == history[i].scores.front().band);
    }
    CHECK(f.store.scoreHistory(kCheckin, QStringLiteral("no-such-rule")).empty());
}

TEST_CASE("one refused completion keeps the whole batch out", "[measures][store]") {
    StoreFixture f;
    std::vector<Response> responses(3);
    for (Response& r : responses) {
        r.measureId = kCheckin;
        r.answers = complete();
    }
    responses[2].answers.erase(QStringLiteral("pain"));
    CHECK(errorOf([&] { f.store.completeAll(responses); }).detail() == QStringLiteral("pain"));
    CHECK(f.rows("measure_responses") == 0);
    CHECK(f.rows("measure_scores") == 0);
    CHECK(f.rows("outbox") == 0);
}

TEST_CASE("a completion whose outbox row cannot be written leaves the draft as it was",
          "[measures][store]") {
    StoreFixture f;
    Response r = f.store.startOrResume(kCheckin);
    r.answers = complete();
    r.currentLinkId = QStringLiteral("note");
    f.store.saveProgress(r);
    // The last write of a completion fails: the score Observation's outbox row.
    f.db.exec("CREATE TEMP TRIGGER refuse_score BEFORE INSERT ON outbox "
              "WHEN NEW.kind = 'measure-score' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");

    CHECK_THROWS_AS(f.store.complete(r), Error);
    CHECK(f.store.countCompleted() == 0);
    CHECK(f.rows("measure_scores") == 0);
    CHECK(f.rows("outbox") == 0);
    const std::optional<Response> draft = f.store.inProgress(kCheckin);
    REQUIRE(draft);
    CHECK(draft->id == r.id);
    CHECK(draft->currentLinkId == QStringLiteral("note"));
    CHECK(draft->answers == r.answers);

    f.db.exec("DROP TRIGGER refuse_score");
    CHECK(f.store.complete(r).completed());
    CHECK(f.rows("outbox") == 2);
}

TEST_CASE("a PHQ-9 is stored with its total, band and both outbox rows", "[measures][store]") {
    StoreFixture f;
    const MeasureLibrary bundled = MeasureLibrary::loadBundled();
    REQUIRE(bundled.find(QStringLiteral("phq-9")));
    MeasureStore store(f.db, bundled, [&f] { return f.now; });
    const Measure& phq9 = *bundled.find(QStringLiteral("phq-9"));

    Response r = store.startOrResume(QStringLiteral("phq-9"));
    // "Several days" (1) to items 1-4, "More than half the days" (2) to 5-8, "Not at all" to 9.
    for (int item = 1; item <= 9; ++item) {
        const int ordinal = item <= 4 ? 1 : (item <= 8 ? 2 : 0);
        const Item* question = phq9.questionnaire.find(QString::number(item));
        REQUIRE(question);
        for (const AnswerOption& option : question->options)
            if (option.ordinal == double(ordinal))
                r.answers[question->linkId] = Answer::ofCoding(option.coding);
        r.currentLinkId = QString::number(item + 1);
        store.saveProgress(r);
    }
    // Question 10 (how difficult) is asked because some answers are above "Not at all".
    const Item* difficulty = phq9.questionnaire.find(QStringLiteral("10"));
    REQUIRE(difficulty);
    CHECK(isEnabled(phq9.questionnaire, *difficulty, r.answers));
    r.answers[QStringLiteral("10")] = Answer::ofCoding(difficulty->options.front().coding);

    const Response done = store.complete(r);
    REQUIRE_FALSE(done.scores.empty());
    CHECK(done.scores.front().value == 12.0);
    CHECK(phq9.rules.scores.front().bands[std::size_t(done.scores.front().band)].label ==
          QStringLiteral("Moderate"));
    CHECK(done.answers.size() == 10);
    CHECK(f.outbox().size() == 2);
}

// --- save-and-resume across a kill ---------------------------------------------------------

namespace {

struct WriterRun {
    QString resumedAt;      // the currentLinkId the writer found on start
    int resumedAnswers = 0; // answers it found
    QStringList saved;      // linkIds reported saved, in order
    int resaved = 0;        // saves of an already complete draft
};

// Starts the measure writer, lets it report `saves` saves (new answers, or re-saves once every
// answer is in), then kills it with SIGKILL.
WriterRun runWriterUntilKilled(const QString& profileDir, int saves) {
    QProcess writer;
    writer.setProgram(QStringLiteral(PACEWISE_MEASURE_WRITER));
    writer.setArguments({profileDir});
    writer.start();
    REQUIRE(writer.waitForStarted());
    writer.write(test::kPassphrase.toUtf8() + '\n');
    writer.closeWriteChannel();

    WriterRun run;
    QByteArray pending;
    while (run.saved.size() + run.resaved < saves && writer.waitForReadyRead(30000)) {
        pending += writer.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = pending.left(newline).split(' ');
            pending.remove(0, newline + 1);
            if (words.value(0) == "resumed") {
                run.resumedAt =
                    words.value(1) == "-" ? QString() : QString::fromUtf8(words.value(1));
                run.resumedAnswers = words.value(2).toInt();
            } else if (words.value(0) == "saved") {
                run.saved << QString::fromUtf8(words.value(1));
            } else if (words.value(0) == "resaved") {
                ++run.resaved;
            }
        }
    }
    ::kill(pid_t(writer.processId()), SIGKILL);
    writer.waitForFinished();
    INFO(QString::fromUtf8(writer.readAllStandardError()).toStdString());
    REQUIRE(run.saved.size() + run.resaved >= saves);
    return run;
}

} // namespace

TEST_CASE("an answer reported saved survives a SIGKILL, and the questionnaire resumes there",
          "[measures][store][crash]") {
    QTemporaryDir dir;
    store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions()).reset();
    const MeasureLibrary bundled = MeasureLibrary::loadBundled();
    const QString phq9 = QStringLiteral("phq-9");

    // The writer answers PHQ-9 items 1..9 one per save (item n gets the option of ordinal
    // n % 3, item 9 "Not at all"), moving currentLinkId to the next item each time; once all
    // nine are in, it saves the same draft again and again. Each round kills it at another
    // point: early, in the middle, at the last answer, and while it only re-saves.
    QStringList reported;
    QString expectedResume;
    int round = 0;
    for (const int saves : {2, 3, 4, 5}) {
        CAPTURE(round++, saves);
        const WriterRun run = runWriterUntilKilled(dir.path(), saves);
        // It found the draft the previous round left, at the question after the last one it
        // reported (or one further: the kill may land after a commit, before its report).
        CHECK(run.resumedAnswers >= reported.size());
        if (!expectedResume.isEmpty())
            CHECK((run.resumedAt == expectedResume ||
                   run.resumedAt == QString::number(expectedResume.toInt() + 1)));
        reported << run.saved;

        auto profile = store::Profile::open(dir.path(), test::kPassphrase);
        MeasureStore store(profile->database(), bundled);
        const std::optional<Response> draft = store.inProgress(phq9);
        REQUIRE(draft);
        for (const QString& linkId : reported) {
            CAPTURE(linkId);
            REQUIRE(draft->answers.contains(linkId));
            const Item* item = bundled.find(phq9)->questionnaire.find(linkId);
            const int ordinal = linkId == QLatin1String("9") ? 0 : linkId.toInt() % 3;
            CHECK(numericValue(*item, draft->answers.at(linkId)) == double(ordinal));
        }
        // Answered in order, so the draft holds items 1..n: n is the last one reported, or the
        // one after it when the kill came between a commit and its report.
        const int last = reported.isEmpty() ? 0 : reported.back().toInt();
        const std::size_t held = std::count_if(draft->answers.begin(), draft->answers.end(),
                                               [](const auto& a) { return a.first != "10"; });
        CHECK((held == std::size_t(last) || held == std::size_t(last) + 1));
        const Response resumed = store.startOrResume(phq9);
        CHECK(resumed.id == draft->id);
        CHECK((resumed.currentLinkId == QString::number(last + 1) ||
               resumed.currentLinkId == QString::number(last + 2)));
        expectedResume = resumed.currentLinkId;
        CHECK(store.countCompleted() == 0);
    }
    // By the last round every item was in (some saves may have landed unreported before a kill).
    auto profile = store::Profile::open(dir.path(), test::kPassphrase);
    CHECK(MeasureStore(profile->database(), bundled).inProgress(phq9)->answers.size() == 9);
}
