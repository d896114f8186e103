#include "programme/Programme.h"

#include "error/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace pacewise::programme {
namespace {

const QLatin1String kDefaultDirectory(":/pacewise/programme");
const QLatin1String kFallbackLocale("en");
const QLatin1String kQuestionnaireSuffix(".questionnaire.json");
const QLatin1String kExerciseUrlBase("https://pacewise.app/fhir/Questionnaire/");

// Ranges of the content schema (resources/programme/README.md).
struct Range {
    int low;
    int high;
};
constexpr Range kMinimumDays{0, 60};
constexpr Range kLessonMinutes{1, 30};
constexpr Range kHomeworkTimes{1, 50};
constexpr Range kHomeworkDays{1, 60};
// A breath shorter than a second or longer than twenty cannot be followed; a PMR hold is a few
// seconds, a release up to a minute; a practice is one to sixty minutes.
constexpr Range kBreathSeconds{1, 20};
constexpr Range kHoldSeconds{0, 20};
constexpr Range kPracticeMinutes{1, 60};
constexpr Range kTenseSeconds{1, 20};
constexpr Range kReleaseSeconds{1, 60};
constexpr Range kPmrSteps{8, 14};

// A file refused: the message already names it ("<file>: <problem>").
struct Refused {
    QString message;
};

// Reads one content file's JSON objects, strictly: every problem names the file and where in it,
// and an unknown key is refused (a typo such as "keypoints" would otherwise drop content
// silently).
class FileReader {
public:
    explicit FileReader(QString file)
        : m_file(std::move(file)) {}

    [[noreturn]] void refuse(const QString& problem) const {
        throw Refused{QStringLiteral("%1: %2").arg(m_file, problem)};
    }

    QJsonObject parse(const QByteArray& bytes) const {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            refuse(Programme::tr("not valid JSON (%1 at offset %2).")
                       .arg(parseError.errorString())
                       .arg(parseError.offset));
        if (!doc.isObject())
            refuse(Programme::tr("the file does not hold a JSON object."));
        return doc.object();
    }

    QJsonObject read(const QString& path) const {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            refuse(Programme::tr("the file cannot be read (%1).").arg(file.errorString()));
        return parse(file.readAll());
    }

    void onlyKeys(const QJsonObject& json, std::initializer_list<const char*> known,
                  const QString& where) const {
        for (auto it = json.begin(); it != json.end(); ++it) {
            const bool isKnown = std::any_of(known.begin(), known.end(), [&](const char* key) {
                return it.key() == QLatin1String(key);
            });
            if (!isKnown)
                refuse(Programme::tr("%1 has the unknown field '%2'.").arg(where, it.key()));
        }
    }

    QString text(const QJsonObject& json, const char* key, const QString& where,
                 bool required) const {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return {};
        if (!value.isUndefined() && !value.isString())
            refuse(Programme::tr("'%1' of %2 must be text.").arg(QLatin1String(key), where));
        const QString result = value.toString().trimmed();
        if (result.isEmpty() && required)
            refuse(Programme::tr("%1 has no %2.").arg(where, QLatin1String(key)));
        return result;
    }

    int number(const QJsonObject& json, const char* key, const QString& where, Range range,
               int fallback) const {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        const double n = value.toDouble(-1e9);
        if (!value.isDouble() || n != std::floor(n) || n < range.low || n > range.high)
            refuse(Programme::tr("'%1' of %2 must be a whole number from %3 to %4.")
                       .arg(QLatin1String(key), where)
                       .arg(range.low)
                       .arg(range.high));
        return int(n);
    }

    int requiredNumber(const QJsonObject& json, const char* key, const QString& where,
                       Range range) const {
        if (!json.contains(QLatin1String(key)))
            refuse(Programme::tr("%1 has no %2.").arg(where, QLatin1String(key)));
        return number(json, key, where, range, range.low);
    }

    // A list of non-empty texts; `itemName` names one in a message ("paragraph 2").
    QStringList texts(const QJsonObject& json, const char* key, const QString& where,
                      const QString& itemName) const {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            refuse(Programme::tr("'%1' of %2 must be a list.").arg(QLatin1String(key), where));
        QStringList result;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString entry = array.at(i).toString().trimmed();
            if (!array.at(i).isString() || entry.isEmpty())
                refuse(Programme::tr("%1, %2 %3 is empty or not text.")
                           .arg(where, itemName)
                           .arg(i + 1));
            result << entry;
        }
        return result;
    }

    QJsonArray objects(const QJsonObject& json, const char* key, const QString& where) const {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            refuse(Programme::tr("'%1' of %2 must be a list.").arg(QLatin1String(key), where));
        const QJsonArray array = value.toArray();
        for (const QJsonValue& v : array)
            if (!v.isObject())
                refuse(Programme::tr("every entry of '%1' of %2 must be an object.")
                           .arg(QLatin1String(key), where));
        return array;
    }

    QJsonObject object(const QJsonObject& json, const char* key, const QString& where) const {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isObject())
            refuse(Programme::tr("%1 has no '%2' section.").arg(where, QLatin1String(key)));
        return value.toObject();
    }

private:
    QString m_file;
};

QString quoted(const QString& id) {
    return QLatin1Char('\'') + id + QLatin1Char('\'');
}

// One module file, checked against the exercises that loaded.
class ModuleReader {
public:
    ModuleReader(const QString& file, const QSet<QString>& exerciseIds)
        : m_reader(file)
        , m_exerciseIds(exerciseIds) {}

    Module read(const QString& path) {
        const QJsonObject json = m_reader.read(path);
        const QString where = Programme::tr("the module");
        m_reader.onlyKeys(json,
                          {"id", "number", "title", "goal", "summary", "minimumDays", "lessons",
                           "exercises", "homework"},
                          where);
        Module module;
        module.id = m_reader.text(json, "id", where, true);
        module.number = m_reader.requiredNumber(json, "number", where, {1, 999});
        module.title = m_reader.text(json, "title", where, true);
        module.goal = m_reader.text(json, "goal", where, false);
        module.summary = m_reader.text(json, "summary", where, false);
        module.minimumDays = m_reader.number(json, "minimumDays", where, kMinimumDays, 0);

        const QJsonArray lessons = m_reader.objects(json, "lessons", where);
        if (lessons.isEmpty())
            m_reader.refuse(Programme::tr("the module has no lessons."));
        QSet<QString> lessonIds;
        for (qsizetype i = 0; i < lessons.size(); ++i) {
            Lesson lesson = readLesson(lessons.at(i).toObject(), int(i) + 1);
            if (lessonIds.contains(lesson.id))
                m_reader.refuse(
                    Programme::tr("two lessons have the id %1.").arg(quoted(lesson.id)));
            lessonIds.insert(lesson.id);
            module.lessons.push_back(std::move(lesson));
        }

        module.exerciseIds = m_reader.texts(json, "exercises", where, Programme::tr("exercise"));
        for (const QString& exerciseId : std::as_const(module.exerciseIds))
            checkExercise(exerciseId, where);

        QSet<QString> homeworkIds;
        for (const QJsonValue& v : m_reader.objects(json, "homework", where)) {
            HomeworkTemplate homework = readHomework(v.toObject(), int(module.homework.size()) + 1);
            if (homeworkIds.contains(homework.id))
                m_reader.refuse(
                    Programme::tr("two homework tasks have the id %1.").arg(quoted(homework.id)));
            homeworkIds.insert(homework.id);
            module.homework.push_back(std::move(homework));
        }
        return module;
    }

    [[noreturn]] void refuse(const QString& problem) const { m_reader.refuse(problem); }

private:
    Lesson readLesson(const QJsonObject& json, int index) {
        Lesson lesson;
        lesson.id = m_reader.text(json, "id", Programme::tr("lesson %1").arg(index), true);
        const QString where = Programme::tr("lesson %1").arg(quoted(lesson.id));
        m_reader.onlyKeys(json, {"id", "title", "minutes", "pages"}, where);
        lesson.title = m_reader.text(json, "title", where, true);
        lesson.minutes = m_reader.number(json, "minutes", where, kLessonMinutes, 5);
        const QJsonArray pages = m_reader.objects(json, "pages", where);
        if (pages.isEmpty())
            m_reader.refuse(Programme::tr("%1 has no pages.").arg(where));
        for (qsizetype i = 0; i < pages.size(); ++i)
            lesson.pages.push_back(
                readPage(pages.at(i).toObject(),
                         Programme::tr("lesson %1, page %2").arg(quoted(lesson.id)).arg(i + 1)));
        return lesson;
    }

    Page readPage(const QJsonObject& json, const QString& where) {
        m_reader.onlyKeys(json, {"title", "paragraphs", "keyPoints", "reflection", "exercise"},
                          where);
        Page page;
        page.title = m_reader.text(json, "title", where, false);
        page.paragraphs = m_reader.texts(json, "paragraphs", where, Programme::tr("paragraph"));
        if (page.paragraphs.isEmpty())
            m_reader.refuse(Programme::tr("%1 has no paragraphs.").arg(where));
        page.keyPoints = m_reader.texts(json, "keyPoints", where, Programme::tr("key point"));
        page.reflection = m_reader.texts(json, "reflection", where, Programme::tr("question"));
        page.exerciseId = m_reader.text(json, "exercise", where, false);
        if (!page.exerciseId.isEmpty())
            checkExercise(page.exerciseId, where);
        return page;
    }

    HomeworkTemplate readHomework(const QJsonObject& json, int index) {
        HomeworkTemplate homework;
        homework.id = m_reader.text(json, "id", Programme::tr("homework %1").arg(index), true);
        const QString where = Programme::tr("homework %1").arg(quoted(homework.id));
        m_reader.onlyKeys(
            json, {"id", "title", "description", "exercise", "times", "days", "requiredToContinue"},
            where);
        homework.title = m_reader.text(json, "title", where, true);
        homework.description = m_reader.text(json, "description", where, false);
        homework.exerciseId = m_reader.text(json, "exercise", where, false);
        if (!homework.exerciseId.isEmpty())
            checkExercise(homework.exerciseId, where);
        homework.times = m_reader.number(json, "times", where, kHomeworkTimes, 1);
        homework.days = m_reader.number(json, "days", where, kHomeworkDays, 7);
        const QJsonValue required = json.value(QLatin1String("requiredToContinue"));
        if (!required.isUndefined() && !required.isBool())
            m_reader.refuse(
                Programme::tr("'requiredToContinue' of %1 must be true or false.").arg(where));
        homework.requiredToContinue = required.toBool(true);
        return homework;
    }

    void checkExercise(const QString& exerciseId, const QString& where) const {
        if (!m_exerciseIds.contains(exerciseId))
            m_reader.refuse(Programme::tr("%1 names the exercise %2, which does not exist.")
                                .arg(where, quoted(exerciseId)));
    }

    FileReader m_reader;
    const QSet<QString>& m_exerciseIds;
};

Practices readPractices(const QString& file, const QString& path) {
    const FileReader reader(file);
    const QJsonObject json = reader.read(path);
    reader.onlyKeys(json, {"breathing", "pmr", "imagery"}, Programme::tr("the file"));
    Practices p;

    const QString breathingWhere = Programme::tr("the breathing practice");
    const QJsonObject breathing = reader.object(json, "breathing", Programme::tr("the file"));
    reader.onlyKeys(breathing,
                    {"inhaleSeconds", "holdSeconds", "exhaleSeconds", "minutes", "inhaleCue",
                     "holdCue", "exhaleCue"},
                    breathingWhere);
    p.inhaleSeconds =
        reader.requiredNumber(breathing, "inhaleSeconds", breathingWhere, kBreathSeconds);
    p.holdSeconds = reader.number(breathing, "holdSeconds", breathingWhere, kHoldSeconds, 0);
    p.exhaleSeconds =
        reader.requiredNumber(breathing, "exhaleSeconds", breathingWhere, kBreathSeconds);
    p.breathingMinutes = reader.number(breathing, "minutes", breathingWhere, kPracticeMinutes, 5);
    p.inhaleCue = reader.text(breathing, "inhaleCue", breathingWhere, true);
    p.holdCue = reader.text(breathing, "holdCue", breathingWhere, p.holdSeconds > 0);
    p.exhaleCue = reader.text(breathing, "exhaleCue", breathingWhere, true);

    const QString pmrWhere = Programme::tr("the muscle relaxation");
    const QJsonObject pmr = reader.object(json, "pmr", Programme::tr("the file"));
    reader.onlyKeys(pmr, {"tenseSeconds", "releaseSeconds", "releaseCue", "steps"}, pmrWhere);
    p.tenseSeconds = reader.requiredNumber(pmr, "tenseSeconds", pmrWhere, kTenseSeconds);
    p.releaseSeconds = reader.requiredNumber(pmr, "releaseSeconds", pmrWhere, kReleaseSeconds);
    p.releaseCue = reader.text(pmr, "releaseCue", pmrWhere, true);
    const QJsonArray steps = reader.objects(pmr, "steps", pmrWhere);
    if (steps.size() < kPmrSteps.low || steps.size() > kPmrSteps.high)
        reader.refuse(Programme::tr("the muscle relaxation has %1 steps; it needs %2 to %3.")
                          .arg(steps.size())
                          .arg(kPmrSteps.low)
                          .arg(kPmrSteps.high));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString where = Programme::tr("muscle relaxation step %1").arg(i + 1);
        const QJsonObject step = steps.at(i).toObject();
        reader.onlyKeys(step, {"title", "instruction"}, where);
        p.pmrSteps.push_back({reader.text(step, "title", where, true),
                              reader.text(step, "instruction", where, true)});
    }

    const QString imageryWhere = Programme::tr("the imagery script");
    const QJsonObject imagery = reader.object(json, "imagery", Programme::tr("the file"));
    reader.onlyKeys(imagery, {"title", "paragraphs"}, imageryWhere);
    p.imageryTitle = reader.text(imagery, "title", imageryWhere, true);
    p.imageryParagraphs =
        reader.texts(imagery, "paragraphs", imageryWhere, Programme::tr("paragraph"));
    if (p.imageryParagraphs.isEmpty())
        reader.refuse(Programme::tr("%1 has no paragraphs.").arg(imageryWhere));
    return p;
}

// "es_ES", "es-419", "ES" → "es": content is per language.
QString languageOf(const QString& locale) {
    return locale.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

bool hasModules(const QDir& root, const QString& language) {
    if (language.isEmpty())
        return false;
    const QDir modules(root.filePath(language + QStringLiteral("/modules")));
    return modules.exists() &&
           !modules.entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty();
}

} // namespace

int Module::pageCount() const {
    int count = 0;
    for (const Lesson& lesson : lessons)
        count += int(lesson.pages.size());
    return count;
}

const Lesson* Module::lesson(const QString& lessonId) const {
    const auto found = std::find_if(lessons.begin(), lessons.end(),
                                    [&](const Lesson& l) { return l.id == lessonId; });
    return found == lessons.end() ? nullptr : &*found;
}

Programme Programme::load(const QString& locale, const QString& directory) {
    const QDir root(directory.isEmpty() ? QString(kDefaultDirectory) : directory);
    Programme programme;
    const QString language = languageOf(locale);
    programme.m_locale = hasModules(root, language) ? language : QString(kFallbackLocale);
    const QDir dir(root.filePath(programme.m_locale));

    // Exercises first: modules are checked against the ones that loaded.
    const QDir exercises(dir.filePath(QStringLiteral("exercises")));
    QSet<QString> exerciseIds;
    for (const QString& name : exercises.entryList({QLatin1String("*") + kQuestionnaireSuffix},
                                                   QDir::Files, QDir::Name)) {
        const QString file = QStringLiteral("exercises/") + name;
        try {
            const FileReader reader(file);
            Exercise exercise;
            exercise.id = name.chopped(kQuestionnaireSuffix.size());
            exercise.questionnaire =
                measures::Questionnaire::fromJson(reader.read(exercises.filePath(name)), file);
            const QString expectedUrl = kExerciseUrlBase + exercise.id;
            if (exercise.questionnaire.url != expectedUrl)
                reader.refuse(tr("its url is %1; an exercise's url is %2.")
                                  .arg(exercise.questionnaire.url, expectedUrl));
            exerciseIds.insert(exercise.id);
            programme.m_exercises.push_back(std::move(exercise));
        } catch (const Refused& refused) {
            programme.m_problems << refused.message;
        } catch (const Error& e) {
            programme.m_problems << e.message(); // the reader's message names the file
        }
    }

    const QDir modules(dir.filePath(QStringLiteral("modules")));
    std::map<QString, QString> fileOfId;
    std::map<int, QString> fileOfNumber;
    std::vector<std::pair<Module, QString>> loaded;
    for (const QString& name :
         modules.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString file = QStringLiteral("modules/") + name;
        try {
            ModuleReader reader(file, exerciseIds);
            Module module = reader.read(modules.filePath(name));
            if (const auto other = fileOfId.find(module.id); other != fileOfId.end())
                reader.refuse(tr("the module id %1 is already used by %2.")
                                  .arg(quoted(module.id), other->second));
            if (const auto other = fileOfNumber.find(module.number); other != fileOfNumber.end())
                reader.refuse(tr("the module number %1 is already used by %2.")
                                  .arg(module.number)
                                  .arg(other->second));
            fileOfId.emplace(module.id, file);
            fileOfNumber.emplace(module.number, file);
            loaded.emplace_back(std::move(module), file);
        } catch (const Refused& refused) {
            programme.m_problems << refused.message;
        }
    }
    std::sort(loaded.begin(), loaded.end(),
              [](const auto& a, const auto& b) { return a.first.number < b.first.number; });
    // The sequence is 1..N. A gap is named on the module after it; that module still loads, in
    // its place in the order, so that one missing file does not hide the rest.
    int expected = 1;
    for (auto& [module, file] : loaded) {
        if (module.number != expected)
            programme.m_problems << QStringLiteral("%1: %2").arg(
                file, tr("the module number is %1 but no module has the number %2.")
                          .arg(module.number)
                          .arg(expected));
        expected = module.number + 1;
        programme.m_modules.push_back(std::move(module));
    }

    const QString practicesFile = QStringLiteral("practices.json");
    try {
        if (!QFile::exists(dir.filePath(practicesFile)))
            FileReader(practicesFile).refuse(tr("the file is missing."));
        programme.m_practices = readPractices(practicesFile, dir.filePath(practicesFile));
    } catch (const Refused& refused) {
        programme.m_problems << refused.message;
    }
    return programme;
}

const Module* Programme::module(const QString& moduleId) const {
    const auto found = std::find_if(m_modules.begin(), m_modules.end(),
                                    [&](const Module& m) { return m.id == moduleId; });
    return found == m_modules.end() ? nullptr : &*found;
}

const Exercise* Programme::exercise(const QString& exerciseId) const {
    const auto found = std::find_if(m_exercises.begin(), m_exercises.end(),
                                    [&](const Exercise& e) { return e.id == exerciseId; });
    return found == m_exercises.end() ? nullptr : &*found;
}

const Exercise* Programme::exerciseByUrl(const QString& questionnaireUrl) const {
    // A QuestionnaireResponse names it as url|version.
    const QString url = questionnaireUrl.section(QLatin1Char('|'), 0, 0);
    const auto found = std::find_if(m_exercises.begin(), m_exercises.end(),
                                    [&](const Exercise& e) { return e.questionnaire.url == url; });
    return found == m_exercises.end() ? nullptr : &*found;
}

} // namespace pacewise::programme
