#include "measures/Schedule.h"

#include "error/Error.h"
#include "measures/MeasureStore.h"
#include "store/Settings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

namespace pacewise::measures {
namespace {

Q_LOGGING_CATEGORY(lcSchedule, "pacewise.measures")

const QString kSettingsKey = QStringLiteral("measures.schedule");
const QString kBundledFile = QStringLiteral(":/pacewise/measures/schedule.json");

// A year is the longest interval that still makes sense between two askings; grace as long.
constexpr int kMaxDays = 366;

} // namespace

std::vector<PlannedMeasure> Schedule::parse(const QByteArray& json, const QString& source) {
    const auto refuse = [&](const QString& problem) {
        return Error(ErrorCode::InvalidInput, tr("%1: %2").arg(source, problem), source);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw refuse(tr("not valid JSON (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset));
    if (!doc.isObject() || !doc.object().value(QLatin1String("measures")).isArray())
        throw refuse(tr("expected an object with a \"measures\" list"));

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    const QJsonArray entries = doc.object().value(QLatin1String("measures")).toArray();
    std::vector<PlannedMeasure> plan;
    QSet<QString> seen;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString where = tr("entry %1").arg(i + 1);
        if (!entries.at(i).isObject())
            throw refuse(tr("%1 is not an object").arg(where));
        const QString id = entry.value(QLatin1String("measure")).toString();
        if (!idPattern.match(id).hasMatch())
            throw refuse(tr("%1 has no valid \"measure\" id").arg(where));
        if (seen.contains(id))
            throw refuse(tr("measure \"%1\" is planned twice").arg(id));
        seen.insert(id);
        const auto days = [&](const char* key, int minimum, int fallback) {
            const QJsonValue value = entry.value(QLatin1String(key));
            if (value.isUndefined())
                return fallback;
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number != double(int(number)) || number < minimum ||
                number > kMaxDays)
                throw refuse(tr("measure \"%1\": \"%2\" must be a whole number of days from "
                                "%3 to %4")
                                 .arg(id, QLatin1String(key))
                                 .arg(minimum)
                                 .arg(kMaxDays));
            return int(number);
        };
        PlannedMeasure planned;
        planned.measureId = id;
        if (entry.value(QLatin1String("everyDays")).isUndefined())
            throw refuse(tr("measure \"%1\" has no \"everyDays\"").arg(id));
        planned.everyDays = days("everyDays", 1, planned.everyDays);
        planned.graceDays = days("graceDays", 0, planned.graceDays);
        plan.push_back(planned);
    }
    return plan;
}

std::vector<PlannedMeasure> Schedule::defaultPlan() {
    QFile file(kBundledFile);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Internal, tr("The default questionnaire schedule is missing."),
                    kBundledFile);
    return parse(file.readAll(), QStringLiteral("schedule.json"));
}

std::vector<PlannedMeasure> Schedule::current(store::Database& db) {
    const std::optional<QString> stored = store::Settings(db).value(kSettingsKey);
    if (!stored)
        return defaultPlan();
    // It was checked before it was stored, so this only fails if the row was damaged; then the
    // default plan is better than no questionnaires at all.
    try {
        return parse(stored->toUtf8(), tr("the clinic's schedule"));
    } catch (const Error& error) {
        qCWarning(lcSchedule).noquote() << "using the default schedule:" << error.message();
        return defaultPlan();
    }
}

void Schedule::setClinicPlan(store::Database& db, const QByteArray& json) {
    parse(json, tr("the clinic's schedule"));
    store::Settings(db).setValue(kSettingsKey, QString::fromUtf8(json));
}

std::vector<Schedule::Status> Schedule::statusOn(const std::vector<PlannedMeasure>& plan,
                                                 const MeasureStore& store, const QDate& today) {
    std::vector<Status> statuses;
    statuses.reserve(plan.size());
    for (const PlannedMeasure& planned : plan) {
        Status status;
        status.measureId = planned.measureId;
        status.inProgress = store.inProgress(planned.measureId).has_value();
        const std::optional<Response> last = store.latest(planned.measureId);
        if (!last) {
            status.state = State::Due;
            status.dueDate = today;
        } else {
            // The day as the patient lived it: the completion in the offset it was made in.
            status.lastCompleted = last->completedAt.toOffsetFromUtc(last->utcOffset).date();
            status.dueDate = status.lastCompleted.addDays(planned.everyDays);
            if (today < status.dueDate)
                status.state = State::Done;
            else if (today < status.dueDate.addDays(planned.graceDays))
                status.state = State::Due;
            else
                status.state = State::Overdue;
        }
        statuses.push_back(std::move(status));
    }
    return statuses;
}

QString Schedule::stateKey(State state) {
    switch (state) {
    case State::Due:
        return QStringLiteral("due");
    case State::Overdue:
        return QStringLiteral("overdue");
    case State::Done:
        return QStringLiteral("done");
    }
    return QStringLiteral("due");
}

} // namespace pacewise::measures
