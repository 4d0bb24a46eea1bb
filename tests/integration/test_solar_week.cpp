// Energy-aware contribution end to end (spec/policy.md, spec/ledger.md): Alex's saloon, under its
// 7 kWp roof in Berlin, runs a solarOnly policy through a simulated summer week. It contributes
// only while the roof's surplus covers its whole draw: its entries carry no grid or battery
// energy, and its carbon is zero.

#include "backendtestbase.h"
#include "policy/zonerules.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

const QString Car = QStringLiteral("veh-alex-1");

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

/// Any time of any day, plugged in, only on the sun; a tariff whose feed-in prices the surplus.
const char *const SolarOnly = R"({"enabled": true, "timeZone": "Europe/Berlin",
    "windows": [{"daysMask": 127, "startMinute": 0, "endMinute": 1440}],
    "minSocPercent": 20, "requirePluggedIn": true, "solarOnly": true,
    "tariff": {"currency": "EUR", "defaultPriceMicrosPerKwh": "320000",
               "feedInMicrosPerKwh": "80000"}})";

/// How far the world in `path` has simulated and committed, in seconds since the epoch.
qint64 simulatedUntil(const QString &path)
{
    qint64 until = 0;
    const QString name = QStringLiteral("solar-week");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT value / 1000 FROM meta WHERE key = "
                                           "'simulated_until_ms'"),
                            db);
            if (query.next())
                until = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return until;
}

} // namespace

class TestSolarWeek : public BackendTestBase
{
    Q_OBJECT

    qint64 simulatedUntil() const
    {
        return ::simulatedUntil(dataDir() + QStringLiteral("/idlefleetd.sqlite"));
    }

    QStringList serverArguments() const
    {
        return {QStringLiteral("--server"), m_backend.url().toString(), QStringLiteral("--pin"),
                m_backend.pin()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A small world at the week's start: the owner signs the solar policy at world speed,
        // then the world runs a week in about twenty seconds.
        const QStringList world{QStringLiteral("--demo-world"), QStringLiteral("--world-size"),
                                QStringLiteral("8"), QStringLiteral("--backfill-days"),
                                QStringLiteral("1")};
        QVERIFY2(m_backend.start(dataDir(), worlds::summerWeek(), world),
                 qPrintable(m_backend.error()));
        QTemporaryDir home;
        QCOMPARE(ctl(serverArguments() +
                         QStringList{QStringLiteral("login"), QStringLiteral("alex@example.com")},
                     home.path(), "demo-owner")
                     .exitCode,
                 0);
        const QString paired = pairFromCommandLine(home.path(), Car);
        QVERIFY2(paired.isEmpty(), qPrintable(paired));
        const QString file = home.filePath(QStringLiteral("solar.json"));
        QFile policy(file);
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write(SolarOnly);
        policy.close();
        const Run set =
            ctl({QStringLiteral("policy"), QStringLiteral("set"), Car, file}, home.path());
        QVERIFY2(set.exitCode == 0, set.err.constData());

        m_backend.stop();
        QVERIFY2(m_backend.start(dataDir(), worlds::summerWeek(),
                                 {QStringLiteral("--clock-speed"), QStringLiteral("30000")}),
                 qPrintable(m_backend.error()));
        // Tuesday to Monday in Berlin: whole local days after the policy applied.
        const auto berlin = policy::ZoneRules::forZone("Europe/Berlin");
        m_from = berlin->dayStart(worlds::summerWeek().toSecsSinceEpoch() + 86400);
        m_to = berlin->dayStart(m_from + 6 * 86400 + 3600);
        // Until the simulator itself has written the week and an hour past it (its clock may run
        // ahead of it on a busy machine): what it has committed, read from its database.
        QElapsedTimer waited;
        waited.start();
        while (simulatedUntil() < m_to + 3600) {
            QVERIFY2(waited.elapsed() < 240000, "the world did not reach the week's end");
            QTest::qWait(500);
        }
    }

    void theCarContributesOnlyOnTheSun()
    {
        FleetClient client;
        signIn(client);
        AWAIT_JOB(days, client.fetchEarnings(Car, at(m_from), at(m_to), FleetClient::Period::Day));
        QCOMPARE(days->error(), FleetJob::NoError);
        const Amounts &week = days->result().totals;
        qInfo("the week: %d minutes, %lld Wh, %lld Wh on the sun, %lld g of CO2 avoided",
              week.contributingMinutes, week.energyWh, week.solarWh, week.carbonAvoidedGrams);
        // A summer weekend at home under a 7 kWp roof: hours of sunshine to run on.
        QVERIFY2(week.contributingMinutes > 6 * 60,
                 qPrintable(QString::number(week.contributingMinutes)));
        QVERIFY(week.energyWh > 0);
        QCOMPARE(week.solarWh, week.energyWh);
        QCOMPARE(week.gridWh, qint64(0));
        QCOMPARE(week.batteryWh, qint64(0));
        QCOMPARE(week.carbonGrams, qint64(0));
        QCOMPARE(week.carbonUnknownWh, qint64(0));
        QCOMPARE(week.wearMicros, qint64(0));
        // What the sun kept off Germany's grid, and its price at the feed-in rate.
        QVERIFY(week.carbonAvoidedGrams > 0);
        // 300 W for a minute is exactly 5 Wh, 400 µ at 80,000 µ/kWh: each entry's cost, rounded
        // once, is its energy at the feed-in price.
        QCOMPARE(week.costMicros, week.energyWh * 80);

        // Hour by hour: only in daylight (Berlin's sun rises near 04:45 and sets near 21:30).
        AWAIT_JOB(hours,
                  client.fetchEarnings(Car, at(m_from), at(m_to), FleetClient::Period::Hour));
        QCOMPARE(hours->error(), FleetJob::NoError);
        int sunnyHours = 0;
        for (const AmountsAt &hour : hours->result().entries) {
            if (hour.amounts.contributingMinutes == 0)
                continue;
            ++sunnyHours;
            const int local = hour.start.toTimeZone(QTimeZone("Europe/Berlin")).time().hour();
            QVERIFY2(local >= 5 && local < 21, qPrintable(hour.start.toString(Qt::ISODate)));
            QCOMPARE(hour.amounts.gridWh, qint64(0));
            QCOMPARE(hour.amounts.solarWh, hour.amounts.energyWh);
        }
        QVERIFY(sunnyHours >= 6);
    }

    void atNightTheSunIsWhatBlocks()
    {
        // Wednesday 03:00 in Berlin: at home, plugged in, inside the window, no sun.
        FleetClient client;
        signIn(client);
        AWAIT_JOB(trace, client.fetchTrace(Car, at(m_from + 86400 + 3 * 3600)));
        QCOMPARE(trace->error(), FleetJob::NoError);
        QStringList reasons;
        for (const std::string &reason : trace->result().reasons())
            reasons.append(QString::fromStdString(reason));
        QCOMPARE(reasons, QStringList{QStringLiteral("no_solar_surplus")});
    }

    void cleanupTestCase() { m_backend.stop(); }

private:
    qint64 m_from = 0;
    qint64 m_to = 0;
};

QTEST_GUILESS_MAIN(TestSolarWeek)
#include "test_solar_week.moc"
