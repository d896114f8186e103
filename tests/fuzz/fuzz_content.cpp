// The content loaders: what the app reads from its own resources and, for crisis lines and the
// schedule, from the clinic too. The first byte of the input picks the loader (its value modulo
// five), the rest is the file:
//   0  a programme module    (core/programme/Programme: modules/NN-<id>.json)
//   1  the guided practices  (core/programme/Programme: practices.json)
//   2  scoring rules         (core/measures/Scoring), checked against every bundled
//                            questionnaire, and scoring a typical answer set with the rules that
//                            pass
//   3  the measure schedule  (core/measures/Schedule)
//   4  crisis lines          (core/safety/CrisisLines), in English and Spanish
// The programme is loaded from a scratch folder holding the real exercises and practices (or
// the fuzzed practices) and the fuzzed module: the same Programme::load the app runs.
#include "FuzzSupport.h"
#include "measures/Questionnaire.h"
#include "measures/Schedule.h"
#include "measures/Scoring.h"
#include "programme/Programme.h"
#include "safety/CrisisLines.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pacewise;

namespace {

QString programmeRoot;
std::vector<measures::Questionnaire> questionnaires;
QByteArray bundledPractices;

void loadProgramme(const QByteArray& file, bool isModule) {
    const QString locale = programmeRoot + QStringLiteral("/en/");
    fuzz::writeFile(locale + QStringLiteral("practices.json"), isModule ? bundledPractices : file);
    const QString module = locale + QStringLiteral("modules/01-understanding-pain.json");
    if (isModule)
        fuzz::writeFile(module, file);
    else
        QFile::remove(module);
    fuzz::expectOnlyErrors([&] {
        // Programme::load reports a bad file in problems() and never throws for one: an Error
        // escaping here would be a finding too, but is still tolerated as the documented kind.
        const programme::Programme loaded =
            programme::Programme::load(QStringLiteral("en"), programmeRoot);
        for (const programme::Module& m : loaded.modules())
            (void)m.pageCount();
    });
}

void scoring(const QByteArray& file) {
    const QJsonDocument document = QJsonDocument::fromJson(file);
    if (!document.isObject())
        return;
    for (const measures::Questionnaire& q : questionnaires) {
        fuzz::expectOnlyErrors([&] {
            const measures::ScoringRules rules =
                measures::ScoringRules::fromJson(document.object(), q, QStringLiteral("fuzz"));
            measures::Answers answers;
            for (const measures::Item* item : q.allItems()) {
                if (item->type == measures::ItemType::Choice && !item->options.empty())
                    answers.emplace(item->linkId,
                                    measures::Answer::ofCoding(item->options.back().coding));
                else if (item->type == measures::ItemType::Integer)
                    answers.emplace(item->linkId, measures::Answer::ofInteger(
                                                      qint64(item->maxValue.value_or(3))));
            }
            for (const measures::Score& s : measures::score(q, rules, answers)) {
                for (const measures::ScoreRule& rule : rules.scores)
                    if (rule.id == s.ruleId && s.value)
                        (void)measures::changeSince(rule, 0, *s.value);
            }
            (void)measures::safetyConcerns(q, rules, answers);
        });
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialise(argc, argv);
    programmeRoot = fuzz::scratchDirectory("content");
    const QString locale = programmeRoot + QStringLiteral("/en/");
    QDir().mkpath(locale + QStringLiteral("exercises"));
    QDir().mkpath(locale + QStringLiteral("modules"));
    QDirIterator exercises(QStringLiteral(":/pacewise/programme/en/exercises"), QDir::Files);
    while (exercises.hasNext()) {
        const QString path = exercises.next();
        fuzz::writeFile(locale + QStringLiteral("exercises/") + exercises.fileName(),
                        fuzz::readResource(path));
    }
    bundledPractices = fuzz::readResource(QStringLiteral(":/pacewise/programme/en/practices.json"));
    QDirIterator measureFiles(QStringLiteral(":/pacewise/measures"),
                              {QStringLiteral("*.questionnaire.json")}, QDir::Files);
    while (measureFiles.hasNext()) {
        const QString path = measureFiles.next();
        const QJsonObject json = QJsonDocument::fromJson(fuzz::readResource(path)).object();
        questionnaires.push_back(measures::Questionnaire::fromJson(json, measureFiles.fileName()));
    }
    if (questionnaires.empty())
        fuzz::finding("no bundled questionnaires");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const QByteArray file = fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 5) {
    case 0:
        loadProgramme(file, true);
        break;
    case 1:
        loadProgramme(file, false);
        break;
    case 2:
        scoring(file);
        break;
    case 3:
        fuzz::expectOnlyErrors([&] {
            for (const measures::PlannedMeasure& planned :
                 measures::Schedule::parse(file, QStringLiteral("fuzz")))
                (void)planned;
        });
        break;
    case 4:
        fuzz::expectOnlyErrors([&] {
            const safety::CrisisLines lines =
                safety::CrisisLines::parse(file, QStringLiteral("fuzz"), QStringLiteral("es"));
            for (const safety::CountryLines& country : lines.countries())
                (void)lines.forCountry(country.country);
            (void)safety::CrisisLines::parse(file, QStringLiteral("fuzz"))
                .forCountry(QStringLiteral("zz"));
        });
        break;
    }
    return 0;
}
