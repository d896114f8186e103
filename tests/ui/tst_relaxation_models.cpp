#define CATCH_CONFIG_RUNNER
#include "shell/Translations.h"

#include <QApplication>
#include <QLocale>
#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("pacewise-ui-test"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    pacewise::ui::installTranslators(app);
    return Catch::Session().run(argc, argv);
}
