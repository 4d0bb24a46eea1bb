// idlefleetctl's commands run from the command table: each has its handler here, with the
// checks of its words; runCommand finds the command and gives it what it needs.

#include "dispatch.h"

#include "accountcommands.h"
#include "commandtable.h"
#include "ctlcommon.h"
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

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <limits>
#include <memory>

namespace idlefleet::ctl {
namespace {

/// help takes a command's words, however many.
constexpr int AnyWords = std::numeric_limits<int>::max();

// The usage lines several commands share.
int pairOrSimUsage()
{
    return fail(ExitBadInput, QStringLiteral("usage: idlefleetctl pair VEHICLE [--code CODE] | "
                                             "sim screen VEHICLE"));
}

int policyUsage()
{
    return fail(ExitBadInput, QStringLiteral("usage: idlefleetctl policy get VEHICLE | policy "
                                             "set VEHICLE FILE [--no-wait]"));
}

int pauseUsage()
{
    return fail(ExitBadInput, QStringLiteral("usage: idlefleetctl pause VEHICLE | resume "
                                             "VEHICLE | snooze VEHICLE --until INSTANT"));
}

int fleetUsage()
{
    return fail(ExitBadInput,
                QStringLiteral("usage: idlefleetctl fleet list [--filter EXPR] [--sort "
                               "FIELD] | fleet apply TEMPLATE.json (--group G | "
                               "--vehicles ID,...) [--wait SECONDS] [--csv] | fleet key "
                               "create | fleet key import FILE | fleet requests | fleet "
                               "certify KEY_ID --days N"));
}

int grantUsage()
{
    return fail(ExitBadInput,
                QStringLiteral("usage: idlefleetctl grant-support VEHICLE --grantee EMAIL --hours "
                               "N | revoke-support GRANT | audit VEHICLE"));
}

/// help, help COMMAND, COMMAND --help: from the command table.
int helpCommand(const Invocation &in)
{
    const QStringList topic =
        in.words.value(0) == QLatin1String("help") ? in.words.mid(1) : in.words;
    if (topic.isEmpty()) {
        std::fputs(qPrintable(overallHelp(in.options)), stdout);
        return 0;
    }
    const CommandInfo *command = findCommand(topic);
    if (!command)
        return fail(ExitBadInput, QStringLiteral("no command '%1' (idlefleetctl help lists "
                                                 "them: %2)")
                                      .arg(topic.join(QLatin1Char(' ')), commandNames()));
    std::fputs(qPrintable(commandHelp(*command, in.options)), stdout);
    return 0;
}

/// The shell completions, generated from the same table when the package is built.
int completionsCommand(const Invocation &in)
{
    const QString shell = in.words.value(1);
    if (shell == QLatin1String("bash")) {
        std::fputs(qPrintable(bashCompletion()), stdout);
        return 0;
    }
    if (shell == QLatin1String("zsh")) {
        std::fputs(qPrintable(zshCompletion(in.options)), stdout);
        return 0;
    }
    if (shell.isEmpty())
        return fail(ExitBadInput, QStringLiteral("usage: idlefleetctl completions bash|zsh"));
    return fail(ExitBadInput,
                QStringLiteral("completions: no script for the shell '%1' (this version has: "
                               "bash, zsh)")
                    .arg(shell));
}

int login(client::FleetClient &fleet, const QUrl &url, const QString &pin, const QString &email,
          bool json)
{
    QString error;
    const QString password = readPassword(email, &error);
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
    if (!saveSession({url, pin, account.email, job->result().refreshToken}, &error))
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

/// policy set, pause, resume, snooze: a signed change through this home's outbox.
int signedChange(const Invocation &in, ChangeRequest::Kind kind)
{
    ChangeRequest change;
    change.kind = kind;
    change.vehicleId = in.words.at(kind == ChangeRequest::SetPolicy ? 2 : 1);
    change.policyFile = in.words.value(3);
    change.until = in.value("until");
    change.noWait = in.isSet("no-wait");
    change.json = in.json;
    return changeCommand(*in.fleet, change);
}

int fleetKeyHandler(const Invocation &in)
{
    return fleetKeyCommand(in.words.value(2), in.words.value(3), in.json);
}

int keysHandler(const Invocation &in)
{
    return keysCommand(*in.fleet, in.words, in.json);
}

/// Whether `name`'s words are the first of `words`.
bool startsWithName(const QStringList &words, const QString &name)
{
    const QStringList nameWords = name.split(QLatin1Char(' '));
    return nameWords.size() <= words.size() &&
           std::equal(nameWords.cbegin(), nameWords.cend(), words.cbegin());
}

const CommandHandler *handlerNamed(const QString &name)
{
    for (const CommandHandler &handler : commandHandlers()) {
        if (handler.name == name)
            return &handler;
    }
    return nullptr;
}

/// The handler of the command `words` name; else that of the longest first words they start
/// with ("fleet" for `fleet nosuch`); else null.
const CommandHandler *handlerFor(const QStringList &words)
{
    if (const CommandInfo *command = findCommand(words))
        return handlerNamed(command->name);
    const CommandHandler *best = nullptr;
    for (const CommandHandler &handler : commandHandlers()) {
        if (startsWithName(words, handler.name) &&
            (!best || handler.name.count(QLatin1Char(' ')) > best->name.count(QLatin1Char(' '))))
            best = &handler;
    }
    return best;
}

/// How many positional words a command starting with `first` may have: the most any of the
/// commands sharing that first word takes (an unknown word: itself alone).
int wordsAllowed(const QString &first)
{
    int allowed = 1;
    for (const CommandHandler &handler : commandHandlers()) {
        if (handler.name.section(QLatin1Char(' '), 0, 0) == first)
            allowed = std::max(allowed, handler.words);
    }
    return allowed;
}

} // namespace

Invocation::Invocation(const QCommandLineParser &commandLine, const QList<QCommandLineOption> &all)
    : parser(commandLine)
    , options(all)
    , words(commandLine.positionalArguments())
    , json(commandLine.isSet(QStringLiteral("json")))
{}

QString Invocation::value(const char *name) const
{
    return parser.value(QLatin1String(name));
}

bool Invocation::isSet(const char *name) const
{
    return parser.isSet(QLatin1String(name));
}

const std::vector<CommandHandler> &commandHandlers()
{
    constexpr auto Offline = CommandHandler::Offline;
    constexpr auto Server = CommandHandler::Server;
    constexpr auto Session = CommandHandler::Session;
    constexpr auto Delivered = CommandHandler::SessionAfterOutbox;
    static const std::vector<CommandHandler> handlers = {
        {QStringLiteral("windows"), 1, Offline, nullptr,
         [](const Invocation &in) {
             return windowsCommand(in.value("policy"), in.value("from"), in.value("to"));
         }},
        {QStringLiteral("eligible"), 1, Offline, nullptr,
         [](const Invocation &in) {
             return eligibleCommand(in.value("policy"), in.value("state"), in.value("at"));
         }},
        {QStringLiteral("plan"), 1, Offline, nullptr,
         [](const Invocation &in) {
             return planCommand(in.value("policy"), in.value("profile"), in.value("market"),
                                in.value("from"), in.value("days"));
         }},
        {QStringLiteral("login"), 2, Server, nullptr,
         [](const Invocation &in) {
             if (in.words.size() < 2 || !in.words.at(1).contains(QLatin1Char('@')))
                 return fail(ExitBadInput,
                             QStringLiteral("login needs the account's e-mail address"));
             return login(*in.fleet, in.server, in.pin, in.words.at(1), in.json);
         }},
        {QStringLiteral("logout"), 1, Session, nullptr,
         [](const Invocation &in) {
             std::unique_ptr<client::EmptyJob> job(in.fleet->logout());
             wait(job.get());
             removeSession(); // forgotten here whatever the server says
             return 0;
         }},
        {QStringLiteral("vehicles"), 1, Delivered, nullptr,
         [](const Invocation &in) {
             return listVehicles(*in.fleet, in.json);
         }},
        {QStringLiteral("status"), 2, Delivered, nullptr,
         [](const Invocation &in) {
             if (in.words.size() != 2)
                 return fail(ExitBadInput, QStringLiteral("usage: idlefleetctl status VEHICLE"));
             return vehicleStatus(*in.fleet, in.words.at(1), in.json);
         }},
        // policy get and set: their words are checked before the network.
        {QStringLiteral("policy"), 4, Offline, nullptr,
         [](const Invocation &) {
             return policyUsage();
         }},
        {QStringLiteral("policy get"), 3, Delivered,
         [](const Invocation &in) { return in.words.size() == 3 ? 0 : policyUsage(); },
         [](const Invocation &in) {
             return getPolicy(*in.fleet, in.words.at(2), in.json);
         }},
        {QStringLiteral("policy set"), 4, Delivered,
         [](const Invocation &in) { return in.words.size() == 4 ? 0 : policyUsage(); },
         [](const Invocation &in) {
             return signedChange(in, ChangeRequest::SetPolicy);
         }},
        {QStringLiteral("pause"), 2, Delivered,
         [](const Invocation &in) { return in.words.size() == 2 ? 0 : pauseUsage(); },
         [](const Invocation &in) {
             return signedChange(in, ChangeRequest::Pause);
         }},
        {QStringLiteral("resume"), 2, Delivered,
         [](const Invocation &in) { return in.words.size() == 2 ? 0 : pauseUsage(); },
         [](const Invocation &in) {
             return signedChange(in, ChangeRequest::Resume);
         }},
        {QStringLiteral("snooze"), 2, Delivered,
         [](const Invocation &in) {
             return in.words.size() == 2 && in.isSet("until") ? 0 : pauseUsage();
         },
         [](const Invocation &in) {
             return signedChange(in, ChangeRequest::Snooze);
         }},
        {QStringLiteral("earnings"), 2, Delivered, nullptr,
         [](const Invocation &in) {
             if (in.words.size() != 2)
                 return fail(ExitBadInput,
                             QStringLiteral("usage: idlefleetctl earnings VEHICLE --from "
                                            "DATE --to DATE [--by day|week|month] [--csv]"));
             return earningsCommand(*in.fleet, in.words.at(1), in.value("from"), in.value("to"),
                                    in.value("by"), in.isSet("csv"), in.json);
         }},
        {QStringLiteral("events"), 2, Delivered, nullptr,
         [](const Invocation &in) {
             if (in.words.size() != 2)
                 return fail(ExitBadInput, QStringLiteral("usage: idlefleetctl events VEHICLE "
                                                          "[--from INSTANT --to INSTANT]"));
             return eventsCommand(*in.fleet, in.words.at(1), in.value("from"), in.value("to"),
                                  in.json);
         }},
        // keysCommand checks the words of keys list and keys revoke itself.
        {QStringLiteral("keys"), 3, Delivered, nullptr, keysHandler},
        {QStringLiteral("keys list"), 3, Delivered, nullptr, keysHandler},
        {QStringLiteral("keys revoke"), 3, Delivered, nullptr, keysHandler},
        {QStringLiteral("pair"), 2, Delivered,
         [](const Invocation &in) { return in.words.size() == 2 ? 0 : pairOrSimUsage(); },
         [](const Invocation &in) {
             return pairCommand(*in.fleet, in.words.at(1), in.value("code"), in.value("label"),
                                in.json);
         }},
        {QStringLiteral("sim"), 3, Offline, nullptr,
         [](const Invocation &) {
             return pairOrSimUsage();
         }},
        {QStringLiteral("sim screen"), 3, Delivered,
         [](const Invocation &in) { return in.words.size() == 3 ? 0 : pairOrSimUsage(); },
         [](const Invocation &in) {
             return simScreenCommand(*in.fleet, in.words.at(2), in.json);
         }},
        {QStringLiteral("grant-support"), 2, Delivered, nullptr,
         [](const Invocation &in) {
             if (in.words.size() != 2)
                 return grantUsage();
             return grantSupportCommand(*in.fleet, in.words.at(1),
                                        in.isSet("grantee") ? in.value("grantee") : in.value("to"),
                                        in.value("hours"), in.json);
         }},
        {QStringLiteral("revoke-support"), 2, Delivered, nullptr,
         [](const Invocation &in) {
             if (in.words.size() != 2)
                 return grantUsage();
             return revokeSupportCommand(*in.fleet, in.words.at(1), in.json);
         }},
        // grants also takes a car, as it always has (not in its synopsis).
        {QStringLiteral("grants"), 2, Delivered, nullptr,
         [](const Invocation &in) {
             return grantsCommand(*in.fleet, in.words.value(1), in.json);
         }},
        {QStringLiteral("audit"), 2, Delivered, nullptr,
         [](const Invocation &in) {
             if (in.words.size() != 2)
                 return grantUsage();
             return auditCommand(*in.fleet, in.words.at(1), in.json);
         }},
        {QStringLiteral("outbox"), 1, Offline, nullptr,
         [](const Invocation &in) {
             return outboxCommand(in.json);
         }},
        // The organisation's fleet key lives in this home only: no server needed.
        // fleetKeyCommand checks the words of fleet key create and import itself.
        {QStringLiteral("fleet key"), 4, Offline, nullptr, fleetKeyHandler},
        {QStringLiteral("fleet key create"), 3, Offline, nullptr, fleetKeyHandler},
        {QStringLiteral("fleet key import"), 4, Offline, nullptr, fleetKeyHandler},
        {QStringLiteral("fleet"), 4, Delivered, nullptr,
         [](const Invocation &) {
             return fleetUsage();
         }},
        {QStringLiteral("fleet requests"), 2, Delivered, nullptr,
         [](const Invocation &in) {
             if (in.words.size() != 2)
                 return fleetUsage();
             return fleetRequestsCommand(*in.fleet, in.json);
         }},
        {QStringLiteral("fleet certify"), 3, Delivered, nullptr,
         [](const Invocation &in) {
             if (in.words.size() != 3)
                 return fleetUsage();
             return fleetCertifyCommand(*in.fleet, in.words.at(2), in.value("days"), in.json);
         }},
        {QStringLiteral("fleet list"), 2, Delivered, nullptr,
         [](const Invocation &in) {
             if (in.words.size() != 2)
                 return fleetUsage();
             return fleetList(*in.fleet, in.value("filter"), in.value("sort"), in.json);
         }},
        {QStringLiteral("fleet apply"), 3, Delivered, nullptr,
         [](const Invocation &in) {
             if (in.words.size() != 3)
                 return fleetUsage();
             FleetApplyRequest apply;
             apply.templateFile = in.words.at(2);
             apply.group = in.value("group");
             apply.vehicles = in.value("vehicles");
             bool ok = false;
             apply.waitSeconds = in.value("wait").toInt(&ok);
             if (!ok || apply.waitSeconds < 0 || apply.waitSeconds > 3600)
                 return fail(ExitBadInput, QStringLiteral("--wait: '%1' is not a number of "
                                                          "seconds from 0 to 3600")
                                               .arg(in.value("wait")));
             apply.json = in.json;
             apply.csv = in.isSet("csv");
             return fleetApplyCommand(*in.fleet, apply);
         }},
        {QStringLiteral("support-bundle"), 2, Delivered, nullptr,
         [](const Invocation &in) {
             if (in.words.size() != 2)
                 return fail(ExitBadInput, QStringLiteral("usage: idlefleetctl support-bundle "
                                                          "VEHICLE --output FILE"));
             return supportBundleCommand(*in.fleet, in.words.at(1), in.value("output"));
         }},
        {QStringLiteral("export-my-data"), 1, Delivered, nullptr,
         [](const Invocation &in) {
             return exportMyDataCommand(*in.fleet, in.value("output"));
         }},
        // Deleting the account first delivers nothing: its changes would be deleted with it.
        {QStringLiteral("delete-account"), 1, Session, nullptr,
         [](const Invocation &in) {
             return deleteAccountCommand(*in.fleet, in.stored->email);
         }},
        {QStringLiteral("statement"), 2, Delivered, nullptr,
         [](const Invocation &in) {
             if (in.words.size() != 2)
                 return fail(ExitBadInput,
                             QStringLiteral("usage: idlefleetctl statement VEHICLE --month "
                                            "YYYY-MM --format pdf|csv --output FILE "
                                            "[--language CODE]"));
             return statementCommand(*in.fleet,
                                     {in.words.at(1), in.value("month"), in.value("format"),
                                      in.value("output"), in.value("language"), in.stored->email});
         }},
        {QStringLiteral("payouts"), 2, Delivered, nullptr,
         [](const Invocation &in) {
             return payoutsCommand(*in.fleet, in.words.value(1), in.json);
         }},
        {QStringLiteral("help"), AnyWords, Offline, nullptr, helpCommand},
        {QStringLiteral("completions"), 2, Offline, nullptr, completionsCommand},
    };
    return handlers;
}

QStringList handlerGaps()
{
    QStringList gaps;
    for (const CommandInfo &command : commandTable()) {
        if (!handlerNamed(command.name))
            gaps.append(QStringLiteral("'%1' has no handler").arg(command.name));
    }
    for (const CommandHandler &handler : commandHandlers()) {
        const QString prefix = handler.name + QLatin1Char(' ');
        const bool named = std::any_of(
            commandTable().cbegin(), commandTable().cend(), [&](const CommandInfo &command) {
                return command.name == handler.name || command.name.startsWith(prefix);
            });
        if (!named || !handler.run)
            gaps.append(QStringLiteral("the handler '%1' runs no command").arg(handler.name));
    }
    return gaps;
}

int runCommand(const QCommandLineParser &parser, const QList<QCommandLineOption> &options)
{
    // A command added to the table without a handler must not ship quietly.
    const QStringList gaps = handlerGaps();
    if (!gaps.isEmpty())
        return fail(ExitFailed,
                    QStringLiteral("internal error: %1").arg(gaps.join(QStringLiteral("; "))));

    Invocation in(parser, options);
    if (parser.isSet(QStringLiteral("help")))
        return helpCommand(in);
    if (in.words.isEmpty())
        return fail(ExitBadInput,
                    QStringLiteral("no command given (idlefleetctl help lists them)"));
    const int allowed = wordsAllowed(in.words.first());
    if (in.words.size() > allowed)
        return fail(ExitBadInput,
                    QStringLiteral("unexpected argument '%1'").arg(in.words.at(allowed)));
    const CommandHandler *handler = handlerFor(in.words);
    if (!handler)
        return fail(ExitBadInput, QStringLiteral("unknown command '%1' (this version has: %2)")
                                      .arg(in.words.first(), commandNames()));
    if (handler->check) {
        if (const int status = handler->check(in))
            return status;
    }
    if (handler->needs == CommandHandler::Offline)
        return handler->run(in);

    // The server: from the command line, else the one remembered at login.
    StoredSession stored;
    const bool haveStored = loadSession(&stored);
    QUrl url = stored.server;
    QString serverPin = stored.pin;
    if (in.isSet("server") || in.isSet("pin")) {
        url = QUrl(in.value("server"), QUrl::StrictMode);
        serverPin = in.value("pin");
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return fail(
                ExitBadInput,
                QStringLiteral("--server: '%1' is not an https:// URL").arg(in.value("server")));
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
    in.server = url;
    in.pin = serverPin;
    in.fleet = &fleet;
    if (handler->needs == CommandHandler::Server)
        return handler->run(in);
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
        saveSession(stored, &ignored);
    });
    in.stored = &stored;
    // Changes queued earlier go first.
    if (handler->needs == CommandHandler::SessionAfterOutbox)
        flushOutbox(fleet);
    return handler->run(in);
}

} // namespace idlefleet::ctl
