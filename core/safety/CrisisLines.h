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
    // Throws Error(InvalidInput) naming `source` and the problem.
    static CrisisLines parse(const QByteArray& json, const QString& source);
    static CrisisLines bundled(); // the compiled-in list
    // Bundled merged with the clinic's list, if the profile holds one.
    static CrisisLines forProfile(store::Database& db);
    static void setClinicLines(store::Database& db, const QByteArray& json); // validated first

    // The lines for `country` (ISO alpha-2, any case), else the default entry: general advice
    // and international directories, never an empty list.
    const CountryLines& forCountry(const QString& country) const;
    // The country of a locale name ("en_GB" → "GB"); empty when the locale names none.
    static QString countryOf(const QString& localeName);

private:
    std::vector<CountryLines> m_countries; // the last is "default"
};

} // namespace pacewise::safety
