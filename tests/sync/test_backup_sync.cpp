// A profile restored from an older backup, on a new computer, while the clinic already holds what
// the original sent after the backup was made: the restored copy sends what was waiting when the
// backup was taken and nothing twice, removes nothing the original sent, and leaves the clinic's
// newer version of a record it did not change; what the patient then writes in the restored
// copy is what the clinic gets (the patient's own records: the patient's last word counts).
#include "backup/Backup.h"
#include "store/Outbox.h"
#include "support/SyncFixture.h"

#include <QDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::test;
using Outcome = sync::SyncReport::Outcome;

namespace {

QString noteOf(const QJsonObject& observation) {
    return observation.value(QLatin1String("note"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("text"))
        .toString();
}

} // namespace

TEST_CASE("a profile restored from an older backup syncs without duplicating or undoing what the "
          "original sent after it",
          "[engine][backup]") {
    SyncFixture f;
    std::vector<diary::DiaryEntry> sent = f.addEntries(3);
    REQUIRE(f.sync().outcome == Outcome::Done);
    std::vector<diary::DiaryEntry> waiting = f.addEntries(2, 5); // not sent yet
    QTemporaryDir elsewhere;
    const QString file = QDir(elsewhere.path()).filePath(QStringLiteral("old.pacewise-backup"));
    backup::Backup::write(*f.profile, file);

    // The original goes on: it sends the two waiting, edits one already sent, writes a new one.
    diary::DiaryEntry edited = sent[0];
    edited.note = QStringLiteral("edited after the backup");
    f.diary.save(edited);
    diary::DiaryEntry later = f.diary.save([&] {
        diary::DiaryEntry e = sent[1];
        e.id.clear();
        e.recordedAt = e.recordedAt.addDays(1);
        e.note = QStringLiteral("written after the backup");
        return e;
    }());
    REQUIRE(f.sync().outcome == Outcome::Done);
    REQUIRE(f.observations().size() == 6);

    // The computer is lost; the backup is restored on another one and syncs.
    const QString restoredDir = QDir(elsewhere.path()).filePath(QStringLiteral("restored"));
    backup::Backup::restore(file, kPassphrase, restoredDir);
    auto restored = store::Profile::open(restoredDir, kPassphrase);
    sync::ClinicConnection connection(restored->database());
    sync::CurlTransport transport;
    sync::CancelFlag cancel;
    const auto syncRestored = [&] {
        return sync::SyncEngine(restored->database(), transport, connection,
                                SyncFixture::quickRetries())
            .run(cancel);
    };
    sync::SyncReport report = syncRestored();
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.pushed == int(waiting.size())); // what was waiting in the backup, once more
    CHECK(report.remaining == 0);

    const QJsonArray observations = f.observations();
    CHECK(observations.size() == 6);
    CHECK(identifierValues(observations).size() == 6); // every entry once
    CHECK(noteOf(f.observationOf(later.id)) == QStringLiteral("written after the backup"));
    // The restored copy did not change this one: the clinic keeps the newer version.
    CHECK(noteOf(f.observationOf(sent[0].id)) == QStringLiteral("edited after the backup"));
    for (const diary::DiaryEntry& e : waiting)
        CHECK(noteOf(f.observationOf(e.id)) == e.note);

    // What the patient writes in the restored copy from now on is what the clinic gets.
    diary::DiaryStore restoredDiary(restored->database(), f.catalogue);
    diary::DiaryEntry again = sent[0];
    again.note = QStringLiteral("edited in the restored copy");
    restoredDiary.save(again);
    report = syncRestored();
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.pushed == 1);
    CHECK(noteOf(f.observationOf(sent[0].id)) == QStringLiteral("edited in the restored copy"));
    CHECK(f.observations().size() == 6);
    CHECK(store::Outbox(restored->database()).pendingCount() == 0);
}
