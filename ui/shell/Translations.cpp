#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pacewise::ui {

void installTranslators(QCoreApplication& app) {
    const QString directory = QStringLiteral(":/i18n");
    // English first: it holds the plural forms ("1 minute", "2 minutes"), and a string that a
    // language has not translated yet falls through to it (the last installed is asked first).
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral("pacewise_en"), directory))
        QCoreApplication::installTranslator(english);
    auto* local = new QTranslator(&app);
    if (local->load(QLocale(), QStringLiteral("pacewise"), QStringLiteral("_"), directory) &&
        local->language() != english->language())
        QCoreApplication::installTranslator(local);

    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace pacewise::ui
