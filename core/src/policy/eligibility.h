#pragma once

#include "idlefleet/v1/policy.pb.h"
#include "money.h"
#include "schedule.h"

#include <QStringList>
#include <memory>

namespace idlefleet::policy {

/// Why a car may not contribute. The values are the bits of stored reason sets (new reasons
/// take new bits); the contract's output order is reasonCodes()'.
enum class Reason : quint8
{
    Disabled,
    Paused,
    Driving,
    NotPluggedIn,
    OutsideSchedule,
    PeakTariff,
    PriceAboveLimit,
    Unprofitable,
    BelowMinSoc,
    BelowResumeSoc,
    DepartureReserve,
    ChipTooHot,
    DailyEnergyCap,
    /// The backend's, not a policy rule: the owner has not agreed to the terms (or withdrew).
    /// First in the output order; evaluate() never sets it.
    NoConsent,
    /// Energy-aware rules (spec/policy.md): grid power above the carbon limit, and solar-only
    /// without surplus enough for the computer's whole draw.
    CarbonAboveLimit,
    NoSolarSurplus,
};
inline constexpr int ReasonCount = 16;

/// A set of reasons as bits (bit n = Reason n); empty means eligible.
using ReasonSet = quint16;

/// How the computer's draw `W` is covered while plugged in at home: `solarWatts` (S) by the home's
/// solar surplus, the rest (G = W - S) from the grid, or from the battery when not plugged in.
struct PowerSources
{
    qint64 solarWatts = 0;
    qint64 otherWatts = 0;
};
PowerSources powerSources(qint64 computeWatts, qint64 solarSurplusWatts, bool pluggedIn);
PowerSources powerSources(const v1::VehicleState &state);
/// What an hour of compute costs the owner in energy, in micros x 1000 (the contract's exact
/// integers): the surplus at the feed-in price, the rest at `priceMicrosPerKwh` plus, on battery,
/// the policy's wear.
Int128 energyCostTimes1000(const v1::Policy &policy, const v1::VehicleState &state,
                           qint64 priceMicrosPerKwh);

/// The wear of cycling a battery, per kWh drawn from it (the policy's batteryWearMicrosPerKwh):
/// the pack's price over the energy it delivers in its life (usable kWh x rated full cycles),
/// rounded once, half away from zero; 0 when any is not above 0.
qint64 batteryWearMicrosPerKwh(qint64 packPriceMicros, qint64 usableWh, int ratedCycles);

/// The contract's code of a reason (`below_min_soc`, ...).
const char *reasonCode(Reason reason);
/// The reasons in the contract's output order (spec/policy.md).
extern const Reason ReasonOrder[ReasonCount];
constexpr ReasonSet reasonBit(Reason reason)
{
    return ReasonSet(1u << unsigned(reason));
}
/// The codes of a set, in the contract's order.
QStringList reasonCodes(ReasonSet reasons);

/// Every rule that blocks contributing at `atSeconds` (UTC), computed from the policy directly.
/// The policy must be valid (validatePolicy).
ReasonSet evaluate(const v1::Policy &policy, const v1::VehicleState &state, qint64 atSeconds);

/// A policy prepared for evaluating many instants of [from, to): the windows, tariff and
/// departures are laid out as sorted UTC tables once, so an evaluation is a few binary searches.
/// Instants outside the horizon are evaluated directly, with the same result.
class CompiledPolicy
{
public:
    CompiledPolicy(const v1::Policy &policy, qint64 from, qint64 to);

    ReasonSet evaluate(const v1::VehicleState &state, qint64 atSeconds) const;
    /// The tariff's price at an instant (micros per kWh; 0 without a tariff).
    qint64 priceAt(qint64 atSeconds) const;

private:
    struct Departure
    {
        qint64 at;
        int socPercent;
    };

    v1::Policy m_policy;
    qint64 m_from;
    qint64 m_to;
    qint64 m_pausedUntil;
    int m_resumePercent;
    std::vector<Interval> m_schedule;
    std::vector<TariffSegment> m_tariff;
    std::vector<Departure> m_departures;
};

} // namespace idlefleet::policy
