// The CBT programme as data: the bundled content loads without a single problem (from the source
// folder and from the compiled-in resources), and a broken file is refused with a message that
// names the file and exactly what is wrong, while the rest still loads.
#include "programme-fixtures/SmallProgramme.h"
#include "programme/Programme.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::programme;

namespace {

const QStringList kModuleIds = {
    QStringLiteral("understanding-pain"),
    QStringLiteral("goals"),
    QStringLiteral("pacing"),
    QStringLiteral("relaxation"),
    QStringLiteral("pleasant-activities"),
    QStringLiteral("thoughts-1"),
    QStringLiteral("thoughts-2"),
    QStringLiteral("sleep"),
    QStringLiteral("problem-solving"),
    QStringLiteral("staying-well"),
};

QByteArray readBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Replaces `from` (which must be there) by `to` in one file of the programme folder.
void edit(const test::SmallProgrammeDir& content, const QString& file, const QByteArray& from,
          const QByteArray& to) {
    const QString path = content.path() + QStringLiteral("/en/") + file;
    QByteArray bytes = readBytes(path);
    INFO(file.toStdString() << ": " << from.toStdString());
    REQUIRE(bytes.contains(from));
    writeBytes(path, bytes.replace(from, to));
}

// The problems of a fresh small programme after `change` broke something.
QStringList problemsAfter(const std::function<void(const test::SmallProgrammeDir&)>& change) {
    test::SmallProgrammeDir content;
    change(content);
    return content.load().problems();
}

QStringList moduleIds(const Programme& p) {
    QStringList ids;
    for (const Module& m : p.modules())
        ids << m.id;
    return ids;
}

// Every check the bundled content must pass, whichever way it was read.
void checkBundled(const Programme& p) {
    INFO(p.problems().join(QLatin1Char('\n')).toStdString());
    CHECK(p.problems().isEmpty());
    CHECK(p.locale() == QStringLiteral("en"));
    REQUIRE(moduleIds(p) == kModuleIds);
    for (std::size_t i = 0; i < p.modules().size(); ++i) {
        const Module& m = p.modules()[i];
        CAPTURE(m.id.toStdString());
        CHECK(m.number == int(i) + 1);
        CHECK_FALSE(m.title.isEmpty());
        CHECK_FALSE(m.goal.isEmpty());
        CHECK_FALSE(m.summary.isEmpty());
        CHECK(m.pageCount() > 0);
        for (const Lesson& lesson : m.lessons) {
            CAPTURE(lesson.id.toStdString());
            CHECK_FALSE(lesson.title.isEmpty());
            CHECK(m.lesson(lesson.id) == &lesson);
            for (const Page& page : lesson.pages) {
                REQUIRE_FALSE(page.paragraphs.isEmpty());
                for (const QString& paragraph : page.paragraphs)
                    CHECK_FALSE(paragraph.trimmed().isEmpty());
                if (!page.exerciseId.isEmpty())
                    CHECK(p.exercise(page.exerciseId) != nullptr);
            }
        }
        for (const QString& exerciseId : m.exerciseIds)
            CHECK(p.exercise(exerciseId) != nullptr);
        for (const HomeworkTemplate& h : m.homework) {
            CHECK_FALSE(h.title.isEmpty());
            if (!h.exerciseId.isEmpty())
                CHECK(p.exercise(h.exerciseId) != nullptr);
        }
    }
    const Practices& practices = p.practices();
    CHECK(practices.inhaleSeconds > 0);
    CHECK(practices.exhaleSeconds > 0);
    CHECK_FALSE(practices.inhaleCue.isEmpty());
    CHECK_FALSE(practices.exhaleCue.isEmpty());
    CHECK((practices.holdSeconds == 0 || !practices.holdCue.isEmpty()));
    CHECK(practices.pmrSteps.size() >= 8);
    CHECK(practices.pmrSteps.size() <= 14);
    for (const PmrStep& step : practices.pmrSteps) {
        CHECK_FALSE(step.title.isEmpty());
        CHECK_FALSE(step.instruction.isEmpty());
    }
    CHECK_FALSE(practices.releaseCue.isEmpty());
    CHECK_FALSE(practices.imageryTitle.isEmpty());
    CHECK_FALSE(practices.imageryParagraphs.isEmpty());
}

struct Field {
    const char* linkId;
    const char* type; // as the definition spells it: "text" and "string" differ
    bool required;
    std::optional<double> min;
    std::optional<double> max;
};

// The table of resources/programme/README.md: the screens know these.
const std::vector<std::pair<const char*, std::vector<Field>>>& readmeTable() {
    const std::nullopt_t none = std::nullopt;
    static const std::vector<std::pair<const char*, std::vector<Field>>> table = {
        {"thought-record",
         {{"situation", "text", true, none, none},
          {"automatic-thought", "text", true, none, none},
          {"emotion", "string", false, none, none},
          {"emotion-before", "integer", true, 0, 100},
          {"evidence-for", "text", false, none, none},
          {"evidence-against", "text", false, none, none},
          {"balanced-thought", "text", false, none, none},
          {"emotion-after", "integer", false, 0, 100}}},
        {"pacing-plan",
         {{"activity", "string", true, none, none},
          {"try-1", "decimal", true, 0, 600},
          {"try-2", "decimal", false, 0, 600},
          {"try-3", "decimal", false, 0, 600},
          {"baseline", "decimal", false, none, none},
          {"quota", "decimal", false, none, none},
          {"increase-percent", "integer", true, 0, 50},
          {"start-date", "date", true, none, none}}},
        {"pacing-log",
         {{"date", "date", true, none, none},
          {"minutes-done", "decimal", true, 0, 600},
          {"pain-after", "integer", false, 0, 10},
          {"note", "text", false, none, none}}},
        {"relaxation",
         {{"technique", "choice", true, none, none},
          {"minutes", "decimal", false, 0, 180},
          {"tension-before", "integer", true, 0, 10},
          {"tension-after", "integer", false, 0, 10}}},
        {"sleep-diary",
         {{"night-of", "date", true, none, none},
          {"bedtime", "time", false, none, none},
          {"minutes-to-sleep", "integer", false, 0, 600},
          {"times-woken", "integer", false, 0, 50},
          {"wake-time", "time", false, none, none},
          {"out-of-bed", "time", false, none, none},
          {"quality", "integer", true, 0, 10},
          {"nap-minutes", "integer", false, 0, 600},
          {"note", "text", false, none, none}}},
        {"problem-solving",
         {{"problem", "text", true, none, none},
          {"goal", "text", false, none, none},
          {"options", "text", false, none, none},
          {"pros-cons", "text", false, none, none},
          {"chosen", "text", false, none, none},
          {"steps", "text", false, none, none},
          {"review", "text", false, none, none}}},
        {"flare-up-plan",
         {{"early-signs", "text", true, none, none},
          {"what-helps", "text", false, none, none},
          {"what-to-avoid", "text", false, none, none},
          {"who-to-contact", "text", false, none, none},
          {"kind-words", "text", false, none, none},
          {"back-on-track", "text", false, none, none}}},
    };
    return table;
}

const std::map<QString, QString> kTitles = {
    {QStringLiteral("thought-record"), QStringLiteral("Thought record")},
    {QStringLiteral("pacing-plan"), QStringLiteral("Pacing plan")},
    {QStringLiteral("pacing-log"), QStringLiteral("Pacing log")},
    {QStringLiteral("relaxation"), QStringLiteral("Relaxation practice")},
    {QStringLiteral("sleep-diary"), QStringLiteral("Sleep diary")},
    {QStringLiteral("problem-solving"), QStringLiteral("Problem-solving worksheet")},
    {QStringLiteral("flare-up-plan"), QStringLiteral("My flare-up plan")},
};

} // namespace

TEST_CASE("the bundled programme loads from its source folder without a problem",
          "[programme][content]") {
    checkBundled(Programme::load(QStringLiteral("en"), QStringLiteral(PACEWISE_PROGRAMME_DIR)));
}

TEST_CASE("the programme compiled into the app loads without a problem", "[programme][content]") {
    checkBundled(Programme::load(QStringLiteral("en")));
}

TEST_CASE("the seven exercises have the linkIds, types, ranges and required flags of the README",
          "[programme][content]") {
    const Programme p = Programme::load(QStringLiteral("en"));
    CHECK(p.exercises().size() == readmeTable().size());
    for (const auto& [id, fields] : readmeTable()) {
        CAPTURE(id);
        const Exercise* e = p.exercise(QLatin1String(id));
        REQUIRE(e != nullptr);
        const measures::Questionnaire& q = e->questionnaire;
        CHECK(q.url == QStringLiteral("https://pacewise.app/fhir/Questionnaire/") + e->id);
        CHECK(q.version == QStringLiteral("1"));
        CHECK(q.json.value(QLatin1String("status")).toString() == QStringLiteral("active"));
        CHECK(q.json.value(QLatin1String("publisher")).toString() == QStringLiteral("Pacewise"));
        CHECK(q.json.value(QLatin1String("subjectType")).toArray() ==
              QJsonArray{QStringLiteral("Patient")});
        CHECK(e->title() == kTitles.at(e->id));
        CHECK(e->description().size() > 40);
        CHECK(p.exerciseByUrl(q.url + QStringLiteral("|1")) == e);

        // Exactly these questions, in this order (scale anchors are not questions).
        QStringList answerable;
        for (const measures::Item* item : q.allItems())
            if (item->takesAnswer())
                answerable << item->linkId;
        QStringList expected;
        for (const Field& f : fields)
            expected << QLatin1String(f.linkId);
        CHECK(answerable == expected);

        const QJsonArray rawItems = q.json.value(QLatin1String("item")).toArray();
        for (const Field& f : fields) {
            CAPTURE(f.linkId);
            const measures::Item* item = q.find(QLatin1String(f.linkId));
            REQUIRE(item != nullptr);
            const auto raw = std::find_if(rawItems.begin(), rawItems.end(), [&](const auto& v) {
                return v.toObject().value(QLatin1String("linkId")).toString() ==
                       QLatin1String(f.linkId);
            });
            REQUIRE(raw != rawItems.end());
            CHECK(raw->toObject().value(QLatin1String("type")).toString() == QLatin1String(f.type));
            CHECK(item->required == f.required);
            CHECK(item->minValue == f.min);
            CHECK(item->maxValue == f.max);
            CHECK(item->text.contains(QLatin1Char('?'))); // asked as a question
        }
    }
    // The relaxation technique is coded, for the clinic's reports.
    const measures::Item* technique =
        p.exercise(QStringLiteral("relaxation"))->questionnaire.find(QStringLiteral("technique"));
    REQUIRE(technique->options.size() == 3);
    QStringList codes;
    for (const measures::AnswerOption& option : technique->options) {
        CHECK(option.coding.system ==
              QStringLiteral("https://pacewise.app/fhir/CodeSystem/relaxation-technique"));
        CHECK_FALSE(option.coding.display.isEmpty());
        codes << option.coding.code;
    }
    CHECK(codes == QStringList{QStringLiteral("breathing"), QStringLiteral("pmr"),
                               QStringLiteral("imagery")});
}

TEST_CASE("a language without content falls back to English", "[programme][content]") {
    CHECK(Programme::load(QStringLiteral("es")).locale() == QStringLiteral("en"));
    const test::SmallProgrammeDir content;
    for (const char* locale : {"es", "es_ES", "fr-CA", ""}) {
        CAPTURE(locale);
        const Programme p = content.load(QLatin1String(locale));
        CHECK(p.locale() == QStringLiteral("en"));
        CHECK(moduleIds(p) == QStringList{QStringLiteral("first"), QStringLiteral("second"),
                                          QStringLiteral("third")});
        CHECK(p.problems().isEmpty());
    }
}

TEST_CASE("a language with content is read in that language", "[programme][content]") {
    const test::SmallProgrammeDir content;
    test::copyTree(content.path() + QStringLiteral("/en"), content.path() + QStringLiteral("/es"));
    edit(content, QStringLiteral("../es/modules/01-first.json"), "\"First steps\"",
         "\"Primeros pasos\"");
    const Programme p = content.load(QStringLiteral("es_MX"));
    CHECK(p.locale() == QStringLiteral("es"));
    CHECK(p.module(QStringLiteral("first"))->title == QStringLiteral("Primeros pasos"));
}

TEST_CASE("the small programme reads every field of the schema", "[programme][content]") {
    const Programme p = test::SmallProgrammeDir().load();
    REQUIRE(p.problems().isEmpty());
    const Module* first = p.module(QStringLiteral("first"));
    REQUIRE(first != nullptr);
    CHECK(first->number == 1);
    CHECK(first->goal == QStringLiteral("Start here."));
    CHECK(first->minimumDays == 7);
    CHECK(first->pageCount() == 3);
    CHECK(first->exerciseIds == QStringList{QStringLiteral("relaxation")});
    REQUIRE(first->lessons.size() == 2);
    CHECK(first->lessons[0].minutes == 4);
    CHECK(first->lessons[0].pages[0].title == QStringLiteral("Welcome"));
    const Page& tryIt = first->lessons[0].pages[1];
    CHECK(tryIt.keyPoints == QStringList{QStringLiteral("One key point.")});
    CHECK(tryIt.reflection == QStringList{QStringLiteral("What do you notice?")});
    CHECK(tryIt.exerciseId == QStringLiteral("thought-record"));
    REQUIRE(first->homework.size() == 2);
    CHECK(first->homework[0].exerciseId == QStringLiteral("relaxation"));
    CHECK(first->homework[0].times == 2);
    CHECK(first->homework[0].days == 7);
    CHECK(first->homework[0].requiredToContinue);
    CHECK_FALSE(first->homework[1].requiredToContinue);
    // Left out: the defaults (true, 1 time).
    CHECK(p.module(QStringLiteral("second"))->homework[0].requiredToContinue);
    CHECK(p.module(QStringLiteral("third"))->homework.empty());
    CHECK(first->lesson(QStringLiteral("nope")) == nullptr);
    CHECK(p.module(QStringLiteral("nope")) == nullptr);
    CHECK(p.exercise(QStringLiteral("nope")) == nullptr);
    CHECK(p.practices().holdSeconds == 2);
    CHECK(p.practices().pmrSteps.size() == 8);
}

TEST_CASE("a module file with a mistake is refused naming the file and the mistake",
          "[programme][content]") {
    // Each case breaks one thing in module 1 (or 3) of the small programme.
    struct Case {
        const char* file;
        QByteArray from;
        QByteArray to;
        const char* message;
    };
    const std::vector<Case> cases = {
        {"01-first.json", "\"keyPoints\"", "\"keypoints\"",
         "modules/01-first.json: lesson 'a', page 2 has the unknown field 'keypoints'."},
        {"01-first.json", "\"goal\"", "\"goals\"",
         "modules/01-first.json: the module has the unknown field 'goals'."},
        {"01-first.json", "\"requiredToContinue\": false", "\"required\": false",
         "modules/01-first.json: homework 'walk' has the unknown field 'required'."},
        {"01-first.json", "\"id\": \"first\",", "", "modules/01-first.json: the module has no id."},
        {"01-first.json", "\"title\": \"First steps\",", "\"title\": \" \",",
         "modules/01-first.json: the module has no title."},
        {"01-first.json", "\"title\": \"First steps\",", "\"title\": 7,",
         "modules/01-first.json: 'title' of the module must be text."},
        {"01-first.json", "\"number\": 1,", "", "modules/01-first.json: the module has no number."},
        {"01-first.json", "\"id\": \"b\"", "\"id\": \"a\"",
         "modules/01-first.json: two lessons have the id 'a'."},
        {"01-first.json", "\"id\": \"walk\"", "\"id\": \"breathe\"",
         "modules/01-first.json: two homework tasks have the id 'breathe'."},
        {"01-first.json", "\"Paragraph one of page 3.\"", "\"  \"",
         "modules/01-first.json: lesson 'b', page 1, paragraph 1 is empty or not text."},
        {"01-first.json", "\"One key point.\"", "\"\"",
         "modules/01-first.json: lesson 'a', page 2, key point 1 is empty or not text."},
        {"01-first.json", "\"relaxation\"\n  ]", "\"relax\"\n  ]",
         "modules/01-first.json: the module names the exercise 'relax', which does not exist."},
        {"01-first.json", "\"exercise\": \"thought-record\"", "\"exercise\": \"thought-records\"",
         "modules/01-first.json: lesson 'a', page 2 names the exercise 'thought-records', which "
         "does not exist."},
        {"01-first.json", "\"exercise\": \"relaxation\"", "\"exercise\": \"relaxing\"",
         "modules/01-first.json: homework 'breathe' names the exercise 'relaxing', which does "
         "not exist."},
        {"01-first.json", "\"times\": 2,", "\"times\": 51,",
         "modules/01-first.json: 'times' of homework 'breathe' must be a whole number from 1 to "
         "50."},
        {"01-first.json", "\"times\": 2,", "\"times\": 1.5,",
         "modules/01-first.json: 'times' of homework 'breathe' must be a whole number from 1 to "
         "50."},
        {"01-first.json", "\"days\": 7,", "\"days\": 0,",
         "modules/01-first.json: 'days' of homework 'breathe' must be a whole number from 1 to "
         "60."},
        {"01-first.json", "\"minimumDays\": 7,", "\"minimumDays\": 61,",
         "modules/01-first.json: 'minimumDays' of the module must be a whole number from 0 to "
         "60."},
        {"01-first.json", "\"minutes\": 4,", "\"minutes\": 31,",
         "modules/01-first.json: 'minutes' of lesson 'a' must be a whole number from 1 to 30."},
        {"01-first.json", "\"requiredToContinue\": true", "\"requiredToContinue\": \"yes\"",
         "modules/01-first.json: 'requiredToContinue' of homework 'breathe' must be true or "
         "false."},
        {"03-third.json", "\"id\": \"third\"", "\"id\": \"second\"",
         "modules/03-third.json: the module id 'second' is already used by "
         "modules/02-second.json."},
        {"03-third.json", "\"number\": 3", "\"number\": 2",
         "modules/03-third.json: the module number 2 is already used by modules/02-second.json."},
        {"01-first.json", "{", "[{", "modules/01-first.json: not valid JSON"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.message);
        const QStringList problems = problemsAfter([&](const test::SmallProgrammeDir& content) {
            edit(content, QStringLiteral("modules/") + QLatin1String(c.file), c.from, c.to);
        });
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE_FALSE(problems.isEmpty());
        CHECK(problems.front().startsWith(QLatin1String(c.message)));
        // Module 1 refused leaves a gap, named on module 2; module 3 refused leaves none.
        if (QLatin1String(c.file) == QLatin1String("01-first.json"))
            CHECK(problems ==
                  QStringList{problems.front(), QStringLiteral("modules/02-second.json: the module "
                                                               "number is 2 but no module has the "
                                                               "number 1.")});
        else
            CHECK(problems.size() == 1);
    }
}

TEST_CASE("a module without lessons, a lesson without pages or a page without text is refused",
          "[programme][content]") {
    const std::vector<std::pair<QByteArray, const char*>> cases = {
        {R"({"id": "first", "number": 1, "title": "T", "lessons": []})",
         "modules/01-first.json: the module has no lessons."},
        {R"({"id": "first", "number": 1, "title": "T"})",
         "modules/01-first.json: the module has no lessons."},
        {R"({"id": "first", "number": 1, "title": "T",
             "lessons": [{"id": "a", "title": "A", "pages": []}]})",
         "modules/01-first.json: lesson 'a' has no pages."},
        {R"({"id": "first", "number": 1, "title": "T",
             "lessons": [{"id": "a", "title": "A", "pages": [{"title": "Only a title"}]}]})",
         "modules/01-first.json: lesson 'a', page 1 has no paragraphs."},
        {R"({"id": "first", "number": 1, "title": "T",
             "lessons": [{"id": "a", "title": "A", "pages": [{"paragraphs": []}]}]})",
         "modules/01-first.json: lesson 'a', page 1 has no paragraphs."},
        {R"({"id": "first", "number": 1, "title": "T",
             "lessons": [{"title": "A", "pages": [{"paragraphs": ["x"]}]}]})",
         "modules/01-first.json: lesson 1 has no id."},
        {R"({"id": "first", "number": 1, "title": "T",
             "lessons": [{"id": "a", "pages": [{"paragraphs": ["x"]}]}]})",
         "modules/01-first.json: lesson 'a' has no title."},
        {R"({"id": "first", "number": 1, "title": "T",
             "lessons": [{"id": "a", "title": "A", "pages": [{"paragraphs": "x"}]}]})",
         "modules/01-first.json: 'paragraphs' of lesson 'a', page 1 must be a list."},
        {R"({"id": "first", "number": 1, "title": "T",
             "lessons": [{"id": "a", "title": "A", "pages": [{"paragraphs": ["x"]}]}],
             "homework": [{"title": "No id"}]})",
         "modules/01-first.json: homework 1 has no id."},
        {R"([1, 2])", "modules/01-first.json: the file does not hold a JSON object."},
    };
    for (const auto& [json, message] : cases) {
        CAPTURE(message);
        const QStringList problems = problemsAfter([&](const test::SmallProgrammeDir& content) {
            writeBytes(content.path() + QStringLiteral("/en/modules/01-first.json"), json);
        });
        // Module 1 is refused, so "second" comes first: the gap is named too.
        REQUIRE(problems.size() == 2);
        CHECK(problems[0] == QLatin1String(message));
        CHECK(problems[1] == QStringLiteral("modules/02-second.json: the module number is 2 but "
                                            "no module has the number 1."));
    }
}

TEST_CASE("one broken module leaves the others loaded, and the gap it leaves is named",
          "[programme][content]") {
    test::SmallProgrammeDir content;
    edit(content, QStringLiteral("modules/02-second.json"), "\"paragraphs\"", "\"paragraph\"");
    const Programme p = content.load();
    CHECK(moduleIds(p) == QStringList{QStringLiteral("first"), QStringLiteral("third")});
    CHECK(p.problems() ==
          QStringList{QStringLiteral("modules/02-second.json: lesson 'only', page 1 has the "
                                     "unknown field 'paragraph'."),
                      QStringLiteral("modules/03-third.json: the module number is 3 but no "
                                     "module has the number 2.")});
    CHECK(p.exercises().size() == 7);
    CHECK(p.practices().pmrSteps.size() == 8);
}

TEST_CASE("an exercise that does not read is refused, and so are the modules that name it",
          "[programme][content]") {
    SECTION("a url that is not the exercise's") {
        test::SmallProgrammeDir content;
        edit(content, QStringLiteral("exercises/thought-record.questionnaire.json"),
             "Questionnaire/thought-record\"", "Questionnaire/thoughts\"");
        const Programme p = content.load();
        CHECK(p.exercise(QStringLiteral("thought-record")) == nullptr);
        CHECK(p.exercises().size() == 6);
        REQUIRE(p.problems().size() >= 3);
        CHECK(p.problems()[0] ==
              QStringLiteral("exercises/thought-record.questionnaire.json: its url is "
                             "https://pacewise.app/fhir/Questionnaire/thoughts; an exercise's url "
                             "is https://pacewise.app/fhir/Questionnaire/thought-record."));
        CHECK(p.problems()[1] ==
              QStringLiteral("modules/01-first.json: lesson 'a', page 2 names the exercise "
                             "'thought-record', which does not exist."));
        CHECK(p.problems()[2] ==
              QStringLiteral("modules/02-second.json: the module names the exercise "
                             "'thought-record', which does not exist."));
        CHECK(moduleIds(p) == QStringList{QStringLiteral("third")});
    }
    SECTION("an item type the reader cannot show") {
        test::SmallProgrammeDir content;
        edit(content, QStringLiteral("exercises/sleep-diary.questionnaire.json"),
             "\"type\": \"time\"", "\"type\": \"dateTime\"");
        const Programme p = content.load();
        CHECK(p.exercise(QStringLiteral("sleep-diary")) == nullptr);
        CHECK(p.problems() ==
              QStringList{QStringLiteral("exercises/sleep-diary.questionnaire.json: item "
                                         "'bedtime' has the type 'dateTime', which Pacewise "
                                         "cannot show.")});
        CHECK(p.modules().size() == 3);
    }
}

TEST_CASE("practices with a bad timing or missing steps are refused", "[programme][content]") {
    const auto practicesProblems = [](const std::function<void(QJsonObject&)>& change) {
        return problemsAfter([&](const test::SmallProgrammeDir& content) {
            const QString path = content.path() + QStringLiteral("/en/practices.json");
            QJsonObject json = QJsonDocument::fromJson(readBytes(path)).object();
            change(json);
            writeBytes(path, QJsonDocument(json).toJson());
        });
    };
    const auto set = [](const char* section, const char* key, const QJsonValue& value) {
        return [=](QJsonObject& json) {
            QJsonObject part = json.value(QLatin1String(section)).toObject();
            if (value.isUndefined())
                part.remove(QLatin1String(key));
            else
                part.insert(QLatin1String(key), value);
            json.insert(QLatin1String(section), part);
        };
    };
    CHECK(practicesProblems(set("breathing", "inhaleSeconds", 0)) ==
          QStringList{QStringLiteral("practices.json: 'inhaleSeconds' of the breathing practice "
                                     "must be a whole number from 1 to 20.")});
    CHECK(practicesProblems(set("breathing", "exhaleSeconds", QJsonValue::Undefined)) ==
          QStringList{
              QStringLiteral("practices.json: the breathing practice has no exhaleSeconds.")});
    CHECK(practicesProblems(set("breathing", "holdCue", QJsonValue::Undefined)) ==
          QStringList{QStringLiteral("practices.json: the breathing practice has no holdCue.")});
    CHECK(practicesProblems(set("pmr", "releaseSeconds", 90)) ==
          QStringList{QStringLiteral("practices.json: 'releaseSeconds' of the muscle relaxation "
                                     "must be a whole number from 1 to 60.")});
    CHECK(practicesProblems(set("pmr", "steps", QJsonArray{})) ==
          QStringList{QStringLiteral(
              "practices.json: the muscle relaxation has 0 steps; it needs 8 to 14.")});
    CHECK(practicesProblems([](QJsonObject& json) {
              QJsonObject pmr = json.value(QLatin1String("pmr")).toObject();
              QJsonArray steps = pmr.value(QLatin1String("steps")).toArray();
              QJsonObject step = steps.at(3).toObject();
              step.remove(QLatin1String("instruction"));
              steps.replace(3, step);
              pmr.insert(QLatin1String("steps"), steps);
              json.insert(QLatin1String("pmr"), pmr);
          }) ==
          QStringList{
              QStringLiteral("practices.json: muscle relaxation step 4 has no instruction.")});
    CHECK(practicesProblems(set("imagery", "paragraphs", QJsonArray{})) ==
          QStringList{QStringLiteral("practices.json: the imagery script has no paragraphs.")});
    CHECK(practicesProblems([](QJsonObject& json) { json.remove(QLatin1String("pmr")); }) ==
          QStringList{QStringLiteral("practices.json: the file has no 'pmr' section.")});

    test::SmallProgrammeDir content;
    REQUIRE(QFile::remove(content.path() + QStringLiteral("/en/practices.json")));
    const Programme p = content.load();
    CHECK(p.problems() == QStringList{QStringLiteral("practices.json: the file is missing.")});
    CHECK(p.modules().size() == 3);
}
