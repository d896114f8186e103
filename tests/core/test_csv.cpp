#include "QtStringMaker.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryCsv.h"
#include "diary/DiaryStore.h"
#include "diary/DiaryValidation.h"
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

DiaryCsv::Import readImport(const QByteArray& csv) {
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return DiaryCsv::read(buffer, DiaryCatalogue::current());
}

// The good rows of a file that must have no bad ones.
std::vector<DiaryEntry> readBack(const QByteArray& csv) {
    DiaryCsv::Import import = readImport(csv);
    for (const DiaryCsv::RejectedRow& row : import.rejected)
        FAIL_CHECK("rejected: " << row.reason.toStdString());
    return std::move(import.entries);
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

TEST_CASE("a file that is not a Pacewise diary is refused as a whole", "[diary][csv]") {
    const QByteArray header = DiaryCsv::columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    const auto messageFor = [](const QByteArray& csv) {
        try {
            readImport(csv);
        } catch (const Error& e) {
            return e.message();
        }
        return QString();
    };
    CHECK(messageFor("date,pain\r\n") ==
          QStringLiteral("The first line of the CSV file must be the Pacewise column names: ") +
              DiaryCsv::columns().join(QStringLiteral(", ")) + QLatin1Char('.'));
    CHECK(messageFor(QByteArray()).startsWith(QStringLiteral("The first line of the CSV file")));
    CHECK(messageFor(header + "x,2026-01-05T08:00:00+01:00,5,,,,,,,,,,,\"open,no,1\r\n") ==
          QStringLiteral("Line 2 of the CSV file has a quote that is never closed."));
}

TEST_CASE("bad rows are named with their line and why, and the good rows are kept",
          "[diary][csv]") {
    const QByteArray header = DiaryCsv::columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    const QByteArray good = "a,2026-01-05T08:00:00+01:00,5,,,,,,,,,,,morning,no,1\r\n";
    const QByteArray csv = header + good +                                            // line 2
                           "b,2026-01-05T09:00:00+01:00,seven,,,,,,,,,,,,no,1\r\n" +  // 3
                           "c,yesterday,5,,,,,,,,,,,,no,1\r\n" +                      // 4
                           "d,2026-01-05T08:00:00+01:00,5\r\n" +                      // 5
                           "e,2026-01-06T08:00:00+01:00,12,,,,,,,,,,,,no,1\r\n" +     // 6
                           "f,2026-01-06T09:00:00+01:00,4,,,,tired,,,,,,,,no,1\r\n" + // 7
                           "g,2026-01-06T10:00:00+01:00,3,,,,,,,,,,pills,,no,1\r\n" + // 8
                           "h,2026-01-07T08:00:00+01:00,,,,,,,,,,,,,no,1\r\n" +       // 9
                           "\r\n" + // blank: skipped
                           "i,2026-01-07T20:00:00+01:00,2,,,,,,,,,,,evening,no,1\r\n"; // 11
    const DiaryCsv::Import import = readImport(csv);

    REQUIRE(import.entries.size() == 2);
    CHECK(import.entries[0].id == QStringLiteral("a"));
    CHECK(import.entries[0].note == QStringLiteral("morning"));
    CHECK(import.entries[1].id == QStringLiteral("i"));

    std::vector<std::pair<qsizetype, QString>> rejected;
    for (const DiaryCsv::RejectedRow& row : import.rejected)
        rejected.emplace_back(row.line, row.reason);
    const std::vector<std::pair<qsizetype, QString>> expected{
        {3, QStringLiteral("Line 3, column pain_now: \"seven\" is not a whole number.")},
        {4, QStringLiteral("Line 4, column recorded_at: \"yesterday\" is not a date and time "
                           "like 2026-03-01T08:30:00+01:00.")},
        {5, QStringLiteral("Line 5, column -: expected 16 cells, found 3.")},
        {6, QStringLiteral("Line 6: ") + DiaryValidation::validate(
                                             [] {
                                                 DiaryEntry e;
                                                 e.recordedAt = QDateTime::currentDateTime();
                                                 e.painNow = 12;
                                                 return e;
                                             }(),
                                             DiaryCatalogue::current())
                                             .front()
                                             .message},
        {7, QStringLiteral("Line 7, column sleep_hours: \"tired\" is not a number of hours.")},
        {8, QStringLiteral("Line 8, column medications: \"pills\" is not \"name | dose | count "
                           "| as needed or regular\".")},
        {9, QStringLiteral("Line 9, column pain_now: a number is required.")},
    };
    for (std::size_t i = 0; i < std::min(rejected.size(), expected.size()); ++i) {
        CHECK(rejected[i].first == expected[i].first);
        CHECK(rejected[i].second == expected[i].second);
    }
    CHECK(rejected.size() == expected.size());
    // The pain line says what is allowed, so the person can mend the file.
    CHECK(expected[3].second.contains(QStringLiteral("10")));
}
