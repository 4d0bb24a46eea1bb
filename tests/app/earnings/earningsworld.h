#pragma once

// A real idlefleetd with the demo world (no organisation: the owner's cars are all these tests
// read), signed in as the demo owner, and the first car's id and zone.

#include "backendprocess.h"
#include "earningsrange.h"
#include "fleetclient.h"
#include "jobwait.h"
#include "worldnow.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace earningstest {

using namespace idlefleet;
using namespace idlefleet::client;

class World
{
public:
    /// Starts the world and signs `client` in; false (with a QTest failure) if it cannot.
    bool start(FleetClient &client)
    {
        if (!m_dir.isValid() ||
            !m_backend.start(m_dir.filePath(QStringLiteral("world")), worlds::ordinaryDay(),
                             {QStringLiteral("--demo-world"), QStringLiteral("--world-size"),
                              QStringLiteral("0")})) {
            qWarning("idlefleetd: %s", qPrintable(m_backend.error()));
            return false;
        }
        client.setEndpoint(m_backend.url(), {m_backend.pin()});
        // The models' "today" is the world's (pinned far from the wall clock's).
        if (!worldNowFrom(client).isValid())
            return false;
        auto login = jobwait::waitForJob(
            client.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")),
            "login");
        if (!login.ok() || login->error() != FleetJob::NoError) {
            qWarning("sign-in: %s",
                     qPrintable(login.ok() ? login->errorString() : login.failure()));
            return false;
        }
        auto list = jobwait::waitForJob(client.listVehicles(), "listVehicles");
        if (!list.ok() || list->error() != FleetJob::NoError || list->result().vehicles.empty()) {
            qWarning("the owner's cars: %s",
                     qPrintable(list.ok() ? list->errorString() : list.failure()));
            return false;
        }
        vehicleId = list->result().vehicles.front().id;
        vehicleName = list->result().vehicles.front().name;
        timeZone = list->result().vehicles.front().timeZone;
        return true;
    }

    QUrl url() const { return m_backend.url(); }
    QString pin() const { return m_backend.pin(); }

    QString vehicleId;
    QString vehicleName;
    QString timeZone;

private:
    QTemporaryDir m_dir;
    BackendProcess m_backend;
};

/// Waits until `range` knows its car (it looks the car up itself).
inline bool waitReady(app::EarningsRange &range)
{
    return QTest::qWaitFor([&] { return range.ready() || !range.errorMessage().isEmpty(); },
                           30000) &&
           range.ready();
}

/// Waits for a model's fetch to end (loading goes true, then false).
template<typename Model>
bool waitLoaded(Model &model)
{
    QTest::qWaitFor([&] { return model.loading(); }, 2000);
    return QTest::qWaitFor([&] { return !model.loading(); }, 60000);
}

} // namespace earningstest
