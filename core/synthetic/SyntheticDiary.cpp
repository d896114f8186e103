#include "synthetic/SyntheticDiary.h"

#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "diary/MedicationList.h"
#include "store/Database.h"
#include "synthetic/SeededRandom.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace pacewise::synthetic {
namespace {

int clampScale(double v) {
    return std::clamp(int(std::lround(v)), 0, 10);
}

const std::array kNotes{
    "Walked to the shop and back.",
    "Bad night, woke at 4.",
    "Used the breathing exercise before bed.",
    "Gardening for 20 minutes, then a break.",
    "Long day at work.",
    "Visited family.",
    "Rainy and cold all day.",
    "Did my stretches.",
    "Felt more like myself today.",
    "Rested after lunch.",
};

} // namespace

DiaryResult generateDiary(store::Database& db, const DiaryOptions& options) {
    SeededRandom rng(options.seed);
    DiaryResult result;
    const diary::DiaryCatalogue& catalogue = diary::DiaryCatalogue::load();

    diary::MedicationList medicationList(db);
    const diary::MedicationList::Medication regular =
        medicationList.save({rng.uuid(), QStringLiteral("Paracetamol"), QStringLiteral("1 g"),
                             QTime(8, 0), false, true});
    const diary::MedicationList::Medication asNeeded = medicationList.save(
        {rng.uuid(), QStringLiteral("Ibuprofen"), QStringLiteral("400 mg"), QTime(), true, true});
    result.medications = 2;

    const QDate start = options.endDate.addYears(-options.years).addDays(1);
    const qint64 totalDays = start.daysTo(options.endDate) + 1;
    const auto& triggers = catalogue.triggers();
    const auto& coping = catalogue.copingSkills();
    const auto& regions = catalogue.bodyRegions();
    // A person's usual pain sites: lower back and one knee, with the neck now and then.
    const QStringList usualSites{QStringLiteral("lower-back"), QStringLiteral("knee-left"),
                                 QStringLiteral("neck")};

    std::vector<diary::DiaryEntry> entries;
    entries.reserve(std::size_t(totalDays * 3));
    int flareDaysLeft = 0;
    double flareStrength = 0;
    int gapDaysLeft = 0;
    const int offsetSeconds =
        3600; // a fixed UTC+1 keeps the data independent of the machine's zone

    for (qint64 day = 0; day < totalDays; ++day) {
        const QDate date = start.addDays(day);
        const double progress = double(day) / double(std::max<qint64>(totalDays - 1, 1));
        if (gapDaysLeft > 0) {
            --gapDaysLeft;
            continue;
        }
        if (rng.chance(1.0 /
                       220.0)) { // a holiday or a stay in hospital: a week or two without entries
            gapDaysLeft = rng.between(5, 14);
            continue;
        }
        if (rng.chance(0.05))
            continue; // a forgotten day
        if (flareDaysLeft == 0 && rng.chance(1.0 / 40.0)) {
            flareDaysLeft = rng.between(3, 10);
            flareStrength = 1.5 + 2.0 * rng.uniform();
        }
        const double flare = flareDaysLeft > 0 ? flareStrength : 0.0;
        if (flareDaysLeft > 0)
            --flareDaysLeft;

        // Slow improvement from about 6.5 to 4.0, Mondays a little worse, weekends a little better.
        const int weekday = date.dayOfWeek();
        const double rhythm = weekday == 1 ? 0.4 : (weekday >= 6 ? -0.3 : 0.0);
        const double dayBase = 6.5 - 2.5 * progress + rhythm + flare + 0.6 * rng.normal();
        const double sleepHours =
            std::clamp(7.2 - 0.35 * (dayBase - 5.0) + 0.7 * rng.normal(), 2.5, 10.0);
        const int active = std::clamp(
            int(std::lround(25 + 40 * progress - 6 * flare + 12 * rng.normal())), 0, 240);

        const double u = rng.uniform();
        const int count = u < 0.03 ? 1 : (u < 0.13 ? 2 : (u < 0.58 ? 3 : 4));
        static constexpr std::array<int, 4> kHours{8, 13, 18, 21};
        for (int k = 0; k < count; ++k) {
            diary::DiaryEntry e;
            e.id = rng.uuid();
            const int hour = count == 1 ? 20 : kHours[std::size_t(k * 4 / count)];
            e.recordedAt =
                QDateTime(date, QTime(hour, rng.between(0, 59)), Qt::OffsetFromUTC, offsetSeconds);
            const double pain = dayBase + (k == count - 1 ? 0.4 : 0.0) + 0.5 * rng.normal();
            e.painNow = clampScale(pain);
            e.painAverage = clampScale(dayBase + 0.3 * rng.normal());
            e.painWorst = std::max({clampScale(dayBase + 1.5 + 0.7 * std::abs(rng.normal())),
                                    e.painNow, *e.painAverage});
            e.mood = clampScale(7.5 - 0.55 * (dayBase - 4.0) + 0.8 * rng.normal());
            if (k == 0) {
                e.sleepHours = std::round(sleepHours * 2.0) / 2.0;
                e.sleepQuality = clampScale(sleepHours - 1.0 + 0.8 * rng.normal());
            }
            if (k == count - 1)
                e.activeMinutes = active;
            for (const QString& site : usualSites)
                if (rng.chance(site == usualSites.front() ? 0.8 : 0.3))
                    e.bodyLocations << site;
            if (rng.chance(0.05))
                e.bodyLocations
                    << regions[std::size_t(rng.between(0, int(regions.size()) - 1))].code;
            // Higher-pain days come with more triggers, and the first few triggers dominate.
            const double triggerChance = std::clamp((dayBase - 3.0) / 10.0, 0.05, 0.6);
            for (std::size_t t = 0; t < triggers.size(); ++t)
                if (rng.chance(triggerChance / double(1 + t / 3)))
                    e.triggers << triggers[t].code;
            if (rng.chance(0.01))
                e.triggers << diary::DiaryCatalogue::customTag(QStringLiteral("Long drive"));
            // Coping skills are used more as the programme goes on.
            for (const auto& skill : coping)
                if (rng.chance(0.04 + 0.18 * progress))
                    e.copingSkills << skill.code;
            if (k == 0)
                e.medications.append({regular.id, regular.name, regular.dose, false, 1});
            if (e.painNow >= 6 && rng.chance(0.5))
                e.medications.append(
                    {asNeeded.id, asNeeded.name, asNeeded.dose, true, e.painNow >= 8 ? 2 : 1});
            if (rng.chance(0.12))
                e.note = QString::fromLatin1(
                    kNotes[std::size_t(rng.between(0, int(kNotes.size()) - 1))]);
            if (e.recordedAt > QDateTime::currentDateTimeUtc())
                continue; // the end date is today: nothing from later today
            entries.push_back(std::move(e));
        }
    }
    // Fixed timestamps so a seed gives byte-for-byte the same rows.
    const QDateTime savedAt(options.endDate, QTime(23, 0), Qt::UTC);
    diary::DiaryStore store(db, catalogue, [savedAt] { return savedAt; });
    store.saveAll(entries);
    result.entries = int(entries.size());
    return result;
}

} // namespace pacewise::synthetic
