#pragma once

// What the fleet table's model tests share: a real idlefleetd with the demo organisation (2,000
// cars), signed in as its fleet manager, the two models under QAbstractItemModelTester, and
// checks of what the filter model shows against a count over the loaded cars.

#include "backendprocess.h"
#include "fleetclient.h"
#include "fleetfiltermodel.h"
#include "fleetvehiclemodel.h"
#include "jobwait.h"
#include "vehiclelistmodel.h"
#include "worldnow.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace idlefleet;
using namespace idlefleet::app;
using namespace idlefleet::client;

namespace fleettest {

const QString StrangerPin = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
constexpr int FleetSize = 2000;

/// Starts a load and waits for its end.
inline bool load(FleetVehicleModel &model, bool inPlace = false)
{
    QSignalSpy loading(&model, &FleetVehicleModel::loadingChanged);
    inPlace ? model.refresh() : model.reload();
    return QTest::qWaitFor([&] { return loading.count() >= 2 && !model.loading(); }, 60000);
}

/// What the car does, read from its status here rather than through the model.
inline FleetVehicleModel::State expectedState(const Vehicle &vehicle)
{
    if (!vehicle.status.online)
        return FleetVehicleModel::Offline;
    if (vehicle.status.driving)
        return FleetVehicleModel::Driving;
    if (vehicle.status.contributing)
        return FleetVehicleModel::Contributing;
    return vehicle.status.pluggedIn ? FleetVehicleModel::Charging : FleetVehicleModel::Idle;
}

} // namespace fleettest

using namespace fleettest;

class FleetModelsFixture : public QObject
{
    Q_OBJECT

protected:
    /// How many loaded cars `accept` takes.
    int countWhere(const std::function<bool(const Vehicle &)> &accept) const
    {
        int n = 0;
        for (int row = 0; row < m_fleet.count(); ++row)
            n += accept(m_fleet.vehicleAt(row)) ? 1 : 0;
        return n;
    }
    /// The ids the filter model shows, checked to be ones the source accepts.
    bool showsExactly(const std::function<bool(const Vehicle &)> &accept)
    {
        const int expected = countWhere(accept);
        if (m_filter.rowCount() != expected) {
            qWarning("the filter shows %d cars, %d expected", m_filter.rowCount(), expected);
            return false;
        }
        for (int row = 0; row < m_filter.rowCount(); ++row) {
            const int source = m_filter.mapToSource(m_filter.index(row, 0)).row();
            if (!accept(m_fleet.vehicleAt(source))) {
                qWarning("row %d does not belong", row);
                return false;
            }
        }
        return true;
    }

    /// Starts the world, signs in and puts both models under a tester.
    void startWorld()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        // Two cars out of reach all the time (besides any asleep): the table says so first, and
        // filters them.
        m_backend.setEnvironmentValue(QStringLiteral("IDLEFLEETD_DEAD_SPOTS"),
                                      QStringLiteral("always:veh-org-00005,veh-org-01234"));
        QVERIFY2(m_backend.start(m_dir.filePath(QStringLiteral("world")), worlds::evening(),
                                 {QStringLiteral("--demo-world")}),
                 qPrintable(m_backend.error()));
        m_client.setEndpoint(m_backend.url(), {m_backend.pin()});
        QVERIFY(worldNowFrom(m_client).isValid()); // "now" for the models is the world's
        AWAIT_JOB(login, m_client.login(QStringLiteral("fleet@example.com"),
                                        QStringLiteral("demo-fleet")));
        QVERIFY2(login->error() == FleetJob::NoError, qPrintable(login->errorString()));

        m_fleet.setClient(&m_client);
        m_filter.setSourceModel(&m_fleet);
        m_fleetTester = std::make_unique<QAbstractItemModelTester>(
            &m_fleet, QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            &m_filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    /// Each test starts from the whole table: a failed one leaves no filter behind.
    void resetFilters()
    {
        m_filter.setGroup({});
        m_filter.setVehicleState(-1);
        m_filter.setReason({});
        m_filter.setBelowFloor(false);
        m_filter.setOfflineHours(0);
        m_filter.setNow({});
        m_filter.setSearchText({});
    }

    void stopWorld()
    {
        m_filterTester.reset();
        m_fleetTester.reset();
        m_backend.stop();
    }

    QTemporaryDir m_dir;
    BackendProcess m_backend;
    FleetClient m_client;
    FleetVehicleModel m_fleet;
    FleetFilterModel m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_fleetTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};
