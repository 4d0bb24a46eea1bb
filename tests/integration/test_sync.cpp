// The local store's sync against a real idlefleetd over TLS: the cars and a car's history are
// kept across restarts, a sync resumes from the store's cursor and stores nothing twice, and a
// server killed in the middle of a sync and started again costs nothing but a short wait.

#include "backendtestbase.h"
#include "livestreamclient.h"
#include "policy/zonerules.h"
#include "storesync.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTimer>
#include <csignal>
#include <limits>

class SyncTest : public BackendTestBase
{
    Q_OBJECT

    const QString Car = QStringLiteral("veh-alex-1");
    const QString Zone = QStringLiteral("Europe/Berlin"); // the car's

    std::unique_ptr<LocalStore> openStore(const QString &name)
    {
        auto store = std::make_unique<LocalStore>();
        QString error;
        if (!store->open(m_dir.filePath(name), &error))
            qFatal("%s", qPrintable(error));
        return store;
    }

    static QString run(StoreSync &sync, const std::function<void()> &start, int timeoutMs = 60000)
    {
        QSignalSpy finished(&sync, &StoreSync::finished);
        start();
        if (!finished.wait(timeoutMs))
            return QStringLiteral("did not finish");
        return finished.first().at(0).toString();
    }

    /// How many minute points the backend itself has for the car over [from, to).
    int serverMinutes(FleetClient &client, const QDateTime &from, const QDateTime &to)
    {
        // Pages meet at a minute both may hold: count each minute once.
        QSet<qint64> minutes;
        for (QDateTime at = from; at < to; at = at.addDays(31)) {
            const auto page = FINISHED_JOB(client.fetchHistory(
                Car, at, std::min(to, at.addDays(31)), FleetClient::Resolution::Minute));
            for (const HistoryPoint &point : page->result())
                minutes.insert(point.start.toSecsSinceEpoch());
        }
        return int(minutes.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        startWorld();
    }

    void theCarsAreKeptAcrossRestarts()
    {
        FleetClient client;
        signIn(client);
        {
            auto store = openStore(QStringLiteral("cars.sqlite"));
            StoreSync sync(&client, store.get());
            QCOMPARE(run(sync, [&] { sync.syncVehicles(); }), QString());
        }
        auto store = openStore(QStringLiteral("cars.sqlite"));
        const auto cars = store->vehicles();
        QCOMPARE(cars.size(), std::size_t(2));
        QCOMPARE(cars.front().id, Car);
        QVERIFY(!cars.front().status.currency.isEmpty());
        QVERIFY(store->vehiclesSyncedMs() > QDateTime::currentMSecsSinceEpoch() - 60000);
    }

    void historySyncsIncrementallyWithoutDuplicates()
    {
        FleetClient client;
        signIn(client);
        auto store = openStore(QStringLiteral("history.sqlite"));
        StoreSync sync(&client, store.get());
        const QDateTime to = worldNow().addSecs(-120);
        const QDateTime from = to.addDays(-3);
        QSignalSpy progress(&sync, &StoreSync::progress);
        QCOMPARE(run(sync, [&] { sync.syncHistory(Car, from, to); }), QString());
        const int stored = store->historyCount(Car, 1);
        QCOMPARE(stored, serverMinutes(client, from, to));
        QVERIFY(stored > 3 * 1440 - 5);
        // Again, a little later: only the tail is asked for, and nothing is stored twice.
        const QDateTime later = worldNow();
        progress.clear();
        QCOMPARE(run(sync, [&] { sync.syncHistory(Car, from, later); }), QString());
        QCOMPARE(progress.size(), 1);
        QCOMPARE(store->historyCount(Car, 1), serverMinutes(client, from, later));
        const auto points =
            store->history(Car, 1, from.toSecsSinceEpoch(), later.toSecsSinceEpoch());
        for (std::size_t i = 1; i < points.size(); ++i)
            QVERIFY(points[i].start == points[i - 1].start + 60);
    }

    void sessionsAndEventsSyncIncrementallyWithoutDuplicates()
    {
        FleetClient client;
        signIn(client);
        auto store = openStore(QStringLiteral("activity.sqlite"));
        StoreSync sync(&client, store.get());
        // A range that has ended: the world goes on, but what lies in it stays put, except a
        // contribution still running at its end, which grows (it is left out of the sums).
        // (89 days: the world's oldest minutes go as its clock moves past the 90 days kept.)
        const QDateTime to = worldNow().addSecs(-120);
        const QDateTime from = to.addDays(-89);
        const qint64 settled = to.toSecsSinceEpoch();
        QCOMPARE(run(sync, [&] { sync.syncSessions(Car, Zone, from, to); }), QString());
        QCOMPARE(run(sync, [&] { sync.syncEvents(Car, from, to); }), QString());

        // Exactly what the backend has over the same local hours, asked for in one go (92 days
        // at most, so two calls split at a local midnight): every session once, to the micro.
        const auto rules = policy::ZoneRules::forZone(Zone.toUtf8());
        QVERIFY(rules);
        const qint64 first = rules->hourStart(from.toSecsSinceEpoch());
        const qint64 last = rules->hourStartAtOrAfter(to.toSecsSinceEpoch());
        const qint64 middle = rules->dayStart((first + last) / 2);
        std::vector<AmountsAt> server;
        for (const auto &[a, b] : {std::pair{first, middle}, std::pair{middle, last}}) {
            AWAIT_JOB(job, client.fetchSessions(Car, QDateTime::fromSecsSinceEpoch(a, Qt::UTC),
                                                QDateTime::fromSecsSinceEpoch(b, Qt::UTC)));
            appendSessions(server, job->result().entries);
        }
        qint64 serverNet = 0;
        for (const auto &session : server) {
            if (session.end.toSecsSinceEpoch() < settled)
                serverNet += session.amounts.netMicros;
        }
        const auto sessions = store->sessions(Car, 0, std::numeric_limits<qint64>::max());
        const int serverSessions = int(server.size());
        QVERIFY(serverSessions > 30);
        QCOMPARE(int(sessions.size()), serverSessions);
        qint64 storedNet = 0;
        for (const auto &session : sessions) {
            if (session.end < settled)
                storedNet += session.netMicros;
        }
        QVERIFY(storedNet > 0);
        QCOMPARE(storedNet, serverNet);
        int serverEvents = 0;
        for (QDateTime at = from; at < to; at = at.addDays(31)) {
            AWAIT_JOB(page, client.fetchEvents(Car, at, std::min(to, at.addDays(31))));
            serverEvents += int(page->result().size());
        }
        const auto events = store->events(Car, from.toSecsSinceEpoch(), to.toSecsSinceEpoch());
        QCOMPARE(int(events.size()), serverEvents);

        // Again: one page from the cursors on, and nothing kept twice.
        QSignalSpy progress(&sync, &StoreSync::progress);
        QCOMPARE(run(sync, [&] { sync.syncSessions(Car, Zone, from, to); }), QString());
        QCOMPARE(progress.size(), 1);
        QCOMPARE(int(store->sessions(Car, 0, std::numeric_limits<qint64>::max()).size()),
                 serverSessions);
        qint64 againNet = 0;
        for (const auto &session : store->sessions(Car, 0, std::numeric_limits<qint64>::max())) {
            if (session.end < settled)
                againNet += session.netMicros;
        }
        QCOMPARE(againNet, serverNet);
        QCOMPARE(run(sync, [&] { sync.syncEvents(Car, from, to); }), QString());
        QCOMPARE(int(store->events(Car, from.toSecsSinceEpoch(), to.toSecsSinceEpoch()).size()),
                 serverEvents);
    }

    void aSlowServerNeverFreezesTheEventLoop()
    {
        // The server stops answering (SIGSTOP) in the middle of a sync for three seconds: the
        // thread that would draw the window keeps turning, the sync finishes once it answers.
        FleetClient client;
        signIn(client);
        auto store = openStore(QStringLiteral("slow.sqlite"));
        StoreSync sync(&client, store.get());
        const QDateTime to = worldNow().addSecs(-120);
        QElapsedTimer sinceTick;
        sinceTick.start();
        qint64 longestGapMs = 0;
        QTimer ticker;
        ticker.setInterval(10);
        QObject::connect(&ticker, &QTimer::timeout, this,
                         [&] { longestGapMs = std::max(longestGapMs, sinceTick.restart()); });
        ticker.start();
        ::kill(pid_t(m_backend.pid()), SIGSTOP);
        QTimer::singleShot(3000, this, [this] { ::kill(pid_t(m_backend.pid()), SIGCONT); });
        QElapsedTimer took;
        took.start();
        QCOMPARE(run(
                     sync, [&] { sync.syncHistory(Car, to.addDays(-40), to); }, 60000),
                 QString());
        ticker.stop();
        QVERIFY2(took.elapsed() >= 2900, "the sync cannot finish while the server is stopped");
        qInfo("longest stand-still of the event loop: %lld ms", longestGapMs);
        QVERIFY2(longestGapMs < 250, qPrintable(QStringLiteral("the event loop stood still for "
                                                               "%1 ms")
                                                    .arg(longestGapMs)));
    }

    void aServerKilledMidSyncCostsOnlyAWait()
    {
        FleetClient client;
        signIn(client);
        auto store = openStore(QStringLiteral("killed.sqlite"));
        StoreSync sync(&client, store.get());
        const QDateTime to = worldNow().addSecs(-120);
        const QDateTime from = to.addDays(-60); // two pages
        const QUrl url = m_backend.url();
        bool killed = false;
        QObject::connect(&sync, &StoreSync::progress, this, [&](int done) {
            if (done != 1 || killed)
                return;
            killed = true;
            // Dead in the middle, back on the same port a moment later.
            m_backend.kill();
            QTimer::singleShot(300, this, [&] {
                QVERIFY(m_backend.start(dataDir(), worlds::ordinaryDay(),
                                        {QStringLiteral("--demo-world"), QStringLiteral("--listen"),
                                         QStringLiteral("127.0.0.1:%1").arg(url.port())}));
            });
        });
        QCOMPARE(run(
                     sync, [&] { sync.syncHistory(Car, from, to); }, 90000),
                 QString());
        QVERIFY(killed);
        FleetClient again;
        signIn(again);
        QCOMPARE(store->historyCount(Car, 1), serverMinutes(again, from, to));
    }

    void tokensThatExpireMidWorkAreRefreshedSilently()
    {
        // A backend whose access tokens last a second: a sync and a stream outlive several.
        QTemporaryDir dir;
        BackendProcess backend;
        QVERIFY2(backend.start(dir.filePath(QStringLiteral("world")), worlds::ordinaryDay(),
                               {QStringLiteral("--demo-world"), QStringLiteral("--world-size"),
                                QStringLiteral("10"), QStringLiteral("--access-token-seconds"),
                                QStringLiteral("1")}),
                 qPrintable(backend.error()));
        FleetClient client;
        client.setEndpoint(backend.url(), {backend.pin()});
        AWAIT_JOB(login,
                  client.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")));
        QCOMPARE(login->error(), FleetJob::NoError);
        const QByteArray firstToken = client.session().accessToken;

        LocalStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("store.sqlite")), &error));
        StoreSync sync(&client, &store);
        QObject::connect(&sync, &StoreSync::progress, this, [](int) {
            QTest::qWait(1500); // the token expires between two pages
        });
        const QDateTime to = worldNow().addSecs(-120);
        QCOMPARE(run(sync, [&] { sync.syncHistory(Car, to.addDays(-60), to); }), QString());
        QVERIFY(client.session().accessToken != firstToken);
        QVERIFY(store.historyCount(Car, 1) >= 60 * 1440);

        // The stream is closed when its token expires (4001) and comes back, resumed.
        LiveStreamClient stream(&client);
        QSignalSpy opened(&stream, &LiveStreamClient::opened);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(opened.size() >= 2, 15000);
        QCOMPARE(opened.at(1).at(0).toBool(), true);
        stream.stop();
    }
};

QTEST_GUILESS_MAIN(SyncTest)
#include "test_sync.moc"
