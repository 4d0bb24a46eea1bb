#include "money.h"

namespace idlefleet {

std::optional<Money> Money::plus(const Money &other) const
{
    if (currency != other.currency)
        return std::nullopt;
    qint64 sum = 0;
    if (__builtin_add_overflow(micros, other.micros, &sum))
        return std::nullopt;
    return Money{sum, currency};
}

qint64 divideRounded(Int128 value, qint64 divisor)
{
    const Int128 half = divisor / 2;
    return qint64(value >= 0 ? (value + half) / divisor : -((-value + half) / divisor));
}

bool isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

std::optional<qint64> energyCostMicros(qint64 wattHours, qint64 microsPerKwh)
{
    qint64 product = 0;
    if (__builtin_mul_overflow(wattHours, microsPerKwh, &product))
        return std::nullopt;
    // product is in micro-units per 1000 Wh; round half away from zero.
    const qint64 quotient = product / 1000;
    const qint64 remainder = product % 1000;
    if (remainder >= 500)
        return quotient + 1;
    if (remainder <= -500)
        return quotient - 1;
    return quotient;
}

} // namespace idlefleet
