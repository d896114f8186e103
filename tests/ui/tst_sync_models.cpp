// The clinic connection form and the sync controller without a QML engine, on a real (temporary,
// encrypted) profile; the syncs go to the reference clinic server of the CTest fixture. Arrange a
// profile with a small diary -> act through the view-model -> look at the store and the server.

#include "CatchRunner.h"
#include "OpenProfile.h"
#include "QtStringMaker.h"
#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "safety/SafetyEvents.h"
#include "shell/Translations.h"
#include "store/Outbox.h"
#include "store/Profile.h"
#include "support/ClinicServer.h"
#include "sync/ClinicConnection.h"
#include "sync/ClinicSettingsForm.h"
#include "sync/SyncController.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <catch2/catch.hpp>
#include <chrono>

using namespace pacewise;
using namespace std::chrono_literals;
using pacewise::ui::ClinicSettingsForm;
using pacewise::ui::SyncController;
using pacewise::ui::test::OpenProfile;

namespace {

const QString kPassphrase = QStringLiteral("quiet river walk 42"); // OpenProfile's
const QString kToken = QStringLiteral("form-access-code-5mK");
// Plain http is allowed to this computer (a test server); nothing listens on port 9.
const QString kNowhere = QStringLiteral("http://127.0.0.1:9/fhir/R4");

// A profile with `entries` diary entries in the last days (so as many records in the outbox),
// and a sync controller with a form on it, as the clinic page has them.
struct Fixture : OpenProfile {
    SyncController controller;
    ClinicSettingsForm form;

    explicit Fixture(int entries = 3) {
        diary::DiaryStore store(db(), diary::DiaryCatalogue::current());
        const QDateTime anHourAgo = QDateTime::currentDateTime().addSecs(-3600);
        for (int i = 0; i < entries; ++i) {
            diary::DiaryEntry entry;
            entry.recordedAt = anHourAgo.addDays(-i);
            entry.painNow = 2 + i;
            store.save(entry);
        }
        // One try per request: the failures these tests provoke need no retries.
        sync::SyncEngine::Options options;
        options.maxAttempts = 1;
        options.baseBackoff = 10ms;
        controller.setEngineOptions(options);
        controller.setSession(&session);
        form.setSession(&session);
        form.setSync(&controller);
    }

    bool enroll(const QString& url, const QString& patient, const QString& token) {
        form.setBaseUrl(url);
        form.setPatientId(patient);
        form.setAccessToken(token);
        return form.save();
    }

    int outboxSize() { return store::Outbox(db()).pendingCount(); }
};

// Starts a sync through the controller and waits for it to end; returns whether it succeeded.
bool syncAndWait(SyncController& controller) {
    QSignalSpy finished(&controller, &SyncController::finished);
    controller.syncNow();
    REQUIRE(controller.busy());
    REQUIRE(finished.wait(60000));
    return finished.first().first().toBool();
}

int observationsOf(const test::ClinicServer& server, const QString& patient) {
    return server
        .getJson(QStringLiteral("Observation?subject=Patient/") + patient +
                 QStringLiteral("&_count=0"))
        .value(QLatin1String("total"))
        .toInt(-1);
}

// Clears the server's faults when the test starts and however it ends.
struct FaultScope {
    const test::ClinicServer& server;
    explicit FaultScope(const test::ClinicServer& s)
        : server(s) {
        server.clearFaults();
    }
    ~FaultScope() { server.clearFaults(); }
};

} // namespace

TEST_CASE("the clinic form names the problem of each field and saves nothing", "[clinic-form]") {
    Fixture f;
    f.form.setBaseUrl(QStringLiteral("clinic dot example"));
    f.form.setPatientId(QString());
    CHECK(f.form.fieldErrors().isEmpty()); // nothing is judged before the first Save

    CHECK_FALSE(f.form.save());
    const QVariantMap errors = f.form.fieldErrors();
    CHECK(errors.contains(QStringLiteral("baseUrl")));
    CHECK(errors.contains(QStringLiteral("patientId")));
    CHECK(
        errors.value(QStringLiteral("accessToken")).toString().contains(QStringLiteral("access")));
    CHECK_FALSE(errors.contains(QStringLiteral("caFile")));
    CHECK_FALSE(f.form.errorMessage().isEmpty());
    CHECK_FALSE(f.form.enrolled());
    CHECK_FALSE(sync::ClinicConnection(f.db()).isEnrolled());

    // After the first Save, problems come and go as the person types.
    f.form.setBaseUrl(QStringLiteral("http://fhir.clinic.example/fhir/R4"));
    CHECK(f.form.fieldErrors()
              .value(QStringLiteral("baseUrl"))
              .toString()
              .contains(QStringLiteral("https://")));
    f.form.setBaseUrl(QStringLiteral("https://fhir.clinic.example/fhir/R4"));
    CHECK_FALSE(f.form.fieldErrors().contains(QStringLiteral("baseUrl")));
    f.form.setPinnedPublicKey(QStringLiteral("not a pin"));
    CHECK(f.form.fieldErrors().contains(QStringLiteral("pinnedPublicKey")));
    f.form.setCaFile(QStringLiteral("/no/such/ca.pem"));
    CHECK(f.form.fieldErrors().contains(QStringLiteral("caFile")));
}

TEST_CASE("saving the clinic form keeps the connection in the encrypted store, never shows the "
          "access code again",
          "[clinic-form]") {
    Fixture f;
    QSignalSpy saved(&f.form, &ClinicSettingsForm::saved);
    REQUIRE(f.enroll(QStringLiteral(" https://fhir.clinic.example/fhir/R4/ "),
                     QStringLiteral("pat-9"), kToken));
    CHECK(saved.size() == 1);
    CHECK(f.form.enrolled());
    CHECK(f.form.tokenSaved());
    CHECK(f.form.accessToken().isEmpty());
    CHECK(f.form.baseUrl() == QStringLiteral("https://fhir.clinic.example/fhir/R4"));
    CHECK(f.form.savedText().contains(QStringLiteral("pat-9")));
    CHECK(f.form.errorMessage().isEmpty());

    // A new form (the page opened again) starts from what is saved, without the access code.
    ClinicSettingsForm again;
    again.setSession(&f.session);
    CHECK(again.baseUrl() == QStringLiteral("https://fhir.clinic.example/fhir/R4"));
    CHECK(again.patientId() == QStringLiteral("pat-9"));
    CHECK(again.accessToken().isEmpty());
    CHECK(again.tokenSaved());
    // Leaving the access code empty keeps the saved one.
    again.setPatientId(QStringLiteral("pat-10"));
    REQUIRE(again.save());

    // Locked and opened again with the passphrase: it is all there.
    const QString directory = f.session.profile()->directory();
    f.session.lock();
    auto reopened = store::Profile::open(directory, kPassphrase);
    sync::ClinicConnection connection(reopened->database());
    REQUIRE(connection.endpoint().has_value());
    CHECK(connection.endpoint()->baseUrl == QStringLiteral("https://fhir.clinic.example/fhir/R4"));
    CHECK(connection.endpoint()->patientId == QStringLiteral("pat-10"));
    CHECK(connection.bearerToken() == kToken);
}

TEST_CASE("forgetting the clinic removes the connection and keeps the diary's outbox",
          "[clinic-form]") {
    Fixture f(2);
    REQUIRE(f.enroll(kNowhere, QStringLiteral("pat-1"), kToken));
    const int waiting = f.outboxSize();
    QSignalSpy forgotten(&f.form, &ClinicSettingsForm::forgotten);
    REQUIRE(f.form.forget());
    CHECK(forgotten.size() == 1);
    CHECK_FALSE(f.form.enrolled());
    CHECK_FALSE(f.form.tokenSaved());
    CHECK(f.form.baseUrl().isEmpty());
    CHECK_FALSE(sync::ClinicConnection(f.db()).isEnrolled());
    CHECK(f.outboxSize() == waiting);
    CHECK_FALSE(f.controller.enrolled());
}

TEST_CASE("without a clinic nothing is sent and nothing is planned", "[sync-controller]") {
    Fixture f;
    CHECK_FALSE(f.controller.enrolled());
    CHECK(f.controller.waitingCount() == 3);
    CHECK(f.controller.lastSyncText() == QStringLiteral("Never sent yet"));
    CHECK(f.controller.statusText().contains(QStringLiteral("not connected")));
    CHECK_FALSE(f.controller.nextAutomaticSync().isValid());

    f.controller.syncNow();
    CHECK_FALSE(f.controller.busy());
    CHECK(f.controller.errorMessage().contains(QStringLiteral("not connected")));
    CHECK(f.outboxSize() == 3);
}

TEST_CASE("Send now sends the diary to the clinic's server", "[sync-controller][server]") {
    const auto server = test::ClinicServer::fromEnvironment();
    const QString patient = server.createPatient(QStringLiteral("UiSync"));
    Fixture f;
    f.controller.setAutomatic(false);
    REQUIRE(f.enroll(server.baseUrl(), patient, server.token()));
    CHECK(f.controller.enrolled());
    CHECK(f.controller.statusText() == QStringLiteral("3 entries waiting to be sent."));

    QSignalSpy progress(&f.controller, &SyncController::progressChanged);
    CHECK(syncAndWait(f.controller));
    CHECK_FALSE(f.controller.busy());
    CHECK(progress.size() >= 2);
    CHECK(f.controller.waitingCount() == 0);
    CHECK(f.controller.heldCount() == 0);
    CHECK(f.controller.statusText() == QStringLiteral("Everything is sent."));
    CHECK(f.controller.lastSyncText().startsWith(
        QStringLiteral("Last sent to your clinic: today at ")));
    CHECK(f.controller.errorMessage().isEmpty());
    CHECK(observationsOf(server, patient) == 3);
}

TEST_CASE("a refused access code stops automatic sync until the settings change",
          "[sync-controller][server]") {
    const auto server = test::ClinicServer::fromEnvironment();
    const QString patient = server.createPatient(QStringLiteral("UiWrongToken"));
    Fixture f;
    REQUIRE(f.enroll(server.baseUrl(), patient, QStringLiteral("not-the-clinics-code")));
    CHECK(f.controller.nextAutomaticSync().isValid()); // shortly after enrolling

    CHECK_FALSE(syncAndWait(f.controller));
    CHECK(f.controller.needsAttention());
    CHECK_FALSE(f.controller.errorMessage().isEmpty());
    CHECK(f.controller.statusText() == f.controller.errorMessage());
    CHECK_FALSE(f.controller.nextAutomaticSync().isValid());
    CHECK(f.controller.waitingCount() == 3);

    // The right access code: automatic sync resumes.
    f.form.setAccessToken(server.token());
    REQUIRE(f.form.save());
    CHECK_FALSE(f.controller.needsAttention());
    CHECK(f.controller.errorMessage().isEmpty());
    const QDateTime next = f.controller.nextAutomaticSync();
    REQUIRE(next.isValid());
    CHECK(next <= QDateTime::currentDateTimeUtc().addSecs(SyncController::kFirstDelay.count() + 1));
}

TEST_CASE("a safety flag is sent at once, not after the 8-hour spacing or the minute after a "
          "change",
          "[sync-controller][server]") {
    const auto server = test::ClinicServer::fromEnvironment();
    const QString patient = server.createPatient(QStringLiteral("UiSafety"));
    Fixture f(1);
    REQUIRE(f.enroll(server.baseUrl(), patient, server.token()));
    CHECK(syncAndWait(f.controller)); // a good sync: the next automatic one is 8 hours away
    const QDateTime next = f.controller.nextAutomaticSync();
    REQUIRE(next.isValid());
    CHECK(QDateTime::currentDateTimeUtc().secsTo(next) > 3600);

    safety::SafetyEvents(f.db()).raise(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                       QStringLiteral("phq-9"), QStringLiteral("9"), 1,
                                       QDateTime::currentDateTimeUtc(), 3600);
    QSignalSpy finished(&f.controller, &SyncController::finished);
    QElapsedTimer clock;
    clock.start();
    f.controller.refresh(); // what the outbox poll does within 20 s; the questionnaire at once
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().first().toBool());
    CHECK(clock.elapsed() < 10000);
    CHECK(f.controller.waitingCount() == 0);
    CHECK(server
              .getJson(QStringLiteral("Flag?subject=Patient/") + patient +
                       QStringLiteral("&_count=0"))
              .value(QLatin1String("total"))
              .toInt(-1) == 1);
}

TEST_CASE("an unreachable server is tried again later, waiting longer each time",
          "[sync-controller]") {
    Fixture f;
    REQUIRE(f.enroll(kNowhere, QStringLiteral("pat-1"), kToken));
    CHECK_FALSE(syncAndWait(f.controller));
    CHECK_FALSE(f.controller.needsAttention());
    CHECK_FALSE(f.controller.errorMessage().isEmpty());
    const auto minutesAway = [&f] {
        return QDateTime::currentDateTimeUtc().secsTo(f.controller.nextAutomaticSync()) / 60.0;
    };
    CHECK(minutesAway() == Approx(1).margin(0.1));
    CHECK_FALSE(syncAndWait(f.controller));
    CHECK(minutesAway() == Approx(2).margin(0.1));
    CHECK(f.outboxSize() == 3);
}

TEST_CASE("locking while a sync runs stops it at once and drops its result",
          "[sync-controller][server]") {
    const auto server = test::ClinicServer::fromEnvironment();
    const FaultScope faults(server);
    const QString patient = server.createPatient(QStringLiteral("UiLock"));
    Fixture f;
    f.controller.setAutomatic(false);
    REQUIRE(f.enroll(server.baseUrl(), patient, server.token()));
    server.injectFaults(
        QJsonArray{QJsonObject{{QLatin1String("action"), QLatin1String("delay")},
                               {QLatin1String("delayMs"), 3000},
                               {QLatin1String("pathPrefix"), QLatin1String("/fhir/R4")}}});

    QSignalSpy finished(&f.controller, &SyncController::finished);
    f.controller.syncNow();
    REQUIRE(f.controller.busy());
    QTest::qWait(300); // the request is at the server, which sits on it
    QElapsedTimer timer;
    timer.start();
    f.session.lock();
    CHECK(timer.elapsed() < 1500);
    CHECK_FALSE(f.controller.busy());
    CHECK(f.session.database() == nullptr);
    CHECK(f.controller.statusText().isEmpty());
    QTest::qWait(200);
    CHECK(finished.isEmpty());
}

int main(int argc, char* argv[]) {
    // One application for the whole run; offscreen so the tests need no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("pacewise-ui-test"));
    // The assertions read English words, whatever the machine's language.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    pacewise::ui::installTranslators(app); // the English plural forms
    return pacewise::test::runCatch(argc, argv);
}
