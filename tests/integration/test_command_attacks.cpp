// Signed commands from the attacker's side, against a real idlefleetd: altered copies of an
// answered command, an empty signature, a replay after revocation, a forged first copy under the
// genuine command's idempotency key, and a crash between applying a change and keeping its
// answer (ARCHITECTURE.md, security model: checks before answers, one transaction per command).

#include "backendtestbase.h"

class TestCommandAttacks : public BackendTestBase
{
    Q_OBJECT

private:
    /// Pairs a new key with `car` through the code on its screen.
    VehicleKeyPair pairedKey(FleetClient &owner, const QString &car)
    {
        const VehicleKeyPair key = VehicleKeyPair::generate();
        auto pairing =
            FINISHED_JOB(owner.startPairing(car, key.publicKeyDer(), QStringLiteral("T")));
        if (pairing->error() != FleetJob::NoError)
            return {};
        auto screen = FINISHED_JOB(owner.carScreen(car));
        auto confirmed = FINISHED_JOB(
            owner.confirmPairing(car, key.publicKeyDer(), screen->result().pairingCode));
        if (confirmed->error() != FleetJob::NoError)
            return {};
        return key;
    }

    client::CommandAction raiseTemperatureLimit(FleetClient &owner, const QString &car, int limit)
    {
        auto current = FINISHED_JOB(owner.fetchPolicy(car));
        client::CommandAction action;
        action.baseVersion = current->result().version;
        v1::Policy policy = current->result().policy;
        policy.set_max_chip_temp_c(limit);
        action.policy = policy;
        return action;
    }

    /// What the backend answered: "applied", the refusal's code, or the HTTP failure.
    QString outcomeOf(FleetClient &owner, const QString &car, const QByteArray &command,
                      const QByteArray &signature)
    {
        auto job = FINISHED_JOB(owner.sendCommand(car, command, signature));
        if (job->error() != FleetJob::NoError)
            return QStringLiteral("http %1").arg(job->httpStatus());
        switch (job->result().outcome) {
        case CommandOutcome::Applied:
            return QStringLiteral("applied");
        case CommandOutcome::Conflict:
            return QStringLiteral("conflict");
        default:
            return job->result().code;
        }
    }

    qint64 policyVersion(FleetClient &owner, const QString &car)
    {
        auto job = FINISHED_JOB(owner.fetchPolicy(car));
        return job->result().version;
    }

private Q_SLOTS:
    void initTestCase() { startWorld(); }

    void noAlteredCopyOfAnAnsweredCommandIsApplied()
    {
        FleetClient owner;
        signIn(owner);
        const QString car = QStringLiteral("veh-alex-2");
        const VehicleKeyPair key = pairedKey(owner, car);
        QVERIFY(key.isValid());
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(600);
        const auto genuine = client::signCommand(key, car, 10, soon, QStringLiteral("bits-1"),
                                                 raiseTemperatureLimit(owner, car, 71));
        QCOMPARE(outcomeOf(owner, car, genuine.command, genuine.signature),
                 QStringLiteral("applied"));
        const qint64 version = policyVersion(owner, car);

        // Every bit of the signed command and of its signature, flipped one at a time: none is
        // answered "applied", whatever the idempotency key then reads.
        QStringList applied;
        for (int bit = 0; bit < genuine.command.size() * 8; ++bit) {
            QByteArray altered = genuine.command;
            altered[bit / 8] = char(altered[bit / 8] ^ (1 << (bit % 8)));
            if (outcomeOf(owner, car, altered, genuine.signature) == QLatin1String("applied"))
                applied.append(QStringLiteral("command bit %1").arg(bit));
        }
        for (int bit = 0; bit < genuine.signature.size() * 8; bit += 3) {
            QByteArray altered = genuine.signature;
            altered[bit / 8] = char(altered[bit / 8] ^ (1 << (bit % 8)));
            if (outcomeOf(owner, car, genuine.command, altered) == QLatin1String("applied"))
                applied.append(QStringLiteral("signature bit %1").arg(bit));
        }
        QVERIFY2(applied.isEmpty(), qPrintable(applied.join(QStringLiteral(", "))));
        // An empty signature, a truncated one.
        QCOMPARE(outcomeOf(owner, car, genuine.command, {}), QStringLiteral("bad_signature"));
        QCOMPARE(outcomeOf(owner, car, genuine.command, genuine.signature.left(20)),
                 QStringLiteral("bad_signature"));
        // The genuine retry still gets its answer; nothing was applied twice.
        QCOMPARE(outcomeOf(owner, car, genuine.command, genuine.signature),
                 QStringLiteral("applied"));
        QCOMPARE(policyVersion(owner, car), version);
    }

    void aReplayAfterRevocationIsRefused()
    {
        FleetClient owner;
        signIn(owner);
        const QString car = QStringLiteral("veh-alex-2");
        const VehicleKeyPair key = pairedKey(owner, car);
        QVERIFY(key.isValid());
        const auto genuine =
            client::signCommand(key, car, 5, QDateTime::currentDateTimeUtc().addSecs(600),
                                QStringLiteral("revoke-1"), raiseTemperatureLimit(owner, car, 73));
        QCOMPARE(outcomeOf(owner, car, genuine.command, genuine.signature),
                 QStringLiteral("applied"));
        AWAIT_JOB(revoked, owner.revokeKey(car, keyIdOf(key.publicKeyDer())));
        QCOMPARE(revoked->error(), FleetJob::NoError);
        // The very bytes that were applied: after the revocation they are refused, not answered.
        QCOMPARE(outcomeOf(owner, car, genuine.command, genuine.signature),
                 QStringLiteral("revoked_key"));
    }

    void aForgedFirstCopyDoesNotBlockTheGenuineCommand()
    {
        FleetClient owner;
        signIn(owner);
        const QString car = QStringLiteral("veh-alex-2");
        const VehicleKeyPair key = pairedKey(owner, car);
        QVERIFY(key.isValid());
        const auto genuine =
            client::signCommand(key, car, 7, QDateTime::currentDateTimeUtc().addSecs(600),
                                QStringLiteral("race-1"), raiseTemperatureLimit(owner, car, 74));
        // Someone who saw the command on its way sends altered copies first: another car's id
        // signed by a stranger, and the genuine bytes with a stranger's signature.
        const auto stranger = client::signCommand(
            VehicleKeyPair::generate(), car, 7, QDateTime::currentDateTimeUtc().addSecs(600),
            QStringLiteral("race-1"), raiseTemperatureLimit(owner, car, 99));
        QCOMPARE(outcomeOf(owner, car, stranger.command, stranger.signature),
                 QStringLiteral("unknown_key"));
        QCOMPARE(outcomeOf(owner, car, genuine.command, stranger.signature),
                 QStringLiteral("bad_signature"));
        // The genuine command is applied all the same.
        QCOMPARE(outcomeOf(owner, car, genuine.command, genuine.signature),
                 QStringLiteral("applied"));
        AWAIT_JOB(policy, owner.fetchPolicy(car));
        QCOMPARE(policy->result().policy.max_chip_temp_c(), 74);
    }

    void commandsSentTogetherForOneCarApplyOnce()
    {
        // Two devices of the owner's, on two connections, send changes at once from the same
        // version: the car takes one at a time, so one applies and the other is refused (told of
        // the conflict, or of a counter used up), never both applied as the same version.
        FleetClient first;
        FleetClient second;
        signIn(first);
        signIn(second);
        const QString car = QStringLiteral("veh-alex-2");
        const VehicleKeyPair key = pairedKey(first, car);
        QVERIFY(key.isValid());
        const qint64 version = policyVersion(first, car);
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(600);
        for (int round = 0; round < 5; ++round) {
            const int counter = 100 + 2 * round;
            const auto a = client::signCommand(key, car, counter, soon,
                                               QStringLiteral("together-a-%1").arg(round),
                                               raiseTemperatureLimit(first, car, 60 + round));
            const auto b = client::signCommand(key, car, counter + 1, soon,
                                               QStringLiteral("together-b-%1").arg(round),
                                               raiseTemperatureLimit(first, car, 80 + round));
            std::unique_ptr<CommandJob> sentA(first.sendCommand(car, a.command, a.signature));
            std::unique_ptr<CommandJob> sentB(second.sendCommand(car, b.command, b.signature));
            QSignalSpy doneA(sentA.get(), &FleetJob::finished);
            QSignalSpy doneB(sentB.get(), &FleetJob::finished);
            QTRY_VERIFY_WITH_TIMEOUT(doneA.count() == 1 && doneB.count() == 1, 30000);
            QStringList outcomes;
            for (CommandJob *job : {sentA.get(), sentB.get()})
                outcomes.append(job->error() != FleetJob::NoError
                                    ? QStringLiteral("http %1").arg(job->httpStatus())
                                : job->result().outcome == CommandOutcome::Applied
                                    ? QStringLiteral("applied")
                                    : job->result().code);
            QCOMPARE(outcomes.count(QStringLiteral("applied")), 1);
            QVERIFY2(outcomes.contains(QStringLiteral("conflict")) ||
                         outcomes.contains(QStringLiteral("replayed_counter")),
                     qPrintable(outcomes.join(QLatin1Char(' '))));
            QCOMPARE(policyVersion(first, car), version + round + 1);
        }
    }

    void theCarsScreenIsShownOnlyInASimulatedWorld()
    {
        // In the demo world the car's screen is there for the signed-in owner (401 without a
        // token)...
        const QByteArray ask =
            "GET /v1/sim/vehicles/veh-alex-1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Connection: close\r\n\r\n";
        QCOMPARE(statusOf(exchangeRaw(m_backend.url(), ask)), 401);
        // ...but a backend whose cars are real has no such route at all: nobody can read a
        // pairing code off it, signed in or not.
        QTemporaryDir real;
        BackendProcess backend;
        QVERIFY2(backend.start(real.filePath(QStringLiteral("world")), worlds::ordinaryDay(), {}),
                 qPrintable(backend.error()));
        const QByteArray answer = exchangeRaw(backend.url(), ask);
        QCOMPARE(statusOf(answer), 404);
        QVERIFY2(answer.contains("no such endpoint"), answer.constData());
        QCOMPARE(statusOf(exchangeRaw(backend.url(),
                                      "POST /v1/sim/vehicles/veh-alex-1/sleep HTTP/1.1\r\nHost: "
                                      "127.0.0.1\r\nContent-Length: 0\r\nConnection: "
                                      "close\r\n\r\n")),
                 404);
        backend.stop();
    }

    void revokedKeysNeverLockACarOutOfPairing()
    {
        FleetClient owner;
        signIn(owner);
        const QString car = QStringLiteral("veh-alex-1");
        auto activeKeys = [&] {
            auto keys = FINISHED_JOB(owner.listKeys(car));
            QStringList ids;
            for (const KeyInfo &k : keys->result())
                if (!k.revoked)
                    ids.append(k.keyId);
            return ids;
        };
        // Fill the car up to its 20 keys.
        while (activeKeys().size() < 20)
            QVERIFY(pairedKey(owner, car).isValid());
        const VehicleKeyPair extra = VehicleKeyPair::generate();
        AWAIT_JOB(full, owner.startPairing(car, extra.publicKeyDer(), QStringLiteral("Extra")));
        QCOMPARE(full->httpStatus(), 409);
        QCOMPARE(full->serverError().code, QStringLiteral("too_many_keys"));
        // Revoking one frees its place, again and again: 25 more pairings, each after a revocation.
        for (int i = 0; i < 25; ++i) {
            AWAIT_JOB(revoked, owner.revokeKey(car, activeKeys().first()));
            QCOMPARE(revoked->error(), FleetJob::NoError);
            QVERIFY2(pairedKey(owner, car).isValid(),
                     qPrintable(QStringLiteral("pairing %1").arg(i)));
        }
        QCOMPARE(activeKeys().size(), 20);
        // The revoked ones stay listed, as such.
        AWAIT_JOB(listed, owner.listKeys(car));
        QVERIFY(listed->result().size() >= 45);
        // Leave the car with room for the other tests.
        for (const QString &id : activeKeys()) {
            AWAIT_JOB(revoked, owner.revokeKey(car, id));
            QCOMPARE(revoked->error(), FleetJob::NoError);
        }
    }

    void aCrashBetweenApplyingAndAnsweringLosesNothing()
    {
        // A world of its own, whose backend dies (SIGKILL) inside the transaction of the first
        // command it applies.
        QTemporaryDir dir;
        BackendProcess backend;
        const QString data = dir.filePath(QStringLiteral("world"));
        QVERIFY2(backend.start(data, worlds::ordinaryDay(),
                               {QStringLiteral("--demo-world"), QStringLiteral("--world-size"),
                                QStringLiteral("20")}),
                 qPrintable(backend.error()));
        FleetClient owner;
        owner.setEndpoint(backend.url(), {backend.pin()});
        AWAIT_JOB(login,
                  owner.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")));
        QCOMPARE(login->error(), FleetJob::NoError);
        const QString car = QStringLiteral("veh-alex-1");
        const VehicleKeyPair key = pairedKey(owner, car);
        QVERIFY(key.isValid());
        const qint64 before = policyVersion(owner, car);
        const auto command =
            client::signCommand(key, car, 3, QDateTime::currentDateTimeUtc().addSecs(600),
                                QStringLiteral("crash-1"), raiseTemperatureLimit(owner, car, 68));
        backend.stop();
        backend.setEnvironmentValue(QStringLiteral("IDLEFLEETD_CRASH_AT"),
                                    QStringLiteral("command-before-commit"));
        QVERIFY2(backend.start(data, worlds::ordinaryDay()), qPrintable(backend.error()));
        owner.setEndpoint(backend.url(), {backend.pin()});
        AWAIT_JOB(lost, owner.sendCommand(car, command.command, command.signature));
        QVERIFY2(lost->error() != FleetJob::NoError, "the backend answered instead of crashing");

        // After the crash, the owner's outbox sends the same bytes again: the car applies the
        // change once, as if the first try had never reached it.
        backend.setEnvironmentValue(QStringLiteral("IDLEFLEETD_CRASH_AT"), QString());
        QVERIFY2(backend.start(data, worlds::ordinaryDay()), qPrintable(backend.error()));
        owner.setEndpoint(backend.url(), {backend.pin()});
        QCOMPARE(outcomeOf(owner, car, command.command, command.signature),
                 QStringLiteral("applied"));
        QCOMPARE(policyVersion(owner, car), before + 1);
        QCOMPARE(outcomeOf(owner, car, command.command, command.signature),
                 QStringLiteral("applied"));
        QCOMPARE(policyVersion(owner, car), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestCommandAttacks)
#include "test_command_attacks.moc"
