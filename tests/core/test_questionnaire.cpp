#include "error/Error.h"
#include "measures/Questionnaire.h"
#include "measures/Scoring.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::measures;

namespace {

QString fixtures() {
    return QDir::cleanPath(QStringLiteral(PACEWISE_GOLDEN_DIR "/../measures-fixtures"));
}

QJsonObject readJson(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject parse(const char* text) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

Questionnaire bundled(const char* id) {
    const QString name = QLatin1String(id) + QStringLiteral(".questionnaire.json");
    return Questionnaire::fromJson(readJson(QStringLiteral(":/pacewise/measures/") + name), name);
}

// The message of the Error that reading `file` (a Questionnaire fixture) raises.
QString refusal(const QString& file) {
    try {
        Questionnaire::fromJson(readJson(fixtures() + QStringLiteral("/refused/") + file), file);
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        return e.message();
    }
    return QStringLiteral("(accepted)");
}

} // namespace

TEST_CASE("a bundled questionnaire reads into items, coded options with scores and skip logic",
          "[measures]") {
    const Questionnaire q = bundled("phq-9");
    CHECK(q.url == QStringLiteral("https://pacewise.app/fhir/Questionnaire/phq-9"));
    CHECK(q.source == QStringLiteral("phq-9.questionnaire.json"));
    CHECK(q.language == QStringLiteral("en"));
    REQUIRE(q.codes.size() == 1);
    CHECK(q.codes[0] == Coding{QStringLiteral("http://loinc.org"), QStringLiteral("44249-1"),
                               QStringLiteral("PHQ-9 quick depression assessment panel "
                                              "[Reported.PHQ]")});
    // The group, its nine questions, and the difficulty question.
    CHECK(q.allItems().size() == 11);
    const Item* nine = q.find(QStringLiteral("9"));
    REQUIRE(nine != nullptr);
    CHECK(nine->type == ItemType::Choice);
    CHECK(nine->required);
    CHECK(nine->prefix == QStringLiteral("9."));
    REQUIRE(nine->codes.size() == 1);
    CHECK(nine->codes[0].code == QStringLiteral("44260-8"));
    REQUIRE(nine->options.size() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(nine->options[size_t(i)].ordinal == std::optional<double>(i));
    CHECK(nine->options[3].coding.code == QStringLiteral("LA6571-9"));

    const Item* ten = q.find(QStringLiteral("10"));
    REQUIRE(ten != nullptr);
    CHECK_FALSE(ten->required);
    CHECK_FALSE(ten->enableWhenAll);
    CHECK(ten->enableWhen.size() == 9);
    CHECK(ten->enableWhen[0].op == EnableWhen::Operator::NotEqual);
    CHECK(q.find(QStringLiteral("nothing")) == nullptr);
}

TEST_CASE("a 0-10 scale keeps its range and its anchor words, not as items of their own",
          "[measures]") {
    const Questionnaire q = bundled("peg");
    const Item* pain = q.find(QStringLiteral("pain"));
    REQUIRE(pain != nullptr);
    CHECK(pain->type == ItemType::Integer);
    CHECK(pain->minValue == std::optional<double>(0));
    CHECK(pain->maxValue == std::optional<double>(10));
    CHECK(pain->lowerLabel == QStringLiteral("No pain"));
    CHECK(pain->upperLabel == QStringLiteral("Pain as bad as you can imagine"));
    CHECK(pain->items.empty());
    CHECK(q.allItems().size() == 3);
}

TEST_CASE("all items come depth first in document order", "[measures]") {
    const Questionnaire q =
        Questionnaire::fromJson(readJson(fixtures() + QStringLiteral("/small.questionnaire.json")),
                                QStringLiteral("small"));
    QStringList order;
    for (const Item* item : q.allItems())
        order.append(item->linkId);
    CHECK(order == QStringList{"a", "b", "part2", "c", "d", "e", "note"});
    CHECK(q.find(QStringLiteral("note"))->maxLength == 200);
    // Ordinals are read from the option's coding, from the option, and from iso21090-CO-value.
    CHECK(q.find(QStringLiteral("a"))->options[4].ordinal == std::optional<double>(4));
    CHECK(q.find(QStringLiteral("b"))->options[2].ordinal == std::optional<double>(2));
    CHECK(q.find(QStringLiteral("c"))->options[1].ordinal == std::optional<double>(1));
}

TEST_CASE("answers go to FHIR and back in every type", "[measures]") {
    const std::vector<Answer> answers = {
        Answer::ofBoolean(true),
        Answer::ofDecimal(7.25),
        Answer::ofInteger(-3),
        Answer::ofString(QStringLiteral("slept badly")),
        Answer::ofCoding({QStringLiteral("http://loinc.org"), QStringLiteral("LA6569-3"),
                          QStringLiteral("Several days")}),
        Answer::ofDate(QDate(2026, 2, 28)),
        Answer::ofTime(QTime(23, 5, 9)),
    };
    for (const Answer& a : answers) {
        const QJsonObject json = a.toFhir();
        CAPTURE(QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString());
        CHECK(json.size() == 1);
        CHECK(Answer::fromFhir(json) == a);
    }
    CHECK(answers[4].toFhir().value(QLatin1String("valueCoding")).toObject().value("code") ==
          QStringLiteral("LA6569-3"));
    CHECK(answers[2].toFhir().value(QLatin1String("valueInteger")).toInt() == -3);
    CHECK(answers[5].toFhir().value(QLatin1String("valueDate")).toString() ==
          QStringLiteral("2026-02-28"));
    CHECK(answers[6].toFhir().value(QLatin1String("valueTime")).toString() ==
          QStringLiteral("23:05:09"));
}

TEST_CASE("a date or time answer is a whole day or a time to the second", "[measures]") {
    CHECK(Answer::fromFhir(parse(R"({"valueDate": "2026-01-31"})"))->date() == QDate(2026, 1, 31));
    CHECK(Answer::fromFhir(parse(R"({"valueTime": "07:30:00"})"))->time() == QTime(7, 30));
    // FHIR allows a year or a month alone, and fractions of a second; an answer here is neither.
    CHECK_FALSE(Answer::fromFhir(parse(R"({"valueDate": "2026-01"})")));
    CHECK_FALSE(Answer::fromFhir(parse(R"({"valueDate": "2026-02-30"})")));
    CHECK_FALSE(Answer::fromFhir(parse(R"({"valueTime": "7:30"})")));
    CHECK_FALSE(Answer::fromFhir(parse(R"({"valueTime": "24:00:00"})")));
    // Milliseconds are dropped; the type's accessors say nothing of another type.
    CHECK(Answer::ofTime(QTime(6, 1, 2, 999)).string == QStringLiteral("06:01:02"));
    CHECK_FALSE(Answer::ofString(QStringLiteral("2026-01-31")).date().isValid());
    CHECK_FALSE(Answer::ofDate(QDate()).date().isValid());
}

TEST_CASE("date and time items are read and their answers checked", "[measures]") {
    const Questionnaire q = Questionnaire::fromJson(parse(R"({
        "resourceType": "Questionnaire", "url": "u", "item": [
            {"linkId": "night", "text": "Which night?", "type": "date", "required": true},
            {"linkId": "bed", "text": "When did you go to bed?", "type": "time"},
            {"linkId": "woke", "text": "Did you wake up?", "type": "boolean"}]})"),
                                                    QStringLiteral("sleep.json"));
    CHECK(q.find(QStringLiteral("night"))->type == ItemType::Date);
    CHECK(q.find(QStringLiteral("bed"))->type == ItemType::Time);

    const Answers kept = q.checkedAnswers({{QStringLiteral("night"), Answer::ofDate({2026, 3, 1})},
                                           {QStringLiteral("bed"), Answer::ofTime({22, 45})}});
    CHECK(kept.at(QStringLiteral("night")).string == QStringLiteral("2026-03-01"));
    CHECK(kept.at(QStringLiteral("bed")).string == QStringLiteral("22:45:00"));

    const auto refusal = [&q](const char* linkId, const Answer& answer) {
        try {
            q.checkedAnswers({{QLatin1String(linkId), answer}});
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            CHECK(e.detail() == QLatin1String(linkId));
            return e.message();
        }
        return QStringLiteral("(accepted)");
    };
    Answer notADay = Answer::ofDate({2026, 3, 1});
    notADay.string = QStringLiteral("2026-02-30");
    CHECK(refusal("night", notADay) ==
          QStringLiteral("The answer to \"Which night?\" is not a date on the calendar."));
    Answer notATime = Answer::ofTime({1, 0});
    notATime.string = QStringLiteral("25:00:00");
    CHECK(refusal("bed", notATime) ==
          QStringLiteral("The answer to \"When did you go to bed?\" is not a time of day."));
    CHECK(refusal("night", Answer::ofString(QStringLiteral("2026-03-01"))) ==
          QStringLiteral("The answer to \"Which night?\" is not the kind of answer this "
                         "question takes."));
    CHECK(refusal("bed", Answer::ofDate({2026, 3, 1})) ==
          QStringLiteral("The answer to \"When did you go to bed?\" is not the kind of answer "
                         "this question takes."));

    REQUIRE(q.firstUnansweredRequired({}) != nullptr);
    CHECK(q.firstUnansweredRequired({})->linkId == QStringLiteral("night"));
    CHECK(q.firstUnansweredRequired(kept) == nullptr);
}

TEST_CASE("an answer Pacewise does not know is not read", "[measures]") {
    CHECK_FALSE(Answer::fromFhir(parse(R"({"valueDateTime": "2026-01-01T10:00:00Z"})")));
    CHECK_FALSE(Answer::fromFhir(parse(R"({"valueInteger": 2.5})")));
    CHECK_FALSE(Answer::fromFhir(parse(R"({"valueCoding": {"system": "x"}})")));
    CHECK_FALSE(Answer::fromFhir(QJsonObject()));
}

TEST_CASE("malformed questionnaires are refused with the file and the problem", "[measures]") {
    // Each fixture breaks one rule of the reader; the message is what a person sees.
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"not-a-questionnaire.json",
         "not-a-questionnaire.json: this is not a FHIR Questionnaire (resourceType is "
         "'Patient')."},
        {"no-url.json", "no-url.json: the Questionnaire has no url."},
        {"no-items.json", "no-items.json: the Questionnaire has no items."},
        {"duplicate-linkid.json", "duplicate-linkid.json: the linkId 'b' is used by two items."},
        {"choice-without-options.json",
         "choice-without-options.json: item 'b' is a choice item without answer options."},
        {"option-without-code.json",
         "option-without-code.json: item 'a' has an answer option without a code."},
        {"unsupported-type.json",
         "unsupported-type.json: item 'e' has the type 'attachment', which Pacewise cannot "
         "show."},
        {"min-above-max.json",
         "min-above-max.json: item 'e' has a minimum (30) above its maximum (24)."},
        {"enablewhen-later-item.json",
         "enablewhen-later-item.json: item 'a' depends on 'e', which is not an earlier item."},
        {"enablewhen-unknown-item.json",
         "enablewhen-unknown-item.json: item 'e' depends on 'zz', which is not an earlier item."},
        {"enablewhen-wrong-answer.json",
         "enablewhen-wrong-answer.json: item 'e' compares 'a' with an answer that does not fit "
         "that item."},
    };
    for (const auto& [file, message] : cases) {
        CAPTURE(file);
        CHECK(refusal(QLatin1String(file)) == QLatin1String(message));
    }
}

TEST_CASE("a clinic questionnaire is refused when it uses what Pacewise cannot render",
          "[measures]") {
    const auto refused = [](const char* json) {
        try {
            Questionnaire::fromJson(parse(json), QStringLiteral("the clinic (Questionnaire/7)"));
        } catch (const Error& e) {
            return e.message();
        }
        return QStringLiteral("(accepted)");
    };
    CHECK(refused(R"({"resourceType": "Questionnaire", "url": "u", "item": [
            {"linkId": "a", "type": "choice", "repeats": true,
             "answerOption": [{"valueCoding": {"code": "x"}}]}]})") ==
          QStringLiteral("the clinic (Questionnaire/7): item 'a' repeats, which Pacewise does "
                         "not support."));
    CHECK(refused(R"({"resourceType": "Questionnaire", "url": "u", "item": [
            {"linkId": "a", "type": "boolean"},
            {"linkId": "b", "type": "boolean", "enableWhen": [
                {"question": "a", "operator": "=", "answerBoolean": true},
                {"question": "a", "operator": "exists", "answerBoolean": true}]}]})") ==
          QStringLiteral("the clinic (Questionnaire/7): item 'b' has several enableWhen "
                         "conditions but no enableBehavior."));
    CHECK(refused(R"({"resourceType": "Questionnaire", "url": "u", "item": [
            {"linkId": "a", "type": "choice",
             "answerValueSet": "http://loinc.org/vs/LL358-3"}]})") ==
          QStringLiteral("the clinic (Questionnaire/7): item 'a' takes its answers from a value "
                         "set, which Pacewise does not look up."));
    CHECK(refused(R"({"resourceType": "Questionnaire", "url": "u", "item": [
            {"linkId": "g", "type": "group", "item": []}]})") ==
          QStringLiteral("the clinic (Questionnaire/7): the group 'g' has no items."));
    CHECK(refused(R"({"resourceType": "Questionnaire", "url": "u", "item": [
            {"linkId": "a", "type": "integer"},
            {"linkId": "b", "type": "integer", "enableWhen": [
                {"question": "a", "operator": "~", "answerInteger": 1}]}]})") ==
          QStringLiteral("the clinic (Questionnaire/7): item 'b' has an enableWhen with the "
                         "unknown operator '~'."));
}
