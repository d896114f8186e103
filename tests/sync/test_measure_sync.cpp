// Measures, safety events and the clinic's directives end to end against the real reference
// clinic server (Medplum's FHIR engine, which validates every resource it stores): what the
// server holds afterwards is the assertion, not what the engine says it did.
#include "fhir/DiaryObservation.h"
#include "fhir/MeasureResources.h"
#include "measures/MeasureLibrary.h"
#include "measures/MeasureStore.h"
#include "measures/Schedule.h"
#include "safety/CrisisLines.h"
#include "safety/SafetyEvents.h"
#include "store/Outbox.h"
#include "support/SyncFixture.h"
#include "sync/ClinicDirectives.h"
#include "sync/OutboxRecords.h"
#include "sync/SyncStatus.h"

#include <QJsonDocument>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::test;
using Outcome = sync::SyncReport::Outcome;

namespace {

// A profile enrolled on the server, with the bundled measures and a store whose clock is fixed.
struct MeasureSyncFixture : SyncFixture {
    measures::MeasureLibrary library = measures::MeasureLibrary::load(db);
    QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(13, 24, 31), Qt::UTC);
    measures::MeasureStore store{db, library, [this] {
                                     return now;
                                 }};
    safety::SafetyEvents events{db};

    // A completed PHQ-9 with every item at `ordinal` except item 9 at `item9` (synthetic).
    measures::Response completePhq9(int ordinal, int item9 = 0) {
        const measures::Measure* phq9 = library.find(QStringLiteral("phq-9"));
        REQUIRE(phq9);
        measures::Response response = store.startOrResume(phq9->id);
        for (int i = 1; i <= 9; ++i) {
            const measures::Item* item = phq9->questionnaire.find(QString::number(i));
            REQUIRE(item);
            const int wanted = i == 9 ? item9 : ordinal;
            for (const measures::AnswerOption& option : item->options) {
                if (option.ordinal && *option.ordinal == wanted)
                    response.answers[item->linkId] = measures::Answer::ofCoding(option.coding);
            }
        }
        response.utcOffset = 3600;
        return store.complete(response);
    }

    // Every resource of `type` with the identifier Pacewise gave the record.
    QJsonArray byIdentifier(const QString& type, const char* kind, const QString& id) const {
        return server.searchAll(type, QStringLiteral("identifier=") +
                                          QString::fromLatin1(QUrl::toPercentEncoding(
                                              fhir::identifierToken(QLatin1String(kind), id))));
    }
    int count(const QString& type) const {
        return int(server
                       .searchAll(type, (type == QLatin1String("Flag") ||
                                                 type == QLatin1String("Communication") ||
                                                 type == QLatin1String("Observation") ||
                                                 type == QLatin1String("QuestionnaireResponse")
                                             ? QStringLiteral("subject=Patient/")
                                             : QStringLiteral("patient=Patient/")) +
                                            patientId + QStringLiteral("&_count=1000"))
                       .size());
    }
};

// What the server stored, without what the server adds.
QJsonObject withoutServerFields(QJsonObject resource) {
    resource.remove(QStringLiteral("id"));
    resource.remove(QStringLiteral("meta"));
    return resource;
}

QJsonObject jsonAttachmentExtension(const char* url, const QByteArray& json) {
    return QJsonObject{
        {QStringLiteral("url"), QLatin1String(url)},
        {QStringLiteral("valueAttachment"),
         QJsonObject{{QStringLiteral("contentType"), QStringLiteral("application/json")},
                     {QStringLiteral("data"), QString::fromLatin1(json.toBase64())}}}};
}

QJsonObject carePlan(const QString& patientId, const QJsonArray& extensions) {
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("CarePlan")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("intent"), QStringLiteral("plan")},
        {QStringLiteral("title"), QStringLiteral("Pacewise settings from the clinic")},
        {QStringLiteral("subject"),
         QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/") + patientId}}},
        {QStringLiteral("extension"), extensions}};
}

const QByteArray kClinicLines = R"({"schema": "pacewise-crisis-lines/1", "countries": [
    {"country": "GB", "emergencyNumber": "999", "lines": [{"name": "Riverside Pain Clinic on-call",
     "phone": "01632 960 000", "hours": "24/7"}]}]})";
const QByteArray kClinicPlan = R"({"measures": [
    {"measure": "peg", "everyDays": 3, "graceDays": 1},
    {"measure": "phq-9", "everyDays": 28, "graceDays": 3}]})";

} // namespace

TEST_CASE("a completed PHQ-9 reaches the server as one QuestionnaireResponse and one Observation, "
          "stored as sent, and a second sync writes nothing",
          "[measures-sync]") {
    MeasureSyncFixture f;
    const measures::Response response = f.completePhq9(1); // 8 x 1 + 0 = 8, "Mild"

    const sync::SyncReport report = f.sync();
    INFO(report.detail.toStdString());
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.pushed == 2);
    CHECK(report.held == 0);
    CHECK(report.remaining == 0);

    const QJsonArray responses = f.byIdentifier(QStringLiteral("QuestionnaireResponse"),
                                                fhir::kQuestionnaireResponseKind, response.id);
    REQUIRE(responses.size() == 1);
    const measures::Measure& phq9 = *f.library.find(QStringLiteral("phq-9"));
    CHECK(withoutServerFields(responses.first().toObject()) ==
          fhir::questionnaireResponse(phq9, response, QStringLiteral("Patient/") + f.patientId));

    const QJsonArray scores =
        f.byIdentifier(QStringLiteral("Observation"), fhir::kMeasureScoreKind, response.id);
    REQUIRE(scores.size() == 1);
    const QJsonObject score = scores.first().toObject();
    CHECK(withoutServerFields(score) ==
          fhir::scoreObservation(phq9, response, QStringLiteral("Patient/") + f.patientId));
    CHECK(score.value(QLatin1String("valueInteger")).toInt() == 8);

    const sync::SyncReport again = f.sync();
    CHECK(again.outcome == Outcome::Done);
    CHECK(again.pushed == 0);
    CHECK(again.requests == 1); // the pull's searches only
    CHECK(f.count(QStringLiteral("QuestionnaireResponse")) == 1);
    CHECK(f.count(QStringLiteral("Observation")) == 1);
}

TEST_CASE("a safety event's Flag and Communication go out in the first request, ahead of 500 "
          "waiting diary entries",
          "[measures-sync][safety]") {
    MeasureSyncFixture f;
    f.addEntries(500);
    const measures::Response response = f.completePhq9(2, 2);
    const safety::SafetyEvent event =
        f.events.raise(response.id, QStringLiteral("phq-9"), QStringLiteral("9"), 2, f.now, 3600);
    CHECK(sync::SyncStatus::read(f.db).urgentWaiting);

    sync::CurlTransport curl;
    InterceptingTransport transport(curl);
    bool flagAfterFirst = false, communicationAfterFirst = false;
    QByteArray firstBody;
    transport.beforeSend = [&](sync::HttpRequest& request) {
        if (transport.requests == 1)
            firstBody = request.body;
    };
    transport.afterReceive = [&](sync::HttpResponse&) {
        if (transport.requests != 1)
            return;
        // On the server once the first request has been answered.
        flagAfterFirst =
            f.byIdentifier(QStringLiteral("Flag"), fhir::kSafetyFlagKind, event.id).size() == 1;
        communicationAfterFirst = f.byIdentifier(QStringLiteral("Communication"),
                                                 fhir::kSafetyCommunicationKind, event.id)
                                      .size() == 1;
    };
    sync::SyncEngine::Options options = SyncFixture::quickRetries();
    options.initialBatchSize = 25;
    options.maxBatchSize = 25;
    const sync::SyncReport report = f.sync(transport, options);
    INFO(report.detail.toStdString());
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(flagAfterFirst);
    CHECK(communicationAfterFirst);
    // The first batch starts with them: no diary entry was sent before the care team's alert.
    const QJsonArray entries =
        QJsonDocument::fromJson(firstBody).object().value(QLatin1String("entry")).toArray();
    REQUIRE(entries.size() >= 2);
    CHECK(entries[0][QLatin1String("resource")][QLatin1String("resourceType")].toString() ==
          QLatin1String("Flag"));
    CHECK(entries[1][QLatin1String("resource")][QLatin1String("resourceType")].toString() ==
          QLatin1String("Communication"));
    CHECK(report.requests >= 500 / 25);
    CHECK(report.pushed == 500 + 4);
    CHECK_FALSE(sync::SyncStatus::read(f.db).urgentWaiting);

    const QJsonObject communication =
        f.byIdentifier(QStringLiteral("Communication"), fhir::kSafetyCommunicationKind, event.id)
            .first()
            .toObject();
    CHECK(communication.value(QLatin1String("priority")).toString() == QLatin1String("urgent"));
    CHECK(withoutServerFields(communication) ==
          fhir::safetyCommunication(event, QStringLiteral("Patient/") + f.patientId));
}

TEST_CASE("a reply lost after the server stored the safety alert: the retry duplicates nothing",
          "[measures-sync][safety]") {
    MeasureSyncFixture f;
    const measures::Response response = f.completePhq9(1, 3);
    const safety::SafetyEvent event =
        f.events.raise(response.id, QStringLiteral("phq-9"), QStringLiteral("9"), 3, f.now, 3600);
    // The server stores the whole batch, then closes the connection instead of answering.
    f.server.injectFaults(
        QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("drop-after-commit")},
                               {QStringLiteral("pathPrefix"), QStringLiteral("/fhir/R4")},
                               {QStringLiteral("method"), QStringLiteral("POST")},
                               {QStringLiteral("count"), 2}}});
    const sync::SyncReport report = f.sync();
    INFO(report.detail.toStdString());
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.requests >= 3);
    CHECK(report.remaining == 0);
    CHECK(f.byIdentifier(QStringLiteral("Flag"), fhir::kSafetyFlagKind, event.id).size() == 1);
    CHECK(f.byIdentifier(QStringLiteral("Communication"), fhir::kSafetyCommunicationKind, event.id)
              .size() == 1);
    CHECK(f.count(QStringLiteral("Flag")) == 1);
    CHECK(f.count(QStringLiteral("Communication")) == 1);
    CHECK(f.count(QStringLiteral("QuestionnaireResponse")) == 1);
    CHECK(f.count(QStringLiteral("Observation")) == 1);

    // Once more from the start, as for a new clinic on the same server: still one of each.
    {
        store::Transaction transaction(f.db);
        f.db.exec("DELETE FROM remote_records");
        sync::OutboxRecords::queueAll(f.db);
        transaction.commit();
    }
    const sync::SyncReport resent = f.sync();
    REQUIRE(resent.outcome == Outcome::Done);
    CHECK(resent.pushed == 4); // all four went again, and the server matched each to its own
    CHECK(f.count(QStringLiteral("Flag")) == 1);
    CHECK(f.count(QStringLiteral("Communication")) == 1);
    CHECK(f.count(QStringLiteral("QuestionnaireResponse")) == 1);
    CHECK(f.count(QStringLiteral("Observation")) == 1);
}

TEST_CASE("a Flag the clinician closed stays closed when Pacewise sends the event again",
          "[measures-sync][safety]") {
    MeasureSyncFixture f;
    const measures::Response response = f.completePhq9(0, 1);
    const safety::SafetyEvent event =
        f.events.raise(response.id, QStringLiteral("phq-9"), QStringLiteral("9"), 1, f.now, 0);
    REQUIRE(f.sync().outcome == Outcome::Done);
    QJsonObject flag =
        f.byIdentifier(QStringLiteral("Flag"), fhir::kSafetyFlagKind, event.id).first().toObject();
    flag.insert(QStringLiteral("status"), QStringLiteral("inactive"));
    REQUIRE(f.server
                .request("PUT",
                         QStringLiteral("Flag/") + flag.value(QLatin1String("id")).toString(), flag)
                .status == 200);

    {
        store::Transaction transaction(f.db);
        f.db.exec("DELETE FROM remote_records");
        sync::OutboxRecords::queueAll(f.db);
        transaction.commit();
    }
    REQUIRE(f.sync().outcome == Outcome::Done);
    CHECK(f.byIdentifier(QStringLiteral("Flag"), fhir::kSafetyFlagKind, event.id)
              .first()[QLatin1String("status")]
              .toString() == QLatin1String("inactive"));
}

TEST_CASE("clinic directives: a CarePlan sets the crisis lines and the schedule, and revoking it "
          "restores the bundled ones",
          "[measures-sync][clinic]") {
    MeasureSyncFixture f;
    const QJsonObject created = f.server.create(carePlan(
        f.patientId,
        QJsonArray{
            jsonAttachmentExtension(sync::ClinicDirectives::kCrisisLinesExtension, kClinicLines),
            jsonAttachmentExtension(sync::ClinicDirectives::kMeasureScheduleExtension,
                                    kClinicPlan)}));
    sync::SyncReport report = f.sync();
    INFO(report.detail.toStdString());
    REQUIRE(report.outcome == Outcome::Done);

    CHECK(
        safety::CrisisLines::forProfile(f.db).forCountry(QStringLiteral("GB")).lines.front().name ==
        QLatin1String("Riverside Pain Clinic on-call"));
    CHECK(safety::CrisisLines::forProfile(f.db)
              .forCountry(QStringLiteral("US"))
              .lines.front()
              .phone == QLatin1String("988"));
    std::vector<measures::PlannedMeasure> plan = measures::Schedule::current(f.db);
    REQUIRE(plan.size() == 2);
    CHECK(plan[0].measureId == QLatin1String("peg"));
    CHECK(plan[0].everyDays == 3);

    // Content that does not validate changes nothing and is named in the report.
    QJsonObject broken = created;
    broken.insert(
        QStringLiteral("extension"),
        QJsonArray{jsonAttachmentExtension(
            sync::ClinicDirectives::kCrisisLinesExtension,
            R"({"schema": "pacewise-crisis-lines/1", "countries": [{"country": "GB"}]})")});
    const QString path =
        QStringLiteral("CarePlan/") + created.value(QLatin1String("id")).toString();
    REQUIRE(f.server.request("PUT", path, broken).status == 200);
    // CarePlans are looked for once a day; Send now looks for everything.
    sync::SyncEngine::Options everything = SyncFixture::quickRetries();
    everything.rarelyChangedInterval = std::chrono::hours(0);
    report = f.sync(everything);
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.detail.contains(path));
    CHECK(
        safety::CrisisLines::forProfile(f.db).forCountry(QStringLiteral("GB")).lines.front().name ==
        QLatin1String("Riverside Pain Clinic on-call"));

    // Revoked: the bundled lines and the default plan apply again.
    QJsonObject revoked = created;
    revoked.insert(QStringLiteral("status"), QStringLiteral("revoked"));
    REQUIRE(f.server.request("PUT", path, revoked).status == 200);
    report = f.sync(everything);
    REQUIRE(report.outcome == Outcome::Done);
    CHECK_FALSE(safety::CrisisLines::hasClinicLines(f.db));
    CHECK(
        safety::CrisisLines::forProfile(f.db).forCountry(QStringLiteral("GB")).lines.front().name ==
        QLatin1String("Samaritans"));
    plan = measures::Schedule::current(f.db);
    CHECK(plan.size() == measures::Schedule::defaultPlan().size());
}

TEST_CASE("every bundled measure's QuestionnaireResponse and score Observation pass the server's "
          "validation",
          "[measures-sync]") {
    MeasureSyncFixture f;
    std::vector<measures::Response> completed;
    for (const measures::Measure& m : f.library.measures()) {
        CAPTURE(m.id.toStdString());
        measures::Response response = f.store.startOrResume(m.id);
        // The highest answer everywhere (synthetic): every item that can be answered is.
        for (const measures::Item* item : m.questionnaire.allItems()) {
            switch (item->type) {
            case measures::ItemType::Choice:
                if (!item->options.empty())
                    response.answers[item->linkId] =
                        measures::Answer::ofCoding(item->options.back().coding);
                break;
            case measures::ItemType::Integer:
                response.answers[item->linkId] =
                    measures::Answer::ofInteger(qint64(item->maxValue.value_or(3)));
                break;
            case measures::ItemType::Decimal:
                response.answers[item->linkId] =
                    measures::Answer::ofDecimal(item->maxValue.value_or(2.5));
                break;
            case measures::ItemType::Boolean:
                response.answers[item->linkId] = measures::Answer::ofBoolean(true);
                break;
            case measures::ItemType::String:
                response.answers[item->linkId] =
                    measures::Answer::ofString(QStringLiteral("Synthetic answer"));
                break;
            case measures::ItemType::Date:
                response.answers[item->linkId] = measures::Answer::ofDate(QDate(2026, 3, 2));
                break;
            case measures::ItemType::Time:
                response.answers[item->linkId] = measures::Answer::ofTime(QTime(21, 30));
                break;
            case measures::ItemType::Group:
            case measures::ItemType::Display:
                break;
            }
        }
        completed.push_back(f.store.complete(response));
    }
    REQUIRE(completed.size() >= 7);

    const sync::SyncReport report = f.sync();
    INFO(report.detail.toStdString()
         << " / " << sync::SyncStatus::read(f.db).heldReason.toStdString());
    REQUIRE(report.outcome == Outcome::Done);
    CHECK(report.held == 0);
    CHECK(report.remaining == 0);
    for (const measures::Response& response : completed) {
        CAPTURE(response.measureId.toStdString());
        CHECK(f.byIdentifier(QStringLiteral("QuestionnaireResponse"),
                             fhir::kQuestionnaireResponseKind, response.id)
                  .size() == 1);
        const bool scored = !response.scores.empty() && response.scores.front().value;
        CHECK(f.byIdentifier(QStringLiteral("Observation"), fhir::kMeasureScoreKind, response.id)
                  .size() == (scored ? 1 : 0));
    }
}
