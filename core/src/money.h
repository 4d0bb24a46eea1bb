#pragma once

#include <QString>
#include <optional>

namespace idlefleet {

/// An amount of money: an integer count of micro-units (1 EUR = 1,000,000 micros) of one
/// ISO 4217 currency. Never a floating-point number.
struct Money
{
    qint64 micros = 0;
    QString currency;

    /// The sum, or nothing when the currencies differ or the sum overflows.
    std::optional<Money> plus(const Money &other) const;
    bool operator==(const Money &other) const
    {
        return micros == other.micros && currency == other.currency;
    }
};

/// Exact products and sums of money and energy (a price times watts times minutes overflows 64
/// bits long before any single amount does).
__extension__ typedef __int128 Int128;

/// `value / divisor` rounded half away from zero, as every amount in the project is rounded once.
qint64 divideRounded(Int128 value, qint64 divisor);

/// True for three capital ASCII letters, the shape of an ISO 4217 code.
bool isCurrencyCode(const QString &code);

/// Exact cost in micros of `wattHours` of energy at `microsPerKwh`, rounded half away from
/// zero; nothing on overflow.
std::optional<qint64> energyCostMicros(qint64 wattHours, qint64 microsPerKwh);

} // namespace idlefleet
