#pragma once

#include "diary/DiaryCatalogue.h"
#include "diary/DiaryStore.h"
#include "store/Profile.h"
#include "support/ClinicServer.h"
#include "support/TestProfile.h"
#include "sync/ClinicConnection.h"
#include "sync/CurlTransport.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

namespace pacewise::test {

// The identifier values (the local ids) of FHIR resources the server holds.
inline QSet<QString> identifierValues(const QJsonArray& resources) {
    QSet<QString> values;
    for (const QJsonValue& r : resources)
        values.insert(r.toObject()
                          .value(QLatin1String("identifier"))
                          .toArray()
                          .first()
                          .toObject()
                          .value(QLatin1String("value"))
                          .toString());
    return values;
}

// A transport between the engine and the real server that lets a test change a request before it
// leaves or a reply after it arrived: corrupt, truncate, drop. Everything else is the real thing.
class InterceptingTransport final : public sync::Transport {
public:
    explicit InterceptingTransport(sync::Transport& inner)
        : m_inner(inner) {}

    std::function<void(sync::HttpRequest&)> beforeSend;
    std::function<void(sync::HttpResponse&)> afterReceive;
    int requests = 0;

    sync::HttpResponse send(const sync::HttpRequest& request,
                            const sync::CancelFlag& cancel) override {
        ++requests;
        sync::HttpRequest changed = request;
        if (beforeSend)
            beforeSend(changed);
        sync::HttpResponse response = m_inner.send(changed, cancel);
        if (afterReceive)
            afterReceive(response);
        return response;
    }

private:
    sync::Transport& m_inner;
};

// A fresh encrypted profile enrolled with a fresh Patient on the reference server.
struct SyncFixture {
    ClinicServer server = ClinicServer::fromEnvironment();
    QTemporaryDir dir;
    std::unique_ptr<store::Profile> profile =
        store::Profile::create(dir.path(), kPassphrase, test::fastOptions());
    store::Database& db = profile->database();
    const diary::DiaryCatalogue& catalogue = diary::DiaryCatalogue::current();
    diary::DiaryStore diary{db, catalogue};
    QString patientId = server.createPatient();
    sync::ClinicConnection connection{db};

    explicit SyncFixture(bool tls = false) {
        server.clearFaults();
        connection.enroll({tls ? server.tlsBaseUrl() : server.baseUrl(),
                           patientId,
                           tls ? server.caFile() : QString(),
                           {}},
                          server.token());
    }
    ~SyncFixture() { server.clearFaults(); }

    // Quick retries: the behaviour is the same, the waiting is shorter.
    static sync::SyncEngine::Options quickRetries() {
        sync::SyncEngine::Options options;
        options.baseBackoff = std::chrono::milliseconds(50);
        options.maxBackoff = std::chrono::milliseconds(400);
        return options;
    }

    sync::SyncReport sync(sync::Transport& transport,
                          sync::SyncEngine::Options options = quickRetries()) {
        sync::CancelFlag cancel;
        return sync::SyncEngine(db, transport, connection, options).run(cancel);
    }
    sync::SyncReport sync(sync::SyncEngine::Options options = quickRetries()) {
        sync::CurlTransport transport;
        return sync(transport, options);
    }

    // Entries on consecutive hours from a fixed day, pain cycling 0..10.
    std::vector<diary::DiaryEntry> addEntries(int count, int firstPain = 0) {
        std::vector<diary::DiaryEntry> entries;
        const QDateTime start(QDate(2026, 1, 5), QTime(8, 0), Qt::OffsetFromUTC, 3600);
        for (int i = 0; i < count; ++i) {
            diary::DiaryEntry e;
            e.recordedAt = start.addSecs(qint64(i) * 3600);
            e.painNow = (firstPain + i) % 11;
            e.mood = (i * 3) % 11;
            e.note = QStringLiteral("synthetic note %1").arg(i);
            entries.push_back(e);
        }
        diary.saveAll(entries);
        return entries;
    }

    QJsonArray observations() const {
        return server.searchAll(QStringLiteral("Observation"),
                                QStringLiteral("subject=Patient/%1&_count=1000").arg(patientId));
    }

    // The Observation with this entry's identifier; REQUIREs exactly one.
    QJsonObject observationOf(const QString& entryId) const {
        const QJsonArray found =
            server.searchAll(QStringLiteral("Observation"),
                             QStringLiteral("identifier=urn:pacewise:diary-entry%7C") + entryId);
        REQUIRE(found.size() == 1);
        return found.first().toObject();
    }
};

} // namespace pacewise::test
