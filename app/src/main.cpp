// idlefleet: the desktop app. Builds the services, wires them, loads the QML.

#include "appstate.h"
#include "demobackend.h"
#include "pagecapture.h"
#include "signalwatcher.h"
#include "startupoptions.h"
#include "version.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <cstring>

Q_IMPORT_QML_PLUGIN(Idlefleet_AppPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_DashboardPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_MainPlugin)

using namespace idlefleet::app;

namespace {

bool hasFlag(int argc, char *argv[], const char *flag)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

void installTranslations(QGuiApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("idlefleet"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QStringLiteral("/usr/share/qt6/translations")))
        QCoreApplication::installTranslator(qtTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Answers without a display.
    if (hasFlag(argc, argv, "--version")) {
        std::printf("idlefleet %s\n", IDLEFLEET_VERSION_STRING);
        return 0;
    }
    // IDLEFLEET_STARTUP_REPORT=1 measures start-up (tests/bench/startup_bench.sh).
    const bool startupReport = qEnvironmentVariableIsSet("IDLEFLEET_STARTUP_REPORT");
    const bool unattended =
        hasFlag(argc, argv, "--self-test") || hasFlag(argc, argv, "--screenshot");
    if (unattended) {
        // Renders without a display, in software, so the same pixels come out everywhere.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        PageCapture::recordWarnings();
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("idlefleet"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Idlefleet"));
    QGuiApplication::setApplicationVersion(QStringLiteral(IDLEFLEET_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.idlefleet.Idlefleet"));
    QGuiApplication::setWindowIcon(
        QIcon(QStringLiteral(":/Idlefleet/Components/icons/idlefleet.svg")));

    StartupOptions options;
    QString error;
    if (!parseStartupOptions(QCoreApplication::arguments(), AppState::pageNames(), &options,
                             &error)) {
        std::fprintf(stderr, "idlefleet: %s\n", qPrintable(error));
        return 2;
    }
    installTranslations(app, options.language);
    QQuickStyle::setStyle(QStringLiteral("Material"));

    // No account can be configured yet, so the app always runs in demo mode.
    AppState state(/*demoMode=*/true, DemoBackend::defaultDataDir(), options.demoAccount);
    state.setDarkTheme(options.darkTheme);
    state.setCurrentPage(options.page);

    QQmlApplicationEngine engine;
    // Qt 6.4 does not look in the resource root for modules by itself (6.5 adds :/qt/qml).
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Idlefleet/Main/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());

    state.start();

    // A logout or `kill` ends the app as closing its window does: the backend it started stops.
    idlefleet::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &idlefleet::SignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);

    PageCapture capture(&state, window);
    if (!options.screenshotFile.isEmpty())
        capture.screenshot(options.screenshotFile);
    else if (options.selfTest)
        capture.selfTest();
    else if (startupReport)
        capture.startupReport(sinceStart);

    return QGuiApplication::exec();
}
