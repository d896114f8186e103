#pragma once

#include "profile/ProfileSession.h"
#include "programme/Programme.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>

namespace pacewise {
class Error;
}

namespace pacewise::ui {

// One guided relaxation practice for the relaxation screen: the breathing pacer, progressive
// muscle relaxation (PMR) or the imagery script, with "How tense do you feel?" before and after,
// saved as a relaxation record (technique, minutes actually practised, tension before and after)
// that checks off the homework it was done for.
//
// The timing is a state machine read from a clock, never from counting timer ticks: a tick only
// looks at the clock and works out where the practice is. Tests give it a fake clock and call
// tick() themselves; a late or missed tick (a busy machine, a suspended laptop) cannot make the
// pacer drift or skip a phase.
//
// Breathing: in / hold (if the practice has one) / out, repeated for whole rounds that fill the
// chosen length (3, 5 or 10 minutes), ending after an out-breath. PMR: for each muscle group,
// tense for tenseSeconds, then let go for releaseSeconds; next() and back() move between groups.
// Imagery: the script, untimed; the minutes are the time spent reading it.
class RelaxationPractice : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString homeworkId READ homeworkId WRITE setHomeworkId NOTIFY homeworkIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    // "breathing", "pmr" or "imagery" (the relaxation exercise's technique codes).
    Q_PROPERTY(QString technique READ technique WRITE setTechnique NOTIFY techniqueChanged)
    Q_PROPERTY(QString techniqueTitle READ techniqueTitle NOTIFY techniqueChanged)
    Q_PROPERTY(int lengthMinutes READ lengthMinutes WRITE setLengthMinutes NOTIFY lengthChanged)
    Q_PROPERTY(QVariantList lengthChoices READ lengthChoices CONSTANT)
    Q_PROPERTY(int tensionBefore READ tensionBefore WRITE setTensionBefore NOTIFY tensionChanged)
    Q_PROPERTY(int tensionAfter READ tensionAfter WRITE setTensionAfter NOTIFY tensionChanged)

    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool paused READ paused NOTIFY pausedChanged)
    Q_PROPERTY(bool stoppedEarly READ stoppedEarly NOTIFY stageChanged)
    // "in", "hold", "out" (breathing), "tense", "release" (PMR), "reading" (imagery); empty
    // before the start and after the end.
    Q_PROPERTY(QString phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(QString cue READ cue NOTIFY phaseChanged)
    Q_PROPERTY(qreal phaseProgress READ phaseProgress NOTIFY progressChanged)
    Q_PROPERTY(int phaseSecondsLeft READ phaseSecondsLeft NOTIFY progressChanged)
    Q_PROPERTY(int phaseSeconds READ phaseSeconds NOTIFY phaseChanged)
    // "Tense… 5", "Let go… 15": the PMR countdown in words.
    Q_PROPERTY(QString countdownText READ countdownText NOTIFY progressChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY progressChanged)
    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY progressChanged)
    Q_PROPERTY(int round READ round NOTIFY phaseChanged)
    Q_PROPERTY(int rounds READ rounds NOTIFY lengthChanged)
    Q_PROPERTY(int stepIndex READ stepIndex NOTIFY phaseChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY loadedChanged)
    Q_PROPERTY(QString stepTitle READ stepTitle NOTIFY phaseChanged)
    Q_PROPERTY(QString stepInstruction READ stepInstruction NOTIFY phaseChanged)
    Q_PROPERTY(QString imageryTitle READ imageryTitle NOTIFY loadedChanged)
    Q_PROPERTY(QStringList imageryParagraphs READ imageryParagraphs NOTIFY loadedChanged)

    Q_PROPERTY(QString savedRecordId READ savedRecordId NOTIFY stageChanged)
    Q_PROPERTY(bool homeworkCheckedOff READ homeworkCheckedOff NOTIFY stageChanged)
    // "Tension 7 → 4" (or "Tension before: 7" without an after rating).
    Q_PROPERTY(QString resultText READ resultText NOTIFY stageChanged)
    Q_PROPERTY(QString minutesText READ minutesText NOTIFY stageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)

public:
    enum class Stage {
        Ready,      // choosing the technique and rating the tension before
        Practising, // running or paused
        Finished,   // ended (or stopped early): rate the tension after, then save
        Saved,
    };
    Q_ENUM(Stage)

    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit RelaxationPractice(QObject* parent = nullptr);
    ~RelaxationPractice() override;

    void classBegin() override;
    void componentComplete() override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    const QString& homeworkId() const { return m_homeworkId; }
    void setHomeworkId(const QString& id);
    // Tests: a fake monotonic clock (the timer keeps calling tick(), which reads it), the
    // programme read from a folder, and the UTC clock of the saved record.
    void setClock(Clock clock);
    void setProgrammeDirectory(const QString& directory);
    void setRecordClock(std::function<QDateTime()> clock);

    bool loaded() const { return m_programme != nullptr; }
    const QString& technique() const { return m_technique; }
    void setTechnique(const QString& technique);
    QString techniqueTitle() const;
    int lengthMinutes() const { return m_lengthMinutes; }
    void setLengthMinutes(int minutes);
    static QVariantList lengthChoices();
    int tensionBefore() const { return m_tensionBefore; }
    void setTensionBefore(int tension);
    int tensionAfter() const { return m_tensionAfter; }
    void setTensionAfter(int tension);

    Stage stage() const { return m_stage; }
    bool paused() const { return m_paused; }
    bool stoppedEarly() const { return m_stoppedEarly; }
    QString phase() const;
    QString cue() const;
    qreal phaseProgress() const;
    int phaseSecondsLeft() const;
    int phaseSeconds() const;
    QString countdownText() const;
    qreal progress() const;
    int secondsLeft() const;
    int elapsedSeconds() const { return int(m_elapsedMs / 1000); }
    int round() const;
    int rounds() const;
    int stepIndex() const { return m_step; }
    int stepCount() const;
    QString stepTitle() const;
    QString stepInstruction() const;
    QString imageryTitle() const;
    QStringList imageryParagraphs() const;
    // Minutes actually practised, to one decimal (what the record holds).
    double minutesPractised() const;

    const QString& savedRecordId() const { return m_savedRecordId; }
    bool homeworkCheckedOff() const { return m_homeworkCheckedOff; }
    QString resultText() const;
    QString minutesText() const;
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }

    // Reads the practices (the programme in the app's language).
    Q_INVOKABLE void load();
    // Starts the chosen technique; needs the tension before. False (with errorMessage) if not.
    Q_INVOKABLE bool start();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void togglePause();
    // Ends now; what was done can still be saved.
    Q_INVOKABLE void stop();
    // PMR: the next muscle group (after the last: the end) or the previous one (or this one
    // again from its start, on the first).
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    // Imagery: the patient has read the script to the end.
    Q_INVOKABLE void finishReading();
    // Saves the relaxation record (completed), checking off the homework. False with
    // errorMessage when it could not be saved.
    Q_INVOKABLE bool save();
    // Back to Ready for another practice (the technique and length are kept).
    Q_INVOKABLE void reset();
    Q_INVOKABLE void clearError();
    // Looks at the clock: moves the practice on to where it is now.
    Q_INVOKABLE void tick();

signals:
    void sessionChanged();
    void homeworkIdChanged();
    void loadedChanged();
    void techniqueChanged();
    void lengthChanged();
    void tensionChanged();
    void stageChanged();
    void pausedChanged();
    void phaseChanged();
    void progressChanged();
    void errorChanged();
    void failed(const QString& message);
    // The practice came to its end by itself (not stopped).
    void completed();

private:
    enum class Technique { None, Breathing, Pmr, Imagery };
    // Where the practice is at m_elapsedMs: its phase, when that began and how long it lasts.
    struct Position {
        QString phase;
        qint64 startMs = 0;
        qint64 lengthMs = 0; // 0: untimed
    };
    Technique kind() const;
    Position position() const;
    const programme::Practices* practices() const;
    int cycleMs() const;
    qint64 totalMs() const; // breathing: the whole practice; PMR: every step; imagery: none
    qint64 stepMs() const;
    qint64 now() const;
    void advanceTo(qint64 elapsedMs);
    void finish(bool early);
    void setStage(Stage stage);
    void setError(const QString& message, const QString& detail = {});
    void fail(const Error& error);

    QPointer<ProfileSession> m_session;
    QString m_homeworkId;
    bool m_complete = true;
    Clock m_clock;
    std::function<QDateTime()> m_recordClock;
    QString m_directory;
    std::unique_ptr<programme::Programme> m_programme;

    QString m_technique = QStringLiteral("breathing");
    int m_lengthMinutes = 5;
    int m_tensionBefore = -1;
    int m_tensionAfter = -1;

    Stage m_stage = Stage::Ready;
    bool m_paused = false;
    bool m_stoppedEarly = false;
    qint64 m_elapsedMs = 0; // practised so far, pauses left out
    qint64 m_resumedAt = 0; // clock when last started or resumed
    qint64 m_elapsedAtResume = 0;
    int m_step = 0;           // PMR: the muscle group
    qint64 m_stepStartMs = 0; // PMR: elapsed when this group began
    QString m_phase;
    QTimer m_timer;

    QString m_savedRecordId;
    bool m_homeworkCheckedOff = false;
    QString m_errorMessage;
    QString m_errorDetail;
};

} // namespace pacewise::ui
