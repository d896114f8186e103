#include "diary/DiaryValidation.h"

#include "diary/DiaryCatalogue.h"

namespace pacewise::diary {
namespace {

bool inScale(int value) {
    return value >= 0 && value <= 10;
}

} // namespace

std::vector<FieldIssue> DiaryValidation::validate(const DiaryEntry& e,
                                                  const DiaryCatalogue& catalogue) {
    std::vector<FieldIssue> issues;
    const auto scale = [&](const char* field, const std::optional<int>& value,
                           const QString& what) {
        if (value && !inScale(*value))
            issues.push_back(
                {QLatin1String(field), tr("%1 must be a number from 0 to 10.").arg(what)});
    };
    if (!e.recordedAt.isValid())
        issues.push_back(
            {QStringLiteral("recordedAt"), tr("Choose the date and time of this entry.")});
    else if (e.recordedAt > QDateTime::currentDateTimeUtc().addSecs(10 * 60))
        issues.push_back(
            {QStringLiteral("recordedAt"), tr("The date and time cannot be in the future.")});
    if (!inScale(e.painNow))
        issues.push_back(
            {QStringLiteral("painNow"), tr("Pain now must be a number from 0 to 10.")});
    scale("painAverage", e.painAverage, tr("Average pain"));
    scale("painWorst", e.painWorst, tr("Worst pain"));
    if (e.painWorst && e.painAverage && *e.painWorst < *e.painAverage)
        issues.push_back(
            {QStringLiteral("painWorst"), tr("Worst pain cannot be lower than average pain.")});
    if (e.painWorst && *e.painWorst < e.painNow)
        issues.push_back(
            {QStringLiteral("painWorst"), tr("Worst pain cannot be lower than pain now.")});
    scale("mood", e.mood, tr("Mood"));
    scale("sleepQuality", e.sleepQuality, tr("Sleep quality"));
    if (e.sleepHours && (*e.sleepHours < 0 || *e.sleepHours > 24))
        issues.push_back(
            {QStringLiteral("sleepHours"), tr("Hours of sleep must be between 0 and 24.")});
    if (e.activeMinutes && (*e.activeMinutes < 0 || *e.activeMinutes > 24 * 60))
        issues.push_back(
            {QStringLiteral("activeMinutes"), tr("Active minutes must be between 0 and 1440.")});
    for (const QString& code : e.bodyLocations)
        if (!catalogue.bodyRegion(code))
            issues.push_back({QStringLiteral("bodyLocations"),
                              tr("\"%1\" is not a known body area.").arg(code)});
    for (const QString& code : e.triggers)
        if (!catalogue.isTrigger(code))
            issues.push_back(
                {QStringLiteral("triggers"),
                 // The patient's own words stay out of the message: messages
                 // may be logged.
                 DiaryCatalogue::isCustomTag(code)
                     ? tr("A trigger in your own words can have at most 80 characters.")
                     : tr("\"%1\" is not a known trigger.").arg(code)});
    for (const QString& code : e.copingSkills)
        if (!catalogue.isCopingSkill(code))
            issues.push_back({QStringLiteral("copingSkills"),
                              tr("\"%1\" is not a known coping skill.").arg(code)});
    for (const MedicationDose& m : e.medications)
        if (m.name.trimmed().isEmpty() || m.count < 1 || m.count > 20)
            issues.push_back({QStringLiteral("medications"),
                              tr("Each medication needs a name and 1 to 20 doses.")});
    if (e.note.size() > kMaxNoteLength)
        issues.push_back({QStringLiteral("note"),
                          tr("The note is too long (at most %1 characters).").arg(kMaxNoteLength)});
    return issues;
}

} // namespace pacewise::diary
