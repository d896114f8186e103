#include "measures/Questionnaire.h"

#include "error/Error.h"
#include "measures/Scoring.h" // isEnabled

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>
#include <functional>

namespace pacewise::measures {
namespace {

// Translation context for the reader's messages (Questionnaire is a plain struct).
struct QuestionnaireReader {
    Q_DECLARE_TR_FUNCTIONS(Questionnaire)
};

const QLatin1String kOrdinalValue("http://hl7.org/fhir/StructureDefinition/ordinalValue");
const QLatin1String kIsoCoValue("http://hl7.org/fhir/StructureDefinition/iso21090-CO-value");
const QLatin1String kItemWeight("http://hl7.org/fhir/StructureDefinition/itemWeight");
const QLatin1String kMinValue("http://hl7.org/fhir/StructureDefinition/minValue");
const QLatin1String kMaxValue("http://hl7.org/fhir/StructureDefinition/maxValue");
const QLatin1String
    kItemControl("http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl");

[[noreturn]] void refuse(const QString& source, const QString& problem) {
    // "<source>: <problem>": the library reports it as is, so the file is always named.
    throw Error(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(source, problem));
}

Coding readCoding(const QJsonObject& json) {
    return {json.value(QLatin1String("system")).toString(),
            json.value(QLatin1String("code")).toString(),
            json.value(QLatin1String("display")).toString()};
}

std::vector<Coding> readCodings(const QJsonValue& value) {
    std::vector<Coding> codes;
    for (const QJsonValue& v : value.toArray())
        codes.push_back(readCoding(v.toObject()));
    return codes;
}

// FHIR's date and time as answers hold them: a whole day, a time to the second. FHIR also allows
// "2026" or "2026-03" and fractions of a second; an answer here is neither.
const QLatin1String kDateFormat("yyyy-MM-dd");
const QLatin1String kTimeFormat("HH:mm:ss");

QDate dateOf(const QString& text) {
    return text.size() == 10 ? QDate::fromString(text, kDateFormat) : QDate();
}

QTime timeOf(const QString& text) {
    return text.size() == 8 ? QTime::fromString(text, kTimeFormat) : QTime();
}

std::optional<double> numberOf(const QJsonObject& extension) {
    for (const char* key : {"valueDecimal", "valueInteger"}) {
        const QJsonValue v = extension.value(QLatin1String(key));
        if (v.isDouble())
            return v.toDouble();
    }
    return std::nullopt;
}

// The value of the first extension with one of `urls`, looked up in each object in turn.
std::optional<double> numericExtension(std::initializer_list<QJsonObject> objects,
                                       std::initializer_list<QLatin1String> urls) {
    for (const QJsonObject& object : objects)
        for (const QJsonValue& v : object.value(QLatin1String("extension")).toArray()) {
            const QJsonObject extension = v.toObject();
            const QString url = extension.value(QLatin1String("url")).toString();
            for (const QLatin1String& wanted : urls)
                if (url == wanted)
                    return numberOf(extension);
        }
    return std::nullopt;
}

QString itemControlOf(const QJsonObject& item) {
    for (const QJsonValue& v : item.value(QLatin1String("extension")).toArray()) {
        const QJsonObject extension = v.toObject();
        if (extension.value(QLatin1String("url")).toString() != kItemControl)
            continue;
        const QJsonArray codings = extension.value(QLatin1String("valueCodeableConcept"))
                                       .toObject()
                                       .value(QLatin1String("coding"))
                                       .toArray();
        for (const QJsonValue& c : codings)
            return c.toObject().value(QLatin1String("code")).toString();
    }
    return {};
}

std::optional<ItemType> itemTypeOf(const QString& type) {
    static const std::pair<const char*, ItemType> kTypes[] = {
        {"group", ItemType::Group},     {"display", ItemType::Display},
        {"boolean", ItemType::Boolean}, {"decimal", ItemType::Decimal},
        {"integer", ItemType::Integer}, {"string", ItemType::String},
        {"text", ItemType::String},     {"choice", ItemType::Choice},
        {"date", ItemType::Date},       {"time", ItemType::Time},
    };
    for (const auto& [name, itemType] : kTypes)
        if (type == QLatin1String(name))
            return itemType;
    return std::nullopt;
}

std::optional<EnableWhen::Operator> operatorOf(const QString& op) {
    static const std::pair<const char*, EnableWhen::Operator> kOperators[] = {
        {"exists", EnableWhen::Operator::Exists},  {"=", EnableWhen::Operator::Equal},
        {"!=", EnableWhen::Operator::NotEqual},    {">", EnableWhen::Operator::Greater},
        {"<", EnableWhen::Operator::Less},         {">=", EnableWhen::Operator::GreaterOrEqual},
        {"<=", EnableWhen::Operator::LessOrEqual},
    };
    for (const auto& [name, value] : kOperators)
        if (op == QLatin1String(name))
            return value;
    return std::nullopt;
}

// enableWhen.answer[x] has the same shapes as an answer's value[x], prefixed "answer".
std::optional<Answer> enableWhenAnswer(const QJsonObject& json) {
    QJsonObject asAnswer;
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key().startsWith(QLatin1String("answer")) && it.key().size() > 6)
            asAnswer.insert(QStringLiteral("value") + it.key().mid(6), it.value());
    return Answer::fromFhir(asAnswer);
}

class Reader {
public:
    explicit Reader(QString source)
        : m_source(std::move(source)) {}

    std::vector<Item> readItems(const QJsonArray& array) {
        std::vector<Item> items;
        for (const QJsonValue& v : array)
            items.push_back(readItem(v.toObject()));
        return items;
    }

    // After every item is read: enableWhen must point at an earlier item that takes an answer,
    // with an answer of that item's kind.
    void checkEnableWhen(const std::vector<Item>& roots) {
        QHash<QString, const Item*> seen;
        std::function<void(const std::vector<Item>&)> walk = [&](const std::vector<Item>& items) {
            for (const Item& item : items) {
                for (const EnableWhen& condition : item.enableWhen)
                    checkCondition(item, condition, seen);
                seen.insert(item.linkId, &item);
                walk(item.items);
            }
        };
        walk(roots);
    }

private:
    Item readItem(const QJsonObject& json) {
        Item item;
        item.linkId = json.value(QLatin1String("linkId")).toString();
        if (item.linkId.isEmpty())
            refuse(m_source, QuestionnaireReader::tr("an item has no linkId."));
        if (m_linkIds.contains(item.linkId))
            refuse(
                m_source,
                QuestionnaireReader::tr("the linkId '%1' is used by two items.").arg(item.linkId));
        m_linkIds.insert(item.linkId);

        const QString type = json.value(QLatin1String("type")).toString();
        const std::optional<ItemType> itemType = itemTypeOf(type);
        if (!itemType)
            refuse(m_source, QuestionnaireReader::tr(
                                 "item '%1' has the type '%2', which Pacewise cannot show.")
                                 .arg(item.linkId, type));
        item.type = *itemType;
        item.prefix = json.value(QLatin1String("prefix")).toString();
        item.text = json.value(QLatin1String("text")).toString();
        item.required = json.value(QLatin1String("required")).toBool(false);
        item.codes = readCodings(json.value(QLatin1String("code")));
        item.maxLength = json.value(QLatin1String("maxLength")).toInt(0);
        if (item.maxLength < 0)
            refuse(m_source,
                   QuestionnaireReader::tr("item '%1' has a negative maxLength.").arg(item.linkId));

        if (json.value(QLatin1String("repeats")).toBool(false))
            refuse(m_source,
                   QuestionnaireReader::tr("item '%1' repeats, which Pacewise does not support.")
                       .arg(item.linkId));

        readOptions(json, item);
        readRange(json, item);
        readConditions(json, item);

        for (const QJsonValue& v : json.value(QLatin1String("item")).toArray()) {
            const QJsonObject child = v.toObject();
            const QString control = itemControlOf(child);
            if (child.value(QLatin1String("type")).toString() == QLatin1String("display") &&
                (control == QLatin1String("lower") || control == QLatin1String("upper"))) {
                // Scale anchors are not items to show on their own: they label the ends.
                (control == QLatin1String("lower") ? item.lowerLabel : item.upperLabel) =
                    child.value(QLatin1String("text")).toString();
                continue;
            }
            item.items.push_back(readItem(child));
        }
        if (item.type == ItemType::Group && item.items.empty())
            refuse(m_source,
                   QuestionnaireReader::tr("the group '%1' has no items.").arg(item.linkId));
        return item;
    }

    void readOptions(const QJsonObject& json, Item& item) {
        const QJsonArray options = json.value(QLatin1String("answerOption")).toArray();
        if (item.type != ItemType::Choice) {
            if (!options.isEmpty())
                refuse(m_source, QuestionnaireReader::tr(
                                     "item '%1' has answer options but is not a choice item.")
                                     .arg(item.linkId));
            return;
        }
        if (options.isEmpty() && json.contains(QLatin1String("answerValueSet")))
            refuse(m_source, QuestionnaireReader::tr("item '%1' takes its answers from a value "
                                                     "set, which Pacewise does not look up.")
                                 .arg(item.linkId));
        if (options.isEmpty())
            refuse(m_source,
                   QuestionnaireReader::tr("item '%1' is a choice item without answer options.")
                       .arg(item.linkId));
        QSet<QString> codes;
        for (const QJsonValue& v : options) {
            const QJsonObject option = v.toObject();
            const QJsonObject coding = option.value(QLatin1String("valueCoding")).toObject();
            AnswerOption answerOption;
            answerOption.coding = readCoding(coding);
            if (answerOption.coding.code.isEmpty())
                refuse(m_source,
                       QuestionnaireReader::tr("item '%1' has an answer option without a code.")
                           .arg(item.linkId));
            const QString key =
                answerOption.coding.system + QLatin1Char('|') + answerOption.coding.code;
            if (codes.contains(key))
                refuse(m_source, QuestionnaireReader::tr("item '%1' offers the answer '%2' twice.")
                                     .arg(item.linkId, answerOption.coding.code));
            codes.insert(key);
            answerOption.ordinal =
                numericExtension({coding, option}, {kOrdinalValue, kIsoCoValue, kItemWeight});
            item.options.push_back(answerOption);
        }
    }

    void readRange(const QJsonObject& json, Item& item) {
        item.minValue = numericExtension({json}, {kMinValue});
        item.maxValue = numericExtension({json}, {kMaxValue});
        if ((item.minValue || item.maxValue) && item.type != ItemType::Integer &&
            item.type != ItemType::Decimal)
            refuse(m_source, QuestionnaireReader::tr(
                                 "item '%1' has a minimum or maximum but is not a number.")
                                 .arg(item.linkId));
        if (item.minValue && item.maxValue && *item.minValue > *item.maxValue)
            refuse(m_source,
                   QuestionnaireReader::tr("item '%1' has a minimum (%2) above its maximum (%3).")
                       .arg(item.linkId)
                       .arg(*item.minValue)
                       .arg(*item.maxValue));
    }

    void readConditions(const QJsonObject& json, Item& item) {
        const QString behavior = json.value(QLatin1String("enableBehavior")).toString();
        if (!behavior.isEmpty() && behavior != QLatin1String("all") &&
            behavior != QLatin1String("any"))
            refuse(m_source, QuestionnaireReader::tr(
                                 "item '%1' has the enableBehavior '%2' (all or any expected).")
                                 .arg(item.linkId, behavior));
        item.enableWhenAll = behavior != QLatin1String("any");
        const QJsonArray conditions = json.value(QLatin1String("enableWhen")).toArray();
        if (conditions.size() > 1 && behavior.isEmpty())
            refuse(m_source,
                   QuestionnaireReader::tr(
                       "item '%1' has several enableWhen conditions but no enableBehavior.")
                       .arg(item.linkId));
        for (const QJsonValue& v : conditions) {
            const QJsonObject c = v.toObject();
            EnableWhen condition;
            condition.question = c.value(QLatin1String("question")).toString();
            const QString op = c.value(QLatin1String("operator")).toString();
            const std::optional<EnableWhen::Operator> parsed = operatorOf(op);
            if (!parsed)
                refuse(m_source, QuestionnaireReader::tr(
                                     "item '%1' has an enableWhen with the unknown operator "
                                     "'%2'.")
                                     .arg(item.linkId, op));
            condition.op = *parsed;
            condition.answer = enableWhenAnswer(c);
            if (!condition.answer)
                refuse(m_source, QuestionnaireReader::tr(
                                     "item '%1' has an enableWhen without a usable answer.")
                                     .arg(item.linkId));
            item.enableWhen.push_back(condition);
        }
    }

    void checkCondition(const Item& item, const EnableWhen& condition,
                        const QHash<QString, const Item*>& earlier) {
        const Item* question = earlier.value(condition.question);
        if (!question)
            refuse(m_source, QuestionnaireReader::tr(
                                 "item '%1' depends on '%2', which is not an earlier item.")
                                 .arg(item.linkId, condition.question));
        if (question->type == ItemType::Group || question->type == ItemType::Display)
            refuse(m_source,
                   QuestionnaireReader::tr("item '%1' depends on '%2', which takes no answer.")
                       .arg(item.linkId, condition.question));
        const Answer::Type given = condition.answer->type;
        bool fits = false;
        if (condition.op == EnableWhen::Operator::Exists) {
            fits = given == Answer::Type::Boolean;
        } else if (condition.op == EnableWhen::Operator::Equal ||
                   condition.op == EnableWhen::Operator::NotEqual) {
            switch (question->type) {
            case ItemType::Boolean:
                fits = given == Answer::Type::Boolean;
                break;
            case ItemType::Integer:
            case ItemType::Decimal:
                fits = given == Answer::Type::Integer || given == Answer::Type::Decimal;
                break;
            case ItemType::String:
                fits = given == Answer::Type::String;
                break;
            case ItemType::Choice:
                fits = given == Answer::Type::Coding;
                break;
            default:
                break;
            }
        } else {
            // Greater / less: only between numbers.
            fits = (question->type == ItemType::Integer || question->type == ItemType::Decimal) &&
                   (given == Answer::Type::Integer || given == Answer::Type::Decimal);
        }
        if (!fits)
            refuse(m_source,
                   QuestionnaireReader::tr(
                       "item '%1' compares '%2' with an answer that does not fit that item.")
                       .arg(item.linkId, condition.question));
    }

    QString m_source;
    QSet<QString> m_linkIds;
};

std::optional<double> plainNumber(const Answer& answer) {
    if (answer.type == Answer::Type::Integer)
        return double(answer.integer);
    if (answer.type == Answer::Type::Decimal)
        return answer.decimal;
    return std::nullopt;
}

Error answerError(const QString& message, const Item& item) {
    return Error(ErrorCode::InvalidInput, message, item.linkId);
}

// One answer checked against its item: the answer to keep, nullopt when it is no answer (an
// emptied text box), or an Error naming the question.
std::optional<Answer> checkedAnswer(const Item& item, Answer answer) {
    const QString name = item.shownName();
    const auto wrongType = [&] {
        return answerError(
            QuestionnaireReader::tr(
                "The answer to \"%1\" is not the kind of answer this question takes.")
                .arg(name),
            item);
    };
    switch (item.type) {
    case ItemType::Boolean:
        if (answer.type != Answer::Type::Boolean)
            throw wrongType();
        return answer;
    case ItemType::Integer:
    case ItemType::Decimal: {
        if (item.type == ItemType::Decimal && answer.type == Answer::Type::Integer)
            answer = Answer::ofDecimal(double(answer.integer));
        const bool typeOk = item.type == ItemType::Integer ? answer.type == Answer::Type::Integer
                                                           : answer.type == Answer::Type::Decimal;
        const std::optional<double> value = plainNumber(answer);
        if (!typeOk || !value || !std::isfinite(*value))
            throw wrongType();
        if ((item.minValue && *value < *item.minValue) ||
            (item.maxValue && *value > *item.maxValue)) {
            const QString low = item.minValue ? QString::number(*item.minValue) : QString();
            const QString high = item.maxValue ? QString::number(*item.maxValue) : QString();
            throw answerError(
                item.minValue && item.maxValue
                    ? QuestionnaireReader::tr("The answer to \"%1\" must be from %2 to %3.")
                          .arg(name, low, high)
                : item.minValue
                    ? QuestionnaireReader::tr("The answer to \"%1\" must be at least %2.")
                          .arg(name, low)
                    : QuestionnaireReader::tr("The answer to \"%1\" must be at most %2.")
                          .arg(name, high),
                item);
        }
        return answer;
    }
    case ItemType::String:
        if (answer.type != Answer::Type::String)
            throw wrongType();
        if (answer.string.trimmed().isEmpty())
            return std::nullopt;
        if (item.maxLength > 0 && answer.string.size() > item.maxLength)
            throw answerError(
                QuestionnaireReader::tr("The answer to \"%1\" is longer than %2 characters.")
                    .arg(name)
                    .arg(item.maxLength),
                item);
        return answer;
    case ItemType::Choice: {
        if (answer.type != Answer::Type::Coding)
            throw wrongType();
        const AnswerOption* chosen = nullptr;
        for (const AnswerOption& option : item.options)
            if (option.coding.code == answer.coding.code &&
                (answer.coding.system.isEmpty() || option.coding.system == answer.coding.system))
                chosen = &option;
        if (!chosen)
            throw answerError(
                QuestionnaireReader::tr("The answer to \"%1\" is not one of its choices.")
                    .arg(name),
                item);
        // Stored as the definition spells it, display included.
        return Answer::ofCoding(chosen->coding);
    }
    case ItemType::Date:
        if (answer.type != Answer::Type::Date)
            throw wrongType();
        if (!answer.date().isValid())
            throw answerError(
                QuestionnaireReader::tr("The answer to \"%1\" is not a date on the calendar.")
                    .arg(name),
                item);
        return answer;
    case ItemType::Time:
        if (answer.type != Answer::Type::Time)
            throw wrongType();
        if (!answer.time().isValid())
            throw answerError(
                QuestionnaireReader::tr("The answer to \"%1\" is not a time of day.").arg(name),
                item);
        return answer;
    case ItemType::Group:
    case ItemType::Display:
        break;
    }
    return std::nullopt;
}

void collect(const std::vector<Item>& items, std::vector<const Item*>& out) {
    for (const Item& item : items) {
        out.push_back(&item);
        collect(item.items, out);
    }
}

} // namespace

Answer Answer::ofBoolean(bool value) {
    Answer a;
    a.type = Type::Boolean;
    a.boolean = value;
    return a;
}

Answer Answer::ofDecimal(double value) {
    Answer a;
    a.type = Type::Decimal;
    a.decimal = value;
    return a;
}

Answer Answer::ofInteger(qint64 value) {
    Answer a;
    a.type = Type::Integer;
    a.integer = value;
    return a;
}

Answer Answer::ofString(QString value) {
    Answer a;
    a.type = Type::String;
    a.string = std::move(value);
    return a;
}

Answer Answer::ofCoding(measures::Coding value) {
    Answer a;
    a.type = Type::Coding;
    a.coding = std::move(value);
    return a;
}

Answer Answer::ofDate(const QDate& value) {
    Answer a;
    a.type = Type::Date;
    a.string = value.isValid() ? value.toString(kDateFormat) : QString();
    return a;
}

Answer Answer::ofTime(const QTime& value) {
    Answer a;
    a.type = Type::Time;
    a.string = value.isValid() ? value.toString(kTimeFormat) : QString();
    return a;
}

QDate Answer::date() const {
    return type == Type::Date ? dateOf(string) : QDate();
}

QTime Answer::time() const {
    return type == Type::Time ? timeOf(string) : QTime();
}

QJsonObject Answer::toFhir() const {
    QJsonObject json;
    switch (type) {
    case Type::Boolean:
        json.insert(QStringLiteral("valueBoolean"), boolean);
        break;
    case Type::Decimal:
        json.insert(QStringLiteral("valueDecimal"), decimal);
        break;
    case Type::Integer:
        json.insert(QStringLiteral("valueInteger"), integer);
        break;
    case Type::String:
        json.insert(QStringLiteral("valueString"), string);
        break;
    case Type::Coding: {
        QJsonObject c;
        if (!coding.system.isEmpty())
            c.insert(QStringLiteral("system"), coding.system);
        c.insert(QStringLiteral("code"), coding.code);
        if (!coding.display.isEmpty())
            c.insert(QStringLiteral("display"), coding.display);
        json.insert(QStringLiteral("valueCoding"), c);
        break;
    }
    case Type::Date:
        json.insert(QStringLiteral("valueDate"), string);
        break;
    case Type::Time:
        json.insert(QStringLiteral("valueTime"), string);
        break;
    }
    return json;
}

std::optional<Answer> Answer::fromFhir(const QJsonObject& answer) {
    const QJsonValue b = answer.value(QLatin1String("valueBoolean"));
    if (b.isBool())
        return ofBoolean(b.toBool());
    const QJsonValue d = answer.value(QLatin1String("valueDecimal"));
    if (d.isDouble())
        return ofDecimal(d.toDouble());
    const QJsonValue i = answer.value(QLatin1String("valueInteger"));
    if (i.isDouble()) {
        const double value = i.toDouble();
        if (value != double(qint64(value)))
            return std::nullopt; // 2.5 is not an integer
        return ofInteger(qint64(value));
    }
    const QJsonValue s = answer.value(QLatin1String("valueString"));
    if (s.isString())
        return ofString(s.toString());
    const QJsonValue c = answer.value(QLatin1String("valueCoding"));
    if (c.isObject()) {
        const Coding coding = readCoding(c.toObject());
        if (coding.code.isEmpty())
            return std::nullopt;
        return ofCoding(coding);
    }
    const QJsonValue date = answer.value(QLatin1String("valueDate"));
    if (date.isString()) {
        if (!dateOf(date.toString()).isValid())
            return std::nullopt;
        return ofDate(dateOf(date.toString()));
    }
    const QJsonValue time = answer.value(QLatin1String("valueTime"));
    if (time.isString()) {
        if (!timeOf(time.toString()).isValid())
            return std::nullopt;
        return ofTime(timeOf(time.toString()));
    }
    return std::nullopt;
}

Questionnaire Questionnaire::fromJson(const QJsonObject& json, const QString& source) {
    const QString resourceType = json.value(QLatin1String("resourceType")).toString();
    if (resourceType != QLatin1String("Questionnaire"))
        refuse(source,
               QuestionnaireReader::tr("this is not a FHIR Questionnaire (resourceType is '%1').")
                   .arg(resourceType));
    Questionnaire q;
    q.source = source;
    q.json = json;
    q.url = json.value(QLatin1String("url")).toString();
    if (q.url.isEmpty())
        refuse(source, QuestionnaireReader::tr("the Questionnaire has no url."));
    q.version = json.value(QLatin1String("version")).toString();
    q.name = json.value(QLatin1String("name")).toString();
    q.title = json.value(QLatin1String("title")).toString();
    q.description = json.value(QLatin1String("description")).toString();
    q.copyright = json.value(QLatin1String("copyright")).toString();
    q.language = json.value(QLatin1String("language")).toString();
    q.codes = readCodings(json.value(QLatin1String("code")));
    const QJsonArray items = json.value(QLatin1String("item")).toArray();
    if (items.isEmpty())
        refuse(source, QuestionnaireReader::tr("the Questionnaire has no items."));
    Reader reader(source);
    q.items = reader.readItems(items);
    reader.checkEnableWhen(q.items);
    return q;
}

std::vector<const Item*> Questionnaire::allItems() const {
    std::vector<const Item*> out;
    collect(items, out);
    return out;
}

const Item* Questionnaire::find(const QString& linkId) const {
    for (const Item* item : allItems())
        if (item->linkId == linkId)
            return item;
    return nullptr;
}

QString answersToJson(const Answers& answers) {
    QJsonObject json;
    for (const auto& [linkId, answer] : answers)
        json.insert(linkId, answer.toFhir());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Answers answersFromJson(const QString& text) {
    Answers answers;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = json.begin(); it != json.end(); ++it)
        if (std::optional<Answer> answer = Answer::fromFhir(it.value().toObject()))
            answers.emplace(it.key(), std::move(*answer));
    return answers;
}

QString Item::shownName() const {
    QString shown = text.simplified();
    if (shown.size() > 80)
        shown = shown.left(77) + QStringLiteral("...");
    if (shown.isEmpty())
        return linkId;
    return prefix.isEmpty() ? shown : prefix + QLatin1Char(' ') + shown;
}

Answers Questionnaire::checkedAnswers(const Answers& given) const {
    for (const auto& [linkId, answer] : given) {
        const Item* item = find(linkId);
        if (!item || !item->takesAnswer())
            throw Error(ErrorCode::InvalidInput,
                        QuestionnaireReader::tr(
                            "The answer to question %1 does not belong to this questionnaire.")
                            .arg(linkId),
                        linkId);
    }
    // Document order: enableWhen only points at earlier items, so whether an item is enabled is
    // decided by the answers already kept.
    Answers kept;
    for (const Item* item : allItems()) {
        const auto it = given.find(item->linkId);
        if (it == given.end() || !isEnabled(*this, *item, kept))
            continue;
        if (std::optional<Answer> answer = checkedAnswer(*item, it->second))
            kept.insert_or_assign(item->linkId, std::move(*answer));
    }
    return kept;
}

const Item* Questionnaire::firstUnansweredRequired(const Answers& answers) const {
    for (const Item* item : allItems())
        if (item->required && item->takesAnswer() && !answers.contains(item->linkId) &&
            isEnabled(*this, *item, answers))
            return item;
    return nullptr;
}

} // namespace pacewise::measures
