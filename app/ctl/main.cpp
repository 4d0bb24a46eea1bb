// idlefleetctl: the scriptable client (spec/cli.md).

#include "ctlcommon.h"
#include "dispatch.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QRegularExpression>
#include <cstdio>
#include <memory>

using namespace idlefleet::ctl;

int main(int argc, char *argv[])
{
    // A statement's PDF lays out text with fonts: only that command needs a GUI application,
    // on the offscreen platform (no display).
    bool drawsDocuments = false;
    for (int i = 1; i < argc; ++i)
        drawsDocuments = drawsDocuments || qstrcmp(argv[i], "statement") == 0;
    if (drawsDocuments && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (drawsDocuments) {
        // The platform plugin's notes about the session (no runtime folder when run from cron
        // or as root) are not the command's output.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &m) {
            if (type != QtDebugMsg && !m.startsWith(QLatin1String("QStandardPaths:")))
                std::fprintf(stderr, "idlefleetctl: %s\n", qPrintable(m));
        });
    }
    const std::unique_ptr<QCoreApplication> application(
        drawsDocuments ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("idlefleetctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IDLEFLEET_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Idlefleet command-line client"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Shows every command, or the command's "
                                                       "own options."));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           QStringLiteral("Shows the version."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Fleet backend base URL (https://...)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption pin(QStringLiteral("pin"),
                                 QStringLiteral("Base64 SHA-256 of the server's public key."),
                                 QStringLiteral("PIN"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    const QCommandLineOption policyFile(
        QStringLiteral("policy"), QStringLiteral("Policy JSON file."), QStringLiteral("FILE"));
    const QCommandLineOption stateFile(QStringLiteral("state"),
                                       QStringLiteral("Vehicle state JSON file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Start (RFC 3339)."),
                                  QStringLiteral("INSTANT"));
    const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("Instant (RFC 3339)."),
                                QStringLiteral("INSTANT"));
    const QCommandLineOption profileFile(QStringLiteral("profile"),
                                         QStringLiteral("Vehicle profile JSON file (plan)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption marketFile(QStringLiteral("market"),
                                        QStringLiteral("Market forecast JSON file (plan)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption days(
        QStringLiteral("days"),
        QStringLiteral("How many days: plan's forecast (1 to 31), fleet certify's "
                       "certificate (1 to 90)."),
        QStringLiteral("N"));
    const QCommandLineOption by(QStringLiteral("by"),
                                QStringLiteral("Earnings per day, week or month (default day)."),
                                QStringLiteral("PERIOD"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("CSV output (earnings)."));
    const QCommandLineOption code(QStringLiteral("code"),
                                  QStringLiteral("The code the car shows (pair)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption label(QStringLiteral("label"),
                                   QStringLiteral("A name for this client's key (pair)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QStringLiteral("File to write (export-my-data, support-bundle, statement)."),
        QStringLiteral("FILE"));
    const QCommandLineOption monthOption(QStringLiteral("month"),
                                         QStringLiteral("statement: the month, YYYY-MM."),
                                         QStringLiteral("MONTH"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("statement: pdf or csv."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("statement: en, de, fr, es, ja or ru (default en)."),
        QStringLiteral("CODE"));
    const QCommandLineOption toEmail(QStringLiteral("to"), QStringLiteral("End (RFC 3339)."),
                                     QStringLiteral("INSTANT"));
    const QCommandLineOption grantee(QStringLiteral("grantee"),
                                     QStringLiteral("grant-support: the support engineer's e-mail "
                                                    "address."),
                                     QStringLiteral("EMAIL"));
    const QCommandLineOption hours(QStringLiteral("hours"),
                                   QStringLiteral("How long a support grant lasts, 1 to 720."),
                                   QStringLiteral("N"));
    const QCommandLineOption filter(
        QStringLiteral("filter"),
        QStringLiteral("fleet list: key=value,... with keys q, group, state, reason."),
        QStringLiteral("EXPR"));
    const QCommandLineOption sortOption(
        QStringLiteral("sort"), QStringLiteral("fleet list: name, soc, group or id; - descends."),
        QStringLiteral("FIELD"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   QStringLiteral("When a snooze ends (RFC 3339)."),
                                   QStringLiteral("INSTANT"));
    const QCommandLineOption noWait(
        QStringLiteral("no-wait"),
        QStringLiteral("Queue a signed change and return; the next command delivers it."));
    const QCommandLineOption group(QStringLiteral("group"),
                                   QStringLiteral("fleet apply: every car of this group."),
                                   QStringLiteral("G"));
    const QCommandLineOption vehiclesOption(
        QStringLiteral("vehicles"),
        QStringLiteral("fleet apply: these cars (comma-separated ids)."), QStringLiteral("IDS"));
    const QCommandLineOption waitOption(
        QStringLiteral("wait"),
        QStringLiteral("fleet apply: seconds to wait for the cars' answers (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QList<QCommandLineOption> options{
        helpOption, versionOption,  server,     pin,         json,         policyFile,
        stateFile,  from,           toEmail,    grantee,     at,           profileFile,
        marketFile, days,           by,         csv,         code,         label,
        output,     hours,          until,      noWait,      filter,       sortOption,
        group,      vehiclesOption, waitOption, monthOption, formatOption, languageOption};
    parser.addOptions(options);
    if (!parser.parse(QCoreApplication::arguments())) {
        // A key id is 16 characters of base64url: one in 64 starts with '-' and reads as options.
        static const QRegularExpression keyIdLike(QStringLiteral("^-[A-Za-z0-9_-]{15}$"));
        for (const QString &argument : QCoreApplication::arguments()) {
            if (keyIdLike.match(argument).hasMatch() && !argument.startsWith(QLatin1String("--")))
                return fail(ExitBadInput,
                            QStringLiteral("%1\nidlefleetctl: \"%2\" looks like a key id; one that "
                                           "starts with '-' goes after \"--\", as in: idlefleetctl "
                                           "keys revoke -- %2")
                                .arg(parser.errorText(), argument));
        }
        return fail(ExitBadInput, parser.errorText());
    }
    if (parser.isSet(versionOption)) {
        std::printf("idlefleetctl %s\n", IDLEFLEET_VERSION_STRING);
        return 0;
    }
    return runCommand(parser, options);
}
