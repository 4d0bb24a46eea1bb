#pragma once

#include "simulator.h"
#include "storerecords.h"

#include <QString>
#include <optional>
#include <vector>

namespace idlefleet::backend {

class Store;

/// Status history (historyrepository.cpp): each car's minutes, with hour and local-day roll-ups,
/// and how long the minutes are kept (on PostgreSQL in one partition of status_minutes per UTC
/// month).
class HistoryRepository
{
public:
    explicit HistoryRepository(Store &store);

    // Status history: minutes, with hour and local-day roll-ups.
    enum class Resolution
    {
        Minute = 1,
        Hour = 2,
        Day = 3
    };
    std::vector<HistoryBucket> history(const SimulatedVehicle &vehicle, Resolution resolution,
                                       qint64 from, qint64 to) const;
    /// One minute of a car's past as kept, for the events timeline.
    struct MinuteRow
    {
        qint64 minute = 0;
        int socCenti = 0;
        bool pluggedIn = false;
        bool contributing = false;
        int reasons = 0;
        bool online = true;
        bool jobFailed = false;
        int chipDeci = 0;
    };
    std::vector<MinuteRow> minutes(const QString &vehicleId, qint64 fromMinute,
                                   qint64 toMinute) const;
    /// The instant (UTC seconds) of the oldest minute or ledger entry kept of a car; nullopt
    /// when nothing is kept.
    std::optional<qint64> historyStart(const QString &vehicleId) const;

    // How long minute rows are kept.
    /// PostgreSQL: makes the monthly partitions of status_minutes that cover [fromMinute,
    /// toMinute) (Unix minutes), moving any rows the default partition held for them.
    bool preparePartitions(qint64 fromMinute, qint64 toMinute, QString *error);
    /// Deletes the minute rows before `beforeMinute` (whole partitions first on PostgreSQL) and
    /// records that edge; returns how many went, -1 on failure.
    qint64 pruneMinutes(qint64 beforeMinute, QString *error);
    /// The first minute (Unix) minute rows are kept from; 0 while none was pruned.
    qint64 minutesKeptFrom() const;

private:
    friend class WorldRepository; // a commit's minutes, in the world's transaction

    bool writeHistory(const std::vector<SimulatedVehicle> &vehicles,
                      const std::vector<MinuteSample> &samples, QString *error);

    Store &m_store;
};

} // namespace idlefleet::backend
