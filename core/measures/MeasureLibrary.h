#pragma once

#include "measures/Questionnaire.h"
#include "measures/Scoring.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace pacewise::store {
class Database;
}

namespace pacewise::measures {

// A questionnaire with its scoring: what the engine renders and scores.
struct Measure {
    QString id; // short and stable: "phq-9", "gad-7", "peg", ... or "clinic-<server id>"
    Questionnaire questionnaire;
    ScoringRules rules;
    bool bundled = true;
};

// Every measure Pacewise can show: the bundled ones (resources/measures/, compiled into the app
// under :/pacewise/measures/) and those a clinic sent (clinic_resources, type Questionnaire).
// A file or resource that does not parse is left out and reported in problems(), naming the file
// and what is wrong; the others load and the app starts.
class MeasureLibrary {
    Q_DECLARE_TR_FUNCTIONS(MeasureLibrary)

public:
    // The bundled measures. `directory` overrides the compiled-in resources (tests).
    static MeasureLibrary loadBundled(const QString& directory = {});
    // The bundled ones plus every Questionnaire the clinic sent (a clinic one with the same url
    // as a bundled one replaces nothing: the bundled definition wins).
    static MeasureLibrary load(store::Database& db, const QString& directory = {});

    const std::vector<Measure>& measures() const { return m_measures; }
    const Measure* find(const QString& id) const;
    const Measure* findByUrl(const QString& url) const;
    // One translated sentence per refused file: "<file>: <problem>".
    const QStringList& problems() const { return m_problems; }

private:
    std::vector<Measure> m_measures;
    QStringList m_problems;
};

} // namespace pacewise::measures
