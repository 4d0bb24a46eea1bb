#pragma once

#include <QString>

namespace idlefleet::backend {

/// The simulated jobs market: what an hour of a car's compute earns, moving through the day
/// (busier in the afternoon and evening, quiet at night). All figures in integer micros.
class JobMarket
{
public:
    /// Gross revenue per hour for `computeWatts` of compute at `utcSeconds` in `utcOffsetSeconds`.
    static qint64 grossMicrosPerHour(qint64 utcSeconds, int utcOffsetSeconds, int computeWatts);
    /// The market pays in euros; a car whose tariff is in another currency is paid the same
    /// value in that currency (fixed reference rates of the simulated world).
    static qint64 inCurrency(qint64 euroMicros, const QString &currency);
    /// The owner's share of gross revenue.
    static qint64 ownerShare(qint64 grossMicros) { return grossMicros * OwnerSharePercent / 100; }

    static constexpr int OwnerSharePercent = 70;
    /// Gross micros per watt-hour of compute at the day's average demand (1 EUR per kWh).
    static constexpr qint64 BaseMicrosPerWattHour = 1000;
};

} // namespace idlefleet::backend
