// The programme end to end against the real reference clinic server (Medplum's FHIR engine, which
// validates every resource it stores): module progress, exercise records and homework pushed,
// the clinician's homework Tasks pulled and written back with If-Match, and module unlocks from
// a CarePlan. What the server holds afterwards is the assertion, not what the engine says it did.
#include "fhir/DiaryObservation.h"
#include "fhir/ProgrammeResources.h"
#include "homework/ClinicHomework.h"
#include "homework/HomeworkStore.h"
#include "programme/ExerciseStore.h"
#include "programme/Programme.h"
#include "programme/ProgrammeProgress.h"
#include "store/Database.h"
#include "support/SyncFixture.h"
#include "sync/ClinicDirectives.h"
#include "sync/SyncStatus.h"

#include <QJsonDocument>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::test;
using Outcome = sync::SyncReport::Outcome;

namespace {

const QString kTaskParameterSystem =
    QStringLiteral("https://pacewise.app/fhir/CodeSystem/task-parameter");

// A profile enrolled on the server, with the English programme and stores on one clock.
struct ProgrammeSyncFixture : SyncFixture {
    const programme::Programme& content = english();
    QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    programme::ProgrammeProgress progress{db, content, [this] {
                                              return now;
                                          }};
    programme::ExerciseStore exercises{db, content, [this] {
                                           return now;
                                       }};
    homework::HomeworkStore homework{db, [this] {
                                         return now;
                                     }};

    static const programme::Programme& english() {
        static const programme::Programme loaded = programme::Programme::load(QStringLiteral("en"));
        return loaded;
    }

    QString patient() const { return QStringLiteral("Patient/") + patientId; }

    // Every resource of `type` with the identifier Pacewise gave the record.
    QJsonArray byIdentifier(const QString& type, const char* kind, const QString& id) const {
        return server.searchAll(type, QStringLiteral("identifier=") +
                                          QString::fromLatin1(QUrl::toPercentEncoding(
                                              fhir::identifierToken(QLatin1String(kind), id))));
    }
    QJsonArray tasks() const {
        return server.searchAll(QStringLiteral("Task"), QStringLiteral("patient=") + patient() +
                                                            QStringLiteral("&_count=1000"));
    }
    QJsonObject task(const QString& id) const {
        return server.getJson(QStringLiteral("Task/") + id);
    }
    void put(const QJsonObject& resource) const {
        const sync::HttpResponse response =
            server.request("PUT",
                           resource.value(QLatin1String("resourceType")).toString() +
                               QLatin1Char('/') + resource.value(QLatin1String("id")).toString(),
                           resource);
        INFO(response.body.toStdString());
        REQUIRE(response.status == 200);
    }

    // Reads the first lesson's pages of a module to its end: started (its homework assigned).
    void startModule(const QString& moduleId) {
        const programme::Module* module = content.module(moduleId);
        REQUIRE(module);
        REQUIRE_FALSE(module->lessons.empty());
        progress.openPage(moduleId, module->lessons.front().id, 0);
        now = now.addSecs(300);
        progress.addTimeSpent(moduleId, 300'000);
    }

    // A record of `exerciseId` with every question answered (synthetic words and numbers).
    programme::ExerciseRecord complete(const QString& exerciseId, const QString& parentId = {}) {
        const programme::Exercise* exercise = content.exercise(exerciseId);
        REQUIRE(exercise);
        programme::ExerciseRecord record = exercises.create(exerciseId, parentId);
        for (const measures::Item* item : exercise->questionnaire.allItems()) {
            const double low = item->minValue.value_or(0);
            const double high = item->maxValue.value_or(10);
            measures::Answers& a = record.answers;
            switch (item->type) {
            case measures::ItemType::String:
                a[item->linkId] = measures::Answer::ofString(QStringLiteral("Synthetic words"));
                break;
            case measures::ItemType::Integer:
                a[item->linkId] = measures::Answer::ofInteger(qint64((low + high) / 2));
                break;
            case measures::ItemType::Decimal:
                a[item->linkId] = measures::Answer::ofDecimal(std::min(high, low + 12.5));
                break;
            case measures::ItemType::Boolean:
                a[item->linkId] = measures::Answer::ofBoolean(true);
                break;
            case measures::ItemType::Choice:
                REQUIRE_FALSE(item->options.empty());
                a[item->linkId] = measures::Answer::ofCoding(item->options.front().coding);
                break;
            case measures::ItemType::Date:
                a[item->linkId] = measures::Answer::ofDate(now.date());
                break;
            case measures::ItemType::Time:
                a[item->linkId] = measures::Answer::ofTime(QTime(22, 30));
                break;
            case measures::ItemType::Group:
            case measures::ItemType::Display:
                break;
            }
        }
        now = now.addSecs(60);
        exercises.complete(record);
        return *exercises.find(record.id);
    }

    // The clinician assigns homework: a Task for this patient (or `forPatient`).
    QJsonObject assign(const QString& description, int times, const QString& forPatient = {}) {
        return server.create(QJsonObject{
            {QStringLiteral("resourceType"), QStringLiteral("Task")},
            {QStringLiteral("status"), QStringLiteral("requested")},
            {QStringLiteral("intent"), QStringLiteral("order")},
            {QStringLiteral("code"),
             QJsonObject{
                 {QStringLiteral("coding"),
                  QJsonArray{QJsonObject{{QStringLiteral("system"),
                                          QLatin1String(homework::ClinicHomework::kTaskTypeSystem)},
                                         {QStringLiteral("code"), QStringLiteral("homework")}}}}}},
            {QStringLiteral("description"), description},
            {QStringLiteral("note"),
             QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Go gently.")}}}},
            {QStringLiteral("for"), QJsonObject{{QStringLiteral("reference"),
                                                 forPatient.isEmpty() ? patient() : forPatient}}},
            {QStringLiteral("requester"),
             QJsonObject{{QStringLiteral("display"), QStringLiteral("Dr Synthetic")}}},
            {QStringLiteral("authoredOn"), QStringLiteral("2026-11-20T09:00:00Z")},
            {QStringLiteral("executionPeriod"),
             QJsonObject{{QStringLiteral("end"), QStringLiteral("2026-11-27")}}},
            {QStringLiteral("input"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("type"),
                  QJsonObject{{QStringLiteral("coding"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("system"), kTaskParameterSystem},
                                   {QStringLiteral("code"), QStringLiteral("times")}}}}}},
                 {QStringLiteral("valueInteger"), times}}}}});
    }

    std::vector<homework::Homework> clinicHomework() const {
        std::vector<homework::Homework> out;
        for (const homework::Homework& h : homework.list(homework::HomeworkStore::Filter::All)) {
            if (h.source == homework::Homework::Source::Clinic)
                out.push_back(h);
        }
        return out;
    }
};

// Why the last outbox row not yet confirmed is waiting ("HTTP 412", or the server's reason).
QString lastError(store::Database& db) {
    store::Statement row = db.prepare(
        "SELECT coalesce(last_error, '') FROM outbox WHERE done_at IS NULL ORDER BY id DESC");
    return row.step() ? row.text(0) : QString();
}

QJsonObject withoutServerFields(QJsonObject resource) {
    resource.remove(QStringLiteral("id"));
    resource.remove(QStringLiteral("meta"));
    return resource;
}

int doneOutput(const QJsonObject& task) {
    for (const QJsonValue& o : task.value(QLatin1String("output")).toArray()) {
        if (o[QLatin1String("type")][QLatin1String("coding")][0][QLatin1String("code")] ==
            QLatin1String("done"))
            return o[QLatin1String("valueInteger")].toInt();
    }
    return -1;
}

QJsonObject unlockExtension(const QString& moduleId) {
    return QJsonObject{
        {QStringLiteral("url"), QLatin1String(sync::ClinicDirectives::kUnlockModuleExtension)},
        {QStringLiteral("valueCode"), moduleId}};
}

sync::SyncEngine::Options everything() {
    sync::SyncEngine::Options options = SyncFixture::quickRetries();
    options.rarelyChangedInterval = std::chrono::hours(0);
    return options;
}

} // namespace

TEST_CASE("module progress, every exercise record and a module's homework arrive once as their "
          "resources, stored as sent, and a second sync writes nothing",
          "[programme-sync]") {
    ProgrammeSyncFixture f;
    INFO(f.content.problems().join(QLatin1Char('\n')).toStdString());
    const QString firstModule = f.content.modules().front().id;
    f.startModule(firstModule);
    std::vector<programme::ExerciseRecord> records;
    for (const programme::Exercise& exercise : f.content.exercises()) {
        if (exercise.id == QLatin1String("pacing-log"))
            continue; // below, against its plan
        records.push_back(f.complete(exercise.id));
        if (exercise.id == QLatin1String("pacing-plan"))
            records.push_back(f.complete(QStringLiteral("pacing-log"), records.back().id));
    }
    REQUIRE(records.size() == 7);
    const std::vector<homework::Homework> assigned =
        f.homework.list(homework::HomeworkStore::Filter::All);
    REQUIRE_FALSE(assigned.empty());

    const sync::SyncReport report = f.sync();
    INFO(report.detail.toStdString()
         << " / " << sync::SyncStatus::read(f.db).heldReason.toStdString());
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.held == 0);
    CHECK(report.remaining == 0);

    const programme::ModuleProgress progress = f.progress.module(firstModule);
    const QJsonArray progressTasks =
        f.byIdentifier(QStringLiteral("Task"), fhir::kModuleProgressKind, progress.recordId);
    REQUIRE(progressTasks.size() == 1);
    CHECK(withoutServerFields(progressTasks.first().toObject()) ==
          fhir::moduleProgressTask(*f.content.module(firstModule), progress, f.patient()));

    for (const programme::ExerciseRecord& record : records) {
        CAPTURE(record.exerciseId.toStdString());
        const QJsonArray found = f.byIdentifier(QStringLiteral("QuestionnaireResponse"),
                                                fhir::kExerciseRecordKind, record.id);
        REQUIRE(found.size() == 1);
        CHECK(withoutServerFields(found.first().toObject()) ==
              fhir::exerciseResponse(*f.content.exercise(record.exerciseId), record, f.patient()));
    }
    for (const homework::Homework& h : assigned) {
        const QJsonArray found = f.byIdentifier(QStringLiteral("Task"), fhir::kHomeworkKind, h.id);
        REQUIRE(found.size() == 1);
        CHECK(withoutServerFields(found.first().toObject()) ==
              fhir::homeworkTask(*f.homework.find(h.id), f.patient()));
    }
    // Our own Tasks came back with the pull; none of them became a clinician's homework.
    CHECK(f.clinicHomework().empty());

    const sync::SyncReport again = f.sync();
    CHECK(again.outcome == Outcome::Done);
    CHECK(again.pushed == 0);
    CHECK(again.requests == 1); // the pull's searches only
    CHECK(f.tasks().size() == qsizetype(1 + assigned.size()));
    CHECK(f.clinicHomework().empty());
}

TEST_CASE("a clinician's Task becomes homework, and ticking it off updates that same Task with "
          "If-Match, keeping what the clinician wrote",
          "[programme-sync][clinic-homework]") {
    ProgrammeSyncFixture f;
    const QJsonObject created = f.assign(QStringLiteral("Walk for ten minutes after lunch"), 2);
    const QString taskId = created.value(QLatin1String("id")).toString();
    REQUIRE(f.sync().outcome == Outcome::Done);
    std::vector<homework::Homework> rows = f.clinicHomework();
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().title == QLatin1String("Walk for ten minutes after lunch"));
    CHECK(rows.front().description == QLatin1String("Go gently."));
    CHECK(rows.front().target == 2);
    CHECK(rows.front().dueDate == QDate(2026, 11, 27));
    CHECK(rows.front().clinicVersion ==
          created[QLatin1String("meta")][QLatin1String("versionId")].toString());

    f.homework.checkOff(rows.front().id);
    f.homework.checkOff(rows.front().id);
    sync::CurlTransport curl;
    InterceptingTransport transport(curl);
    QJsonObject sentRequest;
    transport.beforeSend = [&](sync::HttpRequest& request) {
        for (const QJsonValue& e :
             QJsonDocument::fromJson(request.body).object()[QLatin1String("entry")].toArray()) {
            if (e[QLatin1String("request")][QLatin1String("method")] == QLatin1String("PUT"))
                sentRequest = e[QLatin1String("request")].toObject();
        }
    };
    const sync::SyncReport report = f.sync(transport);
    INFO(report.detail.toStdString() << " / " << lastError(f.db).toStdString());
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.pushed == 1);
    CHECK(report.remaining == 0);
    CHECK(sentRequest.value(QLatin1String("url")).toString() == QStringLiteral("Task/") + taskId);
    CHECK(sentRequest.value(QLatin1String("ifMatch")).toString() ==
          QStringLiteral("W/\"%1\"")
              .arg(created[QLatin1String("meta")][QLatin1String("versionId")].toString()));

    const QJsonObject updated = f.task(taskId);
    CHECK(updated.value(QLatin1String("status")).toString() == QLatin1String("completed"));
    CHECK(doneOutput(updated) == 2);
    CHECK(updated.value(QLatin1String("description")) ==
          created.value(QLatin1String("description")));
    CHECK(updated.value(QLatin1String("requester")) == created.value(QLatin1String("requester")));
    CHECK(updated.value(QLatin1String("note")) == created.value(QLatin1String("note")));
    // The same Task, not a second one: the clinic's list holds one piece of homework.
    CHECK(f.tasks().size() == 1);
    // The version our write made came back with the pull: the homework is not touched by it.
    rows = f.clinicHomework();
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().status == homework::Homework::Status::Done);
    CHECK(rows.front().doneCount == 2);
    CHECK(rows.front().clinicVersion ==
          updated[QLatin1String("meta")][QLatin1String("versionId")].toString());
    CHECK(f.sync().pushed == 0);
}

TEST_CASE("the clinician edits the Task between two syncs: the check-off waits for the next sync "
          "and then merges, so neither side's change is lost",
          "[programme-sync][clinic-homework]") {
    ProgrammeSyncFixture f;
    const QJsonObject created = f.assign(QStringLiteral("Walk for ten minutes after lunch"), 3);
    const QString taskId = created.value(QLatin1String("id")).toString();
    REQUIRE(f.sync().outcome == Outcome::Done);
    REQUIRE(f.clinicHomework().size() == 1);
    const QString homeworkId = f.clinicHomework().front().id;
    f.homework.checkOff(homeworkId);

    // Meanwhile the clinician changes the title, the note and the due date.
    QJsonObject edited = f.task(taskId);
    edited.insert(QStringLiteral("description"), QStringLiteral("Walk for fifteen minutes"));
    edited.insert(QStringLiteral("note"),
                  QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Add a hill.")}}});
    edited.insert(QStringLiteral("executionPeriod"),
                  QJsonObject{{QStringLiteral("end"), QStringLiteral("2026-12-04")}});
    f.put(edited);
    const QString clinicianVersion =
        f.task(taskId)[QLatin1String("meta")][QLatin1String("versionId")].toString();

    // First sync: the write is refused (412) and stays queued; the pull brings the new Task.
    sync::SyncReport report = f.sync();
    INFO(report.detail.toStdString());
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.pushed == 0);
    CHECK(report.held == 0);
    CHECK(report.remaining == 1);
    QJsonObject onServer = f.task(taskId);
    CHECK(onServer[QLatin1String("meta")][QLatin1String("versionId")].toString() ==
          clinicianVersion);
    CHECK(onServer.value(QLatin1String("status")).toString() == QLatin1String("requested"));
    homework::Homework h = *f.homework.find(homeworkId);
    CHECK(h.title == QLatin1String("Walk for fifteen minutes"));
    CHECK(h.description == QLatin1String("Add a hill."));
    CHECK(h.dueDate == QDate(2026, 12, 4));
    CHECK(h.clinicVersion == clinicianVersion);
    CHECK(h.doneCount == 1);

    // Next sync: merged onto the clinician's version.
    report = f.sync();
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.pushed == 1);
    CHECK(report.remaining == 0);
    onServer = f.task(taskId);
    CHECK(onServer.value(QLatin1String("description")).toString() ==
          QLatin1String("Walk for fifteen minutes"));
    CHECK(onServer[QLatin1String("note")][0][QLatin1String("text")].toString() ==
          QLatin1String("Add a hill."));
    CHECK(onServer[QLatin1String("executionPeriod")][QLatin1String("end")].toString() ==
          QLatin1String("2026-12-04"));
    CHECK(onServer.value(QLatin1String("status")).toString() == QLatin1String("in-progress"));
    CHECK(doneOutput(onServer) == 1);
    CHECK(f.tasks().size() == 1);
}

TEST_CASE("a cancelled Task cancels the homework, and another patient's Task is never imported",
          "[programme-sync][clinic-homework]") {
    ProgrammeSyncFixture f;
    const QString someoneElse = QStringLiteral("Patient/") + f.server.createPatient();
    f.assign(QStringLiteral("Not for this patient"), 1, someoneElse);
    const QJsonObject created = f.assign(QStringLiteral("Keep a sleep diary"), 7);
    REQUIRE(f.sync().outcome == Outcome::Done);
    std::vector<homework::Homework> rows = f.clinicHomework();
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().title == QLatin1String("Keep a sleep diary"));
    f.homework.checkOff(rows.front().id);
    REQUIRE(f.sync().outcome == Outcome::Done);

    QJsonObject cancelled = f.task(created.value(QLatin1String("id")).toString());
    cancelled.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    f.put(cancelled);
    const sync::SyncReport report = f.sync();
    INFO(report.detail.toStdString());
    REQUIRE(report.outcome == Outcome::Done);
    rows = f.clinicHomework();
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().status == homework::Homework::Status::Cancelled);
    CHECK(rows.front().doneCount == 1);
    CHECK(f.homework.list(homework::HomeworkStore::Filter::Open).empty());
}

TEST_CASE("a CarePlan unlock opens a locked module, an unknown module is named, and revoking it "
          "locks again a module not started",
          "[programme-sync][clinic]") {
    ProgrammeSyncFixture f;
    REQUIRE(f.content.modules().size() >= 4);
    const QString third = f.content.modules()[2].id;
    const QString fourth = f.content.modules()[3].id;
    CHECK(f.progress.module(third).status.state == programme::ModuleState::Locked);
    CHECK(f.progress.module(fourth).status.state == programme::ModuleState::Locked);

    const QJsonObject carePlan = f.server.create(QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("CarePlan")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("intent"), QStringLiteral("plan")},
        {QStringLiteral("subject"), QJsonObject{{QStringLiteral("reference"), f.patient()}}},
        {QStringLiteral("extension"),
         QJsonArray{unlockExtension(third), unlockExtension(QStringLiteral("no-such-module")),
                    unlockExtension(fourth)}}});
    const QString reference =
        QStringLiteral("CarePlan/") + carePlan.value(QLatin1String("id")).toString();
    sync::SyncReport report = f.sync(everything());
    INFO(report.detail.toStdString());
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.detail.contains(reference));
    CHECK(report.detail.contains(QLatin1String("no-such-module")));
    CHECK(f.progress.clinicUnlocked() == (QStringList{third, fourth}));
    programme::ModuleProgress opened = f.progress.module(third);
    CHECK(opened.status.state == programme::ModuleState::Available);
    CHECK(opened.status.unlockedByClinic);
    f.startModule(fourth); // the patient begins one of the two

    QJsonObject revoked = carePlan;
    revoked.insert(QStringLiteral("status"), QStringLiteral("revoked"));
    f.put(revoked);
    report = f.sync(everything());
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(f.progress.clinicUnlocked().isEmpty());
    CHECK(f.progress.module(third).status.state == programme::ModuleState::Locked);
    CHECK(f.progress.module(fourth).status.state == programme::ModuleState::InProgress);
}
