#include "money.h"

#include <algorithm>

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

int minorUnitDigits(const QString &currency)
{
    static const char *const none[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY",
                                       "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                                       "VND", "VUV", "XAF", "XOF", "XPF"};
    static const char *const three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    for (const char *code : none) {
        if (currency == QLatin1String(code))
            return 0;
    }
    for (const char *code : three) {
        if (currency == QLatin1String(code))
            return 3;
    }
    return 2;
}

qint64 microsPerMinorUnit(int digits)
{
    qint64 unit = 1000000;
    for (int i = 0; i < digits; ++i)
        unit /= 10;
    return unit;
}

namespace {

qint64 floorDivide(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

qint64 toMinorUnits(qint64 micros, int digits)
{
    return divideRounded(micros, microsPerMinorUnit(digits));
}

QString plainDecimal(qint64 units, int digits)
{
    const QString sign = units < 0 ? QStringLiteral("-") : QString();
    const quint64 magnitude = units < 0 ? 0 - quint64(units) : quint64(units);
    if (digits <= 0)
        return sign + QString::number(magnitude);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    return QStringLiteral("%1%2.%3")
        .arg(sign)
        .arg(magnitude / scale)
        .arg(magnitude % scale, digits, 10, QLatin1Char('0'));
}

std::vector<qint64> rowsAddingUp(const std::vector<qint64> &micros, qint64 unit)
{
    std::vector<qint64> rows;
    std::vector<std::pair<qint64, std::size_t>> remainders; // (remainder, row)
    rows.reserve(micros.size());
    Int128 total = 0;
    qint64 floors = 0;
    for (std::size_t i = 0; i < micros.size(); ++i) {
        const qint64 down = floorDivide(micros[i], unit);
        rows.push_back(down);
        floors += down;
        total += micros[i];
        remainders.emplace_back(micros[i] - down * unit, i);
    }
    const qint64 shown = divideRounded(total, unit);
    // The largest remainders first; of equal ones, the earlier row.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qint64 k = 0; k < shown - floors && std::size_t(k) < remainders.size(); ++k)
        ++rows[remainders[std::size_t(k)].second];
    return rows;
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

qint64 solarPercent(qint64 solarWh, qint64 energyWh)
{
    return energyWh > 0 ? divideRounded(Int128(solarWh) * 100, energyWh) : -1;
}

qint64 gramsPerKwh(qint64 carbonGrams, qint64 gridWh, qint64 carbonUnknownWh)
{
    const qint64 knownWh = gridWh - carbonUnknownWh;
    return knownWh > 0 ? divideRounded(Int128(carbonGrams) * 1000, knownWh) : -1;
}

} // namespace idlefleet
