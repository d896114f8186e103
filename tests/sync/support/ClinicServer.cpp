#include "support/ClinicServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QUrl>
#include <catch2/catch.hpp>

namespace pacewise::test {

ClinicServer ClinicServer::fromEnvironment() {
    const QString path = qEnvironmentVariable("PACEWISE_CLINIC_SERVER_JSON");
    if (path.isEmpty())
        FAIL("PACEWISE_CLINIC_SERVER_JSON is not set: run this test through CTest (./dev test)");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot read the clinic server fixture's file " << path.toStdString());
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    ClinicServer server;
    server.m_baseUrl = json.value(QLatin1String("baseUrl")).toString();
    server.m_tlsBaseUrl = json.value(QLatin1String("tlsBaseUrl")).toString();
    server.m_token = json.value(QLatin1String("token")).toString();
    server.m_caFile = json.value(QLatin1String("caFile")).toString();
    server.m_otherCaFile = json.value(QLatin1String("otherCaFile")).toString();
    server.m_pinnedPublicKey = json.value(QLatin1String("pinnedPublicKey")).toString();
    REQUIRE_FALSE(server.m_baseUrl.isEmpty());
    return server;
}

sync::HttpResponse ClinicServer::request(const QByteArray& method, const QString& pathAndQuery,
                                         const QJsonObject& body) const {
    sync::HttpRequest req;
    req.method = method;
    req.url = pathAndQuery.startsWith(QLatin1String("http"))
                  ? pathAndQuery
                  : m_baseUrl + QLatin1Char('/') + pathAndQuery;
    req.headers.append({"Authorization", "Bearer " + m_token.toUtf8()});
    req.headers.append({QByteArray("Accept"), QByteArray("application/fhir+json")});
    if (!body.isEmpty()) {
        req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        req.contentType = "application/fhir+json";
    }
    sync::CurlTransport transport(sync::CurlTransport::TlsOptions{
        req.url.startsWith(QLatin1String("https")) ? m_caFile : QString(), {}});
    sync::CancelFlag never;
    return transport.send(req, never);
}

QJsonObject ClinicServer::getJson(const QString& pathAndQuery) const {
    const sync::HttpResponse response = request("GET", pathAndQuery);
    INFO("GET " << pathAndQuery.toStdString() << ": " << response.failureDetail.toStdString());
    REQUIRE(response.ok());
    REQUIRE(response.status == 200);
    return QJsonDocument::fromJson(response.body).object();
}

QString ClinicServer::createPatient(const QString& family) const {
    QJsonObject patient{
        {QLatin1String("resourceType"), QLatin1String("Patient")},
        {QLatin1String("name"), QJsonArray{QJsonObject{{QLatin1String("family"), family}}}}};
    return create(patient).value(QLatin1String("id")).toString();
}

QJsonObject ClinicServer::create(const QJsonObject& resource) const {
    const QString type = resource.value(QLatin1String("resourceType")).toString();
    const sync::HttpResponse response = request("POST", type, resource);
    INFO("POST " << type.toStdString() << ": " << response.status << " "
                 << response.body.left(2000).toStdString());
    REQUIRE(response.ok());
    REQUIRE(response.status == 201);
    return QJsonDocument::fromJson(response.body).object();
}

QJsonArray ClinicServer::searchAll(const QString& resourceType, const QString& query) const {
    QJsonArray all;
    QString next = resourceType + QLatin1Char('?') + query;
    while (!next.isEmpty()) {
        const QJsonObject bundle = getJson(next);
        for (const QJsonValue& entry : bundle.value(QLatin1String("entry")).toArray())
            all.append(entry.toObject().value(QLatin1String("resource")));
        next.clear();
        for (const QJsonValue& link : bundle.value(QLatin1String("link")).toArray()) {
            if (link.toObject().value(QLatin1String("relation")).toString() ==
                QLatin1String("next"))
                next = link.toObject().value(QLatin1String("url")).toString();
        }
    }
    return all;
}

QString ClinicServer::controlUrl(bool tls) const {
    QUrl url(tls ? m_tlsBaseUrl : m_baseUrl);
    url.setPath(QStringLiteral("/_control/faults"));
    return url.toString();
}

void ClinicServer::injectFaults(const QJsonArray& faults, bool tls) const {
    sync::HttpRequest req;
    req.method = "POST";
    req.url = controlUrl(tls);
    req.headers.append({"Authorization", "Bearer " + m_token.toUtf8()});
    req.body = QJsonDocument(faults).toJson(QJsonDocument::Compact);
    req.contentType = "application/json";
    sync::CurlTransport transport(sync::CurlTransport::TlsOptions{tls ? m_caFile : QString(), {}});
    sync::CancelFlag never;
    const sync::HttpResponse response = transport.send(req, never);
    INFO(response.failureDetail.toStdString() << " " << response.body.toStdString());
    REQUIRE(response.ok());
    REQUIRE(response.status / 100 == 2);
}

void ClinicServer::clearFaults() const {
    for (bool tls : {false, true}) {
        if (tls && m_tlsBaseUrl.isEmpty())
            continue;
        sync::HttpRequest req;
        req.method = "DELETE";
        req.url = controlUrl(tls);
        req.headers.append({"Authorization", "Bearer " + m_token.toUtf8()});
        sync::CurlTransport transport(
            sync::CurlTransport::TlsOptions{tls ? m_caFile : QString(), {}});
        sync::CancelFlag never;
        const sync::HttpResponse response = transport.send(req, never);
        REQUIRE(response.ok());
    }
}

} // namespace pacewise::test
