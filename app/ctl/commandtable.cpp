#include "commandtable.h"

#include <algorithm>

namespace idlefleet::ctl {
namespace {

QString optionLine(const QCommandLineOption &option)
{
    QString names;
    for (const QString &name : option.names())
        names += (names.isEmpty() ? QString() : QStringLiteral(", ")) +
                 (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    if (!option.valueName().isEmpty())
        names += QLatin1Char(' ') + option.valueName();
    return QStringLiteral("  %1  %2\n").arg(names, -28).arg(option.description());
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
                out += optionLine(*option);
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

} // namespace idlefleet::ctl
