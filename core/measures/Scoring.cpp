#include "measures/Scoring.h"

#include "error/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace pacewise::measures {
namespace {

// Translation context for the scoring rules' messages (ScoringRules is a plain struct).
struct ScoringReader {
    Q_DECLARE_TR_FUNCTIONS(ScoringRules)
};

const QLatin1String kSchema("pacewise.scoring/1");
constexpr double kEpsilon = 1e-9;

[[noreturn]] void refuse(const QString& source, const QString& problem) {
    throw Error(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(source, problem));
}

// The chain of items from a root down to `target` (inclusive); empty when it is not in `items`.
bool pathTo(const std::vector<Item>& items, const Item* target, std::vector<const Item*>& path) {
    for (const Item& item : items) {
        path.push_back(&item);
        if (&item == target || pathTo(item.items, target, path))
            return true;
        path.pop_back();
    }
    return false;
}

bool sameAnswer(const Answer& a, const Answer& b) {
    const bool aNumber = a.type == Answer::Type::Integer || a.type == Answer::Type::Decimal;
    const bool bNumber = b.type == Answer::Type::Integer || b.type == Answer::Type::Decimal;
    if (aNumber && bNumber) {
        const double x = a.type == Answer::Type::Integer ? double(a.integer) : a.decimal;
        const double y = b.type == Answer::Type::Integer ? double(b.integer) : b.decimal;
        return std::abs(x - y) < kEpsilon;
    }
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case Answer::Type::Boolean:
        return a.boolean == b.boolean;
    case Answer::Type::String:
        return a.string == b.string;
    case Answer::Type::Coding:
        // The display is for people; the system and code are the answer.
        return a.coding.code == b.coding.code &&
               (a.coding.system.isEmpty() || b.coding.system.isEmpty() ||
                a.coding.system == b.coding.system);
    default:
        return false;
    }
}

std::optional<double> plainNumber(const Answer& a) {
    if (a.type == Answer::Type::Integer)
        return double(a.integer);
    if (a.type == Answer::Type::Decimal)
        return a.decimal;
    return std::nullopt;
}

bool itemEnabled(const Questionnaire& q, const Item& item, const Answers& answers);

// The answer to `linkId`, counted only while that item is itself enabled.
const Answer* liveAnswer(const Questionnaire& q, const QString& linkId, const Answers& answers) {
    const auto it = answers.find(linkId);
    if (it == answers.end())
        return nullptr;
    const Item* question = q.find(linkId);
    if (!question || !itemEnabled(q, *question, answers))
        return nullptr;
    return &it->second;
}

bool conditionHolds(const Questionnaire& q, const EnableWhen& c, const Answers& answers) {
    const Answer* given = liveAnswer(q, c.question, answers);
    if (c.op == EnableWhen::Operator::Exists)
        return (given != nullptr) == (c.answer && c.answer->boolean);
    // An unanswered question satisfies no comparison (FHIR R4 enableWhen semantics).
    if (!given || !c.answer)
        return false;
    switch (c.op) {
    case EnableWhen::Operator::Equal:
        return sameAnswer(*given, *c.answer);
    case EnableWhen::Operator::NotEqual:
        return !sameAnswer(*given, *c.answer);
    default:
        break;
    }
    const std::optional<double> x = plainNumber(*given);
    const std::optional<double> y = plainNumber(*c.answer);
    if (!x || !y)
        return false;
    switch (c.op) {
    case EnableWhen::Operator::Greater:
        return *x > *y;
    case EnableWhen::Operator::Less:
        return *x < *y;
    case EnableWhen::Operator::GreaterOrEqual:
        return *x >= *y;
    case EnableWhen::Operator::LessOrEqual:
        return *x <= *y;
    default:
        return false;
    }
}

bool ownConditionsHold(const Questionnaire& q, const Item& item, const Answers& answers) {
    if (item.enableWhen.empty())
        return true;
    for (const EnableWhen& c : item.enableWhen) {
        const bool holds = conditionHolds(q, c, answers);
        if (item.enableWhenAll && !holds)
            return false;
        if (!item.enableWhenAll && holds)
            return true;
    }
    return item.enableWhenAll;
}

bool itemEnabled(const Questionnaire& q, const Item& item, const Answers& answers) {
    std::vector<const Item*> path;
    if (!pathTo(q.items, &item, path)) {
        // A copy of the item rather than one of the questionnaire's own: find it by linkId.
        const Item* own = q.find(item.linkId);
        if (!own || !pathTo(q.items, own, path))
            return false;
    }
    // enableWhen may only point at earlier items (checked when read), so this terminates.
    for (const Item* step : path)
        if (!ownConditionsHold(q, *step, answers))
            return false;
    return true;
}

double roundHalfAwayFromZero(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    // The nudge keeps 2.45 (stored as 2.4499999...) rounding like the 2.45 a person computes.
    const double scaled = value * scale;
    return std::round(scaled + std::copysign(kEpsilon * std::max(1.0, std::abs(scaled)), scaled)) /
           scale;
}

QString numberText(double value) {
    return QString::number(value, 'g', 10);
}

// --- reading the rules -----------------------------------------------------------------------

class RulesReader {
public:
    RulesReader(const Questionnaire& q, QString source)
        : m_q(q)
        , m_source(std::move(source)) {}

    ScoreRule readRule(const QJsonObject& json, QSet<QString>& ids) {
        ScoreRule rule;
        rule.id = json.value(QLatin1String("id")).toString();
        if (rule.id.isEmpty())
            refuse(m_source, ScoringReader::tr("a score has no id."));
        if (ids.contains(rule.id))
            refuse(m_source, ScoringReader::tr("the score id '%1' is used twice.").arg(rule.id));
        ids.insert(rule.id);
        rule.title = json.value(QLatin1String("title")).toString();
        if (rule.title.isEmpty())
            refuse(m_source, ScoringReader::tr("score '%1' has no title.").arg(rule.id));

        const QString method = json.value(QLatin1String("method")).toString();
        if (method == QLatin1String("sum"))
            rule.method = ScoreRule::Method::Sum;
        else if (method == QLatin1String("mean"))
            rule.method = ScoreRule::Method::Mean;
        else
            refuse(m_source,
                   ScoringReader::tr("score '%1' has the method '%2' (sum or mean expected).")
                       .arg(rule.id, method));

        readItems(json, rule);
        readMissing(json, rule);
        readRange(json, rule);
        readCode(json, rule);
        readBands(json, rule);
        readChange(json, rule);
        return rule;
    }

    SafetyRule readSafety(const QJsonObject& json) {
        SafetyRule rule;
        rule.linkId = json.value(QLatin1String("item")).toString();
        const Item* item = m_q.find(rule.linkId);
        if (!item)
            refuse(m_source, ScoringReader::tr("a safety rule watches the item '%1', which the "
                                               "questionnaire does not have.")
                                 .arg(rule.linkId));
        if (!scorable(*item))
            refuse(m_source,
                   ScoringReader::tr("a safety rule watches the item '%1', which has no numeric "
                                     "value.")
                       .arg(rule.linkId));
        const QJsonValue above = json.value(QLatin1String("above"));
        if (!above.isDouble())
            refuse(m_source,
                   ScoringReader::tr("the safety rule on item '%1' has no numeric 'above'.")
                       .arg(rule.linkId));
        rule.above = above.toDouble();
        return rule;
    }

private:
    static bool scorable(const Item& item) {
        if (item.type == ItemType::Integer || item.type == ItemType::Decimal)
            return true;
        if (item.type != ItemType::Choice)
            return false;
        for (const AnswerOption& option : item.options)
            if (!option.ordinal)
                return false;
        return true;
    }

    QStringList stringList(const QJsonValue& value, const ScoreRule& rule, const char* field) {
        if (!value.isUndefined() && !value.isArray())
            refuse(m_source, ScoringReader::tr("score '%1': '%2' must be a list of linkIds.")
                                 .arg(rule.id, QLatin1String(field)));
        QStringList out;
        for (const QJsonValue& v : value.toArray()) {
            if (!v.isString())
                refuse(m_source, ScoringReader::tr("score '%1': '%2' must be a list of linkIds.")
                                     .arg(rule.id, QLatin1String(field)));
            out.append(v.toString());
        }
        return out;
    }

    void readItems(const QJsonObject& json, ScoreRule& rule) {
        rule.items = stringList(json.value(QLatin1String("items")), rule, "items");
        if (rule.items.isEmpty())
            refuse(m_source, ScoringReader::tr("score '%1' counts no items.").arg(rule.id));
        QSet<QString> seen;
        for (const QString& linkId : rule.items) {
            const Item* item = m_q.find(linkId);
            if (!item)
                refuse(m_source, ScoringReader::tr("score '%1' counts the item '%2', which the "
                                                   "questionnaire does not have.")
                                     .arg(rule.id, linkId));
            if (!scorable(*item))
                refuse(m_source,
                       ScoringReader::tr("score '%1' counts the item '%2', which has no numeric "
                                         "value (a number, or options that all carry an "
                                         "ordinal value).")
                           .arg(rule.id, linkId));
            if (seen.contains(linkId))
                refuse(m_source, ScoringReader::tr("score '%1' counts the item '%2' twice.")
                                     .arg(rule.id, linkId));
            seen.insert(linkId);
        }
        rule.reversed = stringList(json.value(QLatin1String("reversed")), rule, "reversed");
        for (const QString& linkId : rule.reversed)
            if (!seen.contains(linkId))
                refuse(m_source,
                       ScoringReader::tr("score '%1' reverses the item '%2', which it does not "
                                         "count.")
                           .arg(rule.id, linkId));
        if (!rule.reversed.isEmpty()) {
            const QJsonValue min = json.value(QLatin1String("reverseMin"));
            const QJsonValue max = json.value(QLatin1String("reverseMax"));
            if (!min.isDouble() || !max.isDouble() || min.toDouble() >= max.toDouble())
                refuse(m_source,
                       ScoringReader::tr("score '%1' reverses items but has no reverseMin below "
                                         "its reverseMax.")
                           .arg(rule.id));
            rule.reverseMin = min.toDouble();
            rule.reverseMax = max.toDouble();
        }
    }

    void readMissing(const QJsonObject& json, ScoreRule& rule) {
        const QJsonValue maxMissing = json.value(QLatin1String("maxMissing"));
        if (!maxMissing.isUndefined() &&
            (!maxMissing.isDouble() || maxMissing.toDouble() != std::floor(maxMissing.toDouble())))
            refuse(m_source,
                   ScoringReader::tr("score '%1' has a maxMissing that is not a whole number.")
                       .arg(rule.id));
        rule.maxMissing = maxMissing.toInt(0);
        if (rule.maxMissing < 0 || rule.maxMissing >= rule.items.size())
            refuse(m_source, ScoringReader::tr("score '%1' allows %2 missing items out of %3.")
                                 .arg(rule.id)
                                 .arg(rule.maxMissing)
                                 .arg(rule.items.size()));
        const QString missing = json.value(QLatin1String("missing")).toString();
        if (missing.isEmpty() || missing == QLatin1String("no-score"))
            rule.missing = ScoreRule::Missing::NoScore;
        else if (missing == QLatin1String("prorate"))
            rule.missing = ScoreRule::Missing::Prorate;
        else
            refuse(m_source,
                   ScoringReader::tr("score '%1' has the missing rule '%2' (no-score or prorate "
                                     "expected).")
                       .arg(rule.id, missing));
        if (rule.maxMissing > 0 && rule.missing == ScoreRule::Missing::NoScore)
            refuse(m_source,
                   ScoringReader::tr("score '%1' allows missing items but gives no score when "
                                     "one is missing (set missing to prorate).")
                       .arg(rule.id));
    }

    void readRange(const QJsonObject& json, ScoreRule& rule) {
        const QJsonValue decimals = json.value(QLatin1String("decimals"));
        rule.decimals = decimals.toInt(0);
        if (!decimals.isUndefined() &&
            (!decimals.isDouble() || rule.decimals < 0 || rule.decimals > 4 ||
             decimals.toDouble() != double(rule.decimals)))
            refuse(m_source,
                   ScoringReader::tr("score '%1' has decimals outside 0 to 4.").arg(rule.id));
        const QJsonValue minimum = json.value(QLatin1String("minimum"));
        const QJsonValue maximum = json.value(QLatin1String("maximum"));
        if (!minimum.isDouble() || !maximum.isDouble() || minimum.toDouble() >= maximum.toDouble())
            refuse(m_source,
                   ScoringReader::tr("score '%1' needs a minimum below its maximum.").arg(rule.id));
        rule.minimum = minimum.toDouble();
        rule.maximum = maximum.toDouble();
        const QJsonValue worse = json.value(QLatin1String("higherIsWorse"));
        if (!worse.isBool())
            refuse(m_source, ScoringReader::tr("score '%1' does not say whether higher is worse "
                                               "(higherIsWorse).")
                                 .arg(rule.id));
        rule.higherIsWorse = worse.toBool();
    }

    void readCode(const QJsonObject& json, ScoreRule& rule) {
        const QJsonValue code = json.value(QLatin1String("code"));
        if (code.isUndefined() || code.isNull())
            return;
        const QJsonObject c = code.toObject();
        Coding coding{c.value(QLatin1String("system")).toString(),
                      c.value(QLatin1String("code")).toString(),
                      c.value(QLatin1String("display")).toString()};
        if (coding.system.isEmpty() || coding.code.isEmpty())
            refuse(
                m_source,
                ScoringReader::tr("score '%1' has a code without a system or code.").arg(rule.id));
        rule.code = coding;
    }

    void readBands(const QJsonObject& json, ScoreRule& rule) {
        const QJsonValue bandsValue = json.value(QLatin1String("bands"));
        if (!bandsValue.isUndefined() && !bandsValue.isArray())
            refuse(m_source, ScoringReader::tr("score '%1': 'bands' must be a list.").arg(rule.id));
        const QJsonArray bands = bandsValue.toArray();
        // Bands meet at the score's resolution: 0-4 then 5-9 for whole numbers, 0-3.9 then
        // 4.0-6.9 with one decimal.
        const double step = std::pow(10.0, -rule.decimals);
        for (int i = 0; i < bands.size(); ++i) {
            const QJsonObject b = bands.at(i).toObject();
            const QJsonValue from = b.value(QLatin1String("from"));
            const QJsonValue to = b.value(QLatin1String("to"));
            Band band;
            band.label = b.value(QLatin1String("label")).toString();
            band.meaning = b.value(QLatin1String("meaning")).toString();
            if (band.label.isEmpty())
                refuse(
                    m_source,
                    ScoringReader::tr("score '%1': band %2 has no label.").arg(rule.id).arg(i + 1));
            if (!from.isDouble() || !to.isDouble() || from.toDouble() > to.toDouble())
                refuse(m_source,
                       ScoringReader::tr("score '%1': band '%2' needs a 'from' no higher than its "
                                         "'to'.")
                           .arg(rule.id, band.label));
            band.from = from.toDouble();
            band.to = to.toDouble();
            if (band.from < rule.minimum - kEpsilon || band.to > rule.maximum + kEpsilon)
                refuse(m_source,
                       ScoringReader::tr("score '%1': band '%2' (%3 to %4) lies outside the "
                                         "score's range (%5 to %6).")
                           .arg(rule.id, band.label, numberText(band.from), numberText(band.to),
                                numberText(rule.minimum), numberText(rule.maximum)));
            if (!rule.bands.empty()) {
                const Band& previous = rule.bands.back();
                if (band.from <= previous.to + kEpsilon)
                    refuse(m_source, ScoringReader::tr("score '%1': bands '%2' and '%3' overlap.")
                                         .arg(rule.id, previous.label, band.label));
                if (band.from > previous.to + step + kEpsilon)
                    refuse(m_source,
                           ScoringReader::tr("score '%1': there is a gap between bands '%2' and "
                                             "'%3'.")
                               .arg(rule.id, previous.label, band.label));
            }
            rule.bands.push_back(band);
        }
        if (!rule.bands.empty() && (std::abs(rule.bands.front().from - rule.minimum) > kEpsilon ||
                                    std::abs(rule.bands.back().to - rule.maximum) > kEpsilon))
            refuse(m_source,
                   ScoringReader::tr("score '%1': the bands do not cover the whole range (%2 to "
                                     "%3).")
                       .arg(rule.id, numberText(rule.minimum), numberText(rule.maximum)));
    }

    void readChange(const QJsonObject& json, ScoreRule& rule) {
        const QJsonObject change = json.value(QLatin1String("meaningfulChange")).toObject();
        const QJsonValue points = change.value(QLatin1String("points"));
        const QJsonValue percent = change.value(QLatin1String("percent"));
        if (!points.isUndefined()) {
            if (!points.isDouble() || points.toDouble() <= 0)
                refuse(m_source,
                       ScoringReader::tr("score '%1' has a meaningful change in points that is "
                                         "not above 0.")
                           .arg(rule.id));
            rule.meaningfulChangePoints = points.toDouble();
        }
        if (!percent.isUndefined()) {
            if (!percent.isDouble() || percent.toDouble() <= 0)
                refuse(m_source,
                       ScoringReader::tr("score '%1' has a meaningful change in percent that is "
                                         "not above 0.")
                           .arg(rule.id));
            rule.meaningfulChangePercent = percent.toDouble();
        }
    }

    const Questionnaire& m_q;
    QString m_source;
};

} // namespace

bool isEnabled(const Questionnaire& questionnaire, const Item& item, const Answers& answers) {
    return itemEnabled(questionnaire, item, answers);
}

std::optional<double> numericValue(const Item& item, const Answer& answer) {
    switch (item.type) {
    case ItemType::Choice:
        if (answer.type != Answer::Type::Coding)
            return std::nullopt;
        for (const AnswerOption& option : item.options)
            if (option.coding.code == answer.coding.code &&
                (answer.coding.system.isEmpty() || option.coding.system == answer.coding.system))
                return option.ordinal;
        return std::nullopt;
    case ItemType::Integer:
    case ItemType::Decimal:
        return plainNumber(answer);
    default:
        return std::nullopt;
    }
}

std::vector<Score> score(const Questionnaire& questionnaire, const ScoringRules& rules,
                         const Answers& answers) {
    std::vector<Score> scores;
    for (const ScoreRule& rule : rules.scores) {
        Score s;
        s.ruleId = rule.id;
        double sum = 0;
        for (const QString& linkId : rule.items) {
            const Item* item = questionnaire.find(linkId);
            const auto it = answers.find(linkId);
            std::optional<double> value;
            if (item && it != answers.end())
                value = numericValue(*item, it->second);
            if (!value) {
                ++s.missing;
                continue;
            }
            if (rule.reversed.contains(linkId))
                value = rule.reverseMin + rule.reverseMax - *value;
            sum += *value;
            ++s.answered;
        }
        const int itemCount = int(rule.items.size());
        std::optional<double> raw;
        if (s.answered > 0 && s.missing <= rule.maxMissing) {
            const double mean = sum / s.answered;
            if (s.missing == 0) {
                raw = rule.method == ScoreRule::Method::Sum ? sum : mean;
            } else if (rule.missing == ScoreRule::Missing::Prorate) {
                // Prorating: the answered items' mean stands in for the missing ones.
                raw = rule.method == ScoreRule::Method::Sum ? mean * itemCount : mean;
                s.prorated = true;
            }
        }
        if (raw) {
            s.value = roundHalfAwayFromZero(*raw, rule.decimals);
            for (int i = 0; i < int(rule.bands.size()); ++i)
                if (*s.value >= rule.bands[i].from - kEpsilon &&
                    *s.value <= rule.bands[i].to + kEpsilon) {
                    s.band = i;
                    break;
                }
        }
        scores.push_back(s);
    }
    return scores;
}

QStringList safetyConcerns(const Questionnaire& questionnaire, const ScoringRules& rules,
                           const Answers& answers) {
    QStringList concerns;
    for (const SafetyRule& rule : rules.safety) {
        const Item* item = questionnaire.find(rule.linkId);
        const auto it = answers.find(rule.linkId);
        if (!item || it == answers.end() || concerns.contains(rule.linkId))
            continue;
        const std::optional<double> value = numericValue(*item, it->second);
        if (value && *value > rule.above)
            concerns.append(rule.linkId);
    }
    return concerns;
}

Change changeSince(const ScoreRule& rule, double baseline, double latest) {
    Change change;
    change.delta = latest - baseline;
    const double size = std::abs(change.delta);
    if (size < kEpsilon)
        return change;
    change.better = rule.higherIsWorse ? change.delta < 0 : change.delta > 0;
    if (rule.meaningfulChangePoints && size + kEpsilon >= *rule.meaningfulChangePoints)
        change.meaningful = true;
    // A percentage of a zero baseline is undefined: only the points threshold can apply.
    if (rule.meaningfulChangePercent && std::abs(baseline) > kEpsilon &&
        size / std::abs(baseline) * 100.0 + kEpsilon >= *rule.meaningfulChangePercent)
        change.meaningful = true;
    return change;
}

ScoringRules ScoringRules::fromJson(const QJsonObject& json, const Questionnaire& questionnaire,
                                    const QString& source) {
    if (json.value(QLatin1String("schema")).toString() != kSchema)
        refuse(source, ScoringReader::tr("the file does not declare the schema %1.").arg(kSchema));
    const QString url = json.value(QLatin1String("questionnaire")).toString();
    if (url != questionnaire.url)
        refuse(source, ScoringReader::tr("the rules are for the questionnaire '%1', not '%2'.")
                           .arg(url, questionnaire.url));
    const QJsonValue scores = json.value(QLatin1String("scores"));
    const QJsonValue safety = json.value(QLatin1String("safety"));
    if (!scores.isArray() || (!safety.isUndefined() && !safety.isArray()))
        refuse(source, ScoringReader::tr("'scores' and 'safety' must be lists."));

    RulesReader reader(questionnaire, source);
    ScoringRules rules;
    QSet<QString> ids;
    for (const QJsonValue& v : scores.toArray())
        rules.scores.push_back(reader.readRule(v.toObject(), ids));
    for (const QJsonValue& v : safety.toArray())
        rules.safety.push_back(reader.readSafety(v.toObject()));
    return rules;
}

ScoringRules ScoringRules::defaultFor(const Questionnaire& questionnaire) {
    ScoreRule rule;
    rule.id = QStringLiteral("total");
    rule.title = ScoringReader::tr("Total score");
    rule.method = ScoreRule::Method::Sum;
    for (const Item* item : questionnaire.allItems()) {
        if (item->type != ItemType::Choice)
            continue;
        double low = 0;
        double high = 0;
        bool first = true;
        for (const AnswerOption& option : item->options) {
            if (!option.ordinal)
                return {}; // an option without a score: nothing sensible to add up
            low = first ? *option.ordinal : std::min(low, *option.ordinal);
            high = first ? *option.ordinal : std::max(high, *option.ordinal);
            first = false;
        }
        rule.items.append(item->linkId);
        rule.minimum += low;
        rule.maximum += high;
    }
    if (rule.items.isEmpty())
        return {};
    ScoringRules rules;
    rules.scores.push_back(rule);
    return rules;
}

} // namespace pacewise::measures
