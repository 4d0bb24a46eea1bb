#pragma once

#include <QString>
#include <QStringList>

namespace idlefleet::app {

/// The command line of the desktop app (spec/cli.md), parsed and checked.
struct StartupOptions
{
    bool help = false;    // --help: print startupHelp() and exit
    bool version = false; // --version
    bool demo = false;
    QString demoAccount = QStringLiteral("owner");
    QString page = QStringLiteral("Dashboard");
    QString language; // empty: the system's
    bool darkTheme = false;
    bool themeGiven = false; // --theme was on the command line
    QString screenshotFile;
    bool selfTest = false;
    QString worldStart; // --world-start: a new demo world starts at this instant (RFC 3339)
};

/// The text of `idlefleet --help` (and of its manual page).
QString startupHelp();

/// The languages the app is translated into.
QStringList supportedLanguages();

/// Parses `arguments` (argv, program name first). Returns false with one line in `error` on bad
/// input. With `pagesOfAccount` (Navigation::namesFor), a --page the --as account does not have
/// is bad input too.
bool parseStartupOptions(const QStringList &arguments, const QStringList &pageNames,
                         StartupOptions *options, QString *error,
                         QStringList (*pagesOfAccount)(const QString &) = nullptr);

} // namespace idlefleet::app
