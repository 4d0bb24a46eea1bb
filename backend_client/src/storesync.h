#pragma once

#include "fleetclient.h"
#include "policy/zonerules.h"
#include "store/localstore.h"

#include <QObject>
#include <functional>
#include <memory>

namespace idlefleet::client {

class StoreWriter;

/// Brings the local store up to date with the backend, incrementally: the cars the person sees,
/// and a car's status history from where the store's history ends (its cursor). Each page is
/// kept in the store before the next is asked for, so a sync cut short by a dead network, a dead
/// server or a dead process resumes where it stopped, and nothing is stored twice.
class StoreSync : public QObject
{
    Q_OBJECT
public:
    StoreSync(FleetClient *client, LocalStore *store, QObject *parent = nullptr);
    ~StoreSync() override;

    /// Every car (all pages) into the store, replacing the ones before.
    void syncVehicles();
    /// The car's history at `resolution` over [from, to): only what the store lacks (from its
    /// cursor, the last bucket again since it may have grown), in pages the API allows.
    void syncHistory(const QString &vehicleId, const QDateTime &from, const QDateTime &to,
                     FleetClient::Resolution resolution = FleetClient::Resolution::Minute);

    /// The car's contributions that overlap [from, to) (each whole, with its amounts inside the
    /// range), from the newest the store keeps (it may have grown since), in pages of at most
    /// 92 days. Ranges are widened to the local hours of the car's `timeZone`, and pages split
    /// at its local midnights; a session cut by a page's end is kept once, summed.
    void syncSessions(const QString &vehicleId, const QString &timeZone, const QDateTime &from,
                      const QDateTime &to);
    /// The car's diagnostics timeline over [from, to), from the newest event the store keeps,
    /// in 31-day pages; an event already kept is not kept twice.
    void syncEvents(const QString &vehicleId, const QDateTime &from, const QDateTime &to);

    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// Pages done of pages needed (for a progress bar).
    void progress(int done, int total);
    /// `error` empty on success.
    void finished(const QString &error);

private:
    void nextVehiclePage(const QString &token, std::vector<Vehicle> collected);
    enum class Series
    {
        History,
        Sessions,
        Events
    };
    void startPages(Series series, const QString &vehicleId, qint64 from, qint64 cursor, qint64 to,
                    qint64 pageSeconds);
    void nextPage();
    void fetchHistoryPage(qint64 end);
    void fetchSessionsPage(qint64 end);
    /// The page's end for series that must end at the car's local midnights (sessions).
    qint64 pageEnd() const;
    std::shared_ptr<const policy::ZoneRules> zoneRules() const;
    void fetchEventsPage(qint64 end);
    void pageStored(qint64 end);
    void store(std::function<bool(LocalStore &)> work, qint64 end, const QString &failure);
    void finish(const QString &error);

    FleetClient *m_client;
    LocalStore *m_store;
    std::unique_ptr<StoreWriter> m_writer;
    bool m_running = false;
    Series m_series = Series::History;
    QString m_vehicleId;
    FleetClient::Resolution m_resolution = FleetClient::Resolution::Minute;
    qint64 m_next = 0; // UTC seconds: the next page starts here
    qint64 m_to = 0;
    qint64 m_pageSeconds = 0;
    QString m_timeZone;               // sessions: the car's zone
    std::vector<AmountsAt> m_carried; // sessions: the part of one cut by the last page's end
    qint64 m_sessionsFrom = 0;        // sessions: where the asked range starts
    int m_done = 0;
    int m_total = 0;
};

} // namespace idlefleet::client
