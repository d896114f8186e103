#include "sync/SyncEngine.h"

#include "error/Error.h"
#include "fhir/DiaryObservation.h"
#include "homework/ClinicHomework.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "sync/ClinicDirectives.h"
#include "sync/OutboxRecords.h"
#include "sync/SyncLock.h"
#include "sync/SyncState.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QUrl>
#include <algorithm>
#include <map>
#include <set>
#include <thread>
#include <tuple>

namespace pacewise::sync {
namespace {

using Clock = std::chrono::steady_clock;

using std::chrono::milliseconds;

const QString kBatchSizeKey = QLatin1String(SyncState::kBatchSize);
const QString kGzipKey = QLatin1String(SyncState::kGzipRequests);
const QString kLastAttemptKey = QLatin1String(SyncState::kLastAttemptAt);
const QString kLastSuccessKey = QLatin1String(SyncState::kLastSuccessAt);
const QString kLastOutcomeKey = QLatin1String(SyncState::kLastOutcome);
const QString kLastMessageKey = QLatin1String(SyncState::kLastMessage);
const QString kRetryAtKey = QLatin1String(SyncState::kRetryAt);
const QString kPulledAtPrefix = QLatin1String(SyncState::kPulledAtPrefix);

// A request that took longer than this was too big for the link: halve the batch. Quicker
// than kGrowBelow and full: double it.
constexpr milliseconds kShrinkAbove{10000};
constexpr milliseconds kGrowBelow{2000};

QByteArray percent(const QString& value) {
    return QUrl::toPercentEncoding(value);
}

int statusCode(const QString& status) {
    // "201 Created" or "201"
    return status.section(QLatin1Char(' '), 0, 0).toInt();
}

QString stripWeakEtag(QString etag) {
    if (etag.startsWith(QLatin1String("W/")))
        etag.remove(0, 2);
    etag.remove(QLatin1Char('"'));
    return etag;
}

// Location "Observation/<id>" or "Observation/<id>/_history/<vid>", relative or absolute.
QString idFromLocation(const QString& location, const QString& resourceType) {
    const QStringList parts = location.split(QLatin1Char('/'));
    const qsizetype at = parts.lastIndexOf(resourceType);
    return at >= 0 && at + 1 < parts.size() ? parts.at(at + 1) : QString();
}

// The first human text of an OperationOutcome, for the patient's "refused" line. It is stored in
// the encrypted database only, never logged: validators may quote the resource's values.
QString outcomeText(const QJsonObject& outcome) {
    for (const QJsonValue& issue : outcome.value(QLatin1String("issue")).toArray()) {
        const QJsonObject o = issue.toObject();
        const QString text =
            o.value(QLatin1String("details")).toObject().value(QLatin1String("text")).toString();
        if (!text.isEmpty())
            return text;
        const QString diagnostics = o.value(QLatin1String("diagnostics")).toString();
        if (!diagnostics.isEmpty())
            return diagnostics;
    }
    return {};
}

// Retry-After: delta-seconds or an HTTP date.
std::optional<QDateTime> retryAfter(const QByteArray& header) {
    if (header.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0)
        return QDateTime::currentDateTimeUtc().addSecs(std::min<qint64>(seconds, 7 * 24 * 3600));
    QDateTime date = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (date.isValid())
        return date.toUTC();
    return std::nullopt;
}

QString failureName(HttpResponse::Failure failure) {
    switch (failure) {
    case HttpResponse::Failure::None:
        return QStringLiteral("none");
    case HttpResponse::Failure::Offline:
        return QStringLiteral("offline");
    case HttpResponse::Failure::Timeout:
        return QStringLiteral("timeout");
    case HttpResponse::Failure::ConnectionLost:
        return QStringLiteral("connection lost");
    case HttpResponse::Failure::Tls:
        return QStringLiteral("tls");
    case HttpResponse::Failure::Cancelled:
        return QStringLiteral("cancelled");
    case HttpResponse::Failure::BadReply:
        return QStringLiteral("bad reply");
    case HttpResponse::Failure::Other:
        return QStringLiteral("other");
    }
    return {};
}

// One record on its way: its latest state, and the newest outbox row that state covers.
struct PushItem {
    QString kind;
    QString entityId;
    std::int64_t newestRowId = 0;
    bool create = true; // never confirmed and only created: POST with ifNoneExist
    OutboxRecords::Resource resource;
};

// One search page to fetch.
struct PullQuery {
    QString resourceType;
    QString relativeUrl;
};

// Thrown inside a run to end it with an outcome.
struct Stop {
    SyncReport::Outcome outcome;
    QString message;
    QString detail;
};

class Run {
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    Run(store::Database& db, Transport& transport, AccessTokenSource& tokens,
        const SyncEngine::Options& options, const CancelFlag& cancel,
        const SyncEngine::ProgressCallback& progress)
        : m_db(db)
        , m_transport(transport)
        , m_tokens(tokens)
        , m_options(options)
        , m_cancel(cancel)
        , m_progressCallback(progress)
        , m_state(db) {}

    SyncReport execute(const ClinicEndpoint& endpoint);

private:
    enum class Exchange { Ok, Shrink };

    void prepare(const ClinicEndpoint& endpoint);
    std::vector<PushItem> nextPushItems();
    QJsonObject batchBundle(const std::vector<PushItem>& pushes,
                            const std::vector<PullQuery>& pulls) const;
    Exchange exchange(const QByteArray& body, int entryCount, HttpResponse& response);
    void applyResponse(const QJsonObject& bundle, const std::vector<PushItem>& pushes,
                       const std::vector<PullQuery>& pulls);
    void applyPush(const QJsonObject& entry, const PushItem& item);
    void applyPull(const QJsonObject& entry, const PullQuery& query);
    void adaptBatchSize(milliseconds elapsed, int pushCount);
    void shrinkBatchSize();
    void waitFor(milliseconds delay);
    milliseconds backoff(int attempt) const;
    void checkCancelled() const;
    void reportProgress();
    QString searchUrl(const QString& resourceType, const QString& comparator,
                      const QString& lastUpdated) const;
    [[noreturn]] void stopOnStatus(const HttpResponse& response);

    store::Database& m_db;
    Transport& m_transport;
    AccessTokenSource& m_tokens;
    const SyncEngine::Options& m_options;
    const CancelFlag& m_cancel;
    const SyncEngine::ProgressCallback& m_progressCallback;
    SyncState m_state;

    ClinicEndpoint m_endpoint;
    std::unique_ptr<OutboxRecords> m_records;
    SyncReport m_report;
    SyncProgress m_progress;
    int m_batchSize = 0;
    bool m_gzip = true;
    std::vector<PullQuery> m_pullQueue;
    std::set<std::pair<QString, QString>> m_deferred; // failed for now: wait for the next sync
    QStringList m_pullProblems;
};

QString Run::searchUrl(const QString& resourceType, const QString& comparator,
                       const QString& lastUpdated) const {
    QString url = resourceType + QLatin1Char('?');
    if (resourceType != QLatin1String("Questionnaire"))
        url += QLatin1String("patient=") +
               QString::fromLatin1(percent(m_endpoint.patientReference())) + QLatin1Char('&');
    if (!lastUpdated.isEmpty())
        url += QLatin1String("_lastUpdated=") + comparator +
               QString::fromLatin1(percent(lastUpdated)) + QLatin1Char('&');
    url += QLatin1String("_sort=_lastUpdated&_count=") + QString::number(m_options.pageSize);
    return url;
}

void Run::prepare(const ClinicEndpoint& endpoint) {
    m_endpoint = endpoint;
    if (m_options.push) // what the server refused a day ago is offered once more
        store::Outbox(m_db).releaseHeldBefore(QDateTime::currentDateTimeUtc().addDays(-1));
    m_records = std::make_unique<OutboxRecords>(m_db, endpoint.patientReference());
    m_batchSize = std::clamp(m_state.value(kBatchSizeKey).value_or(QString()).toInt(), 0,
                             m_options.maxBatchSize);
    if (m_batchSize <= 0)
        m_batchSize = std::clamp(m_options.initialBatchSize, 1, m_options.maxBatchSize);
    m_gzip = m_state.value(kGzipKey).value_or(QString()) != QLatin1String("no");

    if (m_options.pull) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 rarely =
            std::chrono::duration_cast<std::chrono::seconds>(m_options.rarelyChangedInterval)
                .count();
        for (const QString& type : SyncEngine::pulledResourceTypes()) {
            if (SyncEngine::rarelyChangedResourceTypes().contains(type)) {
                const QDateTime last = QDateTime::fromString(
                    m_state.value(kPulledAtPrefix + type).value_or(QString()), Qt::ISODateWithMs);
                if (last.isValid() && last <= now && last.secsTo(now) < rarely)
                    continue;
            }
            m_pullQueue.push_back({type, searchUrl(type, QStringLiteral("gt"),
                                                   m_state.cursor(type).value_or(QString()))});
        }
    }
    if (m_options.push) {
        store::Statement waiting =
            m_db.prepare("SELECT count(*) FROM (SELECT DISTINCT kind, entity_id FROM outbox "
                         "WHERE done_at IS NULL AND held_at IS NULL)");
        waiting.step();
        m_progress.toSend = int(waiting.int64(0));
    }
}

std::vector<PushItem> Run::nextPushItems() {
    std::vector<PushItem> items;
    if (!m_options.push)
        return items;
    // One line per record waiting, in send order (its most urgent row first, then its oldest),
    // with the newest row its current state covers and whether it was only ever created.
    store::Statement waiting = m_db.prepare(
        "SELECT kind, entity_id, max(id), sum(operation <> 'create'), max(priority) AS p, "
        "min(id) AS first FROM outbox WHERE done_at IS NULL AND held_at IS NULL "
        "GROUP BY kind, entity_id ORDER BY p DESC, first LIMIT ?");
    waiting.bind(1, m_batchSize + int(m_deferred.size()));
    store::Outbox outbox(m_db);
    std::vector<std::tuple<QString, QString, std::int64_t>> unknown, vanished;
    while (waiting.step() && int(items.size()) < m_batchSize) {
        const QString kind = waiting.text(0);
        const QString entityId = waiting.text(1);
        const std::int64_t newest = waiting.int64(2);
        if (m_deferred.contains({kind, entityId}))
            continue;
        if (!m_records->knows(kind)) {
            unknown.emplace_back(kind, entityId, newest);
            continue;
        }
        std::optional<OutboxRecords::Resource> resource = m_records->resourceFor(kind, entityId);
        if (!resource) {
            vanished.emplace_back(kind, entityId, newest);
            continue;
        }
        const bool onlyCreated = waiting.int64(3) == 0;
        items.push_back(PushItem{kind, entityId, newest,
                                 onlyCreated && !m_state.isConfirmed(kind, entityId),
                                 std::move(*resource)});
    }
    if (!unknown.empty() || !vanished.empty()) {
        store::Transaction transaction(m_db);
        // A kind this build cannot send (written by a newer version): kept, held.
        for (const auto& [kind, entityId, newest] : unknown)
            outbox.holdRecord(kind, entityId, newest,
                              tr("This version of Pacewise cannot send this kind of record."));
        // A record that no longer exists has nothing left to send.
        for (const auto& [kind, entityId, newest] : vanished)
            outbox.markRecordDone(kind, entityId, newest);
        transaction.commit();
    }
    return items;
}

QJsonObject Run::batchBundle(const std::vector<PushItem>& pushes,
                             const std::vector<PullQuery>& pulls) const {
    QJsonArray entries;
    for (const PushItem& item : pushes) {
        const QString token = fhir::identifierToken(item.kind, item.entityId);
        QJsonObject request;
        if (!item.resource.serverId.isEmpty()) {
            // The clinic's own resource, merged: written in place, and only over the version the
            // merge started from (a plain update, not a conditional one: the server id is known).
            request.insert(QLatin1String("method"), QLatin1String("PUT"));
            request.insert(QLatin1String("url"),
                           item.resource.resourceType + QLatin1Char('/') +
                               QString::fromLatin1(percent(item.resource.serverId)));
            if (!item.resource.ifMatchVersion.isEmpty())
                request.insert(QLatin1String("ifMatch"),
                               QStringLiteral("W/\"%1\"").arg(item.resource.ifMatchVersion));
        } else if (item.create) {
            request.insert(QLatin1String("method"), QLatin1String("POST"));
            request.insert(QLatin1String("url"), item.resource.resourceType);
            request.insert(QLatin1String("ifNoneExist"),
                           QLatin1String("identifier=") + QString::fromLatin1(percent(token)));
        } else {
            request.insert(QLatin1String("method"), QLatin1String("PUT"));
            request.insert(QLatin1String("url"), item.resource.resourceType +
                                                     QLatin1String("?identifier=") +
                                                     QString::fromLatin1(percent(token)));
        }
        entries.append(QJsonObject{{QLatin1String("resource"), item.resource.json},
                                   {QLatin1String("request"), request}});
    }
    for (const PullQuery& query : pulls) {
        entries.append(QJsonObject{
            {QLatin1String("request"), QJsonObject{{QLatin1String("method"), QLatin1String("GET")},
                                                   {QLatin1String("url"), query.relativeUrl}}}});
    }
    return QJsonObject{{QLatin1String("resourceType"), QLatin1String("Bundle")},
                       {QLatin1String("type"), QLatin1String("batch")},
                       {QLatin1String("entry"), entries}};
}

void Run::checkCancelled() const {
    if (m_cancel.isCancelled())
        throw Stop{SyncReport::Outcome::Cancelled, tr("Sending was stopped. Nothing is lost."),
                   QStringLiteral("cancelled")};
}

void Run::waitFor(milliseconds delay) {
    const auto until = Clock::now() + delay;
    while (Clock::now() < until) {
        checkCancelled();
        std::this_thread::sleep_for(
            std::min<Clock::duration>(milliseconds(50), until - Clock::now()));
    }
    checkCancelled();
}

milliseconds Run::backoff(int attempt) const {
    // Exponential with full jitter: spreads the retries of many patients after an outage.
    const qint64 ceiling = std::min<qint64>(m_options.maxBackoff.count(),
                                            m_options.baseBackoff.count() << std::min(attempt, 20));
    const qint64 floor = ceiling / 2;
    return milliseconds(floor +
                        QRandomGenerator::global()->bounded(std::max<qint64>(1, ceiling - floor)));
}

void Run::reportProgress() {
    m_progress.requests = m_report.requests;
    if (m_progressCallback)
        m_progressCallback(m_progress);
}

void Run::stopOnStatus(const HttpResponse& response) {
    const QString detail = QStringLiteral("HTTP %1").arg(response.status);
    switch (response.status) {
    case 401:
        m_state.setStop(QStringLiteral("unauthorized"));
        throw Stop{SyncReport::Outcome::Unauthorized,
                   tr("The clinic did not accept your access code. It may have expired. Ask "
                      "your clinic for a new one and enter it under Settings, Clinic "
                      "connection. Your entries are kept and will be sent then."),
                   detail};
    case 403:
        m_state.setStop(QStringLiteral("forbidden"));
        throw Stop{SyncReport::Outcome::Forbidden,
                   tr("The clinic's server refused access to your record. Check the patient "
                      "number under Settings, Clinic connection, or ask your clinic. Your "
                      "entries are kept."),
                   detail};
    case 404:
    case 405:
        throw Stop{SyncReport::Outcome::BadReply,
                   tr("The clinic server address does not lead to a FHIR server. Check it under "
                      "Settings, Clinic connection. Your entries are kept."),
                   detail};
    default:
        throw Stop{SyncReport::Outcome::BadReply,
                   tr("The clinic's server gave an answer Pacewise does not understand. Your "
                      "entries are kept and will be sent later."),
                   detail};
    }
}

Run::Exchange Run::exchange(const QByteArray& body, int entryCount, HttpResponse& response) {
    int attempt = 0;
    while (true) {
        checkCancelled();
        const QString token = m_tokens.bearerToken();
        if (token.isEmpty())
            throw Stop{SyncReport::Outcome::Unauthorized,
                       tr("No access code is saved for your clinic. Enter it under Settings, "
                          "Clinic connection."),
                       QStringLiteral("no token")};
        HttpRequest request;
        request.method = "POST";
        request.url = m_endpoint.baseUrl;
        request.headers = {{"Authorization", "Bearer " + token.toUtf8()},
                           {"Accept", "application/fhir+json"},
                           {"Prefer", "return=minimal"}};
        request.contentType = "application/fhir+json";
        request.body = body;
        request.gzipBody = m_gzip;

        response = m_transport.send(request, m_cancel);
        ++m_report.requests;
        m_report.bytesSent += response.bytesSent;
        m_report.bytesReceived += response.bytesReceived;
        ++attempt;

        if (!response.ok()) {
            const QString detail = QStringLiteral("transport: %1 (%2)")
                                       .arg(failureName(response.failure), response.failureDetail);
            switch (response.failure) {
            case HttpResponse::Failure::Cancelled:
                checkCancelled();
                throw Stop{SyncReport::Outcome::Cancelled,
                           tr("Sending was stopped. Nothing is lost."), detail};
            case HttpResponse::Failure::Offline:
                throw Stop{SyncReport::Outcome::Offline,
                           tr("The clinic's server cannot be reached. Are you online? Your "
                              "entries are kept and will be sent when the connection is back."),
                           detail};
            case HttpResponse::Failure::Tls:
                m_state.setStop(QStringLiteral("tls"));
                throw Stop{SyncReport::Outcome::TlsFailed,
                           tr("The clinic's server could not prove it is who it says it is, so "
                              "nothing was sent. This can happen on a public Wi-Fi network. Try "
                              "another network, or ask your clinic."),
                           detail};
            case HttpResponse::Failure::BadReply:
                // Not HTTP, a broken encoding, or a reply over the transport's size cap: the
                // same server gives the same answer again, and a retry would only fetch it again.
                throw Stop{SyncReport::Outcome::BadReply,
                           tr("The clinic's server gave an answer Pacewise does not understand. "
                              "Your entries are kept and will be sent later."),
                           detail};
            case HttpResponse::Failure::Timeout:
                // A slow link: smaller requests get through where big ones time out.
                if (entryCount > 1 && m_batchSize > 1) {
                    shrinkBatchSize();
                    return Exchange::Shrink;
                }
                [[fallthrough]];
            default:
                if (attempt >= m_options.maxAttempts)
                    throw Stop{SyncReport::Outcome::ServerError,
                               tr("The connection to the clinic's server kept failing. Your "
                                  "entries are kept and will be sent later."),
                               detail};
                waitFor(backoff(attempt));
                continue;
            }
        }

        const int status = response.status;
        if (status == 200)
            return Exchange::Ok;
        if (status == 415 && m_gzip) {
            // This server does not take compressed bodies: learned once, remembered.
            m_gzip = false;
            m_state.setValue(kGzipKey, QStringLiteral("no"));
            --attempt;
            continue;
        }
        if ((status == 413 || status == 400) && entryCount > 1 && m_batchSize > 1) {
            // Too big for this server (413, or a 400 refusing the bundle as a whole, as servers
            // that cap their bundles do): halve and try again.
            shrinkBatchSize();
            return Exchange::Shrink;
        }
        if (status == 429 || status == 503) {
            const std::optional<QDateTime> until = retryAfter(response.header("retry-after"));
            const qint64 waitMs =
                until ? std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(*until))
                      : backoff(attempt).count();
            if (waitMs >
                    std::chrono::duration_cast<milliseconds>(m_options.maxRetryAfterWait).count() ||
                attempt >= m_options.maxAttempts) {
                const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(waitMs);
                m_report.retryAt = at;
                m_state.setValue(kRetryAtKey, at.toString(Qt::ISODateWithMs));
                throw Stop{
                    SyncReport::Outcome::ServerBusy,
                    tr("The clinic's server is busy and asked Pacewise to wait. Your "
                       "entries are kept and will be sent after %1.")
                        .arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)),
                    QStringLiteral("HTTP %1, retry after %2 ms").arg(status).arg(waitMs)};
            }
            waitFor(milliseconds(std::max(waitMs, qint64(0))));
            continue;
        }
        if (status >= 500) {
            if (attempt >= m_options.maxAttempts)
                throw Stop{SyncReport::Outcome::ServerError,
                           tr("The clinic's server has a problem right now. Your entries are kept "
                              "and will be sent later."),
                           QStringLiteral("HTTP %1 after %2 attempts").arg(status).arg(attempt)};
            waitFor(backoff(attempt));
            continue;
        }
        stopOnStatus(response);
    }
}

void Run::shrinkBatchSize() {
    m_batchSize = std::max(1, m_batchSize / 2);
    m_state.setValue(kBatchSizeKey, QString::number(m_batchSize));
}

void Run::adaptBatchSize(milliseconds elapsed, int pushCount) {
    if (elapsed > kShrinkAbove && m_batchSize > 1)
        shrinkBatchSize();
    else if (elapsed < kGrowBelow && pushCount >= m_batchSize &&
             m_batchSize < m_options.maxBatchSize) {
        m_batchSize = std::min(m_options.maxBatchSize, m_batchSize * 2);
        m_state.setValue(kBatchSizeKey, QString::number(m_batchSize));
    }
}

void Run::applyPush(const QJsonObject& entry, const PushItem& item) {
    const QJsonObject response = entry.value(QLatin1String("response")).toObject();
    const int status = statusCode(response.value(QLatin1String("status")).toString());
    store::Outbox outbox(m_db);
    if (status == 200 || status == 201) {
        outbox.markRecordDone(item.kind, item.entityId, item.newestRowId);
        const QString serverId = idFromLocation(
            response.value(QLatin1String("location")).toString(), item.resource.resourceType);
        m_state.confirmRecord(item.kind, item.entityId, item.resource.resourceType,
                              serverId.isEmpty() ? item.resource.serverId : serverId,
                              stripWeakEtag(response.value(QLatin1String("etag")).toString()));
        ++m_report.pushed;
        ++m_progress.sent;
        return;
    }
    const QString reason = outcomeText(response.value(QLatin1String("outcome")).toObject());
    m_deferred.insert({item.kind, item.entityId});
    const bool transient = status == 0 || status == 408 || status == 409 || status == 412 ||
                           status == 429 || status >= 500;
    if (transient) {
        outbox.recordFailure(item.newestRowId, QStringLiteral("HTTP %1").arg(status));
    } else {
        // Refused (invalid, or a duplicate identifier on the server): sending it again as it is
        // would be refused again. Keep it for the person and the clinic to look at.
        outbox.holdRecord(item.kind, item.entityId, item.newestRowId,
                          reason.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : reason);
        ++m_report.held;
    }
}

void Run::applyPull(const QJsonObject& entry, const PullQuery& query) {
    const QJsonObject response = entry.value(QLatin1String("response")).toObject();
    const int status = statusCode(response.value(QLatin1String("status")).toString());
    const QJsonObject bundle = entry.value(QLatin1String("resource")).toObject();
    if (status != 200 ||
        bundle.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle")) {
        // This type cannot be fetched from this server (a search it does not support): the
        // others go on; the cursor stays where it was.
        m_pullProblems.append(QStringLiteral("%1: HTTP %2").arg(query.resourceType).arg(status));
        return;
    }
    QString newest;
    int onPage = 0;
    int tiedWithNewest = 0;
    QStringList accepted;
    for (const QJsonValue& value : bundle.value(QLatin1String("entry")).toArray()) {
        const QJsonObject e = value.toObject();
        const QString mode =
            e.value(QLatin1String("search")).toObject().value(QLatin1String("mode")).toString();
        if (!mode.isEmpty() && mode != QLatin1String("match"))
            continue;
        const QJsonObject resource = e.value(QLatin1String("resource")).toObject();
        const QString lastUpdated = resource.value(QLatin1String("meta"))
                                        .toObject()
                                        .value(QLatin1String("lastUpdated"))
                                        .toString();
        if (resource.value(QLatin1String("resourceType")).toString() != query.resourceType ||
            resource.value(QLatin1String("id")).toString().isEmpty() || lastUpdated.isEmpty())
            throw Stop{SyncReport::Outcome::BadReply,
                       tr("The clinic's server sent something Pacewise did not ask for. Your "
                          "entries are kept; nothing was changed."),
                       QStringLiteral("%1 search returned a %2 without id or lastUpdated")
                           .arg(query.resourceType,
                                resource.value(QLatin1String("resourceType")).toString())};
        ++onPage;
        const QDateTime updated = QDateTime::fromString(lastUpdated, Qt::ISODateWithMs);
        const QDateTime current = QDateTime::fromString(newest, Qt::ISODateWithMs);
        if (newest.isEmpty() || updated > current) {
            newest = lastUpdated;
            tiedWithNewest = 1;
        } else if (updated == current) {
            ++tiedWithNewest;
        }
        if (m_state.storeClinicResource(resource)) {
            ++m_report.pulled;
            ++m_progress.received;
        }
    }
    if (!newest.isEmpty())
        m_state.setCursor(query.resourceType, newest);

    QString next;
    for (const QJsonValue& link : bundle.value(QLatin1String("link")).toArray()) {
        if (link.toObject().value(QLatin1String("relation")).toString() == QLatin1String("next"))
            next = link.toObject().value(QLatin1String("url")).toString();
    }
    if (next.isEmpty() || onPage == 0) {
        // This type is up to date.
        m_state.setValue(kPulledAtPrefix + query.resourceType,
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        return;
    }
    if (tiedWithNewest < onPage) {
        // Keyset paging: resources updated at `newest` that did not fit come again (ge), and
        // are recognised by their version; a change on the server in between cannot shift a
        // resource past us as offset paging would.
        m_pullQueue.push_back(
            {query.resourceType, searchUrl(query.resourceType, QStringLiteral("ge"), newest)});
        return;
    }
    // A whole page with one timestamp: only the server's own next link gets past it.
    const QString base = m_endpoint.baseUrl + QLatin1Char('/');
    if (next.startsWith(base))
        m_pullQueue.push_back({query.resourceType, next.mid(base.size())});
    else
        m_pullProblems.append(query.resourceType + QStringLiteral(": next link outside the base"));
}

void Run::applyResponse(const QJsonObject& bundle, const std::vector<PushItem>& pushes,
                        const std::vector<PullQuery>& pulls) {
    const QJsonArray entries = bundle.value(QLatin1String("entry")).toArray();
    if (bundle.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle") ||
        bundle.value(QLatin1String("type")).toString() != QLatin1String("batch-response") ||
        entries.size() != qsizetype(pushes.size() + pulls.size()))
        throw Stop{SyncReport::Outcome::BadReply,
                   tr("The clinic's server gave an answer Pacewise does not understand. Your "
                      "entries are kept and will be sent later."),
                   QStringLiteral("not a batch-response with %1 entries")
                       .arg(pushes.size() + pulls.size())};
    // One local transaction for the whole answer: a crash keeps all of it or none, and a row is
    // done only together with the confirmation that made it so.
    store::Transaction transaction(m_db);
    qsizetype i = 0;
    for (const PushItem& item : pushes)
        applyPush(entries.at(i++).toObject(), item);
    for (const PullQuery& query : pulls)
        applyPull(entries.at(i++).toObject(), query);
    transaction.commit();
}

SyncReport Run::execute(const ClinicEndpoint& endpoint) {
    const auto started = Clock::now();
    m_state.setValue(kLastAttemptKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    try {
        prepare(endpoint);
        reportProgress();
        // Each round: one batch of pushes and the searches due, in one request.
        for (int round = 0; round < 100000; ++round) {
            checkCancelled();
            std::vector<PushItem> pushes = nextPushItems();
            std::vector<PullQuery> pulls;
            pulls.swap(m_pullQueue);
            if (pushes.empty() && pulls.empty())
                break;
            const QByteArray body =
                QJsonDocument(batchBundle(pushes, pulls)).toJson(QJsonDocument::Compact);
            HttpResponse response;
            if (exchange(body, int(pushes.size() + pulls.size()), response) == Exchange::Shrink) {
                m_pullQueue = std::move(pulls);
                continue;
            }
            if (m_gzip && !m_state.value(kGzipKey))
                m_state.setValue(kGzipKey, QStringLiteral("yes"));
            QJsonParseError parseError{};
            const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                throw Stop{SyncReport::Outcome::BadReply,
                           tr("The clinic's server gave an answer Pacewise does not understand. "
                              "Your entries are kept and will be sent later."),
                           QStringLiteral("reply is not JSON: %1").arg(parseError.errorString())};
            applyResponse(document.object(), pushes, pulls);
            adaptBatchSize(response.elapsed, int(pushes.size()));
            reportProgress();
        }
        // The clinic's crisis lines, questionnaire plan and module unlocks, from the CarePlans
        // now stored; its homework from the Tasks. A Task a push of this run was refused over
        // (412) is brought up to date here, so that the next sync merges onto it.
        if (m_options.pull) {
            m_pullProblems.append(ClinicDirectives::apply(m_db));
            m_pullProblems.append(homework::ClinicHomework::apply(m_db));
        }
        m_state.remove(kRetryAtKey);
        m_report.outcome = SyncReport::Outcome::Done;
        if (m_report.held > 0 || store::Outbox(m_db).heldCount() > 0)
            m_report.message = tr("Sent. The clinic's server refused %n record(s); they are kept "
                                  "on this computer.",
                                  nullptr, store::Outbox(m_db).heldCount());
        else if (!m_deferred.empty())
            m_report.message = tr("Most of your entries were sent; %n will be sent next time.",
                                  nullptr, int(m_deferred.size()));
        else
            m_report.message = tr("Everything is sent to your clinic.");
        m_report.detail = m_pullProblems.isEmpty() ? QStringLiteral("ok")
                                                   : QStringLiteral("pull problems: ") +
                                                         m_pullProblems.join(QLatin1String("; "));
    } catch (const Stop& stop) {
        m_report.outcome = stop.outcome;
        m_report.message = stop.message;
        m_report.detail = stop.detail;
    }
    m_report.elapsed = std::chrono::duration_cast<milliseconds>(Clock::now() - started);
    m_report.remaining = store::Outbox(m_db).waitingRecords();

    store::Transaction transaction(m_db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (m_report.succeeded()) {
        m_state.setValue(kLastSuccessKey, now);
        m_state.clearStop();
    }
    m_state.setValue(kLastOutcomeKey, QString::number(int(m_report.outcome)));
    m_state.setValue(kLastMessageKey, m_report.message);
    transaction.commit();
    return m_report;
}

} // namespace

SyncEngine::SyncEngine(store::Database& db, Transport& transport, AccessTokenSource& tokens,
                       Options options)
    : m_db(db)
    , m_transport(transport)
    , m_tokens(tokens)
    , m_options(options) {}

SyncEngine::SyncEngine(store::Database& db, Transport& transport, AccessTokenSource& tokens)
    : SyncEngine(db, transport, tokens, Options{}) {}

const QStringList& SyncEngine::rarelyChangedResourceTypes() {
    static const QStringList types{QStringLiteral("CarePlan"), QStringLiteral("Questionnaire")};
    return types;
}

const QStringList& SyncEngine::pulledResourceTypes() {
    static const QStringList types{QStringLiteral("Task"), QStringLiteral("CarePlan"),
                                   QStringLiteral("Communication"), QStringLiteral("Appointment"),
                                   QStringLiteral("Questionnaire")};
    return types;
}

SyncReport SyncEngine::run(const CancelFlag& cancel, const ProgressCallback& progress) {
    const std::optional<ClinicEndpoint> endpoint = ClinicConnection(m_db).endpoint();
    if (!endpoint) {
        SyncReport report;
        report.outcome = SyncReport::Outcome::NotEnrolled;
        report.message = tr("No clinic is set up yet. Enter your clinic's details under Settings, "
                            "Clinic connection.");
        report.detail = QStringLiteral("not enrolled");
        report.remaining = store::Outbox(m_db).waitingRecords();
        return report;
    }
    // One sync per profile, across processes (see SyncLock).
    const SyncLock lock(
        QFileInfo(m_db.path()).dir().filePath(QStringLiteral("pacewise-sync.lock")));
    if (!lock.isHeld()) {
        SyncReport report;
        report.outcome = SyncReport::Outcome::AlreadyRunning;
        report.message = tr("Pacewise is already sending to your clinic.");
        report.detail = QStringLiteral("sync lock held");
        report.remaining = store::Outbox(m_db).waitingRecords();
        return report;
    }
    Run run(m_db, m_transport, m_tokens, m_options, cancel, progress);
    return run.execute(*endpoint);
}

} // namespace pacewise::sync
