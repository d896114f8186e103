#pragma once

#include "measures/Questionnaire.h"

#include <QJsonObject>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace pacewise::measures {

// The answers of one response, by linkId. Items that are disabled by enableWhen are never in here
// (QuestionnaireResponse drops them too).
using Answers = std::map<QString, Answer>;

// Whether an item is enabled given the answers so far (enableWhen / enableBehavior; an item
// under a disabled group is disabled).
bool isEnabled(const Questionnaire& questionnaire, const Item& item, const Answers& answers);

struct Band {
    double from = 0; // inclusive
    double to = 0;   // inclusive
    QString label;   // "Mild", in the definition's language
    QString meaning; // one plain sentence for the patient, may be empty
};

// How one score is computed. Scoring rules live beside the Questionnaire:
// resources/measures/<id>.scoring.json (documented in resources/measures/README.md).
struct ScoreRule {
    enum class Method { Sum, Mean };
    enum class Missing { NoScore, Prorate }; // when some items are unanswered but <= maxMissing

    QString id;    // "total", "mean", a subscale name
    QString title; // "Total score"
    Method method = Method::Sum;
    QStringList items;    // linkIds counted
    QStringList reversed; // linkIds scored as (reverseMin + reverseMax - value)
    double reverseMin = 0;
    double reverseMax = 0;
    int maxMissing = 0; // more missing items than this: no score
    Missing missing = Missing::NoScore;
    int decimals = 0;   // rounding of the result (half away from zero)
    double minimum = 0; // the scale's range, for charts
    double maximum = 0;
    bool higherIsWorse = true;
    std::optional<Coding> code; // the LOINC code of the score Observation, e.g. 44261-6
    std::vector<Band> bands;    // ordered, covering [minimum, maximum]
    std::optional<double> meaningfulChangePoints;  // e.g. 5 for PHQ-9
    std::optional<double> meaningfulChangePercent; // e.g. 30 for PEG (relative to baseline)
};

// Any answer above `above` to item `linkId` must show crisis resources at once.
struct SafetyRule {
    QString linkId;
    double above = 0;
};

struct ScoringRules {
    std::vector<ScoreRule> scores; // the first is the headline score
    std::vector<SafetyRule> safety;

    // Throws Error(InvalidInput) naming `source` and the problem (unknown linkId, bands that
    // overlap or leave gaps, a reversed item not counted, ...), checked against `questionnaire`.
    static ScoringRules fromJson(const QJsonObject& json, const Questionnaire& questionnaire,
                                 const QString& source);
    // For a questionnaire without rules (a clinic's): one "total" sum over every choice item when
    // each option carries an ordinal value (no missing item allowed); no score otherwise.
    static ScoringRules defaultFor(const Questionnaire& questionnaire);
};

struct Score {
    QString ruleId;
    std::optional<double> value; // nullopt: too many items missing
    int answered = 0;
    int missing = 0;
    bool prorated = false;
    int band = -1; // index into the rule's bands; -1 when no value or no bands
};

// The item's numeric value for scoring: the option's ordinal, or the integer/decimal answer;
// nullopt for anything else.
std::optional<double> numericValue(const Item& item, const Answer& answer);

std::vector<Score> score(const Questionnaire& questionnaire, const ScoringRules& rules,
                         const Answers& answers);

// linkIds whose answer breaks a safety rule (empty: none).
QStringList safetyConcerns(const Questionnaire& questionnaire, const ScoringRules& rules,
                           const Answers& answers);

struct Change {
    double delta = 0; // latest - baseline
    bool meaningful = false;
    bool better = false; // in the good direction for this rule
};
// Meaningful when |delta| reaches the rule's points threshold, or its percent of the baseline
// (either suffices); never meaningful without a threshold.
Change changeSince(const ScoreRule& rule, double baseline, double latest);

} // namespace pacewise::measures
