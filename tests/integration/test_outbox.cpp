// The outbox against a real idlefleetd over TLS: a change is written before it is sent, signed
// when it is sent, delivered exactly once whether the server was down, the answer was lost or the
// client died between sending and hearing back, and its end (applied, conflict, rejected) is kept.

#include "backendtestbase.h"
#include "outboxsender.h"
#include "store/localstore.h"

#include <QStandardPaths>

class OutboxTest : public BackendTestBase
{
    Q_OBJECT

    const QString Car = QStringLiteral("veh-alex-2");
    VehicleKeyPair m_key = VehicleKeyPair::generate();

    qint64 currentVersion()
    {
        FleetClient owner;
        signIn(owner);
        return FINISHED_JOB(owner.fetchPolicy(Car))->result().version;
    }

    static OutboxEntry pause(const QString &vehicle, qint64 base, qint64 until = 253402300799)
    {
        OutboxEntry entry;
        entry.vehicleId = vehicle;
        entry.kind = OutboxEntry::SetPausedUntil;
        entry.pausedUntil = until;
        entry.baseVersion = base;
        return entry;
    }

    /// Runs a sender until every change has its final answer.
    static bool deliverAll(OutboxSender &sender, LocalStore &store, int timeoutMs = 20000)
    {
        sender.kick();
        QElapsedTimer timer;
        timer.start();
        while (!store.vehiclesWithWork().empty() && timer.elapsed() < timeoutMs)
            QTest::qWait(20);
        return store.vehiclesWithWork().empty();
    }

    std::unique_ptr<LocalStore> openStore(const QString &name)
    {
        auto store = std::make_unique<LocalStore>();
        QString error;
        if (!store->open(m_dir.filePath(name), &error))
            qFatal("%s", qPrintable(error));
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        startWorld();
        FleetClient owner;
        signIn(owner);
        AWAIT_JOB(pairing, owner.startPairing(Car, m_key.publicKeyDer(), QStringLiteral("Outbox")));
        QCOMPARE(pairing->error(), FleetJob::NoError);
        AWAIT_JOB(screen, owner.carScreen(Car));
        const QString code = screen->result().pairingCode;
        AWAIT_JOB(confirmed, owner.confirmPairing(Car, m_key.publicKeyDer(), code));
        QCOMPARE(confirmed->error(), FleetJob::NoError);
    }

    void changesInARowEachApplyOnce()
    {
        auto store = openStore(QStringLiteral("row.sqlite"));
        const qint64 base = currentVersion();
        const qint64 first = store->enqueue(pause(Car, base));
        // Made while the first waits: based on what the first produces.
        const qint64 second = store->enqueue(pause(Car, 0, 0));
        QVERIFY(first > 0 && second > first);
        QCOMPARE(store->entry(first)->state, OutboxEntry::Pending);
        FleetClient owner;
        signIn(owner);
        OutboxSender sender(&owner, store.get(), m_key);
        QVERIFY(deliverAll(sender, *store));
        QCOMPARE(store->entry(first)->state, OutboxEntry::Applied);
        QCOMPARE(store->entry(first)->confirmedVersion, base + 1);
        QCOMPARE(store->entry(second)->state, OutboxEntry::Applied);
        QCOMPARE(store->entry(second)->confirmedVersion, base + 2);
        QCOMPARE(currentVersion(), base + 2);
        // The counters rose: the second was signed above the first.
        QVERIFY(store->entry(second)->counter > store->entry(first)->counter);
    }

    void aStaleChangeIsAConflictNotAnOverwrite()
    {
        auto store = openStore(QStringLiteral("conflict.sqlite"));
        const qint64 base = currentVersion();
        const qint64 id = store->enqueue(pause(Car, base - 1));
        FleetClient owner;
        signIn(owner);
        OutboxSender sender(&owner, store.get(), m_key);
        QVERIFY(deliverAll(sender, *store));
        const OutboxEntry answered = *store->entry(id);
        QCOMPARE(answered.state, OutboxEntry::Conflict);
        QCOMPARE(answered.confirmedVersion, base);
        QVERIFY(!answered.currentPolicy.isEmpty());
        QCOMPARE(currentVersion(), base);
    }

    void aLostAnswerIsAskedAgainAndAppliedOnce()
    {
        // The client signed and sent the change, the car applied it, and the client died before
        // it heard back: the store says Sent.
        auto store = openStore(QStringLiteral("lost.sqlite"));
        const qint64 base = currentVersion();
        const qint64 id = store->enqueue(pause(Car, base));
        const OutboxEntry entry = *store->entry(id);
        const quint64 counter = store->reserveCounter(keyIdOf(m_key.publicKeyDer()), Car);
        client::CommandAction action;
        action.baseVersion = base;
        action.pause = true;
        action.pausedUntil = QDateTime::fromSecsSinceEpoch(253402300799, Qt::UTC);
        const auto bytes =
            client::signCommand(m_key, Car, counter, QDateTime::currentDateTimeUtc().addSecs(600),
                                entry.idempotencyKey, action);
        QVERIFY(store->markSent(id, keyIdOf(m_key.publicKeyDer()), counter, entry.idempotencyKey,
                                base, bytes.command, bytes.signature));
        {
            FleetClient first;
            signIn(first);
            AWAIT_JOB(sent, first.sendCommand(Car, bytes.command, bytes.signature));
            QCOMPARE(sent->result().outcome, CommandOutcome::Applied);
        }
        QCOMPARE(currentVersion(), base + 1);
        // Restart: a fresh store handle and sender over the same file.
        store.reset();
        store = openStore(QStringLiteral("lost.sqlite"));
        QCOMPARE(store->entry(id)->state, OutboxEntry::Sent);
        FleetClient owner;
        signIn(owner);
        OutboxSender sender(&owner, store.get(), m_key);
        QVERIFY(deliverAll(sender, *store));
        QCOMPARE(store->entry(id)->state, OutboxEntry::Applied);
        QCOMPARE(store->entry(id)->confirmedVersion, base + 1);
        QCOMPARE(currentVersion(), base + 1); // once, not twice
    }

    void aChangeSignedLongAgoIsSignedAnew()
    {
        // Signed and recorded as sent, but the bytes expired before they ever left.
        auto store = openStore(QStringLiteral("expired.sqlite"));
        const qint64 base = currentVersion();
        const qint64 id = store->enqueue(pause(Car, base, 0));
        const OutboxEntry entry = *store->entry(id);
        const quint64 counter = store->reserveCounter(keyIdOf(m_key.publicKeyDer()), Car);
        client::CommandAction resume;
        resume.baseVersion = base;
        const auto stale =
            client::signCommand(m_key, Car, counter, QDateTime::currentDateTimeUtc().addSecs(-60),
                                entry.idempotencyKey, resume);
        QVERIFY(store->markSent(id, keyIdOf(m_key.publicKeyDer()), counter, entry.idempotencyKey,
                                base, stale.command, stale.signature));
        QVERIFY(store->markAttempt(id)); // it was tried while offline
        FleetClient owner;
        signIn(owner);
        OutboxSender sender(&owner, store.get(), m_key);
        QVERIFY(deliverAll(sender, *store));
        QCOMPARE(store->entry(id)->state, OutboxEntry::Applied);
        QVERIFY(store->entry(id)->idempotencyKey != entry.idempotencyKey);
        QCOMPARE(currentVersion(), base + 1);
    }

    void aChangeWaitsForTheServerAndArrivesOnce()
    {
        auto store = openStore(QStringLiteral("down.sqlite"));
        const qint64 base = currentVersion();
        const qint64 id = store->enqueue(pause(Car, base));
        m_backend.stop();
        FleetClient owner;
        connect(owner, {m_backend.pin()});
        OutboxSender sender(&owner, store.get(), m_key);
        QSignalSpy failed(&sender, &OutboxSender::deliveryFailed);
        sender.kick();
        QVERIFY(failed.wait(20000));
        QVERIFY(!store->entry(id)->isFinal());
        QVERIFY(sender.retryDelayMs() >= 1000);
        // Back up (on another port): the same change goes, once.
        QVERIFY2(
            m_backend.start(dataDir(), worlds::ordinaryDay(), {QStringLiteral("--demo-world")}),
            qPrintable(m_backend.error()));
        signIn(owner);
        QVERIFY(deliverAll(sender, *store, 90000));
        QCOMPARE(store->entry(id)->state, OutboxEntry::Applied);
        QCOMPARE(currentVersion(), base + 1);
    }

    void theCommandLineQueuesAndDeliversLater()
    {
        QTemporaryDir home;
        const QStringList server{QStringLiteral("--server"), m_backend.url().toString(),
                                 QStringLiteral("--pin"), m_backend.pin()};
        QCOMPARE(
            ctl(server + QStringList{QStringLiteral("login"), QStringLiteral("alex@example.com")},
                home.path(), "demo-owner")
                .exitCode,
            0);
        // This home's own key must be paired first: without it the car refuses.
        const Run unpaired = ctl({QStringLiteral("pause"), Car}, home.path());
        QCOMPARE(unpaired.exitCode, 1);
        QVERIFY2(unpaired.err.contains("unknown_key"), unpaired.err.constData());
        QCOMPARE(ctl({QStringLiteral("pair"), Car}, home.path()).exitCode, 0);
        const Run screen =
            ctl({QStringLiteral("sim"), QStringLiteral("screen"), Car, QStringLiteral("--json")},
                home.path());
        const QString code = QJsonDocument::fromJson(screen.out)
                                 .object()
                                 .value(QStringLiteral("pairingCode"))
                                 .toString();
        QCOMPARE(ctl({QStringLiteral("pair"), Car, QStringLiteral("--code"), code}, home.path())
                     .exitCode,
                 0);

        const qint64 base = currentVersion();
        const Run queued = ctl({QStringLiteral("snooze"), Car, QStringLiteral("--until"),
                                QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate),
                                QStringLiteral("--no-wait"), QStringLiteral("--json")},
                               home.path());
        QCOMPARE(queued.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(queued.out).object().value(QStringLiteral("state")),
                 QJsonValue(QStringLiteral("pending")));
        QCOMPARE(currentVersion(), base);
        // The next command delivers it first.
        const Run next = ctl({QStringLiteral("vehicles")}, home.path());
        QCOMPARE(next.exitCode, 0);
        QVERIFY2(next.err.contains("applied"), next.err.constData());
        QCOMPARE(currentVersion(), base + 1);
        const Run outbox = ctl({QStringLiteral("outbox"), QStringLiteral("--json")}, home.path());
        const QJsonArray entries = QJsonDocument::fromJson(outbox.out).array();
        QVERIFY(entries.size() >= 1);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("applied"));

        QTemporaryDir files;
        QFile policy(files.filePath(QStringLiteral("bad.json")));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write("{\"minSocPercent\": 140}");
        policy.close();
        const Run bad = ctl(
            {QStringLiteral("policy"), QStringLiteral("set"), Car, policy.fileName()}, home.path());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(OutboxTest)
#include "test_outbox.moc"
