#include "measures/MeasureLibrary.h"
#include "store/Database.h"
#include "store/Profile.h"
#include "support/TestProfile.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::measures;

namespace {

QString fixtures() {
    return QDir::cleanPath(QStringLiteral(PACEWISE_GOLDEN_DIR "/../measures-fixtures"));
}

void addClinicQuestionnaire(store::Database& db, const QString& id, const QByteArray& json) {
    db.prepare("INSERT INTO clinic_resources "
               "(resource_type, id, version_id, last_updated, resource, received_at) "
               "VALUES ('Questionnaire', ?, '1', '2026-11-01T10:00:00Z', ?, "
               "'2026-11-01T10:00:05Z')")
        .bind(1, id)
        .bind(2, QString::fromUtf8(json))
        .run();
}

} // namespace

TEST_CASE("the bundled instruments load with no problems and every one is scored", "[measures]") {
    const MeasureLibrary library = MeasureLibrary::loadBundled();
    CHECK(library.problems().isEmpty());
    CAPTURE(library.problems().join(QLatin1Char('\n')).toStdString());
    QStringList ids;
    for (const Measure& m : library.measures())
        ids.append(m.id);
    ids.sort();
    CHECK(ids == QStringList{"gad-2", "gad-7", "pain-nrs", "peg", "pgic", "phq-2", "phq-9"});

    for (const Measure& m : library.measures()) {
        CAPTURE(m.id.toStdString());
        const Questionnaire& q = m.questionnaire;
        CHECK(m.bundled);
        CHECK(q.url == QStringLiteral("https://pacewise.app/fhir/Questionnaire/") + m.id);
        CHECK_FALSE(q.version.isEmpty());
        CHECK_FALSE(q.title.isEmpty());
        CHECK_FALSE(q.description.isEmpty());
        CHECK_FALSE(q.copyright.isEmpty());
        CHECK(q.language == QStringLiteral("en"));
        CHECK(q.json.value(QLatin1String("status")).toString() == QStringLiteral("active"));
        REQUIRE(q.codes.size() == 1);
        REQUIRE_FALSE(m.rules.scores.empty());
        const ScoreRule& headline = m.rules.scores.front();
        REQUIRE(headline.code.has_value());
        CHECK_FALSE(headline.title.isEmpty());
        for (const Band& band : headline.bands) {
            CAPTURE(band.label.toStdString());
            CHECK_FALSE(band.meaning.isEmpty());
        }
        // Every scored question is required: missing items are the exception, not the plan.
        for (const QString& linkId : headline.items)
            CHECK(q.find(linkId)->required);
        // LOINC codes look like LOINC codes (answers: LA...).
        const QRegularExpression loinc(QStringLiteral("^(LA)?\\d{1,6}-\\d$"));
        for (const Item* item : q.allItems()) {
            for (const Coding& c : item->codes)
                if (c.system == QStringLiteral("http://loinc.org"))
                    CHECK(loinc.match(c.code).hasMatch());
            for (const AnswerOption& o : item->options)
                if (o.coding.system == QStringLiteral("http://loinc.org"))
                    CHECK(loinc.match(o.coding.code).hasMatch());
        }
    }
    CHECK(library.find(QStringLiteral("phq-9"))->rules.safety.size() == 1);
    CHECK(library.find(QStringLiteral("phq-9"))->rules.safety[0].linkId == QStringLiteral("9"));
    CHECK(library.find(QStringLiteral("phq-9"))->rules.scores[0].code->code ==
          QStringLiteral("44261-6"));
    CHECK(library.find(QStringLiteral("gad-7"))->rules.scores[0].code->code ==
          QStringLiteral("70274-6"));
    CHECK(library.find(QStringLiteral("peg"))->rules.scores[0].code->code ==
          QStringLiteral("91147-9"));
    CHECK(library.findByUrl(QStringLiteral("https://pacewise.app/fhir/Questionnaire/gad-2"))->id ==
          QStringLiteral("gad-2"));
    CHECK(library.find(QStringLiteral("nope")) == nullptr);
    CHECK(library.findByUrl(QStringLiteral("nope")) == nullptr);
}

TEST_CASE("a folder with broken files still loads the good ones and names the broken",
          "[measures]") {
    const MeasureLibrary library = MeasureLibrary::loadBundled(fixtures() + "/mixed");
    REQUIRE(library.measures().size() == 1);
    CHECK(library.measures()[0].id == QStringLiteral("small"));
    CHECK(library.measures()[0].rules.scores.size() == 2);

    const QStringList problems = library.problems();
    CAPTURE(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.size() == 4);
    CHECK(problems[0] ==
          QStringLiteral("broken.questionnaire.json: item 'b' is a choice item without answer "
                         "options."));
    CHECK(problems[1].startsWith(QStringLiteral("garbled.questionnaire.json: not valid JSON (")));
    CHECK(problems[2] == QStringLiteral("lonely.questionnaire.json: its scoring rules "
                                        "(lonely.scoring.json) are missing."));
    CHECK(problems[3] ==
          QStringLiteral("stray.scoring.json: there is no stray.questionnaire.json beside it."));
}

TEST_CASE("questionnaires the clinic sent load with a default total and bundled urls win",
          "[measures]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto profile = store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    store::Database& db = profile->database();

    addClinicQuestionnaire(db, QStringLiteral("77"), R"({
        "resourceType": "Questionnaire", "id": "77", "status": "active",
        "url": "https://clinic.example/Questionnaire/sleep-check", "title": "Sleep check",
        "item": [
          {"linkId": "s1", "type": "choice", "text": "Trouble falling asleep",
           "answerOption": [
             {"valueCoding": {"code": "0", "display": "No"},
              "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue",
                             "valueDecimal": 0}]},
             {"valueCoding": {"code": "1", "display": "Yes"},
              "extension": [{"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue",
                             "valueDecimal": 2}]}]},
          {"linkId": "s2", "type": "string", "text": "Anything else?"}]})");
    // The clinic sent its own copy of PHQ-9 under Pacewise's url: the bundled one stays.
    addClinicQuestionnaire(db, QStringLiteral("80"), R"({
        "resourceType": "Questionnaire", "url": "https://pacewise.app/fhir/Questionnaire/phq-9",
        "item": [{"linkId": "x", "type": "boolean"}]})");
    addClinicQuestionnaire(db, QStringLiteral("81"), R"({
        "resourceType": "Questionnaire", "url": "https://clinic.example/q/broken",
        "item": [{"linkId": "x", "type": "choice"}]})");
    addClinicQuestionnaire(db, QStringLiteral("82"), "{ not json");

    const MeasureLibrary library = MeasureLibrary::load(db);
    CAPTURE(library.problems().join(QLatin1Char('\n')).toStdString());
    CHECK(library.measures().size() == 8);

    const Measure* sleep = library.find(QStringLiteral("clinic-77"));
    REQUIRE(sleep != nullptr);
    CHECK_FALSE(sleep->bundled);
    CHECK(sleep->questionnaire.source == QStringLiteral("the clinic (Questionnaire/77)"));
    REQUIRE(sleep->rules.scores.size() == 1);
    CHECK(sleep->rules.scores[0].items == QStringList{"s1"});
    CHECK(sleep->rules.scores[0].maximum == 2);

    CHECK(library.find(QStringLiteral("clinic-80")) == nullptr);
    const Measure* phq9 =
        library.findByUrl(QStringLiteral("https://pacewise.app/fhir/Questionnaire/phq-9"));
    REQUIRE(phq9 != nullptr);
    CHECK(phq9->id == QStringLiteral("phq-9"));
    CHECK(phq9->bundled);

    const QStringList problems = library.problems();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == QStringLiteral("the clinic (Questionnaire/81): item 'x' is a choice "
                                        "item without answer options."));
    CHECK(problems[1].startsWith(QStringLiteral("the clinic (Questionnaire/82): not valid JSON")));
}

TEST_CASE("a clinic questionnaire asking for a date or a time is refused as a whole",
          "[measures]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto profile = store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    store::Database& db = profile->database();
    // Exercises use date and time items; the questionnaire screen has no field for them.
    addClinicQuestionnaire(db, QStringLiteral("90"), R"({
        "resourceType": "Questionnaire", "url": "https://clinic.example/q/sleep-times",
        "item": [{"linkId": "bed", "type": "time", "text": "When did you go to bed?"},
                 {"linkId": "ok", "type": "boolean", "text": "Slept well?"}]})");

    const MeasureLibrary library = MeasureLibrary::load(db);
    CHECK(library.find(QStringLiteral("clinic-90")) == nullptr);
    REQUIRE(library.problems().size() == 1);
    CHECK(library.problems()[0] ==
          QStringLiteral("the clinic (Questionnaire/90): item 'bed' asks for a date or a time, "
                         "which the questionnaire screen cannot show."));
}
