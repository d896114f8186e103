#include "safety/CrisisLines.h"

#include "error/Error.h"
#include "store/Settings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>
#include <map>
#include <mutex>
#include <optional>

namespace pacewise::safety {
namespace {

Q_LOGGING_CATEGORY(lcCrisis, "pacewise.safety")

const QString kSchema = QStringLiteral("pacewise-crisis-lines/1");
const QString kDefault = QStringLiteral("default");
const QString kSettingsKey = QStringLiteral("crisis.lines");
const QString kBundledPath = QStringLiteral(":/pacewise/crisis/crisis-lines.json");

[[noreturn]] void refuse(const QString& source, const QString& problem) {
    throw Error(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(source, problem));
}

// A text is a plain string (a name that is the same in every language) or an object by language
// ({"en": ..., "es": ...}), English required.
QString textIn(const QJsonValue& value, const QString& language, const QString& source,
               const QString& where, bool required) {
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isObject()) {
        const QJsonObject byLanguage = value.toObject();
        if (byLanguage.value(QLatin1String("en")).toString().trimmed().isEmpty())
            refuse(source, CrisisLines::tr("%1 has no English text.").arg(where));
        text = byLanguage.value(language).toString();
        if (text.trimmed().isEmpty())
            text = byLanguage.value(QLatin1String("en")).toString();
    } else if (!value.isUndefined() && !value.isNull()) {
        refuse(source, CrisisLines::tr("%1 is neither a text nor texts by language.").arg(where));
    }
    text = text.trimmed();
    if (required && text.isEmpty())
        refuse(source, CrisisLines::tr("%1 is missing.").arg(where));
    return text;
}

// As written locally ("116 123", "0800 111 0 111", "+44 ..."): what a person reads and dials.
QString number(const QJsonObject& object, const char* key, const QString& source,
               const QString& where) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return {};
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9][0-9 ]*$"));
    const QString text = value.toString().trimmed();
    if (!value.isString() || !pattern.match(text).hasMatch())
        refuse(source, CrisisLines::tr("%1: \"%2\" is not a phone number (digits and spaces, "
                                       "optionally a leading +).")
                           .arg(where, QLatin1String(key)));
    return text;
}

CrisisLine readLine(const QJsonObject& object, const QString& language, const QString& source,
                    const QString& where) {
    CrisisLine line;
    line.name = textIn(object.value(QLatin1String("name")), language, source,
                       CrisisLines::tr("%1, name").arg(where), true);
    line.phone = number(object, "phone", source, where);
    line.sms = number(object, "sms", source, where);
    if (!line.sms.isEmpty())
        line.text = CrisisLines::tr("Text %1").arg(line.sms);
    const QJsonValue url = object.value(QLatin1String("url"));
    if (!url.isUndefined()) {
        const QUrl parsed(url.toString(), QUrl::StrictMode);
        if (!url.isString() || !parsed.isValid() || parsed.scheme() != QLatin1String("https") ||
            parsed.host().isEmpty())
            refuse(source, CrisisLines::tr("%1: the url must be an https:// address.").arg(where));
        line.url = url.toString();
    }
    if (line.phone.isEmpty() && line.sms.isEmpty() && line.url.isEmpty())
        refuse(source, CrisisLines::tr("%1 has no phone, sms or url.").arg(where));
    const QJsonValue hours = object.value(QLatin1String("hours"));
    if (hours.toString() == QLatin1String("24/7"))
        line.hours = CrisisLines::tr("24 hours, every day");
    else
        line.hours =
            textIn(hours, language, source, CrisisLines::tr("%1, hours").arg(where), false);
    line.description = textIn(object.value(QLatin1String("description")), language, source,
                              CrisisLines::tr("%1, description").arg(where), false);
    return line;
}

QString languageOfDefaultLocale() {
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

} // namespace

CrisisLines CrisisLines::parse(const QByteArray& json, const QString& source) {
    return parse(json, source, languageOfDefaultLocale());
}

CrisisLines CrisisLines::parse(const QByteArray& json, const QString& source,
                               const QString& language) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        refuse(source, tr("not valid JSON (%1 at offset %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("schema")).toString() != kSchema)
        refuse(source, tr("it does not declare the schema %1.").arg(kSchema));
    const QJsonArray countries = root.value(QLatin1String("countries")).toArray();
    if (countries.isEmpty())
        refuse(source, tr("it lists no country."));

    static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{2}$"));
    CrisisLines result;
    std::optional<CountryLines> fallback;
    QSet<QString> seen;
    for (const QJsonValue& value : countries) {
        const QJsonObject object = value.toObject();
        CountryLines country;
        country.country = object.value(QLatin1String("country")).toString();
        const bool isDefault = country.country == kDefault;
        if (!isDefault && !isoCode.match(country.country).hasMatch())
            refuse(source, tr("\"%1\" is neither an ISO 3166-1 alpha-2 country code in capitals "
                              "nor \"default\".")
                               .arg(country.country));
        // "UK" is only reserved in ISO 3166-1; the locale of a British system says GB.
        if (country.country == QLatin1String("UK"))
            refuse(source, tr("\"UK\" is not an ISO 3166-1 code: the United Kingdom is \"GB\"."));
        if (seen.contains(country.country))
            refuse(source, tr("%1 is listed twice.").arg(country.country));
        seen.insert(country.country);
        country.emergencyNumber = number(object, "emergencyNumber", source, country.country);
        if (!isDefault && country.emergencyNumber.isEmpty())
            refuse(source, tr("%1 has no emergency number.").arg(country.country));
        const QJsonArray lines = object.value(QLatin1String("lines")).toArray();
        if (lines.isEmpty())
            refuse(source, tr("%1 has no line.").arg(country.country));
        for (qsizetype i = 0; i < lines.size(); ++i)
            country.lines.push_back(readLine(lines.at(i).toObject(), language, source,
                                             tr("%1, line %2").arg(country.country).arg(i + 1)));
        if (isDefault)
            fallback = std::move(country);
        else
            result.m_countries.push_back(std::move(country));
    }
    if (fallback)
        result.m_countries.push_back(std::move(*fallback));
    return result;
}

CrisisLines CrisisLines::bundled() {
    // Parsed once per language; the crisis screen must not wait on a file.
    static std::mutex mutex;
    static std::map<QString, CrisisLines> byLanguage;
    const QString language = languageOfDefaultLocale();
    const std::lock_guard lock(mutex);
    if (const auto found = byLanguage.find(language); found != byLanguage.end())
        return found->second;
    QFile file(kBundledPath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Internal,
                    tr("The list of crisis lines is missing from this installation. Please "
                       "reinstall Pacewise."),
                    kBundledPath);
    CrisisLines lines = parse(file.readAll(), QStringLiteral("crisis-lines.json"), language);
    if (lines.m_countries.empty() || lines.m_countries.back().country != kDefault)
        throw Error(ErrorCode::Internal, tr("The list of crisis lines has no default entry."),
                    kBundledPath);
    byLanguage.emplace(language, lines);
    return lines;
}

CrisisLines CrisisLines::forProfile(store::Database& db) {
    CrisisLines merged = bundled();
    const QString json = store::Settings(db).value(kSettingsKey).value_or(QString());
    if (json.isEmpty())
        return merged;
    CrisisLines clinic;
    try {
        clinic = parse(json.toUtf8(), tr("the clinic's crisis lines"));
    } catch (const Error& error) {
        // Stored after validation, so only a stricter later version can refuse it: the bundled
        // list still stands. The message names the list, never patient data.
        qCWarning(lcCrisis).noquote() << "ignoring the clinic's crisis lines:" << error.message();
        return merged;
    }
    // Country by country: the clinic's entry replaces the bundled one, new ones go before the
    // default (which stays last).
    for (CountryLines& country : clinic.m_countries) {
        auto existing =
            std::find_if(merged.m_countries.begin(), merged.m_countries.end(),
                         [&](const CountryLines& c) { return c.country == country.country; });
        if (existing != merged.m_countries.end())
            *existing = std::move(country);
        else
            merged.m_countries.insert(merged.m_countries.end() - 1, std::move(country));
    }
    return merged;
}

void CrisisLines::setClinicLines(store::Database& db, const QByteArray& json) {
    parse(json, tr("the clinic's crisis lines")); // throws before anything is stored
    store::Settings(db).setValue(kSettingsKey, QString::fromUtf8(json));
}

void CrisisLines::clearClinicLines(store::Database& db) {
    store::Settings(db).setValue(kSettingsKey, QString());
}

bool CrisisLines::hasClinicLines(store::Database& db) {
    return !store::Settings(db).value(kSettingsKey).value_or(QString()).isEmpty();
}

const CountryLines& CrisisLines::forCountry(const QString& country) const {
    const QString code = country.trimmed().toUpper();
    for (const CountryLines& lines : m_countries) {
        if (lines.country == code)
            return lines;
    }
    if (!m_countries.empty() && m_countries.back().country == kDefault)
        return m_countries.back();
    // A list without a default (a clinic's, read on its own): the bundled advice.
    static const CrisisLines fallback = bundled();
    return fallback.m_countries.back();
}

QString CrisisLines::countryOf(const QString& localeName) {
    // "en_GB", "en-GB", "en_GB.UTF-8", "sr_Latn_RS@latin": the region is the first two-letter
    // part after the language; "es_419" names a region, not a country.
    QString name = localeName.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    const QStringList parts = name.split(QRegularExpression(QStringLiteral("[-_]")));
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]{2}$"));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (letters.match(parts.at(i)).hasMatch())
            return parts.at(i).toUpper();
    }
    return {};
}

} // namespace pacewise::safety
