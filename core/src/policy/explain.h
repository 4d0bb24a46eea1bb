#pragma once

#include "eligibility.h"

#include <vector>

namespace idlefleet::policy {

/// One blocking reason with the figures that make it readable ("below the resume level of 55%
/// at 48%", "the 07:30 departure needs 70%"). Instants are UTC seconds, 0 when not known.
struct ReasonExplanation
{
    Reason reason = Reason::Disabled;
    double socPercent = 0;        ///< the car's charge then
    int thresholdPercent = 0;     ///< below_min_soc, below_resume_soc, departure_reserve
    qint64 departureAt = 0;       ///< departure_reserve: the departure that needs the charge
    qint64 until = 0;             ///< paused: its end; outside_schedule, peak_tariff,
                                  ///< price_above_limit: when it next allows (within 7 days)
    qint64 priceMicrosPerKwh = 0; ///< the tariff's price then
    qint64 limitMicrosPerKwh = 0; ///< price_above_limit
    qint64 earnMicrosPerHour = 0; ///< unprofitable: what an hour would earn...
    qint64 costMicrosPerHour = 0; ///< ...and what its electricity would cost
    double chipTempC = 0;         ///< chip_too_hot
    int chipLimitC = 0;           ///< chip_too_hot: the limit (less 5 °C to resume)
    qint64 energyTodayWh = 0;     ///< daily_energy_cap
    qint64 capWh = 0;             ///< daily_energy_cap
    int carbonGramsPerKwh = 0;    ///< carbon_above_limit: the grid's intensity then...
    int carbonLimit = 0;          ///< ...and the policy's limit
    qint64 solarSurplusWatts = 0; ///< no_solar_surplus: the surplus the car could use...
    qint64 computeWatts = 0;      ///< ...and what the computer draws
};

/// The figures behind each reason of `reasons` (as the car decided them at `atSeconds` with
/// `state` under `policy`), in the contract's order. The policy must be valid.
std::vector<ReasonExplanation> explainReasons(const v1::Policy &policy,
                                              const v1::VehicleState &state, qint64 atSeconds,
                                              ReasonSet reasons);

} // namespace idlefleet::policy
