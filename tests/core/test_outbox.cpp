#include "error/Error.h"
#include "store/Outbox.h"
#include "store/Profile.h"
#include "support/TestProfile.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::store;

TEST_CASE("outbox rows come out by priority, then in the order they were written",
          "[store][outbox]") {
    QTemporaryDir dir;
    auto profile = Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    Database& db = profile->database();
    Outbox outbox(db);
    {
        Transaction transaction(db);
        outbox.enqueue(QStringLiteral("diary-entry"), QStringLiteral("a"),
                       Outbox::Operation::Create);
        outbox.enqueue(QStringLiteral("diary-entry"), QStringLiteral("b"),
                       Outbox::Operation::Update);
        outbox.enqueue(QStringLiteral("flag"), QStringLiteral("c"), Outbox::Operation::Create, "{}",
                       Outbox::kPrioritySafety);
        transaction.commit();
    }
    const auto pending = outbox.pending(10);
    REQUIRE(pending.size() == 3);
    CHECK(pending[0].entityId == QStringLiteral("c"));
    CHECK(pending[0].payload == "{}");
    CHECK(pending[1].entityId == QStringLiteral("a"));
    CHECK(pending[2].entityId == QStringLiteral("b"));
    CHECK(pending[2].operation == Outbox::Operation::Update);

    outbox.markDone(pending[0].id);
    CHECK(outbox.pendingCount() == 2);
    outbox.recordFailure(pending[1].id, QStringLiteral("HTTP 503"));
    CHECK(outbox.pending(1).front().attempts == 1);
}

TEST_CASE("an outbox row is written only inside the change's own transaction", "[store][outbox]") {
    QTemporaryDir dir;
    auto profile = Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    Database& db = profile->database();
    Outbox outbox(db);
    CHECK_THROWS_AS(outbox.enqueue(QStringLiteral("diary-entry"), QStringLiteral("x"),
                                   Outbox::Operation::Create),
                    Error);
    {
        Transaction abandoned(db);
        outbox.enqueue(QStringLiteral("diary-entry"), QStringLiteral("y"),
                       Outbox::Operation::Create);
        // no commit: the change and its outbox row go together
    }
    CHECK(outbox.pendingCount() == 0);
}
