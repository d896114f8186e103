#include "fhir/MeasureResources.h"

#include "error/Error.h"
#include "fhir/DiaryObservation.h"
#include "fhir/FhirElements.h"
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "safety/SafetyEvents.h"

#include <QJsonArray>
#include <cmath>
#include <cstdlib>

namespace pacewise::fhir {
namespace {

const QString kFlagCategory = QStringLiteral("http://terminology.hl7.org/CodeSystem/flag-category");
const QString kCommunicationCategory =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/communication-category");
const QString kSafetyCodeSystem = QStringLiteral("https://pacewise.app/fhir/CodeSystem/safety");
const QString kScoreCodeSystem =
    QStringLiteral("https://pacewise.app/fhir/CodeSystem/measure-score");

QJsonArray identifier(const char* kind, const QString& id) {
    return QJsonArray{QJsonObject{{QLatin1String("system"), identifierSystem(QLatin1String(kind))},
                                  {QLatin1String("value"), id}}};
}

// A reference by the identifier Pacewise gave the resource: the server's id may not be known yet
// (the record may travel in the same batch, or later).
QJsonObject logicalReference(const char* kind, const QString& id, const char* type) {
    return QJsonObject{{QLatin1String("type"), QLatin1String(type)},
                       {QLatin1String("identifier"), identifier(kind, id).first()}};
}

QJsonObject reference(const QString& target) {
    return QJsonObject{{QLatin1String("reference"), target}};
}

[[noreturn]] void internal(const char* what) {
    throw Error(ErrorCode::Internal, QStringLiteral("Internal error."), QLatin1String(what));
}

// FHIR's answer element as the engine writes it, cleaned of what a server refuses: control
// characters in a string, and an empty string or code is no answer at all (empty: nothing).
QJsonObject answerElement(const measures::Answer& answer) {
    using Type = measures::Answer::Type;
    if (answer.type == Type::String) {
        const QString text = fhirString(answer.string);
        if (text.isEmpty())
            return {};
        return {{QLatin1String("valueString"), text}};
    }
    if (answer.type == Type::Coding && answer.coding.code.isEmpty())
        return {};
    return answer.toFhir();
}

QJsonObject answeredItem(const QString& linkId, const QString& text,
                         const measures::Answer& answer) {
    const QJsonObject value = answerElement(answer);
    if (value.isEmpty())
        return {};
    QJsonObject item{{QLatin1String("linkId"), linkId}};
    if (const QString t = fhirString(text); !t.isEmpty())
        item.insert(QLatin1String("text"), t);
    item.insert(QLatin1String("answer"), QJsonArray{value});
    return item;
}

// The response's items nested as the definition's: answered questions, and groups holding at
// least one. Disabled items have no answer (the store drops them), displays never have one.
QJsonArray responseItems(const std::vector<measures::Item>& items,
                         const measures::Answers& answers) {
    QJsonArray out;
    for (const measures::Item& item : items) {
        if (item.type == measures::ItemType::Display)
            continue;
        if (item.type == measures::ItemType::Group) {
            const QJsonArray children = responseItems(item.items, answers);
            if (children.isEmpty())
                continue;
            QJsonObject group{{QLatin1String("linkId"), item.linkId}};
            if (const QString t = fhirString(item.text); !t.isEmpty())
                group.insert(QLatin1String("text"), t);
            group.insert(QLatin1String("item"), children);
            out.append(group);
            continue;
        }
        const auto found = answers.find(item.linkId);
        if (found == answers.end())
            continue;
        if (const QJsonObject answered = answeredItem(item.linkId, item.text, found->second);
            !answered.isEmpty())
            out.append(answered);
    }
    return out;
}

const measures::Score* scoreOf(const measures::Response& response, const QString& ruleId) {
    for (const measures::Score& score : response.scores) {
        if (score.ruleId == ruleId)
            return &score;
    }
    return nullptr;
}

QString measureTitle(const measures::Measure& measure) {
    const QString title = fhirString(measure.questionnaire.title);
    if (!title.isEmpty())
        return title;
    const QString name = fhirString(measure.questionnaire.name);
    return name.isEmpty() ? measure.id : name;
}

// "PHQ-9 total score" says it all; a clinic's "Total score" needs its questionnaire's title.
QString scoreText(const measures::Measure& measure, const measures::ScoreRule& rule) {
    const QString title = fhirString(rule.title);
    if (rule.code && !title.isEmpty())
        return title;
    return measureTitle(measure) + QStringLiteral(": ") + (title.isEmpty() ? rule.id : title);
}

QJsonObject scoreConcept(const measures::Measure& measure, const measures::ScoreRule& rule) {
    if (rule.code)
        return codeableConcept(coding(rule.code->system, rule.code->code, rule.code->display),
                               scoreText(measure, rule));
    // A score no standard code names (a clinic's questionnaire): our code, unique per measure.
    return codeableConcept(coding(kScoreCodeSystem, measure.id + QLatin1Char('.') + rule.id),
                           scoreText(measure, rule));
}

// valueInteger for a whole-number score (PHQ-9 total), valueQuantity for one with decimals (PEG).
void putValue(QJsonObject& target, const measures::ScoreRule& rule, double value) {
    if (rule.decimals == 0 && value == std::round(value) && std::abs(value) < 1e9) {
        target.insert(QLatin1String("valueInteger"), qint64(std::llround(value)));
        return;
    }
    target.insert(QLatin1String("valueQuantity"),
                  QJsonObject{{QLatin1String("value"), value},
                              {QLatin1String("unit"), QLatin1String("score")},
                              {QLatin1String("system"), kUcumSystem},
                              {QLatin1String("code"), QLatin1String("{score}")}});
}

QString bandLabel(const measures::ScoreRule& rule, const measures::Score& score) {
    if (score.band < 0 || score.band >= int(rule.bands.size()))
        return {};
    return fhirString(rule.bands[std::size_t(score.band)].label);
}

bool isPhq9Item9(const safety::SafetyEvent& event) {
    return event.measureId == QLatin1String("phq-9") && event.linkId == QLatin1String("9");
}

// The clinic reads this, so English; the answer is the PHQ-9's own wording, never free text.
QString phq9Frequency(int value) {
    switch (value) {
    case 0:
        return QStringLiteral("Not at all");
    case 1:
        return QStringLiteral("Several days");
    case 2:
        return QStringLiteral("More than half the days");
    case 3:
        return QStringLiteral("Nearly every day");
    default:
        return {};
    }
}

QString eventDescription(const safety::SafetyEvent& event) {
    if (isPhq9Item9(event)) {
        const QString frequency = phq9Frequency(event.answerValue);
        return QStringLiteral("PHQ-9 item 9 (thoughts that they would be better off dead, or of "
                              "hurting themselves) answered %1")
            .arg(frequency.isEmpty()
                     ? QString::number(event.answerValue)
                     : QStringLiteral("'%1' (%2 of 3)").arg(frequency).arg(event.answerValue));
    }
    return QStringLiteral("Item %1 of questionnaire %2 answered %3, above its safety threshold")
        .arg(event.linkId, event.measureId)
        .arg(event.answerValue);
}

QJsonObject safetyCode(const safety::SafetyEvent& event) {
    if (isPhq9Item9(event))
        return codeableConcept(coding(kSafetyCodeSystem, QStringLiteral("phq9-item9-positive"),
                                      QStringLiteral("PHQ-9 item 9 answered above 0")),
                               QStringLiteral("Positive answer to PHQ-9 item 9 (self-harm)"));
    return codeableConcept(
        coding(kSafetyCodeSystem, QStringLiteral("safety-item-positive"),
               QStringLiteral("Answer above a safety threshold")),
        QStringLiteral("Answer of concern on %1 item %2").arg(event.measureId, event.linkId));
}

void checkEvent(const safety::SafetyEvent& event, const QString& patientReference) {
    if (event.id.isEmpty() || event.responseId.isEmpty() || !event.raisedAt.isValid() ||
        patientReference.isEmpty())
        internal("safety resource: an event without id, response or time, or no patient");
}

} // namespace

QJsonObject questionnaireResponse(const measures::Measure& measure,
                                  const measures::Response& response,
                                  const QString& patientReference) {
    if (response.id.isEmpty() || !response.completed() || patientReference.isEmpty())
        internal("questionnaireResponse: a response without id, not completed, or no patient");
    const QString url =
        response.questionnaireUrl.isEmpty() ? measure.questionnaire.url : response.questionnaireUrl;
    const QString version = response.questionnaireUrl.isEmpty() ? measure.questionnaire.version
                                                                : response.questionnaireVersion;
    if (url.isEmpty())
        internal("questionnaireResponse: no questionnaire url");

    QJsonObject qr;
    qr.insert(QLatin1String("resourceType"), QLatin1String("QuestionnaireResponse"));
    // R4: QuestionnaireResponse.identifier is a single Identifier, not a list.
    qr.insert(QLatin1String("identifier"), identifier(kQuestionnaireResponseKind, response.id)[0]);
    qr.insert(QLatin1String("questionnaire"),
              version.isEmpty() ? url : url + QLatin1Char('|') + version);
    qr.insert(QLatin1String("status"), QLatin1String("completed"));
    qr.insert(QLatin1String("subject"), reference(patientReference));
    qr.insert(QLatin1String("authored"), fhirDateTime(response.completedAt, response.utcOffset));
    qr.insert(QLatin1String("author"), reference(patientReference));
    qr.insert(QLatin1String("source"), reference(patientReference));

    QJsonArray items = responseItems(measure.questionnaire.items, response.answers);
    if (measure.questionnaire.items.empty()) {
        // The definition is gone (a clinic questionnaire withdrawn): the answers still go, flat.
        for (const auto& [linkId, answer] : response.answers) {
            if (const QJsonObject answered = answeredItem(linkId, {}, answer); !answered.isEmpty())
                items.append(answered);
        }
    }
    if (!items.isEmpty())
        qr.insert(QLatin1String("item"), items);
    return qr;
}

QJsonObject scoreObservation(const measures::Measure& measure, const measures::Response& response,
                             const QString& patientReference) {
    if (response.id.isEmpty() || !response.completed() || patientReference.isEmpty())
        internal("scoreObservation: a response without id, not completed, or no patient");
    if (measure.rules.scores.empty())
        internal("scoreObservation: the measure has no score");
    const measures::ScoreRule& headline = measure.rules.scores.front();
    const measures::Score* headlineScore = scoreOf(response, headline.id);
    if (!headlineScore || !headlineScore->value)
        internal("scoreObservation: the headline score has no value");

    QJsonObject obs;
    obs.insert(QLatin1String("resourceType"), QLatin1String("Observation"));
    obs.insert(QLatin1String("identifier"), identifier(kMeasureScoreKind, response.id));
    obs.insert(QLatin1String("status"), QLatin1String("final"));
    obs.insert(
        QLatin1String("category"),
        QJsonArray{codeableConcept(coding(kObservationCategorySystem, QStringLiteral("survey"),
                                          QStringLiteral("Survey")))});
    if (!headline.code && !measure.questionnaire.codes.empty()) {
        // The panel names what was measured when the score has no code of its own.
        const measures::Coding& panel = measure.questionnaire.codes.front();
        obs.insert(QLatin1String("code"),
                   codeableConcept(coding(panel.system, panel.code, panel.display),
                                   scoreText(measure, headline)));
    } else {
        obs.insert(QLatin1String("code"), scoreConcept(measure, headline));
    }
    obs.insert(QLatin1String("subject"), reference(patientReference));
    obs.insert(QLatin1String("effectiveDateTime"),
               fhirDateTime(response.completedAt, response.utcOffset));
    obs.insert(QLatin1String("issued"), response.completedAt.toUTC().toString(Qt::ISODateWithMs));
    obs.insert(QLatin1String("performer"), QJsonArray{reference(patientReference)});
    putValue(obs, headline, *headlineScore->value);
    if (const QString label = bandLabel(headline, *headlineScore); !label.isEmpty())
        obs.insert(QLatin1String("interpretation"),
                   QJsonArray{QJsonObject{{QLatin1String("text"), label}}});
    if (headlineScore->prorated)
        obs.insert(
            QLatin1String("note"),
            QJsonArray{QJsonObject{{QLatin1String("text"),
                                    QStringLiteral("Prorated: %1 of %2 items answered.")
                                        .arg(headlineScore->answered)
                                        .arg(headlineScore->answered + headlineScore->missing)}}});

    QJsonArray components;
    for (std::size_t i = 1; i < measure.rules.scores.size(); ++i) {
        const measures::ScoreRule& rule = measure.rules.scores[i];
        const measures::Score* score = scoreOf(response, rule.id);
        if (!score || !score->value)
            continue; // a subscale without a value has nothing to say
        QJsonObject component{{QLatin1String("code"), scoreConcept(measure, rule)}};
        putValue(component, rule, *score->value);
        if (const QString label = bandLabel(rule, *score); !label.isEmpty())
            component.insert(QLatin1String("interpretation"),
                             QJsonArray{QJsonObject{{QLatin1String("text"), label}}});
        components.append(component);
    }
    if (!components.isEmpty())
        obs.insert(QLatin1String("component"), components);
    obs.insert(QLatin1String("derivedFrom"),
               QJsonArray{logicalReference(kQuestionnaireResponseKind, response.id,
                                           "QuestionnaireResponse")});
    return obs;
}

QJsonObject safetyFlag(const safety::SafetyEvent& event, const QString& patientReference) {
    checkEvent(event, patientReference);
    QJsonObject flag;
    flag.insert(QLatin1String("resourceType"), QLatin1String("Flag"));
    flag.insert(QLatin1String("identifier"), identifier(kSafetyFlagKind, event.id));
    flag.insert(QLatin1String("status"), QLatin1String("active"));
    flag.insert(QLatin1String("category"),
                QJsonArray{codeableConcept(
                    coding(kFlagCategory, QStringLiteral("safety"), QStringLiteral("Safety")))});
    flag.insert(QLatin1String("code"), safetyCode(event));
    flag.insert(QLatin1String("subject"), reference(patientReference));
    flag.insert(
        QLatin1String("period"),
        QJsonObject{{QLatin1String("start"), fhirDateTime(event.raisedAt, event.utcOffset)}});
    return flag;
}

QJsonObject safetyCommunication(const safety::SafetyEvent& event, const QString& patientReference) {
    checkEvent(event, patientReference);
    QJsonObject communication;
    communication.insert(QLatin1String("resourceType"), QLatin1String("Communication"));
    communication.insert(QLatin1String("identifier"),
                         identifier(kSafetyCommunicationKind, event.id));
    communication.insert(QLatin1String("status"), QLatin1String("completed"));
    communication.insert(
        QLatin1String("category"),
        QJsonArray{codeableConcept(
            coding(kCommunicationCategory, QStringLiteral("alert"), QStringLiteral("Alert")))});
    communication.insert(QLatin1String("priority"), QLatin1String("urgent"));
    communication.insert(QLatin1String("subject"), reference(patientReference));
    communication.insert(QLatin1String("about"),
                         QJsonArray{logicalReference(kQuestionnaireResponseKind, event.responseId,
                                                     "QuestionnaireResponse"),
                                    logicalReference(kSafetyFlagKind, event.id, "Flag")});
    const QString when = fhirDateTime(event.raisedAt, event.utcOffset);
    communication.insert(QLatin1String("sent"), when);
    communication.insert(QLatin1String("sender"), reference(patientReference));
    communication.insert(QLatin1String("reasonCode"), QJsonArray{safetyCode(event)});
    // One clinical sentence: what was answered and when, what the patient was shown. The
    // patient's own words never go in here (an alert may be read on a pager or a shared screen).
    communication.insert(
        QLatin1String("payload"),
        QJsonArray{QJsonObject{
            {QLatin1String("contentString"),
             QStringLiteral("Pacewise safety alert: %1 at %2. Pacewise showed the patient crisis "
                            "line information; nobody was alerted in real time. Please follow up "
                            "under your clinic's safety procedure.")
                 .arg(eventDescription(event), when)}}});
    return communication;
}

} // namespace pacewise::fhir
