#include "diary/DiaryCatalogue.h"
#include "error/Error.h"
#include "support/TestProfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace pacewise;
using namespace pacewise::diary;

TEST_CASE("the bundled diary content is complete in English and Spanish", "[diary][content]") {
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("es")}) {
        CAPTURE(language);
        const DiaryCatalogue c = DiaryCatalogue::load(language);
        CHECK(c.bodyRegions().size() >= 24);
        CHECK(c.views().size() == 2);
        CHECK(c.triggers().size() >= 10);
        CHECK(c.copingSkills().size() >= 10);
        QSet<QString> labels;
        for (const auto& r : c.bodyRegions()) {
            CAPTURE(r.code);
            CHECK_FALSE(r.label.isEmpty());
            labels.insert(r.label);
            // SNOMED CT identifiers are 6-18 digits; laterality only with a body site.
            if (!r.snomed.isEmpty())
                CHECK(QRegularExpression(QStringLiteral("^\\d{6,18}$")).match(r.snomed).hasMatch());
            if (!r.laterality.isEmpty()) {
                CHECK_FALSE(r.snomed.isEmpty());
                CHECK((r.laterality == QStringLiteral("7771000") ||
                       r.laterality == QStringLiteral("24028007")));
            }
        }
        CHECK(labels.size() == int(c.bodyRegions().size())); // no two regions read the same
    }
    // Spanish labels are really Spanish, not the English fallback.
    CHECK(DiaryCatalogue::load(QStringLiteral("es")).triggerLabel(QStringLiteral("stress")) ==
          QStringLiteral("Estrés o preocupación"));
    // An unknown language falls back to English.
    CHECK(DiaryCatalogue::load(QStringLiteral("xx")).triggerLabel(QStringLiteral("stress")) ==
          QStringLiteral("Stress or worry"));
}

TEST_CASE("a malformed content file is refused with a message naming the file and the problem",
          "[diary][content]") {
    QTemporaryDir dir;
    for (const char* name : {"body-map.json", "triggers.json", "coping-skills.json"})
        QFile::copy(QStringLiteral(":/pacewise/diary/") + QLatin1String(name),
                    dir.filePath(QLatin1String(name)));
    for (const char* name : {"body-map.json", "triggers.json", "coping-skills.json"})
        QFile::setPermissions(dir.filePath(QLatin1String(name)),
                              QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE_NOTHROW(DiaryCatalogue::loadFrom(dir.path(), QStringLiteral("en")));

    const auto messageFor = [&] {
        try {
            DiaryCatalogue::loadFrom(dir.path(), QStringLiteral("en"));
        } catch (const Error& e) {
            return e.message();
        }
        return QString();
    };
    const QString triggers = dir.filePath(QStringLiteral("triggers.json"));
    const QByteArray good = test::readFile(triggers);

    test::writeFile(triggers, good.left(good.size() / 2));
    CHECK(messageFor().contains(QStringLiteral("triggers.json")));
    CHECK(messageFor().contains(QStringLiteral("not valid JSON")));

    test::writeFile(triggers,
                    QByteArray(good).replace("\"code\": \"cold\"", "\"code\": \"stress\""));
    CHECK(messageFor().contains(QStringLiteral("\"stress\" appears twice")));

    test::writeFile(triggers,
                    QByteArray(good).replace("pacewise.triggers/1", "pacewise.triggers/9"));
    CHECK(messageFor().contains(QStringLiteral("schema")));

    QFile::remove(triggers);
    CHECK(messageFor().contains(QStringLiteral("missing")));
}
