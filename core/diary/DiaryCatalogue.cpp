#include "diary/DiaryCatalogue.h"

#include "diary/DiaryEntry.h"
#include "error/Error.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace pacewise::diary {
namespace {

QJsonObject readJson(const QString& path, const QString& schema) {
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::InvalidInput,
                    DiaryCatalogue::tr("The content file %1 is missing from this installation. "
                                       "Please reinstall Pacewise.")
                        .arg(name));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(ErrorCode::InvalidInput,
                    DiaryCatalogue::tr("The content file %1 is not valid JSON (%2 at offset %3).")
                        .arg(name, parseError.errorString())
                        .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("schema")).toString() != schema)
        throw Error(ErrorCode::InvalidInput,
                    DiaryCatalogue::tr("The content file %1 does not declare the schema %2.")
                        .arg(name, schema));
    return root;
}

QString labelIn(const QJsonObject& item, const QString& language, const QString& file) {
    const QJsonObject labels = item.value(QLatin1String("label")).toObject();
    QString label = labels.value(language).toString();
    if (label.isEmpty())
        label = labels.value(QLatin1String("en")).toString();
    if (label.isEmpty())
        throw Error(
            ErrorCode::InvalidInput,
            DiaryCatalogue::tr("An item in %1 (\"%2\") has no English label.")
                .arg(QDir::toNativeSeparators(file), item.value(QLatin1String("code")).toString()));
    return label;
}

QString requireCode(const QJsonObject& item, QSet<QString>& seen, const QString& file) {
    const QString code = item.value(QLatin1String("code")).toString();
    if (code.isEmpty() || code.startsWith(QLatin1String(DiaryEntry::kCustomTagPrefix)))
        throw Error(ErrorCode::InvalidInput,
                    DiaryCatalogue::tr("An item in %1 has a missing or reserved code.")
                        .arg(QDir::toNativeSeparators(file)));
    if (seen.contains(code))
        throw Error(ErrorCode::InvalidInput,
                    DiaryCatalogue::tr("The code \"%1\" appears twice in %2.")
                        .arg(code, QDir::toNativeSeparators(file)));
    seen.insert(code);
    return code;
}

std::vector<DiaryCatalogue::Item> readItems(const QString& path, const char* schema,
                                            const QString& language) {
    const QJsonObject root = readJson(path, QLatin1String(schema));
    std::vector<DiaryCatalogue::Item> items;
    QSet<QString> seen;
    for (const QJsonValue& v : root.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = v.toObject();
        const QString code = requireCode(item, seen, path);
        items.push_back({code, labelIn(item, language, path)});
    }
    if (items.empty())
        throw Error(ErrorCode::InvalidInput,
                    DiaryCatalogue::tr("The content file %1 lists no items.")
                        .arg(QDir::toNativeSeparators(path)));
    return items;
}

const QString* findLabel(const std::vector<DiaryCatalogue::Item>& items, const QString& code) {
    for (const auto& item : items)
        if (item.code == code)
            return &item.label;
    return nullptr;
}

} // namespace

DiaryCatalogue DiaryCatalogue::load(const QString& language) {
    return loadFrom(QStringLiteral(":/pacewise/diary"), language);
}

const DiaryCatalogue& DiaryCatalogue::current() {
    static const DiaryCatalogue catalogue = load(QLocale().name().section(QLatin1Char('_'), 0, 0));
    return catalogue;
}

DiaryCatalogue DiaryCatalogue::loadFrom(const QString& directory, const QString& language) {
    DiaryCatalogue c;
    const QString mapPath = directory + QStringLiteral("/body-map.json");
    const QJsonObject map = readJson(mapPath, QStringLiteral("pacewise.body-map/1"));
    const QJsonArray box = map.value(QLatin1String("viewBox")).toArray();
    c.m_viewBoxWidth = box.size() == 4 ? box.at(2).toDouble() : 0;
    c.m_viewBoxHeight = box.size() == 4 ? box.at(3).toDouble() : 0;
    if (c.m_viewBoxWidth <= 0 || c.m_viewBoxHeight <= 0)
        throw Error(
            ErrorCode::InvalidInput,
            tr("The body map %1 has no valid viewBox.").arg(QDir::toNativeSeparators(mapPath)));
    QSet<QString> viewCodes;
    for (const QJsonValue& v : map.value(QLatin1String("views")).toArray()) {
        const QJsonObject view = v.toObject();
        const QString code = requireCode(view, viewCodes, mapPath);
        c.m_views.push_back({code, labelIn(view, language, mapPath),
                             view.value(QLatin1String("outline")).toString()});
    }
    QSet<QString> regionCodes;
    for (const QJsonValue& v : map.value(QLatin1String("regions")).toArray()) {
        const QJsonObject r = v.toObject();
        BodyRegion region;
        region.code = requireCode(r, regionCodes, mapPath);
        region.view = r.value(QLatin1String("view")).toString();
        region.snomed = r.value(QLatin1String("snomed")).toString();
        region.laterality = r.value(QLatin1String("laterality")).toString();
        region.path = r.value(QLatin1String("path")).toString();
        region.label = labelIn(r, language, mapPath);
        if (!viewCodes.contains(region.view) || !region.path.startsWith(QLatin1Char('M')))
            throw Error(ErrorCode::InvalidInput,
                        tr("The body region \"%1\" in %2 has an unknown view or no drawing.")
                            .arg(region.code, QDir::toNativeSeparators(mapPath)));
        c.m_regions.push_back(region);
    }
    if (c.m_regions.empty())
        throw Error(ErrorCode::InvalidInput,
                    tr("The body map %1 has no regions.").arg(QDir::toNativeSeparators(mapPath)));
    c.m_triggers =
        readItems(directory + QStringLiteral("/triggers.json"), "pacewise.triggers/1", language);
    c.m_coping = readItems(directory + QStringLiteral("/coping-skills.json"),
                           "pacewise.coping-skills/1", language);
    return c;
}

const DiaryCatalogue::BodyRegion* DiaryCatalogue::bodyRegion(const QString& code) const {
    for (const BodyRegion& r : m_regions)
        if (r.code == code)
            return &r;
    return nullptr;
}

QString DiaryCatalogue::customTag(const QString& text) {
    return QLatin1String(DiaryEntry::kCustomTagPrefix) + text.simplified();
}

bool DiaryCatalogue::isCustomTag(const QString& code) {
    return code.startsWith(QLatin1String(DiaryEntry::kCustomTagPrefix));
}

bool DiaryCatalogue::isTrigger(const QString& code) const {
    if (isCustomTag(code))
        return code.size() > int(qstrlen(DiaryEntry::kCustomTagPrefix)) && code.size() <= 80 + 7;
    return findLabel(m_triggers, code) != nullptr;
}

bool DiaryCatalogue::isCopingSkill(const QString& code) const {
    return findLabel(m_coping, code) != nullptr;
}

QString DiaryCatalogue::bodyRegionLabel(const QString& code) const {
    const BodyRegion* r = bodyRegion(code);
    return r ? r->label : code;
}

QString DiaryCatalogue::triggerLabel(const QString& code) const {
    if (isCustomTag(code))
        return code.mid(int(qstrlen(DiaryEntry::kCustomTagPrefix)));
    const QString* label = findLabel(m_triggers, code);
    return label ? *label : code;
}

QString DiaryCatalogue::copingSkillLabel(const QString& code) const {
    const QString* label = findLabel(m_coping, code);
    return label ? *label : code;
}

} // namespace pacewise::diary
