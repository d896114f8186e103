#include "measures/MeasureLibrary.h"

#include "error/Error.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace pacewise::measures {
namespace {

const QLatin1String kQuestionnaireSuffix(".questionnaire.json");
const QLatin1String kScoringSuffix(".scoring.json");

// The object in `bytes`, or an Error naming `name` and what is wrong with it.
QJsonObject parseObject(const QByteArray& bytes, const QString& name) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error(ErrorCode::InvalidInput,
                    MeasureLibrary::tr("%1: not valid JSON (%2 at offset %3).")
                        .arg(name, parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        throw Error(ErrorCode::InvalidInput,
                    MeasureLibrary::tr("%1: the file does not hold a JSON object.").arg(name));
    return doc.object();
}

QJsonObject readObject(const QDir& dir, const QString& name) {
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            ErrorCode::InvalidInput,
            MeasureLibrary::tr("%1: the file cannot be read (%2).").arg(name, file.errorString()));
    return parseObject(file.readAll(), name);
}

// The questionnaire screen shows every item type the reader knows except dates and times, which
// only the exercises use (their screens have their own fields): a questionnaire asking for one
// is refused as a whole rather than shown with a question nobody can answer.
void refuseDateAndTimeItems(const Questionnaire& questionnaire) {
    for (const Item* item : questionnaire.allItems()) {
        if (item->type == ItemType::Date || item->type == ItemType::Time)
            throw Error(ErrorCode::InvalidInput,
                        MeasureLibrary::tr("%1: item '%2' asks for a date or a time, which the "
                                           "questionnaire screen cannot show.")
                            .arg(questionnaire.source, item->linkId));
    }
}

} // namespace

MeasureLibrary MeasureLibrary::loadBundled(const QString& directory) {
    MeasureLibrary library;
    const QDir dir(directory.isEmpty() ? QStringLiteral(":/pacewise/measures") : directory);
    const QStringList names =
        dir.entryList({QStringLiteral("*.questionnaire.json"), QStringLiteral("*.scoring.json")},
                      QDir::Files, QDir::Name);
    QSet<QString> urls;
    for (const QString& name : names) {
        if (!name.endsWith(kQuestionnaireSuffix)) {
            // A scoring file is read with its questionnaire; one on its own is a packaging slip.
            const QString id = name.chopped(kScoringSuffix.size());
            if (!names.contains(id + kQuestionnaireSuffix))
                library.m_problems.append(
                    tr("%1: there is no %2 beside it.").arg(name, id + kQuestionnaireSuffix));
            continue;
        }
        const QString id = name.chopped(kQuestionnaireSuffix.size());
        try {
            Measure measure;
            measure.id = id;
            measure.bundled = true;
            measure.questionnaire = Questionnaire::fromJson(readObject(dir, name), name);
            refuseDateAndTimeItems(measure.questionnaire);
            const QString scoringName = id + kScoringSuffix;
            if (!names.contains(scoringName))
                throw Error(ErrorCode::InvalidInput,
                            tr("%1: its scoring rules (%2) are missing.").arg(name, scoringName));
            measure.rules = ScoringRules::fromJson(readObject(dir, scoringName),
                                                   measure.questionnaire, scoringName);
            if (urls.contains(measure.questionnaire.url))
                throw Error(ErrorCode::InvalidInput,
                            tr("%1: another questionnaire already uses the url %2.")
                                .arg(name, measure.questionnaire.url));
            urls.insert(measure.questionnaire.url);
            library.m_measures.push_back(std::move(measure));
        } catch (const Error& e) {
            library.m_problems.append(e.message());
        }
    }
    return library;
}

MeasureLibrary MeasureLibrary::load(store::Database& db, const QString& directory) {
    MeasureLibrary library = loadBundled(directory);
    store::Statement query = db.prepare("SELECT id, resource FROM clinic_resources "
                                        "WHERE resource_type = 'Questionnaire' ORDER BY id");
    while (query.step()) {
        const QString serverId = query.text(0);
        const QString source = tr("the clinic (Questionnaire/%1)").arg(serverId);
        try {
            Measure measure;
            measure.id = QStringLiteral("clinic-") + serverId;
            measure.bundled = false;
            measure.questionnaire =
                Questionnaire::fromJson(parseObject(query.text(1).toUtf8(), source), source);
            refuseDateAndTimeItems(measure.questionnaire);
            // The bundled definition of an instrument wins over a copy the clinic sent.
            if (library.findByUrl(measure.questionnaire.url))
                continue;
            measure.rules = ScoringRules::defaultFor(measure.questionnaire);
            library.m_measures.push_back(std::move(measure));
        } catch (const Error& e) {
            library.m_problems.append(e.message());
        }
    }
    return library;
}

const Measure* MeasureLibrary::find(const QString& id) const {
    for (const Measure& measure : m_measures)
        if (measure.id == id)
            return &measure;
    return nullptr;
}

const Measure* MeasureLibrary::findByUrl(const QString& url) const {
    for (const Measure& measure : m_measures)
        if (measure.questionnaire.url == url)
            return &measure;
    return nullptr;
}

} // namespace pacewise::measures
