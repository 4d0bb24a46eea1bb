#pragma once

#include <QString>
#include <optional>
#include <vector>

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

/// ISO 4217 minor-unit digits of a currency: 0 (JPY, KRW, ...), 3 (BHD, KWD, ...) or 2.
int minorUnitDigits(const QString &currency);

/// `micros` in minor units of `digits` digits (cents for 2), rounded once, half away from zero.
qint64 toMinorUnits(qint64 micros, int digits);

/// `units` minor units as a plain decimal ("-12.30", "1234" with no digits): integers only,
/// never a floating-point number, no grouping.
QString plainDecimal(qint64 units, int digits);

/// Micros in one minor unit of `digits` digits (10,000 for cents).
qint64 microsPerMinorUnit(int digits);

/// The rows of a document that prints its total under them (spec/ledger.md), in `unit`s (a
/// minor unit's micros, or 10 Wh for kWh with two decimals): each row rounded down (toward
/// −∞), then one unit more for the k rows with the largest remainders (ties: the earlier row),
/// k being the rounded total less the rounded-down sum. The rows then add up exactly to the
/// total rounded half away from zero.
std::vector<qint64> rowsAddingUp(const std::vector<qint64> &values, qint64 unit);

/// True for three capital ASCII letters, the shape of an ISO 4217 code.
bool isCurrencyCode(const QString &code);

/// Exact cost in micros of `wattHours` of energy at `microsPerKwh`, rounded half away from
/// zero; nothing on overflow.
std::optional<qint64> energyCostMicros(qint64 wattHours, qint64 microsPerKwh);

/// The share of `energyWh` that ran on solar surplus, in whole percent rounded once; -1 with no
/// energy.
qint64 solarPercent(qint64 solarWh, qint64 energyWh);

/// The grid's grams of CO2 per kWh over the grid energy whose intensity was known (`gridWh` less
/// `carbonUnknownWh`), rounded once; -1 when none was.
qint64 gramsPerKwh(qint64 carbonGrams, qint64 gridWh, qint64 carbonUnknownWh);

} // namespace idlefleet
