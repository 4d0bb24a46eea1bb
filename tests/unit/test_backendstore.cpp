// The backend's Store on a real SQLite file keeps empty text as empty text: a car in no group, a
// car nobody named, an account in no organisation, a key without a label, a policy with no fields.
// An organisation's hourly sums follow its cars' groups.

#include "jobmarket.h"
#include "policy/zonerules.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

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

    /// Each entry counts for the group its car was in at the entry's last minute: a car moved
    /// takes the hour it contributes in with it and leaves its earlier hours behind, and another
    /// car's entries written later move nothing.
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
        // The cars `which` contribute from `from` to `to` (UTC seconds), each in its group as
        // the simulator hands it on; the others do not. Then the store keeps it.
        const auto contribute = [&](qint64 from, qint64 to, std::vector<std::size_t> which) {
            for (qint64 t = from; t < to; t += 60) {
                for (std::size_t i = 0; i < cars.size(); ++i) {
                    LedgerMinute minute;
                    minute.start = t;
                    minute.contributing = std::find(which.begin(), which.end(), i) != which.end();
                    minute.pluggedIn = true;
                    minute.computeWatts = 300;
                    minute.solarWatts = i == 0 ? 100 : 0;
                    minute.carbonGramsPerKwh = 400;
                    minute.priceMicrosPerKwh = 150000;
                    minute.grossMicrosPerHour = 200000;
                    minute.shareBasisPoints = JobMarket::OwnerShareBasisPoints;
                    minute.currency = QStringLiteral("EUR");
                    minute.group = cars[i].group;
                    book.add(cars[i].id, owner, *berlin, minute);
                }
            }
            const QDateTime until = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
            return store.world().commitWorld({}, {}, book.take(), until, until, &error);
        };
        QVERIFY2(contribute(ten, ten + 5400, {0, 1}), qPrintable(error)); // 10:00 to 11:30
        cars[0].group = QStringLiteral("South");                          // moved, contributing
        QVERIFY2(contribute(ten + 5400, ten + 9000, {0, 1}), qPrintable(error)); // to 12:30
        cars[1].group = QStringLiteral("East"); // moved after it stopped: its hours stay South
        QVERIFY2(contribute(ten + 9000, ten + 9900, {0}), qPrintable(error)); // to 12:45

        const auto figures = [](const std::vector<LedgerRepository::GroupTotal> &totals) {
            QStringList out;
            for (const auto &total : totals)
                out.append(QStringLiteral("%1 %2 %3 min %4 Wh %5 solar")
                               .arg(total.group, total.currency)
                               .arg(total.sums.minutes)
                               .arg(total.sums.energyWh)
                               .arg(total.sums.solarWh));
            return out;
        };
        // 10:00 stays with North; car 0's 11:00 (ended in South) and 12:00 are South's, and so
        // are all of car 1's hours: its move wrote nothing, and car 0's later minutes moved none.
        QCOMPARE(figures(store.ledger().groupTotals(owner, ten, ten + 3 * 3600)),
                 (QStringList{QStringLiteral("North EUR 60 min 300 Wh 100 solar"),
                              QStringLiteral("South EUR 255 min 1275 Wh 175 solar")}));
        QCOMPARE(figures(store.ledger().groupTotals(owner, ten + 3600, ten + 2 * 3600)),
                 (QStringList{QStringLiteral("South EUR 120 min 600 Wh 100 solar")}));
        // The organisation's hours are its groups' sums, whatever group each car is in now.
        QStringList hours;
        LedgerSums all;
        for (const auto &hour : store.ledger().ownerHours(owner, ten, ten + 3 * 3600)) {
            hours.append(
                QStringLiteral("%1 %2 min").arg(hour.hour * 3600 - ten).arg(hour.sums.minutes));
            all.add(hour.sums);
        }
        QCOMPARE(hours, (QStringList{QStringLiteral("0 120 min"), QStringLiteral("3600 120 min"),
                                     QStringLiteral("7200 75 min")}));
        QCOMPARE(all.minutes, qint64(315));
        QCOMPARE(all.energyWh, qint64(1575));
        QCOMPARE(all.carbonGrams, qint64(520)); // 1,300 Wh from the grid at 400 g/kWh
        QCOMPARE(all.carbonAvoidedGrams, qint64(110));
        QCOMPARE(all.entries, qint64(6)); // each car's three local hours
        // Every entry says which group it counts for.
        QStringList groups;
        for (const SimulatedVehicle &car : cars) {
            for (const LedgerEntry &e : store.ledger().entries(car.id, ten, ten + 3 * 3600))
                groups.append(e.group);
        }
        QCOMPARE(groups, (QStringList{QStringLiteral("North"), QStringLiteral("South"),
                                      QStringLiteral("South"), QStringLiteral("South"),
                                      QStringLiteral("South"), QStringLiteral("South")}));
    }
};

QTEST_GUILESS_MAIN(TestBackendStore)
#include "test_backendstore.moc"
