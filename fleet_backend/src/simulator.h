#pragma once

#include "energymodel.h"
#include "ledger.h"
#include "policy/eligibility.h"
#include "policy/zonerules.h"
#include "vehicle.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTimeZone>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

namespace idlefleet::backend {

/// A simulated car: what does not change (its make-up and habits) and what does (its state).
struct SimulatedVehicle
{
    // make-up
    QString id;
    QString owner;
    QString name;
    QString model;
    QString timeZone;
    qint64 batteryCapacityWh = 75000;
    int chargerWatts = 11000;
    int computeWatts = 300;
    int commuteMinute = 450;   // local minute the morning trip starts
    int tripWhPerMinute = 170; // energy a minute of driving uses
    energy::Roof roof;         // panels over where it charges (peakWatts 0: none)
    // state
    double batteryWh = 50000;
    bool pluggedIn = false;
    bool driving = false;
    bool contributing = false;
    double chipTempC = 20;
    bool online = true;     // the car reaches the backend (not in a dead spot)
    bool jobFailed = false; // a job failed in the last step
    qint64 energyTodayWh = 0;
    double energyTodayFractionWh = 0; // below one watt-hour, carried to the next minute
    int localDay = 0;                 // Julian day of the local date energyTodayWh counts
    // the owner's rules, and what they said at the last step
    v1::Policy policy;
    qint64 policyVersion = 0;
    policy::ReasonSet reasons = 0;
    qint64 ownerRateMicrosPerHour = 0;
    qint64 grossRateMicrosPerHour = 0;
    qint64 priceMicrosPerKwh = 0;
    int solarSurplusWatts = 0;     // the roof's surplus beyond the home's load (plugged in)
    int gridCarbonGramsPerKwh = 0; // the zone's grid now
    bool recordsHistory = true;    // minute history (an organisation's cars keep coarser steps)
    QString group;                 // an organisation's depot or team
    int stepMinutes = 1;           // how often the car moves: 1, or 15 for an organisation's
    qint64 simulateFromMinute = 0; // a new organisation's cars start living here
    qint64 lastSeenMinute = 0;     // Unix minute the car last reached the backend
    qint64 asleepUntilMinute = 0;  // its telematics unit sleeps (out of reach) until then
    bool consented = true; // its owner agrees to take part (an organisation's cars always do)

    /// The currency of its owner's tariff (EUR without one): what its ledger counts in.
    QString currency() const;
    /// The rules of its time zone (UTC's for an unknown zone).
    std::shared_ptr<const policy::ZoneRules> zoneRules() const;
    /// What tells its home apart from others (the home's own load: energy::homeLoadWatts).
    quint64 home() const;
    /// Its state now as the policy engine reads it.
    v1::VehicleState state() const;
};

/// What one car was like during one simulated minute, for the history.
struct MinuteSample
{
    std::size_t vehicle = 0; // index into Simulator::vehicles()
    qint64 minute = 0;       // Unix minute (UTC seconds / 60)
    double socPercent = 0;
    bool pluggedIn = false;
    bool contributing = false;
    double chipTempC = 0;
    int computeWatts = 0; // while contributing
    policy::ReasonSet reasons = 0;
    qint64 priceMicrosPerKwh = 0;  // the owner's tariff in that minute
    qint64 grossMicrosPerHour = 0; // what the market paid for the car's compute (contributing)
    bool online = true;
    bool jobFailed = false;
};

/// Steps every car of the world one simulated minute at a time.
class Simulator
{
public:
    explicit Simulator(std::vector<SimulatedVehicle> vehicles);
    ~Simulator();

    /// Advances every car minute by minute up to `worldTime` (at most `maxMinutes` of them).
    /// Returns how many minutes were simulated.
    int advanceTo(const QDateTime &worldTime, int maxMinutes);

    void setSimulatedUntil(const QDateTime &worldTime) { m_simulatedUntil = worldTime; }

    /// A car's owner changed its policy: from the next minute on, the car runs `policy`.
    void setPolicy(std::size_t index, const v1::Policy &policy, qint64 version);

    /// Who agrees to take part: a person's cars contribute only while their owner (by email,
    /// any case) is in `owners`; an organisation's always may. Applies from the next minute.
    void setConsentingOwners(const QSet<QString> &owners);
    /// One owner gave (or withdrew) consent: their cars decide again at once.
    void setOwnerConsent(const QString &owner, bool consented);

    /// The car's telematics unit reported its state: the world continues from there.
    void applyReport(std::size_t index, double socPercent, bool pluggedIn, bool driving,
                     double chipTempC);

    /// The car leaves the world (its owner deleted their account).
    void removeVehicle(const QString &id);
    /// A car joins the world (an operator added it with `idlefleetd admin car add`).
    void addVehicle(SimulatedVehicle vehicle);
    /// Starts again from `vehicles` as kept (another instance ran the world): nothing buffered,
    /// no ledger open (restoreLedger() brings it back).
    void replaceVehicles(std::vector<SimulatedVehicle> vehicles);

    /// The minutes simulated since the last call, for cars with `recordsHistory`.
    std::vector<MinuteSample> takeSamples() { return std::exchange(m_samples, {}); }
    /// The ledger's rows (entries, jobs, sessions) changed since the last call.
    LedgerChanges takeLedgerChanges() { return m_ledger.take(); }
    /// Continues the open sessions a store kept (after a restart).
    void restoreLedger(const std::vector<LedgerOpenState> &open) { m_ledger.restore(open); }

    /// Puts a car out of reach (its telematics unit asleep) for `minutes` of world time from
    /// `worldTime`, or wakes it (0).
    void setAsleep(std::size_t index, const QDateTime &worldTime, int minutes);

    /// Asks every car's policy about the present without moving the world (after a start, so
    /// that reasons and rates are known before the next simulated minute); whether a car
    /// contributes stays what its last simulated minute said.
    void evaluateAll(const QDateTime &worldTime);
    QDateTime simulatedUntil() const { return m_simulatedUntil; }

    const std::vector<SimulatedVehicle> &vehicles() const { return m_vehicles; }
    /// The cars to change: counts as a change (generation()).
    std::vector<SimulatedVehicle> &vehicles()
    {
        ++m_generation;
        return m_vehicles;
    }
    /// A number that moves whenever a car may have changed (every change above, every step of
    /// the world, every use of the cars to change them): a copy of the cars taken at one number
    /// is still the cars while the number stays.
    quint64 generation() const { return m_generation; }

    /// The index of the car with `id` in vehicles(), NoVehicle if none (a lookup, not a scan).
    std::size_t indexOf(const QString &id) const { return m_index.value(id, NoVehicle); }
    static constexpr std::size_t NoVehicle = std::size_t(-1);

    /// The car's state as it reports it at world time `at`.
    static VehicleStatus statusOf(const SimulatedVehicle &vehicle, const QDateTime &at);

    /// How far ahead each car's policy is compiled; recompiled as the world moves on.
    static constexpr qint64 PolicyHorizonSeconds = 7 * 86400;

private:
    void stepMinute(std::size_t index, const QDateTime &minuteStart);
    /// Sets the car's reasons, rate and contributing flag from its policy at `at`.
    void decide(std::size_t index, const QDateTime &at, const QDateTime &local);
    const policy::CompiledPolicy &compiledPolicy(std::size_t index, qint64 at);

    /// Dead spots (IDLEFLEETD_DEAD_SPOTS): drawn from the car and the hour (unset or `on`), none
    /// (`off`, for tests that need a reachable car), or only the listed cars, always
    /// (`always:ID,ID`, for tests of an unreachable car).
    enum class DeadSpots
    {
        Drawn,
        Off,
        Listed
    };
    DeadSpots m_deadSpots = DeadSpots::Drawn;
    QStringList m_alwaysOffline;

    std::vector<SimulatedVehicle> m_vehicles;
    std::vector<QTimeZone> m_zones;
    std::vector<std::shared_ptr<const policy::ZoneRules>> m_rules;
    /// A zone's place and its sky at the last instant asked about, shared by its cars.
    struct ZoneEnergy
    {
        energy::Place place;
        qint64 at = std::numeric_limits<qint64>::min();
        energy::Sky sky;
    };
    std::vector<ZoneEnergy> m_energy;
    std::vector<std::size_t> m_energyOf; ///< car index -> index in m_energy
    /// The sky over the car `index`'s zone at `at`, worked out once per zone and instant.
    const energy::Sky &skyOver(std::size_t index, qint64 at);
    /// Where the car `index`'s zone's energy is kept (adds the zone when new).
    std::size_t energyIndexOf(const QString &timeZone);
    std::vector<std::unique_ptr<policy::CompiledPolicy>> m_compiled;
    std::vector<qint64> m_compiledUntil;
    std::vector<MinuteSample> m_samples;
    LedgerBook m_ledger;
    QDateTime m_simulatedUntil;
    quint64 m_generation = 0;
    QHash<QString, std::size_t> m_index; ///< id -> index in m_vehicles
    void reindex();
};

} // namespace idlefleet::backend
