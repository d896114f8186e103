#include "diary/DiaryCatalogue.h"
#include "diary/DiaryEntry.h"
#include "fhir/DiaryObservation.h"
#include "support/ClinicServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::diary;

// Every Observation the mapping makes is accepted by a real FHIR server: the reference clinic
// server runs Medplum's validateResource (structure, cardinality, data types, invariants) on
// every write. The golden files pin the exact shape; this pins that the shape is valid FHIR R4.

namespace {

const DiaryCatalogue& english() {
    static const DiaryCatalogue catalogue = DiaryCatalogue::load(QStringLiteral("en"));
    return catalogue;
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

DiaryEntry baseEntry() {
    DiaryEntry e;
    e.id = newId();
    e.recordedAt = QDateTime(QDate(2026, 11, 27), QTime(14, 30), Qt::OffsetFromUTC, 3600);
    e.painNow = 5;
    e.version = 1;
    e.updatedAt = QDateTime(QDate(2026, 11, 27), QTime(13, 31, 2, 250), Qt::UTC);
    return e;
}

DiaryEntry fullEntry() {
    DiaryEntry e = baseEntry();
    e.painAverage = 4;
    e.painWorst = 8;
    e.mood = 6;
    e.sleepHours = 7;
    e.sleepQuality = 5;
    e.activeMinutes = 30;
    e.bodyLocations = {QStringLiteral("neck"), QStringLiteral("shoulder-right"),
                       QStringLiteral("neck-back")};
    e.triggers = {QStringLiteral("stress"), QStringLiteral("poor-sleep")};
    e.copingSkills = {QStringLiteral("pacing"), QStringLiteral("relaxation")};
    e.medications = {MedicationDose{QStringLiteral("m1"), QStringLiteral("Paracetamol"),
                                    QStringLiteral("500 mg"), false, 2}};
    e.note = QStringLiteral("Synthetic entry for the validation test.\nSecond line.");
    return e;
}

struct Case {
    const char* name;
    DiaryEntry entry;
};

std::vector<Case> everyShape() {
    std::vector<Case> cases;
    cases.push_back({"full", fullEntry()});
    cases.push_back({"minimal", baseEntry()});

    DiaryEntry deleted = fullEntry();
    deleted.version = 2;
    deleted.deleted = true;
    cases.push_back({"deleted", deleted});

    DiaryEntry edited = fullEntry();
    edited.version = 4;
    cases.push_back({"edited", edited});

    DiaryEntry oneRegion = baseEntry();
    oneRegion.bodyLocations = {QStringLiteral("hip-left")};
    cases.push_back({"one body region (bodySite)", oneRegion});

    DiaryEntry unsidedRegion = baseEntry();
    unsidedRegion.bodyLocations = {QStringLiteral("upper-back")}; // no SNOMED CT code
    cases.push_back({"one body region without SNOMED CT", unsidedRegion});

    DiaryEntry allRegions = baseEntry();
    for (const auto& region : english().bodyRegions())
        allRegions.bodyLocations << region.code;
    cases.push_back({"every body region", allRegions});

    DiaryEntry custom = baseEntry();
    custom.triggers = {DiaryCatalogue::customTag(QStringLiteral("Cold wind")),
                       QStringLiteral("weather")};
    custom.copingSkills = {DiaryCatalogue::customTag(QStringLiteral("Hot bath"))};
    cases.push_back({"custom trigger and coping skill", custom});

    DiaryEntry asNeeded = baseEntry();
    asNeeded.medications = {
        MedicationDose{QStringLiteral("m1"), QStringLiteral("Ibuprofen"), QStringLiteral("200 mg"),
                       true, 3},
        MedicationDose{QStringLiteral("m2"), QStringLiteral("Amitriptyline"),
                       QStringLiteral("10 mg"), false, 1},
    };
    cases.push_back({"medication with as-needed", asNeeded});

    DiaryEntry sleep = baseEntry();
    sleep.sleepHours = 6.5;
    sleep.sleepQuality = 0;
    sleep.painNow = 0;
    sleep.mood = 10;
    sleep.activeMinutes = 0;
    cases.push_back({"fractional sleep hours and the ends of the scales", sleep});

    DiaryEntry westOfUtc = baseEntry();
    westOfUtc.recordedAt = QDateTime(QDate(2026, 1, 9), QTime(23, 10), Qt::OffsetFromUTC, -18000);
    cases.push_back({"negative UTC offset", westOfUtc});

    DiaryEntry noUpdatedAt = baseEntry();
    noUpdatedAt.updatedAt = QDateTime();
    cases.push_back({"no issued", noUpdatedAt});
    return cases;
}

QJsonObject conditionalCreate(const QJsonObject& resource, const QString& token) {
    return QJsonObject{
        {QLatin1String("resource"), resource},
        {QLatin1String("request"),
         QJsonObject{{QLatin1String("method"), QLatin1String("POST")},
                     {QLatin1String("url"), QLatin1String("Observation")},
                     {QLatin1String("ifNoneExist"), QStringLiteral("identifier=") + token}}}};
}

QString encodedToken(const QString& token) {
    return QString::fromLatin1(QUrl::toPercentEncoding(token));
}

} // namespace

TEST_CASE("fhir: the clinic server accepts every shape of mapped diary Observation", "[fhir]") {
    const test::ClinicServer server = test::ClinicServer::fromEnvironment();
    const QString patient = QStringLiteral("Patient/") + server.createPatient();
    for (const Case& c : everyShape()) {
        CAPTURE(c.name);
        const QJsonObject obs = fhir::diaryObservation(c.entry, patient, english());
        const QJsonObject created = server.create(obs); // REQUIREs 201, prints the outcome
        CHECK_FALSE(created.value(QLatin1String("id")).toString().isEmpty());
        // What the server stored is what we sent (plus its id and meta).
        QJsonObject stored = created;
        stored.remove(QLatin1String("id"));
        stored.remove(QLatin1String("meta"));
        CHECK(stored == obs);
    }
}

TEST_CASE("fhir: a diary Observation sent twice by conditional create is stored once", "[fhir]") {
    const test::ClinicServer server = test::ClinicServer::fromEnvironment();
    const QString patient = QStringLiteral("Patient/") + server.createPatient();
    const DiaryEntry entry = fullEntry();
    const QString token = fhir::identifierToken(QLatin1String(fhir::kDiaryEntryKind), entry.id);
    const QJsonObject obs = fhir::diaryObservation(entry, patient, english());
    const QJsonObject entryJson = conditionalCreate(obs, token);
    const QJsonObject bundle{{QLatin1String("resourceType"), QLatin1String("Bundle")},
                             {QLatin1String("type"), QLatin1String("batch")},
                             {QLatin1String("entry"), QJsonArray{entryJson, entryJson}}};

    auto send = [&] {
        const sync::HttpResponse response = server.request("POST", QString(), bundle);
        INFO(response.status << " " << response.failureDetail.toStdString() << " "
                             << response.body.left(4000).toStdString());
        REQUIRE(response.ok());
        REQUIRE(response.status == 200);
        QStringList statuses;
        for (const QJsonValue& e :
             QJsonDocument::fromJson(response.body)[QLatin1String("entry")].toArray())
            statuses << e[QLatin1String("response")][QLatin1String("status")].toString();
        return statuses;
    };
    const QStringList first = send();
    REQUIRE(first.size() == 2);
    CHECK(first[0].startsWith(QLatin1String("201")));
    CHECK(first[1].startsWith(QLatin1String("200"))); // the same identifier: matched, not made
    const QStringList again = send();                 // a retry after a lost reply
    REQUIRE(again.size() == 2);
    CHECK(again[0].startsWith(QLatin1String("200")));
    CHECK(again[1].startsWith(QLatin1String("200")));

    const QJsonArray found = server.searchAll(QStringLiteral("Observation"),
                                              QStringLiteral("identifier=") + encodedToken(token));
    REQUIRE(found.size() == 1);
    CHECK(found[0][QLatin1String("identifier")][0][QLatin1String("value")] == entry.id);
}
