// The composition root of the desktop app: harden the process, build the services, load the UI.

#include "components/PasswordAccessibility.h"
#include "crypto/ProcessHardening.h"
#include "diary/DiaryIntents.h"
#include "error/Error.h"
#include "profile/ProfileSession.h"
#include "programme/Programme.h"
#include "shell/Translations.h"
#include "store/Profile.h"
#include "synthetic/SyntheticDiary.h"
#include "synthetic/SyntheticMeasures.h"
#include "synthetic/SyntheticProgramme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

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

namespace {

constexpr auto kDirectoryKey = "profile/directory";

// The demo profile's passphrase: shown on the demo's unlock page, so it only has to pass the
// passphrase policy, not be secret.
constexpr auto kDemoPassphrase = "made up demo diary 2024";
// The smallest KDF cost the key file allows: the demo opens at once and protects nothing real.
constexpr std::uint32_t kDemoIterations = 210'000;
constexpr int kDemoYears = 5;
constexpr std::uint64_t kDemoSeed = 1;

// A throw-away profile in `folder` with five years of made-up diary, questionnaires and
// programme use (modules read, exercises, homework), open.
std::unique_ptr<pacewise::store::Profile> makeDemoProfile(const QTemporaryDir& folder) {
    pacewise::store::Profile::CreateOptions options;
    options.iterations = kDemoIterations;
    auto profile =
        pacewise::store::Profile::create(QDir(folder.path()).filePath(QStringLiteral("profile")),
                                         QString::fromLatin1(kDemoPassphrase), options);
    pacewise::synthetic::DiaryOptions diary;
    diary.years = kDemoYears;
    diary.seed = kDemoSeed;
    diary.endDate = QDate::currentDate();
    pacewise::synthetic::generateDiary(profile->database(), diary);
    pacewise::synthetic::MeasuresOptions measures;
    measures.years = kDemoYears;
    measures.seed = kDemoSeed;
    measures.endDate = diary.endDate;
    pacewise::synthetic::generateMeasures(profile->database(), measures);
    // The programme in English, like the rest of the made-up data (the screens show it in the
    // person's language).
    const pacewise::programme::Programme programme =
        pacewise::programme::Programme::load(QStringLiteral("en"));
    pacewise::synthetic::generateProgramme(profile->database(), programme,
                                           {kDemoYears, kDemoSeed, diary.endDate});
    return profile;
}

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
    // Before any QML item exists: no passphrase reaches assistive technology.
    pacewise::ui::installPasswordAccessibility();

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
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open a throw-away demo profile with five years of "
                                        "made-up diary entries and questionnaires. Nothing is "
                                        "saved."));
    parser.addOption(profileOption);
    parser.addOption(selfTestOption);
    parser.addOption(demoOption);
    parser.process(app);
    const bool selfTest = parser.isSet(selfTestOption);
    const bool demo = parser.isSet(demoOption);
    if (selfTest)
        g_defaultHandler = qInstallMessageHandler(countQmlWarnings);

    // The demo lives in a temporary folder that goes with the process (declared before the
    // session, so that the database is closed before the folder is removed).
    std::unique_ptr<QTemporaryDir> demoFolder;
    std::unique_ptr<pacewise::store::Profile> demoProfile;
    if (demo) {
        demoFolder = std::make_unique<QTemporaryDir>();
        try {
            if (!demoFolder->isValid())
                throw pacewise::Error(
                    pacewise::ErrorCode::NotWritable,
                    QApplication::translate("main", "There is no room for the demo profile in the "
                                                    "temporary folder."),
                    demoFolder->errorString());
            demoProfile = makeDemoProfile(*demoFolder);
        } catch (const pacewise::Error& error) {
            std::fprintf(stderr, "%s\n%s\n", qPrintable(error.message()),
                         qPrintable(error.detail()));
            return 1;
        }
    }

    pacewise::ui::ProfileSession session(demo ? demoProfile->directory()
                                              : profileDirectory(parser, profileOption));
    if (demo)
        session.adoptOpenProfile(std::move(demoProfile), QString::fromLatin1(kDemoPassphrase));
    if (!selfTest && !demo) {
        // Remember a folder once it is chosen or proven to hold the profile.
        const auto remember = [&session] {
            QSettings().setValue(QLatin1String(kDirectoryKey),
                                 QDir::fromNativeSeparators(session.profileDirectory()));
        };
        QObject::connect(&session, &pacewise::ui::ProfileSession::profileDirectoryChanged, &app,
                         remember);
        QObject::connect(&session, &pacewise::ui::ProfileSession::unlocked, &app, remember);
    }

    pacewise::ui::DiaryIntents diaryIntents;

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    // Qt 6.5's engine.loadFromModule("Pacewise.Shell", "Main"), in Qt 6.4 words.
    engine.loadData(QByteArrayLiteral("import Pacewise.Shell\nMain {}\n"),
                    QUrl(QStringLiteral("qrc:/pacewise/app/root.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (selfTest) {
        // With an open profile (the demo), visit every section and the entry screen, so that
        // their QML runs on real data; let each page settle, then judge.
        QObject* root = engine.rootObjects().constFirst();
        std::vector<std::function<void()>> steps;
        if (session.state() == pacewise::ui::ProfileSession::State::Unlocked) {
            const QVariantList sections = root->property("sections").toList();
            for (const QVariant& section : sections) {
                const QVariant key = section.toMap().value(QStringLiteral("key"));
                steps.push_back([root, key] {
                    QMetaObject::invokeMethod(root, "showSection", Q_ARG(QVariant, key));
                });
            }
            steps.push_back([root] {
                QMetaObject::invokeMethod(root, "openEntry", Q_ARG(QVariant, QString()));
            });
        }
        constexpr int kSettleMs = 500;
        int at = 0;
        for (auto& step : steps)
            QTimer::singleShot(at += kSettleMs, &app, step);
        QTimer::singleShot(at + 1000, &app, [] {
            if (g_qmlWarnings > 0)
                std::fprintf(stderr, "self-test: %d QML warning(s)\n", g_qmlWarnings);
            QApplication::exit(g_qmlWarnings == 0 ? 0 : 1);
        });
    }
    return QApplication::exec();
}
