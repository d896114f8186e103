#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pacewise::diary {

// A dose taken, copied from the profile's medication list at the time of the entry so that a later
// change to the list does not rewrite history.
struct MedicationDose {
    QString medicationId;
    QString name;
    QString dose;
    bool asNeeded = false;
    int count = 1;
    bool operator==(const MedicationDose&) const = default;
};

// One diary entry. Pain, mood and sleep quality are 0-10 numeric rating scales.
struct DiaryEntry {
    static constexpr const char* kCustomTagPrefix = "custom:";

    QString id;           // client-made UUID; empty until first saved
    QDateTime recordedAt; // local time with the UTC offset in force when it was recorded
    int painNow = 0;
    std::optional<int> painAverage;
    std::optional<int> painWorst;
    std::optional<int> mood;
    std::optional<double> sleepHours; // last night
    std::optional<int> sleepQuality;
    std::optional<int> activeMinutes; // today so far
    QStringList bodyLocations;        // region codes of resources/diary/body-map.json
    QStringList triggers;             // built-in codes, or "custom:<text>"
    QStringList copingSkills;         // codes of resources/diary/coping-skills.json
    QList<MedicationDose> medications;
    QString note;

    int version = 0;      // 1 on creation, +1 on each edit
    bool deleted = false; // soft delete: "entered in error", can be undone
    QDateTime updatedAt;  // UTC

    // Daily figures use the average pain when given, else the pain now.
    int dailyPain() const { return painAverage.value_or(painNow); }

    QJsonObject toJson() const;
    static DiaryEntry fromJson(const QJsonObject& json);
    bool sameContent(const DiaryEntry& other) const; // every field a person entered
};

} // namespace pacewise::diary
