#pragma once

// The ledger (spec/ledger.md): what each car contributed, as entries of one session within one
// local clock hour, with the jobs it served. Every figure of money and energy is a sum of them.

#include <QString>
#include <memory>
#include <unordered_map>
#include <vector>

namespace idlefleet::policy {
class ZoneRules;
}

namespace idlefleet::backend {

/// One session's contribution within one local hour: exact sums of its minutes, and the amounts
/// rounded once from them.
struct LedgerEntry
{
    QString vehicleId;
    QString owner; // the car's owner column: a person's email or "org:ID"
    QString currency;
    QString group;           // the car's group (an organisation's depot or team) at its last minute
    qint64 sessionStart = 0; // UTC seconds: the session's first minute (its id)
    qint64 start = 0;        // the local hour's first instant
    qint64 end = 0;          // the next local hour's first instant
    qint64 lastEnd = 0;      // the end of its last contributing minute
    int minutes = 0;
    // Of each minute's compute watts W, S came from the home's solar surplus and G = W - S from
    // the grid (plugged in) or the battery (spec/policy.md, energy-aware contribution).
    qint64 wattMinutes = 0;              // Σ W
    qint64 solarWattMinutes = 0;         // Σ S
    qint64 gridWattMinutes = 0;          // Σ G while plugged in
    qint64 batteryWattMinutes = 0;       // Σ G on the battery
    qint64 priceWattMinutes = 0;         // Σ (feed-in × S + price × G), µ/kWh × W
    qint64 wearWattMinutes = 0;          // Σ wear × G on the battery, µ/kWh × W
    qint64 carbonWattMinutes = 0;        // Σ intensity × G plugged in, g/kWh × W
    qint64 carbonUnknownWattMinutes = 0; // Σ G plugged in, of minutes with no known intensity
    qint64 carbonAvoidedWattMinutes = 0; // Σ intensity × S, g/kWh × W
    qint64 grossMicros = 0;              // Σ of its jobs' pay
    int shareBasisPoints = 0;            // the owner's share in force at the entry's start
    // Not kept: its group changed since it was last handed on to be written (the writer then
    // drops the sums of the group it no longer counts for).
    bool regrouped = false;

    // Each rounded once, half away from zero (spec/ledger.md).
    qint64 energyWh() const;
    qint64 solarWh() const;
    qint64 gridWh() const;
    qint64 batteryWh() const;
    qint64 costMicros() const;
    qint64 wearMicros() const;
    qint64 carbonGrams() const;
    qint64 carbonUnknownWh() const;
    qint64 carbonAvoidedGrams() const;
    qint64 ownerMicros() const;
    qint64 netMicros() const { return ownerMicros() - costMicros() - wearMicros(); }
};

/// A job the market handed to a car: it ends at its planned end, at the entry's end or at the
/// session's end, whichever comes first; a failed job pays nothing.
struct LedgerJob
{
    enum State
    {
        Running = 0,
        Done = 1,
        Failed = 2
    };
    QString vehicleId;
    QString id;
    QString kind;
    qint64 sessionStart = 0;
    qint64 entryStart = 0;
    qint64 start = 0;
    qint64 end = 0;        // the end of its last minute
    qint64 plannedEnd = 0; // where it stops if nothing cuts it
    int minutes = 0;
    qint64 operations = 0;
    qint64 grossRateMinutes = 0; // Σ of its minutes' gross rate (µ per hour)
    State state = Running;

    qint64 payMicros() const;
};

/// A maximal run of contributing minutes (steps, for an organisation's car).
struct LedgerSession
{
    QString vehicleId;
    qint64 start = 0;
    qint64 end = 0;
    int minutes = 0;
};

/// What changed since the last take(): whole rows, written as they are (never added to), so a
/// repeated write changes nothing.
struct LedgerChanges
{
    std::vector<LedgerEntry> entries;
    std::vector<LedgerJob> jobs;
    std::vector<LedgerSession> sessions;
    bool empty() const { return entries.empty() && jobs.empty() && sessions.empty(); }
};

/// The open session, entry and job of a car, kept between minutes and restored after a restart.
struct LedgerOpenState
{
    LedgerSession session;
    LedgerEntry entry;
    LedgerJob job; // id empty: none running
};

/// One minute (or step) of a car, as the ledger sees it.
struct LedgerMinute
{
    qint64 start = 0; // UTC seconds
    int minutes = 1;  // the step
    bool contributing = false;
    bool pluggedIn = false;
    bool jobFailed = false;
    int computeWatts = 0;       // W
    int solarWatts = 0;         // S: of W, what the home's solar surplus covered (plugged in)
    int carbonGramsPerKwh = -1; // the grid's intensity; below 0: unknown
    qint64 priceMicrosPerKwh = 0;
    qint64 feedInMicrosPerKwh = 0; // what the surplus would have earned exported
    qint64 wearMicrosPerKwh = 0;   // the battery's wear, charged on energy drawn from it
    qint64 grossMicrosPerHour = 0;
    int shareBasisPoints = 0;
    QString currency;
    QString group; // the car's group then (an organisation's depot or team; empty: none)
};

/// Builds entries, sessions and jobs from the minutes of many cars.
class LedgerBook
{
public:
    LedgerBook();
    ~LedgerBook();

    /// Forgets everything open and every change not taken (another instance ran the world).
    void clear();
    /// Continues from open rows a store kept (after a restart).
    void restore(const std::vector<LedgerOpenState> &open);
    /// Adds a minute of the car `vehicleId` (owned by `owner`, in `zone`).
    void add(const QString &vehicleId, const QString &owner, const policy::ZoneRules &zone,
             const LedgerMinute &minute);
    /// Forgets a car (its owner deleted their account).
    void remove(const QString &vehicleId);
    /// The rows changed since the last call.
    LedgerChanges take();

private:
    struct Car
    {
        LedgerOpenState open;
        bool hasSession = false;
        qint64 closedPay = 0; // pay of the entry's jobs that ended
        bool entryDirty = false;
        bool jobDirty = false;
        bool sessionDirty = false;
    };
    void closeJob(Car &car, LedgerJob::State state);
    void flush(Car &car);

    std::unordered_map<std::string, Car> m_cars;
    LedgerChanges m_changes;
};

/// The owner's share of `grossMicros` at `basisPoints` (7,000 = 70%), rounded once, half away
/// from zero.
qint64 shareOf(qint64 grossMicros, int basisPoints);

} // namespace idlefleet::backend
