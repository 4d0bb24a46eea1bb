// Two idlefleetd instances on one PostgreSQL database, as an operator runs them for availability:
// whatever one is asked, the other knows (sessions, pairings, failed sign-ins, the live stream's
// changes), exactly one runs the world, and when it dies the other takes over within seconds
// with nothing counted twice. Runs against the suite's own PostgreSQL server only.

#include "backendtestbase.h"
#include "livestreamclient.h"
#include "telemetrypost.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

class InstancesTest : public BackendTestBase
{
    Q_OBJECT

    QString dataDirOf(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    /// The database both instances serve: the first one's.
    QStringList sharedDatabase() const
    {
        return BackendProcess::databaseArguments(dataDirOf("first"));
    }

    /// A connection to the shared database, to check what the instances kept.
    QSqlDatabase database()
    {
        const QString name = QStringLiteral("instances-check");
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        QSqlDatabase db = BackendProcess::openDatabase(dataDirOf("first"), name);
        if (!db.isOpen())
            qWarning("cannot open the shared database: %s", qPrintable(db.lastError().text()));
        return db;
    }

    qint64 number(const QString &sql)
    {
        QSqlQuery query(database());
        if (!query.exec(sql) || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return -1;
        }
        return query.value(0).toLongLong();
    }

    void signInTo(FleetClient &client, BackendProcess &backend,
                  const QString &email = QStringLiteral("alex@example.com"),
                  const QString &password = QStringLiteral("demo-owner"))
    {
        client.setEndpoint(backend.url(), {backend.pin()});
        AWAIT_JOB(job, client.login(email, password));
        QVERIFY2(job->error() == FleetJob::NoError, qPrintable(job->errorString()));
    }

    /// Waits until `stream` brings a status of `car` that is `online` (or not).
    static void awaitOnline(LiveStreamClient &stream, const QString &car, bool online)
    {
        bool seen = false;
        const auto connection =
            QObject::connect(&stream, &LiveStreamClient::statusReceived, &stream,
                             [&](const QString &vehicle, const VehicleStatus &status) {
                                 seen |= vehicle == car && status.online == online;
                             });
        QTRY_VERIFY_WITH_TIMEOUT(seen, 15000);
        QObject::disconnect(connection);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!BackendProcess::onPostgres())
            QSKIP("several instances share a PostgreSQL database; set IDLEFLEET_TEST_POSTGRES");
        QVERIFY(m_dir.isValid());
        // A world hour a second: the leader commits at every tick.
        const QStringList world{QStringLiteral("--demo-world"), QStringLiteral("--world-size"),
                                QStringLiteral("40"), QStringLiteral("--clock-speed"),
                                QStringLiteral("3600")};
        const QString devices = m_dir.filePath(QStringLiteral("devices.jsonl"));
        QVERIFY2(m_first.start(dataDirOf("first"), worlds::ordinaryDay(),
                               world + QStringList{QStringLiteral("--provision-devices"), devices}),
                 qPrintable(m_first.error()));
        QFile provisioned(devices);
        QVERIFY(provisioned.open(QIODevice::ReadOnly));
        while (!provisioned.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(provisioned.readLine()).object();
            m_deviceTokens.insert(line.value(QStringLiteral("vehicle")).toString(),
                                  line.value(QStringLiteral("token")).toString().toLatin1());
        }
        // Another data folder with a key of its own is refused: clients pin one key.
        BackendProcess stranger;
        QVERIFY(!stranger.start(dataDirOf("stranger"), worlds::ordinaryDay(),
                                world + sharedDatabase()));
        QVERIFY2(stranger.log().contains("other than the one the instances on"),
                 stranger.log().constData());
        // The operator gives the second instance the first one's key.
        QVERIFY(QDir().mkpath(dataDirOf("second")));
        for (const QString &file : {QStringLiteral("tls-key.pem"), QStringLiteral("tls-cert.pem")})
            QVERIFY(QFile::copy(QDir(dataDirOf("first")).filePath(file),
                                QDir(dataDirOf("second")).filePath(file)));
        QVERIFY2(
            m_second.start(dataDirOf("second"), worlds::ordinaryDay(), world + sharedDatabase()),
            qPrintable(m_second.error()));
        QVERIFY(m_second.takeStandardError().contains(
            QLatin1String("another idlefleetd runs the world")));
        QVERIFY(!m_first.takeStandardError().contains(
            QLatin1String("another idlefleetd runs the world")));
        QCOMPARE(m_second.pin(), m_first.pin());
    }

    void aSessionFromOneIsRefreshedOnTheOther()
    {
        FleetClient first;
        signInTo(first, m_first);
        const Session signedIn = first.session();
        // The access token works on the other instance as it is.
        FleetClient second;
        second.setEndpoint(m_second.url(), {m_second.pin()});
        second.setSession(signedIn);
        AWAIT_JOB(listed, second.listVehicles());
        QVERIFY2(listed->error() == FleetJob::NoError, qPrintable(listed->errorString()));
        // An expired one is refreshed there, and the refresh token is spent for both.
        Session stale = signedIn;
        stale.accessToken = "expired-or-forged";
        second.setSession(stale);
        AWAIT_JOB(refreshed, second.listVehicles());
        QVERIFY2(refreshed->error() == FleetJob::NoError, qPrintable(refreshed->errorString()));
        QVERIFY(second.session().refreshToken != signedIn.refreshToken);
        FleetClient thief;
        thief.setEndpoint(m_first.url(), {m_first.pin()});
        Session stolen;
        stolen.refreshToken = signedIn.refreshToken;
        thief.setSession(stolen);
        AWAIT_JOB(replayed, thief.listVehicles());
        QCOMPARE(replayed->error(), FleetJob::NotSignedIn);
    }

    void aPairingStartedOnOneIsFinishedOnTheOther()
    {
        FleetClient first;
        signInTo(first, m_first);
        FleetClient second;
        signInTo(second, m_second);
        const QString car = QStringLiteral("veh-alex-1");
        const VehicleKeyPair laptop = VehicleKeyPair::generate();
        AWAIT_JOB(started,
                  first.startPairing(car, laptop.publicKeyDer(), QStringLiteral("Laptop")));
        QCOMPARE(started->error(), FleetJob::NoError);
        AWAIT_JOB(screen, second.carScreen(car));
        const QString code = screen->result().pairingCode;
        QCOMPARE(code.size(), 6);
        // A wrong code on one counts against the tries on the other.
        const QString wrongCode =
            code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        AWAIT_JOB(wrong, second.confirmPairing(car, laptop.publicKeyDer(), wrongCode));
        QCOMPARE(wrong->serverError().code, QStringLiteral("wrong_code"));
        QVERIFY2(wrong->serverError().message.contains(QLatin1String("4 tries left")),
                 qPrintable(wrong->serverError().message));
        AWAIT_JOB(paired, second.confirmPairing(car, laptop.publicKeyDer(), code));
        QVERIFY2(paired->error() == FleetJob::NoError, qPrintable(paired->errorString()));
        // Used once: the same code on the first instance finds nothing waiting.
        AWAIT_JOB(again, first.confirmPairing(car, laptop.publicKeyDer(), code));
        QCOMPARE(again->serverError().code, QStringLiteral("no_pairing"));
        AWAIT_JOB(keys, first.listKeys(car));
        bool listed = false;
        for (const auto &key : keys->result())
            listed |= key.keyId == keyIdOf(laptop.publicKeyDer()) && !key.revoked;
        QVERIFY(listed);
    }

    void failedSignInsCountOnBothInstances()
    {
        FleetClient first;
        first.setEndpoint(m_first.url(), {m_first.pin()});
        FleetClient second;
        second.setEndpoint(m_second.url(), {m_second.pin()});
        const QString email = QStringLiteral("support@example.com");
        for (int i = 0; i < 5; ++i) {
            FleetClient &client = i % 2 ? second : first;
            AWAIT_JOB(job, client.login(email, QStringLiteral("wrong %1").arg(i)));
            QCOMPARE(job->serverError().code, QStringLiteral("unauthenticated"));
        }
        // Five on the two together: both refuse a sixth, even the right password.
        AWAIT_JOB(onFirst, first.login(email, QStringLiteral("demo-support")));
        QCOMPARE(onFirst->serverError().code, QStringLiteral("too_many_attempts"));
        AWAIT_JOB(onSecond, second.login(email, QStringLiteral("demo-support")));
        QCOMPARE(onSecond->serverError().code, QStringLiteral("too_many_attempts"));
    }

    void aStreamOnOneSeesWhatChangesThroughTheOther()
    {
        FleetClient first;
        signInTo(first, m_first);
        FleetClient second;
        signInTo(second, m_second);
        const QString car = QStringLiteral("veh-alex-2");
        LiveStreamClient onSecond(&second);
        QSignalSpy secondOpened(&onSecond, &LiveStreamClient::opened);
        onSecond.start();
        QVERIFY(secondOpened.wait(10000));
        LiveStreamClient onFirst(&first);
        QSignalSpy firstOpened(&onFirst, &LiveStreamClient::opened);
        onFirst.start();
        QVERIFY(firstOpened.wait(10000));
        // Asleep through the leader: the follower's stream shows it out of reach...
        AWAIT_JOB(asleep, first.simulateSleep(car, 600));
        QCOMPARE(asleep->error(), FleetJob::NoError);
        awaitOnline(onSecond, car, false);
        if (QTest::currentTestFailed())
            return;
        // ...and woken through the follower: the leader's stream shows it back.
        AWAIT_JOB(awake, second.simulateSleep(car, 0));
        QCOMPARE(awake->error(), FleetJob::NoError);
        awaitOnline(onFirst, car, true);
        if (QTest::currentTestFailed())
            return;

        // Signing out on one ends the session's stream on the other.
        FleetClient leaving;
        signInTo(leaving, m_first);
        FleetClient sameSession;
        sameSession.setEndpoint(m_second.url(), {m_second.pin()});
        sameSession.setSession(leaving.session());
        LiveStreamClient ending(&sameSession);
        QSignalSpy endingOpened(&ending, &LiveStreamClient::opened);
        QSignalSpy endingClosed(&ending, &LiveStreamClient::closed);
        ending.start();
        QVERIFY(endingOpened.wait(10000));
        AWAIT_JOB(logout, leaving.logout());
        QCOMPARE(logout->error(), FleetJob::NoError);
        QTRY_VERIFY_WITH_TIMEOUT(!endingClosed.isEmpty(), 10000);
    }

    void aReportThroughOneIsAppliedByTheOther()
    {
        const QString car = QStringLiteral("veh-org-00007");
        QVERIFY(m_deviceTokens.contains(car));
        FleetClient manager;
        signInTo(manager, m_first, QStringLiteral("fleet@example.com"),
                 QStringLiteral("demo-fleet"));
        const auto socOnTheLeader = [&]() -> double {
            auto list = FINISHED_JOB(manager.listVehicles());
            if (!list.ok())
                return -1;
            for (const Vehicle &vehicle : list->result().vehicles)
                if (vehicle.id == car)
                    return vehicle.status.socPercent;
            return -1;
        };
        const double before = socOnTheLeader();
        QVERIFY2(before > 10, qPrintable(QString::number(before))); // else the test proves nothing
        // The car reports to the follower, almost empty: the leader's world goes on from there
        // (the change carries the report's values).
        QNetworkAccessManager network;
        const TelemetryAnswer answer =
            postTelemetry(network, m_second.url(), "Device " + m_deviceTokens.value(car),
                          statusReport(car, worldNowFrom(manager).addSecs(-60), 3.0, false));
        QCOMPARE(answer.status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(socOnTheLeader() - 3.0) < 2.0, 10000);
    }

    void theOtherTakesOverWhenTheLeaderDies()
    {
        const qint64 before = number(
            QStringLiteral("SELECT value::bigint FROM meta WHERE key = 'simulated_until_ms'"));
        QVERIFY(before > 0);
        m_first.kill();
        QElapsedTimer sinceKill;
        sinceKill.start();
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += m_second.takeStandardError()).contains(QLatin1String("runs the world now")),
            10000);
        const qint64 takeOverMs = sinceKill.elapsed();
        qInfo("the follower ran the world %lld ms after the leader was killed", takeOverMs);
        QVERIFY(takeOverMs < 10000);
        // It goes on where the leader's last commit left the world.
        QTRY_VERIFY_WITH_TIMEOUT(number(QStringLiteral("SELECT value::bigint FROM meta WHERE key "
                                                       "= 'simulated_until_ms'")) > before,
                                 10000);
        FleetClient client;
        signInTo(client, m_second);
        AWAIT_JOB(listed, client.listVehicles());
        QCOMPARE(listed->error(), FleetJob::NoError);
        // Nothing counted twice: no two entries of a car overlap, and the organisations' hourly
        // totals (kept for organisations only) are the sums of their entries.
        QCOMPARE(number(QStringLiteral(
                     "SELECT count(*) FROM ledger_entries a JOIN ledger_entries b ON "
                     "a.vehicle_id = b.vehicle_id AND a.start < b.start AND a.\"end\" > b.start")),
                 0);
        QCOMPARE(number(QStringLiteral("SELECT count(*) FROM ledger_sessions a JOIN "
                                       "ledger_sessions b ON a.vehicle_id = b.vehicle_id AND "
                                       "a.start < b.start AND a.\"end\" > b.start")),
                 0);
        QCOMPARE(number(QStringLiteral(
                     "SELECT count(*) FROM (SELECT owner, currency, sum(net_micros) AS net, "
                     "sum(minutes) AS minutes FROM ledger_entries WHERE owner LIKE 'org:%' "
                     "GROUP BY owner, currency) e "
                     "FULL JOIN (SELECT owner, currency, sum(net_micros) AS net, sum(minutes) AS "
                     "minutes FROM ledger_group_hours GROUP BY owner, currency) h USING (owner, "
                     "currency) WHERE e.net IS DISTINCT FROM h.net OR e.minutes IS DISTINCT FROM "
                     "h.minutes")),
                 0);
        QVERIFY(number(QStringLiteral("SELECT count(*) FROM ledger_entries")) > 0);
    }

    void cleanupTestCase()
    {
        m_second.stop();
        m_first.stop();
        if (QSqlDatabase::contains(QStringLiteral("instances-check"))) {
            QSqlDatabase::database(QStringLiteral("instances-check")).close();
            QSqlDatabase::removeDatabase(QStringLiteral("instances-check"));
        }
    }

private:
    BackendProcess m_first;
    BackendProcess m_second;
    QHash<QString, QByteArray> m_deviceTokens; ///< vehicle -> its telematics unit's credential
};

QTEST_GUILESS_MAIN(InstancesTest)
#include "test_instances.moc"
