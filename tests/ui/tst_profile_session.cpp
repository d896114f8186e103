// ProfileSession and InactivityTimer without a QML engine: the behaviour the screens rely on.

#include "CatchRunner.h"
#include "profile/InactivityTimer.h"
#include "profile/ProfileSession.h"
#include "store/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <catch2/catch.hpp>
#include <chrono>
#include <memory>

using namespace std::chrono_literals;
using pacewise::ui::InactivityTimer;
using pacewise::ui::ProfileSession;
using State = ProfileSession::State;

namespace {

const QString kPassphrase = QStringLiteral("quiet river walk 42");
const QString kNewPassphrase = QStringLiteral("seven green kites at dawn");
const QString kWrongPassphrase = QStringLiteral("loud mountain run 7");
constexpr int kJobTimeoutMs = 20000;

// A profile folder, a session on it with the minimum KDF cost, and a clock the test steps.
struct Fixture {
    QTemporaryDir temporary;
    QString folder = QDir(temporary.path()).filePath(QStringLiteral("profile"));
    std::shared_ptr<std::chrono::steady_clock::time_point> now =
        std::make_shared<std::chrono::steady_clock::time_point>(std::chrono::steady_clock::now());
    ProfileSession session{folder, options(), [now = now] {
                               return *now;
                           }};

    static pacewise::store::Profile::CreateOptions options() {
        pacewise::store::Profile::CreateOptions options;
        options.iterations = 210'000;
        return options;
    }

    void advance(std::chrono::seconds by) { *now += by; }

    // Runs an operation and waits for the signal that ends it.
    bool runUntil(void (ProfileSession::*signal)(), const std::function<void()>& operation) {
        QSignalSpy spy(&session, signal);
        operation();
        return spy.count() > 0 || spy.wait(kJobTimeoutMs);
    }

    QString failureOf(const std::function<void()>& operation) {
        QSignalSpy spy(&session, &ProfileSession::failed);
        operation();
        if (spy.isEmpty() && !spy.wait(kJobTimeoutMs))
            return QStringLiteral("<no failure>");
        return spy.takeFirst().at(0).toString();
    }

    void createAndUnlock() {
        REQUIRE(runUntil(&ProfileSession::unlocked, [this] {
            session.createProfile(session.profileDirectory(), kPassphrase, kPassphrase);
        }));
    }

    void lock() {
        REQUIRE(runUntil(&ProfileSession::locked, [this] { session.lock(); }));
    }
};

void sendKeyPress() {
    QObject target;
    QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
    QCoreApplication::sendEvent(&target, &press);
}

} // namespace

TEST_CASE("an empty folder needs setup") {
    Fixture f;
    CHECK(f.session.state() == State::NeedsSetup);
    CHECK(f.session.profileDirectory() == QDir::toNativeSeparators(f.folder));
    CHECK_FALSE(f.session.busy());
    CHECK(f.session.retrySeconds() == 0);
}

TEST_CASE("creating a profile unlocks it") {
    Fixture f;
    QSignalSpy busy(&f.session, &ProfileSession::busyChanged);
    f.createAndUnlock();

    CHECK(f.session.state() == State::Unlocked);
    CHECK_FALSE(f.session.busy());
    CHECK(busy.count() == 2); // on, then off
    CHECK_FALSE(f.session.profileId().isEmpty());
    CHECK(f.session.autoLockMinutes() == 10);
    CHECK(f.session.errorMessage().isEmpty());
    CHECK(QFile::exists(QDir(f.folder).filePath(QStringLiteral("pacewise.key"))));
    CHECK(f.session.inactivityTimer().isActive());
}

TEST_CASE("a confirmation that does not match is refused before any work") {
    Fixture f;
    const QString message = f.failureOf(
        [&] { f.session.createProfile(f.folder, kPassphrase, kPassphrase + QStringLiteral("x")); });
    CHECK(message.contains(QStringLiteral("not the same")));
    CHECK(f.session.errorMessage() == message);
    CHECK_FALSE(f.session.busy());
    CHECK(f.session.state() == State::NeedsSetup);
    CHECK_FALSE(QFile::exists(QDir(f.folder).filePath(QStringLiteral("pacewise.key"))));
}

TEST_CASE("a too weak passphrase is refused with the policy's hint") {
    Fixture f;
    const QVariantMap assessment = f.session.assessPassphrase(QStringLiteral("short"));
    CHECK_FALSE(assessment.value(QStringLiteral("acceptable")).toBool());
    CHECK(assessment.value(QStringLiteral("strength")).toInt() == 0);

    const QString message = f.failureOf([&] {
        f.session.createProfile(f.folder, QStringLiteral("short"), QStringLiteral("short"));
    });
    CHECK(message == assessment.value(QStringLiteral("hint")).toString());
    CHECK(f.session.state() == State::NeedsSetup);
}

TEST_CASE("assessing a passphrase gives a strength, a word and a hint") {
    Fixture f;
    const QVariantMap strong = f.session.assessPassphrase(kPassphrase);
    CHECK(strong.value(QStringLiteral("acceptable")).toBool());
    CHECK(strong.value(QStringLiteral("strength")).toInt() == 3);
    CHECK(strong.value(QStringLiteral("label")).toString() == QStringLiteral("Strong"));
    CHECK_FALSE(strong.value(QStringLiteral("hint")).toString().isEmpty());
}

TEST_CASE("locking drops the profile and reports locked") {
    Fixture f;
    f.createAndUnlock();
    f.lock();

    CHECK(f.session.state() == State::Locked);
    CHECK(f.session.profileId().isEmpty());
    CHECK_FALSE(f.session.inactivityTimer().isActive());
}

TEST_CASE("a wrong passphrase fails with the message and a countdown") {
    Fixture f;
    f.createAndUnlock();
    f.lock();

    const QString message = f.failureOf([&] { f.session.unlock(kWrongPassphrase); });
    CHECK(message == QStringLiteral("The passphrase is not correct."));
    CHECK(f.session.retrySeconds() == 1);
    CHECK(f.session.state() == State::Locked);

    // A second try inside the wait is refused without deriving a key.
    const QString waiting = f.failureOf([&] { f.session.unlock(kPassphrase); });
    CHECK(waiting.contains(QStringLiteral("wait")));
    CHECK_FALSE(f.session.busy());

    // The next wrong one doubles the wait.
    f.advance(1s);
    f.failureOf([&] { f.session.unlock(kWrongPassphrase); });
    CHECK(f.session.retrySeconds() == 2);

    f.advance(2s);
    REQUIRE(f.runUntil(&ProfileSession::unlocked, [&] { f.session.unlock(kPassphrase); }));
    CHECK(f.session.state() == State::Unlocked);
    CHECK(f.session.retrySeconds() == 0);
    CHECK(f.session.errorMessage().isEmpty());
}

TEST_CASE("an unlock abandoned by lock() is dropped when it finishes") {
    Fixture f;
    f.createAndUnlock();
    f.lock();
    QSignalSpy unlocked(&f.session, &ProfileSession::unlocked);

    f.session.unlock(kPassphrase);
    REQUIRE(f.session.busy());
    f.session.lock();
    CHECK_FALSE(f.session.busy());

    // Jobs run one after the other: once this one fails, the abandoned one has been delivered.
    f.failureOf([&] { f.session.unlock(kWrongPassphrase); });
    CHECK(unlocked.isEmpty());
    CHECK(f.session.state() == State::Locked);
}

TEST_CASE("after a passphrase change only the new passphrase unlocks") {
    Fixture f;
    f.createAndUnlock();
    REQUIRE(f.runUntil(&ProfileSession::passphraseChanged, [&] {
        f.session.changePassphrase(kPassphrase, kNewPassphrase, kNewPassphrase);
    }));
    CHECK(f.session.state() == State::Unlocked);
    f.lock();

    CHECK(f.failureOf([&] { f.session.unlock(kPassphrase); }) ==
          QStringLiteral("The passphrase is not correct."));
    f.advance(1s);
    REQUIRE(f.runUntil(&ProfileSession::unlocked, [&] { f.session.unlock(kNewPassphrase); }));
}

TEST_CASE("a passphrase change with the wrong current passphrase keeps the old one") {
    Fixture f;
    f.createAndUnlock();
    const QString message = f.failureOf(
        [&] { f.session.changePassphrase(kWrongPassphrase, kNewPassphrase, kNewPassphrase); });
    CHECK(message == QStringLiteral("The current passphrase is not correct."));
    CHECK(f.session.retrySeconds() == 1);
    CHECK(f.session.state() == State::Unlocked);

    f.lock();
    f.advance(1s);
    REQUIRE(f.runUntil(&ProfileSession::unlocked, [&] { f.session.unlock(kPassphrase); }));
}

TEST_CASE("a new passphrase must be typed the same twice") {
    Fixture f;
    f.createAndUnlock();
    const QString message = f.failureOf([&] {
        f.session.changePassphrase(kPassphrase, kNewPassphrase,
                                   kNewPassphrase + QStringLiteral("!"));
    });
    CHECK(message.contains(QStringLiteral("not the same")));
    CHECK_FALSE(f.session.busy());
}

TEST_CASE("the auto-lock time is kept in the profile") {
    Fixture f;
    f.createAndUnlock();
    QSignalSpy changed(&f.session, &ProfileSession::autoLockMinutesChanged);
    f.session.setAutoLockMinutes(25);
    CHECK(changed.count() == 1);
    CHECK(f.session.autoLockMinutes() == 25);
    CHECK(f.session.inactivityTimer().interval() == std::chrono::minutes(25));

    f.session.setAutoLockMinutes(1000);
    CHECK(f.session.autoLockMinutes() == ProfileSession::maxAutoLockMinutes());

    f.session.setAutoLockMinutes(25);
    f.lock();
    REQUIRE(f.runUntil(&ProfileSession::unlocked, [&] { f.session.unlock(kPassphrase); }));
    CHECK(f.session.autoLockMinutes() == 25);
}

TEST_CASE("an unlocked session locks itself when nobody uses the app") {
    Fixture f;
    f.createAndUnlock();
    f.session.inactivityTimer().setInterval(50ms);
    QSignalSpy locked(&f.session, &ProfileSession::locked);
    REQUIRE(locked.wait(5000));
    CHECK(f.session.state() == State::Locked);
}

TEST_CASE("input keeps the inactivity timer from firing") {
    InactivityTimer timer;
    timer.setInterval(1000ms);
    QSignalSpy inactive(&timer, &InactivityTimer::inactive);
    timer.start();

    // Activity every 100 ms for 1.5 s: well past the interval, and no report.
    for (int i = 0; i < 15; ++i) {
        QTest::qWait(100);
        sendKeyPress();
    }
    CHECK(inactive.isEmpty());

    REQUIRE(inactive.wait(5000));
    CHECK(inactive.count() == 1);
}

TEST_CASE("a stopped inactivity timer reports nothing") {
    InactivityTimer timer;
    timer.setInterval(20ms);
    QSignalSpy inactive(&timer, &InactivityTimer::inactive);
    timer.start();
    timer.stop();
    CHECK_FALSE(inactive.wait(200));
}

TEST_CASE("a folder chosen as a file URL is used as a path and looked at") {
    Fixture f;
    QTemporaryDir other;
    REQUIRE(pacewise::store::Profile::create(other.path(), kPassphrase, Fixture::options()));

    QSignalSpy changed(&f.session, &ProfileSession::profileDirectoryChanged);
    f.session.setProfileDirectory(QUrl::fromLocalFile(other.path()).toString());
    CHECK(changed.count() == 1);
    CHECK(f.session.profileDirectory() == QDir::toNativeSeparators(other.path()));
    CHECK(f.session.state() == State::Locked);
}

TEST_CASE("a database without its key file is reported, not touched") {
    Fixture f;
    QDir().mkpath(f.folder);
    QFile database(QDir(f.folder).filePath(QStringLiteral("pacewise.db")));
    REQUIRE(database.open(QIODevice::WriteOnly));
    database.write("not opened");
    database.close();

    f.session.refresh();
    CHECK(f.session.state() == State::KeyFileMissing);
    f.session.unlock(kPassphrase);
    CHECK_FALSE(f.session.busy());
    f.session.createProfile(f.folder, kPassphrase, kPassphrase);
    CHECK_FALSE(f.session.busy());
    CHECK(f.session.state() == State::KeyFileMissing);
    REQUIRE(database.open(QIODevice::ReadOnly));
    CHECK(database.readAll() == "not opened");
}

int main(int argc, char* argv[]) {
    // One application for the whole run; offscreen so the tests need no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("pacewise-ui-test"));
    return pacewise::test::runCatch(argc, argv);
}

TEST_CASE("back up now writes a backup file and says where, or says why not") {
    Fixture f;
    f.createAndUnlock();
    const QString file = QDir(f.temporary.path()).filePath(QStringLiteral("mine.pacewise-backup"));
    QSignalSpy done(&f.session, &ProfileSession::backedUp);
    CHECK(f.session.backUp(QUrl::fromLocalFile(file).toString()));
    CHECK(f.session.busy()); // on a worker thread
    REQUIRE(done.wait(kJobTimeoutMs));
    CHECK_FALSE(f.session.busy());
    CHECK(done.takeFirst().at(0).toString() ==
          QStringLiteral("Your profile is backed up in %1. Keep this file somewhere safe, away "
                         "from this computer. To restore it you will need the passphrase you use "
                         "now.")
              .arg(QDir::toNativeSeparators(file)));
    CHECK(QFile(file).size() > 4096);

    const QString nowhere =
        QDir(f.temporary.path()).filePath(QStringLiteral("no-such-folder/b.pacewise-backup"));
    const QString message = f.failureOf([&] { CHECK(f.session.backUp(nowhere)); });
    CHECK(message.startsWith(QStringLiteral("The backup could not be written to %1.")
                                 .arg(QDir::toNativeSeparators(nowhere))));
    CHECK(f.session.errorMessage() == message);
    CHECK(done.isEmpty());

    f.lock();
    CHECK_FALSE(f.session.backUp(file));
}

TEST_CASE("locking during a backup waits for the backup to finish, then locks") {
    Fixture f;
    f.createAndUnlock();
    const QString id = f.session.profileId();
    const QString file = QDir(f.temporary.path()).filePath(QStringLiteral("mine.pacewise-backup"));
    QSignalSpy done(&f.session, &ProfileSession::backedUp);
    QSignalSpy locked(&f.session, &ProfileSession::locked);
    REQUIRE(f.session.backUp(file));
    f.session.lock();                            // e.g. the idle timer, or Lock now
    CHECK(f.session.state() == State::Unlocked); // not yet: the backup still reads the profile
    REQUIRE(locked.wait(kJobTimeoutMs));
    CHECK(done.count() == 1); // reported before the lock
    CHECK(f.session.state() == State::Locked);
    // The file is a whole backup: it restores.
    Fixture other;
    REQUIRE(other.runUntil(&ProfileSession::unlocked,
                           [&] { other.session.restoreBackup(file, kPassphrase); }));
    CHECK(other.session.profileId() == id);
}

TEST_CASE("a backup restores into an empty folder and opens, a wrong passphrase changes nothing") {
    Fixture original;
    original.createAndUnlock();
    const QString id = original.session.profileId();
    const QString file =
        QDir(original.temporary.path()).filePath(QStringLiteral("mine.pacewise-backup"));
    QSignalSpy backedUp(&original.session, &ProfileSession::backedUp);
    REQUIRE(original.session.backUp(file));
    REQUIRE(backedUp.wait(kJobTimeoutMs));

    Fixture f;
    REQUIRE(f.session.state() == State::NeedsSetup);
    const QString message = f.failureOf(
        [&] { f.session.restoreBackup(QUrl::fromLocalFile(file).toString(), kWrongPassphrase); });
    CHECK(message == QStringLiteral("The passphrase does not open this backup. Enter the "
                                    "passphrase the profile had when the backup was made; "
                                    "nothing was changed."));
    CHECK(f.session.state() == State::NeedsSetup);
    CHECK_FALSE(QFile::exists(f.folder));

    REQUIRE(
        f.runUntil(&ProfileSession::unlocked, [&] { f.session.restoreBackup(file, kPassphrase); }));
    CHECK(f.session.state() == State::Unlocked);
    CHECK(f.session.profileId() == id);
    CHECK(f.session.errorMessage().isEmpty());
}
