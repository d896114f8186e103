#pragma once

#include "profile/ProfileSession.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStatus.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QTimer>
#include <chrono>
#include <memory>
#include <optional>

class QThread;

namespace pacewise::ui {

// Sync with the clinic as the screens see it: what is waiting, when it was last sent, a sync in
// progress, and the automatic schedule. One per window (Main.qml makes it and hands it to the
// pages that show it); it runs without a QML engine in tests.
//
// The async contract: syncNow() runs core's SyncEngine on a worker thread with its own database
// connection and its own CurlTransport. While it runs, `busy` is true and `progress` moves; it
// ends with finished(). Locking the profile cancels a running sync and waits for it (about
// 100 ms) before the database closes; its late result is dropped.
//
// Automatic sync (while `automatic` is true): shortly after unlocking, then every 15 minutes,
// and a minute after the outbox last grew (so a burst of diary edits goes in one sync). After a
// failure it waits 1, 2, 4 ... up to 60 minutes, and never before the server's Retry-After. After
// Unauthorized or TlsFailed it stops until the clinic settings change: trying again cannot help,
// the person has to act.
class SyncController : public QObject, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(
        pacewise::ui::ProfileSession* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool automatic READ automatic WRITE setAutomatic NOTIFY automaticChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // 0..1 while busy; `progressKnown` is false while the amount is not known yet (indeterminate).
    Q_PROPERTY(qreal progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(bool progressKnown READ progressKnown NOTIFY progressChanged)
    Q_PROPERTY(int sentCount READ sentCount NOTIFY progressChanged)
    Q_PROPERTY(int toSend READ toSend NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY statusChanged)
    Q_PROPERTY(int heldCount READ heldCount NOTIFY statusChanged)
    Q_PROPERTY(QString heldText READ heldText NOTIFY statusChanged)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY statusChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY statusChanged)
    // True after a failure only the person can fix (access code, certificate): the screens point
    // to the clinic settings.
    Q_PROPERTY(bool needsAttention READ needsAttention NOTIFY statusChanged)
    Q_PROPERTY(QDateTime retryAt READ retryAt NOTIFY statusChanged)

public:
    static constexpr std::chrono::seconds kFirstDelay{10};
    // Automatic syncs come at least kSpacing after the last one that succeeded, so that a day of
    // diary entries travels in one or two requests on a metered line; a safety row waiting, a
    // change of the clinic settings and Send now do not wait.
    static constexpr std::chrono::hours kSpacing{8};
    static constexpr std::chrono::hours kPeriod{8};
    static constexpr std::chrono::seconds kAfterChange{60}; // then kSpacing applies
    static constexpr std::chrono::seconds kOutboxPoll{20};
    // Backoff after failed automatic syncs: 1, 2, 4 ... minutes, capped at an hour.
    static constexpr std::chrono::minutes kFirstBackoff{1};
    static constexpr std::chrono::minutes kMaxBackoff{60};

    explicit SyncController(QObject* parent = nullptr);
    ~SyncController() override;

    void classBegin() override;
    void componentComplete() override;

    ProfileSession* session() const { return m_session; }
    void setSession(ProfileSession* session);
    bool automatic() const { return m_automatic; }
    void setAutomatic(bool automatic);

    bool enrolled() const { return m_status.enrolled; }
    bool busy() const { return m_busy; }
    qreal progress() const;
    bool progressKnown() const { return m_progress.toSend > 0; }
    int sentCount() const { return m_progress.sent; }
    int toSend() const { return m_progress.toSend; }
    QString progressText() const;
    int waitingCount() const { return m_status.waiting - m_status.held; }
    int heldCount() const { return m_status.held; }
    QString heldText() const;
    QString lastSyncText() const;
    QString statusText() const;
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }
    bool needsAttention() const { return m_paused; }
    QDateTime retryAt() const { return m_status.retryAt; }

    // The engine's settings (tests shorten the retries).
    void setEngineOptions(const sync::SyncEngine::Options& options) { m_engineOptions = options; }
    // When the next automatic sync is due; invalid when none is planned.
    QDateTime nextAutomaticSync() const;

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void cancel();
    // Reads the sync status from the store again.
    Q_INVOKABLE void refresh();

    // For the clinic settings: stops a running sync and waits for it, before the connection
    // changes underneath it.
    void stopAndWait();
    // The clinic settings changed (enrolled, forgotten): read everything again, and resume
    // automatic sync if it had stopped for the person to act.
    void connectionChanged();

signals:
    void sessionChanged();
    void automaticChanged();
    void statusChanged();
    void busyChanged();
    void progressChanged();
    // A sync ended (not one abandoned by locking).
    void finished(bool succeeded);

private:
    struct Run;
    enum class Trigger { Person, Automatic };

    void start(Trigger trigger);
    void onProgress(quint64 generation, const sync::SyncProgress& progress);
    void onFinished(quint64 generation, const sync::SyncReport& report, const QString& failure,
                    const QString& failureDetail);
    void planAfter(const sync::SyncReport& report, bool threw);
    void planIn(std::chrono::milliseconds delay);
    void automaticDue();
    void pollOutbox();
    void onUnlocked();
    void onAboutToLock();
    void reset();
    void setBusy(bool busy);
    void setError(const QString& message, const QString& detail);

    QPointer<ProfileSession> m_session;
    bool m_complete = true;
    bool m_automatic = true;
    sync::SyncEngine::Options m_engineOptions;

    sync::SyncStatus m_status;
    std::optional<sync::SyncReport> m_lastReport; // of this session, newest
    sync::SyncProgress m_progress;
    bool m_busy = false;
    QString m_errorMessage;
    QString m_errorDetail;

    bool m_paused = false; // Unauthorized or TlsFailed: no automatic sync until settings change
    std::chrono::minutes m_backoff{0};
    QDateTime m_notBefore;      // UTC: no automatic sync earlier (backoff and Retry-After)
    bool m_skipSpacing = false; // the clinic settings changed: the next automatic sync is now
    int m_lastOutboxCount = -1;

    QTimer m_due;         // the next automatic sync
    QTimer m_afterChange; // a minute after the outbox last grew
    QTimer m_poll;        // looks at the outbox size

    quint64 m_generation = 0; // bumped by every run and by stopAndWait(): older results are stale
    std::shared_ptr<Run> m_run;
    std::unique_ptr<QThread> m_thread;
};

} // namespace pacewise::ui
