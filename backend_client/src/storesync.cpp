#include "storesync.h"

#include "storewriter.h"

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

/// The range one history request covers at a resolution (within the API's limits).
qint64 pageSecondsOf(FleetClient::Resolution resolution)
{
    switch (resolution) {
    case FleetClient::Resolution::Minute:
        // The API allows 31 days; a week (10,080 points) keeps each page's decoding short.
        return 7LL * 86400;
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
    , m_writer(std::make_unique<StoreWriter>(store->path()))
{}

StoreSync::~StoreSync() = default;

void StoreSync::store(std::function<bool(LocalStore &)> work, qint64 end, const QString &failure)
{
    // Written on the writer's thread; the next page is asked for once this one is kept.
    m_writer->write(std::move(work), this, [this, end, failure](bool ok) {
        if (!ok)
            return finish(failure);
        pageStored(end);
    });
}

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
    m_resolution = resolution;
    // Resume at the store's last bucket (it may have been partial), not before `from`.
    const qint64 cursor = m_store->historyCursor(vehicleId, resolutionCode(resolution));
    startPages(Series::History, vehicleId, from.toSecsSinceEpoch(),
               cursor - bucketSeconds(resolution), to.toSecsSinceEpoch(),
               pageSecondsOf(resolution));
}

void StoreSync::syncSessions(const QString &vehicleId, const QString &timeZone,
                             const QDateTime &from, const QDateTime &to)
{
    constexpr qint64 SessionsPageSeconds = 92LL * 86400; // the API's limit
    m_timeZone = timeZone;
    m_carried.clear();
    const auto rules = zoneRules();
    // From the local hour of the newest kept session (it may have grown), to the hour after `to`.
    const qint64 cursor = m_store->sessionsCursor(vehicleId);
    m_sessionsFrom = rules->hourStart(from.toSecsSinceEpoch());
    startPages(Series::Sessions, vehicleId, rules->hourStart(from.toSecsSinceEpoch()),
               cursor > 0 ? rules->hourStart(cursor) : 0,
               rules->hourStartAtOrAfter(to.toSecsSinceEpoch()), SessionsPageSeconds);
}

std::shared_ptr<const policy::ZoneRules> StoreSync::zoneRules() const
{
    return policy::ZoneRules::forZoneOrUtc(m_timeZone.toUtf8());
}

qint64 StoreSync::pageEnd() const
{
    qint64 end = std::min(m_to, m_next + m_pageSeconds);
    if (m_series == Series::Sessions && end < m_to) {
        const qint64 midnight = zoneRules()->dayStart(end);
        if (midnight > m_next)
            end = midnight;
    }
    return end;
}

void StoreSync::syncEvents(const QString &vehicleId, const QDateTime &from, const QDateTime &to)
{
    constexpr qint64 EventsPageSeconds = 31LL * 86400; // the API's limit
    startPages(Series::Events, vehicleId, from.toSecsSinceEpoch(), m_store->eventsCursor(vehicleId),
               to.toSecsSinceEpoch(), EventsPageSeconds);
}

void StoreSync::startPages(Series series, const QString &vehicleId, qint64 from, qint64 cursor,
                           qint64 to, qint64 pageSeconds)
{
    m_running = true;
    m_series = series;
    m_vehicleId = vehicleId;
    m_pageSeconds = pageSeconds;
    m_to = to;
    m_next = std::max(from, cursor);
    m_done = 0;
    m_total = m_next >= m_to ? 0 : int((m_to - m_next + m_pageSeconds - 1) / m_pageSeconds);
    nextPage();
}

void StoreSync::nextPage()
{
    if (m_next >= m_to) {
        finish({});
        return;
    }
    const qint64 end = pageEnd();
    switch (m_series) {
    case Series::History:
        return fetchHistoryPage(end);
    case Series::Sessions:
        return fetchSessionsPage(end);
    case Series::Events:
        return fetchEventsPage(end);
    }
}

void StoreSync::pageStored(qint64 end)
{
    m_next = end;
    Q_EMIT progress(++m_done, m_total);
    nextPage();
}

void StoreSync::fetchHistoryPage(qint64 end)
{
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
        store([vehicleId = m_vehicleId, resolution = resolutionCode(m_resolution),
               points = std::move(points)](
                  LocalStore &s) { return s.saveHistory(vehicleId, resolution, points); },
              end, tr("The local store could not keep the history."));
    });
}

void StoreSync::fetchSessionsPage(qint64 end)
{
    const qint64 page = m_next;
    auto *job = m_client->fetchSessions(m_vehicleId, QDateTime::fromSecsSinceEpoch(m_next, Qt::UTC),
                                        QDateTime::fromSecsSinceEpoch(end, Qt::UTC), this);
    connect(job, &FleetJob::finished, this, [this, job, end, page] {
        job->deleteLater();
        if (job->error() != FleetJob::NoError) {
            finish(job->errorString());
            return;
        }
        // A session cut by this page's end waits for the rest of it in the next page.
        std::vector<AmountsAt> whole = std::exchange(m_carried, {});
        const bool merging = !whole.empty();
        appendSessions(whole, job->result().entries);
        // Resuming from the cursor's hour: a session the page cuts at its start was kept
        // whole before; its tail alone must not replace it.
        if (!merging && page > m_sessionsFrom && !whole.empty() && whole.front().cutBefore)
            whole.erase(whole.begin());
        if (!whole.empty() && whole.back().cutAfter && end < m_to) {
            m_carried.push_back(whole.back());
            whole.pop_back();
        }
        std::vector<StoredSession> sessions;
        sessions.reserve(whole.size());
        for (const AmountsAt &s : whole)
            sessions.push_back({s.start.toSecsSinceEpoch(), s.end.toSecsSinceEpoch(),
                                s.amounts.energyWh, s.amounts.costMicros, s.amounts.grossMicros,
                                s.amounts.ownerMicros, s.amounts.netMicros,
                                job->result().currency});
        store([vehicleId = m_vehicleId, sessions = std::move(sessions)](
                  LocalStore &s) { return s.saveSessions(vehicleId, sessions); },
              end, tr("The local store could not keep the contributions."));
    });
}

void StoreSync::fetchEventsPage(qint64 end)
{
    auto *job = m_client->fetchEvents(m_vehicleId, QDateTime::fromSecsSinceEpoch(m_next, Qt::UTC),
                                      QDateTime::fromSecsSinceEpoch(end, Qt::UTC), this);
    connect(job, &FleetJob::finished, this, [this, job, end] {
        job->deleteLater();
        if (job->error() != FleetJob::NoError) {
            finish(job->errorString());
            return;
        }
        std::vector<StoredEvent> events;
        events.reserve(job->result().size());
        for (const EventInfo &e : job->result())
            events.push_back({e.at.toSecsSinceEpoch(), int(e.kind),
                              e.reasons.join(QLatin1Char(',')),
                              int(std::lround(e.socPercent * 100)), e.detail});
        store([vehicleId = m_vehicleId, events = std::move(events)](
                  LocalStore &s) { return s.saveEvents(vehicleId, events); },
              end, tr("The local store could not keep the events."));
    });
}

} // namespace idlefleet::client
