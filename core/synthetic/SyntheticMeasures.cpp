#include "synthetic/SyntheticMeasures.h"

#include "error/Error.h"
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "store/Database.h"
#include "synthetic/SeededRandom.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace pacewise::synthetic {
namespace {

using measures::Answer;
using measures::Answers;
using measures::Item;
using measures::ItemType;
using measures::Measure;
using measures::Response;

// How one instrument is asked and how its answers move. Severity is the share of the scale
// (0 best, 1 worst) the patient sits at; it falls linearly from `from` to `to` over the years,
// like the diary's pain. Adherence is the share of occasions answered; it wanes.
struct Plan {
    const char* measureId;
    int everyDays;
    int firstDay; // days after the start of the history
    double from;
    double to;
    double adherenceFrom;
    double adherenceTo;
};

// PHQ-9 and GAD-7 are asked together (one sitting, both answered or neither).
constexpr std::array kPlans{
    Plan{"peg", 7, 0, 0.66, 0.40, 0.88, 0.70},
    Plan{"phq-9", 14, 0, 0.46, 0.22, 0.76, 0.58},
    Plan{"gad-7", 14, 0, 0.48, 0.24, 0.76, 0.58},
    // PGIC asks for change since the start: not at baseline; "no change" (0.5) at first.
    Plan{"pgic", 30, 30, 0.50, 0.22, 0.75, 0.55},
};

// PHQ-9 item 9 (thoughts of self-harm) is always "Not at all": a demo never raises a flag.
bool alwaysLowest(const QString& measureId, const QString& linkId) {
    return measureId == QLatin1String("phq-9") && linkId == QLatin1String("9");
}

// The answer at `position` of the item's range (0 = its best end, 1 = its worst).
std::optional<Answer> answerAt(const Item& item, double position) {
    position = std::clamp(position, 0.0, 1.0);
    switch (item.type) {
    case ItemType::Choice: {
        if (item.options.empty())
            return std::nullopt;
        const bool ordinals = std::all_of(item.options.begin(), item.options.end(),
                                          [](const auto& o) { return o.ordinal.has_value(); });
        if (!ordinals) {
            const auto index = std::size_t(std::lround(position * double(item.options.size() - 1)));
            return Answer::ofCoding(item.options[index].coding);
        }
        const auto [low, high] = std::minmax_element(
            item.options.begin(), item.options.end(),
            [](const auto& a, const auto& b) { return *a.ordinal < *b.ordinal; });
        const double target = *low->ordinal + position * (*high->ordinal - *low->ordinal);
        const auto nearest = std::min_element(
            item.options.begin(), item.options.end(), [target](const auto& a, const auto& b) {
                return std::abs(*a.ordinal - target) < std::abs(*b.ordinal - target);
            });
        return Answer::ofCoding(nearest->coding);
    }
    case ItemType::Integer:
    case ItemType::Decimal: {
        const double low = item.minValue.value_or(0);
        const double high = item.maxValue.value_or(10);
        const double value = low + position * (high - low);
        return item.type == ItemType::Integer ? Answer::ofInteger(qint64(std::lround(value)))
                                              : Answer::ofDecimal(std::round(value * 10) / 10);
    }
    case ItemType::Boolean:
        return Answer::ofBoolean(position >= 0.5);
    case ItemType::String: // free text stays empty: no made-up words to send to a clinic
    case ItemType::Date:   // no bundled measure asks for one
    case ItemType::Time:
    case ItemType::Group:
    case ItemType::Display:
        return std::nullopt;
    }
    return std::nullopt;
}

Answers answersFor(const Measure& measure, double severity, SeededRandom& rng) {
    const measures::Questionnaire& q = measure.questionnaire;
    const measures::ScoreRule* headline =
        measure.rules.scores.empty() ? nullptr : &measure.rules.scores.front();
    Answers answers;
    for (const Item* item : q.allItems()) {
        if (!measures::isEnabled(q, *item, answers))
            continue;
        double position = severity + 0.13 * rng.normal();
        if (headline && !headline->higherIsWorse)
            position = 1.0 - position;
        if (headline && headline->reversed.contains(item->linkId))
            position = 1.0 - position;
        if (alwaysLowest(measure.id, item->linkId))
            position = 0;
        if (std::optional<Answer> answer = answerAt(*item, position))
            answers.emplace(item->linkId, std::move(*answer));
    }
    return answers;
}

} // namespace

int generateMeasures(store::Database& db, const MeasuresOptions& options) {
    // Another stream than the diary's for the same seed: the ids never repeat the diary's.
    SeededRandom rng(options.seed ^ 0x6D6561737572657Full);
    const measures::MeasureLibrary library = measures::MeasureLibrary::loadBundled();
    std::array<const Measure*, kPlans.size()> measuresOf{};
    for (std::size_t i = 0; i < kPlans.size(); ++i) {
        measuresOf[i] = library.find(QLatin1String(kPlans[i].measureId));
        if (!measuresOf[i])
            throw Error(ErrorCode::Internal,
                        measures::MeasureStore::tr("A bundled questionnaire is missing."),
                        QLatin1String(kPlans[i].measureId));
    }

    const QDate start = options.endDate.addYears(-options.years).addDays(1);
    const int totalDays = int(start.daysTo(options.endDate)) + 1;
    // Holidays and stays in hospital: twice a year, one to two weeks with nothing answered. A
    // fixed number of them (rather than a chance each day) keeps the total near 400 for any seed.
    std::vector<bool> away(std::size_t(totalDays), false);
    for (int year = 0; year * 365 < totalDays; ++year)
        for (int holiday = 0; holiday < 2; ++holiday) {
            const int first = year * 365 + rng.between(0, 364);
            const int length = rng.between(7, 14);
            for (int d = first; d < std::min(totalDays, first + length); ++d)
                away[std::size_t(d)] = true;
        }
    // A bad spell (a flare, a hard month) lifts every answer for a few weeks.
    std::vector<double> spell(std::size_t(totalDays), 0.0);
    for (int day = 0; day < totalDays; ++day)
        if (rng.chance(1.0 / 60.0)) {
            const int length = rng.between(7, 28);
            const double strength = 0.08 + 0.12 * rng.uniform();
            for (int d = day; d < std::min(totalDays, day + length); ++d)
                spell[std::size_t(d)] = strength;
            day += length;
        }

    const int offsetSeconds = 3600; // UTC+1, as the diary: the data do not depend on the machine
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<Response> responses;
    bool pairAnswered = false; // the PHQ-9 sitting decides for GAD-7 on the same day
    // Whether an occasion is answered: adherence accumulates and an answer spends one, with a
    // jitter, so the misses fall irregularly but their number barely depends on the seed.
    std::array<double, kPlans.size()> credit{};
    credit.fill(0.5);
    for (int day = 0; day < totalDays; ++day) {
        const double progress = double(day) / double(std::max(totalDays - 1, 1));
        const double mood = 0.05 * rng.normal(); // the day's state, shared by its answers
        for (std::size_t i = 0; i < kPlans.size(); ++i) {
            const Plan& plan = kPlans[i];
            if (day < plan.firstDay || (day - plan.firstDay) % plan.everyDays != 0)
                continue;
            const double adherence =
                plan.adherenceFrom + (plan.adherenceTo - plan.adherenceFrom) * progress;
            const bool paired = plan.measureId == std::string_view("gad-7");
            bool answered = false;
            if (paired) {
                answered = pairAnswered;
            } else if (!away[std::size_t(day)]) {
                credit[i] += adherence + 0.6 * (rng.uniform() - 0.5);
                answered = credit[i] >= 1.0;
                if (answered)
                    credit[i] -= 1.0;
            }
            if (plan.measureId == std::string_view("phq-9"))
                pairAnswered = answered;
            if (!answered)
                continue;
            const double severity =
                plan.from + (plan.to - plan.from) * progress + spell[std::size_t(day)] + mood;
            Response r;
            r.id = rng.uuid();
            r.measureId = measuresOf[i]->id;
            r.answers = answersFor(*measuresOf[i], severity, rng);
            const int hour = rng.between(18, 21); // one call per statement: a fixed order
            const int minute = rng.between(0, 59);
            r.completedAt =
                QDateTime(start.addDays(day), QTime(hour, minute), Qt::OffsetFromUTC, offsetSeconds)
                    .toUTC();
            r.startedAt = r.completedAt.addSecs(-rng.between(60, 420));
            r.utcOffset = offsetSeconds;
            if (r.completedAt > now)
                continue; // the end date is today: nothing from later today
            responses.push_back(std::move(r));
        }
    }
    // Fixed timestamps so a seed gives byte-for-byte the same rows.
    const QDateTime savedAt(options.endDate, QTime(23, 0), Qt::UTC);
    measures::MeasureStore store(db, library, [savedAt] { return savedAt; });
    store.completeAll(responses);
    return int(responses.size());
}

} // namespace pacewise::synthetic
