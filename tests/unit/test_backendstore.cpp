// The backend's Store on a real SQLite file keeps empty text as empty text: a car in no group, a
// car nobody named, an account in no organisation, a key without a label, a policy with no fields.

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
};

QTEST_GUILESS_MAIN(TestBackendStore)
#include "test_backendstore.moc"
