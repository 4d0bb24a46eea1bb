// idlefleetd's world clock, pinned with --world-start: a new world starts at the instant and keeps
// its place across a restart (also after kill -9), an existing world ignores another instant and
// says so, and a bad instant is refused. At each instant where the hour or the date matters (an
// ordinary morning, the night, the day Europe's clocks change, a month's and a year's last half
// hour) the owner's view holds together and the local store keeps the cars: at night every car
// contributes with no reason against it, which once made the store lose them all.

#include "backendtestbase.h"
#include "store/localstore.h"
#include "worldnow.h"

#include <QDir>

class TestWorldClock : public QObject
{
    Q_OBJECT

    /// A small world (the owner's two cars, a day of history) pinned at `instant`.
    static bool startSmallWorld(BackendProcess &backend, const QString &dir,
                                const QDateTime &instant)
    {
        return backend.start(dir, instant,
                             {QStringLiteral("--demo-world"), QStringLiteral("--world-size"),
                              QStringLiteral("0"), QStringLiteral("--backfill-days"),
                              QStringLiteral("2")});
    }

    static QDateTime worldTimeOf(BackendProcess &backend)
    {
        FleetClient client;
        client.setEndpoint(backend.url(), {backend.pin()});
        return worldNowFrom(client);
    }

private Q_SLOTS:
    void badInstantsAreRefused_data()
    {
        QTest::addColumn<QString>("instant");
        QTest::newRow("seconds") << QStringLiteral("2026-03-29T00:30:15Z");
        QTest::newRow("a fraction") << QStringLiteral("2026-03-29T00:30:00.5Z");
        QTest::newRow("no zone") << QStringLiteral("2026-03-29T00:30:00");
        QTest::newRow("no such day") << QStringLiteral("2026-02-30T00:00:00Z");
        QTest::newRow("a word") << QStringLiteral("tomorrow");
        QTest::newRow("empty") << QString();
    }

    void badInstantsAreRefused()
    {
        QFETCH(QString, instant);
        QTemporaryDir dir;
        const Run run = testing::run(
            BackendProcess::program(),
            {QStringLiteral("--data"), dir.filePath(QStringLiteral("world")),
             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
             QStringLiteral("--world-start"), instant, QStringLiteral("--demo-world")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("--world-start") && run.err.count('\n') == 1, run.err);
        QVERIFY(!QDir(dir.filePath(QStringLiteral("world"))).exists()); // nothing was made
    }

    void aNewWorldStartsThereAndKeepsItsPlaceAcrossRestarts()
    {
        QTemporaryDir dir;
        const QString world = dir.filePath(QStringLiteral("world"));
        const QDateTime instant = worlds::night();
        BackendProcess backend;
        QVERIFY2(startSmallWorld(backend, world, instant), qPrintable(backend.error()));
        const QDateTime first = worldTimeOf(backend);
        QVERIFY2(first >= instant && first < instant.addSecs(120),
                 qPrintable(first.toString(Qt::ISODate)));
        FleetClient client;
        client.setEndpoint(backend.url(), {backend.pin()});
        AWAIT_JOB(login,
                  client.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")));
        AWAIT_JOB(list, client.listVehicles());
        QCOMPARE(list->error(), FleetJob::NoError);
        for (const Vehicle &car : list->result().vehicles)
            QVERIFY2(qAbs(car.status.observedAt.secsTo(instant)) < 120,
                     qPrintable(car.status.observedAt.toString(Qt::ISODate)));

        // Dead at once, started again with another instant: the world resumes where it was.
        backend.kill();
        QTest::qWait(1500);
        QVERIFY2(backend.start(world, worlds::yearsLastDay(), {QStringLiteral("--demo-world")}),
                 qPrintable(backend.error()));
        const QDateTime resumed = worldTimeOf(backend);
        QVERIFY2(resumed >= first && resumed < first.addSecs(180),
                 qPrintable(resumed.toString(Qt::ISODate)));
        const QString warning = backend.takeStandardError();
        QVERIFY2(warning.contains(QStringLiteral("--world-start is ignored")), qPrintable(warning));

        // A clean stop keeps its place too, with the wall time since added.
        backend.stop();
        QTest::qWait(2000);
        QVERIFY2(backend.start(world, instant, {QStringLiteral("--demo-world")}),
                 qPrintable(backend.error()));
        const QDateTime again = worldTimeOf(backend);
        QVERIFY2(again >= resumed.addSecs(2) && again < resumed.addSecs(180),
                 qPrintable(again.toString(Qt::ISODate)));
    }

    void theOwnersViewHoldsTogetherAtEveryInstant_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::newRow("an ordinary morning") << worlds::ordinaryDay();
        QTest::newRow("the night") << worlds::night();
        QTest::newRow("Europe's clocks go forward") << worlds::europeClocksChange();
        QTest::newRow("a month's last half hour") << worlds::monthsLastDay();
        QTest::newRow("a year's last half hour") << worlds::yearsLastDay();
    }

    void theOwnersViewHoldsTogetherAtEveryInstant()
    {
        QFETCH(QDateTime, instant);
        QTemporaryDir dir;
        BackendProcess backend;
        QVERIFY2(startSmallWorld(backend, dir.filePath(QStringLiteral("world")), instant),
                 qPrintable(backend.error()));
        FleetClient client;
        client.setEndpoint(backend.url(), {backend.pin()});
        const QDateTime now = worldNowFrom(client);
        QVERIFY(now >= instant && now < instant.addSecs(120));
        AWAIT_JOB(login,
                  client.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")));
        QCOMPARE(login->error(), FleetJob::NoError);
        AWAIT_JOB(list, client.listVehicles());
        QCOMPARE(list->error(), FleetJob::NoError);
        const std::vector<Vehicle> cars = list->result().vehicles;
        QCOMPARE(cars.size(), std::size_t(2));
        for (const Vehicle &car : cars) {
            // A car that contributes has nothing against it; one that is reachable and does not
            // contribute names why.
            if (car.status.contributing)
                QVERIFY2(car.status.blockingReasons.isEmpty(), qPrintable(car.id));
            else if (car.status.online)
                QVERIFY2(!car.status.blockingReasons.isEmpty(), qPrintable(car.id));
        }

        // The local store keeps exactly these cars, whatever the hour.
        {
            LocalStore store;
            QString error;
            QVERIFY2(store.open(dir.filePath(QStringLiteral("store.sqlite")), &error),
                     qPrintable(error));
            QVERIFY2(store.saveVehicles(cars, 1000), qPrintable(store.lastError()));
        }
        LocalStore reopened;
        QString error;
        QVERIFY(reopened.open(dir.filePath(QStringLiteral("store.sqlite")), &error));
        const std::vector<Vehicle> kept = reopened.vehicles();
        QCOMPARE(kept.size(), cars.size());
        for (std::size_t i = 0; i < kept.size(); ++i) {
            QCOMPARE(kept[i].id, cars[i].id);
            QCOMPARE(kept[i].status.contributing, cars[i].status.contributing);
            QCOMPARE(kept[i].status.blockingReasons, cars[i].status.blockingReasons);
        }

        // The car's local day so far, by the hour: one bucket per hour that has begun, none
        // after "now" (23 hours make the day the clocks go forward).
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime localMidnight(now.toTimeZone(berlin).date(), QTime(0, 0), berlin);
        AWAIT_JOB(hours, client.fetchHistory(QStringLiteral("veh-alex-1"), localMidnight, now,
                                             FleetClient::Resolution::Hour));
        QCOMPARE(hours->error(), FleetJob::NoError);
        const qint64 begun = (localMidnight.secsTo(now) + 3599) / 3600;
        QVERIFY2(
            std::abs(qint64(hours->result().size()) - begun) <= 1,
            qPrintable(
                QStringLiteral("%1 buckets for %2 hours").arg(hours->result().size()).arg(begun)));
        for (const HistoryPoint &point : hours->result()) {
            QVERIFY(point.start >= localMidnight.addSecs(-3600));
            QVERIFY(point.start <= now);
        }
    }
};

QTEST_GUILESS_MAIN(TestWorldClock)
#include "test_world_clock.moc"
