// idlefleetctl as a person learns it: `help` lists every command of spec/cli.md, each command
// has its own help with its own options, and what does not exist is named with exit status 2.
// None of this needs a server or a display.

#include "backendtestbase.h"

class TestCtlHelp : public QObject
{
    Q_OBJECT

private:
    Run ctl(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("IDLEFLEETCTL_HOME"), m_home.path());
        environment.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(IDLEFLEETCTL_PATH), arguments);
        return finish(process);
    }

    // Every command of ../shared/spec/cli.md's idlefleetctl table, as written there.
    const QStringList m_specCommands{QStringLiteral("windows"),
                                     QStringLiteral("eligible"),
                                     QStringLiteral("plan"),
                                     QStringLiteral("login EMAIL"),
                                     QStringLiteral("logout"),
                                     QStringLiteral("vehicles"),
                                     QStringLiteral("status VEHICLE"),
                                     QStringLiteral("policy get VEHICLE"),
                                     QStringLiteral("policy set VEHICLE FILE"),
                                     QStringLiteral("pause VEHICLE"),
                                     QStringLiteral("resume VEHICLE"),
                                     QStringLiteral("snooze VEHICLE"),
                                     QStringLiteral("earnings VEHICLE"),
                                     QStringLiteral("events VEHICLE"),
                                     QStringLiteral("keys list"),
                                     QStringLiteral("keys revoke KEY"),
                                     QStringLiteral("pair VEHICLE"),
                                     QStringLiteral("sim screen VEHICLE"),
                                     QStringLiteral("grant-support VEHICLE"),
                                     QStringLiteral("revoke-support GRANT"),
                                     QStringLiteral("grants"),
                                     QStringLiteral("audit VEHICLE"),
                                     QStringLiteral("outbox"),
                                     QStringLiteral("fleet key create"),
                                     QStringLiteral("fleet certify KEY_ID"),
                                     QStringLiteral("fleet list"),
                                     QStringLiteral("fleet apply TEMPLATE.json"),
                                     QStringLiteral("support-bundle VEHICLE"),
                                     QStringLiteral("export-my-data"),
                                     QStringLiteral("delete-account"),
                                     QStringLiteral("statement VEHICLE"),
                                     QStringLiteral("payouts"),
                                     QStringLiteral("help")};
    QTemporaryDir m_home;

private Q_SLOTS:
    void helpListsEveryCommand()
    {
        for (const QStringList &asked :
             {QStringList{QStringLiteral("help")}, QStringList{QStringLiteral("--help")}}) {
            const Run help = ctl(asked);
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.err.isEmpty());
            for (const QString &command : m_specCommands)
                QVERIFY2(help.out.contains(QByteArray("  ").append(command.toUtf8())),
                         qPrintable(command));
        }
    }

    void everyCommandHasItsOwnHelp()
    {
        for (const QString &command : m_specCommands) {
            if (command == QLatin1String("help"))
                continue; // help --help is help itself (above)
            // The command's words, without what follows them in the spec.
            QStringList words;
            for (const QString &word : command.split(QLatin1Char(' ')))
                if (word.at(0).isLower())
                    words.append(word);
            const Run asked = ctl(words + QStringList{QStringLiteral("--help")});
            QVERIFY2(asked.exitCode == 0,
                     qPrintable(command + QLatin1Char(' ') + QString::fromUtf8(asked.err)));
            QVERIFY2(asked.out.startsWith(QByteArray("Usage: idlefleetctl ")
                                              .append(words.join(QLatin1Char(' ')).toUtf8())),
                     asked.out.constData());
            const Run viaHelp = ctl(QStringList{QStringLiteral("help")} + words);
            QCOMPARE(viaHelp.exitCode, 0);
            QCOMPARE(viaHelp.out, asked.out);
        }
        // A command's own options are in its help, others' are not.
        const Run statement = ctl({QStringLiteral("help"), QStringLiteral("statement")});
        QVERIFY(statement.out.contains("--month MONTH"));
        QVERIFY(!statement.out.contains("--grantee"));
        const Run grant = ctl({QStringLiteral("grant-support"), QStringLiteral("--help")});
        QVERIFY(grant.out.contains("--grantee EMAIL"));
    }

    void whatDoesNotExistIsNamed()
    {
        const Run nosuch = ctl({QStringLiteral("help"), QStringLiteral("nosuch")});
        QCOMPARE(nosuch.exitCode, 2);
        QVERIFY(nosuch.out.isEmpty());
        QVERIFY2(nosuch.err.contains("no command 'nosuch'") && nosuch.err.contains("outbox"),
                 nosuch.err.constData());
        const Run unknown = ctl({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("outbox") && unknown.err.contains("fleet certify"),
                 unknown.err.constData());
        const Run none = ctl({});
        QCOMPARE(none.exitCode, 2);
    }

    void aKeyIdThatStartsWithADashIsNamedWithTheWayOut()
    {
        // One key id in 64 starts with '-' (16 characters of base64url), and reads as options.
        const QString keyId = QStringLiteral("-4Rj_x9Qk2LmZpTa");
        const Run revoke = ctl({QStringLiteral("keys"), QStringLiteral("revoke"), keyId});
        QCOMPARE(revoke.exitCode, 2);
        QVERIFY2(revoke.err.contains("looks like a key id") &&
                     revoke.err.contains(QByteArray(QByteArray("-- ") + keyId.toUtf8())),
                 revoke.err.constData());
        // After "--" it is the key id: the command goes on (and needs a session here).
        const Run after =
            ctl({QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("--"), keyId});
        QVERIFY2(!after.err.contains("Unknown option"), after.err.constData());
        QVERIFY2(after.err.contains("not signed in"), after.err.constData());
        // A mistyped option is not taken for a key id.
        const Run typo = ctl({QStringLiteral("vehicles"), QStringLiteral("--jsn")});
        QCOMPARE(typo.exitCode, 2);
        QVERIFY2(!typo.err.contains("key id"), typo.err.constData());
    }

    void theBashCompletionComesFromTheSameTable()
    {
        const Run script = ctl({QStringLiteral("completions"), QStringLiteral("bash")});
        QCOMPARE(script.exitCode, 0);
        QVERIFY(script.out.contains("complete -o default -F _idlefleetctl idlefleetctl"));
        QVERIFY(script.out.contains("outbox"));
        QVERIFY(script.out.contains("fleet) words=\"key requests certify list apply"));
        // bash itself accepts it.
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-n")});
        bash.write(script.out);
        bash.closeWriteChannel();
        QVERIFY(bash.waitForFinished(10000));
        QCOMPARE(bash.exitCode(), 0);
    }

    void theZshCompletionComesFromTheSameTable()
    {
        const Run script = ctl({QStringLiteral("completions"), QStringLiteral("zsh")});
        QCOMPARE(script.exitCode, 0);
        QVERIFY(script.out.startsWith("#compdef idlefleetctl\n"));
        // Every command's first word, with its summary, and the second words of fleet.
        for (const QByteArray &word : {QByteArray("outbox"), QByteArray("grant-support"),
                                       QByteArray("statement"), QByteArray("completions")})
            QVERIFY2(script.out.contains(QByteArray("'").append(word).append(":")),
                     word.constData());
        QVERIFY(script.out.contains("certify:"));
        QVERIFY(script.out.contains("--grantee["));
        // zsh itself accepts it.
        QProcess zsh;
        zsh.start(QStringLiteral("zsh"), {QStringLiteral("-n")});
        QVERIFY2(zsh.waitForStarted(10000), "zsh is missing (scripts/setup installs it)");
        zsh.write(script.out);
        zsh.closeWriteChannel();
        QVERIFY(zsh.waitForFinished(10000));
        QCOMPARE(zsh.exitCode(), 0);

        const Run fish = ctl({QStringLiteral("completions"), QStringLiteral("fish")});
        QCOMPARE(fish.exitCode, 2);
        QVERIFY2(fish.err.contains("bash, zsh"), fish.err.constData());
        QVERIFY(fish.out.isEmpty());
    }

    void anOptionMeansOneThingToEachCommand()
    {
        const Run plan = ctl({QStringLiteral("help"), QStringLiteral("plan")});
        QVERIFY2(plan.out.contains("--days N                      Days to forecast, 1 to 31"),
                 plan.out.constData());
        QVERIFY(!plan.out.contains("certificate"));
        const Run certify =
            ctl({QStringLiteral("fleet"), QStringLiteral("certify"), QStringLiteral("--help")});
        QCOMPARE(certify.exitCode, 0);
        QVERIFY2(certify.out.contains("Days the certificate lasts, 1 to 90"),
                 certify.out.constData());
        QVERIFY(!certify.out.contains("forecast"));
        const Run windows = ctl({QStringLiteral("help"), QStringLiteral("windows")});
        QVERIFY(windows.out.contains("--to INSTANT                  End (RFC 3339).\n"));
        QVERIFY(!windows.out.contains("grantee"));
    }
};

QTEST_GUILESS_MAIN(TestCtlHelp)
#include "test_ctl_help.moc"
