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

bool parseStartupOptions(const QStringList &arguments, const QStringList &pageNames,
                         StartupOptions *options, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Demo mode."));
    const QCommandLineOption as(QStringLiteral("as"), QStringLiteral("Demo account."),
                                QStringLiteral("owner|fleet|support"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("First page."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Language."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("Theme."),
                                   QStringLiteral("light|dark"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Write the page to a PNG and exit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load every page and exit."));
    const QCommandLineOption worldStart(
        QStringLiteral("world-start"),
        QStringLiteral("In demo mode, a new demo world starts at this instant."),
        QStringLiteral("INSTANT"));
    parser.addOptions({demo, as, page, language, theme, screenshot, selfTest, worldStart});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error =
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return false;
    }
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
