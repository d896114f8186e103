// Homework rows and their check-offs, on a real encrypted profile: assigned once per module
// template, ticked by hand or by finishing an exercise, done when the target is reached, and
// every change queued for the clinic in the same transaction.
#include "error/Error.h"
#include "fhir/ProgrammeResources.h"
#include "homework/HomeworkStore.h"
#include "store/Database.h"
#include "store/Profile.h"
#include "support/TestProfile.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

using namespace pacewise;
using namespace pacewise::homework;

namespace {

// An encrypted profile and a clock that stands still until moved (UTC).
struct HomeworkFixture {
    QTemporaryDir dir;
    std::unique_ptr<store::Profile> profile =
        store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    std::unique_ptr<HomeworkStore> store = makeStore();

    std::unique_ptr<HomeworkStore> makeStore() {
        return std::make_unique<HomeworkStore>(profile->database(), [this] { return now; });
    }
    void reopen() {
        store.reset();
        profile.reset();
        profile = store::Profile::open(dir.path(), test::kPassphrase);
        store = makeStore();
    }
    Homework assign(const QString& templateId, int target, const QDate& due,
                    const QString& exercise = {},
                    const QString& module = QStringLiteral("pacing")) {
        return store->assignFromModule(module, templateId, QStringLiteral("Title ") + templateId,
                                       QStringLiteral("Do it."), exercise, target, due);
    }
    // (kind, entity id, operation) of every outbox row, oldest first.
    std::vector<std::tuple<QString, QString, QString>> outbox() {
        std::vector<std::tuple<QString, QString, QString>> rows;
        store::Statement query = profile->database().prepare(
            "SELECT kind, entity_id, operation FROM outbox ORDER BY id");
        while (query.step())
            rows.emplace_back(query.text(0), query.text(1), query.text(2));
        return rows;
    }
    void setStatus(const QString& id, const char* status) {
        profile->database()
            .prepare("UPDATE homework SET status = ? WHERE id = ?")
            .bind(1, QString::fromLatin1(status))
            .bind(2, id)
            .run();
    }
};

template <typename F> Error errorOf(F&& body) {
    try {
        body();
    } catch (const Error& error) {
        return error;
    }
    FAIL("no error was thrown");
    return Error(ErrorCode::Internal, {});
}

const QString kHomework = QString::fromLatin1(fhir::kHomeworkKind);

} // namespace

TEST_CASE("a module's homework is assigned open with its fields and queued as a new Task",
          "[homework]") {
    HomeworkFixture f;
    const Homework h =
        f.assign(QStringLiteral("walk"), 3, QDate(2026, 3, 9), QStringLiteral("pacing-log"));
    CHECK_FALSE(h.id.isEmpty());

    const std::optional<Homework> stored = f.store->find(h.id);
    REQUIRE(stored);
    CHECK(stored->source == Homework::Source::Module);
    CHECK(stored->moduleId == QStringLiteral("pacing"));
    CHECK(stored->templateId == QStringLiteral("walk"));
    CHECK(stored->title == QStringLiteral("Title walk"));
    CHECK(stored->description == QStringLiteral("Do it."));
    CHECK(stored->exerciseId == QStringLiteral("pacing-log"));
    CHECK(stored->target == 3);
    CHECK(stored->doneCount == 0);
    CHECK(stored->status == Homework::Status::Open);
    CHECK(stored->dueDate == QDate(2026, 3, 9));
    CHECK(stored->assignedAt == f.now);
    CHECK_FALSE(stored->completedAt.isValid());
    CHECK(f.outbox() == std::vector<std::tuple<QString, QString, QString>>{
                            {kHomework, h.id, QStringLiteral("create")}});
}

TEST_CASE("assigning the same module template twice returns the first homework", "[homework]") {
    HomeworkFixture f;
    const Homework first = f.assign(QStringLiteral("walk"), 3, QDate(2026, 3, 9));
    f.now = f.now.addDays(2);
    const Homework again = f.assign(QStringLiteral("walk"), 5, QDate(2026, 3, 20));
    CHECK(again.id == first.id);
    CHECK(again.target == 3);
    CHECK(again.dueDate == QDate(2026, 3, 9));
    // The same template id in another module is another homework.
    const Homework other =
        f.assign(QStringLiteral("walk"), 1, QDate(2026, 3, 9), {}, QStringLiteral("sleep"));
    CHECK(other.id != first.id);
    CHECK(f.store->count() == 2);
    CHECK(f.outbox().size() == 2);
}

TEST_CASE("homework without a title, with an impossible target or without a due date is refused",
          "[homework]") {
    HomeworkFixture f;
    CHECK(errorOf([&] {
              f.store->assignFromModule(QStringLiteral("goals"), QStringLiteral("a"),
                                        QStringLiteral(" "), {}, {}, 1, QDate(2026, 3, 9));
          }).code() == ErrorCode::InvalidInput);
    CHECK(errorOf([&] { f.assign(QStringLiteral("b"), 0, QDate(2026, 3, 9)); }).code() ==
          ErrorCode::InvalidInput);
    CHECK(errorOf([&] { f.assign(QStringLiteral("c"), 51, QDate(2026, 3, 9)); }).code() ==
          ErrorCode::InvalidInput);
    CHECK(errorOf([&] { f.assign(QStringLiteral("d"), 1, QDate()); }).code() ==
          ErrorCode::InvalidInput);
    CHECK(f.store->count() == 0);
    CHECK(f.outbox().empty());
}

TEST_CASE("homework is done when its check-offs reach the target, at the time of that check-off",
          "[homework]") {
    HomeworkFixture f;
    const Homework h = f.assign(QStringLiteral("breathe"), 2, QDate(2026, 3, 9));
    f.store->checkOff(h.id);
    CHECK(f.store->find(h.id)->doneCount == 1);
    CHECK(f.store->find(h.id)->status == Homework::Status::Open);
    CHECK_FALSE(f.store->find(h.id)->completedAt.isValid());

    f.now = f.now.addDays(1);
    const QDateTime reached = f.now;
    f.store->checkOff(h.id);
    Homework done = *f.store->find(h.id);
    CHECK(done.doneCount == 2);
    CHECK(done.status == Homework::Status::Done);
    CHECK(done.completedAt == reached);
    CHECK(done.updatedAt == reached);
}

TEST_CASE("check-offs past the target are counted and the completion time stays", "[homework]") {
    HomeworkFixture f;
    const Homework h = f.assign(QStringLiteral("breathe"), 1, QDate(2026, 3, 9));
    f.store->checkOff(h.id);
    const QDateTime reached = f.now;
    f.now = f.now.addDays(1);
    f.store->checkOff(h.id);
    f.store->checkOff(h.id); // same millisecond: kept, one millisecond later
    const Homework done = *f.store->find(h.id);
    CHECK(done.doneCount == 3);
    CHECK(done.status == Homework::Status::Done);
    CHECK(done.completedAt == reached);
}

TEST_CASE("finishing an exercise checks off homework and is not taken back by undo", "[homework]") {
    HomeworkFixture f;
    const Homework h =
        f.assign(QStringLiteral("relax"), 2, QDate(2026, 3, 9), QStringLiteral("relaxation"));
    f.store->checkOff(h.id, QStringLiteral("record-1"));
    f.now = f.now.addSecs(60);
    f.store->checkOff(h.id); // by hand

    store::Statement rows = f.profile->database().prepare(
        "SELECT exercise_record_id FROM homework_checkoffs WHERE homework_id = ? ORDER BY done_at");
    rows.bind(1, h.id);
    REQUIRE(rows.step());
    CHECK(rows.text(0) == QStringLiteral("record-1"));
    REQUIRE(rows.step());
    CHECK(rows.isNull(0));
    CHECK(f.store->find(h.id)->status == Homework::Status::Done);

    // Undo takes back the hand tick, which reopens the homework...
    f.store->undoCheckOff(h.id);
    Homework reopened = *f.store->find(h.id);
    CHECK(reopened.doneCount == 1);
    CHECK(reopened.status == Homework::Status::Open);
    CHECK_FALSE(reopened.completedAt.isValid());
    // ...but never the exercise's: it stands as a record of its own.
    CHECK(errorOf([&] { f.store->undoCheckOff(h.id); }).code() == ErrorCode::InvalidInput);
    CHECK(f.store->find(h.id)->doneCount == 1);
}

TEST_CASE("undo takes back the last hand tick and keeps done homework done above its target",
          "[homework]") {
    HomeworkFixture f;
    const Homework h = f.assign(QStringLiteral("walk"), 1, QDate(2026, 3, 9));
    f.store->checkOff(h.id);
    const QDateTime reached = f.now;
    f.now = f.now.addSecs(3600);
    f.store->checkOff(h.id);
    f.store->undoCheckOff(h.id);
    Homework stillDone = *f.store->find(h.id);
    CHECK(stillDone.doneCount == 1);
    CHECK(stillDone.status == Homework::Status::Done);
    CHECK(stillDone.completedAt == reached);
    f.store->undoCheckOff(h.id);
    CHECK(f.store->find(h.id)->status == Homework::Status::Open);
    CHECK(f.store->find(h.id)->doneCount == 0);
}

TEST_CASE("cancelled homework cannot be ticked off nor changed", "[homework]") {
    HomeworkFixture f;
    const Homework h = f.assign(QStringLiteral("walk"), 2, QDate(2026, 3, 9));
    f.store->checkOff(h.id);
    f.setStatus(h.id, "cancelled"); // as a clinic's cancelled Task leaves it
    const std::size_t queued = f.outbox().size();
    CHECK(errorOf([&] { f.store->checkOff(h.id); }).code() == ErrorCode::InvalidInput);
    CHECK(errorOf([&] { f.store->undoCheckOff(h.id); }).code() == ErrorCode::InvalidInput);
    CHECK(f.store->find(h.id)->doneCount == 1);
    CHECK(f.store->find(h.id)->status == Homework::Status::Cancelled);
    CHECK(f.outbox().size() == queued);
}

TEST_CASE("ticking off homework that does not exist says so", "[homework]") {
    HomeworkFixture f;
    CHECK(errorOf([&] { f.store->checkOff(QStringLiteral("no-such-id")); }).code() ==
          ErrorCode::NotFound);
    CHECK(errorOf([&] { f.store->undoCheckOff(QStringLiteral("no-such-id")); }).code() ==
          ErrorCode::NotFound);
    CHECK(f.outbox().empty());
}

TEST_CASE("open homework is listed by due date then title, done and all newest first",
          "[homework]") {
    HomeworkFixture f;
    const Homework later = f.assign(QStringLiteral("b-later"), 1, QDate(2026, 3, 20));
    f.now = f.now.addSecs(60);
    const Homework overdue = f.assign(QStringLiteral("z-overdue"), 1, QDate(2026, 2, 27));
    f.now = f.now.addSecs(60);
    const Homework soonB = f.assign(QStringLiteral("b-soon"), 1, QDate(2026, 3, 5));
    f.now = f.now.addSecs(60);
    const Homework soonA = f.assign(QStringLiteral("a-soon"), 1, QDate(2026, 3, 5));
    f.now = f.now.addSecs(60);
    const Homework doneFirst = f.assign(QStringLiteral("done-1"), 1, QDate(2026, 3, 6));
    f.now = f.now.addSecs(60);
    const Homework doneSecond = f.assign(QStringLiteral("done-2"), 1, QDate(2026, 3, 7));
    f.now = f.now.addSecs(60);
    f.store->checkOff(doneSecond.id);
    f.now = f.now.addSecs(60);
    f.store->checkOff(doneFirst.id);

    const auto ids = [](const std::vector<Homework>& rows) {
        QStringList out;
        for (const Homework& h : rows)
            out << h.id;
        return out;
    };
    CHECK(ids(f.store->list(HomeworkStore::Filter::Open)) ==
          QStringList{overdue.id, soonA.id, soonB.id, later.id});
    CHECK(ids(f.store->list(HomeworkStore::Filter::Open, 2)) == QStringList{overdue.id, soonA.id});
    CHECK(ids(f.store->list(HomeworkStore::Filter::Done)) ==
          QStringList{doneFirst.id, doneSecond.id});
    CHECK(ids(f.store->list(HomeworkStore::Filter::All)) ==
          QStringList{doneSecond.id, doneFirst.id, soonA.id, soonB.id, overdue.id, later.id});
    CHECK(f.store->list(HomeworkStore::Filter::Open).front().overdue(f.now.date()));
    CHECK_FALSE(f.store->list(HomeworkStore::Filter::Open).back().overdue(f.now.date()));
}

TEST_CASE("openFor gives the open homework of one exercise, soonest due first", "[homework]") {
    HomeworkFixture f;
    const Homework late =
        f.assign(QStringLiteral("r2"), 1, QDate(2026, 3, 16), QStringLiteral("relaxation"));
    const Homework soon =
        f.assign(QStringLiteral("r1"), 1, QDate(2026, 3, 9), QStringLiteral("relaxation"));
    const Homework done =
        f.assign(QStringLiteral("r0"), 1, QDate(2026, 3, 4), QStringLiteral("relaxation"));
    f.assign(QStringLiteral("s1"), 1, QDate(2026, 3, 3), QStringLiteral("sleep-diary"));
    f.assign(QStringLiteral("hand"), 1, QDate(2026, 3, 3));
    f.store->checkOff(done.id, QStringLiteral("record-1"));

    const std::vector<Homework> open = f.store->openFor(QStringLiteral("relaxation"));
    REQUIRE(open.size() == 2);
    CHECK(open[0].id == soon.id);
    CHECK(open[1].id == late.id);
    CHECK(f.store->openFor(QStringLiteral("thought-record")).empty());
    CHECK(f.store->openFor(QString()).empty()); // hand-only homework is never an exercise's
}

TEST_CASE("every change of homework queues one homework row in the same transaction",
          "[homework]") {
    HomeworkFixture f;
    const Homework h = f.assign(QStringLiteral("walk"), 2, QDate(2026, 3, 9));
    f.store->checkOff(h.id);
    f.store->checkOff(h.id);
    f.store->undoCheckOff(h.id);
    CHECK(f.outbox() == std::vector<std::tuple<QString, QString, QString>>{
                            {kHomework, h.id, QStringLiteral("create")},
                            {kHomework, h.id, QStringLiteral("update")},
                            {kHomework, h.id, QStringLiteral("update")},
                            {kHomework, h.id, QStringLiteral("update")}});

    // Inside a caller's transaction that rolls back, neither the row nor its outbox row stays.
    {
        store::Transaction rolledBack(f.profile->database());
        f.assign(QStringLiteral("gone"), 1, QDate(2026, 3, 9));
        f.store->checkOff(h.id);
    }
    CHECK(f.store->count() == 1);
    CHECK(f.store->find(h.id)->doneCount == 1);
    CHECK(f.outbox().size() == 4);
}

TEST_CASE("homework and its check-offs survive closing and reopening the profile", "[homework]") {
    HomeworkFixture f;
    const Homework h = f.assign(QStringLiteral("walk"), 2, QDate(2026, 3, 9));
    f.store->checkOff(h.id);
    f.now = f.now.addDays(1);
    f.store->checkOff(h.id, QStringLiteral("record-1"));
    const Homework before = *f.store->find(h.id);

    f.reopen();
    const std::optional<Homework> after = f.store->find(h.id);
    REQUIRE(after);
    CHECK(after->doneCount == 2);
    CHECK(after->status == Homework::Status::Done);
    CHECK(after->completedAt == before.completedAt);
    CHECK(after->assignedAt == before.assignedAt);
    CHECK(after->dueDate == before.dueDate);
    CHECK(after->title == before.title);
    // The assignment is still known: starting the module again adds nothing.
    CHECK(f.assign(QStringLiteral("walk"), 2, QDate(2026, 3, 9)).id == h.id);
    CHECK(f.store->count() == 1);
}

TEST_CASE("generated homework takes its status and completion from its check-offs", "[homework]") {
    HomeworkFixture f;
    const auto make = [&](const char* id, int target, Homework::Status status) {
        HomeworkStore::Generated g;
        g.homework.id = QString::fromLatin1(id);
        g.homework.moduleId = QStringLiteral("relaxation");
        g.homework.templateId = QString::fromLatin1(id);
        g.homework.title = QStringLiteral("Practise");
        g.homework.target = target;
        g.homework.assignedAt = QDateTime(QDate(2025, 1, 6), QTime(10, 0), Qt::UTC);
        g.homework.dueDate = QDate(2025, 1, 13);
        g.homework.status = status;
        return g;
    };
    HomeworkStore::Generated done = make("g-done", 2, Homework::Status::Open);
    done.checkOffs = {QDateTime(QDate(2025, 1, 9), QTime(8, 0), Qt::UTC),
                      QDateTime(QDate(2025, 1, 7), QTime(8, 0), Qt::UTC),
                      QDateTime(QDate(2025, 1, 12), QTime(8, 0), Qt::UTC)};
    HomeworkStore::Generated open = make("g-open", 3, Homework::Status::Done);
    open.checkOffs = {QDateTime(QDate(2025, 1, 8), QTime(8, 0), Qt::UTC)};
    HomeworkStore::Generated cancelled = make("g-cancelled", 1, Homework::Status::Cancelled);
    cancelled.checkOffs = {QDateTime(QDate(2025, 1, 8), QTime(8, 0), Qt::UTC)};
    {
        store::Transaction batch(f.profile->database());
        f.store->insertGenerated({done, open, cancelled});
        batch.commit();
    }

    const Homework d = *f.store->find(QStringLiteral("g-done"));
    CHECK(d.status == Homework::Status::Done);
    CHECK(d.doneCount == 3);
    CHECK(d.completedAt == QDateTime(QDate(2025, 1, 9), QTime(8, 0), Qt::UTC)); // the 2nd of 3
    const Homework o = *f.store->find(QStringLiteral("g-open"));
    CHECK(o.status == Homework::Status::Open);
    CHECK_FALSE(o.completedAt.isValid());
    CHECK(f.store->find(QStringLiteral("g-cancelled"))->status == Homework::Status::Cancelled);
    CHECK(f.outbox().size() == 3);
}

TEST_CASE("the first due date is where all-time adherence starts, cancelled homework included",
          "[homework]") {
    HomeworkFixture f;
    CHECK(f.store->firstDueDate().isNull());
    f.assign(QStringLiteral("later"), 1, QDate(2026, 3, 20));
    const Homework early = f.assign(QStringLiteral("early"), 1, QDate(2026, 2, 27));
    f.setStatus(early.id, "cancelled");
    CHECK(f.store->firstDueDate() == QDate(2026, 2, 27));
}
