// idlefleet: the desktop app. Builds the services, wires them, loads the QML.

#include "appsettings.h"
#include "appstate.h"
#include "closetotray.h"
#include "demobackend.h"
#include "languages.h"
#include "navigation.h"
#include "pagecapture.h"
#include "preferences.h"
#include "qmlmodules.h"
#include "signalwatcher.h"
#include "singleinstance.h"
#include "startupoptions.h"
#include "systemcolorscheme.h"
#include "trayicon.h"
#include "version.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

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

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Help, the version and bad options are answered before anything needs a display.
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        StartupOptions early;
        QString problem;
        if (!parseStartupOptions(arguments, Navigation::names(), &early, &problem,
                                 &Navigation::namesFor)) {
            std::fprintf(stderr, "idlefleet: %s\n", qPrintable(problem));
            return 2;
        }
        if (early.help) {
            std::fputs(qPrintable(startupHelp()), stdout);
            return 0;
        }
        if (early.version) {
            std::printf("idlefleet %s\n", IDLEFLEET_VERSION_STRING);
            return 0;
        }
    }
    // IDLEFLEET_STARTUP_REPORT=1 measures start-up (tests/bench/startup_bench.sh).
    const bool startupReport = qEnvironmentVariableIsSet("IDLEFLEET_STARTUP_REPORT");
    const bool unattended =
        hasFlag(argc, argv, "--self-test") || hasFlag(argc, argv, "--screenshot");
    // Material draws its shadows with shader effects, which Qt Quick's software renderer
    // skips together with the control they belong to: without OpenGL, use Fusion instead.
    bool softwareRendering = qEnvironmentVariable("QT_QUICK_BACKEND") == QLatin1String("software");
    if (unattended) {
        // A picture or self-test without a display renders offscreen, in software. Under a
        // display (Xvfb in the tests) it renders as the app does for its users.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen")) {
            QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
            softwareRendering = true;
        }
        PageCapture::recordWarnings();
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("idlefleet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Idlefleet"));
    QApplication::setApplicationVersion(QStringLiteral(IDLEFLEET_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.idlefleet.Idlefleet"));
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/Idlefleet/Components/icons/idlefleet.svg")));

    StartupOptions options;
    QString error;
    if (!AppSettings::migrate(&error))
        std::fprintf(stderr, "idlefleet: your earlier settings were not moved: %s\n",
                     qPrintable(error));
    if (!parseStartupOptions(QCoreApplication::arguments(), Navigation::names(), &options, &error,
                             &Navigation::namesFor)) {
        std::fprintf(stderr, "idlefleet: %s\n", qPrintable(error));
        return 2;
    }
    // One app per person: a second start brings the first one's window to the front and ends.
    // Pictures and self-tests run beside whatever runs.
    SingleInstance instance;
    if (!unattended) {
        switch (instance.claim(&error)) {
        case SingleInstance::HandedOver:
            std::fprintf(stderr, "idlefleet: Idlefleet is already running; its window is now "
                                 "in front.\n");
            return 0;
        case SingleInstance::Unavailable:
            std::fprintf(stderr,
                         "idlefleet: a second start will not find this one (%s); it runs "
                         "anyway.\n",
                         qPrintable(error));
            break;
        case SingleInstance::First:
            break;
        }
    }
    QQuickStyle::setStyle(softwareRendering ? QStringLiteral("Fusion")
                                            : QStringLiteral("Material"));

    // Demo mode until an account of one's own is signed in (spec/cli.md), or when asked for.
    Preferences preferences(nullptr);
    Navigation navigation(nullptr);
    AppState state(preferences, navigation, options.demo || !AppState::hasStoredAccount(),
                   DemoBackend::defaultDataDir(), options.demoAccount);
    // The command line wins over what the person chose in Settings last time.
    const AppSettings settings;
    preferences.setLanguage(
        !options.language.isEmpty()
            ? options.language
            : settings.value(QStringLiteral("language"), defaultLanguage()).toString());
    preferences.setDarkTheme(options.themeGiven
                                 ? options.darkTheme
                                 : settings.value(QStringLiteral("darkTheme"), false).toBool());
    // Until the person picks a theme in Settings, the app follows the desktop's light or dark
    // preference, as it changes. The desktop is asked only then.
    std::unique_ptr<SystemColorScheme> systemScheme;
    if (!options.themeGiven && !settings.contains(QStringLiteral("darkTheme")) && !unattended) {
        systemScheme = std::make_unique<SystemColorScheme>();
        const SystemColorScheme *scheme = systemScheme.get();
        QObject::connect(scheme, &SystemColorScheme::changed, &preferences, [&preferences, scheme] {
            if (AppSettings().contains(QStringLiteral("darkTheme")))
                return; // chosen in Settings since
            if (scheme->preference() != SystemColorScheme::NoPreference)
                preferences.setDarkTheme(scheme->preference() == SystemColorScheme::PreferDark);
        });
    }
    if (const auto page = Navigation::fromName(options.page))
        navigation.setPage(*page);
    state.setDemoWorldStart(options.worldStart);

    QQmlApplicationEngine engine;
    // Qt 6.4 does not look in the resource root for modules by itself (6.5 adds :/qt/qml).
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Idlefleet/Main/Main.qml")));
    QObject::connect(&preferences, &Preferences::languageChanged, &engine,
                     &QQmlEngine::retranslate);
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    // The window fits the screen it opens on (a 1366×768 laptop has less room than 800 pixels
    // and a title bar); pictures and self-tests keep their fixed size.
    if (window && !unattended && window->screen()) {
        const QRect room = window->screen()->availableGeometry();
        constexpr int TitleBar = 40;
        if (window->height() + TitleBar > room.height())
            window->setHeight(std::max(window->minimumHeight(), room.height() - TitleBar));
        if (window->width() > room.width())
            window->setWidth(std::max(window->minimumWidth(), room.width()));
    }

    state.start();

    // A logout or `kill` ends the app as closing its window does: the backend it started stops.
    idlefleet::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &idlefleet::SignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);

    // No tray icon for pictures and self-tests: they leave nothing behind on the desktop.
    std::unique_ptr<TrayIcon> tray;
    std::unique_ptr<CloseToTray> closeToTray;
    const auto showWindow = [window] {
        window->show();
        window->raise();
        window->requestActivate();
    };
    QObject::connect(&instance, &SingleInstance::showRequested, window, showWindow);
    if (!unattended) {
        tray = std::make_unique<TrayIcon>(&state, &preferences);
        QObject::connect(tray.get(), &TrayIcon::showWindowRequested, window, showWindow);
        // With an icon in the tray, closing the window keeps the app (and its notifications)
        // running; the tray's Quit ends it.
        closeToTray = std::make_unique<CloseToTray>(window, tray->shown());
        QObject::connect(closeToTray.get(), &CloseToTray::firstClosed, tray.get(),
                         &TrayIcon::tellStillRunning);
    }

    PageCapture capture(&state, &navigation, window);
    if (!options.screenshotFile.isEmpty())
        capture.screenshot(options.screenshotFile);
    else if (options.selfTest)
        capture.selfTest();
    else if (startupReport)
        capture.startupReport(sinceStart);

    return QApplication::exec();
}
