// spec/ledger.md, "Every view is a sum of entries": over the demo world's 90 days, for each of
// the owner's cars, hours, days, weeks, months, sessions, the statement's CSV, the data export
// and the payouts agree to the micro; the organisation's per-car figures add up exactly to its
// totals per currency and per group.

#include "backendtestbase.h"
#include "policy/zonerules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <limits>
#include <map>

namespace {

bool same(const Amounts &a, const Amounts &b)
{
    return a.contributingMinutes == b.contributingMinutes && a.energyWh == b.energyWh &&
           a.costMicros == b.costMicros && a.grossMicros == b.grossMicros &&
           a.ownerMicros == b.ownerMicros && a.netMicros == b.netMicros && a.gridWh == b.gridWh &&
           a.batteryWh == b.batteryWh && a.solarWh == b.solarWh && a.carbonGrams == b.carbonGrams &&
           a.carbonUnknownWh == b.carbonUnknownWh && a.carbonAvoidedGrams == b.carbonAvoidedGrams &&
           a.wearMicros == b.wearMicros;
}

/// The amounts of an export's session or entry, as the client reads them.
template<typename Message>
Amounts amountsOf(const Message &m)
{
    Amounts a{m.energy_wh(),  m.cost_micros(),          m.gross_micros(), m.owner_micros(),
              m.net_micros(), m.contributing_minutes(), m.grid_wh(),      m.battery_wh()};
    a.solarWh = m.solar_wh();
    a.carbonGrams = m.carbon_grams();
    a.carbonUnknownWh = m.carbon_unknown_wh();
    a.carbonAvoidedGrams = m.carbon_avoided_grams();
    a.wearMicros = m.wear_micros();
    return a;
}

QString text(const Amounts &a)
{
    return QStringLiteral("%1 min, %2 Wh (%3 grid, %4 battery, %9 solar), cost %5, gross %6, "
                          "owner %7, net %8, carbon %10 g (%11 Wh unknown, %12 g avoided), "
                          "wear %13")
        .arg(a.contributingMinutes)
        .arg(a.energyWh)
        .arg(a.gridWh)
        .arg(a.batteryWh)
        .arg(a.costMicros)
        .arg(a.grossMicros)
        .arg(a.ownerMicros)
        .arg(a.netMicros)
        .arg(a.solarWh)
        .arg(a.carbonGrams)
        .arg(a.carbonUnknownWh)
        .arg(a.carbonAvoidedGrams)
        .arg(a.wearMicros);
}

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

#define COMPARE_AMOUNTS(actual, expected)                                                          \
    QVERIFY2(same(actual, expected),                                                               \
             qPrintable(text(actual) + QStringLiteral("\n   expected ") + text(expected)))

class TestLedgerReconciliation : public BackendTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        startWorld();
    }

    void everyViewOfEachCarIsTheSameSumOfEntries_data()
    {
        QTest::addColumn<QString>("car");
        QTest::newRow("veh-alex-1") << QStringLiteral("veh-alex-1");
        QTest::newRow("veh-alex-2") << QStringLiteral("veh-alex-2");
    }

    void everyViewOfEachCarIsTheSameSumOfEntries()
    {
        QFETCH(QString, car);
        FleetClient client;
        signIn(client);
        const auto rules = policy::ZoneRules::forZone("Europe/Berlin");
        const qint64 now = worldNow().toSecsSinceEpoch();
        // The world's whole life (90 days of backfill) to the next local hour.
        const qint64 from = rules->dayStart(now - 91 * 86400);
        const qint64 to = rules->nextHourStart(now);

        AWAIT_JOB(sessions, client.fetchSessions(car, at(from), at(to)));
        QCOMPARE(sessions->error(), FleetJob::NoError);
        Amounts bySession;
        for (const AmountsAt &s : sessions->result().entries)
            bySession.add(s.amounts);
        QVERIFY(bySession.netMicros > 0);

        std::map<QString, std::map<qint64, Amounts>> buckets;
        for (const auto &[name, period] :
             {std::pair{QStringLiteral("day"), FleetClient::Period::Day},
              std::pair{QStringLiteral("week"), FleetClient::Period::Week},
              std::pair{QStringLiteral("month"), FleetClient::Period::Month}}) {
            AWAIT_JOB(earnings, client.fetchEarnings(car, at(from), at(to), period));
            QCOMPARE(earnings->error(), FleetJob::NoError);
            COMPARE_AMOUNTS(earnings->result().totals, bySession);
            for (const AmountsAt &b : earnings->result().entries)
                buckets[name][b.start.toSecsSinceEpoch()] = b.amounts;
        }
        Amounts byHour;
        for (qint64 start = from; start < to;) {
            const qint64 end = std::min(to, rules->dayStart(start + 30 * 86400));
            AWAIT_JOB(hours,
                      client.fetchEarnings(car, at(start), at(end), FleetClient::Period::Hour));
            QCOMPARE(hours->error(), FleetJob::NoError);
            byHour.add(hours->result().totals);
            start = end;
        }
        COMPARE_AMOUNTS(byHour, bySession);

        // The data export holds every session, whole: the same sums.
        AWAIT_JOB(exported, client.exportMyData());
        QCOMPARE(exported->error(), FleetJob::NoError);
        Amounts byExport;
        for (const v1::ExportedVehicle &vehicle : exported->result().vehicles()) {
            if (QString::fromStdString(vehicle.id()) != car)
                continue;
            for (const v1::ContributionSession &s : vehicle.sessions()) {
                byExport.add(amountsOf(s.amounts()));
            }
            // ...and the ledger it is made of, the jobs, the payouts, the history: everything.
            Amounts byEntry;
            for (const v1::LedgerEntry &e : vehicle.entries())
                byEntry.add(amountsOf(e));
            COMPARE_AMOUNTS(byEntry, bySession);
            qint64 jobPay = 0;
            for (const v1::Job &job : vehicle.jobs())
                jobPay += job.pay_micros();
            QCOMPARE(jobPay, bySession.grossMicros);
            QVERIFY(vehicle.payouts_size() >= 2);
            QVERIFY(vehicle.policy_history_size() >= 1);
            QVERIFY(vehicle.status_history_size() > 80 * 1440);
            QVERIFY(vehicle.events_size() > 100);
        }
        COMPARE_AMOUNTS(byExport, bySession);

        // Each settled month: its payout's net, its statement's CSV (from idlefleetctl, the app's
        // document) and its month bucket agree; balances carry over from month to month.
        AWAIT_JOB(payouts, client.fetchPayouts(car));
        QCOMPARE(payouts->error(), FleetJob::NoError);
        QVERIFY(payouts->result().payouts_size() >= 2);
        QTemporaryDir home;
        const Run login =
            ctl({QStringLiteral("--server"), m_backend.url().toString(), QStringLiteral("--pin"),
                 m_backend.pin(), QStringLiteral("login"), QStringLiteral("alex@example.com")},
                home.path(), "demo-owner");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        qint64 carried = 0;
        for (const v1::Payout &payout : payouts->result().payouts()) {
            const QDate month = QDate::fromString(QString::fromStdString(payout.month()),
                                                  QStringLiteral("yyyy-MM"));
            const qint64 monthStart =
                rules->boundary(month.toJulianDay() - QDate(1970, 1, 1).toJulianDay(), 0);
            const auto bucket = buckets[QStringLiteral("month")].find(std::max(monthStart, from));
            const qint64 monthNet =
                bucket == buckets[QStringLiteral("month")].end() ? 0 : bucket->second.netMicros;
            QCOMPARE(payout.net_micros(), monthNet);
            QCOMPARE(payout.carried_in_micros(), carried);
            QCOMPARE(payout.carried_in_micros() + payout.net_micros(),
                     payout.amount_micros() + payout.carried_out_micros());
            QVERIFY(payout.state() == "carried" || payout.amount_micros() >= 10000000);
            carried = payout.carried_out_micros();
            if (monthStart < from)
                continue; // the world began inside it: its CSV is checked for whole months
            QVERIFY(bucket != buckets[QStringLiteral("month")].end());
            const QString csv = home.filePath(QStringLiteral("%1.csv").arg(month.toString()));
            const Run statement =
                ctl({QStringLiteral("statement"), car, QStringLiteral("--month"),
                     month.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("--output"), csv},
                    home.path());
            QVERIFY2(statement.exitCode == 0, statement.err.constData());
            QFile file(csv);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
            QCOMPARE(lines.size() - 1, month.daysInMonth());
            Amounts byDay;
            for (int i = 1; i < lines.size(); ++i) {
                const QList<QByteArray> c = lines[i].split(',');
                Amounts day{c[2].toLongLong(),  c[7].toLongLong(),  c[9].toLongLong(),
                            c[10].toLongLong(), c[11].toLongLong(), c[1].toInt(),
                            c[4].toLongLong(),  c[5].toLongLong()};
                day.solarWh = c[3].toLongLong();
                day.carbonGrams = c[6].toLongLong();
                day.wearMicros = c[8].toLongLong();
                byDay.add(day);
            }
            // The CSV's columns are the contract's: no carbon of unknown intensity, none avoided.
            Amounts inMonth = bucket->second;
            inMonth.carbonUnknownWh = inMonth.carbonAvoidedGrams = 0;
            COMPARE_AMOUNTS(byDay, inMonth);
        }
    }

    void theOrganisationsCarsAddUpToItsTotals()
    {
        FleetClient client;
        signIn(client, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        const qint64 now = worldNow().toSecsSinceEpoch();
        // Its cars began two days before the world's start: three days hold everything.
        const qint64 from = (now - 4 * 86400) / 3600 * 3600;
        const qint64 to = (now / 3600 + 2) * 3600;
        AWAIT_JOB(summary, client.fetchOrganisationSummary(at(from), at(to)));
        QCOMPARE(summary->error(), FleetJob::NoError);
        std::map<QString, Amounts> fleet;
        for (const auto &currency : summary->result().currencies())
            fleet[QString::fromStdString(currency.currency())] = amountsOf(currency.totals());
        QVERIFY(fleet.size() >= 3); // EUR, PLN, GBP
        // By group, then currency; the groups' totals of a currency add up to the fleet's.
        std::map<std::pair<QString, QString>, Amounts> groups;
        std::map<QString, Amounts> sumOfGroups;
        for (const auto &group : summary->result().groups()) {
            for (const auto &currency : group.currencies()) {
                const QString code = QString::fromStdString(currency.currency());
                groups[{QString::fromStdString(group.name()), code}] = amountsOf(currency.totals());
                sumOfGroups[code].add(amountsOf(currency.totals()));
            }
        }
        QVERIFY(summary->result().groups_size() >= 3);
        for (const auto &[currency, amounts] : fleet)
            COMPARE_AMOUNTS(sumOfGroups[currency], amounts);

        std::map<QString, Amounts> perCar;
        std::map<std::pair<QString, QString>, Amounts> perCarOfGroup;
        QString pageToken;
        int cars = 0;
        do {
            AWAIT_JOB(page, client.listVehicles(500, pageToken));
            QCOMPARE(page->error(), FleetJob::NoError);
            for (const Vehicle &vehicle : page->result().vehicles) {
                auto rules = policy::ZoneRules::forZone(vehicle.timeZone.toUtf8());
                QVERIFY(rules);
                AWAIT_JOB(earnings, client.fetchEarnings(vehicle.id, at(rules->hourStart(from)),
                                                         at(rules->hourStartAtOrAfter(to)),
                                                         FleetClient::Period::Month));
                QVERIFY2(earnings->error() == FleetJob::NoError,
                         qPrintable(earnings->errorString()));
                const Amounts &t = earnings->result().totals;
                perCar[earnings->result().currency].add(t);
                perCarOfGroup[{vehicle.group, earnings->result().currency}].add(t);
                ++cars;
            }
            pageToken = page->result().nextPageToken;
        } while (!pageToken.isEmpty());
        QVERIFY2(cars >= 2000, qPrintable(QString::number(cars)));
        QCOMPARE(perCar.size(), fleet.size());
        for (const auto &[currency, amounts] : fleet) {
            QVERIFY2(amounts.netMicros != 0, qPrintable(currency));
            COMPARE_AMOUNTS(perCar[currency], amounts);
        }
        // No car changed group: each group's figures are its cars'.
        QCOMPARE(perCarOfGroup.size(), groups.size());
        int groupsWithEnergy = 0;
        for (const auto &[key, amounts] : groups) {
            groupsWithEnergy += amounts.energyWh > 0;
            COMPARE_AMOUNTS(perCarOfGroup[key], amounts);
        }
        QVERIFY2(groupsWithEnergy >= 8, qPrintable(QString::number(groupsWithEnergy)));
    }
};

QTEST_GUILESS_MAIN(TestLedgerReconciliation)
#include "test_ledger_reconciliation.moc"
