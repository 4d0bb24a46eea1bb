#include "fleetvehicleload.h"

#include "fleetclient.h"

namespace idlefleet::app::fleet {

FleetVehicleLoad::FleetVehicleLoad(client::FleetClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void FleetVehicleLoad::start()
{
    m_vehicles.clear();
    m_seen.clear();
    m_total = -1;
    m_errorString.clear();
    requestPage({});
}

void FleetVehicleLoad::requestPage(const QString &token)
{
    if (!m_client) {
        fail(tr("Not connected to a fleet server."));
        return;
    }
    m_job = m_client->listVehicles(PageSize, token, this);
    connect(m_job, &client::FleetJob::finished, this, &FleetVehicleLoad::onPage);
}

void FleetVehicleLoad::onPage()
{
    client::ListVehiclesJob *job = std::exchange(m_job, nullptr);
    job->deleteLater(); // it is still emitting finished()
    if (job->error() != client::FleetJob::NoError) {
        fail(tr("The vehicles could not be loaded: %1").arg(job->errorString()));
        return;
    }
    const client::VehiclePage &page = job->result();
    // Pages are offsets into a list the server sorts anew for each call: a car added or removed
    // meanwhile moves the others, and the list would miss or repeat one.
    if (m_total >= 0 && page.totalCount != m_total) {
        fail(tr("The organisation's vehicles changed while they were loading. Try again."));
        return;
    }
    m_total = page.totalCount;
    const int first = loaded();
    m_vehicles.reserve(std::size_t(m_total));
    for (const Vehicle &vehicle : page.vehicles) {
        if (m_seen.contains(vehicle.id)) {
            fail(tr("The organisation's vehicles changed while they were loading. Try again."));
            return;
        }
        m_seen.insert(vehicle.id);
        m_vehicles.push_back(vehicle);
    }
    const bool more = !page.nextPageToken.isEmpty();
    if (loaded() > m_total || (!more && loaded() != m_total) || (more && page.vehicles.empty())) {
        fail(tr("The server sent %1 of its %2 vehicles.").arg(loaded()).arg(m_total));
        return;
    }
    Q_EMIT pageLoaded(first);
    if (more)
        requestPage(page.nextPageToken);
    else
        Q_EMIT finished();
}

void FleetVehicleLoad::fail(const QString &message)
{
    m_errorString = message;
    m_vehicles.clear();
    m_seen.clear();
    Q_EMIT finished();
}

} // namespace idlefleet::app::fleet
