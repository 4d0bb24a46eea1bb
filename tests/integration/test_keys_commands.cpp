// Pairing with the code on the car's screen, and signed commands, against a real idlefleetd.

#include "backendtestbase.h"

class TestKeysCommands : public BackendTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWorld(); }

    void pairingNeedsTheCodeOnTheCarsScreen()
    {
        FleetClient owner;
        signIn(owner);
        const QString car = QStringLiteral("veh-alex-2");
        const VehicleKeyPair laptop = VehicleKeyPair::generate();
        AWAIT_JOB(started,
                  owner.startPairing(car, laptop.publicKeyDer(), QStringLiteral("Alex's laptop")));
        QVERIFY2(started->error() == FleetJob::NoError, qPrintable(started->errorString()));
        QCOMPARE(started->result().triesLeft, 5);
        QVERIFY(started->result().expiresAt > QDateTime::currentDateTimeUtc());

        AWAIT_JOB(screen, owner.carScreen(car));
        const QString code = screen->result().pairingCode;
        QCOMPARE(code.size(), 6);
        QVERIFY(screen->result().text.contains(code));

        const QString wrongCode =
            code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        AWAIT_JOB(wrong, owner.confirmPairing(car, laptop.publicKeyDer(), wrongCode));
        QCOMPARE(wrong->serverError().code, QStringLiteral("wrong_code"));
        QVERIFY(wrong->errorString().contains(QStringLiteral("4 tries left")));

        AWAIT_JOB(paired, owner.confirmPairing(car, laptop.publicKeyDer(), code));
        QVERIFY2(paired->error() == FleetJob::NoError, qPrintable(paired->errorString()));
        QCOMPARE(paired->result().keyId, keyIdOf(laptop.publicKeyDer()));
        QCOMPARE(paired->result().label, QStringLiteral("Alex's laptop"));
        AWAIT_JOB(screen2, owner.carScreen(car));
        QVERIFY(screen2->result().pairingCode.isEmpty()); // used up

        AWAIT_JOB(keys, owner.listKeys(car));
        QCOMPARE(keys->result().size(), std::size_t(1));
        QVERIFY(!keys->result().front().lastUsedAt.isValid());
        AWAIT_JOB(pairing, owner.startPairing(car, laptop.publicKeyDer(), QStringLiteral("again")));
        QCOMPARE(pairing->serverError().code, QStringLiteral("already_paired"));
        AWAIT_JOB(revoked, owner.revokeKey(car, paired->result().keyId));
        QVERIFY(revoked->result().revoked);
    }

    void pairingCodesHaveATryLimitAndOthersCannotPair()
    {
        FleetClient owner;
        signIn(owner);
        const QString car = QStringLiteral("veh-alex-1");
        const VehicleKeyPair phone = VehicleKeyPair::generate();
        AWAIT_JOB(pairing, owner.startPairing(car, phone.publicKeyDer(), QStringLiteral("Phone")));
        QCOMPARE(pairing->error(), FleetJob::NoError);
        AWAIT_JOB(screen, owner.carScreen(car));
        const QString code = screen->result().pairingCode;
        const QString wrongCode =
            code == QLatin1String("999999") ? QStringLiteral("888888") : QStringLiteral("999999");
        int lastStatus = 0;
        for (int i = 0; i < 5; ++i) {
            AWAIT_JOB(wrong, owner.confirmPairing(car, phone.publicKeyDer(), wrongCode));
            lastStatus = wrong->httpStatus();
        }
        QCOMPARE(lastStatus, 429);
        // The right code no longer helps: the pairing is gone.
        AWAIT_JOB(late, owner.confirmPairing(car, phone.publicKeyDer(), code));
        QCOMPARE(late->serverError().code, QStringLiteral("no_pairing"));
        AWAIT_JOB(pairing2, owner.startPairing(car, QByteArray("not a key"), QStringLiteral("x")));
        QCOMPARE(pairing2->serverError().code, QStringLiteral("invalid_key"));

        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        AWAIT_JOB(pairing3, manager.startPairing(car, phone.publicKeyDer(), QStringLiteral("x")));
        QCOMPARE(pairing3->error(), FleetJob::NotFound);
        AWAIT_JOB(screen2, manager.carScreen(car));
        QCOMPARE(screen2->error(), FleetJob::NotFound);
    }

    void aCarInADeadSpotCannotShowACode()
    {
        // A world of its own where the second car never reaches the backend.
        QTemporaryDir dir;
        BackendProcess backend;
        backend.setEnvironmentValue(QStringLiteral("IDLEFLEETD_DEAD_SPOTS"),
                                    QStringLiteral("always:veh-alex-2"));
        QVERIFY2(backend.start(dir.filePath(QStringLiteral("world")), worlds::ordinaryDay(),
                               {QStringLiteral("--demo-world")}),
                 qPrintable(backend.error()));
        FleetClient owner;
        owner.setEndpoint(backend.url(), {backend.pin()});
        AWAIT_JOB(login,
                  owner.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")));
        QCOMPARE(login->error(), FleetJob::NoError);
        const VehicleKeyPair laptop = VehicleKeyPair::generate();
        AWAIT_JOB(offline, owner.startPairing(QStringLiteral("veh-alex-2"), laptop.publicKeyDer(),
                                              QStringLiteral("x")));
        QCOMPARE(offline->httpStatus(), 503);
        QCOMPARE(offline->serverError().code, QStringLiteral("car_offline"));
        QVERIFY2(offline->errorString().contains(QLatin1String("online")),
                 qPrintable(offline->errorString()));
        AWAIT_JOB(list, owner.listVehicles());
        for (const Vehicle &vehicle : list->result().vehicles)
            QCOMPARE(vehicle.status.online, vehicle.id != QLatin1String("veh-alex-2"));
        // The other car is reachable and pairs as usual.
        AWAIT_JOB(pairing, owner.startPairing(QStringLiteral("veh-alex-1"), laptop.publicKeyDer(),
                                              QStringLiteral("x")));
        QCOMPARE(pairing->error(), FleetJob::NoError);
    }

    void theCarAppliesOnlyWhatAPairedKeySigned()
    {
        FleetClient owner;
        signIn(owner);
        const QString car = QStringLiteral("veh-alex-2");
        const VehicleKeyPair key = VehicleKeyPair::generate();
        AWAIT_JOB(pairing, owner.startPairing(car, key.publicKeyDer(), QStringLiteral("Tablet")));
        QCOMPARE(pairing->error(), FleetJob::NoError);
        AWAIT_JOB(screen, owner.carScreen(car));
        const QString code = screen->result().pairingCode;
        AWAIT_JOB(confirmed, owner.confirmPairing(car, key.publicKeyDer(), code));
        QCOMPARE(confirmed->error(), FleetJob::NoError);

        AWAIT_JOB(current, owner.fetchPolicy(car));
        const qint64 version = current->result().version;
        v1::Policy changed = current->result().policy;
        changed.set_max_chip_temp_c(72);
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(300);
        quint64 counter = 100;
        auto send = [&](const client::SignedCommandBytes &signedBytes, const QString &target) {
            return FINISHED_JOB(
                owner.sendCommand(target, signedBytes.command, signedBytes.signature));
        };
        auto action = [&](qint64 base) {
            client::CommandAction a;
            a.baseVersion = base;
            a.policy = changed;
            return a;
        };

        const auto first = client::signCommand(key, car, ++counter, soon, QStringLiteral("edit-1"),
                                               action(version));
        auto applied = send(first, car);
        QVERIFY2(applied->error() == FleetJob::NoError, qPrintable(applied->errorString()));
        QCOMPARE(applied->result().outcome, CommandOutcome::Applied);
        QCOMPARE(applied->result().version, version + 1);
        AWAIT_JOB(after, owner.fetchPolicy(car));
        QCOMPARE(after->result().version, version + 1);
        QCOMPARE(after->result().policy.max_chip_temp_c(), 72);
        AWAIT_JOB(keys, owner.listKeys(car));
        bool used = false;
        for (const KeyInfo &k : keys->result())
            used |= k.keyId == keyIdOf(key.publicKeyDer()) && k.lastUsedAt.isValid();
        QVERIFY(used);

        // The same bytes again (a retry): the first answer, nothing applied twice.
        auto retried = send(first, car);
        QCOMPARE(retried->result().outcome, CommandOutcome::Applied);
        QCOMPARE(retried->result().version, version + 1);
        AWAIT_JOB(policy, owner.fetchPolicy(car));
        QCOMPARE(policy->result().version, version + 1);

        auto rejectedWith = [&](const client::SignedCommandBytes &bytes, const QString &target) {
            auto job = send(bytes, target);
            if (job->error() != FleetJob::NoError ||
                job->result().outcome != CommandOutcome::Rejected)
                return QStringLiteral("not rejected: %1").arg(job->errorString());
            return job->result().code;
        };
        // A replayed counter under a new idempotency key.
        QCOMPARE(rejectedWith(client::signCommand(key, car, counter, soon, QStringLiteral("edit-2"),
                                                  action(version + 1)),
                              car),
                 QStringLiteral("replayed_counter"));
        // Tampered after signing.
        auto tampered = client::signCommand(key, car, ++counter, soon, QStringLiteral("edit-3"),
                                            action(version + 1));
        tampered.command[tampered.command.size() - 1] = char(tampered.command.back() ^ 0x01);
        const QString tamperedCode = rejectedWith(tampered, car);
        QVERIFY2(tamperedCode == QLatin1String("bad_signature") ||
                     tamperedCode.startsWith(QLatin1String("not rejected")),
                 qPrintable(tamperedCode));
        AWAIT_JOB(policy2, owner.fetchPolicy(car));
        QCOMPARE(policy2->result().version, version + 1);
        // Expired, or valid for too long.
        QCOMPARE(rejectedWith(client::signCommand(key, car, ++counter,
                                                  QDateTime::currentDateTimeUtc().addSecs(-1),
                                                  QStringLiteral("edit-4"), action(version + 1)),
                              car),
                 QStringLiteral("expired"));
        QCOMPARE(rejectedWith(client::signCommand(key, car, ++counter,
                                                  QDateTime::currentDateTimeUtc().addDays(3),
                                                  QStringLiteral("edit-5"), action(version + 1)),
                              car),
                 QStringLiteral("expiry_too_far"));
        // A key the car never paired, and a command meant for another car.
        QCOMPARE(rejectedWith(client::signCommand(VehicleKeyPair::generate(), car, ++counter, soon,
                                                  QStringLiteral("edit-6"), action(version + 1)),
                              car),
                 QStringLiteral("unknown_key"));
        QCOMPARE(
            rejectedWith(client::signCommand(key, QStringLiteral("veh-alex-1"), ++counter, soon,
                                             QStringLiteral("edit-7"), action(version + 1)),
                         car),
            QStringLiteral("wrong_vehicle"));
        // An invalid policy never reaches the car's engine.
        client::CommandAction invalid = action(version + 1);
        invalid.policy->set_min_soc_percent(99);
        QCOMPARE(rejectedWith(client::signCommand(key, car, ++counter, soon,
                                                  QStringLiteral("edit-8"), invalid),
                              car),
                 QStringLiteral("invalid_policy"));

        // Made from an old version: a conflict with the car's current policy, nothing overwritten.
        auto conflict = send(client::signCommand(key, car, ++counter, soon,
                                                 QStringLiteral("edit-9"), action(version)),
                             car);
        QCOMPARE(conflict->result().outcome, CommandOutcome::Conflict);
        QCOMPARE(conflict->result().version, version + 1);
        QCOMPARE(conflict->result().currentPolicy.max_chip_temp_c(), 72);

        // Pause (snooze) and resume are signed changes of pausedUntil.
        client::CommandAction pause;
        pause.baseVersion = version + 1;
        pause.pause = true;
        pause.pausedUntil = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
        auto paused = send(
            client::signCommand(key, car, ++counter, soon, QStringLiteral("pause-1"), pause), car);
        QCOMPARE(paused->result().outcome, CommandOutcome::Applied);
        AWAIT_JOB(list, owner.listVehicles());
        for (const Vehicle &v : list->result().vehicles) {
            if (v.id == car)
                QVERIFY(v.status.blockingReasons.contains(QStringLiteral("paused")));
        }
        client::CommandAction resume;
        resume.baseVersion = version + 2;
        QCOMPARE(
            send(client::signCommand(key, car, ++counter, soon, QStringLiteral("resume-1"), resume),
                 car)
                ->result()
                .outcome,
            CommandOutcome::Applied);
        AWAIT_JOB(policy3, owner.fetchPolicy(car));
        QVERIFY(!policy3->result().policy.has_paused_until());

        // A revoked key signs nothing any more.
        AWAIT_JOB(revoked, owner.revokeKey(car, keyIdOf(key.publicKeyDer())));
        QCOMPARE(revoked->error(), FleetJob::NoError);
        QCOMPARE(rejectedWith(client::signCommand(key, car, ++counter, soon,
                                                  QStringLiteral("edit-10"), action(version + 3)),
                              car),
                 QStringLiteral("revoked_key"));
    }
};

QTEST_GUILESS_MAIN(TestKeysCommands)
#include "test_keys_commands.moc"
