#include "exercises/RelaxationPractice.h"

#include "error/Error.h"
#include "programme/ExerciseStore.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcRelaxation, "pacewise.exercises.relaxation")

namespace pacewise::ui {
namespace {

const QString relaxationExercise = QStringLiteral("relaxation");
// Often enough for the pacer's circle and bars to move smoothly; the clock decides the rest.
constexpr int tickMs = 40;

qint64 steadyNow() {
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer.elapsed();
}

} // namespace

RelaxationPractice::RelaxationPractice(QObject* parent)
    : QObject(parent)
    , m_clock(&steadyNow) {
    m_timer.setInterval(tickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RelaxationPractice::tick);
}

RelaxationPractice::~RelaxationPractice() = default;

void RelaxationPractice::classBegin() {
    m_complete = false;
}

void RelaxationPractice::componentComplete() {
    m_complete = true;
    load();
}

void RelaxationPractice::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
    if (m_complete)
        load();
}

void RelaxationPractice::setHomeworkId(const QString& id) {
    if (id == m_homeworkId)
        return;
    m_homeworkId = id;
    emit homeworkIdChanged();
}

void RelaxationPractice::setClock(Clock clock) {
    m_clock = std::move(clock);
}

void RelaxationPractice::setProgrammeDirectory(const QString& directory) {
    m_directory = directory;
    if (m_complete)
        load();
}

void RelaxationPractice::setRecordClock(std::function<QDateTime()> clock) {
    m_recordClock = std::move(clock);
}

void RelaxationPractice::load() {
    clearError();
    try {
        m_programme = std::make_unique<programme::Programme>(
            programme::Programme::load(QLocale().name(), m_directory));
    } catch (const Error& error) {
        m_programme.reset();
        fail(error);
    }
    emit loadedChanged();
    emit lengthChanged();
    emit phaseChanged();
}

const programme::Practices* RelaxationPractice::practices() const {
    return m_programme ? &m_programme->practices() : nullptr;
}

RelaxationPractice::Technique RelaxationPractice::kind() const {
    if (m_technique == QLatin1String("breathing"))
        return Technique::Breathing;
    if (m_technique == QLatin1String("pmr"))
        return Technique::Pmr;
    if (m_technique == QLatin1String("imagery"))
        return Technique::Imagery;
    return Technique::None;
}

void RelaxationPractice::setTechnique(const QString& technique) {
    if (technique == m_technique || m_stage == Stage::Practising)
        return;
    m_technique = technique;
    emit techniqueChanged();
    emit lengthChanged();
    emit phaseChanged();
}

QString RelaxationPractice::techniqueTitle() const {
    switch (kind()) {
    case Technique::Breathing:
        return tr("Slow breathing");
    case Technique::Pmr:
        return tr("Muscle relaxation");
    case Technique::Imagery:
        return tr("A calm place");
    case Technique::None:
        break;
    }
    return {};
}

QVariantList RelaxationPractice::lengthChoices() {
    return {3, 5, 10};
}

void RelaxationPractice::setLengthMinutes(int minutes) {
    if (minutes == m_lengthMinutes || minutes < 1 || m_stage == Stage::Practising)
        return;
    m_lengthMinutes = minutes;
    emit lengthChanged();
}

void RelaxationPractice::setTensionBefore(int tension) {
    tension = std::clamp(tension, -1, 10);
    if (tension == m_tensionBefore)
        return;
    m_tensionBefore = tension;
    emit tensionChanged();
}

void RelaxationPractice::setTensionAfter(int tension) {
    tension = std::clamp(tension, -1, 10);
    if (tension == m_tensionAfter)
        return;
    m_tensionAfter = tension;
    emit tensionChanged();
    emit stageChanged(); // the result's words
}

// ---- Timing --------------------------------------------------------------------------------

int RelaxationPractice::cycleMs() const {
    const programme::Practices* p = practices();
    if (!p)
        return 0;
    return (p->inhaleSeconds + p->holdSeconds + p->exhaleSeconds) * 1000;
}

qint64 RelaxationPractice::stepMs() const {
    const programme::Practices* p = practices();
    return p ? qint64(p->tenseSeconds + p->releaseSeconds) * 1000 : 0;
}

int RelaxationPractice::rounds() const {
    const int cycle = cycleMs();
    if (kind() != Technique::Breathing || cycle <= 0)
        return 0;
    // Whole rounds, as close to the chosen length as they come: a practice ends on an out-breath.
    return std::max(1, int(std::lround(double(m_lengthMinutes) * 60'000 / cycle)));
}

qint64 RelaxationPractice::totalMs() const {
    switch (kind()) {
    case Technique::Breathing:
        return qint64(rounds()) * cycleMs();
    case Technique::Pmr:
        return stepMs() * stepCount();
    case Technique::Imagery:
    case Technique::None:
        break;
    }
    return 0;
}

RelaxationPractice::Position RelaxationPractice::position() const {
    const programme::Practices* p = practices();
    if (!p || m_stage != Stage::Practising)
        return {};
    switch (kind()) {
    case Technique::Breathing: {
        const qint64 cycle = cycleMs();
        if (cycle <= 0)
            return {};
        const qint64 roundStart = (m_elapsedMs / cycle) * cycle;
        const qint64 in = qint64(p->inhaleSeconds) * 1000;
        const qint64 hold = qint64(p->holdSeconds) * 1000;
        const qint64 within = m_elapsedMs - roundStart;
        if (within < in)
            return {QStringLiteral("in"), roundStart, in};
        if (within < in + hold)
            return {QStringLiteral("hold"), roundStart + in, hold};
        return {QStringLiteral("out"), roundStart + in + hold, qint64(p->exhaleSeconds) * 1000};
    }
    case Technique::Pmr: {
        const qint64 tense = qint64(p->tenseSeconds) * 1000;
        if (m_elapsedMs - m_stepStartMs < tense)
            return {QStringLiteral("tense"), m_stepStartMs, tense};
        return {QStringLiteral("release"), m_stepStartMs + tense, qint64(p->releaseSeconds) * 1000};
    }
    case Technique::Imagery:
        return {QStringLiteral("reading"), 0, 0};
    case Technique::None:
        break;
    }
    return {};
}

qint64 RelaxationPractice::now() const {
    return m_clock ? m_clock() : steadyNow();
}

QString RelaxationPractice::phase() const {
    return position().phase;
}

QString RelaxationPractice::cue() const {
    const programme::Practices* p = practices();
    const QString ph = phase();
    if (!p || ph.isEmpty())
        return {};
    if (ph == QLatin1String("in"))
        return p->inhaleCue;
    if (ph == QLatin1String("hold"))
        return p->holdCue;
    if (ph == QLatin1String("out"))
        return p->exhaleCue;
    if (ph == QLatin1String("tense"))
        return tr("Tense gently. Stop if it hurts.");
    if (ph == QLatin1String("release"))
        return p->releaseCue;
    return {};
}

qreal RelaxationPractice::phaseProgress() const {
    const Position at = position();
    if (at.lengthMs <= 0)
        return 0;
    return std::clamp(qreal(m_elapsedMs - at.startMs) / qreal(at.lengthMs), 0.0, 1.0);
}

int RelaxationPractice::phaseSecondsLeft() const {
    const Position at = position();
    if (at.lengthMs <= 0)
        return 0;
    const qint64 left = at.startMs + at.lengthMs - m_elapsedMs;
    return int((std::max<qint64>(left, 0) + 999) / 1000);
}

int RelaxationPractice::phaseSeconds() const {
    return int(position().lengthMs / 1000);
}

QString RelaxationPractice::countdownText() const {
    const QString ph = phase();
    if (ph == QLatin1String("tense"))
        return tr("Tense… %1").arg(phaseSecondsLeft());
    if (ph == QLatin1String("release"))
        return tr("Let go… %1").arg(phaseSecondsLeft());
    return {};
}

qreal RelaxationPractice::progress() const {
    const qint64 total = totalMs();
    if (total <= 0)
        return 0;
    // PMR: the groups skipped or gone back to count by place, not by time spent.
    const qint64 done = kind() == Technique::Pmr
                            ? qint64(m_step) * stepMs() + (m_elapsedMs - m_stepStartMs)
                            : m_elapsedMs;
    return std::clamp(qreal(done) / qreal(total), 0.0, 1.0);
}

int RelaxationPractice::secondsLeft() const {
    const qint64 total = totalMs();
    if (total <= 0)
        return 0;
    return int(std::lround((1.0 - progress()) * double(total) / 1000.0));
}

int RelaxationPractice::round() const {
    const int cycle = cycleMs();
    if (kind() != Technique::Breathing || cycle <= 0 || m_stage != Stage::Practising)
        return 0;
    return std::min(int(m_elapsedMs / cycle) + 1, rounds());
}

int RelaxationPractice::stepCount() const {
    const programme::Practices* p = practices();
    return p ? int(p->pmrSteps.size()) : 0;
}

QString RelaxationPractice::stepTitle() const {
    const programme::Practices* p = practices();
    if (!p || m_step < 0 || m_step >= stepCount())
        return {};
    return p->pmrSteps[std::size_t(m_step)].title;
}

QString RelaxationPractice::stepInstruction() const {
    const programme::Practices* p = practices();
    if (!p || m_step < 0 || m_step >= stepCount())
        return {};
    return p->pmrSteps[std::size_t(m_step)].instruction;
}

QString RelaxationPractice::imageryTitle() const {
    const programme::Practices* p = practices();
    return p ? p->imageryTitle : QString();
}

QStringList RelaxationPractice::imageryParagraphs() const {
    const programme::Practices* p = practices();
    return p ? p->imageryParagraphs : QStringList();
}

double RelaxationPractice::minutesPractised() const {
    return std::round(double(m_elapsedMs) / 6000.0) / 10.0;
}

void RelaxationPractice::tick() {
    if (m_stage != Stage::Practising || m_paused)
        return;
    advanceTo(m_elapsedAtResume + std::max<qint64>(now() - m_resumedAt, 0));
}

void RelaxationPractice::advanceTo(qint64 elapsedMs) {
    const QString before = QStringLiteral("%1/%2/%3").arg(phase()).arg(round()).arg(m_step);
    m_elapsedMs = elapsedMs;
    bool ended = false;
    switch (kind()) {
    case Technique::Breathing:
        if (m_elapsedMs >= totalMs()) {
            m_elapsedMs = totalMs();
            ended = true;
        }
        break;
    case Technique::Pmr: {
        const qint64 step = stepMs();
        // A late tick may have passed more than one group: each is counted in turn.
        while (step > 0 && m_elapsedMs - m_stepStartMs >= step) {
            if (m_step + 1 >= stepCount()) {
                m_elapsedMs = m_stepStartMs + step;
                ended = true;
                break;
            }
            ++m_step;
            m_stepStartMs += step;
        }
        break;
    }
    case Technique::Imagery:
    case Technique::None:
        break;
    }
    if (ended) {
        finish(false);
        return;
    }
    emit progressChanged();
    if (QStringLiteral("%1/%2/%3").arg(phase()).arg(round()).arg(m_step) != before)
        emit phaseChanged();
}

bool RelaxationPractice::start() {
    clearError();
    if (!m_programme) {
        setError(tr("The relaxation practices could not be read. Please restart Pacewise."));
        return false;
    }
    if (kind() == Technique::None) {
        setError(tr("Choose a way to relax first."));
        return false;
    }
    if (kind() == Technique::Pmr && stepCount() == 0) {
        setError(tr("The muscle relaxation steps are missing. Please choose another practice."));
        return false;
    }
    if (m_tensionBefore < 0) {
        setError(tr("Say how tense you feel now first (0 to 10)."));
        return false;
    }
    m_elapsedMs = 0;
    m_elapsedAtResume = 0;
    m_step = 0;
    m_stepStartMs = 0;
    m_stoppedEarly = false;
    m_paused = false;
    m_tensionAfter = -1;
    m_savedRecordId.clear();
    m_homeworkCheckedOff = false;
    m_resumedAt = now();
    setStage(Stage::Practising);
    m_timer.start();
    emit pausedChanged();
    emit tensionChanged();
    emit phaseChanged();
    emit progressChanged();
    return true;
}

void RelaxationPractice::pause() {
    if (m_stage != Stage::Practising || m_paused)
        return;
    tick();
    if (m_stage != Stage::Practising)
        return; // it ended on this last look at the clock
    m_paused = true;
    m_elapsedAtResume = m_elapsedMs;
    m_timer.stop();
    emit pausedChanged();
}

void RelaxationPractice::resume() {
    if (m_stage != Stage::Practising || !m_paused)
        return;
    m_paused = false;
    m_resumedAt = now();
    m_timer.start();
    emit pausedChanged();
}

void RelaxationPractice::togglePause() {
    if (m_paused)
        resume();
    else
        pause();
}

void RelaxationPractice::stop() {
    if (m_stage != Stage::Practising)
        return;
    tick();
    if (m_stage == Stage::Practising)
        finish(true);
}

void RelaxationPractice::next() {
    if (m_stage != Stage::Practising || kind() != Technique::Pmr)
        return;
    tick();
    if (m_stage != Stage::Practising)
        return;
    if (m_step + 1 >= stepCount()) {
        finish(false);
        return;
    }
    ++m_step;
    m_stepStartMs = m_elapsedMs;
    emit phaseChanged();
    emit progressChanged();
}

void RelaxationPractice::back() {
    if (m_stage != Stage::Practising || kind() != Technique::Pmr)
        return;
    tick();
    if (m_stage != Stage::Practising)
        return;
    m_step = std::max(m_step - 1, 0);
    m_stepStartMs = m_elapsedMs;
    emit phaseChanged();
    emit progressChanged();
}

void RelaxationPractice::finishReading() {
    if (m_stage != Stage::Practising || kind() != Technique::Imagery)
        return;
    tick();
    finish(false);
}

void RelaxationPractice::finish(bool early) {
    m_timer.stop();
    m_paused = false;
    m_stoppedEarly = early;
    setStage(Stage::Finished);
    emit pausedChanged();
    emit phaseChanged();
    emit progressChanged();
    if (!early)
        emit completed();
}

// ---- Saving --------------------------------------------------------------------------------

bool RelaxationPractice::save() {
    clearError();
    if (m_stage != Stage::Finished)
        return false;
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db) {
        setError(tr("Pacewise is locked. Unlock it to save this practice."));
        return false;
    }
    try {
        const programme::Exercise* exercise =
            m_programme ? m_programme->exercise(relaxationExercise) : nullptr;
        const measures::Item* techniqueItem =
            exercise ? exercise->questionnaire.find(QStringLiteral("technique")) : nullptr;
        if (!techniqueItem)
            throw Error(ErrorCode::NotFound,
                        tr("The relaxation exercise could not be found. Please restart Pacewise."),
                        relaxationExercise);
        const auto option = std::find_if(
            techniqueItem->options.begin(), techniqueItem->options.end(),
            [this](const measures::AnswerOption& o) { return o.coding.code == m_technique; });
        if (option == techniqueItem->options.end())
            throw Error(ErrorCode::InvalidInput, tr("This way of relaxing cannot be saved."),
                        QStringLiteral("technique %1 is not an option").arg(m_technique));

        programme::ExerciseStore records(*db, *m_programme, m_recordClock);
        programme::ExerciseRecord record =
            records.create(relaxationExercise, QString(), m_homeworkId);
        record.answers[QStringLiteral("technique")] = measures::Answer::ofCoding(option->coding);
        record.answers[QStringLiteral("minutes")] =
            measures::Answer::ofDecimal(std::min(minutesPractised(), 180.0));
        record.answers[QStringLiteral("tension-before")] =
            measures::Answer::ofInteger(m_tensionBefore);
        if (m_tensionAfter >= 0)
            record.answers[QStringLiteral("tension-after")] =
                measures::Answer::ofInteger(m_tensionAfter);
        const QString checkedOff = records.complete(record);
        m_savedRecordId = record.id;
        m_homeworkCheckedOff = !checkedOff.isEmpty();
    } catch (const Error& error) {
        fail(error);
        return false;
    }
    setStage(Stage::Saved);
    return true;
}

void RelaxationPractice::reset() {
    m_timer.stop();
    m_elapsedMs = 0;
    m_elapsedAtResume = 0;
    m_step = 0;
    m_stepStartMs = 0;
    m_paused = false;
    m_stoppedEarly = false;
    m_tensionBefore = -1;
    m_tensionAfter = -1;
    m_savedRecordId.clear();
    m_homeworkCheckedOff = false;
    clearError();
    setStage(Stage::Ready);
    emit tensionChanged();
    emit pausedChanged();
    emit phaseChanged();
    emit progressChanged();
}

QString RelaxationPractice::resultText() const {
    if (m_tensionBefore < 0)
        return {};
    if (m_tensionAfter < 0)
        return tr("Tension before: %1").arg(m_tensionBefore);
    return tr("Tension %1 → %2").arg(m_tensionBefore).arg(m_tensionAfter);
}

QString RelaxationPractice::minutesText() const {
    const double minutes = minutesPractised();
    if (minutes < 1)
        return tr("You practised for less than a minute.");
    // (A count in words without a plural form to translate: "Minutes practised: 1.5.")
    return tr("Minutes practised: %1.")
        .arg(QLocale().toString(minutes, 'f', std::fmod(minutes, 1.0) == 0 ? 0 : 1));
}

void RelaxationPractice::setStage(Stage stage) {
    if (stage == m_stage)
        return;
    m_stage = stage;
    emit stageChanged();
}

void RelaxationPractice::clearError() {
    setError({});
}

void RelaxationPractice::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit errorChanged();
}

void RelaxationPractice::fail(const Error& error) {
    qCWarning(lcRelaxation).noquote() << error.message() << error.detail();
    setError(error.message(), error.detail());
    emit failed(error.message());
}

} // namespace pacewise::ui
