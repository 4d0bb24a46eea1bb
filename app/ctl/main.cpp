// idlefleetctl: the scriptable client (spec/cli.md).

#include "accountcommands.h"
#include "commandtable.h"
#include "ctlcommon.h"
#include "ctlsession.h"
#include "earningscommand.h"
#include "fleetclient.h"
#include "fleetkeycommands.h"
#include "grantcommands.h"
#include "keycommands.h"
#include "outboxcommands.h"
#include "policycommands.h"
#include "statementcommand.h"
#include "tlspin.h"
#include "vehiclecommands.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <cstdio>
#include <memory>

using namespace idlefleet;
using namespace idlefleet::ctl;

namespace {

int login(client::FleetClient &fleet, const QUrl &url, const QString &pin, const QString &email,
          bool json)
{
    QString error;
    const QString password = ctl::readPassword(email, &error);
    if (password.isEmpty())
        return fail(ExitBadInput, error);
    std::unique_ptr<client::ServerInfoJob> info(fleet.fetchServerInfo());
    wait(info.get());
    if (info->error() != client::FleetJob::NoError)
        return fail(exitStatusFor(info->error()), info->errorString());
    std::unique_ptr<client::SessionJob> job(fleet.login(email, password));
    wait(job.get());
    if (job->error() != client::FleetJob::NoError)
        return fail(exitStatusFor(job->error()), job->errorString());
    const client::Account &account = job->result().account;
    if (!ctl::saveSession({url, pin, account.email, job->result().refreshToken}, &error))
        return fail(ExitFailed, error);
    if (json) {
        const QByteArray out = QJsonDocument(QJsonObject{
                                                 {QStringLiteral("email"), account.email},
                                                 {QStringLiteral("name"), account.displayName},
                                                 {QStringLiteral("role"), account.role},
                                             })
                                   .toJson(QJsonDocument::Compact);
        std::printf("%s\n", out.constData());
    } else {
        std::printf("Signed in to %s as %s (%s)\n", qPrintable(url.toString()),
                    qPrintable(account.displayName), qPrintable(account.email));
    }
    return 0;
}

} // namespace

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
        QStringLiteral("plan: days to forecast, 1 to 31 (default 7); fleet "
                       "certify: days the certificate lasts, 1 to 90."),
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
    const QCommandLineOption toEmail(QStringLiteral("to"),
                                     QStringLiteral("End (RFC 3339); for grant-support, the old "
                                                    "spelling of --grantee."),
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
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(ExitBadInput, parser.errorText());
    if (parser.isSet(versionOption)) {
        std::printf("idlefleetctl %s\n", IDLEFLEET_VERSION_STRING);
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    // help, help COMMAND, COMMAND --help: from the command table.
    if (parser.isSet(helpOption) || args.value(0) == QLatin1String("help")) {
        const QStringList topic = args.value(0) == QLatin1String("help") ? args.mid(1) : args;
        if (topic.isEmpty()) {
            std::fputs(qPrintable(ctl::overallHelp(options)), stdout);
            return 0;
        }
        const ctl::CommandInfo *command = ctl::findCommand(topic);
        if (!command)
            return fail(ExitBadInput, QStringLiteral("no command '%1' (idlefleetctl help lists "
                                                     "them: %2)")
                                          .arg(topic.join(QLatin1Char(' ')), ctl::commandNames()));
        std::fputs(qPrintable(ctl::commandHelp(*command, options)), stdout);
        return 0;
    }
    // The shell completions, generated from the same table when the package is built.
    if (args == QStringList{QStringLiteral("completions"), QStringLiteral("bash")}) {
        std::fputs(qPrintable(ctl::bashCompletion()), stdout);
        return 0;
    }
    if (args.isEmpty())
        return fail(ExitBadInput,
                    QStringLiteral("no command given (idlefleetctl help lists them)"));
    const QString command = args.first();
    int wordsAllowed = 1;
    if (command == QLatin1String("login") || command == QLatin1String("earnings") ||
        command == QLatin1String("pair") || command == QLatin1String("events") ||
        command == QLatin1String("grant-support") || command == QLatin1String("revoke-support") ||
        command == QLatin1String("grants") || command == QLatin1String("audit") ||
        command == QLatin1String("status") || command == QLatin1String("pause") ||
        command == QLatin1String("resume") || command == QLatin1String("snooze") ||
        command == QLatin1String("support-bundle") || command == QLatin1String("payouts") ||
        command == QLatin1String("statement"))
        wordsAllowed = 2;
    else if (command == QLatin1String("sim") || command == QLatin1String("keys"))
        wordsAllowed = 3;
    else if (command == QLatin1String("policy") || command == QLatin1String("fleet"))
        wordsAllowed = 4;
    if (args.size() > wordsAllowed)
        return fail(ExitBadInput,
                    QStringLiteral("unexpected argument '%1'").arg(args.at(wordsAllowed)));
    if (args.first() == QLatin1String("windows"))
        return ctl::windowsCommand(parser.value(policyFile), parser.value(from),
                                   parser.value(toEmail));
    if (args.first() == QLatin1String("plan"))
        return ctl::planCommand(parser.value(policyFile), parser.value(profileFile),
                                parser.value(marketFile), parser.value(from), parser.value(days));
    if (command == QLatin1String("outbox"))
        return ctl::outboxCommand(parser.isSet(json));
    // The organisation's fleet key lives in this home only: no server needed.
    if (command == QLatin1String("fleet") && args.value(1) == QLatin1String("key"))
        return ctl::fleetKeyCommand(args.value(2), args.value(3), parser.isSet(json));
    if (args.first() == QLatin1String("eligible"))
        return ctl::eligibleCommand(parser.value(policyFile), parser.value(stateFile),
                                    parser.value(at));
    static const QStringList networkCommands{QStringLiteral("login"),
                                             QStringLiteral("logout"),
                                             QStringLiteral("vehicles"),
                                             QStringLiteral("policy"),
                                             QStringLiteral("earnings"),
                                             QStringLiteral("pair"),
                                             QStringLiteral("sim"),
                                             QStringLiteral("keys"),
                                             QStringLiteral("export-my-data"),
                                             QStringLiteral("delete-account"),
                                             QStringLiteral("events"),
                                             QStringLiteral("grant-support"),
                                             QStringLiteral("revoke-support"),
                                             QStringLiteral("grants"),
                                             QStringLiteral("audit"),
                                             QStringLiteral("status"),
                                             QStringLiteral("pause"),
                                             QStringLiteral("resume"),
                                             QStringLiteral("snooze"),
                                             QStringLiteral("fleet"),
                                             QStringLiteral("support-bundle"),
                                             QStringLiteral("payouts"),
                                             QStringLiteral("statement")};
    if (!networkCommands.contains(command))
        return fail(ExitBadInput, QStringLiteral("unknown command '%1' (this version has: %2)")
                                      .arg(command, ctl::commandNames()));
    if ((command == QLatin1String("pair") && args.size() != 2) ||
        (command == QLatin1String("sim") &&
         (args.size() != 3 || args.at(1) != QLatin1String("screen"))))
        return fail(ExitBadInput, QStringLiteral("usage: idlefleetctl pair VEHICLE [--code CODE] | "
                                                 "sim screen VEHICLE"));
    if (command == QLatin1String("policy") &&
        !((args.size() == 3 && args.at(1) == QLatin1String("get")) ||
          (args.size() == 4 && args.at(1) == QLatin1String("set"))))
        return fail(ExitBadInput, QStringLiteral("usage: idlefleetctl policy get VEHICLE | policy "
                                                 "set VEHICLE FILE [--no-wait]"));
    if ((command == QLatin1String("pause") || command == QLatin1String("resume") ||
         command == QLatin1String("snooze")) &&
        (args.size() != 2 || (command == QLatin1String("snooze") && !parser.isSet(until))))
        return fail(ExitBadInput, QStringLiteral("usage: idlefleetctl pause VEHICLE | resume "
                                                 "VEHICLE | snooze VEHICLE --until INSTANT"));

    // The server: from the command line, else the one remembered at login.
    ctl::StoredSession stored;
    const bool haveStored = ctl::loadSession(&stored);
    QUrl url = stored.server;
    QString serverPin = stored.pin;
    if (parser.isSet(server) || parser.isSet(pin)) {
        url = QUrl(parser.value(server), QUrl::StrictMode);
        serverPin = parser.value(pin);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return fail(
                ExitBadInput,
                QStringLiteral("--server: '%1' is not an https:// URL").arg(parser.value(server)));
        if (!isWellFormedPin(serverPin))
            return fail(ExitBadInput, QStringLiteral("--pin: '%1' is not a base64 SHA-256 pin "
                                                     "(44 characters)")
                                          .arg(serverPin));
    }
    if (url.isEmpty())
        return fail(ExitNotAllowed, QStringLiteral("not signed in: run idlefleetctl --server URL "
                                                   "--pin PIN login EMAIL"));

    client::FleetClient fleet;
    fleet.setEndpoint(url, {serverPin});
    if (command == QLatin1String("login")) {
        if (args.size() < 2 || !args.at(1).contains(QLatin1Char('@')))
            return fail(ExitBadInput, QStringLiteral("login needs the account's e-mail address"));
        return login(fleet, url, serverPin, args.at(1), parser.isSet(json));
    }
    // The remembered session works only against the server it was made with.
    if (!haveStored || stored.server != url)
        return fail(ExitNotAllowed, QStringLiteral("not signed in to %1: run idlefleetctl login "
                                                   "EMAIL")
                                        .arg(url.toString()));
    client::Session session;
    session.refreshToken = stored.refreshToken;
    fleet.setSession(session);
    // Refresh tokens are used once: keep each new one.
    QObject::connect(&fleet, &client::FleetClient::sessionChanged, &fleet, [&fleet, &stored] {
        if (fleet.session().refreshToken.isEmpty())
            return;
        stored.refreshToken = fleet.session().refreshToken;
        QString ignored;
        ctl::saveSession(stored, &ignored);
    });
    if (command == QLatin1String("logout")) {
        std::unique_ptr<client::EmptyJob> job(fleet.logout());
        wait(job.get());
        ctl::removeSession(); // forgotten here whatever the server says
        return 0;
    }
    // Changes queued earlier go first.
    if (command != QLatin1String("delete-account"))
        ctl::flushOutbox(fleet);
    if (command == QLatin1String("policy") && args.at(1) == QLatin1String("get"))
        return getPolicy(fleet, args.at(2), parser.isSet(json));
    if (command == QLatin1String("policy") || command == QLatin1String("pause") ||
        command == QLatin1String("resume") || command == QLatin1String("snooze")) {
        ctl::ChangeRequest change;
        change.kind = command == QLatin1String("policy")   ? ctl::ChangeRequest::SetPolicy
                      : command == QLatin1String("pause")  ? ctl::ChangeRequest::Pause
                      : command == QLatin1String("resume") ? ctl::ChangeRequest::Resume
                                                           : ctl::ChangeRequest::Snooze;
        change.vehicleId = args.at(command == QLatin1String("policy") ? 2 : 1);
        change.policyFile = args.value(3);
        change.until = parser.value(until);
        change.noWait = parser.isSet(noWait);
        change.json = parser.isSet(json);
        return ctl::changeCommand(fleet, change);
    }
    if (command == QLatin1String("events")) {
        if (args.size() != 2)
            return fail(ExitBadInput, QStringLiteral("usage: idlefleetctl events VEHICLE [--from "
                                                     "INSTANT --to INSTANT]"));
        return ctl::eventsCommand(fleet, args.at(1), parser.value(from), parser.value(toEmail),
                                  parser.isSet(json));
    }
    if (command == QLatin1String("support-bundle")) {
        if (args.size() != 2)
            return fail(ExitBadInput, QStringLiteral("usage: idlefleetctl support-bundle VEHICLE "
                                                     "--output FILE"));
        return ctl::supportBundleCommand(fleet, args.at(1), parser.value(output));
    }
    if (command == QLatin1String("export-my-data"))
        return ctl::exportMyDataCommand(fleet, parser.value(output));
    if (command == QLatin1String("payouts"))
        return ctl::payoutsCommand(fleet, args.value(1), parser.isSet(json));
    if (command == QLatin1String("statement")) {
        if (args.size() != 2)
            return fail(ExitBadInput,
                        QStringLiteral("usage: idlefleetctl statement VEHICLE --month YYYY-MM "
                                       "--format pdf|csv --output FILE [--language CODE]"));
        return ctl::statementCommand(fleet, {args.at(1), parser.value(monthOption),
                                             parser.value(formatOption), parser.value(output),
                                             parser.value(languageOption), stored.email});
    }
    if (command == QLatin1String("delete-account"))
        return ctl::deleteAccountCommand(fleet, stored.email);
    if (command == QLatin1String("pair"))
        return ctl::pairCommand(fleet, args.at(1), parser.value(code), parser.value(label),
                                parser.isSet(json));
    if (command == QLatin1String("sim"))
        return ctl::simScreenCommand(fleet, args.at(2), parser.isSet(json));
    if (command == QLatin1String("keys"))
        return ctl::keysCommand(fleet, args, parser.isSet(json));
    if (command == QLatin1String("fleet") && args.value(1) == QLatin1String("apply") &&
        args.size() == 3) {
        ctl::FleetApplyRequest apply;
        apply.templateFile = args.at(2);
        apply.group = parser.value(group);
        apply.vehicles = parser.value(vehiclesOption);
        bool ok = false;
        apply.waitSeconds = parser.value(waitOption).toInt(&ok);
        if (!ok || apply.waitSeconds < 0 || apply.waitSeconds > 3600)
            return fail(ExitBadInput, QStringLiteral("--wait: '%1' is not a number of seconds "
                                                     "from 0 to 3600")
                                          .arg(parser.value(waitOption)));
        apply.json = parser.isSet(json);
        apply.csv = parser.isSet(csv);
        return ctl::fleetApplyCommand(fleet, apply);
    }
    if (command == QLatin1String("fleet") && args.value(1) == QLatin1String("requests") &&
        args.size() == 2)
        return ctl::fleetRequestsCommand(fleet, parser.isSet(json));
    if (command == QLatin1String("fleet") && args.value(1) == QLatin1String("certify") &&
        args.size() == 3)
        return ctl::fleetCertifyCommand(fleet, args.at(2), parser.value(days), parser.isSet(json));
    if (command == QLatin1String("fleet")) {
        if (args.value(1) != QLatin1String("list") || args.size() != 2)
            return fail(ExitBadInput,
                        QStringLiteral("usage: idlefleetctl fleet list [--filter EXPR] [--sort "
                                       "FIELD] | fleet apply TEMPLATE.json (--group G | "
                                       "--vehicles ID,...) [--wait SECONDS] [--csv] | fleet key "
                                       "create | fleet key import FILE | fleet requests | fleet "
                                       "certify KEY_ID --days N"));
        return fleetList(fleet, parser.value(filter), parser.value(sortOption), parser.isSet(json));
    }
    if (command == QLatin1String("status")) {
        if (args.size() != 2)
            return fail(ExitBadInput, QStringLiteral("usage: idlefleetctl status VEHICLE"));
        return vehicleStatus(fleet, args.at(1), parser.isSet(json));
    }
    if (command == QLatin1String("grants"))
        return ctl::grantsCommand(fleet, args.value(1), parser.isSet(json));
    if ((command == QLatin1String("grant-support") || command == QLatin1String("revoke-support") ||
         command == QLatin1String("audit")) &&
        args.size() != 2)
        return fail(
            ExitBadInput,
            QStringLiteral("usage: idlefleetctl grant-support VEHICLE --grantee EMAIL --hours "
                           "N | revoke-support GRANT | audit VEHICLE"));
    if (command == QLatin1String("grant-support"))
        return ctl::grantSupportCommand(fleet, args.at(1),
                                        parser.isSet(grantee) ? parser.value(grantee)
                                                              : parser.value(toEmail),
                                        parser.value(hours), parser.isSet(json));
    if (command == QLatin1String("revoke-support"))
        return ctl::revokeSupportCommand(fleet, args.at(1), parser.isSet(json));
    if (command == QLatin1String("audit"))
        return ctl::auditCommand(fleet, args.at(1), parser.isSet(json));
    if (command == QLatin1String("earnings")) {
        if (args.size() != 2)
            return fail(ExitBadInput,
                        QStringLiteral("usage: idlefleetctl earnings VEHICLE --from "
                                       "DATE --to DATE [--by day|week|month] [--csv]"));
        return ctl::earningsCommand(fleet, args.at(1), parser.value(from), parser.value(toEmail),
                                    parser.value(by), parser.isSet(csv), parser.isSet(json));
    }
    return listVehicles(fleet, parser.isSet(json));
}
