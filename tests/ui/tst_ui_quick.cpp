// Qt Quick Test of the real screens (Pacewise.Shell's Main.qml) against a real ProfileSession on a
// temporary profile folder. The test cases are in qml/tst_*.qml.

#include "components/PasswordAccessibility.h"
#include "diary/DiaryIntents.h"
#include "profile/ProfileSession.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(Pacewise_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Pacewise_ProfilePlugin)
Q_IMPORT_QML_PLUGIN(Pacewise_DiaryPlugin)
Q_IMPORT_QML_PLUGIN(Pacewise_DashboardPlugin)
Q_IMPORT_QML_PLUGIN(Pacewise_MeasuresPlugin)
Q_IMPORT_QML_PLUGIN(Pacewise_SyncPlugin)
Q_IMPORT_QML_PLUGIN(Pacewise_ExercisesPlugin)
Q_IMPORT_QML_PLUGIN(Pacewise_ProgrammePlugin)
Q_IMPORT_QML_PLUGIN(Pacewise_HomePlugin)
Q_IMPORT_QML_PLUGIN(Pacewise_SettingsPlugin)
Q_IMPORT_QML_PLUGIN(Pacewise_ShellPlugin)

class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable() {
        QCoreApplication::setOrganizationName(QStringLiteral("Pacewise"));
        QCoreApplication::setApplicationName(QStringLiteral("pacewise-ui-test"));
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        // The assertions read English text, whatever the machine's language.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        pacewise::ui::installTranslators(*QCoreApplication::instance());
        m_folder = std::make_unique<QTemporaryDir>();
        // The minimum KDF cost instead of a 0.4 s calibration: the test derives keys four times.
        pacewise::store::Profile::CreateOptions options;
        options.iterations = 210'000;
        m_session = std::make_unique<pacewise::ui::ProfileSession>(
            QDir(m_folder->path()).filePath(QStringLiteral("profile")), options);
        m_intents = std::make_unique<pacewise::ui::DiaryIntents>();
    }

    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }

    void cleanupTestCase() {
        m_intents.reset();
        m_session.reset();
        m_folder.reset();
    }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<pacewise::ui::ProfileSession> m_session;
    std::unique_ptr<pacewise::ui::DiaryIntents> m_intents;
};

int main(int argc, char** argv) {
    // Qt Charts in QML draws through the widgets module and needs a QApplication; Qt Quick Test
    // uses the one that exists instead of making a QGuiApplication.
    QApplication app(argc, argv);
    pacewise::ui::installPasswordAccessibility(); // as the app does, before any QML item
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "pacewise_ui", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_ui_quick.moc"
