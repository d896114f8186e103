#include "diary/DiaryCatalogue.h"
#include "diary/DiaryEntry.h"
#include "error/Error.h"
#include "fhir/DiaryObservation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringList>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::diary;

// The FHIR mapping of a diary entry, compared with committed golden files (reviewed by eye, and
// checked by tests/sync/test_fhir_validation.cpp against the real server's validation). After an
// intended change: PACEWISE_UPDATE_GOLDEN=1 rewrites them; review the git diff before committing.

namespace {

const QString kPatient = QStringLiteral("Patient/example-patient");

const DiaryCatalogue& english() {
    static const DiaryCatalogue catalogue = DiaryCatalogue::load(QStringLiteral("en"));
    return catalogue;
}

// Synthetic entries (made up, no real person), one per golden file.
DiaryEntry fullEntry() {
    DiaryEntry e;
    e.id = QStringLiteral("0b9f2c1e-5d1a-4c8e-9a57-000000000001");
    e.recordedAt = QDateTime(QDate(2026, 11, 27), QTime(14, 30, 15), Qt::OffsetFromUTC, 3600);
    e.painNow = 6;
    e.painAverage = 5;
    e.painWorst = 8;
    e.mood = 4;
    e.sleepHours = 6.5;
    e.sleepQuality = 3;
    e.activeMinutes = 45;
    e.bodyLocations = {QStringLiteral("lower-back"), QStringLiteral("hip-left"),
                       QStringLiteral("upper-back")};
    e.triggers = {QStringLiteral("stress"), DiaryCatalogue::customTag(QStringLiteral("Cold wind"))};
    e.copingSkills = {QStringLiteral("pacing"), QStringLiteral("breathing")};
    e.medications = {
        MedicationDose{QStringLiteral("med-1"), QStringLiteral("Paracetamol"),
                       QStringLiteral("500 mg"), false, 2},
        MedicationDose{QStringLiteral("med-2"), QStringLiteral("Ibuprofen"),
                       QStringLiteral("200 mg"), true, 1},
    };
    e.note = QStringLiteral("Synthetic entry: short walk, then rested.");
    e.version = 1;
    e.updatedAt = QDateTime(QDate(2026, 11, 27), QTime(13, 31, 2, 250), Qt::UTC);
    return e;
}

DiaryEntry minimalEntry() {
    DiaryEntry e;
    e.id = QStringLiteral("0b9f2c1e-5d1a-4c8e-9a57-000000000002");
    e.recordedAt = QDateTime(QDate(2026, 3, 2), QTime(8, 5), Qt::UTC);
    e.painNow = 2;
    e.version = 1;
    e.updatedAt = QDateTime(QDate(2026, 3, 2), QTime(8, 5, 9), Qt::UTC);
    return e;
}

DiaryEntry deletedEntry() {
    DiaryEntry e = fullEntry();
    e.id = QStringLiteral("0b9f2c1e-5d1a-4c8e-9a57-000000000003");
    e.version = 2;
    e.deleted = true;
    e.updatedAt = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    return e;
}

// Edited twice; one body region (so also Observation.bodySite), a side, as-needed only.
DiaryEntry editedEntry() {
    DiaryEntry e = minimalEntry();
    e.id = QStringLiteral("0b9f2c1e-5d1a-4c8e-9a57-000000000004");
    e.recordedAt = QDateTime(QDate(2026, 7, 14), QTime(21, 45), Qt::OffsetFromUTC, 2 * 3600);
    e.painNow = 7;
    e.painWorst = 9;
    e.sleepHours = 8;
    e.bodyLocations = {QStringLiteral("knee-right")};
    e.copingSkills = {QStringLiteral("heat-cold")};
    e.medications = {MedicationDose{QStringLiteral("med-2"), QStringLiteral("Ibuprofen"),
                                    QStringLiteral("200 mg"), true, 2}};
    e.version = 3;
    e.updatedAt = QDateTime(QDate(2026, 7, 15), QTime(6, 12, 0, 7), Qt::UTC);
    return e;
}

QString goldenPath(const QString& name) {
    return QStringLiteral(PACEWISE_GOLDEN_DIR) + QLatin1Char('/') + name;
}

// Paths where two JSON values differ, e.g. "component[3].valueInteger: 4 != 5".
void diff(const QJsonValue& expected, const QJsonValue& actual, const QString& path,
          QStringList& out) {
    auto show = [](const QJsonValue& v) {
        if (v.isUndefined())
            return QStringLiteral("(absent)");
        return QString::fromUtf8(
            QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    };
    if (expected.type() != actual.type()) {
        out << path + QStringLiteral(": ") + show(expected) + QStringLiteral(" != ") + show(actual);
        return;
    }
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        QStringList keys = e.keys() + a.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString& key : keys)
            diff(e.value(key), a.value(key), path.isEmpty() ? key : path + QLatin1Char('.') + key,
                 out);
    } else if (expected.isArray()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i)
            diff(i < e.size() ? e.at(i) : QJsonValue(QJsonValue::Undefined),
                 i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined),
                 path + QStringLiteral("[%1]").arg(i), out);
    } else if (expected != actual) {
        out << path + QStringLiteral(": ") + show(expected) + QStringLiteral(" != ") + show(actual);
    }
}

void checkGolden(const QString& name, const QJsonObject& actual) {
    const QString path = goldenPath(name);
    if (qEnvironmentVariable("PACEWISE_UPDATE_GOLDEN") == QLatin1String("1")) {
        QDir().mkpath(QStringLiteral(PACEWISE_GOLDEN_DIR));
        QSaveFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        REQUIRE(out.commit());
        WARN("rewrote " << path.toStdString());
        return;
    }
    QFile file(path);
    INFO("golden file " << path.toStdString()
                        << " (PACEWISE_UPDATE_GOLDEN=1 writes it; review the diff)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument expected = QJsonDocument::fromJson(file.readAll(), &error);
    INFO("parse: " << error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(expected.isObject());
    QStringList differences;
    diff(expected.object(), actual, QString(), differences);
    INFO("expected != actual at:\n  " << differences.join(QStringLiteral("\n  ")).toStdString()
                                      << "\nactual:\n"
                                      << QJsonDocument(actual).toJson().toStdString());
    CHECK(differences.isEmpty());
    CHECK(expected == QJsonDocument(actual));
}

// FHIR forbids empty elements: every string, array and object must hold something.
void collectEmpty(const QJsonValue& value, const QString& path, QStringList& out) {
    if (value.isString() && value.toString().trimmed().isEmpty())
        out << path;
    if (value.isNull() || value.isUndefined())
        out << path;
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (a.isEmpty())
            out << path;
        for (qsizetype i = 0; i < a.size(); ++i)
            collectEmpty(a.at(i), path + QStringLiteral("[%1]").arg(i), out);
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.isEmpty())
            out << path;
        for (auto it = o.begin(); it != o.end(); ++it)
            collectEmpty(it.value(), path + QLatin1Char('.') + it.key(), out);
    }
}

QStringList emptyElements(const QJsonObject& resource) {
    QStringList out;
    collectEmpty(resource, QStringLiteral("Observation"), out);
    return out;
}

QJsonArray componentsWithCode(const QJsonObject& obs, const QString& system, const QString& code) {
    QJsonArray found;
    for (const QJsonValue& c : obs.value(QLatin1String("component")).toArray()) {
        const QJsonObject coding = c[QLatin1String("code")][QLatin1String("coding")][0].toObject();
        if (coding.value(QLatin1String("system")).toString() == system &&
            coding.value(QLatin1String("code")).toString() == code)
            found.append(c);
    }
    return found;
}

} // namespace

TEST_CASE("fhir: a diary entry maps to the golden Observations", "[fhir]") {
    const auto [name, entry] = GENERATE(table<const char*, DiaryEntry>({
        {"diary-observation-full.json", fullEntry()},
        {"diary-observation-minimal.json", minimalEntry()},
        {"diary-observation-deleted.json", deletedEntry()},
        {"diary-observation-edited.json", editedEntry()},
    }));
    CAPTURE(name);
    checkGolden(QLatin1String(name), fhir::diaryObservation(entry, kPatient, english()));
}

TEST_CASE("fhir: a mapped Observation holds no empty element", "[fhir]") {
    DiaryEntry blanks = fullEntry();
    blanks.note = QStringLiteral("  \n ");
    blanks.triggers << QStringLiteral("custom:") << QStringLiteral("custom:   ");
    blanks.medications << MedicationDose{QStringLiteral("med-3"), QString(), QString(), false, 1};
    for (const DiaryEntry& entry :
         {fullEntry(), minimalEntry(), deletedEntry(), editedEntry(), blanks}) {
        CAPTURE(entry.id);
        const QStringList empty = emptyElements(fhir::diaryObservation(entry, kPatient, english()));
        INFO(empty.join(QStringLiteral(", ")).toStdString());
        CHECK(empty.isEmpty());
    }
    const QJsonObject obs = fhir::diaryObservation(blanks, kPatient, english());
    CHECK_FALSE(obs.contains(QLatin1String("note")));
    // Only the two real triggers remain (the built-in and the patient's own words).
    CHECK(componentsWithCode(obs, fhir::diaryCodeSystem(), QStringLiteral("trigger")).size() == 2);
}

TEST_CASE("fhir: the identifier of a diary entry is its kind's system and its UUID", "[fhir]") {
    const QString id = QStringLiteral("0b9f2c1e-5d1a-4c8e-9a57-000000000001");
    CHECK(fhir::identifierSystem(QStringLiteral("diary-entry")) ==
          QLatin1String("urn:pacewise:diary-entry"));
    CHECK(fhir::identifierToken(QStringLiteral("diary-entry"), id) ==
          QLatin1String("urn:pacewise:diary-entry|") + id);
    const QJsonObject identifier =
        fhir::diaryObservation(fullEntry(), kPatient, english())[QLatin1String("identifier")][0]
            .toObject();
    CHECK(identifier.value(QLatin1String("system")).toString() + QLatin1Char('|') +
              identifier.value(QLatin1String("value")).toString() ==
          fhir::identifierToken(QLatin1String(fhir::kDiaryEntryKind), id));
}

TEST_CASE("fhir: the time of an entry keeps the patient's UTC offset, and issued is in UTC",
          "[fhir]") {
    const auto [offsetSeconds, expected] = GENERATE(table<int, const char*>({
        {-5 * 3600, "2026-01-09T23:10:00-05:00"},
        {5 * 3600 + 1800, "2026-01-09T23:10:00+05:30"},
        {-(3 * 3600 + 1800), "2026-01-09T23:10:00-03:30"},
        {0, "2026-01-09T23:10:00+00:00"},
    }));
    DiaryEntry e = minimalEntry();
    e.recordedAt =
        QDateTime(QDate(2026, 1, 9), QTime(23, 10, 0, 999), Qt::OffsetFromUTC, offsetSeconds);
    e.updatedAt = QDateTime(QDate(2026, 1, 10), QTime(4, 11, 0, 125), Qt::UTC);
    const QJsonObject obs = fhir::diaryObservation(e, kPatient, english());
    CHECK(obs.value(QLatin1String("effectiveDateTime")).toString() == QLatin1String(expected));
    CHECK(obs.value(QLatin1String("issued")).toString() ==
          QLatin1String("2026-01-10T04:11:00.125Z"));
}

TEST_CASE("fhir: status follows the entry's version and deletion", "[fhir]") {
    auto statusOf = [](int version, bool deleted) {
        DiaryEntry e = minimalEntry();
        e.version = version;
        e.deleted = deleted;
        return fhir::diaryObservation(e, kPatient, english())
            .value(QLatin1String("status"))
            .toString();
    };
    CHECK(statusOf(1, false) == QLatin1String("final"));
    CHECK(statusOf(2, false) == QLatin1String("amended"));
    CHECK(statusOf(1, true) == QLatin1String("entered-in-error"));
    CHECK(statusOf(5, true) == QLatin1String("entered-in-error"));
}

TEST_CASE("fhir: body regions are SNOMED CT structures with our sided region code", "[fhir]") {
    const QJsonObject obs = fhir::diaryObservation(editedEntry(), kPatient, english());
    // One region: also the Observation's bodySite, identical to its finding-site component.
    const QJsonObject site = obs.value(QLatin1String("bodySite")).toObject();
    CHECK(site.value(QLatin1String("text")).toString() == QLatin1String("Knee, right"));
    const QJsonArray findingSites = componentsWithCode(
        obs, QStringLiteral("http://snomed.info/sct"), QStringLiteral("363698007"));
    REQUIRE(findingSites.size() == 1);
    CHECK(findingSites[0][QLatin1String("valueCodeableConcept")].toObject() == site);
    const QJsonArray codings = site.value(QLatin1String("coding")).toArray();
    REQUIRE(codings.size() == 2);
    CHECK(codings[0][QLatin1String("system")] == fhir::bodyRegionCodeSystem());
    CHECK(codings[0][QLatin1String("code")] == QLatin1String("knee-right"));
    CHECK(codings[1][QLatin1String("system")] == QLatin1String("http://snomed.info/sct"));
    CHECK(codings[1][QLatin1String("code")] == QLatin1String("72696002"));

    // Several regions: no bodySite (0..1 in R4), one component each, in the entry's order; a
    // region without a SNOMED CT code keeps only ours.
    const QJsonObject full = fhir::diaryObservation(fullEntry(), kPatient, english());
    CHECK_FALSE(full.contains(QLatin1String("bodySite")));
    const QJsonArray sites = componentsWithCode(full, QStringLiteral("http://snomed.info/sct"),
                                                QStringLiteral("363698007"));
    REQUIRE(sites.size() == 3);
    CHECK(sites[0][QLatin1String("valueCodeableConcept")][QLatin1String("text")] ==
          QLatin1String("Lower back"));
    CHECK(sites[1][QLatin1String("valueCodeableConcept")][QLatin1String("text")] ==
          QLatin1String("Hip, left"));
    CHECK(
        sites[2][QLatin1String("valueCodeableConcept")][QLatin1String("coding")].toArray().size() ==
        1);
}

TEST_CASE("fhir: an entry that was never saved cannot be mapped", "[fhir]") {
    DiaryEntry e = minimalEntry();
    e.id.clear();
    CHECK_THROWS_AS(fhir::diaryObservation(e, kPatient, english()), Error);
}
