// The FHIR the clinic sends, through the readers the app applies to it after a pull:
//  - a Questionnaire (core/measures/Questionnaire) as a clinic's measure: read, then answered
//    item by item the way the form would, checked, scored with the default rules and stored as
//    answer JSON and read back;
//  - a Task (core/homework/ClinicHomework) and a CarePlan (core/sync/ClinicDirectives: crisis
//    lines, measure schedule and module unlocks in extensions), stored in clinic_resources of a
//    real enrolled profile as the sync stores them, applied, and what they set read back
//    (homework rows, crisis lines, schedule, the measure library with the clinic's
//    questionnaires).
// The resource's own resourceType decides where it goes; the seeds are the golden files and the
// resources the sync tests make.
#include "FuzzProfile.h"
#include "homework/ClinicHomework.h"
#include "measures/MeasureLibrary.h"
#include "measures/Questionnaire.h"
#include "measures/Schedule.h"
#include "measures/Scoring.h"
#include "safety/CrisisLines.h"
#include "sync/ClinicDirectives.h"
#include "sync/SyncState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

using namespace pacewise;

namespace {

fuzz::FuzzProfile* profile = nullptr;

// The answer a person would most likely give to `item` through the form.
std::optional<measures::Answer> typicalAnswer(const measures::Item& item) {
    using measures::Answer;
    using measures::ItemType;
    switch (item.type) {
    case ItemType::Choice:
        if (item.options.empty())
            return std::nullopt;
        return Answer::ofCoding(item.options.front().coding);
    case ItemType::Integer: {
        // A bound beyond ±2^53 (or NaN) is the reader's to refuse or keep; converting it here
        // would be the harness's own undefined behaviour.
        const double bound = item.minValue.value_or(0);
        return Answer::ofInteger(std::abs(bound) < 9e15 ? qint64(bound) : 0);
    }
    case ItemType::Decimal:
        return Answer::ofDecimal(item.maxValue.value_or(1.5));
    case ItemType::Boolean:
        return Answer::ofBoolean(true);
    case ItemType::String:
        return Answer::ofString(QStringLiteral("a few words"));
    case ItemType::Date:
        return Answer::ofDate(QDate(2026, 1, 5));
    case ItemType::Time:
        return Answer::ofTime(QTime(8, 30));
    case ItemType::Group:
    case ItemType::Display:
        break;
    }
    return std::nullopt;
}

void questionnaire(const QJsonObject& json) {
    fuzz::expectOnlyErrors([&] {
        const measures::Questionnaire q = measures::Questionnaire::fromJson(
            json, QStringLiteral("the clinic (Questionnaire/fuzz)"));
        measures::Answers answers;
        for (const measures::Item* item : q.allItems()) {
            if (item->takesAnswer())
                if (std::optional<measures::Answer> answer = typicalAnswer(*item))
                    answers.emplace(item->linkId, *answer);
        }
        (void)q.firstUnansweredRequired(answers);
        const measures::ScoringRules rules = measures::ScoringRules::defaultFor(q);
        const measures::Answers checked = q.checkedAnswers(answers);
        (void)measures::score(q, rules, checked);
        (void)measures::safetyConcerns(q, rules, checked);
        if (measures::answersFromJson(measures::answersToJson(checked)) != checked)
            fuzz::finding("checked answers do not survive their own JSON");
    });
}

void clinicResource(const QJsonObject& json, const QString& type) {
    fuzz::expectOnlyErrors([&] {
        store::Database& db = profile->db();
        sync::SyncState(db).storeClinicResource(json);
        if (type == QLatin1String("CarePlan")) {
            (void)sync::ClinicDirectives::apply(db);
            (void)safety::CrisisLines::forProfile(db);
            (void)measures::Schedule::current(db);
        } else if (type == QLatin1String("Task")) {
            (void)homework::ClinicHomework::apply(db);
        } else {
            (void)measures::MeasureLibrary::load(db);
        }
    });
    profile->restore();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialise(argc, argv);
    profile = new fuzz::FuzzProfile("fhir_clinic");
    profile->snapshot();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject json = document.object();
    const QString type = json.value(QLatin1String("resourceType")).toString();
    if (type == QLatin1String("Questionnaire")) {
        questionnaire(json);
        clinicResource(json, type);
    } else if (type == QLatin1String("Task") || type == QLatin1String("CarePlan")) {
        clinicResource(json, type);
    } else {
        // Anything else is read as a Questionnaire too: it must be refused with an Error.
        questionnaire(json);
    }
    return 0;
}
