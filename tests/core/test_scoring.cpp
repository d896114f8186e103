#include "error/Error.h"
#include "measures/MeasureLibrary.h"
#include "measures/Scoring.h"

#include <QDir>
#include <QFile>
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

const MeasureLibrary& library() {
    static const MeasureLibrary lib = MeasureLibrary::loadBundled();
    return lib;
}

const Measure& measure(const char* id) {
    const Measure* m = library().find(QLatin1String(id));
    REQUIRE(m != nullptr);
    return *m;
}

// The option of a choice item that scores `ordinal`.
Answer option(const Questionnaire& q, const QString& linkId, double ordinal) {
    const Item* item = q.find(linkId);
    REQUIRE(item != nullptr);
    for (const AnswerOption& o : item->options)
        if (o.ordinal == ordinal)
            return Answer::ofCoding(o.coding);
    FAIL("no option scores " << ordinal << " on item " << linkId.toStdString());
    return {};
}

// Answers that add up to `total` over `linkIds`, filling each item up to `perItem` in turn.
Answers totalling(const Questionnaire& q, const QStringList& linkIds, int total, int perItem) {
    Answers answers;
    for (const QString& linkId : linkIds) {
        const int value = std::min(total, perItem);
        total -= value;
        answers[linkId] = option(q, linkId, value);
    }
    REQUIRE(total == 0);
    return answers;
}

QStringList numbered(int count) {
    QStringList ids;
    for (int i = 1; i <= count; ++i)
        ids.append(QString::number(i));
    return ids;
}

// The headline score and its band label ("" when none).
std::pair<std::optional<double>, QString> headline(const Measure& m, const Answers& answers) {
    const std::vector<Score> scores = score(m.questionnaire, m.rules, answers);
    REQUIRE(!scores.empty());
    const Score& s = scores.front();
    const QString label = s.band >= 0 ? m.rules.scores.front().bands[size_t(s.band)].label : "";
    return {s.value, label};
}

struct Edge {
    int total;
    const char* band;
};

void checkEdges(const char* id, int items, const std::vector<Edge>& edges) {
    const Measure& m = measure(id);
    for (const Edge& edge : edges) {
        CAPTURE(id, edge.total);
        const auto [value, band] =
            headline(m, totalling(m.questionnaire, numbered(items), edge.total, 3));
        CHECK(value == std::optional<double>(edge.total));
        CHECK(band == QLatin1String(edge.band));
    }
}

Answers pegAnswers(int pain, int enjoyment, int activity) {
    return {{"pain", Answer::ofInteger(pain)},
            {"enjoyment", Answer::ofInteger(enjoyment)},
            {"activity", Answer::ofInteger(activity)}};
}

Questionnaire smallQuestionnaire() {
    return Questionnaire::fromJson(
        readJson(fixtures() + QStringLiteral("/small.questionnaire.json")),
        QStringLiteral("small.questionnaire.json"));
}

ScoringRules smallRules(const Questionnaire& q) {
    return ScoringRules::fromJson(readJson(fixtures() + QStringLiteral("/small.scoring.json")), q,
                                  QStringLiteral("small.scoring.json"));
}

} // namespace

// --- published scoring of every bundled instrument ---------------------------------------------

TEST_CASE("PHQ-9 totals fall in the published bands on both sides of every edge", "[measures]") {
    checkEdges("phq-9", 9,
               {{0, "Minimal"},
                {4, "Minimal"},
                {5, "Mild"},
                {9, "Mild"},
                {10, "Moderate"},
                {14, "Moderate"},
                {15, "Moderately severe"},
                {19, "Moderately severe"},
                {20, "Severe"},
                {27, "Severe"}});
}

TEST_CASE("PHQ-9 prorates up to two missing items and gives no score with three", "[measures]") {
    const Measure& m = measure("phq-9");
    Answers answers = totalling(m.questionnaire, numbered(9), 18, 2); // nine 2s
    answers.erase(QStringLiteral("9"));
    std::vector<Score> s = score(m.questionnaire, m.rules, answers);
    CHECK(s[0].value == std::optional<double>(18)); // mean 2 x 9
    CHECK(s[0].prorated);
    CHECK(s[0].answered == 8);
    CHECK(s[0].missing == 1);

    // Eight answers adding to 4: 4 / 8 x 9 = 4.5, rounded away from zero to 5 (Mild, not
    // Minimal).
    Answers half = totalling(m.questionnaire, numbered(9), 4, 1);
    half.erase(QStringLiteral("9"));
    CHECK(headline(m, half) == std::pair<std::optional<double>, QString>(5, "Mild"));

    answers.erase(QStringLiteral("8")); // two missing: 14 / 7 x 9 = 18
    s = score(m.questionnaire, m.rules, answers);
    CHECK(s[0].value == std::optional<double>(18));
    CHECK(s[0].missing == 2);

    answers.erase(QStringLiteral("7")); // three missing
    s = score(m.questionnaire, m.rules, answers);
    CHECK_FALSE(s[0].value);
    CHECK(s[0].band == -1);
    CHECK(s[0].missing == 3);
    CHECK_FALSE(s[0].prorated);
}

TEST_CASE("PHQ-9 question 10 is asked only after a problem and never scored", "[measures]") {
    const Measure& m = measure("phq-9");
    const Item& ten = *m.questionnaire.find(QStringLiteral("10"));
    Answers answers = totalling(m.questionnaire, numbered(9), 0, 3);
    CHECK_FALSE(isEnabled(m.questionnaire, ten, answers));
    answers[QStringLiteral("6")] = option(m.questionnaire, QStringLiteral("6"), 1);
    CHECK(isEnabled(m.questionnaire, ten, answers));
    answers[QStringLiteral("10")] =
        Answer::ofCoding(m.questionnaire.find(QStringLiteral("10"))->options[3].coding);
    CHECK(headline(m, answers).first == std::optional<double>(1));
}

TEST_CASE("any answer above 0 on PHQ-9 item 9 is a safety concern", "[measures]") {
    const Measure& m = measure("phq-9");
    Answers answers = totalling(m.questionnaire, numbered(9), 0, 3);
    CHECK(safetyConcerns(m.questionnaire, m.rules, answers).isEmpty());
    for (int value = 1; value <= 3; ++value) {
        answers[QStringLiteral("9")] = option(m.questionnaire, QStringLiteral("9"), value);
        CHECK(safetyConcerns(m.questionnaire, m.rules, answers) == QStringList{"9"});
    }
    answers.erase(QStringLiteral("9"));
    CHECK(safetyConcerns(m.questionnaire, m.rules, answers).isEmpty());
    // Other items, however high, are not safety concerns.
    CHECK(safetyConcerns(m.questionnaire, m.rules, totalling(m.questionnaire, numbered(8), 24, 3))
              .isEmpty());
}

TEST_CASE("GAD-7 totals fall in the published bands on both sides of every edge", "[measures]") {
    checkEdges("gad-7", 7,
               {{0, "Minimal"},
                {4, "Minimal"},
                {5, "Mild"},
                {9, "Mild"},
                {10, "Moderate"},
                {14, "Moderate"},
                {15, "Severe"},
                {21, "Severe"}});
}

TEST_CASE("GAD-7, PHQ-2 and GAD-2 need every item answered", "[measures]") {
    for (const auto& [id, items] : {std::pair{"gad-7", 7}, {"phq-2", 2}, {"gad-2", 2}}) {
        CAPTURE(id);
        const Measure& m = measure(id);
        Answers answers = totalling(m.questionnaire, numbered(items), items, 1);
        answers.erase(QStringLiteral("1"));
        const std::vector<Score> s = score(m.questionnaire, m.rules, answers);
        CHECK_FALSE(s[0].value);
        CHECK(s[0].missing == 1);
    }
}

TEST_CASE("PHQ-2 and GAD-2 screen positive from 3", "[measures]") {
    for (const char* id : {"phq-2", "gad-2"}) {
        checkEdges(id, 2,
                   {{0, "Below the screening threshold"},
                    {2, "Below the screening threshold"},
                    {3, "Positive screen"},
                    {6, "Positive screen"}});
    }
}

TEST_CASE("the PEG score is the mean of its three items to one decimal", "[measures]") {
    const Measure& m = measure("peg");
    CHECK(headline(m, pegAnswers(5, 6, 6)).first == std::optional<double>(5.7)); // 5.667
    CHECK(headline(m, pegAnswers(2, 2, 3)).first == std::optional<double>(2.3)); // 2.333
    CHECK(headline(m, pegAnswers(0, 0, 0)).first == std::optional<double>(0));
    CHECK(headline(m, pegAnswers(10, 10, 10)).first == std::optional<double>(10));
    CHECK(headline(m, pegAnswers(7, 4, 5)).first == std::optional<double>(5.3)); // 5.333
    CHECK(headline(m, pegAnswers(0, 1, 1)).first == std::optional<double>(0.7)); // 0.667
    CHECK(headline(m, pegAnswers(5, 6, 6)).second.isEmpty());                    // no bands
}

TEST_CASE("the PEG needs all three items", "[measures]") {
    const Measure& m = measure("peg");
    for (const char* item : {"pain", "enjoyment", "activity"}) {
        Answers answers = pegAnswers(5, 5, 5);
        answers.erase(QLatin1String(item));
        CHECK_FALSE(headline(m, answers).first);
    }
}

TEST_CASE("a 30 % change in PEG is meaningful, a smaller one is not", "[measures]") {
    const ScoreRule& rule = measure("peg").rules.scores.front();
    Change c = changeSince(rule, 6.0, 4.2); // 30 % better
    CHECK(c.meaningful);
    CHECK(c.better);
    CHECK(c.delta == Approx(-1.8));
    c = changeSince(rule, 6.0, 4.3); // 28 %
    CHECK_FALSE(c.meaningful);
    CHECK(c.better);
    c = changeSince(rule, 5.0, 6.5); // 30 % worse
    CHECK(c.meaningful);
    CHECK_FALSE(c.better);
    // From a baseline of 0 a percentage means nothing; PEG has no points threshold.
    CHECK_FALSE(changeSince(rule, 0, 3).meaningful);
}

TEST_CASE("pain intensity bands: none, mild, moderate, severe", "[measures]") {
    const Measure& m = measure("pain-nrs");
    const std::vector<std::pair<int, const char*>> edges = {
        {0, "No pain"},  {1, "Mild"},   {3, "Mild"},   {4, "Moderate"},
        {6, "Moderate"}, {7, "Severe"}, {10, "Severe"}};
    for (const auto& [value, band] : edges) {
        CAPTURE(value);
        const auto [v, label] = headline(m, {{"pain", Answer::ofInteger(value)}});
        CHECK(v == std::optional<double>(value));
        CHECK(label == QLatin1String(band));
    }
    CHECK_FALSE(headline(m, {}).first);
}

TEST_CASE("pain intensity changes meaningfully by 2 points or by 30 %", "[measures]") {
    const ScoreRule& rule = measure("pain-nrs").rules.scores.front();
    CHECK(changeSince(rule, 8, 6).meaningful);       // 2 points (25 %)
    CHECK_FALSE(changeSince(rule, 8, 7).meaningful); // 1 point, 12.5 %
    CHECK(changeSince(rule, 3, 2).meaningful);       // 1 point but 33 %
    CHECK(changeSince(rule, 0, 2).meaningful);       // from no pain: points only
    CHECK_FALSE(changeSince(rule, 0, 1).meaningful);
    CHECK_FALSE(changeSince(rule, 5, 5).meaningful);
    CHECK_FALSE(changeSince(rule, 5, 5).better);
}

TEST_CASE("PHQ-9 changes meaningfully by 5 points and GAD-7 by 4", "[measures]") {
    const ScoreRule& phq = measure("phq-9").rules.scores.front();
    CHECK(changeSince(phq, 15, 10).meaningful);
    CHECK(changeSince(phq, 15, 10).better);
    CHECK_FALSE(changeSince(phq, 15, 11).meaningful);
    CHECK(changeSince(phq, 10, 15).meaningful);
    CHECK_FALSE(changeSince(phq, 10, 15).better);
    const ScoreRule& gad = measure("gad-7").rules.scores.front();
    CHECK(changeSince(gad, 12, 8).meaningful);
    CHECK_FALSE(changeSince(gad, 12, 9).meaningful);
    // Screeners and the impression of change carry no threshold: never "meaningful".
    CHECK_FALSE(changeSince(measure("phq-2").rules.scores.front(), 0, 6).meaningful);
    CHECK_FALSE(changeSince(measure("pgic").rules.scores.front(), 1, 7).meaningful);
}

TEST_CASE("PGIC: improved, no change, worse, and lower is better", "[measures]") {
    const Measure& m = measure("pgic");
    const std::vector<std::pair<int, const char*>> edges = {
        {1, "Improved"}, {3, "Improved"}, {4, "No change"}, {5, "Worse"}, {7, "Worse"}};
    for (const auto& [value, band] : edges) {
        CAPTURE(value);
        const auto [v, label] =
            headline(m, {{"change", option(m.questionnaire, QStringLiteral("change"), value)}});
        CHECK(v == std::optional<double>(value));
        CHECK(label == QLatin1String(band));
    }
    CHECK(changeSince(m.rules.scores.front(), 4, 2).better);
    CHECK_FALSE(headline(m, {}).first); // unanswered: no score
}

TEST_CASE("an answer of the wrong kind counts as a missing item", "[measures]") {
    const Measure& m = measure("phq-2");
    const Answers answers = {{"1", option(m.questionnaire, QStringLiteral("1"), 2)},
                             {"2", Answer::ofInteger(2)}};
    const std::vector<Score> s = score(m.questionnaire, m.rules, answers);
    CHECK_FALSE(s[0].value);
    CHECK(s[0].answered == 1);
    CHECK(s[0].missing == 1);
}

// --- the engine on a small questionnaire: reversed items, subscales, prorating -----------------

TEST_CASE("a reversed item counts as its mirror value", "[measures]") {
    const Questionnaire q = smallQuestionnaire();
    const ScoringRules rules = smallRules(q);
    const Answers answers = {{"a", option(q, "a", 1)},
                             {"b", option(q, "b", 2)},
                             {"c", option(q, "c", 4)}, // reversed: 0
                             {"d", option(q, "d", 3)}};
    const std::vector<Score> s = score(q, rules, answers);
    REQUIRE(s.size() == 2);
    CHECK(s[0].ruleId == QStringLiteral("total"));
    CHECK(s[0].value == std::optional<double>(6));
    CHECK(s[0].band == 0);
    CHECK(s[1].ruleId == QStringLiteral("first"));
    CHECK(s[1].value == std::optional<double>(1.5)); // subscale: mean of a and b
    CHECK(s[1].band == 0);

    const Answers low = {{"a", option(q, "a", 0)},
                         {"b", option(q, "b", 0)},
                         {"c", option(q, "c", 0)}, // reversed: 4
                         {"d", option(q, "d", 4)}};
    CHECK(score(q, rules, low)[0].value == std::optional<double>(8));
    CHECK(score(q, rules, low)[0].band == 1);
}

TEST_CASE("a prorated score uses the reversed values of the answered items", "[measures]") {
    const Questionnaire q = smallQuestionnaire();
    const ScoringRules rules = smallRules(q);
    // a=3, c=1 (reversed 3), d=4; b missing: (3 + 3 + 4) / 3 x 4 = 13.33 -> 13
    const Answers answers = {
        {"a", option(q, "a", 3)}, {"c", option(q, "c", 1)}, {"d", option(q, "d", 4)}};
    const std::vector<Score> s = score(q, rules, answers);
    CHECK(s[0].value == std::optional<double>(13));
    CHECK(s[0].prorated);
    // The subscale allows nothing missing.
    CHECK_FALSE(s[1].value);
    // Two missing is more than the total allows.
    CHECK_FALSE(score(q, rules, {{"a", option(q, "a", 3)}, {"d", option(q, "d", 4)}})[0].value);
}

TEST_CASE("means round half away from zero to the rule's decimals", "[measures]") {
    const Questionnaire q = smallQuestionnaire();
    ScoringRules rules = smallRules(q);
    rules.scores[1].decimals = 0;
    // mean of 2 and 3 = 2.5 -> 3
    CHECK(score(q, rules, {{"a", option(q, "a", 2)}, {"b", option(q, "b", 3)}})[1].value ==
          std::optional<double>(3));
    // mean of 0 and 1 = 0.5 -> 1
    CHECK(score(q, rules, {{"a", option(q, "a", 0)}, {"b", option(q, "b", 1)}})[1].value ==
          std::optional<double>(1));
    // and the band edge 1.99 / 2 holds with two decimals
    rules.scores[1].decimals = 2;
    CHECK(score(q, rules, {{"a", option(q, "a", 2)}, {"b", option(q, "b", 2)}})[1].band == 1);
    CHECK(score(q, rules, {{"a", option(q, "a", 1)}, {"b", option(q, "b", 2)}})[1].band == 0);
}

TEST_CASE("the safety rule of the small questionnaire fires only above its threshold",
          "[measures]") {
    const Questionnaire q = smallQuestionnaire();
    const ScoringRules rules = smallRules(q);
    CHECK(safetyConcerns(q, rules, {{"d", option(q, "d", 3)}}).isEmpty());
    CHECK(safetyConcerns(q, rules, {{"d", option(q, "d", 4)}}) == QStringList{"d"});
}

TEST_CASE("numeric values: ordinals of options, numbers as they are, nothing else", "[measures]") {
    const Questionnaire q = smallQuestionnaire();
    const Item& a = *q.find(QStringLiteral("a"));
    CHECK(numericValue(a, option(q, "a", 3)) == std::optional<double>(3));
    CHECK_FALSE(
        numericValue(a, Answer::ofCoding({QStringLiteral("https://example.org/agree"), "a9", ""})));
    CHECK_FALSE(numericValue(a, Answer::ofInteger(3)));
    const Item& e = *q.find(QStringLiteral("e"));
    CHECK(numericValue(e, Answer::ofDecimal(7.5)) == std::optional<double>(7.5));
    CHECK(numericValue(e, Answer::ofInteger(7)) == std::optional<double>(7));
    CHECK_FALSE(numericValue(*q.find(QStringLiteral("note")), Answer::ofString("7")));
}

// --- enableWhen ------------------------------------------------------------------------------

TEST_CASE("enableWhen: all, any, exists, comparisons and nested groups", "[measures]") {
    const Questionnaire q = Questionnaire::fromJson(parse(R"({
        "resourceType": "Questionnaire", "url": "https://example.org/q/skip",
        "item": [
          {"linkId": "flare", "type": "boolean", "text": "Flare-up this week?"},
          {"linkId": "hours", "type": "integer", "text": "Hours in bed"},
          {"linkId": "mood", "type": "choice", "text": "Mood",
           "answerOption": [{"valueCoding": {"system": "s", "code": "low"}},
                            {"valueCoding": {"system": "s", "code": "ok"}}]},
          {"linkId": "note", "type": "string", "text": "Note"},
          {"linkId": "temp", "type": "decimal", "text": "Temperature"},
          {"linkId": "flareGroup", "type": "group", "text": "About the flare-up",
           "enableWhen": [{"question": "flare", "operator": "=", "answerBoolean": true}],
           "item": [
             {"linkId": "long", "type": "string", "text": "A long rest and low mood",
              "enableBehavior": "all",
              "enableWhen": [{"question": "hours", "operator": ">=", "answerInteger": 5},
                             {"question": "mood", "operator": "=",
                              "answerCoding": {"system": "s", "code": "low"}}]},
             {"linkId": "either", "type": "string", "text": "Short rest or a note",
              "enableBehavior": "any",
              "enableWhen": [{"question": "hours", "operator": "<", "answerInteger": 2},
                             {"question": "note", "operator": "exists", "answerBoolean": true}]}
           ]},
          {"linkId": "noNote", "type": "boolean", "text": "No note?",
           "enableWhen": [{"question": "note", "operator": "exists", "answerBoolean": false}]},
          {"linkId": "notThree", "type": "boolean", "text": "Not three hours?",
           "enableWhen": [{"question": "hours", "operator": "!=", "answerInteger": 3}]},
          {"linkId": "fever", "type": "boolean", "text": "Fever?",
           "enableWhen": [{"question": "temp", "operator": ">", "answerDecimal": 37.5}]},
          {"linkId": "cool", "type": "boolean", "text": "Cool?",
           "enableWhen": [{"question": "temp", "operator": "<=", "answerDecimal": 36.0}]},
          {"linkId": "dependent", "type": "boolean", "text": "Depends on a nested item",
           "enableWhen": [{"question": "long", "operator": "exists", "answerBoolean": true}]}
        ]})"),
                                                    QStringLiteral("skip"));
    const auto enabled = [&](const char* linkId, const Answers& answers) {
        return isEnabled(q, *q.find(QLatin1String(linkId)), answers);
    };
    const Answer low = Answer::ofCoding({"s", "low", ""});
    const Answer ok = Answer::ofCoding({"s", "ok", ""});

    // The group and everything in it waits for a flare-up.
    Answers a = {{"hours", Answer::ofInteger(6)}, {"mood", low}};
    CHECK_FALSE(enabled("flareGroup", a));
    CHECK_FALSE(enabled("long", a)); // its own conditions hold, its group's do not
    a[QStringLiteral("flare")] = Answer::ofBoolean(true);
    CHECK(enabled("flareGroup", a));
    CHECK(enabled("long", a));
    a[QStringLiteral("hours")] = Answer::ofInteger(5); // >= is inclusive
    CHECK(enabled("long", a));
    a[QStringLiteral("hours")] = Answer::ofInteger(4);
    CHECK_FALSE(enabled("long", a)); // all: one condition fails
    a[QStringLiteral("hours")] = Answer::ofInteger(6);
    a[QStringLiteral("mood")] = ok;
    CHECK_FALSE(enabled("long", a));

    // any
    CHECK_FALSE(enabled("either", a));
    a[QStringLiteral("note")] = Answer::ofString("x");
    CHECK(enabled("either", a));
    a.erase(QStringLiteral("note"));
    a[QStringLiteral("hours")] = Answer::ofInteger(1);
    CHECK(enabled("either", a));

    // exists false, and != on an unanswered question
    CHECK(enabled("noNote", {}));
    CHECK_FALSE(enabled("noNote", {{"note", Answer::ofString("x")}}));
    CHECK_FALSE(enabled("notThree", {}));
    CHECK_FALSE(enabled("notThree", {{"hours", Answer::ofInteger(3)}}));
    CHECK(enabled("notThree", {{"hours", Answer::ofInteger(4)}}));

    // decimals compared as numbers
    CHECK(enabled("fever", {{"temp", Answer::ofDecimal(38.2)}}));
    CHECK_FALSE(enabled("fever", {{"temp", Answer::ofDecimal(37.5)}}));
    CHECK(enabled("cool", {{"temp", Answer::ofDecimal(36.0)}}));
    CHECK_FALSE(enabled("cool", {{"temp", Answer::ofDecimal(36.1)}}));

    // An answer left behind in a disabled item does not enable what depends on it.
    const Answers stale = {{"long", Answer::ofString("x")}};
    CHECK_FALSE(enabled("dependent", stale));
    CHECK(enabled("dependent", {{"flare", Answer::ofBoolean(true)},
                                {"hours", Answer::ofInteger(6)},
                                {"mood", low},
                                {"long", Answer::ofString("x")}}));
}

// --- scoring rules: validation and defaults ----------------------------------------------------

TEST_CASE("malformed scoring rules are refused with the file and the problem", "[measures]") {
    const Questionnaire q = smallQuestionnaire();
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"unknown-linkid.scoring.json",
         "unknown-linkid.scoring.json: score 'total' counts the item 'zz', which the "
         "questionnaire does not have."},
        {"unscorable-item.scoring.json",
         "unscorable-item.scoring.json: score 'first' counts the item 'note', which has no "
         "numeric value (a number, or options that all carry an ordinal value)."},
        {"reversed-not-counted.scoring.json",
         "reversed-not-counted.scoring.json: score 'first' reverses the item 'c', which it does "
         "not count."},
        {"bands-overlap.scoring.json",
         "bands-overlap.scoring.json: score 'total': bands 'Low' and 'High' overlap."},
        {"bands-gap.scoring.json",
         "bands-gap.scoring.json: score 'total': there is a gap between bands 'Low' and "
         "'High'."},
        {"band-outside-range.scoring.json",
         "band-outside-range.scoring.json: score 'total': band 'High' (8 to 20) lies outside "
         "the score's range (0 to 16)."},
        {"bands-short.scoring.json",
         "bands-short.scoring.json: score 'total': the bands do not cover the whole range (0 to "
         "16)."},
        {"wrong-questionnaire.scoring.json",
         "wrong-questionnaire.scoring.json: the rules are for the questionnaire "
         "'https://example.org/Questionnaire/other', not "
         "'https://example.org/Questionnaire/small'."},
        {"no-schema.scoring.json",
         "no-schema.scoring.json: the file does not declare the schema pacewise.scoring/1."},
        {"safety-unknown-item.scoring.json",
         "safety-unknown-item.scoring.json: a safety rule watches the item 'zz', which the "
         "questionnaire does not have."},
        {"too-many-missing.scoring.json",
         "too-many-missing.scoring.json: score 'total' allows 4 missing items out of 4."},
        {"unknown-method.scoring.json",
         "unknown-method.scoring.json: score 'total' has the method 'median' (sum or mean "
         "expected)."},
    };
    for (const auto& [file, message] : cases) {
        CAPTURE(file);
        QString got = QStringLiteral("(accepted)");
        try {
            ScoringRules::fromJson(readJson(fixtures() + QStringLiteral("/refused/") + file), q,
                                   QLatin1String(file));
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            got = e.message();
        }
        CHECK(got == QLatin1String(message));
    }
}

TEST_CASE("a clinic questionnaire with scored options gets a default total", "[measures]") {
    const Questionnaire q = smallQuestionnaire();
    const ScoringRules rules = ScoringRules::defaultFor(q);
    REQUIRE(rules.scores.size() == 1);
    const ScoreRule& total = rules.scores[0];
    CHECK(total.id == QStringLiteral("total"));
    CHECK(total.title == QStringLiteral("Total score"));
    CHECK(total.method == ScoreRule::Method::Sum);
    CHECK(total.items == QStringList{"a", "b", "c", "d"});
    CHECK(total.maxMissing == 0);
    CHECK(total.minimum == 0);
    CHECK(total.maximum == 16);
    CHECK(total.bands.empty());
    CHECK(rules.safety.empty());
    const Answers all = {{"a", option(q, "a", 1)},
                         {"b", option(q, "b", 2)},
                         {"c", option(q, "c", 3)},
                         {"d", option(q, "d", 4)}};
    CHECK(score(q, rules, all)[0].value == std::optional<double>(10));
}

TEST_CASE("no default score when an option has no score or there is nothing to add up",
          "[measures]") {
    const Questionnaire unscored = Questionnaire::fromJson(parse(R"({
        "resourceType": "Questionnaire", "url": "u", "item": [
          {"linkId": "a", "type": "choice", "answerOption": [
            {"valueCoding": {"code": "x", "extension": [
               {"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 1}]}},
            {"valueCoding": {"code": "y"}}]}]})"),
                                                           QStringLiteral("c"));
    CHECK(ScoringRules::defaultFor(unscored).scores.empty());
    const Questionnaire text =
        Questionnaire::fromJson(parse(R"({"resourceType": "Questionnaire", "url": "u",
                  "item": [{"linkId": "a", "type": "string"}]})"),
                                QStringLiteral("c"));
    CHECK(ScoringRules::defaultFor(text).scores.empty());
}
