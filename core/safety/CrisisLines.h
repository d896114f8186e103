#pragma once

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace pacewise::store {
class Database;
}

namespace pacewise::safety {

// Who to contact in a crisis, per country. Data, not code: resources/crisis/crisis-lines.json
// (documented in resources/crisis/README.md); a clinic may send its own list (stored in the
// profile's settings, key "crisis.lines", same JSON), which takes precedence country by country.
struct CrisisLine {
    QString name;        // "988 Suicide & Crisis Lifeline"
    QString phone;       // as dialled: "988"
    QString text;        // SMS: "Text 988" / empty
    QString sms;         // the number a text message goes to, as dialled: "988" / empty
    QString url;         // https://…, may be empty
    QString hours;       // "24 hours, every day"
    QString description; // one plain sentence
};

struct CountryLines {
    QString country;         // ISO 3166-1 alpha-2, "US"; "default" for the fallback
    QString emergencyNumber; // "911"
    std::vector<CrisisLine> lines;
};

class CrisisLines {
    Q_DECLARE_TR_FUNCTIONS(CrisisLines)

public:
    // Throws Error(InvalidInput) naming `source` and the problem. Texts are taken in the
    // language of the default QLocale (English where the file has none in it).
    static CrisisLines parse(const QByteArray& json, const QString& source);
    // The same, in `language` ("es"; English where the file has none in it).
    static CrisisLines parse(const QByteArray& json, const QString& source,
                             const QString& language);
    static CrisisLines bundled(); // the compiled-in list
    // Bundled merged with the clinic's list, if the profile holds one.
    static CrisisLines forProfile(store::Database& db);
    static void setClinicLines(store::Database& db, const QByteArray& json); // validated first
    // The clinic withdrew its list: the bundled one applies again.
    static void clearClinicLines(store::Database& db);
    static bool hasClinicLines(store::Database& db);

    // The lines for `country` (ISO alpha-2, any case), else the default entry: general advice
    // and international directories, never an empty list.
    const CountryLines& forCountry(const QString& country) const;
    // The country of a locale name ("en_GB" → "GB"); empty when the locale names none.
    static QString countryOf(const QString& localeName);
    const std::vector<CountryLines>& countries() const { return m_countries; }

private:
    std::vector<CountryLines> m_countries; // the last is "default"
};

} // namespace pacewise::safety
