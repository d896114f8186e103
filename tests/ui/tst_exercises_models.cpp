#define CATCH_CONFIG_RUNNER
#include "shell/Translations.h"

#include <QGuiApplication>
#include <QLocale>
#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("pacewise-ui-test"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    pacewise::ui::installTranslators(app);
    return Catch::Session().run(argc, argv);
}
