#include "diary/DiaryCatalogue.h"
#include "diary/DiaryCsv.h"
#include "diary/DiaryStore.h"
#include "error/Error.h"
#include "store/Profile.h"
#include "support/DiaryFixtures.h"
#include "support/TestProfile.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::diary;

namespace {

std::vector<DiaryEntry> readBack(const QByteArray& csv) {
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return DiaryCsv::read(buffer);
}

QByteArray written(const std::vector<DiaryEntry>& entries) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    DiaryCsv::write(entries, buffer);
    return buffer.data();
}

} // namespace

TEST_CASE("the diary survives a CSV round trip, awkward text included", "[diary][csv]") {
    QTemporaryDir dir;
    auto profile = store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    DiaryStore diary(profile->database(), DiaryCatalogue::current());
    DiaryEntry a = test::entryAt(QDate(2026, 1, 5), 8, 6, 5);
    a.painWorst = 9;
    a.mood = 3;
    a.sleepHours = 6.5;
    a.sleepQuality = 4;
    a.activeMinutes = 15;
    a.bodyLocations = {QStringLiteral("neck"), QStringLiteral("hand-left")};
    a.triggers = {QStringLiteral("cold"),
                  DiaryCatalogue::customTag(QStringLiteral("Bus, \"crowded\""))};
    a.copingSkills = {QStringLiteral("walk"), QStringLiteral("breathing")};
    a.medications = {{QString(), QStringLiteral("Ibuprofen"), QStringLiteral("400 mg"), true, 2},
                     {QString(), QStringLiteral("Paracetamol"), QStringLiteral("1 g"), false, 1}};
    a.note = QStringLiteral("Line one, with a comma\nline two \"quoted\" – ñandú");
    DiaryEntry b = test::entryAt(QDate(2026, 1, 6), 21, 2);
    b.note = QStringLiteral("=HYPERLINK(\"http://example.invalid\")"); // must not run as a formula
    a = diary.save(a);
    b = diary.save(b);
    diary.remove(b.id);

    DiaryStore::HistoryQuery all;
    all.includeDeleted = true;
    const std::vector<DiaryEntry> original = diary.history(all);
    const QByteArray csv = written(original);
    CHECK(csv.startsWith("\xEF\xBB\xBFid,recorded_at,pain_now"));
    CHECK(csv.contains("'=HYPERLINK"));

    const std::vector<DiaryEntry> back = readBack(csv);
    REQUIRE(back.size() == original.size());
    for (std::size_t i = 0; i < back.size(); ++i) {
        DiaryEntry expected = original[i];
        for (MedicationDose& m : expected.medications)
            m.medicationId.clear(); // the CSV carries names, not internal ids
        CAPTURE(i);
        CHECK(back[i].sameContent(expected));
        CHECK(back[i].id == expected.id);
        CHECK(back[i].deleted == expected.deleted);
        CHECK(back[i].version == expected.version);
    }
}

TEST_CASE("a broken CSV names the line and the column", "[diary][csv]") {
    const QByteArray header = DiaryCsv::columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    const auto messageFor = [](const QByteArray& csv) {
        try {
            readBack(csv);
        } catch (const Error& e) {
            return e.message();
        }
        return QString();
    };
    CHECK(messageFor("date,pain\r\n").contains(QStringLiteral("column names")));
    CHECK(messageFor(header + "x,2026-01-05T08:00:00+01:00,seven,,,,,,,,,,,,no,1\r\n") ==
          QStringLiteral("Line 2, column pain_now: \"seven\" is not a whole number."));
    CHECK(messageFor(header + "x,yesterday,5,,,,,,,,,,,,no,1\r\n")
              .contains(QStringLiteral("Line 2, column recorded_at")));
    CHECK(messageFor(header + "x,2026-01-05T08:00:00+01:00,5\r\n")
              .contains(QStringLiteral("expected 16 cells")));
    CHECK(messageFor(header + "x,2026-01-05T08:00:00+01:00,5,,,,,,,,,,,\"open,no,1\r\n")
              .contains(QStringLiteral("never closed")));
}
