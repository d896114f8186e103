#include "sync/ClinicDirectives.h"

#include "error/Error.h"
#include "measures/Schedule.h"
#include "programme/Programme.h"
#include "programme/ProgrammeProgress.h"
#include "safety/CrisisLines.h"
#include "store/Database.h"
#include "store/Settings.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace pacewise::sync {
namespace {

// Where the two are kept (documented in CrisisLines.h and Schedule.h): read here only to leave
// an unchanged value unwritten, and to tell whether a clinic's value is in force.
const QString kCrisisLinesSetting = QStringLiteral("crisis.lines");
const QString kScheduleSetting = QStringLiteral("measures.schedule");
const QString kBundledSchedule = QStringLiteral(":/pacewise/measures/schedule.json");

struct Carrier {
    QString reference; // "CarePlan/<id>"
    QDateTime lastUpdated;
    QByteArray json;
    QStringList moduleIds; // the unlocks' carrier: every module id it names
};

// The attachment's bytes, or a problem.
std::optional<QByteArray> attachmentData(const QJsonObject& extension, QString& problem) {
    const QJsonObject attachment = extension.value(QLatin1String("valueAttachment")).toObject();
    const QString contentType = attachment.value(QLatin1String("contentType")).toString();
    if (!contentType.section(QLatin1Char(';'), 0, 0)
             .trimmed()
             .startsWith(QLatin1String("application/json"))) {
        problem = ClinicDirectives::tr("the attachment is not application/json");
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        attachment.value(QLatin1String("data")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        problem = ClinicDirectives::tr("the attachment has no base64 data");
        return std::nullopt;
    }
    return decoded.decoded;
}

void consider(std::optional<Carrier>& newest, Carrier candidate) {
    // The clinic's latest word wins; a tie goes to the larger id, so the choice is stable.
    if (!newest || candidate.lastUpdated > newest->lastUpdated ||
        (candidate.lastUpdated == newest->lastUpdated && candidate.reference > newest->reference))
        newest = std::move(candidate);
}

QString setting(store::Database& db, const QString& key) {
    return store::Settings(db).value(key).value_or(QString());
}

QStringList storedUnlocks(store::Database& db) {
    QStringList ids;
    const QJsonArray stored =
        QJsonDocument::fromJson(
            setting(db, QLatin1String(programme::ProgrammeProgress::kClinicUnlocksKey)).toUtf8())
            .array();
    for (const QJsonValue& id : stored)
        ids << id.toString();
    return ids;
}

// The module ids the clinic asked for that the programme has; the others are named in
// `problems` and left out (a typo must not keep the rest closed).
QStringList knownModules(const Carrier& carrier, QStringList& problems) {
    const programme::Programme programme = programme::Programme::load(QStringLiteral("en"));
    QStringList known;
    for (const QString& id : carrier.moduleIds) {
        if (programme.module(id))
            known << id;
        else
            problems << QStringLiteral("%1 (%2): ")
                                .arg(carrier.reference,
                                     QLatin1String(ClinicDirectives::kUnlockModuleExtension)) +
                            ClinicDirectives::tr("there is no module \"%1\"").arg(id);
    }
    known.removeDuplicates();
    return known;
}

} // namespace

QStringList ClinicDirectives::apply(store::Database& db) {
    QStringList problems;
    std::optional<Carrier> crisisLines, schedule, unlocks;

    store::Statement carePlans =
        db.prepare("SELECT id, resource FROM clinic_resources WHERE resource_type = 'CarePlan' "
                   "AND resource LIKE '%pacewise.app/fhir/StructureDefinition/%'");
    while (carePlans.step()) {
        const QString reference = QStringLiteral("CarePlan/") + carePlans.text(0);
        const QJsonObject carePlan = QJsonDocument::fromJson(carePlans.text(1).toUtf8()).object();
        if (carePlan.value(QLatin1String("status")).toString() != QLatin1String("active"))
            continue; // revoked, completed, on hold, entered in error: no longer in force
        const QDateTime lastUpdated = QDateTime::fromString(carePlan.value(QLatin1String("meta"))
                                                                .toObject()
                                                                .value(QLatin1String("lastUpdated"))
                                                                .toString(),
                                                            Qt::ISODateWithMs);
        Carrier unlocking{reference, lastUpdated, {}, {}};
        for (const QJsonValue& value : carePlan.value(QLatin1String("extension")).toArray()) {
            const QJsonObject extension = value.toObject();
            const QString url = extension.value(QLatin1String("url")).toString();
            if (url == QLatin1String(kUnlockModuleExtension)) {
                const QString moduleId =
                    extension.value(QLatin1String("valueCode")).toString().trimmed();
                if (moduleId.isEmpty())
                    problems << QStringLiteral("%1 (%2): %3")
                                    .arg(reference, url, tr("the extension has no valueCode"));
                else
                    unlocking.moduleIds << moduleId;
                continue;
            }
            std::optional<Carrier>* target = nullptr;
            if (url == QLatin1String(kCrisisLinesExtension))
                target = &crisisLines;
            else if (url == QLatin1String(kMeasureScheduleExtension))
                target = &schedule;
            else
                continue;
            QString problem;
            if (std::optional<QByteArray> json = attachmentData(extension, problem))
                consider(*target, Carrier{reference, lastUpdated, std::move(*json), {}});
            else
                problems << QStringLiteral("%1 (%2): %3").arg(reference, url, problem);
        }
        if (!unlocking.moduleIds.isEmpty())
            consider(unlocks, std::move(unlocking));
    }

    std::optional<store::Transaction> transaction;
    if (!db.inTransaction())
        transaction.emplace(db);

    // Crisis lines: the clinic's list, or the bundled one when the clinic has none in force.
    if (crisisLines) {
        if (setting(db, kCrisisLinesSetting) != QString::fromUtf8(crisisLines->json)) {
            try {
                safety::CrisisLines::setClinicLines(db, crisisLines->json);
            } catch (const Error& error) {
                problems << crisisLines->reference + QStringLiteral(": ") + error.message();
            }
        }
    } else if (safety::CrisisLines::hasClinicLines(db)) {
        safety::CrisisLines::clearClinicLines(db);
    }

    // The schedule: the clinic's plan, or the bundled default again.
    if (schedule) {
        if (setting(db, kScheduleSetting) != QString::fromUtf8(schedule->json)) {
            try {
                measures::Schedule::setClinicPlan(db, schedule->json);
            } catch (const Error& error) {
                problems << schedule->reference + QStringLiteral(": ") + error.message();
            }
        }
    } else if (const std::optional<QString> stored = store::Settings(db).value(kScheduleSetting)) {
        QFile bundled(kBundledSchedule);
        if (bundled.open(QIODevice::ReadOnly)) {
            const QByteArray defaultPlan = bundled.readAll();
            if (*stored != QString::fromUtf8(defaultPlan))
                measures::Schedule::setClinicPlan(db, defaultPlan);
        }
    }

    // Module unlocks: the clinic's list, or none. Revoking takes the unlocks away; a module
    // already started stays open all the same (the unlock rules see to that).
    const QStringList wanted = unlocks ? knownModules(*unlocks, problems) : QStringList();
    if (storedUnlocks(db) != wanted)
        programme::ProgrammeProgress::setClinicUnlocked(db, wanted);

    if (transaction)
        transaction->commit();
    return problems;
}

} // namespace pacewise::sync
