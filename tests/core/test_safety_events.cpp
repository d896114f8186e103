// A safety event (PHQ-9 item 9 above 0): recorded once, and its Flag and Communication queued
// ahead of everything else in the outbox, in the same transaction.
#include "error/Error.h"
#include "fhir/MeasureResources.h"
#include "safety/SafetyEvents.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Outbox.h"
#include "support/TestProfile.h"
#include "sync/OutboxRecords.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::safety;

namespace {

struct EventsFixture {
    QTemporaryDir dir;
    store::Database db = [this] {
        store::Database d = store::Database::openUnencrypted(dir.filePath(QStringLiteral("p.db")));
        store::migrate(d);
        return d;
    }();
    SafetyEvents events{db};
    const QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(21, 40, 5, 120), Qt::UTC);

    std::vector<std::tuple<QString, QString, int>> pending() {
        std::vector<std::tuple<QString, QString, int>> rows;
        for (const store::Outbox::Entry& e : store::Outbox(db).pending(1000))
            rows.emplace_back(e.kind, e.entityId, e.priority);
        return rows;
    }
    void queueDiaryRow(const QString& id) {
        store::Transaction transaction(db);
        store::Outbox(db).enqueue(QStringLiteral("diary-entry"), id,
                                  store::Outbox::Operation::Create);
        transaction.commit();
    }
};

} // namespace

TEST_CASE("safety: an event queues its Flag and Communication ahead of every waiting row",
          "[safety]") {
    EventsFixture f;
    f.queueDiaryRow(QStringLiteral("d1"));
    f.queueDiaryRow(QStringLiteral("d2"));

    const SafetyEvent event = f.events.raise(QStringLiteral("r1"), QStringLiteral("phq-9"),
                                             QStringLiteral("9"), 2, f.now, 3600);
    CHECK_FALSE(event.id.isEmpty());
    CHECK(event.raisedAt == f.now);
    CHECK(event.utcOffset == 3600);

    const auto rows = f.pending();
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] ==
          std::tuple(QStringLiteral("safety-flag"), event.id, store::Outbox::kPrioritySafety));
    CHECK(rows[1] == std::tuple(QStringLiteral("safety-communication"), event.id,
                                store::Outbox::kPrioritySafety));
    CHECK(std::get<0>(rows[2]) == QLatin1String("diary-entry"));
}

TEST_CASE("safety: the same response and item raise one event, queued once", "[safety]") {
    EventsFixture f;
    const SafetyEvent first = f.events.raise(QStringLiteral("r1"), QStringLiteral("phq-9"),
                                             QStringLiteral("9"), 1, f.now, 0);
    // The patient went back and changed the answer: still the one event.
    const SafetyEvent again = f.events.raise(QStringLiteral("r1"), QStringLiteral("phq-9"),
                                             QStringLiteral("9"), 3, f.now.addSecs(30), 0);
    CHECK(again.id == first.id);
    CHECK(again.answerValue == 1);
    CHECK(f.pending().size() == 2);
    CHECK(f.events.all().size() == 1);

    // Another response is another event.
    const SafetyEvent other = f.events.raise(QStringLiteral("r2"), QStringLiteral("phq-9"),
                                             QStringLiteral("9"), 1, f.now.addDays(14), 0);
    CHECK(other.id != first.id);
    CHECK(f.pending().size() == 4);
    const std::vector<SafetyEvent> all = f.events.all();
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == other.id); // newest first
}

TEST_CASE("safety: an event reads back as it was raised", "[safety]") {
    EventsFixture f;
    const SafetyEvent raised = f.events.raise(QStringLiteral("r1"), QStringLiteral("phq-9"),
                                              QStringLiteral("9"), 2, f.now, -5 * 3600);
    const std::optional<SafetyEvent> found = f.events.find(raised.id);
    REQUIRE(found);
    CHECK(found->responseId == QLatin1String("r1"));
    CHECK(found->measureId == QLatin1String("phq-9"));
    CHECK(found->linkId == QLatin1String("9"));
    CHECK(found->answerValue == 2);
    CHECK(found->raisedAt == f.now);
    CHECK(found->raisedAt.timeSpec() == Qt::UTC);
    CHECK(found->utcOffset == -5 * 3600);
    CHECK_FALSE(f.events.find(QStringLiteral("nope")));
}

TEST_CASE("safety: raised inside the caller's transaction, it goes or stays with the answer",
          "[safety]") {
    EventsFixture f;
    {
        store::Transaction transaction(f.db);
        f.events.raise(QStringLiteral("r1"), QStringLiteral("phq-9"), QStringLiteral("9"), 1, f.now,
                       0);
        // no commit: the answer was not saved, so neither is the event
    }
    CHECK(f.events.all().empty());
    CHECK(f.pending().empty());
}

TEST_CASE("safety: the outbox records know the safety kinds and send the event's resources",
          "[safety][sync]") {
    EventsFixture f;
    const SafetyEvent event = f.events.raise(QStringLiteral("r1"), QStringLiteral("phq-9"),
                                             QStringLiteral("9"), 1, f.now, 0);
    const sync::OutboxRecords records(f.db, QStringLiteral("Patient/p1"));
    CHECK(records.knows(QLatin1String(fhir::kSafetyFlagKind)));
    CHECK(records.knows(QLatin1String(fhir::kSafetyCommunicationKind)));
    const auto flag = records.resourceFor(QLatin1String(fhir::kSafetyFlagKind), event.id);
    REQUIRE(flag);
    CHECK(flag->resourceType == QLatin1String("Flag"));
    const auto communication =
        records.resourceFor(QLatin1String(fhir::kSafetyCommunicationKind), event.id);
    REQUIRE(communication);
    CHECK(communication->resourceType == QLatin1String("Communication"));
    CHECK(communication->json.value(QLatin1String("priority")).toString() ==
          QLatin1String("urgent"));
    CHECK_FALSE(records.resourceFor(QLatin1String(fhir::kSafetyFlagKind), QStringLiteral("x")));
}

TEST_CASE("safety: a new clinic gets the safety events again, first", "[safety][sync]") {
    EventsFixture f;
    const SafetyEvent event = f.events.raise(QStringLiteral("r1"), QStringLiteral("phq-9"),
                                             QStringLiteral("9"), 1, f.now, 0);
    f.queueDiaryRow(QStringLiteral("d1"));
    f.db.exec("UPDATE outbox SET done_at = '2026-03-03T00:00:00.000Z'");
    REQUIRE(f.pending().empty());
    {
        store::Transaction transaction(f.db);
        sync::OutboxRecords::queueAll(f.db);
        transaction.commit();
    }
    const auto rows = f.pending();
    REQUIRE(rows.size() == 2); // the diary row's entry does not exist: nothing to queue for it
    CHECK(rows[0] ==
          std::tuple(QStringLiteral("safety-flag"), event.id, store::Outbox::kPrioritySafety));
    CHECK(rows[1] == std::tuple(QStringLiteral("safety-communication"), event.id,
                                store::Outbox::kPrioritySafety));
    // Queued again while waiting: nothing doubles.
    {
        store::Transaction transaction(f.db);
        sync::OutboxRecords::queueAll(f.db);
        transaction.commit();
    }
    CHECK(f.pending().size() == 2);
}

TEST_CASE("safety: an event without response or time is a programming error", "[safety]") {
    EventsFixture f;
    CHECK_THROWS_AS(f.events.raise({}, QStringLiteral("phq-9"), QStringLiteral("9"), 1, f.now, 0),
                    Error);
    CHECK_THROWS_AS(f.events.raise(QStringLiteral("r"), QStringLiteral("phq-9"),
                                   QStringLiteral("9"), 1, QDateTime(), 0),
                    Error);
    CHECK(f.pending().empty());
}
