#include "error/Error.h"
#include "safety/CrisisLines.h"
#include "store/Profile.h"
#include "support/TestProfile.h"
#include "sync/ClinicDirectives.h"
#include "sync/SyncState.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::safety;

// The crisis lines are data (resources/crisis/crisis-lines.json, schema in its README): these
// tests check the bundled file, the choice of country, the fallback and the clinic's own list.

namespace {

QByteArray bundledJson() {
    QFile file(QStringLiteral(":/pacewise/crisis/crisis-lines.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray clinicList(const QByteArray& countries) {
    return R"({"schema": "pacewise-crisis-lines/1", "countries": [)" + countries + "]}";
}

std::string refusal(const QByteArray& json) {
    try {
        CrisisLines::parse(json, QStringLiteral("test.json"), QStringLiteral("en"));
    } catch (const Error& error) {
        return error.message().toStdString();
    }
    return "accepted";
}

} // namespace

TEST_CASE("crisis lines: every bundled country has an emergency number and a line to call",
          "[safety][crisis]") {
    const CrisisLines lines = CrisisLines::bundled();
    QStringList countries;
    for (const CountryLines& country : lines.countries())
        countries << country.country;
    for (const char* required : {"US", "CA", "GB", "IE", "AU", "NZ", "ES", "DE", "FR"}) {
        CAPTURE(required);
        CHECK(countries.contains(QLatin1String(required)));
        const CountryLines& country = lines.forCountry(QLatin1String(required));
        CHECK(country.country == QLatin1String(required));
        CHECK_FALSE(country.emergencyNumber.isEmpty());
        REQUIRE_FALSE(country.lines.empty());
        CHECK_FALSE(country.lines.front().phone.isEmpty());
        for (const CrisisLine& line : country.lines) {
            CHECK_FALSE(line.name.isEmpty());
            CHECK_FALSE(line.description.isEmpty());
        }
    }
    CHECK(countries.last() == QLatin1String("default"));
}

TEST_CASE("crisis lines: the numbers people must be able to reach are the current ones",
          "[safety][crisis]") {
    const CrisisLines lines = CrisisLines::bundled();
    auto phones = [&](const char* country) {
        QStringList out;
        for (const CrisisLine& line : lines.forCountry(QLatin1String(country)).lines)
            out << line.phone;
        return out;
    };
    CHECK(phones("US").contains(QLatin1String("988")));
    CHECK(lines.forCountry(QStringLiteral("US")).lines.front().sms == QLatin1String("988"));
    CHECK(lines.forCountry(QStringLiteral("US")).emergencyNumber == QLatin1String("911"));
    CHECK(phones("CA").contains(QLatin1String("988")));
    CHECK(phones("GB").contains(QLatin1String("116 123")));
    CHECK(phones("GB").contains(QLatin1String("111")));
    CHECK(lines.forCountry(QStringLiteral("GB")).emergencyNumber == QLatin1String("999"));
    CHECK(phones("IE").contains(QLatin1String("116 123")));
    CHECK(phones("AU").contains(QLatin1String("13 11 14")));
    CHECK(lines.forCountry(QStringLiteral("AU")).emergencyNumber == QLatin1String("000"));
    CHECK(phones("NZ").contains(QLatin1String("1737")));
    CHECK(phones("ES").contains(QLatin1String("024")));
    CHECK(phones("DE").contains(QLatin1String("0800 111 0 111")));
    CHECK(phones("DE").contains(QLatin1String("0800 111 0 222")));
    CHECK(phones("FR").contains(QLatin1String("3114")));
}

TEST_CASE("crisis lines: an unknown or missing country gets the default advice, never nothing",
          "[safety][crisis]") {
    const CrisisLines lines = CrisisLines::bundled();
    for (const char* country : {"ZZ", "", "default", "JP"}) {
        CAPTURE(country);
        const CountryLines& fallback = lines.forCountry(QLatin1String(country));
        CHECK(fallback.country == QLatin1String("default"));
        REQUIRE_FALSE(fallback.lines.empty());
        CHECK(fallback.lines.front().url == QLatin1String("https://findahelpline.com"));
        CHECK(fallback.lines.front().description.contains(QLatin1String("emergency number")));
    }
    CHECK(lines.forCountry(QStringLiteral("gb")).country == QLatin1String("GB"));
}

TEST_CASE("crisis lines: the country comes from the locale's region", "[safety][crisis]") {
    const auto [locale, country] = GENERATE(table<const char*, const char*>({
        {"en_GB", "GB"},
        {"en-US", "US"},
        {"es_ES.UTF-8", "ES"},
        {"de_DE@euro", "DE"},
        {"sr_Latn_RS", "RS"},
        {"en", ""},
        {"es_419", ""},
        {"C", ""},
        {"", ""},
    }));
    CAPTURE(locale);
    CHECK(CrisisLines::countryOf(QLatin1String(locale)) == QLatin1String(country));
}

TEST_CASE("crisis lines: texts come in the person's language, English where none is given",
          "[safety][crisis]") {
    const CrisisLines spanish = CrisisLines::parse(
        bundledJson(), QStringLiteral("crisis-lines.json"), QStringLiteral("es"));
    const CrisisLines english = CrisisLines::parse(
        bundledJson(), QStringLiteral("crisis-lines.json"), QStringLiteral("en"));
    const CrisisLines japanese = CrisisLines::parse(
        bundledJson(), QStringLiteral("crisis-lines.json"), QStringLiteral("ja"));
    CHECK(spanish.forCountry(QStringLiteral("ES")).lines.front().name ==
          QStringLiteral("024 Línea de atención a la conducta suicida"));
    CHECK(english.forCountry(QStringLiteral("ES")).lines.front().name ==
          QLatin1String("024 Suicidal behaviour helpline"));
    CHECK(japanese.forCountry(QStringLiteral("ES")).lines.front().name ==
          QLatin1String("024 Suicidal behaviour helpline"));
    // A proper name is the same in every language.
    CHECK(spanish.forCountry(QStringLiteral("GB")).lines.front().name ==
          QLatin1String("Samaritans"));
    CHECK(english.forCountry(QStringLiteral("US")).lines.front().text == QLatin1String("Text 988"));
    CHECK(english.forCountry(QStringLiteral("US")).lines.front().hours ==
          QLatin1String("24 hours, every day"));
}

TEST_CASE("crisis lines: phone numbers are digits and spaces, urls are https", "[safety][crisis]") {
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9 ]*$"));
    const CrisisLines bundled = CrisisLines::bundled();
    for (const CountryLines& country : bundled.countries()) {
        for (const CrisisLine& line : country.lines) {
            CAPTURE(country.country.toStdString(), line.name.toStdString());
            if (!line.phone.isEmpty())
                CHECK(phone.match(line.phone).hasMatch());
            if (!line.url.isEmpty())
                CHECK(line.url.startsWith(QLatin1String("https://")));
        }
    }
}

TEST_CASE("crisis lines: a malformed list is refused naming the source and the problem",
          "[safety][crisis]") {
    const auto [json, problem] = GENERATE(table<QByteArray, const char*>({
        {"{", "not valid JSON"},
        {R"({"schema": "other", "countries": []})", "schema"},
        {clinicList(""), "no country"},
        {clinicList(R"({"country": "UK", "emergencyNumber": "999", "lines": [{"name": "x",
           "phone": "1"}]})"),
         "\"UK\""},
        {clinicList(R"({"country": "gb", "emergencyNumber": "999", "lines": [{"name": "x",
           "phone": "1"}]})"),
         "\"gb\""},
        {clinicList(R"({"country": "GB", "lines": [{"name": "x", "phone": "1"}]})"),
         "no emergency number"},
        {clinicList(R"({"country": "GB", "emergencyNumber": "999", "lines": []})"), "no line"},
        {clinicList(R"({"country": "GB", "emergencyNumber": "999", "lines": [{"phone": "1"}]})"),
         "name"},
        {clinicList(R"({"country": "GB", "emergencyNumber": "999", "lines": [{"name": "x"}]})"),
         "no phone, sms or url"},
        {clinicList(R"({"country": "GB", "emergencyNumber": "999", "lines": [{"name": "x",
           "phone": "call 999"}]})"),
         "not a phone number"},
        {clinicList(R"({"country": "GB", "emergencyNumber": "999", "lines": [{"name": "x",
           "url": "http://example.org"}]})"),
         "https://"},
        {clinicList(R"({"country": "GB", "emergencyNumber": "999", "lines": [{"name":
           {"es": "x"}, "phone": "1"}]})"),
         "English"},
        {clinicList(R"({"country": "GB", "emergencyNumber": "999", "lines": [{"name": "x",
           "phone": "1"}]}, {"country": "GB", "emergencyNumber": "999", "lines": [{"name": "x",
           "phone": "1"}]})"),
         "twice"},
    }));
    const std::string message = refusal(json);
    CAPTURE(message);
    CHECK(message.rfind("test.json: ", 0) == 0);
    CHECK(message.find(problem) != std::string::npos);
}

TEST_CASE("crisis lines: the clinic's list replaces the bundled one country by country",
          "[safety][crisis]") {
    QTemporaryDir dir;
    auto profile = store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    store::Database& db = profile->database();
    CHECK_FALSE(CrisisLines::hasClinicLines(db));
    CHECK(CrisisLines::forProfile(db).forCountry(QStringLiteral("GB")).lines.size() ==
          CrisisLines::bundled().forCountry(QStringLiteral("GB")).lines.size());

    CrisisLines::setClinicLines(
        db, clinicList(R"({"country": "GB", "emergencyNumber": "999", "lines": [{"name":
              "Riverside Pain Clinic on-call", "phone": "01632 960 000", "hours": "9am-5pm"}]},
              {"country": "PT", "emergencyNumber": "112", "lines": [{"name": "SOS Voz Amiga",
              "phone": "213 544 545"}]})"));
    CHECK(CrisisLines::hasClinicLines(db));
    const CrisisLines merged = CrisisLines::forProfile(db);
    REQUIRE(merged.forCountry(QStringLiteral("GB")).lines.size() == 1);
    CHECK(merged.forCountry(QStringLiteral("GB")).lines.front().name ==
          QLatin1String("Riverside Pain Clinic on-call"));
    CHECK(merged.forCountry(QStringLiteral("PT")).emergencyNumber == QLatin1String("112"));
    CHECK(merged.forCountry(QStringLiteral("US")).lines.front().phone == QLatin1String("988"));
    CHECK(merged.countries().back().country == QLatin1String("default"));

    // A list that does not validate is refused and changes nothing.
    CHECK_THROWS_AS(CrisisLines::setClinicLines(db, clinicList(R"({"country": "GB"})")), Error);
    CHECK(CrisisLines::forProfile(db).forCountry(QStringLiteral("GB")).lines.front().name ==
          QLatin1String("Riverside Pain Clinic on-call"));

    CrisisLines::clearClinicLines(db);
    CHECK_FALSE(CrisisLines::hasClinicLines(db));
    CHECK(CrisisLines::forProfile(db).forCountry(QStringLiteral("PT")).country ==
          QLatin1String("default"));
}

namespace {

QJsonObject directivePlan(const QString& id, const QString& status, const QString& lastUpdated,
                          const QJsonObject& attachment) {
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("CarePlan")},
        {QStringLiteral("id"), id},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("versionId"), QStringLiteral("1")},
                                             {QStringLiteral("lastUpdated"), lastUpdated}}},
        {QStringLiteral("status"), status},
        {QStringLiteral("intent"), QStringLiteral("plan")},
        {QStringLiteral("subject"),
         QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/p1")}}},
        {QStringLiteral("extension"),
         QJsonArray{QJsonObject{
             {QStringLiteral("url"), QLatin1String(sync::ClinicDirectives::kCrisisLinesExtension)},
             {QStringLiteral("valueAttachment"), attachment}}}}};
}

QJsonObject jsonAttachment(const QByteArray& json) {
    return QJsonObject{{QStringLiteral("contentType"), QStringLiteral("application/json")},
                       {QStringLiteral("data"), QString::fromLatin1(json.toBase64())}};
}

QByteArray oneLine(const char* name) {
    return clinicList(
        QByteArray(R"({"country": "GB", "emergencyNumber": "999", "lines": [{"name": ")") + name +
        R"(", "phone": "1"}]})");
}

} // namespace

TEST_CASE("crisis lines: the newest active CarePlan of the clinic decides, an inactive one never",
          "[safety][crisis][clinic]") {
    QTemporaryDir dir;
    auto profile = store::Profile::create(dir.path(), test::kPassphrase, test::fastOptions());
    store::Database& db = profile->database();
    sync::SyncState state(db);
    auto gbName = [&] {
        return CrisisLines::forProfile(db).forCountry(QStringLiteral("GB")).lines.front().name;
    };

    state.storeClinicResource(directivePlan(QStringLiteral("old"), QStringLiteral("active"),
                                            QStringLiteral("2026-01-01T00:00:00.000Z"),
                                            jsonAttachment(oneLine("Older line"))));
    state.storeClinicResource(directivePlan(QStringLiteral("new"), QStringLiteral("active"),
                                            QStringLiteral("2026-02-01T00:00:00.000Z"),
                                            jsonAttachment(oneLine("Newer line"))));
    state.storeClinicResource(directivePlan(QStringLiteral("gone"), QStringLiteral("revoked"),
                                            QStringLiteral("2026-03-01T00:00:00.000Z"),
                                            jsonAttachment(oneLine("Revoked line"))));
    CHECK(sync::ClinicDirectives::apply(db).isEmpty());
    CHECK(gbName() == QLatin1String("Newer line"));

    // Not JSON: named in the problems, and the lines in force stay.
    state.storeClinicResource(directivePlan(
        QStringLiteral("pdf"), QStringLiteral("active"), QStringLiteral("2026-04-01T00:00:00.000Z"),
        QJsonObject{{QStringLiteral("contentType"), QStringLiteral("application/pdf")},
                    {QStringLiteral("data"), QStringLiteral("JVBERi0=")}}));
    const QStringList problems = sync::ClinicDirectives::apply(db);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().startsWith(QLatin1String("CarePlan/pdf")));
    CHECK(gbName() == QLatin1String("Newer line"));

    // Nothing active carries lines any more: the bundled list is back.
    db.exec("DELETE FROM clinic_resources");
    CHECK(sync::ClinicDirectives::apply(db).isEmpty());
    CHECK_FALSE(CrisisLines::hasClinicLines(db));
    CHECK(gbName() == QLatin1String("Samaritans"));
}
