#include "diary/DiaryEntry.h"

#include <QJsonArray>

namespace pacewise::diary {
namespace {

void putOptional(QJsonObject& json, const char* key, const std::optional<int>& value) {
    if (value)
        json.insert(QLatin1String(key), *value);
}

std::optional<int> optionalInt(const QJsonObject& json, const char* key) {
    const QJsonValue v = json.value(QLatin1String(key));
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

QJsonArray toArray(const QStringList& list) {
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

QJsonObject DiaryEntry::toJson() const {
    QJsonObject json;
    json.insert(QLatin1String("id"), id);
    json.insert(QLatin1String("recordedAt"), recordedAt.toString(Qt::ISODate));
    json.insert(QLatin1String("painNow"), painNow);
    putOptional(json, "painAverage", painAverage);
    putOptional(json, "painWorst", painWorst);
    putOptional(json, "mood", mood);
    if (sleepHours)
        json.insert(QLatin1String("sleepHours"), *sleepHours);
    putOptional(json, "sleepQuality", sleepQuality);
    putOptional(json, "activeMinutes", activeMinutes);
    json.insert(QLatin1String("bodyLocations"), toArray(bodyLocations));
    json.insert(QLatin1String("triggers"), toArray(triggers));
    json.insert(QLatin1String("copingSkills"), toArray(copingSkills));
    QJsonArray meds;
    for (const MedicationDose& m : medications) {
        meds.append(QJsonObject{{QLatin1String("medicationId"), m.medicationId},
                                {QLatin1String("name"), m.name},
                                {QLatin1String("dose"), m.dose},
                                {QLatin1String("asNeeded"), m.asNeeded},
                                {QLatin1String("count"), m.count}});
    }
    json.insert(QLatin1String("medications"), meds);
    json.insert(QLatin1String("note"), note);
    json.insert(QLatin1String("version"), version);
    json.insert(QLatin1String("deleted"), deleted);
    if (updatedAt.isValid())
        json.insert(QLatin1String("updatedAt"), updatedAt.toString(Qt::ISODateWithMs));
    return json;
}

DiaryEntry DiaryEntry::fromJson(const QJsonObject& json) {
    DiaryEntry e;
    e.id = json.value(QLatin1String("id")).toString();
    e.recordedAt =
        QDateTime::fromString(json.value(QLatin1String("recordedAt")).toString(), Qt::ISODate);
    e.painNow = json.value(QLatin1String("painNow")).toInt();
    e.painAverage = optionalInt(json, "painAverage");
    e.painWorst = optionalInt(json, "painWorst");
    e.mood = optionalInt(json, "mood");
    const QJsonValue sleep = json.value(QLatin1String("sleepHours"));
    e.sleepHours = sleep.isDouble() ? std::optional<double>(sleep.toDouble()) : std::nullopt;
    e.sleepQuality = optionalInt(json, "sleepQuality");
    e.activeMinutes = optionalInt(json, "activeMinutes");
    e.bodyLocations = toStringList(json.value(QLatin1String("bodyLocations")));
    e.triggers = toStringList(json.value(QLatin1String("triggers")));
    e.copingSkills = toStringList(json.value(QLatin1String("copingSkills")));
    for (const QJsonValue& v : json.value(QLatin1String("medications")).toArray()) {
        const QJsonObject m = v.toObject();
        e.medications.append(MedicationDose{
            m.value(QLatin1String("medicationId")).toString(),
            m.value(QLatin1String("name")).toString(), m.value(QLatin1String("dose")).toString(),
            m.value(QLatin1String("asNeeded")).toBool(), m.value(QLatin1String("count")).toInt(1)});
    }
    e.note = json.value(QLatin1String("note")).toString();
    e.version = json.value(QLatin1String("version")).toInt();
    e.deleted = json.value(QLatin1String("deleted")).toBool();
    e.updatedAt =
        QDateTime::fromString(json.value(QLatin1String("updatedAt")).toString(), Qt::ISODateWithMs);
    return e;
}

bool DiaryEntry::sameContent(const DiaryEntry& o) const {
    return recordedAt == o.recordedAt &&
           recordedAt.offsetFromUtc() == o.recordedAt.offsetFromUtc() && painNow == o.painNow &&
           painAverage == o.painAverage && painWorst == o.painWorst && mood == o.mood &&
           sleepHours == o.sleepHours && sleepQuality == o.sleepQuality &&
           activeMinutes == o.activeMinutes && bodyLocations == o.bodyLocations &&
           triggers == o.triggers && copingSkills == o.copingSkills &&
           medications == o.medications && note == o.note;
}

} // namespace pacewise::diary
