#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace idlefleet::ctl {

/// One idlefleetctl command as a person learns it: the words that name it, what follows them,
/// one line on what it does, and the options it reads. The same table gives `help`,
/// `help COMMAND`, `COMMAND --help`, the unknown-command message and the shell completions.
struct CommandInfo
{
    QString name;        ///< its words: "policy set"
    QString arguments;   ///< what follows: "VEHICLE FILE"
    QString summary;     ///< one line
    QStringList options; ///< names of the options it reads, without dashes
};

/// Every command, in the order `help` lists them (spec/cli.md's).
const std::vector<CommandInfo> &commandTable();
/// The command named by the first words of `words` (the longest name that fits), or null.
const CommandInfo *findCommand(const QStringList &words);
/// Every command's name, comma-separated (for the unknown-command message).
QString commandNames();

/// `idlefleetctl help`: usage, every command with its summary, the global options.
QString overallHelp(const QList<QCommandLineOption> &options);
/// `idlefleetctl help COMMAND` and `COMMAND --help`: its synopsis, summary and options.
QString commandHelp(const CommandInfo &command, const QList<QCommandLineOption> &options);
/// A bash completion script for idlefleetctl, from the same table.
QString bashCompletion();
/// A zsh completion script for idlefleetctl (`#compdef`), from the same table: the commands with
/// their summaries, the words of multi-word commands, each command's options and the global
/// ones, with their descriptions and values when `options` holds them.
QString zshCompletion(const QList<QCommandLineOption> &options = {});

/// The options every command takes.
inline const QStringList GlobalOptions{QStringLiteral("server"), QStringLiteral("pin"),
                                       QStringLiteral("json"), QStringLiteral("help")};

} // namespace idlefleet::ctl
