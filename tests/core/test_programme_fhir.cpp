// The programme's FHIR side: module progress, exercise records and homework as the resources the
// clinic receives, compared with committed golden files (reviewed by eye;
// tests/sync/test_programme_sync.cpp checks the same shapes against the real server's
// validation), and the clinic's homework Tasks turned into homework on a real encrypted profile.
// After an intended change: PACEWISE_UPDATE_GOLDEN=1 rewrites the golden files; review the diff.
#include "error/Error.h"
#include "fhir/DiaryObservation.h"
#include "fhir/ProgrammeResources.h"
#include "homework/ClinicHomework.h"
#include "homework/HomeworkStore.h"
#include "programme/ExerciseStore.h"
#include "programme/Programme.h"
#include "programme/ProgrammeProgress.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/Profile.h"
#include "support/TestProfile.h"
#include "sync/ClinicConnection.h"
#include "sync/OutboxRecords.h"
#include "sync/SyncState.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

using namespace pacewise;

namespace {

const QString kPatient = QStringLiteral("Patient/example-patient");
const QString kTaskTypeSystem = QLatin1String(homework::ClinicHomework::kTaskTypeSystem);
const QStringList kExerciseIds{QStringLiteral("thought-record"), QStringLiteral("pacing-plan"),
                               QStringLiteral("pacing-log"),     QStringLiteral("relaxation"),
                               QStringLiteral("sleep-diary"),    QStringLiteral("problem-solving"),
                               QStringLiteral("flare-up-plan")};

void checkGolden(const QString& name, const QJsonObject& actual) {
    const QString path = QStringLiteral(PACEWISE_GOLDEN_DIR) + QLatin1Char('/') + name;
    if (qEnvironmentVariable("PACEWISE_UPDATE_GOLDEN") == QLatin1String("1")) {
        QSaveFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        REQUIRE(out.commit());
        WARN("rewrote " << path.toStdString());
        return;
    }
    QFile file(path);
    INFO("golden file " << path.toStdString()
                        << " (PACEWISE_UPDATE_GOLDEN=1 writes it; review the diff)");
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonDocument expected = QJsonDocument::fromJson(file.readAll());
    INFO("actual:\n" << QJsonDocument(actual).toJson().toStdString());
    CHECK(expected == QJsonDocument(actual));
}

// FHIR forbids empty elements: every string, array and object must hold something.
void collectEmpty(const QJsonValue& value, const QString& path, QStringList& out) {
    if ((value.isString() && value.toString().trimmed().isEmpty()) || value.isNull() ||
        (value.isArray() && value.toArray().isEmpty()) ||
        (value.isObject() && value.toObject().isEmpty()))
        out << path;
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectEmpty(a.at(i), path + QStringLiteral("[%1]").arg(i), out);
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectEmpty(it.value(), path + QLatin1Char('.') + it.key(), out);
    }
}

QStringList emptyElements(const QJsonObject& resource) {
    QStringList out;
    collectEmpty(resource, resource.value(QLatin1String("resourceType")).toString(), out);
    return out;
}

QDateTime utc(int month, int day, int hour, int minute) {
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

// A module as content describes it; synthetic, so that the golden files do not follow the
// wording of the lessons.
programme::Module pacingModule() {
    programme::Module m;
    m.id = QStringLiteral("pacing");
    m.number = 3;
    m.title = QStringLiteral("Activity pacing");
    return m;
}

programme::ModuleProgress pacingProgress(bool done) {
    programme::ModuleProgress p;
    p.moduleId = QStringLiteral("pacing");
    p.recordId = QStringLiteral("0b6f2c7e-4e59-4f0e-9d1c-000000000003");
    p.startedAt = utc(11, 20, 9, 15);
    if (done)
        p.completedAt = utc(11, 26, 19, 2);
    p.timeSpentMs = done ? 2'850'000 : 754'000; // 47.5 minutes → 48; 12.6 → 13
    p.pageCount = 12;
    p.pagesRead = done ? 12 : 5;
    return p;
}

homework::Homework moduleHomework() {
    homework::Homework h;
    h.id = QStringLiteral("3f0d8a51-77c4-4c1e-8b0b-000000000001");
    h.source = homework::Homework::Source::Module;
    h.moduleId = QStringLiteral("relaxation");
    h.templateId = QStringLiteral("breathing-practice");
    h.title = QStringLiteral("Practise slow breathing");
    h.description = QStringLiteral("Use the breathing pacer for 5 minutes, 5 times this week.");
    h.exerciseId = QStringLiteral("relaxation");
    h.target = 5;
    h.doneCount = 2;
    h.assignedAt = utc(11, 20, 9, 16);
    h.dueDate = QDate(2026, 11, 27);
    h.updatedAt = utc(11, 23, 20, 41);
    return h;
}

// The clinician's Task as the server stored it (what a pull brings).
QJsonObject clinicTask(const QString& id, const QString& version, const QJsonObject& extra = {}) {
    QJsonObject task{
        {QStringLiteral("resourceType"), QStringLiteral("Task")},
        {QStringLiteral("id"), id},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("versionId"), version},
                     {QStringLiteral("lastUpdated"), QStringLiteral("2026-11-24T08:00:00.000Z")}}},
        {QStringLiteral("identifier"),
         QJsonArray{
             QJsonObject{{QStringLiteral("system"), QStringLiteral("https://clinic.example/tasks")},
                         {QStringLiteral("value"), QStringLiteral("HW-2291")}}}},
        {QStringLiteral("status"), QStringLiteral("requested")},
        {QStringLiteral("intent"), QStringLiteral("order")},
        {QStringLiteral("code"),
         QJsonObject{
             {QStringLiteral("coding"),
              QJsonArray{QJsonObject{{QStringLiteral("system"), kTaskTypeSystem},
                                     {QStringLiteral("code"), QStringLiteral("homework")}}}}}},
        {QStringLiteral("description"), QStringLiteral("Walk for ten minutes after lunch")},
        {QStringLiteral("note"),
         QJsonArray{
             QJsonObject{{QStringLiteral("text"), QStringLiteral("Stop before the pain rises.")}}}},
        {QStringLiteral("for"), QJsonObject{{QStringLiteral("reference"), kPatient}}},
        {QStringLiteral("requester"),
         QJsonObject{{QStringLiteral("reference"), QStringLiteral("Practitioner/dr-lee")}}},
        {QStringLiteral("authoredOn"), QStringLiteral("2026-11-24T09:00:00+01:00")},
        {QStringLiteral("executionPeriod"),
         QJsonObject{{QStringLiteral("end"), QStringLiteral("2026-12-01")}}},
        {QStringLiteral("input"),
         QJsonArray{QJsonObject{
             {QStringLiteral("type"),
              QJsonObject{
                  {QStringLiteral("coding"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("system"),
                        QStringLiteral("https://pacewise.app/fhir/CodeSystem/task-parameter")},
                       {QStringLiteral("code"), QStringLiteral("times")}}}}}},
             {QStringLiteral("valueInteger"), 3}}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        task.insert(it.key(), it.value());
    return task;
}

const programme::Programme& english() {
    static const programme::Programme loaded =
        programme::Programme::load(QStringLiteral("en"), QStringLiteral(PACEWISE_PROGRAMME_DIR));
    return loaded;
}

// Every question of the exercise answered (synthetic), as a patient filling it in fully would.
measures::Answers fullAnswers(const programme::Exercise& exercise) {
    measures::Answers answers;
    for (const measures::Item* item : exercise.questionnaire.allItems()) {
        const double low = item->minValue.value_or(0);
        const double high = item->maxValue.value_or(10);
        switch (item->type) {
        case measures::ItemType::String:
            answers[item->linkId] = measures::Answer::ofString(
                QStringLiteral("Synthetic answer to %1").arg(item->linkId));
            break;
        case measures::ItemType::Integer:
            answers[item->linkId] = measures::Answer::ofInteger(qint64((low + high) / 2));
            break;
        case measures::ItemType::Decimal:
            answers[item->linkId] = measures::Answer::ofDecimal(std::min(high, low + 12.5));
            break;
        case measures::ItemType::Boolean:
            answers[item->linkId] = measures::Answer::ofBoolean(true);
            break;
        case measures::ItemType::Choice:
            REQUIRE(!item->options.empty());
            answers[item->linkId] = measures::Answer::ofCoding(item->options.front().coding);
            break;
        case measures::ItemType::Date:
            answers[item->linkId] = measures::Answer::ofDate(QDate(2026, 11, 25));
            break;
        case measures::ItemType::Time:
            answers[item->linkId] = measures::Answer::ofTime(QTime(22, 45));
            break;
        case measures::ItemType::Group:
        case measures::ItemType::Display:
            break;
        }
    }
    return answers;
}

programme::ExerciseRecord completedRecord(const programme::Exercise& exercise, int n) {
    programme::ExerciseRecord r;
    r.id = QStringLiteral("6a2e9c14-2b8d-4f7a-a3e5-%1").arg(n, 12, 10, QLatin1Char('0'));
    r.exerciseId = exercise.id;
    r.answers = fullAnswers(exercise);
    r.startedAt = utc(11, 25, 20, 0);
    r.completedAt = utc(11, 25, 20, 12);
    r.updatedAt = r.completedAt;
    r.utcOffset = -18000;
    r.localDate = QDate(2026, 11, 25);
    return r;
}

QJsonObject withoutPatientFields(QJsonObject task) {
    task.remove(QStringLiteral("status"));
    task.remove(QStringLiteral("output"));
    task.remove(QStringLiteral("lastModified"));
    return task;
}

// An encrypted profile with the clinic's resources stored as a pull stores them.
struct ClinicFixture {
    QTemporaryDir dir;
    std::unique_ptr<store::Profile> profile =
        store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    store::Database& db = profile->database();
    homework::HomeworkStore homework{db};

    void pulled(const QJsonObject& resource) {
        store::Transaction transaction(db);
        sync::SyncState(db).storeClinicResource(resource);
        transaction.commit();
    }
    std::vector<homework::Homework> clinicHomework() const {
        std::vector<homework::Homework> out;
        for (const homework::Homework& h : homework.list(homework::HomeworkStore::Filter::All)) {
            if (h.source == homework::Homework::Source::Clinic)
                out.push_back(h);
        }
        return out;
    }
    int waiting(const char* kind) const {
        store::Statement q = db.prepare(
            "SELECT count(DISTINCT entity_id) FROM outbox WHERE kind = ? AND done_at IS NULL");
        q.bind(1, QLatin1String(kind));
        q.step();
        return int(q.int64(0));
    }
};

} // namespace

TEST_CASE("fhir: module progress maps to the golden Task while reading and once done",
          "[fhir][programme]") {
    checkGolden(QStringLiteral("module-progress-task.json"),
                fhir::moduleProgressTask(pacingModule(), pacingProgress(true), kPatient));
    const QJsonObject reading =
        fhir::moduleProgressTask(pacingModule(), pacingProgress(false), kPatient);
    checkGolden(QStringLiteral("module-progress-task-reading.json"), reading);
    CHECK(reading.value(QLatin1String("status")).toString() == QLatin1String("in-progress"));
    CHECK_FALSE(
        reading[QLatin1String("executionPeriod")].toObject().contains(QLatin1String("end")));
    CHECK(emptyElements(reading).isEmpty());
}

TEST_CASE("fhir: a module's homework is the patient's own Task, and a clinic's is the clinician's "
          "Task with only status, output and lastModified replaced",
          "[fhir][programme][homework]") {
    const QJsonObject own = fhir::homeworkTask(moduleHomework(), kPatient);
    checkGolden(QStringLiteral("module-homework-task.json"), own);
    CHECK(own.value(QLatin1String("status")).toString() == QLatin1String("in-progress"));
    CHECK(emptyElements(own).isEmpty());

    homework::Homework fresh = moduleHomework();
    fresh.doneCount = 0;
    CHECK(fhir::homeworkTask(fresh, kPatient).value(QLatin1String("status")).toString() ==
          QLatin1String("requested"));
    fresh.status = homework::Homework::Status::Cancelled;
    CHECK(fhir::homeworkTask(fresh, kPatient).value(QLatin1String("status")).toString() ==
          QLatin1String("cancelled"));

    const QJsonObject stored = clinicTask(QStringLiteral("clinic-task-1"), QStringLiteral("3"));
    homework::Homework done;
    done.id = QStringLiteral("3f0d8a51-77c4-4c1e-8b0b-000000000002");
    done.source = homework::Homework::Source::Clinic;
    done.clinicTaskId = QStringLiteral("clinic-task-1");
    done.clinicVersion = QStringLiteral("3");
    done.title = QStringLiteral("Walk for ten minutes after lunch");
    done.target = 3;
    done.doneCount = 3;
    done.status = homework::Homework::Status::Done;
    done.updatedAt = utc(11, 28, 12, 5);
    const QJsonObject merged = fhir::homeworkTask(done, kPatient, stored);
    checkGolden(QStringLiteral("clinic-homework-task-merged.json"), merged);
    CHECK(withoutPatientFields(merged) == withoutPatientFields(stored));
    CHECK(merged.value(QLatin1String("status")).toString() == QLatin1String("completed"));
    CHECK(merged[QLatin1String("output")][0][QLatin1String("valueInteger")].toInt() == 3);
    CHECK(emptyElements(merged).isEmpty());
}

TEST_CASE("fhir: a clinic Task's lastModified is never before its authoredOn and is written in "
          "the same form",
          "[fhir][programme][homework]") {
    homework::Homework h;
    h.id = QStringLiteral("3f0d8a51-77c4-4c1e-8b0b-000000000003");
    h.source = homework::Homework::Source::Clinic;
    h.clinicTaskId = QStringLiteral("t");
    const auto lastModified = [&](const QDateTime& updatedAt, const QString& authoredOn) {
        h.updatedAt = updatedAt;
        const QJsonObject task =
            clinicTask(QStringLiteral("t"), QStringLiteral("1"),
                       QJsonObject{{QStringLiteral("authoredOn"), authoredOn}});
        return fhir::homeworkTask(h, kPatient, task)
            .value(QLatin1String("lastModified"))
            .toString();
    };
    // The patient's clock behind the clinic's: the clinic's own time.
    CHECK(lastModified(utc(11, 24, 7, 0), QStringLiteral("2026-11-24T09:00:00+01:00")) ==
          QLatin1String("2026-11-24T09:00:00+01:00"));
    // Later: in the clinic's offset, so that a server comparing the text agrees.
    CHECK(lastModified(utc(11, 24, 8, 30), QStringLiteral("2026-11-24T09:00:00+01:00")) ==
          QLatin1String("2026-11-24T09:30:00+01:00"));
    CHECK(lastModified(utc(11, 24, 8, 30), QStringLiteral("2026-11-24T08:00:00.250Z")) ==
          QLatin1String("2026-11-24T08:30:00.000Z"));
    CHECK(lastModified(utc(11, 23, 8, 30), QStringLiteral("2026-11-24")) ==
          QLatin1String("2026-11-24"));
    CHECK(lastModified(utc(11, 25, 8, 30), QStringLiteral("2026-11-24")) ==
          QLatin1String("2026-11-25T08:30:00+00:00"));
}

TEST_CASE("fhir: each of the seven exercises maps to the golden QuestionnaireResponse",
          "[fhir][programme][exercises]") {
    INFO(english().problems().join(QLatin1Char('\n')).toStdString());
    int n = 0;
    for (const QString& id : kExerciseIds) {
        CAPTURE(id.toStdString());
        const programme::Exercise* exercise = english().exercise(id);
        REQUIRE(exercise);
        const programme::ExerciseRecord record = completedRecord(*exercise, ++n);
        const QJsonObject qr = fhir::exerciseResponse(*exercise, record, kPatient);
        checkGolden(QStringLiteral("exercise-%1-questionnaire-response.json").arg(id), qr);
        CHECK(qr.value(QLatin1String("questionnaire")).toString() ==
              QStringLiteral("https://pacewise.app/fhir/Questionnaire/%1|1").arg(id));
        CHECK(qr.value(QLatin1String("status")).toString() == QLatin1String("completed"));
        CHECK(qr.value(QLatin1String("authored")).toString() ==
              QLatin1String("2026-11-25T15:12:00-05:00"));
        CHECK(qr[QLatin1String("identifier")][QLatin1String("system")].toString() ==
              QLatin1String("urn:pacewise:exercise-record"));
        CHECK(qr[QLatin1String("identifier")][QLatin1String("value")].toString() == record.id);
        CHECK(emptyElements(qr).isEmpty());
    }
}

TEST_CASE("fhir: a pacing log names its plan by identifier, and an edited flare-up plan goes as "
          "amended at the time of the edit",
          "[fhir][programme][exercises]") {
    const programme::Exercise* log = english().exercise(QStringLiteral("pacing-log"));
    REQUIRE(log);
    programme::ExerciseRecord entry = completedRecord(*log, 20);
    entry.parentId = QStringLiteral("6a2e9c14-2b8d-4f7a-a3e5-000000000002");
    const QJsonObject linked = fhir::exerciseResponse(*log, entry, kPatient);
    REQUIRE(linked[QLatin1String("extension")].toArray().size() == 1);
    CHECK(linked[QLatin1String("extension")][0][QLatin1String("url")].toString() ==
          QLatin1String("https://pacewise.app/fhir/StructureDefinition/part-of-record"));
    CHECK(linked[QLatin1String("extension")][0][QLatin1String("valueIdentifier")]
                [QLatin1String("value")]
                    .toString() == entry.parentId);
    CHECK(linked[QLatin1String("extension")][0][QLatin1String("valueIdentifier")]
                [QLatin1String("system")]
                    .toString() == QLatin1String("urn:pacewise:exercise-record"));

    const programme::Exercise* plan = english().exercise(QStringLiteral("flare-up-plan"));
    REQUIRE(plan);
    programme::ExerciseRecord edited = completedRecord(*plan, 21);
    edited.updatedAt = utc(11, 27, 8, 30);
    const QJsonObject amended = fhir::exerciseResponse(*plan, edited, kPatient);
    CHECK(amended.value(QLatin1String("status")).toString() == QLatin1String("amended"));
    CHECK(amended.value(QLatin1String("authored")).toString() ==
          QLatin1String("2026-11-27T03:30:00-05:00"));

    programme::ExerciseRecord draft = completedRecord(*plan, 22);
    draft.completedAt = {};
    CHECK_THROWS_AS(fhir::exerciseResponse(*plan, draft, kPatient), Error);
}

TEST_CASE("clinic homework: a clinician's Task becomes homework with its title, note, target, "
          "exercise and due date, and the patient's own Tasks are skipped",
          "[clinic-homework]") {
    ClinicFixture f;
    QJsonObject withExercise = clinicTask(QStringLiteral("t1"), QStringLiteral("1"));
    QJsonArray inputs = withExercise[QLatin1String("input")].toArray();
    inputs.append(QJsonObject{
        {QStringLiteral("type"), QJsonObject{{QStringLiteral("text"), QStringLiteral("exercise")}}},
        {QStringLiteral("valueString"), QStringLiteral("relaxation")}});
    withExercise.insert(QStringLiteral("input"), inputs);
    f.pulled(withExercise);
    // A Task with no code but a description counts; its due date is a week after authoredOn.
    QJsonObject plain = clinicTask(QStringLiteral("t2"), QStringLiteral("1"));
    plain.remove(QStringLiteral("code"));
    plain.remove(QStringLiteral("executionPeriod"));
    plain.remove(QStringLiteral("input"));
    f.pulled(plain);
    // Ours, pulled back after our own push: not imported again.
    QJsonObject own = fhir::homeworkTask(moduleHomework(), kPatient);
    own.insert(QStringLiteral("id"), QStringLiteral("ours"));
    own.insert(
        QStringLiteral("meta"),
        QJsonObject{{QStringLiteral("versionId"), QStringLiteral("1")},
                    {QStringLiteral("lastUpdated"), QStringLiteral("2026-11-24T08:00:01.000Z")}});
    f.pulled(own);
    // Another kind of Task the clinic keeps for this patient.
    QJsonObject other = clinicTask(QStringLiteral("t3"), QStringLiteral("1"));
    other.insert(
        QStringLiteral("code"),
        QJsonObject{{QStringLiteral("coding"),
                     QJsonArray{QJsonObject{{QStringLiteral("system"), kTaskTypeSystem},
                                            {QStringLiteral("code"), QStringLiteral("review")}}}}});
    f.pulled(other);

    const QStringList problems = homework::ClinicHomework::apply(f.db);
    CHECK(problems.isEmpty());
    const std::vector<homework::Homework> rows = f.clinicHomework();
    REQUIRE(rows.size() == 2);
    const homework::Homework& first =
        rows[0].clinicTaskId == QLatin1String("t1") ? rows[0] : rows[1];
    const homework::Homework& second =
        rows[0].clinicTaskId == QLatin1String("t1") ? rows[1] : rows[0];
    CHECK(first.title == QLatin1String("Walk for ten minutes after lunch"));
    CHECK(first.description == QLatin1String("Stop before the pain rises."));
    CHECK(first.target == 3);
    CHECK(first.exerciseId == QLatin1String("relaxation"));
    CHECK(first.dueDate == QDate(2026, 12, 1));
    CHECK(first.clinicVersion == QLatin1String("1"));
    CHECK(first.status == homework::Homework::Status::Open);
    CHECK(first.assignedAt == utc(11, 24, 8, 0));
    CHECK(second.target == 1);
    CHECK(second.exerciseId.isEmpty());
    CHECK(second.dueDate ==
          QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC).toLocalTime().date().addDays(7));
    // Importing is not a change of the patient's: nothing goes back to the clinic for it.
    CHECK(f.waiting(fhir::kHomeworkKind) == 0);

    // Applied again with nothing new: nothing changes, nothing is added.
    CHECK(homework::ClinicHomework::apply(f.db).isEmpty());
    CHECK(f.clinicHomework().size() == 2);
}

TEST_CASE("clinic homework: a newer version of the Task updates the clinician's fields and keeps "
          "the check-offs, and a cancelled Task cancels it",
          "[clinic-homework]") {
    ClinicFixture f;
    f.pulled(clinicTask(QStringLiteral("t1"), QStringLiteral("1")));
    REQUIRE(homework::ClinicHomework::apply(f.db).isEmpty());
    REQUIRE(f.clinicHomework().size() == 1);
    const QString id = f.clinicHomework().front().id;
    f.homework.checkOff(id);
    f.homework.checkOff(id);
    CHECK(f.waiting(fhir::kHomeworkKind) == 1);

    // The clinician lowers the target to two and moves the due date: done with the two ticks.
    QJsonObject edited = clinicTask(QStringLiteral("t1"), QStringLiteral("2"));
    QJsonArray inputs = edited[QLatin1String("input")].toArray();
    QJsonObject times = inputs[0].toObject();
    times.insert(QStringLiteral("valueInteger"), 2);
    inputs[0] = times;
    edited.insert(QStringLiteral("input"), inputs);
    edited.insert(QStringLiteral("executionPeriod"),
                  QJsonObject{{QStringLiteral("end"), QStringLiteral("2026-12-08")}});
    edited.insert(QStringLiteral("description"), QStringLiteral("Walk after lunch"));
    f.pulled(edited);
    REQUIRE(homework::ClinicHomework::apply(f.db).isEmpty());
    homework::Homework h = *f.homework.find(id);
    CHECK(h.clinicVersion == QLatin1String("2"));
    CHECK(h.title == QLatin1String("Walk after lunch"));
    CHECK(h.dueDate == QDate(2026, 12, 8));
    CHECK(h.doneCount == 2);
    CHECK(h.status == homework::Homework::Status::Done);
    CHECK(h.completedAt.isValid());

    // Raised to four: open again, the two ticks still counted.
    times.insert(QStringLiteral("valueInteger"), 4);
    inputs[0] = times;
    edited.insert(QStringLiteral("input"), inputs);
    edited.insert(
        QStringLiteral("meta"),
        QJsonObject{{QStringLiteral("versionId"), QStringLiteral("3")},
                    {QStringLiteral("lastUpdated"), QStringLiteral("2026-11-25T08:00:00.000Z")}});
    f.pulled(edited);
    REQUIRE(homework::ClinicHomework::apply(f.db).isEmpty());
    h = *f.homework.find(id);
    CHECK(h.status == homework::Homework::Status::Open);
    CHECK_FALSE(h.completedAt.isValid());
    CHECK(h.doneCount == 2);

    edited.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    edited.insert(
        QStringLiteral("meta"),
        QJsonObject{{QStringLiteral("versionId"), QStringLiteral("4")},
                    {QStringLiteral("lastUpdated"), QStringLiteral("2026-11-26T08:00:00.000Z")}});
    f.pulled(edited);
    REQUIRE(homework::ClinicHomework::apply(f.db).isEmpty());
    h = *f.homework.find(id);
    CHECK(h.status == homework::Homework::Status::Cancelled);
    CHECK(h.doneCount == 2);
    CHECK(f.clinicHomework().size() == 1);
}

TEST_CASE("clinic homework: a Task that cannot be homework is refused with a line that names it "
          "and not its text, and an unknown exercise leaves it ticked by hand",
          "[clinic-homework]") {
    ClinicFixture f;
    sync::ClinicConnection(f.db).enroll(
        {QStringLiteral("http://127.0.0.1:9/fhir/R4"), QStringLiteral("example-patient"), {}, {}},
        QStringLiteral("synthetic-token"));
    QJsonObject untitled = clinicTask(QStringLiteral("no-title"), QStringLiteral("1"));
    untitled.remove(QStringLiteral("description"));
    f.pulled(untitled);
    QJsonObject tooMany = clinicTask(QStringLiteral("too-many"), QStringLiteral("1"));
    QJsonArray inputs = tooMany[QLatin1String("input")].toArray();
    QJsonObject times = inputs[0].toObject();
    times.insert(QStringLiteral("valueInteger"), 500);
    inputs[0] = times;
    tooMany.insert(QStringLiteral("input"), inputs);
    f.pulled(tooMany);
    QJsonObject badDue = clinicTask(QStringLiteral("bad-due"), QStringLiteral("1"));
    badDue.insert(QStringLiteral("executionPeriod"),
                  QJsonObject{{QStringLiteral("end"), QStringLiteral("2026-12")}});
    f.pulled(badDue);
    QJsonObject typo = clinicTask(QStringLiteral("typo"), QStringLiteral("1"));
    inputs = typo[QLatin1String("input")].toArray();
    inputs.append(QJsonObject{
        {QStringLiteral("type"), QJsonObject{{QStringLiteral("text"), QStringLiteral("exercise")}}},
        {QStringLiteral("valueString"), QStringLiteral("relaxaton")}});
    typo.insert(QStringLiteral("input"), inputs);
    f.pulled(typo);
    // A Task for someone else (a server's search should never send one; the patient's list
    // must not show it if it does).
    QJsonObject elsewhere = clinicTask(QStringLiteral("elsewhere"), QStringLiteral("1"));
    elsewhere.insert(QStringLiteral("for"),
                     QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/someone")}});
    f.pulled(elsewhere);

    const QStringList problems = homework::ClinicHomework::apply(f.db);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.size() == 5);
    CHECK(problems.filter(QStringLiteral("Task/no-title: ")).size() == 1);
    CHECK(problems.filter(QStringLiteral("Task/too-many: ")).size() == 1);
    CHECK(problems.filter(QStringLiteral("Task/bad-due: ")).size() == 1);
    CHECK(problems.filter(QStringLiteral("Task/typo: ")).size() == 1);
    CHECK(problems.filter(QStringLiteral("Task/elsewhere: ")).size() == 1);
    for (const QString& line : problems)
        CHECK_FALSE(line.contains(QLatin1String("Walk for ten minutes")));
    // Only the one with the misspelt exercise is homework, ticked off by hand.
    const std::vector<homework::Homework> rows = f.clinicHomework();
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().clinicTaskId == QLatin1String("typo"));
    CHECK(rows.front().exerciseId.isEmpty());
}

TEST_CASE("outbox records: the programme's kinds are known and queued again for a new clinic, "
          "and a clinic's homework carries the Task id and the version to send If-Match on",
          "[clinic-homework][outbox]") {
    ClinicFixture f;
    f.pulled(clinicTask(QStringLiteral("t1"), QStringLiteral("7")));
    REQUIRE(homework::ClinicHomework::apply(f.db).isEmpty());
    const QString clinicId = f.clinicHomework().front().id;
    f.homework.checkOff(clinicId);
    const homework::Homework own = f.homework.assignFromModule(
        QStringLiteral("relaxation"), QStringLiteral("breathing-practice"),
        QStringLiteral("Practise slow breathing"), QString(), QStringLiteral("relaxation"), 5,
        QDate(2026, 12, 1));

    const sync::OutboxRecords records(f.db, kPatient);
    CHECK(records.knows(QLatin1String(fhir::kModuleProgressKind)));
    CHECK(records.knows(QLatin1String(fhir::kExerciseRecordKind)));
    CHECK(records.knows(QLatin1String(fhir::kHomeworkKind)));

    const std::optional<sync::OutboxRecords::Resource> clinic =
        records.resourceFor(QLatin1String(fhir::kHomeworkKind), clinicId);
    REQUIRE(clinic);
    CHECK(clinic->resourceType == QLatin1String("Task"));
    CHECK(clinic->serverId == QLatin1String("t1"));
    CHECK(clinic->ifMatchVersion == QLatin1String("7"));
    CHECK(clinic->json.value(QLatin1String("status")).toString() == QLatin1String("in-progress"));
    CHECK(clinic->json.value(QLatin1String("requester")) ==
          clinicTask(QStringLiteral("t1"), QStringLiteral("7")).value(QLatin1String("requester")));

    const std::optional<sync::OutboxRecords::Resource> mine =
        records.resourceFor(QLatin1String(fhir::kHomeworkKind), own.id);
    REQUIRE(mine);
    CHECK(mine->serverId.isEmpty());
    CHECK(mine->json[QLatin1String("identifier")][0][QLatin1String("value")].toString() == own.id);

    // A new clinic: the module's homework is offered again, the old clinic's is not.
    f.db.exec("UPDATE outbox SET done_at = '2026-11-28T00:00:00Z'");
    {
        store::Transaction transaction(f.db);
        sync::OutboxRecords::queueAll(f.db);
        transaction.commit();
    }
    store::Statement queued =
        f.db.prepare("SELECT entity_id FROM outbox WHERE kind = 'homework' AND done_at IS NULL");
    QStringList ids;
    while (queued.step())
        ids << queued.text(0);
    CHECK(ids == QStringList{own.id});
}
