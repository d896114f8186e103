// The composition root of the desktop app: harden the process, build the services, load the UI.

#include "crypto/ProcessHardening.h"
#include "profile/ProfileSession.h"
#include "shell/Translations.h"
#include "store/Profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Pacewise_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Pacewise_ProfilePlugin)
Q_IMPORT_QML_PLUGIN(Pacewise_HomePlugin)
Q_IMPORT_QML_PLUGIN(Pacewise_SettingsPlugin)
Q_IMPORT_QML_PLUGIN(Pacewise_ShellPlugin)

namespace {

constexpr auto kDirectoryKey = "profile/directory";

// --profile, else the folder remembered from the last time, else the default.
QString profileDirectory(const QCommandLineParser& parser, const QCommandLineOption& option) {
    if (parser.isSet(option))
        return QDir(parser.value(option)).absolutePath();
    const QString remembered = QSettings().value(QLatin1String(kDirectoryKey)).toString();
    return remembered.isEmpty() ? pacewise::store::Profile::defaultDirectory() : remembered;
}

// --self-test fails on any QML warning: a broken binding or a missing import shows up in CI.
int g_qmlWarnings = 0;
QtMessageHandler g_defaultHandler = nullptr;

void countQmlWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const QLatin1String category(context.category ? context.category : "");
    const bool fromQml =
        category.startsWith(QLatin1String("qml")) || category.startsWith(QLatin1String("js")) ||
        (context.file && QLatin1String(context.file).endsWith(QLatin1String(".qml")));
    if (type != QtDebugMsg && type != QtInfoMsg && fromQml)
        ++g_qmlWarnings;
    g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[]) {
    pacewise::crypto::hardenProcess();

    // QApplication, not QGuiApplication: Qt Charts in QML needs the widgets module.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pacewise"));
    QApplication::setApplicationName(QStringLiteral("Pacewise"));
    QApplication::setApplicationVersion(QStringLiteral(PACEWISE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("pacewise"));
    // Basic draws the same everywhere (also offscreen) and takes our colours and sizes as given.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    pacewise::ui::installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Pacewise: CBT for chronic pain, with your clinic."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QApplication::translate("main", "Use the profile in <folder>."),
        QApplication::translate("main", "folder"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QApplication::translate("main", "Load the user interface, report QML problems and quit."));
    parser.addOption(profileOption);
    parser.addOption(selfTestOption);
    parser.process(app);
    const bool selfTest = parser.isSet(selfTestOption);
    if (selfTest)
        g_defaultHandler = qInstallMessageHandler(countQmlWarnings);

    pacewise::ui::ProfileSession session(profileDirectory(parser, profileOption));
    if (!selfTest) {
        // Remember a folder once it is chosen or proven to hold the profile.
        const auto remember = [&session] {
            QSettings().setValue(QLatin1String(kDirectoryKey),
                                 QDir::fromNativeSeparators(session.profileDirectory()));
        };
        QObject::connect(&session, &pacewise::ui::ProfileSession::profileDirectoryChanged, &app,
                         remember);
        QObject::connect(&session, &pacewise::ui::ProfileSession::unlocked, &app, remember);
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    // Qt 6.5's engine.loadFromModule("Pacewise.Shell", "Main"), in Qt 6.4 words.
    engine.loadData(QByteArrayLiteral("import Pacewise.Shell\nMain {}\n"),
                    QUrl(QStringLiteral("qrc:/pacewise/app/root.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (selfTest) {
        // Let the first frames render and the first page settle, then judge.
        QTimer::singleShot(1000, &app, [] {
            if (g_qmlWarnings > 0)
                std::fprintf(stderr, "self-test: %d QML warning(s)\n", g_qmlWarnings);
            QApplication::exit(g_qmlWarnings == 0 ? 0 : 1);
        });
    }
    return QApplication::exec();
}
