#include "vehiclelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace idlefleet;
using namespace idlefleet::app;

namespace {

Vehicle car(const QString &id, double soc)
{
    Vehicle v;
    v.id = id;
    v.name = QStringLiteral("Car ") + id;
    v.status.socPercent = soc;
    v.status.observedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    v.status.lastSeen = v.status.observedAt;
    v.status.online = true;
    return v;
}

} // namespace

class TestVehicleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void updatesInPlaceForTheSameCars()
    {
        VehicleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy loaded(&model, &VehicleListModel::loadedChanged);

        model.setVehicles({car(QStringLiteral("a"), 50), car(QStringLiteral("b"), 60)}, now);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(model.loaded());

        model.setVehicles({car(QStringLiteral("a"), 51), car(QStringLiteral("b"), 61)}, now);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.data(model.index(0), VehicleListModel::SocPercentRole).toDouble(), 51.0);

        model.setVehicles({car(QStringLiteral("b"), 61)}, now);
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.data(model.index(0), VehicleListModel::IdRole).toString(),
                 QStringLiteral("b"));
    }

    void aStreamedStatusUpdatesItsRowAlone()
    {
        VehicleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVehicles({car(QStringLiteral("a"), 50), car(QStringLiteral("b"), 60)},
                          QDateTime::currentDateTimeUtc());
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        VehicleStatus status = car(QStringLiteral("b"), 42).status;
        status.blockingReasons = {QStringLiteral("below_resume_soc")};
        QVERIFY(model.updateStatus(QStringLiteral("b"), status));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changes.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(model.data(model.index(1), VehicleListModel::SocPercentRole).toDouble(), 42.0);
        const QVariantList items =
            model.data(model.index(1), VehicleListModel::ReasonItemsRole).toList();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toMap().value(QStringLiteral("field")).toString(),
                 QStringLiteral("resumeSocPercent"));
        QVERIFY(!model.updateStatus(QStringLiteral("not-listed"), status));
        QCOMPARE(changes.count(), 1);
    }

    void anOfflineCarSaysSoFirstAndWhenItWasLastSeen()
    {
        VehicleListModel model;
        Vehicle asleep = car(QStringLiteral("a"), 50);
        asleep.status.online = false;
        asleep.status.lastSeen = QDateTime(QDate(2026, 11, 22), QTime(18, 40), Qt::UTC);
        asleep.status.blockingReasons = {QStringLiteral("outside_schedule")};
        model.setVehicles({asleep, car(QStringLiteral("b"), 60)}, asleep.status.observedAt);
        // When it last reached the backend, not when its row was fetched.
        QCOMPARE(model.data(model.index(0), VehicleListModel::LastSeenRole).toDateTime(),
                 asleep.status.lastSeen);
        const QVariantList items =
            model.data(model.index(0), VehicleListModel::ReasonItemsRole).toList();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toMap().value(QStringLiteral("code")).toString(),
                 QStringLiteral("offline"));
        QCOMPARE(items.at(0).toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Out of reach: the car is asleep or has no signal"));
        QCOMPARE(items.at(1).toMap().value(QStringLiteral("code")).toString(),
                 QStringLiteral("outside_schedule"));
        // A car in reach says nothing of it.
        QVERIFY(model.data(model.index(1), VehicleListModel::ReasonItemsRole).toList().isEmpty());
    }

    void keepsRowsWhenAFetchFails()
    {
        VehicleListModel model;
        model.setVehicles({car(QStringLiteral("a"), 50)}, QDateTime::currentDateTimeUtc());
        model.setErrorMessage(QStringLiteral("Cannot reach the fleet backend"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.errorMessage(), QStringLiteral("Cannot reach the fleet backend"));
        model.setVehicles({car(QStringLiteral("a"), 50)}, QDateTime::currentDateTimeUtc());
        QVERIFY(model.errorMessage().isEmpty());
    }

    void exposesEveryRoleByName()
    {
        VehicleListModel model;
        const auto names = model.roleNames();
        for (const char *role :
             {"vehicleId", "name", "model", "socPercent", "pluggedIn", "driving", "contributing",
              "chipTempC", "energyTodayWh", "observedAt", "lastSeen", "online"})
            QVERIFY2(names.values().contains(QByteArray(role)), role);
        QVERIFY(!model.data(model.index(5), VehicleListModel::NameRole).isValid());
    }
};

QTEST_GUILESS_MAIN(TestVehicleListModel)
#include "test_vehiclelistmodel.moc"
