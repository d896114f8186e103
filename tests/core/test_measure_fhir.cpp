// The FHIR mapping of measures and safety events, compared with committed golden files (reviewed
// by eye; tests/sync/test_measure_sync.cpp checks the same shapes against the real server's
// validation). After an intended change: PACEWISE_UPDATE_GOLDEN=1 rewrites them; review the diff.
#include "error/Error.h"
#include "fhir/DiaryObservation.h"
#include "fhir/MeasureResources.h"
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "safety/SafetyEvents.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::measures;

namespace {

const QString kPatient = QStringLiteral("Patient/example-patient");

const MeasureLibrary& library() {
    static const MeasureLibrary bundled = MeasureLibrary::loadBundled();
    return bundled;
}

const Measure& measure(const char* id) {
    const Measure* found = library().find(QLatin1String(id));
    REQUIRE(found);
    return *found;
}

// The answer option of `item` whose ordinal is `ordinal`.
Answer option(const Measure& m, const char* linkId, double ordinal) {
    const Item* item = m.questionnaire.find(QLatin1String(linkId));
    REQUIRE(item);
    for (const AnswerOption& o : item->options) {
        if (o.ordinal && *o.ordinal == ordinal)
            return Answer::ofCoding(o.coding);
    }
    FAIL("no option with ordinal " << ordinal << " on item " << linkId);
    return {};
}

// A completed response, scored by the engine as MeasureStore would (synthetic, no real person).
Response completed(const Measure& m, const QString& id, Answers answers) {
    Response r;
    r.id = id;
    r.measureId = m.id;
    r.questionnaireUrl = m.questionnaire.url;
    r.questionnaireVersion = m.questionnaire.version;
    r.answers = std::move(answers);
    r.startedAt = QDateTime(QDate(2026, 11, 27), QTime(13, 20), Qt::UTC);
    r.completedAt = QDateTime(QDate(2026, 11, 27), QTime(13, 24, 31, 500), Qt::UTC);
    r.utcOffset = 3600;
    r.scores = score(m.questionnaire, m.rules, r.answers);
    return r;
}

// PHQ-9: 2,1,1,2,0,1,1,0,1 → 9 ("Mild"); item 9 "Several days"; difficulty answered.
Response phq9() {
    const Measure& m = measure("phq-9");
    Answers a;
    const double values[] = {2, 1, 1, 2, 0, 1, 1, 0, 1};
    for (int i = 0; i < 9; ++i)
        a[QString::number(i + 1)] = option(m, QByteArray::number(i + 1).constData(), values[i]);
    a[QStringLiteral("10")] =
        Answer::ofCoding(m.questionnaire.find(QStringLiteral("10"))->options[1].coding);
    return completed(m, QStringLiteral("5d3e7a52-1f0c-4c55-9a51-000000000001"), a);
}

// PEG: 6, 5, 4 → mean 5.0.
Response peg() {
    return completed(measure("peg"), QStringLiteral("5d3e7a52-1f0c-4c55-9a51-000000000002"),
                     {{QStringLiteral("pain"), Answer::ofInteger(6)},
                      {QStringLiteral("enjoyment"), Answer::ofInteger(5)},
                      {QStringLiteral("activity"), Answer::ofInteger(4)}});
}

safety::SafetyEvent event() {
    safety::SafetyEvent e;
    e.id = QStringLiteral("9a1c0f3e-77b2-4d0e-8c11-000000000001");
    e.responseId = QStringLiteral("5d3e7a52-1f0c-4c55-9a51-000000000001");
    e.measureId = QStringLiteral("phq-9");
    e.linkId = QStringLiteral("9");
    e.answerValue = 1;
    e.raisedAt = QDateTime(QDate(2026, 11, 27), QTime(13, 23, 58, 250), Qt::UTC);
    e.utcOffset = 3600;
    return e;
}

void checkGolden(const QString& name, const QJsonObject& actual) {
    const QString path = QStringLiteral(PACEWISE_GOLDEN_DIR) + QLatin1Char('/') + name;
    if (qEnvironmentVariable("PACEWISE_UPDATE_GOLDEN") == QLatin1String("1")) {
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
    const QJsonDocument expected = QJsonDocument::fromJson(file.readAll());
    INFO("actual:\n" << QJsonDocument(actual).toJson().toStdString());
    CHECK(expected == QJsonDocument(actual));
}

// FHIR forbids empty elements: every string, array and object must hold something.
void collectEmpty(const QJsonValue& value, const QString& path, QStringList& out) {
    if ((value.isString() && value.toString().trimmed().isEmpty()) || value.isNull() ||
        (value.isArray() && value.toArray().isEmpty()) ||
        (value.isObject() && value.toObject().isEmpty()))
        out << path;
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectEmpty(a.at(i), path + QStringLiteral("[%1]").arg(i), out);
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectEmpty(it.value(), path + QLatin1Char('.') + it.key(), out);
    }
}

QStringList emptyElements(const QJsonObject& resource) {
    QStringList out;
    collectEmpty(resource, resource.value(QLatin1String("resourceType")).toString(), out);
    return out;
}

QString identifierToken(const QJsonValue& identifier) {
    const QJsonObject o =
        identifier.isArray() ? identifier.toArray().first().toObject() : identifier.toObject();
    return o.value(QLatin1String("system")).toString() + QLatin1Char('|') +
           o.value(QLatin1String("value")).toString();
}

} // namespace

TEST_CASE("fhir: measures and safety events map to the golden resources", "[fhir][measures]") {
    checkGolden(QStringLiteral("phq9-questionnaire-response.json"),
                fhir::questionnaireResponse(measure("phq-9"), phq9(), kPatient));
    checkGolden(QStringLiteral("phq9-score-observation.json"),
                fhir::scoreObservation(measure("phq-9"), phq9(), kPatient));
    checkGolden(QStringLiteral("peg-score-observation.json"),
                fhir::scoreObservation(measure("peg"), peg(), kPatient));
    checkGolden(QStringLiteral("safety-flag.json"), fhir::safetyFlag(event(), kPatient));
    checkGolden(QStringLiteral("safety-communication.json"),
                fhir::safetyCommunication(event(), kPatient));
}

TEST_CASE("fhir: a QuestionnaireResponse names its questionnaire as url|version and keeps the "
          "definition's nesting",
          "[fhir][measures]") {
    const QJsonObject qr = fhir::questionnaireResponse(measure("phq-9"), phq9(), kPatient);
    CHECK(qr.value(QLatin1String("questionnaire")).toString() ==
          QLatin1String("https://pacewise.app/fhir/Questionnaire/phq-9|1.0.0"));
    CHECK(qr.value(QLatin1String("status")).toString() == QLatin1String("completed"));
    CHECK(qr.value(QLatin1String("authored")).toString() ==
          QLatin1String("2026-11-27T14:24:31+01:00"));
    CHECK(identifierToken(qr.value(QLatin1String("identifier"))) ==
          fhir::identifierToken(QLatin1String(fhir::kQuestionnaireResponseKind), phq9().id));
    const QJsonArray items = qr.value(QLatin1String("item")).toArray();
    REQUIRE(items.size() == 2); // the group of nine, and the difficulty question
    CHECK(items[0][QLatin1String("linkId")].toString() == QLatin1String("problems"));
    CHECK(items[0][QLatin1String("item")].toArray().size() == 9);
    CHECK(items[0][QLatin1String("item")][8][QLatin1String("answer")][0]
               [QLatin1String("valueCoding")][QLatin1String("code")]
                   .toString() == QLatin1String("LA6569-3"));
    CHECK(emptyElements(qr).isEmpty());
}

TEST_CASE("fhir: unanswered items and empty answers are left out of the QuestionnaireResponse",
          "[fhir][measures]") {
    Response r = phq9();
    r.answers.erase(QStringLiteral("10"));
    r.answers.erase(QStringLiteral("3"));
    const QJsonObject qr = fhir::questionnaireResponse(measure("phq-9"), r, kPatient);
    const QJsonArray items = qr.value(QLatin1String("item")).toArray();
    REQUIRE(items.size() == 1);
    CHECK(items[0][QLatin1String("item")].toArray().size() == 8);
    CHECK(emptyElements(qr).isEmpty());

    // A withdrawn definition: the answers still go, flat, under the url they answered.
    Measure withdrawn;
    withdrawn.id = QStringLiteral("clinic-42");
    Response free;
    free.id = QStringLiteral("5d3e7a52-1f0c-4c55-9a51-000000000009");
    free.measureId = withdrawn.id;
    free.questionnaireUrl = QStringLiteral("https://clinic.example/Questionnaire/sleep");
    free.completedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    free.answers = {{QStringLiteral("a"), Answer::ofString(QStringLiteral(" \x01 "))},
                    {QStringLiteral("b"), Answer::ofString(QStringLiteral("Slept badly\x02"))},
                    {QStringLiteral("c"), Answer::ofBoolean(true)}};
    const QJsonObject flat = fhir::questionnaireResponse(withdrawn, free, kPatient);
    CHECK(flat.value(QLatin1String("questionnaire")).toString() ==
          QLatin1String("https://clinic.example/Questionnaire/sleep"));
    const QJsonArray flatItems = flat.value(QLatin1String("item")).toArray();
    REQUIRE(flatItems.size() == 2);
    CHECK(flatItems[0][QLatin1String("answer")][0][QLatin1String("valueString")].toString() ==
          QLatin1String("Slept badly"));
    CHECK(flatItems[1][QLatin1String("answer")][0][QLatin1String("valueBoolean")].toBool());
    CHECK(emptyElements(flat).isEmpty());
}

TEST_CASE("fhir: the score Observation carries the headline score, its band and its source",
          "[fhir][measures]") {
    const QJsonObject obs = fhir::scoreObservation(measure("phq-9"), phq9(), kPatient);
    CHECK(
        obs[QLatin1String("code")][QLatin1String("coding")][0][QLatin1String("code")].toString() ==
        QLatin1String("44261-6"));
    CHECK(obs.value(QLatin1String("valueInteger")).toInt() == 9);
    CHECK(obs[QLatin1String("interpretation")][0][QLatin1String("text")].toString() ==
          QLatin1String("Mild"));
    CHECK(obs.value(QLatin1String("effectiveDateTime")).toString() ==
          QLatin1String("2026-11-27T14:24:31+01:00"));
    CHECK(identifierToken(obs[QLatin1String("derivedFrom")][0][QLatin1String("identifier")]) ==
          fhir::identifierToken(QLatin1String(fhir::kQuestionnaireResponseKind), phq9().id));
    CHECK(identifierToken(obs.value(QLatin1String("identifier"))) ==
          fhir::identifierToken(QLatin1String(fhir::kMeasureScoreKind), phq9().id));
    CHECK(emptyElements(obs).isEmpty());

    const QJsonObject mean = fhir::scoreObservation(measure("peg"), peg(), kPatient);
    CHECK(
        mean[QLatin1String("code")][QLatin1String("coding")][0][QLatin1String("code")].toString() ==
        QLatin1String("91147-9"));
    CHECK(mean[QLatin1String("valueQuantity")][QLatin1String("value")].toDouble() == 5.0);
    CHECK(emptyElements(mean).isEmpty());
}

TEST_CASE("fhir: a score without its headline value is not mapped", "[fhir][measures]") {
    Response r = phq9();
    for (int i = 1; i <= 5; ++i)
        r.answers.erase(QString::number(i)); // more missing than the PHQ-9 allows
    r.scores = score(measure("phq-9").questionnaire, measure("phq-9").rules, r.answers);
    REQUIRE_FALSE(r.scores.front().value);
    CHECK_THROWS_AS(fhir::scoreObservation(measure("phq-9"), r, kPatient), Error);
}

TEST_CASE("fhir: a safety event is an active safety Flag and an urgent alert to the care team",
          "[fhir][safety]") {
    const QJsonObject flag = fhir::safetyFlag(event(), kPatient);
    CHECK(flag.value(QLatin1String("status")).toString() == QLatin1String("active"));
    CHECK(flag[QLatin1String("category")][0][QLatin1String("coding")][0][QLatin1String("code")]
              .toString() == QLatin1String("safety"));
    CHECK(
        flag[QLatin1String("code")][QLatin1String("coding")][0][QLatin1String("code")].toString() ==
        QLatin1String("phq9-item9-positive"));
    CHECK(flag[QLatin1String("period")][QLatin1String("start")].toString() ==
          QLatin1String("2026-11-27T14:23:58+01:00"));
    CHECK(emptyElements(flag).isEmpty());

    const QJsonObject communication = fhir::safetyCommunication(event(), kPatient);
    CHECK(communication.value(QLatin1String("status")).toString() == QLatin1String("completed"));
    CHECK(communication.value(QLatin1String("priority")).toString() == QLatin1String("urgent"));
    CHECK(communication[QLatin1String("category")][0][QLatin1String("coding")][0]
                       [QLatin1String("system")]
                           .toString() ==
          QLatin1String("http://terminology.hl7.org/CodeSystem/communication-category"));
    CHECK(communication[QLatin1String("category")][0][QLatin1String("coding")][0]
                       [QLatin1String("code")]
                           .toString() == QLatin1String("alert"));
    CHECK_FALSE(communication.contains(QLatin1String("recipient")));
    const QString payload =
        communication[QLatin1String("payload")][0][QLatin1String("contentString")].toString();
    CHECK(payload.contains(QLatin1String("PHQ-9 item 9")));
    CHECK(payload.contains(QLatin1String("Several days")));
    CHECK(emptyElements(communication).isEmpty());
}

TEST_CASE("fhir: the alert holds none of the patient's own words", "[fhir][safety]") {
    // Whatever the patient typed elsewhere in the response, the Communication is built from the
    // event alone: its text is one of our fixed sentences.
    const QJsonObject communication = fhir::safetyCommunication(event(), kPatient);
    const QByteArray json = QJsonDocument(communication).toJson(QJsonDocument::Compact);
    CHECK_FALSE(json.contains("note"));
    CHECK(communication[QLatin1String("payload")].toArray().size() == 1);
    CHECK(communication[QLatin1String("payload")][0].toObject().keys() ==
          QStringList{QStringLiteral("contentString")});
}
