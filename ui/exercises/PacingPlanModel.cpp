#include "exercises/PacingPlanModel.h"

#include "error/Error.h"

#include <QLocale>
#include <QLoggingCategory>
#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcPacing, "pacewise.exercises.pacing")

namespace pacewise::ui {
namespace {

const QString planExercise = QStringLiteral("pacing-plan");
const QString logExercise = QStringLiteral("pacing-log");
constexpr double maxMinutes = 600; // the records' range for tries and minutes done
constexpr int maxIncrease = 50;

// A number answer, whether it was stored as a decimal or a whole number.
std::optional<double> numberOf(const measures::Answers& answers, const QString& linkId) {
    const auto it = answers.find(linkId);
    if (it == answers.end())
        return std::nullopt;
    switch (it->second.type) {
    case measures::Answer::Type::Decimal:
        return it->second.decimal;
    case measures::Answer::Type::Integer:
        return double(it->second.integer);
    default:
        return std::nullopt;
    }
}

// Minutes as people say them: "8", "7.5".
QString minutesText(double minutes) {
    return QLocale().toString(minutes, 'f', std::fmod(minutes, 1.0) == 0 ? 0 : 1);
}

} // namespace

PacingPlanModel::PacingPlanModel(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTime(); }) {}

PacingPlanModel::~PacingPlanModel() = default;

void PacingPlanModel::classBegin() {
    m_complete = false;
}

void PacingPlanModel::componentComplete() {
    m_complete = true;
    load();
}

void PacingPlanModel::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (m_complete)
        load();
}

void PacingPlanModel::setRecordId(const QString& id) {
    if (id == m_recordId)
        return;
    m_recordId = id;
    emit recordIdChanged();
    if (m_complete)
        load();
}

void PacingPlanModel::setHomeworkId(const QString& id) {
    if (id == m_homeworkId)
        return;
    m_homeworkId = id;
    emit homeworkIdChanged();
}

void PacingPlanModel::setClock(Clock clock) {
    m_clock = std::move(clock);
}

void PacingPlanModel::setProgrammeDirectory(const QString& directory) {
    m_directory = directory;
    m_programme.reset();
    if (m_complete)
        load();
}

QDate PacingPlanModel::today() const {
    return m_clock().date();
}

void PacingPlanModel::ensureProgramme() {
    if (!m_programme)
        m_programme = std::make_unique<programme::Programme>(
            programme::Programme::load(QLocale().name(), m_directory));
}

std::optional<programme::ExerciseStore> PacingPlanModel::store() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db) {
        setError(tr("Pacewise is locked. Unlock it to see your pacing plan."));
        return std::nullopt;
    }
    ensureProgramme();
    const Clock clock = m_clock;
    return programme::ExerciseStore(*db, *m_programme, [clock] { return clock().toUTC(); });
}

void PacingPlanModel::clearPlan() {
    m_plan.reset();
    m_activity.clear();
    m_numbers = {};
    m_logRecords.clear();
    m_logs.clear();
}

void PacingPlanModel::load() {
    clearError();
    clearPlan();
    if (m_session && m_session->database()) {
        try {
            auto records = store();
            std::optional<programme::ExerciseRecord> plan;
            if (!m_recordId.isEmpty()) {
                plan = records->find(m_recordId);
                if (!plan || plan->exerciseId != planExercise || !plan->completed())
                    throw Error(ErrorCode::NotFound,
                                tr("This pacing plan could not be found. It may have been "
                                   "deleted."),
                                m_recordId);
            } else {
                const auto newest = records->completed(planExercise, 1);
                if (!newest.empty())
                    plan = newest.front();
            }
            if (plan) {
                readPlan(*plan);
                readLogs(*records);
            }
        } catch (const Error& error) {
            clearPlan();
            fail(error);
        }
    }
    emit planChanged();
    emit logsChanged();
}

void PacingPlanModel::readPlan(const programme::ExerciseRecord& record) {
    const auto& answers = record.answers;
    const auto activity = answers.find(QStringLiteral("activity"));
    m_activity = activity != answers.end() ? activity->second.string : QString();
    const auto start = answers.find(QStringLiteral("start-date"));
    const QDate startDate = start != answers.end() ? start->second.date() : QDate();
    const auto increase = numberOf(answers, QStringLiteral("increase-percent"));
    std::vector<double> tries;
    for (const char* linkId : {"try-1", "try-2", "try-3"})
        if (const auto minutes = numberOf(answers, QLatin1String(linkId)))
            tries.push_back(*minutes);
    // The numbers are worked out again from the tries (PacingPlan is the one rule); the stored
    // baseline and quota are what the clinic reads.
    m_numbers = programme::PacingPlan::make(tries, int(increase.value_or(10)),
                                            startDate.isValid() ? startDate : record.localDate);
    m_plan = record;
}

void PacingPlanModel::readLogs(programme::ExerciseStore& records) {
    m_logRecords.clear();
    for (const auto& record : records.children(m_plan->id)) {
        if (record.exerciseId != logExercise || !record.completed())
            continue;
        Log log;
        log.id = record.id;
        const auto date = record.answers.find(QStringLiteral("date"));
        log.date = date != record.answers.end() ? date->second.date() : record.localDate;
        log.minutes = numberOf(record.answers, QStringLiteral("minutes-done")).value_or(0);
        log.painAfter = int(numberOf(record.answers, QStringLiteral("pain-after")).value_or(-1));
        m_logRecords.push_back(log);
    }
    std::stable_sort(m_logRecords.begin(), m_logRecords.end(),
                     [](const Log& a, const Log& b) { return a.date < b.date; });

    m_logs.clear();
    const QLocale locale;
    for (auto it = m_logRecords.rbegin(); it != m_logRecords.rend(); ++it) {
        const QString dateText = locale.toString(it->date, QStringLiteral("dddd d MMMM"));
        const QString text = it->painAfter >= 0
                                 ? tr("%1: %2 minutes, pain afterwards %3 out of 10")
                                       .arg(dateText, minutesText(it->minutes))
                                       .arg(it->painAfter)
                                 : tr("%1: %2 minutes").arg(dateText, minutesText(it->minutes));
        m_logs.append(QVariantMap{{QStringLiteral("id"), it->id},
                                  {QStringLiteral("date"), it->date},
                                  {QStringLiteral("dateText"), dateText},
                                  {QStringLiteral("minutes"), it->minutes},
                                  {QStringLiteral("painAfter"), it->painAfter},
                                  {QStringLiteral("text"), text}});
    }
}

// ---- Set-up --------------------------------------------------------------------------------

std::optional<std::vector<double>> PacingPlanModel::triesOf(const QVariantList& tries) {
    std::vector<double> minutes;
    for (const QVariant& value : tries) {
        // Typed text is read in the app's language ("7,5" in Spanish); numbers pass as they are.
        bool ok = false;
        double m = 0;
        if (value.typeId() == QMetaType::QString) {
            const QString text = value.toString().trimmed();
            if (text.isEmpty())
                continue; // not tried
            m = QLocale().toDouble(text, &ok);
        } else if (value.isValid() && !value.isNull()) {
            m = value.toDouble(&ok);
        } else {
            continue;
        }
        if (!ok || !std::isfinite(m))
            return std::nullopt;
        minutes.push_back(m);
    }
    return minutes;
}

QVariantMap PacingPlanModel::preview(const QVariantList& tries) const {
    const auto minutes = triesOf(tries);
    if (!minutes)
        return {{QStringLiteral("valid"), false},
                {QStringLiteral("text"), tr("Write each try as a number of minutes.")}};
    const auto baseline = programme::PacingPlan::baselineOf(*minutes);
    if (!baseline || *baseline <= 0)
        return {{QStringLiteral("valid"), false}};
    const double quota = programme::PacingPlan::quotaOf(*baseline);
    return {{QStringLiteral("valid"), true},
            {QStringLiteral("baseline"), *baseline},
            {QStringLiteral("quota"), quota},
            {QStringLiteral("text"),
             tr("On average you managed %1 minutes. Your plan starts at %2 minutes: a little "
                "less, so that you stop before it is too much.")
                 .arg(minutesText(*baseline), minutesText(quota))}};
}

bool PacingPlanModel::savePlan(const QString& activity, const QVariantList& tries,
                               int increasePercent, const QDate& startDate) {
    clearError();
    const QString name = activity.trimmed();
    if (name.isEmpty()) {
        setError(tr("Write the activity you want to pace, for example \"Walk\"."));
        return false;
    }
    const auto parsed = triesOf(tries);
    if (!parsed) {
        setError(tr("Write each try as a number of minutes, for example 10."));
        return false;
    }
    const std::vector<double>& minutes = *parsed;
    if (minutes.empty()) {
        setError(tr("Write how many minutes you managed in your first try."));
        return false;
    }
    if (minutes.size() > 3 || std::any_of(minutes.begin(), minutes.end(),
                                          [](double m) { return m < 0 || m > maxMinutes; })) {
        setError(tr("Each try is a number of minutes from 0 to 600."));
        return false;
    }
    if (increasePercent < 0 || increasePercent > maxIncrease) {
        setError(tr("The weekly increase is a percentage from 0 to 50."));
        return false;
    }
    if (!startDate.isValid()) {
        setError(tr("Choose the day your plan starts."));
        return false;
    }
    const auto plan = programme::PacingPlan::make(minutes, increasePercent, startDate);
    if (plan.baseline <= 0) {
        setError(tr("Your tries add up to 0 minutes. Try the activity for a short time first, "
                    "then write how long you managed."));
        return false;
    }
    try {
        auto records = store();
        if (!records)
            return false;
        programme::ExerciseRecord record = records->create(planExercise, {}, m_homeworkId);
        auto& answers = record.answers;
        answers[QStringLiteral("activity")] = measures::Answer::ofString(name);
        for (std::size_t i = 0; i < minutes.size(); ++i)
            answers[QStringLiteral("try-%1").arg(i + 1)] = measures::Answer::ofDecimal(minutes[i]);
        answers[QStringLiteral("baseline")] = measures::Answer::ofDecimal(plan.baseline);
        answers[QStringLiteral("quota")] = measures::Answer::ofDecimal(plan.quota);
        answers[QStringLiteral("increase-percent")] = measures::Answer::ofInteger(increasePercent);
        answers[QStringLiteral("start-date")] = measures::Answer::ofDate(startDate);
        const QString checkedOff = records->complete(record);
        m_recordId = record.id;
        emit recordIdChanged();
        clearPlan();
        readPlan(record);
        readLogs(*records);
        setSavedMessage(checkedOff.isEmpty()
                            ? tr("Your pacing plan is saved.")
                            : tr("Your pacing plan is saved. Your homework is ticked off."));
    } catch (const Error& error) {
        fail(error);
        return false;
    }
    emit planChanged();
    emit logsChanged();
    return true;
}

bool PacingPlanModel::logDay(const QDate& date, double minutesDone, int painAfter,
                             const QString& note) {
    clearError();
    if (!m_plan) {
        setError(tr("Set up a pacing plan first."));
        return false;
    }
    if (!date.isValid() || date > today()) {
        setError(tr("Choose today or a day before it."));
        return false;
    }
    if (!std::isfinite(minutesDone) || minutesDone < 0 || minutesDone > maxMinutes) {
        setError(tr("Minutes done is a number from 0 to 600."));
        return false;
    }
    if (painAfter < -1 || painAfter > 10) {
        setError(tr("Pain afterwards is a number from 0 to 10."));
        return false;
    }
    try {
        auto records = store();
        if (!records)
            return false;
        programme::ExerciseRecord record = records->create(logExercise, m_plan->id);
        record.answers[QStringLiteral("date")] = measures::Answer::ofDate(date);
        record.answers[QStringLiteral("minutes-done")] = measures::Answer::ofDecimal(minutesDone);
        if (painAfter >= 0)
            record.answers[QStringLiteral("pain-after")] = measures::Answer::ofInteger(painAfter);
        if (!note.trimmed().isEmpty())
            record.answers[QStringLiteral("note")] = measures::Answer::ofString(note.trimmed());
        records->complete(record);
        readLogs(*records);
        const double planned = m_numbers.quotaOn(date);
        setSavedMessage(minutesDone <= planned
                            ? tr("Saved. Well done for stopping in time.")
                            : tr("Saved. You did more than planned: next time, try to stop at "
                                 "%1 minutes, even on a good day.")
                                  .arg(minutesText(planned)));
    } catch (const Error& error) {
        fail(error);
        return false;
    }
    emit logsChanged();
    return true;
}

void PacingPlanModel::startNewPlan() {
    clearError();
    clearPlan();
    setSavedMessage({});
    if (!m_recordId.isEmpty()) {
        m_recordId.clear();
        emit recordIdChanged();
    }
    emit planChanged();
    emit logsChanged();
}

// ---- The plan in words -----------------------------------------------------------------------

QString PacingPlanModel::startDateText() const {
    return m_numbers.startDate.isValid()
               ? QLocale().toString(m_numbers.startDate, QStringLiteral("dddd d MMMM yyyy"))
               : QString();
}

int PacingPlanModel::weekNumber() const {
    return m_plan ? m_numbers.weekOf(today()) + 1 : 0;
}

double PacingPlanModel::quotaToday() const {
    return m_plan ? m_numbers.quotaOn(today()) : 0;
}

QString PacingPlanModel::quotaText() const {
    if (!m_plan)
        return {};
    if (weekNumber() < 1)
        return tr("Your plan starts on %1. Then: %2 for %3 minutes, then rest.")
            .arg(startDateText(), m_activity, minutesText(m_numbers.quota));
    return tr("%1 for %2 minutes, then rest.").arg(m_activity, minutesText(quotaToday()));
}

QString PacingPlanModel::planSummary() const {
    if (!m_plan)
        return {};
    return tr("Week %1 of your plan. You started at %2 minutes (80 % of your average of %3) "
              "and add %4 % each week.")
        .arg(std::max(weekNumber(), 1))
        .arg(minutesText(m_numbers.quota), minutesText(m_numbers.baseline))
        .arg(m_numbers.increasePercent);
}

double PacingPlanModel::doneToday() const {
    const QDate day = today();
    double total = 0;
    for (const Log& log : m_logRecords)
        if (log.date == day)
            total += log.minutes;
    return total;
}

// ---- The chart ---------------------------------------------------------------------------------

int PacingPlanModel::chartWeeks() const {
    if (!m_plan)
        return 0;
    // This week and the next, at least four, and every week with a log.
    int weeks = std::max(m_numbers.weekOf(today()) + 2, 4);
    for (const Log& log : m_logRecords)
        weeks = std::max(weeks, m_numbers.weekOf(log.date) + 1);
    return weeks;
}

QVariantList PacingPlanModel::weeks() const {
    QVariantList list;
    const int count = chartWeeks();
    for (int week = 0; week < count; ++week) {
        const QDate from = m_numbers.startDate.addDays(7 * week);
        double done = 0;
        int days = 0;
        for (const Log& log : m_logRecords)
            if (m_numbers.weekOf(log.date) == week) {
                done += log.minutes;
                ++days;
            }
        list.append(QVariantMap{{QStringLiteral("week"), week + 1},
                                {QStringLiteral("from"), from},
                                {QStringLiteral("quota"), m_numbers.quotaOn(from)},
                                {QStringLiteral("done"), done},
                                {QStringLiteral("days"), days}});
    }
    return list;
}

double PacingPlanModel::chartMaxMinutes() const {
    double most = 0;
    const int count = chartWeeks();
    for (int week = 0; week < count; ++week)
        most = std::max(most, m_numbers.quotaOn(m_numbers.startDate.addDays(7 * week)));
    for (const Log& log : m_logRecords)
        most = std::max(most, log.minutes);
    // Room above the highest point, on a round number of 5 minutes.
    return std::max(5.0, std::ceil(most * 1.15 / 5.0) * 5.0);
}

QString PacingPlanModel::chartDescription() const {
    if (!m_plan)
        return {};
    QStringList parts;
    parts << tr("Planned minutes of %1 per week, and the minutes you logged.").arg(m_activity);
    for (const QVariant& value : weeks()) {
        const QVariantMap week = value.toMap();
        const int days = week.value(QStringLiteral("days")).toInt();
        const QString planned =
            tr("Week %1: planned %2 minutes a time")
                .arg(week.value(QStringLiteral("week")).toInt())
                .arg(minutesText(week.value(QStringLiteral("quota")).toDouble()));
        // (Counts in words without a plural form to translate: "Days logged: 3".)
        parts << (days == 0 ? tr("%1, nothing logged.").arg(planned)
                            : tr("%1. Days logged: %2, %3 minutes in all.")
                                  .arg(planned)
                                  .arg(days)
                                  .arg(minutesText(week.value(QStringLiteral("done")).toDouble())));
    }
    return parts.join(QLatin1Char(' '));
}

double PacingPlanModel::weekPosition(const QDate& date) const {
    return double(m_numbers.startDate.daysTo(date)) / 7.0;
}

void PacingPlanModel::fillQuota(QXYSeries* target) const {
    if (!target)
        return;
    QList<QPointF> points;
    const int count = chartWeeks();
    for (int week = 0; week < count; ++week) {
        const double quota = m_numbers.quotaOn(m_numbers.startDate.addDays(7 * week));
        points.append(QPointF(week, quota));
        points.append(QPointF(week + 1, quota));
    }
    target->replace(points);
}

void PacingPlanModel::fillLogs(QXYSeries* target) const {
    if (!target)
        return;
    QList<QPointF> points;
    // At the middle of its day, so that a log is drawn inside its week.
    for (const Log& log : m_logRecords)
        points.append(QPointF(weekPosition(log.date) + 0.5 / 7.0, log.minutes));
    target->replace(points);
}

// ---- Errors ------------------------------------------------------------------------------------

void PacingPlanModel::setSavedMessage(const QString& message) {
    if (message == m_savedMessage)
        return;
    m_savedMessage = message;
    emit savedMessageChanged();
}

void PacingPlanModel::clearError() {
    setError({});
}

void PacingPlanModel::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit errorChanged();
}

void PacingPlanModel::fail(const Error& error) {
    qCWarning(lcPacing).noquote() << error.message() << error.detail();
    setError(error.message(), error.detail());
    emit failed(error.message());
}

} // namespace pacewise::ui
