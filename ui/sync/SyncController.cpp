#include "SyncController.h"

#include "diary/DiaryWording.h"
#include "error/Error.h"
#include "store/Outbox.h"
#include "store/Profile.h"
#include "sync/ClinicConnection.h"
#include "sync/CurlTransport.h"

#include <QLoggingCategory>
#include <QThread>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "pacewise.sync")

namespace pacewise::ui {

using Outcome = sync::SyncReport::Outcome;

namespace {

const char* outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::Done:
        return "Done";
    case Outcome::NotEnrolled:
        return "NotEnrolled";
    case Outcome::AlreadyRunning:
        return "AlreadyRunning";
    case Outcome::Offline:
        return "Offline";
    case Outcome::Unauthorized:
        return "Unauthorized";
    case Outcome::Forbidden:
        return "Forbidden";
    case Outcome::TlsFailed:
        return "TlsFailed";
    case Outcome::ServerBusy:
        return "ServerBusy";
    case Outcome::ServerError:
        return "ServerError";
    case Outcome::BadReply:
        return "BadReply";
    case Outcome::Cancelled:
        return "Cancelled";
    }
    return "?";
}

// Failures that another try cannot fix: the access code or the server's certificate. Automatic
// sync waits for the person to change the clinic settings.
bool needsThePerson(Outcome outcome) {
    return outcome == Outcome::Unauthorized || outcome == Outcome::Forbidden ||
           outcome == Outcome::TlsFailed;
}

} // namespace

// One sync on the worker thread: what it needs, handed over from the GUI thread.
struct SyncController::Run {
    sync::CancelFlag cancel;
    std::unique_ptr<store::Database> db; // its own connection; closed on the worker
    sync::CurlTransport::TlsOptions tls;
    sync::SyncEngine::Options options;
};

SyncController::SyncController(QObject* parent)
    : QObject(parent) {
    m_due.setSingleShot(true);
    m_afterChange.setSingleShot(true);
    m_afterChange.setInterval(kAfterChange);
    m_poll.setInterval(kOutboxPoll);
    connect(&m_due, &QTimer::timeout, this, &SyncController::automaticDue);
    connect(&m_afterChange, &QTimer::timeout, this, &SyncController::automaticDue);
    connect(&m_poll, &QTimer::timeout, this, &SyncController::pollOutbox);
}

SyncController::~SyncController() {
    stopAndWait();
}

void SyncController::classBegin() {
    m_complete = false;
}

void SyncController::componentComplete() {
    m_complete = true;
    if (m_session && m_session->database())
        onUnlocked();
}

void SyncController::setSession(ProfileSession* session) {
    if (session == m_session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        onAboutToLock();
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &ProfileSession::unlocked, this, &SyncController::onUnlocked);
        // Direct: the worker must let go of its connection before lock() closes the profile.
        connect(m_session, &ProfileSession::aboutToLock, this, &SyncController::onAboutToLock,
                Qt::DirectConnection);
    }
    emit sessionChanged();
    if (m_complete && m_session && m_session->database())
        onUnlocked();
}

void SyncController::setAutomatic(bool automatic) {
    if (automatic == m_automatic)
        return;
    m_automatic = automatic;
    emit automaticChanged();
    if (!m_automatic) {
        m_due.stop();
        m_afterChange.stop();
    } else if (m_session && m_session->database() && enrolled() && !m_paused) {
        planIn(kFirstDelay);
    }
}

qreal SyncController::progress() const {
    if (m_progress.toSend <= 0)
        return 0;
    return std::clamp(qreal(m_progress.sent) / qreal(m_progress.toSend), qreal(0), qreal(1));
}

QString SyncController::progressText() const {
    if (!m_busy)
        return {};
    if (m_progress.toSend > 0)
        return tr("%1 of %2 sent").arg(m_progress.sent).arg(m_progress.toSend);
    return tr("Checking with your clinic…");
}

QString SyncController::heldText() const {
    if (m_status.held <= 0)
        return {};
    return tr("%n entry(s) were not accepted by the clinic's server. They stay on this computer; "
              "your clinic can help.",
              nullptr, m_status.held);
}

QString SyncController::lastSyncText() const {
    if (!m_status.lastSuccessAt.isValid())
        return tr("Never sent yet");
    const QDateTime when = m_status.lastSuccessAt.toLocalTime();
    const QDate today = QDate::currentDate();
    const QString time = DiaryWording::timeText(when);
    if (when.date() == today)
        return tr("Last sent to your clinic: today at %1").arg(time);
    if (when.date() == today.addDays(-1))
        return tr("Last sent to your clinic: yesterday at %1").arg(time);
    return tr("Last sent to your clinic: %1 at %2").arg(DiaryWording::dateText(when), time);
}

QString SyncController::statusText() const {
    if (!m_session || !m_session->database())
        return {};
    if (!m_status.enrolled)
        return tr("Pacewise is not connected to a clinic. Nothing leaves this computer.");
    if (m_busy)
        return tr("Sending to your clinic…");
    if (!m_errorMessage.isEmpty())
        return m_errorMessage;
    const int waiting = waitingCount();
    if (waiting > 0)
        return tr("%n entry(s) waiting to be sent.", nullptr, waiting);
    return tr("Everything is sent.");
}

QDateTime SyncController::nextAutomaticSync() const {
    if (!m_due.isActive())
        return {};
    return QDateTime::currentDateTimeUtc().addMSecs(m_due.remainingTime());
}

void SyncController::syncNow() {
    start(Trigger::Person);
}

void SyncController::cancel() {
    if (m_run)
        m_run->cancel.cancel();
}

void SyncController::refresh() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    sync::SyncStatus status;
    if (db) {
        try {
            status = sync::SyncStatus::read(*db);
        } catch (const Error& error) {
            qCWarning(lcSync).noquote() << "cannot read the sync status:" << error.detail();
            setError(error.message(), error.detail());
        }
    }
    // The outbox grew since we last looked (a diary entry was saved): send it soon. A safety
    // flag (a worrying answer for the care team) is sent at once, not a minute later.
    const bool urgentArrived = status.urgentWaiting && !m_status.urgentWaiting;
    if (m_lastOutboxCount >= 0 && status.waiting > m_lastOutboxCount)
        m_afterChange.start();
    m_lastOutboxCount = status.waiting;
    m_status = status;
    emit statusChanged();
    if (urgentArrived && !m_busy && enrolled() && !m_paused) {
        m_afterChange.stop();
        planIn(std::chrono::milliseconds(0));
    }
}

void SyncController::stopAndWait() {
    if (!m_thread)
        return;
    m_run->cancel.cancel();
    m_thread->wait(); // the transport gives up within about 100 ms of the cancel
    m_thread.reset();
    m_run.reset();
    ++m_generation; // its queued result, if any, is dropped
    m_progress = {};
    emit progressChanged();
    setBusy(false);
}

void SyncController::connectionChanged() {
    m_paused = false;
    m_skipSpacing = true;
    m_backoff = std::chrono::minutes(0);
    m_notBefore = {};
    m_lastReport.reset();
    setError({}, {});
    refresh();
    m_due.stop();
    if (m_automatic && enrolled())
        planIn(kFirstDelay);
}

void SyncController::start(Trigger trigger) {
    store::Profile* profile = m_session ? m_session->profile() : nullptr;
    if (m_busy || !profile)
        return;
    auto run = std::make_shared<Run>();
    try {
        const std::optional<sync::ClinicEndpoint> endpoint =
            sync::ClinicConnection(profile->database()).endpoint();
        if (!endpoint) {
            refresh();
            if (trigger == Trigger::Person)
                setError(tr("Pacewise is not connected to a clinic yet. Set it up under Settings, "
                            "Clinic connection."),
                         {});
            return;
        }
        run->tls = {endpoint->caFile, endpoint->pinnedPublicKey};
        run->db = std::make_unique<store::Database>(profile->openConnection());
    } catch (const Error& error) {
        qCWarning(lcSync).noquote() << "cannot start a sync:" << error.detail();
        setError(error.message(), error.detail());
        sync::SyncReport failed;
        failed.outcome = Outcome::ServerError;
        planAfter(failed, true);
        return;
    }
    run->options = m_engineOptions;
    if (trigger == Trigger::Person)
        run->options.rarelyChangedInterval = std::chrono::hours(0); // look for everything
    const quint64 generation = ++m_generation;
    m_due.stop();
    m_afterChange.stop();
    m_run = run;
    m_progress = {};
    setError({}, {});
    qCInfo(lcSync) << (trigger == Trigger::Person ? "sync asked for" : "automatic sync");

    // The controller outlives the thread (stopAndWait() in the destructor), so the worker may
    // post to it; a result that arrives after a lock is dropped by its generation.
    m_thread.reset(QThread::create([this, run, generation] {
        sync::SyncReport report;
        QString failure;
        QString failureDetail;
        try {
            sync::CurlTransport transport(run->tls);
            sync::ClinicConnection tokens(*run->db);
            sync::SyncEngine engine(*run->db, transport, tokens, run->options);
            report = engine.run(run->cancel, [this, generation](const sync::SyncProgress& p) {
                QMetaObject::invokeMethod(
                    this, [this, generation, p] { onProgress(generation, p); },
                    Qt::QueuedConnection);
            });
        } catch (const Error& error) {
            failure = error.message();
            failureDetail = error.detail();
        } catch (const std::exception& exception) {
            failure = tr("Something went wrong inside Pacewise while sending. Your diary is "
                         "safe; Pacewise will try again later.");
            failureDetail = QString::fromLocal8Bit(exception.what());
        }
        run->db.reset(); // closed on the thread that used it, before the result is reported
        QMetaObject::invokeMethod(
            this,
            [this, generation, report, failure, failureDetail] {
                onFinished(generation, report, failure, failureDetail);
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("pacewise-sync"));
    m_thread->start();
    setBusy(true);
    emit progressChanged();
    emit statusChanged();
}

void SyncController::onProgress(quint64 generation, const sync::SyncProgress& progress) {
    if (generation != m_generation)
        return;
    m_progress = progress;
    emit progressChanged();
}

void SyncController::onFinished(quint64 generation, const sync::SyncReport& report,
                                const QString& failure, const QString& failureDetail) {
    if (generation != m_generation)
        return;
    if (m_thread)
        m_thread->wait(); // it has posted its last word and is ending
    m_thread.reset();
    m_run.reset();
    const bool threw = !failure.isEmpty();
    if (threw) {
        qCWarning(lcSync).noquote() << "sync failed:" << failureDetail;
        setError(failure, failureDetail);
    } else {
        // Counts and the technical detail only: the engine keeps patient data and the token out
        // of `detail`.
        qCInfo(lcSync).noquote() << "sync ended:" << outcomeName(report.outcome) << "pushed"
                                 << report.pushed << "held" << report.held << "pulled"
                                 << report.pulled << "remaining" << report.remaining << "requests"
                                 << report.requests << report.detail;
        m_lastReport = report;
        if (report.outcome == Outcome::Done || report.outcome == Outcome::Cancelled)
            setError({}, {});
        else
            setError(report.message, report.detail);
        if (report.outcome == Outcome::Done)
            m_paused = false;
    }
    m_progress = {};
    setBusy(false);
    m_lastOutboxCount = threw ? m_lastOutboxCount : report.remaining;
    refresh(); // an entry saved during the sync makes the outbox larger than `remaining`
    planAfter(report, threw);
    emit progressChanged();
    emit finished(!threw && report.succeeded());
}

void SyncController::planAfter(const sync::SyncReport& report, bool threw) {
    const Outcome outcome = threw ? Outcome::ServerError : report.outcome;
    if (outcome == Outcome::NotEnrolled) {
        m_due.stop();
        return;
    }
    if (needsThePerson(outcome)) {
        m_paused = true;
        m_due.stop();
        m_afterChange.stop();
        emit statusChanged();
        return;
    }
    if (outcome == Outcome::Done || outcome == Outcome::Cancelled) {
        if (outcome == Outcome::Done) {
            m_backoff = std::chrono::minutes(0);
            m_notBefore = {};
        }
        planIn(kPeriod);
        return;
    }
    // A failure another try may fix (offline, busy or failing server, another sync running).
    m_backoff = m_backoff.count() == 0 ? kFirstBackoff : std::min(m_backoff * 2, kMaxBackoff);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_notBefore = now.addSecs(std::chrono::duration_cast<std::chrono::seconds>(m_backoff).count());
    if (report.retryAt.isValid() && report.retryAt > m_notBefore)
        m_notBefore = report.retryAt;
    planIn(std::chrono::milliseconds(now.msecsTo(m_notBefore)));
}

void SyncController::planIn(std::chrono::milliseconds delay) {
    if (!m_automatic)
        return;
    m_due.start(std::max(delay, std::chrono::milliseconds(0)));
}

void SyncController::automaticDue() {
    if (!m_automatic || m_busy || m_paused || !m_session || !m_session->database() || !enrolled())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_notBefore.isValid() && now < m_notBefore) {
        // A diary change during a backoff: the backoff's own timer is already set.
        if (!m_due.isActive())
            planIn(std::chrono::milliseconds(now.msecsTo(m_notBefore)));
        return;
    }
    refresh();
    if (!m_skipSpacing && !m_status.urgentWaiting && m_status.lastSuccessAt.isValid()) {
        const QDateTime earliest = m_status.lastSuccessAt.addSecs(
            std::chrono::duration_cast<std::chrono::seconds>(kSpacing).count());
        if (now < earliest && m_status.lastSuccessAt <= now) {
            if (!m_due.isActive() || m_due.remainingTime() > now.msecsTo(earliest))
                planIn(std::chrono::milliseconds(now.msecsTo(earliest)));
            return;
        }
    }
    m_skipSpacing = false;
    start(Trigger::Automatic);
}

void SyncController::pollOutbox() {
    store::Database* db = m_session ? m_session->database() : nullptr;
    if (!db || m_busy)
        return;
    try {
        if (store::Outbox(*db).waitingRecords() != m_status.waiting)
            refresh();
    } catch (const Error& error) {
        qCWarning(lcSync).noquote() << "cannot count the outbox:" << error.detail();
    }
}

void SyncController::onUnlocked() {
    reset();
    refresh();
    // What the last session of this profile ended with still holds until something changes.
    if (m_status.lastOutcome && needsThePerson(*m_status.lastOutcome)) {
        m_paused = true;
        setError(m_status.lastMessage, {});
    } else if (m_status.lastOutcome && *m_status.lastOutcome != Outcome::Done &&
               *m_status.lastOutcome != Outcome::Cancelled) {
        setError(m_status.lastMessage, {});
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_status.retryAt.isValid() && m_status.retryAt > now)
        m_notBefore = m_status.retryAt;
    m_poll.start();
    if (m_automatic && enrolled() && !m_paused) {
        auto delay = std::chrono::duration_cast<std::chrono::milliseconds>(kFirstDelay);
        if (m_notBefore.isValid())
            delay = std::max(delay, std::chrono::milliseconds(now.msecsTo(m_notBefore)));
        planIn(delay);
    }
    emit statusChanged();
}

void SyncController::onAboutToLock() {
    stopAndWait();
    reset();
    emit statusChanged();
}

void SyncController::reset() {
    m_due.stop();
    m_afterChange.stop();
    m_poll.stop();
    m_status = {};
    m_lastReport.reset();
    m_paused = false;
    m_backoff = std::chrono::minutes(0);
    m_notBefore = {};
    m_lastOutboxCount = -1;
    m_errorMessage.clear();
    m_errorDetail.clear();
}

void SyncController::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
    emit statusChanged();
}

void SyncController::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit statusChanged();
}

} // namespace pacewise::ui
