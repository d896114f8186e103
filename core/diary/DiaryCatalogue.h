#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace pacewise::diary {

// The fixed vocabularies of the diary, read from resources/diary/*.json (content is data):
// body regions with their drawing and SNOMED CT body-site codes, built-in triggers and coping
// skills, each with labels per language.
class DiaryCatalogue {
    Q_DECLARE_TR_FUNCTIONS(DiaryCatalogue)

public:
    struct Item {
        QString code;
        QString label;
    };
    struct BodyRegion {
        QString code;
        QString view;       // "front" or "back"
        QString snomed;     // SNOMED CT body structure, empty where none fits
        QString laterality; // SNOMED CT qualifier: 7771000 left, 24028007 right, or empty
        QString path;       // SVG path data in the view box
        QString label;
    };
    struct View {
        QString code;
        QString label;
        QString outline;
    };

    // Loads from the compiled-in resources for `language` ("en", "es"; falls back to English).
    // Throws Error(InvalidInput) naming the file and the problem when a file is malformed.
    static DiaryCatalogue load(const QString& language = QStringLiteral("en"));
    // Loads from another folder holding the same three files (tests use broken copies).
    static DiaryCatalogue loadFrom(const QString& directory, const QString& language);
    // The catalogue for the current UI language, loaded once.
    static const DiaryCatalogue& current();

    const std::vector<BodyRegion>& bodyRegions() const { return m_regions; }
    const std::vector<View>& views() const { return m_views; }
    const std::vector<Item>& triggers() const { return m_triggers; }
    const std::vector<Item>& copingSkills() const { return m_coping; }
    double viewBoxWidth() const { return m_viewBoxWidth; }
    double viewBoxHeight() const { return m_viewBoxHeight; }

    const BodyRegion* bodyRegion(const QString& code) const;
    bool isTrigger(const QString& code) const; // a built-in code or a non-empty custom tag
    bool isCopingSkill(const QString& code) const;
    QString bodyRegionLabel(const QString& code) const;
    QString triggerLabel(const QString& code) const;
    QString copingSkillLabel(const QString& code) const;

    static QString customTag(const QString& text); // "custom:<text>", trimmed
    static bool isCustomTag(const QString& code);

private:
    std::vector<BodyRegion> m_regions;
    std::vector<View> m_views;
    std::vector<Item> m_triggers;
    std::vector<Item> m_coping;
    double m_viewBoxWidth = 0;
    double m_viewBoxHeight = 0;
};

} // namespace pacewise::diary
