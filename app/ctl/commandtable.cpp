#include "commandtable.h"

#include <QHash>
#include <algorithm>

namespace idlefleet::ctl {
namespace {

QString optionLine(const QCommandLineOption &option, const QString &description = {})
{
    QString names;
    for (const QString &name : option.names())
        names += (names.isEmpty() ? QString() : QStringLiteral(", ")) +
                 (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    if (!option.valueName().isEmpty())
        names += QLatin1Char(' ') + option.valueName();
    return QStringLiteral("  %1  %2\n")
        .arg(names, -28)
        .arg(description.isEmpty() ? option.description() : description);
}

/// What an option means to one command, where its general description covers several commands
/// (empty: the general one).
QString meaningFor(const QString &command, const QString &option)
{
    static const QHash<QString, QString> specific{
        {QStringLiteral("plan --days"), QStringLiteral("Days to forecast, 1 to 31 (default 7).")},
        {QStringLiteral("fleet certify --days"),
         QStringLiteral("Days the certificate lasts, 1 to 90.")},
        {QStringLiteral("grant-support --hours"),
         QStringLiteral("How long the grant lasts, 1 to 720 hours.")},
    };
    return specific.value(command + QStringLiteral(" --") + option);
}

const QCommandLineOption *optionNamed(const QList<QCommandLineOption> &options, const QString &name)
{
    for (const QCommandLineOption &option : options) {
        if (option.names().contains(name))
            return &option;
    }
    return nullptr;
}

} // namespace

const std::vector<CommandInfo> &commandTable()
{
    static const std::vector<CommandInfo> table = {
        {QStringLiteral("windows"),
         {},
         QStringLiteral("the participation windows a policy opens (offline)"),
         {QStringLiteral("policy"), QStringLiteral("from"), QStringLiteral("to")}},
        {QStringLiteral("eligible"),
         {},
         QStringLiteral("whether a car in a given state may contribute at an instant (offline)"),
         {QStringLiteral("policy"), QStringLiteral("state"), QStringLiteral("at")}},
        {QStringLiteral("plan"),
         {},
         QStringLiteral("the forecast of a policy over the coming days (offline)"),
         {QStringLiteral("policy"), QStringLiteral("profile"), QStringLiteral("market"),
          QStringLiteral("from"), QStringLiteral("days")}},
        {QStringLiteral("login"),
         QStringLiteral("EMAIL"),
         QStringLiteral("signs in (password from IDLEFLEET_PASSWORD, else asked)"),
         {}},
        {QStringLiteral("logout"), {}, QStringLiteral("signs out and forgets the session"), {}},
        {QStringLiteral("vehicles"),
         {},
         QStringLiteral("the cars the signed-in person may see"),
         {}},
        {QStringLiteral("status"),
         QStringLiteral("VEHICLE"),
         QStringLiteral("live status with the reasons the car does or does not contribute"),
         {}},
        {QStringLiteral("policy get"),
         QStringLiteral("VEHICLE"),
         QStringLiteral("the car's confirmed policy"),
         {}},
        {QStringLiteral("policy set"),
         QStringLiteral("VEHICLE FILE"),
         QStringLiteral("a signed change of the policy; waits for the car's answer"),
         {QStringLiteral("no-wait")}},
        {QStringLiteral("pause"),
         QStringLiteral("VEHICLE"),
         QStringLiteral("stops contributing until resumed (a signed change)"),
         {QStringLiteral("no-wait")}},
        {QStringLiteral("resume"),
         QStringLiteral("VEHICLE"),
         QStringLiteral("ends a pause or a snooze (a signed change)"),
         {QStringLiteral("no-wait")}},
        {QStringLiteral("snooze"),
         QStringLiteral("VEHICLE"),
         QStringLiteral("pauses until an instant (a signed change)"),
         {QStringLiteral("until"), QStringLiteral("no-wait")}},
        {QStringLiteral("earnings"),
         QStringLiteral("VEHICLE"),
         QStringLiteral("compute, energy, cost, gross and net per period, with totals"),
         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("by"),
          QStringLiteral("csv")}},
        {QStringLiteral("events"),
         QStringLiteral("VEHICLE"),
         QStringLiteral("the diagnostics timeline"),
         {QStringLiteral("from"), QStringLiteral("to")}},
        {QStringLiteral("keys list"),
         QStringLiteral("[VEHICLE]"),
         QStringLiteral("the keys paired with the cars, with their last use"),
         {}},
        {QStringLiteral("keys revoke"),
         QStringLiteral("KEY"),
         QStringLiteral("revokes a paired key (a lost laptop)"),
         {}},
        {QStringLiteral("pair"),
         QStringLiteral("VEHICLE"),
         QStringLiteral("adds this home's key to the car: without --code the car shows a code, "
                        "with it the pairing is confirmed"),
         {QStringLiteral("code"), QStringLiteral("label")}},
        {QStringLiteral("sim screen"),
         QStringLiteral("VEHICLE"),
         QStringLiteral("simulated worlds only: what the car's screen shows"),
         {}},
        {QStringLiteral("grant-support"),
         QStringLiteral("VEHICLE"),
         QStringLiteral("lets a support engineer read the car's diagnostics for some hours"),
         {QStringLiteral("grantee"), QStringLiteral("hours")}},
        {QStringLiteral("revoke-support"),
         QStringLiteral("GRANT"),
         QStringLiteral("ends a support grant"),
         {}},
        {QStringLiteral("grants"),
         {},
         QStringLiteral("support grants issued (owners, managers) or held (support)"),
         {}},
        {QStringLiteral("audit"),
         QStringLiteral("VEHICLE"),
         QStringLiteral("every use of a support grant on the car, newest first"),
         {}},
        {QStringLiteral("outbox"),
         {},
         QStringLiteral("every change this home queued and what the car answered"),
         {}},
        {QStringLiteral("fleet key create"),
         {},
         QStringLiteral("the organisation administrator's fleet key, kept in this home; prints "
                        "its public half"),
         {}},
        {QStringLiteral("fleet key import"),
         QStringLiteral("FILE"),
         QStringLiteral("keeps a fleet key made elsewhere (a private key PEM) in this home"),
         {}},
        {QStringLiteral("fleet requests"),
         {},
         QStringLiteral("managers' keys waiting for the administrator's certificate"),
         {}},
        {QStringLiteral("fleet certify"),
         QStringLiteral("KEY_ID"),
         QStringLiteral("certifies a waiting manager's key with this home's fleet key"),
         {QStringLiteral("days")}},
        {QStringLiteral("fleet list"),
         {},
         QStringLiteral("all the organisation's cars (every page)"),
         {QStringLiteral("filter"), QStringLiteral("sort")}},
        {QStringLiteral("fleet apply"),
         QStringLiteral("TEMPLATE.json"),
         QStringLiteral("one policy for a group or a list of cars, with each car's result"),
         {QStringLiteral("group"), QStringLiteral("vehicles"), QStringLiteral("wait"),
          QStringLiteral("csv")}},
        {QStringLiteral("support-bundle"),
         QStringLiteral("VEHICLE"),
         QStringLiteral("the redacted diagnostics bundle"),
         {QStringLiteral("output")}},
        {QStringLiteral("export-my-data"),
         {},
         QStringLiteral("everything the backend keeps about the signed-in person"),
         {QStringLiteral("output")}},
        {QStringLiteral("delete-account"),
         {},
         QStringLiteral("deletes the signed-in person's account and their cars' data"),
         {}},
        {QStringLiteral("statement"),
         QStringLiteral("VEHICLE"),
         QStringLiteral("the monthly statement, the document the app exports"),
         {QStringLiteral("month"), QStringLiteral("format"), QStringLiteral("output"),
          QStringLiteral("language")}},
        {QStringLiteral("payouts"),
         QStringLiteral("[VEHICLE]"),
         QStringLiteral("each month's payout: amount, state, carried over"),
         {}},
        {QStringLiteral("help"),
         QStringLiteral("[COMMAND]"),
         QStringLiteral("every command, or one command and its options"),
         {}},
        {QStringLiteral("completions"),
         QStringLiteral("bash|zsh"),
         QStringLiteral("the completion script of idlefleetctl for bash or zsh"),
         {}},
    };
    return table;
}

const CommandInfo *findCommand(const QStringList &words)
{
    const CommandInfo *best = nullptr;
    qsizetype bestWords = 0;
    for (const CommandInfo &command : commandTable()) {
        const QStringList name = command.name.split(QLatin1Char(' '));
        if (name.size() <= words.size() && name.size() > bestWords &&
            std::equal(name.cbegin(), name.cend(), words.cbegin())) {
            best = &command;
            bestWords = name.size();
        }
    }
    return best;
}

QString commandNames()
{
    QStringList names;
    for (const CommandInfo &command : commandTable())
        names.append(command.name);
    return names.join(QStringLiteral(", "));
}

QString overallHelp(const QList<QCommandLineOption> &options)
{
    QString out = QStringLiteral(
        "Usage: idlefleetctl [--server URL --pin PIN] [--json] COMMAND [ARGUMENTS] [OPTIONS]\n"
        "The Idlefleet command line: a car's participation, its figures and its keys.\n\n"
        "Commands:\n");
    for (const CommandInfo &command : commandTable()) {
        const QString synopsis =
            QString(command.name + QLatin1Char(' ') + command.arguments).trimmed();
        out += QStringLiteral("  %1  %2\n").arg(synopsis, -30).arg(command.summary);
    }
    out += QStringLiteral("\nOptions of every command:\n");
    for (const QString &name : GlobalOptions) {
        if (const QCommandLineOption *option = optionNamed(options, name))
            out += optionLine(*option);
    }
    if (const QCommandLineOption *version = optionNamed(options, QStringLiteral("version")))
        out += optionLine(*version);
    out += QStringLiteral("\n\"idlefleetctl help COMMAND\" or \"idlefleetctl COMMAND --help\" "
                          "shows a command's own options.\n"
                          "Exit status: 0 done, 1 failed, 2 bad input, 3 not signed in or not "
                          "allowed.\n");
    return out;
}

QString commandHelp(const CommandInfo &command, const QList<QCommandLineOption> &options)
{
    QString out =
        QStringLiteral("Usage: idlefleetctl %1%2 [OPTIONS]\n%3.\n")
            .arg(command.name,
                 command.arguments.isEmpty() ? QString() : QLatin1Char(' ') + command.arguments,
                 command.summary.left(1).toUpper() + command.summary.mid(1));
    if (!command.options.isEmpty()) {
        out += QStringLiteral("\nOptions:\n");
        for (const QString &name : command.options) {
            if (const QCommandLineOption *option = optionNamed(options, name))
                out += optionLine(*option, meaningFor(command.name, name));
        }
    }
    out += QStringLiteral("\nOptions of every command:\n");
    for (const QString &name : GlobalOptions) {
        if (const QCommandLineOption *option = optionNamed(options, name))
            out += optionLine(*option);
    }
    return out;
}

QString bashCompletion()
{
    // First words, the words after each, and each command's options.
    QStringList first;
    QString cases;
    for (const CommandInfo &command : commandTable()) {
        const QStringList words = command.name.split(QLatin1Char(' '));
        if (!first.contains(words.first()))
            first.append(words.first());
    }
    for (const QString &word : std::as_const(first)) {
        QStringList next;
        QStringList optionNames;
        for (const CommandInfo &command : commandTable()) {
            const QStringList words = command.name.split(QLatin1Char(' '));
            if (words.first() != word)
                continue;
            if (words.size() > 1 && !next.contains(words.mid(1).join(QLatin1Char(' '))))
                next.append(words.at(1));
            for (const QString &name : command.options)
                if (!optionNames.contains(QStringLiteral("--") + name))
                    optionNames.append(QStringLiteral("--") + name);
        }
        next.removeDuplicates();
        for (const QString &name : GlobalOptions)
            optionNames.append(QStringLiteral("--") + name);
        cases += QStringLiteral("        %1) words=\"%2 %3\" ;;\n")
                     .arg(word, next.join(QLatin1Char(' ')), optionNames.join(QLatin1Char(' ')));
    }
    return QStringLiteral(
               "# bash completion for idlefleetctl, generated from its command table\n"
               "_idlefleetctl() {\n"
               "    local current=${COMP_WORDS[COMP_CWORD]} first=\"\" i\n"
               "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
               "        case ${COMP_WORDS[i]} in -*) ;; *) first=${COMP_WORDS[i]}; break ;; esac\n"
               "    done\n"
               "    local words\n"
               "    case $first in\n"
               "        \"\") words=\"%1 --server --pin --json --help --version\" ;;\n"
               "%2"
               "        *) words=\"\" ;;\n"
               "    esac\n"
               "    COMPREPLY=($(compgen -W \"$words\" -- \"$current\"))\n"
               "}\n"
               "complete -o default -F _idlefleetctl idlefleetctl\n")
        .arg(first.join(QLatin1Char(' ')), cases);
}

namespace {

/// `text` as one single-quoted shell word.
QString shellWord(const QString &text)
{
    QString word = text;
    word.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + word + QLatin1Char('\'');
}

/// The first word of every command, in the table's order.
QStringList firstWords()
{
    QStringList words;
    for (const CommandInfo &command : commandTable()) {
        const QString word = command.name.section(QLatin1Char(' '), 0, 0);
        if (!words.contains(word))
            words.append(word);
    }
    return words;
}

/// What zsh offers for a value written `name` in a synopsis: files for FILE and *.json, the
/// choices of "bash|zsh", the commands for COMMAND, else nothing (it shows the name).
QString zshAction(const QString &name)
{
    if (name.contains(QLatin1Char('|')))
        return QLatin1Char('(') + name.split(QLatin1Char('|')).join(QLatin1Char(' ')) +
               QLatin1Char(')');
    if (name == QLatin1String("FILE") || name.endsWith(QLatin1String(".json")))
        return QStringLiteral("_files");
    if (name == QLatin1String("COMMAND"))
        return QLatin1Char('(') + firstWords().join(QLatin1Char(' ')) + QLatin1Char(')');
    return QStringLiteral(" ");
}

/// `name` as typed: -h, --help.
QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

/// The _arguments specs of the option called `name`, one for each of its names (-h and --help
/// exclude each other), with its description and value when `options` has it.
QStringList zshOption(const QList<QCommandLineOption> &options, const QString &name)
{
    const QCommandLineOption *option = optionNamed(options, name);
    if (!option)
        return {shellWord(dashed(name))};
    QStringList names;
    for (const QString &each : option->names())
        names.append(dashed(each));
    const QString excluded =
        names.size() > 1
            ? QString(QLatin1Char('(') + names.join(QLatin1Char(' ')) + QLatin1Char(')'))
            : QString();
    const QString value = option->valueName();
    QString description = option->description();
    description.replace(QLatin1Char(']'), QStringLiteral("\\]"));
    QString rest = QLatin1Char('[') + description + QLatin1Char(']');
    if (!value.isEmpty())
        rest += QLatin1Char(':') + value + QLatin1Char(':') + zshAction(value);
    QStringList specs;
    for (const QString &each : std::as_const(names))
        specs.append(shellWord(excluded + each + rest));
    return specs;
}

/// One _arguments call, a spec per line, at `indent`.
QString zshArgumentsCall(const QString &flags, const QStringList &specs, const QString &indent)
{
    const QString separator = QStringLiteral(" \\\n") + indent + QStringLiteral("    ");
    return indent + QStringLiteral("_arguments ") + flags + separator + specs.join(separator) +
           QStringLiteral(" && ret=0\n");
}

/// The specs of the options every command takes (and --version, before any command).
QStringList zshGlobalSpecs(const QList<QCommandLineOption> &options, bool withVersion)
{
    QStringList specs;
    for (const QString &name : GlobalOptions)
        specs += zshOption(options, name);
    if (withVersion)
        specs += zshOption(options, QStringLiteral("version"));
    return specs;
}

/// Completes `command`'s own options, the global ones and its arguments.
QString zshCommandArguments(const CommandInfo &command, const QList<QCommandLineOption> &options,
                            const QString &indent)
{
    QStringList specs;
    for (const QString &name : command.options)
        specs += zshOption(options, name);
    specs += zshGlobalSpecs(options, false);
    int position = 0;
    for (const QString &argument : command.arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool optional =
            argument.startsWith(QLatin1Char('[')) && argument.endsWith(QLatin1Char(']'));
        const QString name = optional ? argument.mid(1, argument.size() - 2) : argument;
        specs.append(shellWord(QString::number(++position) +
                               (optional ? QStringLiteral("::") : QStringLiteral(":")) + name +
                               QLatin1Char(':') + zshAction(name)));
    }
    return zshArgumentsCall(QStringLiteral("-S"), specs, indent);
}

/// The zsh function that completes the words after `prefix` (none: the first word), followed
/// by the functions of the longer prefixes under it ("fleet", then "fleet key").
QString zshFunction(const QStringList &prefix, const QList<QCommandLineOption> &options)
{
    // The words that may follow `prefix`, in the table's order.
    QStringList next;
    for (const CommandInfo &command : commandTable()) {
        const QStringList words = command.name.split(QLatin1Char(' '));
        if (words.size() > prefix.size() && words.mid(0, prefix.size()) == prefix &&
            !next.contains(words.at(prefix.size())))
            next.append(words.at(prefix.size()));
    }
    QString function =
        QStringList(QStringList{QStringLiteral("_idlefleetctl")} + prefix).join(QLatin1Char('_'));
    function.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString context =
        QStringList(QStringList{QStringLiteral("idlefleetctl")} + prefix).join(QLatin1Char('-'));
    const QString title = QStringList(QStringList{QStringLiteral("idlefleetctl")} + prefix +
                                      QStringList{QStringLiteral("command")})
                              .join(QLatin1Char(' '));
    QString descriptions;
    QString cases;
    QString nested;
    for (const QString &word : std::as_const(next)) {
        const QStringList words = prefix + QStringList{word};
        const QString name = words.join(QLatin1Char(' '));
        const CommandInfo *command = nullptr;
        QStringList longer; // the words after `name` in longer names
        for (const CommandInfo &candidate : commandTable()) {
            if (candidate.name == name)
                command = &candidate;
            else if (candidate.name.startsWith(QString(name + QLatin1Char(' '))))
                longer.append(candidate.name.mid(name.size() + 1).section(QLatin1Char(' '), 0, 0));
        }
        longer.removeDuplicates();
        descriptions += QStringLiteral("                ");
        cases += QStringLiteral("                ") + word + QStringLiteral(")\n");
        if (!longer.isEmpty()) {
            const QString group = name + QLatin1Char(' ') + longer.join(QLatin1Char('|'));
            descriptions += shellWord(word + QLatin1Char(':') + group) + QLatin1Char('\n');
            cases += QStringLiteral("                    ") + function + QLatin1Char('_') +
                     QString(word).replace(QLatin1Char('-'), QLatin1Char('_')) +
                     QStringLiteral(" && ret=0\n");
            nested += zshFunction(words, options);
        } else {
            descriptions +=
                shellWord(word + QLatin1Char(':') + command->summary) + QLatin1Char('\n');
            cases += zshCommandArguments(*command, options, QStringLiteral("                    "));
        }
        cases += QStringLiteral("                    ;;\n");
    }
    QStringList specs = zshGlobalSpecs(options, prefix.isEmpty());
    specs.append(QStringLiteral("'1: :->command'"));
    specs.append(QStringLiteral("'*:: :->argument'"));
    return function +
           QStringLiteral("() {\n"
                          "    local curcontext=$curcontext state state_descr line ret=1\n"
                          "    typeset -A opt_args\n") +
           zshArgumentsCall(QStringLiteral("-C"), specs, QStringLiteral("    ")) +
           QStringLiteral("    case $state in\n"
                          "        command)\n"
                          "            local -a commands\n"
                          "            commands=(\n") +
           descriptions +
           QStringLiteral("            )\n"
                          "            _describe -t commands ") +
           shellWord(title) +
           QStringLiteral(" commands && ret=0\n"
                          "            ;;\n"
                          "        argument)\n"
                          "            curcontext=${curcontext%:*:*}:") +
           context +
           QStringLiteral("-$words[1]:\n"
                          "            case $words[1] in\n") +
           cases +
           QStringLiteral("            esac\n"
                          "            ;;\n"
                          "    esac\n"
                          "    return ret\n"
                          "}\n\n") +
           nested;
}

} // namespace

QString zshCompletion(const QList<QCommandLineOption> &options)
{
    return QStringLiteral("#compdef idlefleetctl\n"
                          "# zsh completion for idlefleetctl, generated from its command table\n"
                          "\n") +
           zshFunction({}, options) +
           QStringLiteral("if [ \"$funcstack[1]\" = \"_idlefleetctl\" ]; then\n"
                          "    _idlefleetctl \"$@\"\n"
                          "else\n"
                          "    compdef _idlefleetctl idlefleetctl\n"
                          "fi\n");
}

} // namespace idlefleet::ctl
