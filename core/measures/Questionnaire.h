#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTime>
#include <map>
#include <optional>
#include <vector>

namespace pacewise::measures {

// A FHIR R4 Questionnaire, read into the subset Pacewise renders: item types group, display,
// boolean, decimal, integer, string (and text), choice, date and time; answerOption with an ordinal
// value (the R4 extension http://hl7.org/fhir/StructureDefinition/ordinalValue on the option's
// valueCoding, or the older iso21090-CO-value); enableWhen / enableBehavior for skip logic;
// required; minValue / maxValue extensions for numbers. Questionnaires are data: the bundled ones
// come from resources/measures/, others from the clinic through sync; all go through the same
// reader.

struct Coding {
    QString system;
    QString code;
    QString display;
    bool operator==(const Coding&) const = default;
};

enum class ItemType { Group, Display, Boolean, Decimal, Integer, String, Choice, Date, Time };

// One answer to one item. Exactly the member matching `type` is meaningful; a date or a time is
// kept in `string` as FHIR writes it ("yyyy-MM-dd", "HH:mm:ss").
struct Answer {
    enum class Type { Boolean, Decimal, Integer, String, Coding, Date, Time };
    Type type = Type::Integer;
    bool boolean = false;
    double decimal = 0;
    qint64 integer = 0;
    QString string;
    measures::Coding coding;

    static Answer ofBoolean(bool value);
    static Answer ofDecimal(double value);
    static Answer ofInteger(qint64 value);
    static Answer ofString(QString value);
    static Answer ofCoding(measures::Coding value);
    static Answer ofDate(const QDate& value); // an invalid date gives an answer checks refuse
    static Answer ofTime(const QTime& value); // to the second; milliseconds are dropped

    // Date / Time answers as values; invalid for any other type or a malformed string.
    QDate date() const;
    QTime time() const;

    // FHIR's answer[] element (valueBoolean / valueDecimal / valueInteger / valueString /
    // valueCoding / valueDate / valueTime) and back; fromFhir returns nullopt for anything else
    // (a partial date such as "2026-03" included: an answer here is a whole day).
    QJsonObject toFhir() const;
    static std::optional<Answer> fromFhir(const QJsonObject& answer);
    bool operator==(const Answer&) const = default;
};

struct AnswerOption {
    measures::Coding coding;
    std::optional<double> ordinal; // the score this option counts for
};

struct EnableWhen {
    enum class Operator { Exists, Equal, NotEqual, Greater, Less, GreaterOrEqual, LessOrEqual };
    QString question; // linkId
    Operator op = Operator::Equal;
    std::optional<Answer> answer; // for Exists: answer->boolean says whether it must exist
};

struct Item {
    QString linkId;
    QString prefix; // "1.", "a)": shown before the text
    QString text;
    ItemType type = ItemType::Display;
    bool required = false;
    std::vector<Coding> codes; // e.g. the LOINC code of a PHQ-9 question
    std::vector<AnswerOption> options;
    std::optional<double> minValue;
    std::optional<double> maxValue;
    int maxLength = 0; // strings; 0 = no limit
    // Anchor words for the ends of a numeric scale ("No pain", "Worst pain imaginable"), from
    // the item's display children with itemControl lower / upper.
    QString lowerLabel;
    QString upperLabel;
    std::vector<EnableWhen> enableWhen;
    bool enableWhenAll = true; // enableBehavior "all" (default) / "any"
    std::vector<Item> items;   // a group's children (a display item may carry help text)

    bool takesAnswer() const { return type != ItemType::Group && type != ItemType::Display; }
    // How the question is named in a message: its prefix and text as the patient saw them
    // (shortened), or its linkId when it has no text.
    QString shownName() const;
};

// The answers of one response, by linkId (also spelled out in Scoring.h, where it began).
using Answers = std::map<QString, Answer>;

// Answers as stored in the profile (measure responses, exercise records): a compact JSON object
// of linkId -> FHIR answer element. Reading skips an answer it cannot read rather than failing
// the whole record.
QString answersToJson(const Answers& answers);
Answers answersFromJson(const QString& json);

struct Questionnaire {
    QString url;     // canonical URL: the key Pacewise stores responses under
    QString version; // business version
    QString name;    // computer-friendly, e.g. "PHQ9"
    QString title;   // e.g. "Patient Health Questionnaire (PHQ-9)"
    QString description;
    QString copyright;
    QString language;          // BCP-47, e.g. "en"
    std::vector<Coding> codes; // the panel code, e.g. LOINC 44249-1
    std::vector<Item> items;
    QJsonObject json; // the definition as read, for the QuestionnaireResponse's reference
    QString source;   // where it came from, for messages: "phq-9.questionnaire.json",
                      // "the clinic (Questionnaire/123)"

    // Reads and checks a definition. Throws Error(InvalidInput) whose message names `source`
    // and the problem (e.g. "phq-9.questionnaire.json: item '9' is a choice item without
    // answer options"): not a Questionnaire, no url, no items, duplicate linkIds, enableWhen
    // pointing at an unknown or later item, an unsupported item type, min above max, options
    // without a code.
    static Questionnaire fromJson(const QJsonObject& json, const QString& source);

    // Depth-first, in order: every item (groups and displays included).
    std::vector<const Item*> allItems() const;
    const Item* find(const QString& linkId) const;

    // The answers checked against the items, as they are to be stored: answers to disabled
    // items dropped, an emptied text box dropped, a whole number given to a decimal item made a
    // decimal, a choice spelled as the definition spells it. Throws Error(InvalidInput, detail
    // the linkId) naming the question: not an item of this questionnaire, the wrong kind of
    // answer, out of range, too long, not one of the choices, not a real date or time. Measures
    // and exercises check through this one place.
    Answers checkedAnswers(const Answers& given) const;
    // The first required, enabled question without an answer in `answers`; nullptr if none.
    const Item* firstUnansweredRequired(const Answers& answers) const;
};

} // namespace pacewise::measures
