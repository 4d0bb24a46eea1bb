#include "startupoptions.h"

#include "rfc3339.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace idlefleet::app {

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
            QStringLiteral("es"), QStringLiteral("ja"), QStringLiteral("ru")};
}

namespace {

/// The app's options, with the text `idlefleet --help` and its manual page show.
struct StartupParser
{
    QCommandLineParser parser;
    const QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Shows this help and exits.")};
    const QCommandLineOption version{QStringLiteral("version"),
                                     QStringLiteral("Shows the version and exits.")};
    const QCommandLineOption demo{
        QStringLiteral("demo"),
        QStringLiteral("Demo mode (a simulated world on this computer) even when an account of "
                       "one's own is configured; without one, the app starts in demo mode.")};
    const QCommandLineOption as{QStringLiteral("as"),
                                QStringLiteral("In demo mode, signs in as the demo owner, fleet "
                                               "manager or support engineer (default owner)."),
                                QStringLiteral("owner|fleet|support")};
    const QCommandLineOption page{
        QStringLiteral("page"),
        QStringLiteral("Opens on this page: Onboarding, Dashboard, Policy, Earnings, Settings, "
                       "Fleet, FleetTable, FleetBulk or Diagnostics."),
        QStringLiteral("NAME")};
    const QCommandLineOption language{
        QStringLiteral("language"),
        QStringLiteral("The language: en, de, fr, es, ja or ru (default: the system's, else "
                       "the one chosen in Settings)."),
        QStringLiteral("CODE")};
    const QCommandLineOption theme{QStringLiteral("theme"),
                                   QStringLiteral("The light or dark theme."),
                                   QStringLiteral("light|dark")};
    const QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QStringLiteral("Renders the chosen page once its data has loaded, writes it to FILE.png "
                       "and exits (1 if the page shows an error); needs no display."),
        QStringLiteral("FILE.png")};
    const QCommandLineOption selfTest{
        QStringLiteral("self-test"),
        QStringLiteral("Loads every page and exits non-zero on any QML warning or error.")};
    const QCommandLineOption worldStart{
        QStringLiteral("world-start"),
        QStringLiteral("In demo mode, a new demo world starts at INSTANT (RFC 3339, such as "
                       "2026-03-29T00:30:00Z)."),
        QStringLiteral("INSTANT")};

    StartupParser()
    {
        parser.setApplicationDescription(QStringLiteral(
            "Idlefleet: control when a parked electric car lends its AI computer to an "
            "inference fleet, and see what it contributed, used, cost and earned."));
        parser.addOptions(
            {help, version, demo, as, page, language, theme, screenshot, selfTest, worldStart});
    }
};

} // namespace

QString startupHelp()
{
    StartupParser startup;
    // Asked before the application object exists, the parser does not know the program's name.
    return startup.parser.helpText().replace(QStringLiteral("<executable_name>"),
                                             QStringLiteral("idlefleet"));
}

bool parseStartupOptions(const QStringList &arguments, const QStringList &pageNames,
                         StartupOptions *options, QString *error,
                         QStringList (*pagesOfAccount)(const QString &))
{
    StartupParser startup;
    QCommandLineParser &parser = startup.parser;
    const QCommandLineOption &demo = startup.demo;
    const QCommandLineOption &as = startup.as;
    const QCommandLineOption &page = startup.page;
    const QCommandLineOption &language = startup.language;
    const QCommandLineOption &theme = startup.theme;
    const QCommandLineOption &screenshot = startup.screenshot;
    const QCommandLineOption &selfTest = startup.selfTest;
    const QCommandLineOption &worldStart = startup.worldStart;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error =
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return false;
    }
    options->help = parser.isSet(startup.help);
    options->version = parser.isSet(startup.version);
    options->demo = parser.isSet(demo);
    if (parser.isSet(as)) {
        const QString account = parser.value(as);
        if (account != QLatin1String("owner") && account != QLatin1String("fleet") &&
            account != QLatin1String("support")) {
            *error = QStringLiteral("--as: '%1' is not one of owner, fleet, support").arg(account);
            return false;
        }
        options->demoAccount = account;
    }
    if (parser.isSet(page)) {
        if (!pageNames.contains(parser.value(page))) {
            *error = QStringLiteral("--page: '%1' is not a page of this version (pages: %2)")
                         .arg(parser.value(page), pageNames.join(QStringLiteral(", ")));
            return false;
        }
        options->page = parser.value(page);
        // In demo mode the account is known now (the owner's unless --as names another).
        const QString account =
            options->demoAccount.isEmpty() ? QStringLiteral("owner") : options->demoAccount;
        if (pagesOfAccount && (options->demo || !options->demoAccount.isEmpty()) &&
            !pagesOfAccount(account).contains(options->page)) {
            *error = QStringLiteral("--page: '%1' is not a page of the %2 account (its pages: %3)")
                         .arg(options->page, account,
                              pagesOfAccount(account).join(QStringLiteral(", ")));
            return false;
        }
    }
    if (parser.isSet(language)) {
        if (!supportedLanguages().contains(parser.value(language))) {
            *error =
                QStringLiteral("--language: '%1' is not one of %2")
                    .arg(parser.value(language), supportedLanguages().join(QStringLiteral(", ")));
            return false;
        }
        options->language = parser.value(language);
    }
    if (parser.isSet(theme)) {
        options->themeGiven = true;
        const QString value = parser.value(theme);
        if (value != QLatin1String("light") && value != QLatin1String("dark")) {
            *error = QStringLiteral("--theme: '%1' is not light or dark").arg(value);
            return false;
        }
        options->darkTheme = value == QLatin1String("dark");
    }
    if (parser.isSet(screenshot)) {
        options->screenshotFile = parser.value(screenshot);
        if (!options->screenshotFile.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
            *error = QStringLiteral("--screenshot: '%1' does not end in .png")
                         .arg(options->screenshotFile);
            return false;
        }
    }
    if (parser.isSet(worldStart)) {
        qint64 seconds = 0;
        const QString text = parser.value(worldStart);
        if (!parseRfc3339(text, &seconds) || seconds % 60 != 0 ||
            text.contains(QRegularExpression(QStringLiteral("\\.[0-9]*[1-9]")))) {
            *error = QStringLiteral("--world-start: '%1' is not an RFC 3339 instant on a whole "
                                    "minute (such as 2026-03-29T00:30:00Z)")
                         .arg(text);
            return false;
        }
        options->worldStart = formatRfc3339(seconds);
    }
    options->selfTest = parser.isSet(selfTest);
    if (options->selfTest && !options->screenshotFile.isEmpty()) {
        *error = QStringLiteral("--self-test and --screenshot cannot be combined");
        return false;
    }
    return true;
}

} // namespace idlefleet::app
