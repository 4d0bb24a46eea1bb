// The backend's Store on a real SQLite file keeps empty text as empty text: a car in no group, a
// car nobody named, an account in no organisation, a key without a label, a policy with no fields.
// An organisation's hourly sums follow its cars' groups.

#include "jobmarket.h"
#include "policy/zonerules.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace idlefleet::backend;

class TestBackendStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyTextIsKeptEverywhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("idlefleetd.sqlite"));
        {
            Store store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            SimulatedVehicle car;
            car.id = QStringLiteral("veh-1");
            car.owner = QStringLiteral("acc-1");
            car.timeZone = QStringLiteral("Europe/Berlin");
            car.name = QString();
            car.model = QString();
            car.group = QString();
            car.policyVersion = 1; // an empty policy serialises to no bytes at all
            QVERIFY2(store.world().insertVehicles({car}, &error), qPrintable(error));
            QVERIFY2(store.policies().savePolicies({car}, &error), qPrintable(error));
            QVERIFY2(store.world().saveStates(
                         {car}, QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC),
                         QDateTime(QDate(2026, 3, 29), QTime(1, 0, 30), Qt::UTC), &error),
                     qPrintable(error));
            QVERIFY2(store.policies().setGroup({car.id}, QString(), &error), qPrintable(error));

            AccountRecord account;
            account.id = QStringLiteral("acc-1");
            account.email = QStringLiteral("owner@example.com");
            account.displayName = QString();
            account.organisationId = QString();
            account.password = "record";
            QVERIFY2(store.accounts().insertAccount(account, &error), qPrintable(error));

            KeyRecord key;
            key.vehicleId = car.id;
            key.keyId = QStringLiteral("key-1");
            key.publicKey = "spki";
            key.label = QString();
            QVERIFY(store.keys().insertKey(key));
        }
        Store reopened;
        QString error;
        QVERIFY2(reopened.open(path, &error), qPrintable(error));
        const std::vector<SimulatedVehicle> cars = reopened.world().loadVehicles();
        QCOMPARE(cars.size(), std::size_t(1));
        QCOMPARE(cars.front().group, QString());
        QCOMPARE(cars.front().name, QString());
        QCOMPARE(cars.front().policyVersion, qint64(1));
        QCOMPARE(reopened.world().simulatedUntil(),
                 QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC));
        const auto mark = reopened.world().worldMark();
        QVERIFY(mark.has_value());
        QCOMPARE(mark->world, QDateTime(QDate(2026, 3, 29), QTime(1, 0, 30), Qt::UTC));
        QVERIFY(mark->wallMs > 0);
        const auto account =
            reopened.accounts().accountByEmail(QStringLiteral("owner@example.com"));
        QVERIFY(account.has_value());
        QCOMPARE(account->organisationId, QString());
        QCOMPARE(reopened.keys().keysOf(QStringLiteral("veh-1")).size(), std::size_t(1));
    }

    /// An hour of a car counts for the group the car was in when the hour was last written: a
    /// car moved takes the hour it contributes in with it and leaves its earlier hours behind.
    void anOrganisationsHoursFollowItsCarsGroups()
    {
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("idlefleetd.sqlite")), &error),
                 qPrintable(error));
        const QString owner = QStringLiteral("org:depots");
        std::vector<SimulatedVehicle> cars(2);
        for (std::size_t i = 0; i < cars.size(); ++i) {
            cars[i].id = QStringLiteral("veh-%1").arg(i);
            cars[i].owner = owner;
            cars[i].timeZone = QStringLiteral("Europe/Berlin");
            cars[i].group = i == 0 ? QStringLiteral("North") : QStringLiteral("South");
        }
        QVERIFY2(store.world().insertVehicles(cars, &error), qPrintable(error));
        const auto berlin = idlefleet::policy::ZoneRules::forZone("Europe/Berlin");
        const qint64 ten = QDateTime(QDate(2026, 6, 22), QTime(10, 0), Qt::UTC).toSecsSinceEpoch();
        LedgerBook book;
        // Both cars contribute from `from` to `to` (UTC seconds), then the store keeps it.
        const auto contribute = [&](qint64 from, qint64 to) {
            for (qint64 t = from; t < to; t += 60) {
                for (const SimulatedVehicle &car : cars) {
                    LedgerMinute minute;
                    minute.start = t;
                    minute.contributing = minute.pluggedIn = true;
                    minute.computeWatts = 300;
                    minute.solarWatts = car.id == QLatin1String("veh-0") ? 100 : 0;
                    minute.carbonGramsPerKwh = 400;
                    minute.priceMicrosPerKwh = 150000;
                    minute.grossMicrosPerHour = 200000;
                    minute.shareBasisPoints = JobMarket::OwnerShareBasisPoints;
                    minute.currency = QStringLiteral("EUR");
                    book.add(car.id, owner, *berlin, minute);
                }
            }
            const QDateTime until = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
            return store.world().commitWorld({}, {}, book.take(), until, until, &error);
        };
        QVERIFY2(contribute(ten, ten + 5400), qPrintable(error)); // 10:00 to 11:30
        QVERIFY2(
            store.policies().setGroup({QStringLiteral("veh-0")}, QStringLiteral("South"), &error),
            qPrintable(error));
        QVERIFY2(contribute(ten + 5400, ten + 9000), qPrintable(error)); // to 12:30

        const auto minutesOf = [](const std::vector<LedgerRepository::GroupTotal> &totals) {
            QStringList out;
            for (const auto &total : totals)
                out.append(QStringLiteral("%1 %2 %3 min %4 Wh %5 solar")
                               .arg(total.group, total.currency)
                               .arg(total.sums.minutes)
                               .arg(total.sums.energyWh)
                               .arg(total.sums.solarWh));
            return out;
        };
        // 10:00 stays with North; 11:00, touched after the move, and 12:00 are South's.
        QCOMPARE(minutesOf(store.ledger().groupTotals(owner, ten, ten + 3 * 3600)),
                 (QStringList{QStringLiteral("North EUR 60 min 300 Wh 100 solar"),
                              QStringLiteral("South EUR 240 min 1200 Wh 150 solar")}));
        QCOMPARE(minutesOf(store.ledger().groupTotals(owner, ten + 3600, ten + 2 * 3600)),
                 (QStringList{QStringLiteral("South EUR 120 min 600 Wh 100 solar")}));
        // The organisation's hours are its groups' sums, whatever group each car is in.
        QStringList hours;
        LedgerSums all;
        for (const auto &hour : store.ledger().ownerHours(owner, ten, ten + 3 * 3600)) {
            hours.append(
                QStringLiteral("%1 %2 min").arg(hour.hour * 3600 - ten).arg(hour.sums.minutes));
            all.add(hour.sums);
        }
        QCOMPARE(hours, (QStringList{QStringLiteral("0 120 min"), QStringLiteral("3600 120 min"),
                                     QStringLiteral("7200 60 min")}));
        QCOMPARE(all.minutes, qint64(300));
        QCOMPARE(all.energyWh, qint64(1500));
        QCOMPARE(all.carbonGrams, qint64(500)); // 1,250 Wh from the grid at 400 g/kWh
        QCOMPARE(all.carbonAvoidedGrams, qint64(100));
        QCOMPARE(all.entries, qint64(6)); // each car's three local hours
    }
};

QTEST_GUILESS_MAIN(TestBackendStore)
#include "test_backendstore.moc"
