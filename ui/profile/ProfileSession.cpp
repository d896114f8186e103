#include "ProfileSession.h"

#include "backup/Backup.h"
#include "crypto/PassphrasePolicy.h"
#include "error/Error.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QPointer>
#include <QUrl>
#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcProfile, "pacewise.profile")

namespace pacewise::ui {

ProfileSession* ProfileSession::s_instance = nullptr;

struct ProfileSession::Outcome {
    std::unique_ptr<store::Profile> profile;
    std::optional<Error> error;
};

namespace {

QString localPath(const QString& pathOrUrl) {
    const QString trimmed = pathOrUrl.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed);
    const QString path =
        url.isLocalFile() ? url.toLocalFile() : QDir::fromNativeSeparators(trimmed);
    return QDir::cleanPath(QDir(path).absolutePath());
}

} // namespace

ProfileSession::ProfileSession(QString directory, store::Profile::CreateOptions options,
                               store::UnlockThrottle::Clock clock, QObject* parent)
    : QObject(parent)
    , m_directory(localPath(directory))
    , m_options(options)
    , m_throttle(std::move(clock))
    , m_autoLockMinutes(store::Settings::kDefaultAutoLockMinutes) {
    if (!s_instance)
        s_instance = this;
    // One key derivation at a time: they are CPU-bound and the screens allow only one anyway.
    m_workers.setMaxThreadCount(1);
    m_countdown.setSingleShot(true);
    m_countdown.setTimerType(Qt::PreciseTimer);
    connect(&m_countdown, &QTimer::timeout, this, &ProfileSession::refreshCountdown);
    connect(&m_idle, &InactivityTimer::inactive, this, &ProfileSession::lock);
    probe();
}

ProfileSession::~ProfileSession() {
    if (m_profile)
        emit aboutToLock();
    if (s_instance == this)
        s_instance = nullptr;
}

ProfileSession* ProfileSession::create(QQmlEngine*, QJSEngine*) {
    if (!s_instance)
        qFatal("ProfileSession: main() must build the session before QML uses it");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString ProfileSession::profileDirectory() const {
    return QDir::toNativeSeparators(m_directory);
}

QString ProfileSession::defaultDirectory() {
    return QDir::toNativeSeparators(store::Profile::defaultDirectory());
}

int ProfileSession::minAutoLockMinutes() {
    return store::Settings::kMinAutoLockMinutes;
}
int ProfileSession::maxAutoLockMinutes() {
    return store::Settings::kMaxAutoLockMinutes;
}

QVariantMap ProfileSession::assessPassphrase(const QString& passphrase) const {
    using Strength = crypto::PassphraseAssessment::Strength;
    const crypto::PassphraseAssessment assessment = crypto::PassphrasePolicy::assess(passphrase);
    QString label;
    switch (assessment.strength) {
    case Strength::TooWeak:
        label = tr("Too weak");
        break;
    case Strength::Fair:
        label = tr("Fair");
        break;
    case Strength::Good:
        label = tr("Good");
        break;
    case Strength::Strong:
        label = tr("Strong");
        break;
    }
    return {
        {QStringLiteral("acceptable"), assessment.acceptable()},
        {QStringLiteral("strength"), static_cast<int>(assessment.strength)},
        {QStringLiteral("label"), label},
        {QStringLiteral("hint"), assessment.hint},
    };
}

void ProfileSession::createProfile(const QString& directory, const QString& passphrase,
                                   const QString& confirmation) {
    if (m_busy || m_profile)
        return;
    if (passphrase != confirmation) {
        fail(tr("The two passphrases are not the same. Type the same passphrase in both fields."));
        return;
    }
    const crypto::PassphraseAssessment assessment = crypto::PassphrasePolicy::assess(passphrase);
    if (!assessment.acceptable()) {
        fail(assessment.hint);
        return;
    }
    const QString target = directory.trimmed().isEmpty() ? m_directory : localPath(directory);
    if (target == m_directory && m_state != State::NeedsSetup)
        return; // the screens offer Create only for an empty folder
    const store::Profile::CreateOptions options = m_options;
    startJob([target, passphrase,
              options] { return store::Profile::create(target, passphrase, options); },
             [target](ProfileSession& self, Outcome& outcome) {
                 if (outcome.error) {
                     self.fail(*outcome.error);
                     return;
                 }
                 if (self.m_directory != target) {
                     self.m_directory = target;
                     emit self.profileDirectoryChanged();
                 }
                 self.adopt(std::move(outcome.profile));
             });
}

void ProfileSession::unlock(const QString& passphrase) {
    if (m_busy || m_state != State::Locked || throttled())
        return;
    if (passphrase.isEmpty()) {
        fail(tr("Type your passphrase, then choose Unlock."));
        return;
    }
    const QString directory = m_directory;
    startJob([directory, passphrase] { return store::Profile::open(directory, passphrase); },
             [](ProfileSession& self, Outcome& outcome) {
                 if (!outcome.error) {
                     self.adopt(std::move(outcome.profile));
                     return;
                 }
                 if (outcome.error->code() == ErrorCode::WrongPassphrase)
                     self.m_throttle.recordFailure();
                 self.fail(*outcome.error);
             });
}

void ProfileSession::lock() {
    if (m_lockMustWait) {
        // The key file is being rewritten, or the backup still reads the profile: report how
        // that ended before the screen goes away.
        m_lockPending = true;
        return;
    }
    const bool wasUnlocked = m_profile != nullptr;
    const bool unlocking = m_busy && m_state == State::Locked;
    if (!wasUnlocked && !unlocking)
        return;
    ++m_job; // a running unlock is abandoned: its result will be dropped
    m_idle.stop();
    if (wasUnlocked)
        emit aboutToLock();
    m_profile.reset(); // closes the database; SQLCipher wipes its copy of the key
    m_profileId.clear();
    setBusy(false);
    clearError();
    probe();
    if (wasUnlocked)
        emit locked();
}

void ProfileSession::changePassphrase(const QString& current, const QString& next,
                                      const QString& confirmation) {
    if (m_busy || !m_profile || throttled())
        return;
    if (current.isEmpty()) {
        fail(tr("Type your current passphrase first."));
        return;
    }
    if (next != confirmation) {
        fail(tr("The two new passphrases are not the same. Type the same new passphrase in both "
                "fields."));
        return;
    }
    if (next == current) {
        fail(tr("The new passphrase is the same as the current one. Choose a different one."));
        return;
    }
    const crypto::PassphraseAssessment assessment = crypto::PassphrasePolicy::assess(next);
    if (!assessment.acceptable()) {
        fail(assessment.hint);
        return;
    }
    const QString directory = m_directory;
    const store::Profile::CreateOptions options = m_options;
    m_lockMustWait = true;
    startJob(
        [directory, current, next, options] {
            store::Profile::changePassphrase(directory, current, next, options);
            return std::unique_ptr<store::Profile>();
        },
        [](ProfileSession& self, Outcome& outcome) { self.finishPassphraseChange(outcome); });
}

void ProfileSession::finishPassphraseChange(Outcome& outcome) {
    if (outcome.error) {
        if (outcome.error->code() == ErrorCode::WrongPassphrase)
            m_throttle.recordFailure();
        fail(*outcome.error);
    } else {
        m_throttle.recordSuccess();
        refreshCountdown();
        emit passphraseChanged();
    }
    endLockWait();
}

void ProfileSession::endLockWait() {
    m_lockMustWait = false;
    if (m_lockPending) {
        m_lockPending = false;
        lock();
    }
}

void ProfileSession::setProfileDirectory(const QString& pathOrUrl) {
    if (m_busy || m_profile)
        return;
    const QString path = localPath(pathOrUrl);
    if (path.isEmpty())
        return;
    clearError();
    if (path != m_directory) {
        m_directory = path;
        emit profileDirectoryChanged();
    }
    probe();
}

void ProfileSession::refresh() {
    if (m_busy || m_profile)
        return;
    clearError();
    probe();
}

bool ProfileSession::backUp(const QString& fileOrUrl) {
    const QString path = localPath(fileOrUrl);
    if (!m_profile || m_busy || path.isEmpty())
        return false;
    // The job reads the open profile (a second connection, the data key): lock() waits for it,
    // and the destructor waits for the workers before the profile goes.
    const store::Profile* profile = m_profile.get();
    m_lockMustWait = true;
    startJob(
        [profile, path] {
            backup::Backup::write(*profile, path);
            return std::unique_ptr<store::Profile>();
        },
        [path](ProfileSession& self, Outcome& outcome) {
            if (outcome.error)
                self.fail(*outcome.error);
            else
                emit self.backedUp(
                    tr("Your profile is backed up in %1. Keep this file somewhere safe, away from "
                       "this computer. To restore it you will need the passphrase you use now.")
                        .arg(QDir::toNativeSeparators(path)));
            self.endLockWait();
        });
    return true;
}

void ProfileSession::restoreBackup(const QString& fileOrUrl, const QString& passphrase) {
    if (m_busy || m_profile || m_state != State::NeedsSetup)
        return;
    const QString file = localPath(fileOrUrl);
    if (file.isEmpty()) {
        fail(tr("Choose the backup file first."));
        return;
    }
    if (passphrase.isEmpty()) {
        fail(tr("Type the passphrase your profile had when the backup was made."));
        return;
    }
    const QString directory = m_directory;
    startJob(
        [file, passphrase, directory] {
            backup::Backup::restore(file, passphrase, directory);
            return store::Profile::open(directory, passphrase);
        },
        [](ProfileSession& self, Outcome& outcome) {
            if (outcome.error) {
                self.probe();
                self.fail(*outcome.error);
                return;
            }
            self.adopt(std::move(outcome.profile));
        });
}

void ProfileSession::clearError() {
    setError({}, {});
}

void ProfileSession::setAutoLockMinutes(int minutes) {
    if (!m_profile)
        return;
    minutes = std::clamp(minutes, minAutoLockMinutes(), maxAutoLockMinutes());
    if (minutes == m_autoLockMinutes)
        return;
    try {
        store::Settings(m_profile->database()).setAutoLockMinutes(minutes);
    } catch (const Error& error) {
        fail(error);
        emit autoLockMinutesChanged(); // the screen shows the value that is still in force
        return;
    }
    m_autoLockMinutes = minutes;
    m_idle.setInterval(std::chrono::minutes(minutes));
    emit autoLockMinutesChanged();
}

void ProfileSession::startJob(Work work, Done done) {
    const quint64 job = ++m_job;
    clearError();
    setBusy(true);
    const QPointer<ProfileSession> self(this);
    m_workers.start([self, job, work = std::move(work), done = std::move(done)] {
        auto outcome = std::make_shared<Outcome>();
        try {
            outcome->profile = work();
        } catch (const Error& error) {
            outcome->error = error;
        } catch (const std::exception& exception) {
            outcome->error = Error(ErrorCode::Internal,
                                   tr("Something went wrong inside Pacewise. Please try again; if "
                                      "it happens again, show the details to your clinic."),
                                   QString::fromLocal8Bit(exception.what()));
        }
        // Back to the GUI thread. The session may have been locked (the job is stale) or
        // destroyed meanwhile; then the result is dropped and an opened profile closes again.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, job, outcome, done] {
                if (!self || self->m_job != job)
                    return;
                self->setBusy(false);
                done(*self, *outcome);
            },
            Qt::QueuedConnection);
    });
}

void ProfileSession::adopt(std::unique_ptr<store::Profile> profile) {
    m_throttle.recordSuccess();
    refreshCountdown();
    int minutes = store::Settings::kDefaultAutoLockMinutes;
    QString id;
    try {
        minutes = store::Settings(profile->database()).autoLockMinutes();
        id = profile->profileId();
    } catch (const Error& error) {
        profile.reset();
        probe();
        fail(error);
        return;
    }
    m_profile = std::move(profile);
    m_profileId = id;
    if (minutes != m_autoLockMinutes) {
        m_autoLockMinutes = minutes;
        emit autoLockMinutesChanged();
    }
    m_idle.setInterval(std::chrono::minutes(minutes));
    m_idle.start();
    setState(State::Unlocked);
    emit unlocked();
}

void ProfileSession::adoptOpenProfile(std::unique_ptr<store::Profile> profile,
                                      const QString& demoPassphrase) {
    if (!profile || m_busy || m_profile)
        return;
    const QString directory = localPath(profile->directory());
    if (directory != m_directory) {
        m_directory = directory;
        emit profileDirectoryChanged();
    }
    if (!demoPassphrase.isEmpty()) {
        m_demo = true;
        m_demoPassphrase = demoPassphrase;
        emit demoChanged();
    }
    adopt(std::move(profile));
}

void ProfileSession::fail(const Error& error) {
    // The message and detail never hold a passphrase or patient data (see Error); a wrong
    // passphrase is not worth a log line.
    if (error.code() != ErrorCode::WrongPassphrase)
        qCWarning(lcProfile).noquote() << error.message() << error.detail();
    fail(error.message(), error.detail());
}

void ProfileSession::fail(const QString& message, const QString& detail) {
    setError(message, detail);
    refreshCountdown();
    emit failed(message);
}

bool ProfileSession::throttled() {
    refreshCountdown();
    if (m_retrySeconds == 0)
        return false;
    fail(tr("Please wait %n second(s), then try again.", nullptr, m_retrySeconds));
    return true;
}

void ProfileSession::refreshCountdown() {
    const std::chrono::milliseconds remaining = m_throttle.remaining();
    const int seconds = static_cast<int>((remaining.count() + 999) / 1000);
    if (seconds != m_retrySeconds) {
        m_retrySeconds = seconds;
        emit retrySecondsChanged();
    }
    if (remaining.count() > 0) {
        // Wake at the next whole second of the wait, so the number on screen changes on time.
        const auto untilNextSecond = static_cast<int>(remaining.count() % 1000);
        m_countdown.start(untilNextSecond == 0 ? 1000 : untilNextSecond);
    } else {
        m_countdown.stop();
    }
}

void ProfileSession::probe() {
    if (m_profile) {
        setState(State::Unlocked);
        return;
    }
    switch (store::Profile::probe(m_directory)) {
    case store::Profile::State::Empty:
        setState(State::NeedsSetup);
        break;
    case store::Profile::State::Present:
        setState(State::Locked);
        break;
    case store::Profile::State::KeyFileMissing:
        setState(State::KeyFileMissing);
        break;
    }
}

void ProfileSession::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    clearError();
    emit stateChanged();
}

void ProfileSession::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void ProfileSession::setError(const QString& message, const QString& detail) {
    if (message == m_errorMessage && detail == m_errorDetail)
        return;
    m_errorMessage = message;
    m_errorDetail = detail;
    emit errorChanged();
}

} // namespace pacewise::ui
