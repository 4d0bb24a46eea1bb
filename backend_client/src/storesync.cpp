#include "storesync.h"

#include <cmath>

namespace idlefleet::client {
namespace {

int resolutionCode(FleetClient::Resolution resolution)
{
    switch (resolution) {
    case FleetClient::Resolution::Minute:
        return 1;
    case FleetClient::Resolution::Hour:
        return 2;
    case FleetClient::Resolution::Day:
        return 3;
    }
    return 1;
}

/// The longest range one history request may cover at a resolution (the API's limits).
qint64 pageSecondsOf(FleetClient::Resolution resolution)
{
    switch (resolution) {
    case FleetClient::Resolution::Minute:
        return 31LL * 86400;
    case FleetClient::Resolution::Hour:
        return 400LL * 86400;
    case FleetClient::Resolution::Day:
        return 20LL * 366 * 86400;
    }
    return 86400;
}

qint64 bucketSeconds(FleetClient::Resolution resolution)
{
    return resolution == FleetClient::Resolution::Minute ? 60
           : resolution == FleetClient::Resolution::Hour ? 3600
                                                         : 86400;
}

} // namespace

StoreSync::StoreSync(FleetClient *client, LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{}

void StoreSync::finish(const QString &error)
{
    m_running = false;
    Q_EMIT finished(error);
}

void StoreSync::syncVehicles()
{
    m_running = true;
    nextVehiclePage({}, {});
}

void StoreSync::nextVehiclePage(const QString &token, std::vector<Vehicle> collected)
{
    auto *job = m_client->listVehicles(1000, token, this);
    connect(job, &FleetJob::finished, this,
            [this, job, collected = std::move(collected)]() mutable {
                job->deleteLater();
                if (job->error() != FleetJob::NoError) {
                    finish(job->errorString());
                    return;
                }
                const VehiclePage &page = job->result();
                collected.insert(collected.end(), page.vehicles.begin(), page.vehicles.end());
                if (!page.nextPageToken.isEmpty()) {
                    nextVehiclePage(page.nextPageToken, std::move(collected));
                    return;
                }
                if (!m_store->saveVehicles(collected, QDateTime::currentMSecsSinceEpoch())) {
                    finish(tr("The local store could not keep the vehicles."));
                    return;
                }
                finish({});
            });
}

void StoreSync::syncHistory(const QString &vehicleId, const QDateTime &from, const QDateTime &to,
                            FleetClient::Resolution resolution)
{
    m_running = true;
    m_vehicleId = vehicleId;
    m_resolution = resolution;
    m_pageSeconds = pageSecondsOf(resolution);
    m_to = to.toSecsSinceEpoch();
    // Resume at the store's last bucket (it may have been partial), not before `from`.
    const qint64 cursor = m_store->historyCursor(vehicleId, resolutionCode(resolution));
    m_next = std::max(from.toSecsSinceEpoch(), cursor - bucketSeconds(resolution));
    m_done = 0;
    m_total = m_next >= m_to ? 0 : int((m_to - m_next + m_pageSeconds - 1) / m_pageSeconds);
    nextHistoryPage();
}

void StoreSync::nextHistoryPage()
{
    if (m_next >= m_to) {
        finish({});
        return;
    }
    const qint64 end = std::min(m_to, m_next + m_pageSeconds);
    auto *job =
        m_client->fetchHistory(m_vehicleId, QDateTime::fromSecsSinceEpoch(m_next, Qt::UTC),
                               QDateTime::fromSecsSinceEpoch(end, Qt::UTC), m_resolution, this);
    connect(job, &FleetJob::finished, this, [this, job, end] {
        job->deleteLater();
        if (job->error() != FleetJob::NoError) {
            finish(job->errorString());
            return;
        }
        std::vector<StoredHistoryPoint> points;
        points.reserve(job->result().size());
        for (const HistoryPoint &p : job->result())
            points.push_back(
                {p.start.toSecsSinceEpoch(), p.minutes, int(std::lround(p.socPercentAvg * 100)),
                 int(std::lround(p.socPercentMin * 100)), int(std::lround(p.socPercentMax * 100)),
                 p.contributingMinutes, p.pluggedInMinutes, p.computeEnergyWh,
                 int(std::lround(p.chipTempCMax * 10))});
        if (!m_store->saveHistory(m_vehicleId, resolutionCode(m_resolution), points)) {
            finish(tr("The local store could not keep the history."));
            return;
        }
        m_next = end;
        Q_EMIT progress(++m_done, m_total);
        nextHistoryPage();
    });
}

} // namespace idlefleet::client
