#pragma once

#include "InactivityTimer.h"
#include "store/Profile.h"
#include "store/UnlockThrottle.h"

#include <QObject>
#include <QQmlEngine>
#include <QThreadPool>
#include <QTimer>
#include <QVariantMap>
#include <chrono>
#include <functional>
#include <memory>

namespace pacewise {
class Error;
}

namespace pacewise::ui {

// The patient's profile as the screens see it: is there one, is it locked, unlock it, lock it,
// change its passphrase. Built once in main() and handed to QML as a singleton; it runs without a
// QML engine in tests.
//
// The async contract: createProfile(), unlock() and changePassphrase() derive a key (about 0.4 s)
// on a worker thread, and backUp() writes its file there. While one runs, `busy` is true; it ends
// with unlocked() / passphraseChanged() / backedUp() or with failed() and `errorMessage`. lock()
// abandons a running unlock, create or restore (its late result is dropped) and waits for a
// passphrase change or a backup to end.
class ProfileSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString profileDirectory READ profileDirectory NOTIFY profileDirectoryChanged)
    Q_PROPERTY(QString defaultDirectory READ defaultDirectory CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorChanged)
    Q_PROPERTY(int retrySeconds READ retrySeconds NOTIFY retrySecondsChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY
                   autoLockMinutesChanged)
    Q_PROPERTY(int minAutoLockMinutes READ minAutoLockMinutes CONSTANT)
    Q_PROPERTY(int maxAutoLockMinutes READ maxAutoLockMinutes CONSTANT)
    Q_PROPERTY(QString profileId READ profileId NOTIFY stateChanged)
    Q_PROPERTY(bool demo READ demo NOTIFY demoChanged)
    Q_PROPERTY(QString demoPassphrase READ demoPassphrase NOTIFY demoChanged)

public:
    enum class State {
        NeedsSetup,     // no profile in the folder yet
        Locked,         // a profile waits for its passphrase
        Unlocked,       // open: the database is readable
        KeyFileMissing, // a database without its key file: explain, touch nothing
    };
    Q_ENUM(State)

    // `directory` is the profile folder. `options` fixes the KDF cost (tests); `clock` drives the
    // wait after wrong passphrases (tests step it instead of sleeping).
    explicit ProfileSession(QString directory, store::Profile::CreateOptions options = {},
                            store::UnlockThrottle::Clock clock = &std::chrono::steady_clock::now,
                            QObject* parent = nullptr);
    ~ProfileSession() override;

    // The QML singleton: the instance main() built (there must be exactly one).
    static ProfileSession* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    State state() const { return m_state; }
    QString profileDirectory() const; // with native separators, for display
    static QString defaultDirectory();
    bool busy() const { return m_busy; }
    const QString& errorMessage() const { return m_errorMessage; }
    const QString& errorDetail() const { return m_errorDetail; }
    int retrySeconds() const { return m_retrySeconds; }
    int autoLockMinutes() const { return m_autoLockMinutes; }
    void setAutoLockMinutes(int minutes);
    static int minAutoLockMinutes();
    static int maxAutoLockMinutes();
    const QString& profileId() const { return m_profileId; }
    // A throw-away profile full of made-up data (pacewise --demo): the screens say so everywhere,
    // and the unlock page shows its passphrase.
    bool demo() const { return m_demo; }
    const QString& demoPassphrase() const { return m_demoPassphrase; }

    // For the C++ view-models (never handed to QML): the open profile, or nullptr while locked.
    // Do not keep it: locking destroys it.
    store::Profile* profile() const { return m_profile.get(); }
    store::Database* database() const { return m_profile ? &m_profile->database() : nullptr; }

    // Takes a profile that is already open, as if it had just been unlocked: the demo (main)
    // and tests that build their data before the screens start. A non-empty `demoPassphrase`
    // marks it as the demo profile.
    void adoptOpenProfile(std::unique_ptr<store::Profile> profile,
                          const QString& demoPassphrase = {});

    // {acceptable: bool, strength: 0-3, label: string, hint: string}, all translated.
    Q_INVOKABLE QVariantMap assessPassphrase(const QString& passphrase) const;
    Q_INVOKABLE void createProfile(const QString& directory, const QString& passphrase,
                                   const QString& confirmation);
    Q_INVOKABLE void unlock(const QString& passphrase);
    Q_INVOKABLE void lock();
    Q_INVOKABLE void changePassphrase(const QString& current, const QString& next,
                                      const QString& confirmation);
    // A folder from the folder chooser (a local path or a file: URL). Not while unlocked.
    Q_INVOKABLE void setProfileDirectory(const QString& pathOrUrl);
    // Writes an encrypted backup of the open profile to a file (a local path or a file: URL) on
    // a worker thread (about a second for five years of data, an 8 MB file): true when it
    // started, then backedUp() or failed() with `errorMessage`; `busy` meanwhile. A lock() asked
    // for meanwhile waits for the backup to end, then locks.
    Q_INVOKABLE bool backUp(const QString& fileOrUrl);
    // Restores a backup file into the profile folder, which must hold no profile yet, then
    // unlocks it with the same passphrase (the one the profile had when it was backed up). Async
    // like unlock(): unlocked() or failed(); a refused backup leaves the folder as it was.
    Q_INVOKABLE void restoreBackup(const QString& fileOrUrl, const QString& passphrase);
    // Looks at the folder again (after the person restored a file, for example).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearError();

    // The idle timer that locks this session; tests shorten its interval.
    InactivityTimer& inactivityTimer() { return m_idle; }

signals:
    void stateChanged();
    void profileDirectoryChanged();
    void busyChanged();
    void errorChanged();
    void retrySecondsChanged();
    void autoLockMinutesChanged();
    void demoChanged();

    void unlocked();
    // Emitted (synchronously) just before lock() closes the profile, while database() is still
    // open: work that holds its own connection to it (the sync) must stop and close it here.
    void aboutToLock();
    void locked();
    void failed(const QString& message);
    void passphraseChanged();
    void backedUp(const QString& message);

private:
    struct Outcome;
    using Work = std::function<std::unique_ptr<store::Profile>()>;
    using Done = std::function<void(ProfileSession&, Outcome&)>;

    void startJob(Work work, Done done);
    void finishPassphraseChange(Outcome& outcome);
    void endLockWait();
    void adopt(std::unique_ptr<store::Profile> profile);
    void fail(const Error& error);
    void fail(const QString& message, const QString& detail = {});
    void setState(State state);
    void setBusy(bool busy);
    void setError(const QString& message, const QString& detail);
    void probe();
    void refreshCountdown();
    bool throttled();

    QString m_directory;
    store::Profile::CreateOptions m_options;
    store::UnlockThrottle m_throttle;
    std::unique_ptr<store::Profile> m_profile;
    State m_state = State::NeedsSetup;
    bool m_busy = false;
    QString m_errorMessage;
    QString m_errorDetail;
    int m_retrySeconds = 0;
    int m_autoLockMinutes;
    QString m_profileId;
    bool m_demo = false;
    QString m_demoPassphrase;
    quint64 m_job = 0; // bumped by every job and by lock(): a result for an older value is stale
    // A job lock() must let finish: a passphrase change rewriting the key file, a backup reading
    // the open profile. A lock() asked for meanwhile is held in m_lockPending.
    bool m_lockMustWait = false;
    bool m_lockPending = false;
    QTimer m_countdown;
    InactivityTimer m_idle;
    // Last member: its destructor waits for a running key derivation while the rest still lives.
    QThreadPool m_workers;

    static ProfileSession* s_instance;
};

} // namespace pacewise::ui
