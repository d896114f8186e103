#include "synthetic/SyntheticProgramme.h"

#include "error/Error.h"
#include "homework/HomeworkStore.h"
#include "programme/ExerciseStore.h"
#include "programme/PacingPlan.h"
#include "programme/Programme.h"
#include "programme/ProgrammeProgress.h"
#include "store/Database.h"
#include "synthetic/SeededRandom.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>

namespace pacewise::synthetic {
namespace {

using homework::Homework;
using homework::HomeworkStore;
using measures::Answer;
using measures::Answers;
using programme::ExerciseRecord;

// UTC+1, as the diary and the questionnaires: the data do not depend on the machine.
constexpr int kOffsetSeconds = 3600;

// Stand-ins for what a patient types: general phrases that could be anyone's, never a name, a
// place or a date.
constexpr std::array kSituations{
    "Pain went up after a long day of housework.",
    "Cancelled plans with friends because of a flare.",
    "Could not finish a task at work before the break.",
    "Woke up stiff and sore after a bad night.",
    "Someone asked why I am still not better.",
    "Had to sit down halfway through the shopping.",
};
constexpr std::array kAutomaticThoughts{
    "I will never be able to do anything again.", "Everyone thinks I am making it up.",
    "This pain means something is badly wrong.",  "I am letting everybody down.",
    "If I move, it will only get worse.",
};
constexpr std::array kEmotions{"Worried", "Sad", "Frustrated", "Angry", "Guilty"};
constexpr std::array kEvidenceFor{
    "The pain is strong today.",
    "I had to stop what I was doing.",
    "I did less than I planned.",
};
constexpr std::array kEvidenceAgainst{
    "Last week I managed more than I expected.",
    "Flares have passed before.",
    "People have been kind when I explained.",
    "My doctor said movement at my own pace is safe.",
};
constexpr std::array kBalancedThoughts{
    "This is a hard day, and hard days pass.",
    "I can do a little, then rest, and still get there.",
    "Pain is real, but it is not a sign of harm.",
    "I am doing my best with what I have today.",
};
constexpr std::array kActivities{
    "Walking",          "Gardening",
    "Standing to cook", "Sitting at the computer",
    "Swimming",         "Cycling on an exercise bike",
};
constexpr std::array kProblems{
    "Hard to keep up with housework.",
    "Evenings are lonely since I stopped going out.",
    "Long car journeys make the pain flare.",
    "Too many appointments in the same week.",
};
constexpr std::array kOptions{
    "Split the job into short parts. Ask for help. Do less each day.",
    "Phone a friend. Join a short class. Invite someone round.",
    "Plan stops every hour. Share the driving. Take the train.",
};
constexpr std::array kChosen{
    "Split it into short parts with rests in between.",
    "Invite one person round each week.",
    "Plan a stop every hour.",
};
constexpr std::array kSteps{
    "Write the plan down, try it for a week, then look at how it went.",
    "Pick a day, set a reminder, start small.",
};
constexpr std::array kReviews{
    "It went better than I feared.",
    "Partly worked. I will change the timing.",
    "Worked well. I will keep it up.",
};

// Content the generator needs is missing: a bug in the build, not something a person can fix.
Error incomplete(const QString& detail) {
    return Error(
        ErrorCode::Internal,
        QCoreApplication::translate("pacewise::synthetic", "The programme content is incomplete."),
        detail);
}

template <std::size_t N> QString pick(SeededRandom& rng, const std::array<const char*, N>& from) {
    return QString::fromUtf8(from[std::size_t(rng.between(0, int(N) - 1))]);
}

// A moment of day `day` in the patient's zone, as UTC.
QDateTime at(const QDate& day, int hour, int minute) {
    return QDateTime(day, QTime(hour, minute), Qt::OffsetFromUTC, kOffsetSeconds).toUTC();
}

// How a piece of homework turns out. Done homework counts on time or late from the check-off
// that reached its target; partial homework stays open (overdue once past its day).
enum class Outcome { OnTime, Late, Partial, Cancelled };

// The practice homework of the weeks after the first pass: the modules' own templates, picked
// by weight (relaxation and pacing the most, as in the programme's advice to keep practising).
struct Practice {
    const char* moduleId;
    const char* templateId;
    int weight;
};
constexpr std::array kPractices{
    Practice{"relaxation", "practise-relaxation", 6},
    Practice{"pacing", "log-paced-activity", 6},
    Practice{"pleasant-activities", "three-pleasant-activities", 4},
    Practice{"thoughts-1", "thought-records", 3},
    Practice{"thoughts-2", "full-thought-records", 2},
    Practice{"thoughts-2", "coping-statements", 2},
    Practice{"understanding-pain", "daily-diary", 2},
    Practice{"sleep", "sleep-diary-week", 2},
    Practice{"problem-solving", "solve-one-problem", 1},
    Practice{"problem-solving", "planned-conversation", 1},
};

class Generator {
public:
    Generator(store::Database& db, const programme::Programme& programme,
              const ProgrammeOptions& options)
        : m_db(db)
        , m_programme(programme)
        , m_rng(options.seed ^ 0x70726F6772616D6Dull) // "programm": another stream than the diary's
        , m_start(options.endDate.addYears(-options.years).addDays(1))
        , m_end(options.endDate)
        , m_totalDays(int(m_start.daysTo(m_end)) + 1)
        // Nothing later than the end of the last day, nor later than now (the end is today).
        , m_limit(std::min(at(m_end, 23, 59), QDateTime::currentDateTimeUtc()))
        , m_now(at(m_start, 9, 0))
        , m_homework(db, [this] { return m_now; })
        , m_progress(db, programme, [this] { return m_now; }) {
        for (const char* id : {"pacing-plan", "pacing-log", "relaxation", "sleep-diary",
                               "thought-record", "problem-solving", "flare-up-plan"})
            exercise(QString::fromLatin1(id));
        for (const Practice& p : kPractices)
            homeworkTemplate(QString::fromLatin1(p.moduleId), QString::fromLatin1(p.templateId));
    }

    ProgrammeTotals run() {
        const int firstPassEnd = firstPass();
        const int refresherStart =
            std::max(firstPassEnd + 28, int(m_totalDays * 0.55) + m_rng.between(-20, 20));
        // Holidays and stays in hospital: twice a year, one or two weeks without homework.
        std::vector<bool> away(std::size_t(m_totalDays), false);
        for (int year = 0; year * 365 < m_totalDays; ++year)
            for (int holiday = 0; holiday < 2; ++holiday) {
                const int first = year * 365 + m_rng.between(0, 364);
                const int length = m_rng.between(7, 14);
                for (int d = first; d < std::min(m_totalDays, first + length); ++d)
                    away[std::size_t(d)] = true;
            }

        // Weekly practice from the Monday after the first pass to the end, with the refresher's
        // ten weeks (one module a week, its own homework) in the middle.
        QDate monday = m_start.addDays(firstPassEnd + 1);
        monday = monday.addDays((8 - monday.dayOfWeek()) % 7);
        int refresherModule = 0;
        for (; m_start.daysTo(monday) < m_totalDays; monday = monday.addDays(7)) {
            const int day = int(m_start.daysTo(monday));
            const double progress = double(day) / double(std::max(m_totalDays - 1, 1));
            if (day >= refresherStart && refresherModule < m_totals.modulesCompleted) {
                refresh(m_programme.modules()[std::size_t(refresherModule++)], monday, progress);
                continue;
            }
            if (away[std::size_t(day)])
                continue;
            // Three to five a week, each from a module already read, no template twice.
            const int count = m_rng.between(3, 5);
            std::vector<std::size_t> chosen;
            for (int attempt = 0; int(chosen.size()) < count && attempt < 50; ++attempt) {
                const std::size_t i = weightedPractice();
                if (readAlready(kPractices[i].moduleId) &&
                    std::find(chosen.begin(), chosen.end(), i) == chosen.end())
                    chosen.push_back(i);
            }
            for (const std::size_t i : chosen)
                practise(kPractices[i], monday, progress);
        }

        programme::ExerciseStore exercises(m_db, m_programme, [this] { return m_now; });
        exercises.insertCompleted(m_records);
        m_homework.insertGenerated(m_generated);
        m_totals.exerciseRecords = int(m_records.size());
        m_totals.homework += int(m_generated.size());
        return m_totals;
    }

private:
    const programme::Exercise& exercise(const QString& id) const {
        const programme::Exercise* e = m_programme.exercise(id);
        if (!e)
            throw incomplete(QStringLiteral("synthetic programme: exercise %1 missing").arg(id));
        return *e;
    }
    const programme::HomeworkTemplate& homeworkTemplate(const QString& moduleId,
                                                        const QString& templateId) const {
        if (const programme::Module* m = m_programme.module(moduleId))
            for (const programme::HomeworkTemplate& t : m->homework)
                if (t.id == templateId)
                    return t;
        throw incomplete(QStringLiteral("synthetic programme: homework %1/%2 missing")
                             .arg(moduleId, templateId));
    }

    bool readAlready(const char* moduleId) const {
        const programme::Module* m = m_programme.module(QString::fromLatin1(moduleId));
        return m && m->number <= m_totals.modulesCompleted;
    }

    std::size_t weightedPractice() {
        int total = 0;
        for (const Practice& p : kPractices)
            total += p.weight;
        int roll = m_rng.between(0, total - 1);
        for (std::size_t i = 0; i < kPractices.size(); ++i) {
            roll -= kPractices[i].weight;
            if (roll < 0)
                return i;
        }
        return 0;
    }

    // The chance that a week's homework is done fades from about 85 % to about 62 % over the
    // years, with good and bad spells; a few are cancelled (no longer fitting), and about one
    // in six of those done is finished after its day.
    Outcome outcome(double progress) {
        if (m_rng.chance(0.04))
            return Outcome::Cancelled;
        const double pDone = std::clamp(0.85 - 0.23 * progress + 0.08 * m_rng.normal(), 0.3, 0.97);
        if (!m_rng.chance(pDone))
            return Outcome::Partial;
        return m_rng.chance(0.17) ? Outcome::Late : Outcome::OnTime;
    }

    // When the homework was ticked, from `first` to `due`: one day slot per check-off (so two
    // never fall on the same day while the days allow), the last one after the due date when
    // late, none later than the end of the history.
    std::vector<QDateTime> checkOffTimes(const QDate& first, const QDate& due, int target,
                                         Outcome result) {
        int count = target;
        if (result == Outcome::OnTime && m_rng.chance(0.1))
            ++count; // once more than asked
        if (result == Outcome::Partial)
            count = m_rng.between(0, target - 1);
        if (result == Outcome::Cancelled)
            count = std::min(target - 1, m_rng.between(0, 1));
        const int window = int(first.daysTo(due)) + 1;
        std::vector<QDateTime> times;
        for (int i = 0; i < count; ++i) {
            QDate day = first.addDays(
                std::min(window - 1,
                         i * window / count + m_rng.between(0, std::max(0, window / count - 1))));
            if (result == Outcome::Late && i == count - 1)
                day = due.addDays(m_rng.between(1, 4));
            const QDateTime t = at(day, m_rng.between(8, 21), m_rng.between(0, 59));
            if (!times.empty() && t <= times.back())
                times.push_back(times.back().addSecs(60 * m_rng.between(5, 90)));
            else
                times.push_back(t);
        }
        while (!times.empty() && times.back() > m_limit)
            times.pop_back();
        return times;
    }

    // Reads the ten modules in order from the first weeks: each opens when the previous one has
    // been read, its minimum days have passed and its required homework is done, as the unlock
    // rules ask. Returns the day (from the start) the last module's homework was finished.
    int firstPass() {
        int day = m_rng.between(3, 14);
        for (const programme::Module& module : m_programme.modules()) {
            if (day >= m_totalDays)
                break;
            const QDate startDay = m_start.addDays(day);
            const QDateTime startedAt = at(startDay, m_rng.between(17, 21), m_rng.between(0, 59));
            const QDateTime completedAt =
                startedAt.addDays(m_rng.between(0, 3)).addSecs(60 * m_rng.between(10, 40));
            if (completedAt > m_limit)
                break;
            const qint64 minutes = qint64(module.pageCount()) * m_rng.between(2, 5);
            m_now = startedAt;
            m_progress.recordCompleted(module.id, startedAt, completedAt, minutes * 60'000);
            m_firstPass.emplace(module.id, FirstRead{startedAt, completedAt, minutes * 60'000});
            ++m_totals.modulesCompleted;

            QDate ready = startDay.addDays(module.minimumDays);
            for (const programme::HomeworkTemplate& t : module.homework) {
                const std::optional<Homework> h = moduleHomework(module.id, t.id);
                if (!h)
                    continue;
                ++m_totals.homework;
                // The first time through most homework is done: the next module waits for it.
                Outcome result = m_rng.chance(0.2) ? Outcome::Late : Outcome::OnTime;
                if (!t.requiredToContinue && m_rng.chance(0.4))
                    result = Outcome::Partial;
                // The pacing plan is made on the first evening; the logs follow it.
                QDate first = startDay;
                QDate due = h->dueDate;
                if (t.exerciseId == QLatin1String("pacing-plan")) {
                    due = startDay;
                    result = Outcome::OnTime;
                } else if (t.exerciseId == QLatin1String("pacing-log"))
                    first = startDay.addDays(1);
                const std::vector<QDateTime> times = checkOffTimes(first, due, h->target, result);
                for (const QDateTime& t2 : times)
                    tick(*h, t2);
                if (t.requiredToContinue && !times.empty())
                    ready = std::max(ready, times.back().toOffsetFromUtc(kOffsetSeconds).date());
            }
            day = int(m_start.daysTo(ready)) + m_rng.between(0, 3);
        }
        return std::min(day, m_totalDays - 1);
    }

    std::optional<Homework> moduleHomework(const QString& moduleId, const QString& templateId) {
        for (const Homework& h : m_homework.list(HomeworkStore::Filter::All))
            if (h.moduleId == moduleId && h.templateId == templateId)
                return h;
        return std::nullopt;
    }

    // One check-off of a module's own homework, with the exercise record behind it.
    void tick(const Homework& h, const QDateTime& when) {
        m_now = when;
        QString recordId;
        if (!h.exerciseId.isEmpty())
            recordId = record(h.exerciseId, when, h.id);
        m_homework.checkOff(h.id, recordId);
    }

    // The refresher: a module read through again in one week and its homework done again. Its
    // start and completion stay those of the first time; the reading time grows.
    void refresh(const programme::Module& module, const QDate& monday, double progress) {
        const auto first = m_firstPass.find(module.id);
        if (first == m_firstPass.end())
            return;
        FirstRead& read = first->second;
        m_now =
            at(monday.addDays(m_rng.between(0, 3)), m_rng.between(17, 21), m_rng.between(0, 59));
        if (m_now > m_limit)
            return;
        read.timeSpentMs += qint64(module.pageCount()) * m_rng.between(1, 3) * 60'000;
        m_progress.recordCompleted(module.id, read.startedAt, read.completedAt, read.timeSpentMs);
        for (const programme::HomeworkTemplate& t : module.homework)
            assign(module.id, t, monday, progress);
    }

    void practise(const Practice& practice, const QDate& monday, double progress) {
        assign(QString::fromLatin1(practice.moduleId),
               homeworkTemplate(QString::fromLatin1(practice.moduleId),
                                QString::fromLatin1(practice.templateId)),
               monday, progress);
    }

    // A week's homework from a module template: assigned on the Monday, due on the Sunday.
    void assign(const QString& moduleId, const programme::HomeworkTemplate& t, const QDate& monday,
                double progress) {
        const QDateTime assignedAt = at(monday, 8, m_rng.between(0, 59));
        if (assignedAt > m_limit)
            return;
        HomeworkStore::Generated g;
        Homework& h = g.homework;
        h.id = m_rng.uuid();
        h.source = Homework::Source::Module;
        h.moduleId = moduleId;
        h.templateId = t.id;
        h.title = t.title;
        h.description = t.description;
        h.exerciseId = t.exerciseId;
        h.target = t.times;
        h.assignedAt = assignedAt;
        h.dueDate = monday.addDays(6);
        const Outcome result = outcome(progress);
        h.status =
            result == Outcome::Cancelled ? Homework::Status::Cancelled : Homework::Status::Open;
        g.checkOffs = checkOffTimes(monday, h.dueDate, h.target, result);
        if (!h.exerciseId.isEmpty())
            for (const QDateTime& when : g.checkOffs)
                record(h.exerciseId, when, h.id);
        m_generated.push_back(std::move(g));
    }

    // A completed exercise record at `when` (UTC), done for homework `homeworkId`. Returns its
    // id.
    QString record(const QString& exerciseId, const QDateTime& when, const QString& homeworkId) {
        ExerciseRecord r;
        r.id = m_rng.uuid();
        r.exerciseId = exerciseId;
        r.homeworkId = homeworkId;
        r.completedAt = when;
        r.startedAt = when.addSecs(-60 * m_rng.between(3, 20));
        r.updatedAt = when;
        r.utcOffset = kOffsetSeconds;
        r.localDate = r.startedAt.toOffsetFromUtc(kOffsetSeconds).date();
        const QDate day = r.localDate;
        if (exerciseId == QLatin1String("relaxation"))
            r.answers = relaxation();
        else if (exerciseId == QLatin1String("thought-record"))
            r.answers = thoughtRecord();
        else if (exerciseId == QLatin1String("sleep-diary"))
            r.answers = sleepNight(day.addDays(-1));
        else if (exerciseId == QLatin1String("pacing-plan")) {
            programme::PacingPlan plan;
            r.answers = pacingPlan(day, plan);
            m_plans.push_back(PlanMade{r.startedAt, r.id, plan});
        } else if (exerciseId == QLatin1String("pacing-log")) {
            // Logged against the newest plan made before it; after half a year or so with the
            // same plan, a new one (another activity, or the same from a new baseline).
            const PlanMade* plan = planBefore(r.startedAt);
            if (!plan || plan->plan.startDate.daysTo(day) > m_rng.between(150, 300)) {
                record(QStringLiteral("pacing-plan"), r.startedAt.addSecs(-600), {});
                plan = planBefore(r.startedAt);
            }
            r.parentId = plan->id;
            r.answers = pacingLog(plan->plan, day);
        } else if (exerciseId == QLatin1String("problem-solving"))
            r.answers = problemSolving();
        else if (exerciseId == QLatin1String("flare-up-plan"))
            r.answers = flareUpPlan();
        else
            throw incomplete(
                QStringLiteral("synthetic programme: no generator for %1").arg(exerciseId));
        m_records.push_back(std::move(r));
        return m_records.back().id;
    }

    struct PlanMade {
        QDateTime startedAt;
        QString id;
        programme::PacingPlan plan;
    };
    const PlanMade* planBefore(const QDateTime& when) const {
        const PlanMade* newest = nullptr;
        for (const PlanMade& p : m_plans)
            if (p.startedAt <= when && (!newest || p.startedAt > newest->startedAt))
                newest = &p;
        return newest;
    }

    Answers relaxation() {
        const measures::Item* technique =
            exercise(QStringLiteral("relaxation")).questionnaire.find(QStringLiteral("technique"));
        if (!technique)
            throw incomplete(
                QStringLiteral("synthetic programme: relaxation has no technique item"));
        // Breathing most often, muscle relaxation next, imagery now and then (the README's codes).
        const double roll = m_rng.uniform();
        const QLatin1String code(roll < 0.55 ? "breathing" : roll < 0.85 ? "pmr" : "imagery");
        const auto option =
            std::find_if(technique->options.begin(), technique->options.end(),
                         [&](const measures::AnswerOption& o) { return o.coding.code == code; });
        if (option == technique->options.end())
            throw incomplete(
                QStringLiteral("synthetic programme: relaxation has no technique %1").arg(code));
        const int before = m_rng.between(3, 8);
        return {{QStringLiteral("technique"), Answer::ofCoding(option->coding)},
                {QStringLiteral("minutes"), Answer::ofDecimal(double(m_rng.between(5, 20)))},
                {QStringLiteral("tension-before"), Answer::ofInteger(before)},
                {QStringLiteral("tension-after"),
                 Answer::ofInteger(std::max(0, before - m_rng.between(0, 3)))}};
    }

    Answers thoughtRecord() {
        const int before = 10 * m_rng.between(5, 9);
        Answers a{{QStringLiteral("situation"), Answer::ofString(pick(m_rng, kSituations))},
                  {QStringLiteral("automatic-thought"),
                   Answer::ofString(pick(m_rng, kAutomaticThoughts))},
                  {QStringLiteral("emotion"), Answer::ofString(pick(m_rng, kEmotions))},
                  {QStringLiteral("emotion-before"), Answer::ofInteger(before)}};
        // Most records are worked through to a balanced thought; some stop at the thought.
        if (m_rng.chance(0.8)) {
            a.emplace(QStringLiteral("evidence-for"), Answer::ofString(pick(m_rng, kEvidenceFor)));
            a.emplace(QStringLiteral("evidence-against"),
                      Answer::ofString(pick(m_rng, kEvidenceAgainst)));
            a.emplace(QStringLiteral("balanced-thought"),
                      Answer::ofString(pick(m_rng, kBalancedThoughts)));
            a.emplace(QStringLiteral("emotion-after"),
                      Answer::ofInteger(std::max(0, before - 10 * m_rng.between(1, 4))));
        }
        return a;
    }

    Answers sleepNight(const QDate& night) {
        const QTime bedtime(m_rng.chance(0.7) ? 22 : 23, 5 * m_rng.between(0, 11));
        const QTime wake(m_rng.between(5, 7), 5 * m_rng.between(0, 11));
        return {{QStringLiteral("night-of"), Answer::ofDate(night)},
                {QStringLiteral("bedtime"), Answer::ofTime(bedtime)},
                {QStringLiteral("minutes-to-sleep"), Answer::ofInteger(5 * m_rng.between(1, 12))},
                {QStringLiteral("times-woken"), Answer::ofInteger(m_rng.between(0, 4))},
                {QStringLiteral("wake-time"), Answer::ofTime(wake)},
                {QStringLiteral("out-of-bed"),
                 Answer::ofTime(wake.addSecs(60 * 5 * m_rng.between(1, 9)))},
                {QStringLiteral("quality"), Answer::ofInteger(m_rng.between(3, 8))},
                {QStringLiteral("nap-minutes"),
                 Answer::ofInteger(m_rng.chance(0.3) ? 10 * m_rng.between(1, 6) : 0)}};
    }

    Answers pacingPlan(const QDate& start, programme::PacingPlan& plan) {
        std::vector<double> tries;
        const int usual = m_rng.between(8, 30);
        for (int i = 0; i < 3; ++i)
            tries.push_back(double(std::max(2, usual + m_rng.between(-5, 5))));
        const int increase = 5 * m_rng.between(1, 3);
        plan = programme::PacingPlan::make(tries, increase, start);
        return {{QStringLiteral("activity"), Answer::ofString(pick(m_rng, kActivities))},
                {QStringLiteral("try-1"), Answer::ofDecimal(tries[0])},
                {QStringLiteral("try-2"), Answer::ofDecimal(tries[1])},
                {QStringLiteral("try-3"), Answer::ofDecimal(tries[2])},
                {QStringLiteral("baseline"), Answer::ofDecimal(plan.baseline)},
                {QStringLiteral("quota"), Answer::ofDecimal(plan.quota)},
                {QStringLiteral("increase-percent"), Answer::ofInteger(increase)},
                {QStringLiteral("start-date"), Answer::ofDate(start)}};
    }

    Answers pacingLog(const programme::PacingPlan& plan, const QDate& day) {
        // Close to the week's quota, sometimes under it on a bad day; never beyond the scale.
        const double quota = plan.quotaOn(day);
        const double done =
            std::clamp(std::round(quota * (0.75 + 0.35 * m_rng.uniform())), 1.0, 600.0);
        return {{QStringLiteral("date"), Answer::ofDate(day)},
                {QStringLiteral("minutes-done"), Answer::ofDecimal(done)},
                {QStringLiteral("pain-after"), Answer::ofInteger(m_rng.between(2, 7))}};
    }

    Answers problemSolving() {
        const std::size_t i = std::size_t(m_rng.between(0, int(kChosen.size()) - 1));
        return {{QStringLiteral("problem"), Answer::ofString(pick(m_rng, kProblems))},
                {QStringLiteral("options"), Answer::ofString(QString::fromUtf8(kOptions[i]))},
                {QStringLiteral("chosen"), Answer::ofString(QString::fromUtf8(kChosen[i]))},
                {QStringLiteral("steps"), Answer::ofString(pick(m_rng, kSteps))},
                {QStringLiteral("review"), Answer::ofString(pick(m_rng, kReviews))}};
    }

    Answers flareUpPlan() {
        return {{QStringLiteral("early-signs"),
                 Answer::ofString(QStringLiteral("Stiff in the morning, sleeping badly, doing too "
                                                 "much on good days."))},
                {QStringLiteral("what-helps"),
                 Answer::ofString(QStringLiteral("Slow breathing, a warm bath, short walks, "
                                                 "cutting the quota back for a few days."))},
                {QStringLiteral("what-to-avoid"),
                 Answer::ofString(QStringLiteral("Staying in bed all day. Pushing through."))},
                {QStringLiteral("who-to-contact"),
                 Answer::ofString(QStringLiteral("My care team if it lasts more than a week."))},
                {QStringLiteral("kind-words"),
                 Answer::ofString(QStringLiteral("This has happened before and it passed."))},
                {QStringLiteral("back-on-track"),
                 Answer::ofString(QStringLiteral("Go back to half my quota and build up again."))}};
    }

    store::Database& m_db;
    const programme::Programme& m_programme;
    SeededRandom m_rng;
    const QDate m_start;
    const QDate m_end;
    const int m_totalDays;
    const QDateTime m_limit;
    QDateTime m_now; // the stores' clock: the moment being made up
    HomeworkStore m_homework;
    programme::ProgrammeProgress m_progress;
    std::vector<ExerciseRecord> m_records;
    std::vector<HomeworkStore::Generated> m_generated;
    struct FirstRead {
        QDateTime startedAt;
        QDateTime completedAt;
        qint64 timeSpentMs = 0;
    };
    std::map<QString, FirstRead> m_firstPass;
    std::vector<PlanMade> m_plans;
    ProgrammeTotals m_totals;
};

} // namespace

ProgrammeTotals generateProgramme(store::Database& db, const programme::Programme& programme,
                                  const ProgrammeOptions& options) {
    std::optional<store::Transaction> transaction;
    if (!db.inTransaction())
        transaction.emplace(db);
    const ProgrammeTotals totals = Generator(db, programme, options).run();
    if (transaction)
        transaction->commit();
    return totals;
}

} // namespace pacewise::synthetic
