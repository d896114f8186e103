#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "diary/DiaryValidation.h"
#include "diary/MedicationList.h"
#include "error/Error.h"
#include "store/Outbox.h"
#include "store/Profile.h"
#include "support/DiaryFixtures.h"
#include "support/TestProfile.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::diary;

namespace {

struct DiaryFixture {
    QTemporaryDir dir;
    std::unique_ptr<store::Profile> profile =
        store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    const DiaryCatalogue& catalogue = DiaryCatalogue::current();
    DiaryStore diary{profile->database(), catalogue};
};

DiaryEntry fullEntry() {
    DiaryEntry e = test::entryAt(QDate(2026, 3, 2), 8, 6, 5);
    e.painWorst = 8;
    e.mood = 4;
    e.sleepHours = 6.5;
    e.sleepQuality = 5;
    e.activeMinutes = 30;
    e.bodyLocations = {QStringLiteral("lower-back"), QStringLiteral("knee-left")};
    e.triggers = {QStringLiteral("stress"),
                  DiaryCatalogue::customTag(QStringLiteral("  Long   drive "))};
    e.copingSkills = {QStringLiteral("breathing")};
    e.medications = {
        {QStringLiteral("m1"), QStringLiteral("Ibuprofen"), QStringLiteral("400 mg"), true, 2}};
    e.note = QStringLiteral("Walked to the shop, café on the way");
    return e;
}

QStringList fieldsWithIssues(const DiaryEntry& e) {
    QStringList fields;
    for (const FieldIssue& issue : DiaryValidation::validate(e, DiaryCatalogue::current()))
        fields << issue.field;
    return fields;
}

} // namespace

TEST_CASE("an entry is saved with every field and read back unchanged", "[diary]") {
    DiaryFixture f;
    const DiaryEntry saved = f.diary.save(fullEntry());
    CHECK_FALSE(saved.id.isEmpty());
    CHECK(saved.version == 1);

    const auto read = f.diary.find(saved.id);
    REQUIRE(read);
    CHECK(read->sameContent(saved));
    CHECK(read->recordedAt.offsetFromUtc() == 3600);
    CHECK(read->triggers.contains(QStringLiteral("custom:Long drive")));
    CHECK(f.catalogue.triggerLabel(QStringLiteral("custom:Long drive")) ==
          QStringLiteral("Long drive"));
    CHECK(f.diary.customTags() == QStringList{QStringLiteral("custom:Long drive")});
}

TEST_CASE("out-of-range values are refused with a message that names the field",
          "[diary][validation]") {
    DiaryEntry e = fullEntry();
    CHECK(fieldsWithIssues(e).isEmpty());

    e.painNow = 11;
    CHECK(fieldsWithIssues(e).contains(QStringLiteral("painNow")));
    DiaryFixture f;
    try {
        f.diary.save(e);
        FAIL("pain 11 was saved");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::InvalidInput);
        CHECK(error.message() == QStringLiteral("Pain now must be a number from 0 to 10."));
    }
    CHECK(f.diary.count() == 0);
    CHECK(store::Outbox(f.profile->database()).pendingCount() == 0);

    e = fullEntry();
    e.mood = -1;
    e.sleepHours = 25;
    e.activeMinutes = 2000;
    e.painWorst = 3; // below the average of 5
    e.bodyLocations << QStringLiteral("tail");
    e.copingSkills << QStringLiteral("yelling");
    e.triggers << QStringLiteral("moon-phase");
    const QStringList fields = fieldsWithIssues(e);
    for (const char* field : {"mood", "sleepHours", "activeMinutes", "painWorst", "bodyLocations",
                              "copingSkills", "triggers"})
        CHECK(fields.contains(QLatin1String(field)));

    e = fullEntry();
    e.recordedAt = QDateTime::currentDateTimeUtc().addDays(1);
    CHECK(fieldsWithIssues(e) == QStringList{QStringLiteral("recordedAt")});
}

TEST_CASE("an edit keeps the earlier version and queues an update", "[diary][history]") {
    DiaryFixture f;
    DiaryEntry e = f.diary.save(fullEntry());
    e.painNow = 3;
    e.note = QStringLiteral("Better after a rest");
    const DiaryEntry edited = f.diary.save(e);
    CHECK(edited.version == 2);

    const auto versions = f.diary.versions(e.id);
    REQUIRE(versions.size() == 1);
    CHECK(versions[0].version == 1);
    CHECK(versions[0].painNow == 6);
    CHECK(versions[0].note == fullEntry().note);
    CHECK(f.diary.find(e.id)->painNow == 3);

    const auto outbox = store::Outbox(f.profile->database()).pending(10);
    REQUIRE(outbox.size() == 2);
    CHECK(outbox[0].operation == store::Outbox::Operation::Create);
    CHECK(outbox[1].operation == store::Outbox::Operation::Update);
    CHECK(outbox[1].entityId == e.id);
}

TEST_CASE("delete is soft, can be undone, and each step reaches the outbox", "[diary][delete]") {
    DiaryFixture f;
    const DiaryEntry e = f.diary.save(fullEntry());
    f.diary.remove(e.id);
    CHECK(f.diary.count() == 0);
    CHECK(f.diary.count(true) == 1);
    CHECK(f.diary.find(e.id)->deleted);
    CHECK(f.diary.history({}).empty());
    DiaryStore::HistoryQuery withDeleted;
    withDeleted.includeDeleted = true;
    CHECK(f.diary.history(withDeleted).size() == 1);

    f.diary.restore(e.id);
    CHECK(f.diary.count() == 1);
    CHECK_FALSE(f.diary.find(e.id)->deleted);

    const auto outbox = store::Outbox(f.profile->database()).pending(10);
    REQUIRE(outbox.size() == 3);
    CHECK(outbox[1].operation == store::Outbox::Operation::Delete);
    CHECK(outbox[2].operation == store::Outbox::Operation::Update);
    CHECK_THROWS_AS(f.diary.remove(QStringLiteral("no-such-id")), Error);
}

TEST_CASE("history pages newest first and filters by date range and trigger", "[diary][history]") {
    DiaryFixture f;
    for (int day = 1; day <= 10; ++day) {
        DiaryEntry e = test::entryAt(QDate(2026, 2, day), 9, day % 10);
        if (day % 3 == 0)
            e.triggers << QStringLiteral("weather");
        if (day == 4)
            e.triggers << QStringLiteral("stress");
        f.diary.save(e);
    }
    DiaryStore::HistoryQuery q;
    q.limit = 4;
    const auto first = f.diary.history(q);
    REQUIRE(first.size() == 4);
    CHECK(first[0].recordedAt.date() == QDate(2026, 2, 10));
    CHECK(first[3].recordedAt.date() == QDate(2026, 2, 7));
    q.before = {{DiaryStore::pagingKey(first.back()), first.back().id}};
    const auto second = f.diary.history(q);
    REQUIRE(second.size() == 4);
    CHECK(second[0].recordedAt.date() == QDate(2026, 2, 6));

    DiaryStore::HistoryQuery range;
    range.from = QDate(2026, 2, 3);
    range.to = QDate(2026, 2, 5);
    CHECK(f.diary.history(range).size() == 3);

    DiaryStore::HistoryQuery tags;
    tags.anyTags = {QStringLiteral("weather"), QStringLiteral("stress")};
    QList<int> days;
    for (const DiaryEntry& e : f.diary.history(tags))
        days << e.recordedAt.date().day();
    CHECK(days == QList<int>{9, 6, 4, 3});
}

TEST_CASE("the latest live entry is what pre-fills the next one", "[diary]") {
    DiaryFixture f;
    CHECK_FALSE(f.diary.latest());
    f.diary.save(test::entryAt(QDate(2026, 2, 1), 9, 4));
    const DiaryEntry newer = f.diary.save(test::entryAt(QDate(2026, 2, 2), 9, 7));
    CHECK(f.diary.latest()->painNow == 7);
    f.diary.remove(newer.id);
    CHECK(f.diary.latest()->painNow == 4);
}

TEST_CASE("the medication list adds, edits and archives", "[diary][medications]") {
    DiaryFixture f;
    MedicationList list(f.profile->database());
    auto ibuprofen = list.save(
        {{}, QStringLiteral(" Ibuprofen "), QStringLiteral("400 mg"), QTime(), true, true});
    list.save(
        {{}, QStringLiteral("Amitriptyline"), QStringLiteral("10 mg"), QTime(21, 0), false, true});
    CHECK(ibuprofen.name == QStringLiteral("Ibuprofen"));
    REQUIRE(list.list().size() == 2);
    CHECK(list.list()[0].name == QStringLiteral("Amitriptyline"));
    CHECK(list.list()[0].usualTime == QTime(21, 0));
    ibuprofen.dose = QStringLiteral("200 mg");
    list.save(ibuprofen);
    list.setActive(ibuprofen.id, false);
    CHECK(list.list().size() == 1);
    CHECK(list.list(true).size() == 2);
    CHECK(list.list(true)[1].dose == QStringLiteral("200 mg"));
    CHECK_THROWS_AS(list.save({{}, QStringLiteral("   "), {}, QTime(), false, true}), Error);
}
