#pragma once

#include "ctlsession.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <vector>

class QCommandLineParser;

namespace idlefleet::client {
class FleetClient;
}

namespace idlefleet::ctl {

/// What a command runs with: the parsed command line and, for a command that talks to the
/// backend, the client pointed at the server and the session this home remembers.
struct Invocation
{
    /// The command line `commandLine` parsed, with its words and --json.
    Invocation(const QCommandLineParser &commandLine, const QList<QCommandLineOption> &all);

    const QCommandLineParser &parser;
    const QList<QCommandLineOption> &options; ///< every option idlefleetctl takes (for help)
    QStringList words;                        ///< the positional arguments, the command's first
    bool json = false;                        ///< --json
    QUrl server;                              ///< the backend, once the command needs it
    QString pin;                              ///< its pin, likewise
    client::FleetClient *fleet = nullptr;     ///< the client, once the command needs the backend
    StoredSession *stored = nullptr;          ///< the session, once the command needs one

    /// The value of the option called `name` (its default, or empty, when not given).
    QString value(const char *name) const;
    bool isSet(const char *name) const;
};

/// How one command of the table runs: what it needs first, the checks of its words that come
/// before any network, and the code that runs it.
struct CommandHandler
{
    enum Needs
    {
        Offline,           ///< this home only, no server
        Server,            ///< the server, before anyone is signed in (login)
        Session,           ///< the signed-in session; changes queued earlier stay queued
        SessionAfterOutbox ///< the signed-in session, once changes queued earlier are delivered
    };
    QString name; ///< CommandInfo::name, or the first words of several names ("fleet")
    int words;    ///< the most positional words a command of these first words takes
    Needs needs;
    /// Checks made before the server is looked at: 0, or the exit status after saying why.
    std::function<int(const Invocation &)> check;
    std::function<int(const Invocation &)> run;
};

/// A handler for every command of commandTable(), and for the first words of multi-word
/// commands (which answer their misuse: `fleet`, `policy nosuch`).
const std::vector<CommandHandler> &commandHandlers();
/// What does not fit between commandTable() and commandHandlers(): a command without a
/// handler, a handler for no command or without code. Empty when they agree.
QStringList handlerGaps();
/// Runs the command `parser` holds (its options already parsed) and returns its exit status.
int runCommand(const QCommandLineParser &parser, const QList<QCommandLineOption> &options);

} // namespace idlefleet::ctl
