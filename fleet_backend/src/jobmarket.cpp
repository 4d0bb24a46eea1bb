#include "jobmarket.h"

namespace idlefleet::backend {
namespace {

// Demand by local hour, in percent of the average: low at night, peaks in the evening.
constexpr int DemandPercent[24] = {70,  65,  62,  60,  60,  65,  75,  90,  100, 105, 110, 112,
                                   115, 118, 120, 122, 125, 130, 132, 128, 120, 105, 90,  78};

} // namespace

qint64 JobMarket::grossMicrosPerHour(qint64 utcSeconds, int utcOffsetSeconds, int computeWatts)
{
    const qint64 local = utcSeconds + utcOffsetSeconds;
    const int hour = int(((local % 86400) + 86400) % 86400 / 3600);
    return qint64(computeWatts) * BaseMicrosPerWattHour * DemandPercent[hour] / 100;
}

qint64 JobMarket::inCurrency(qint64 euroMicros, const QString &currency)
{
    // Units of the currency per 100 euros.
    struct Rate
    {
        const char *code;
        qint64 per100Euros;
    };
    static constexpr Rate Rates[] = {{"GBP", 86},  {"PLN", 430},  {"USD", 108},
                                     {"CHF", 95},  {"SEK", 1150}, {"NOK", 1170},
                                     {"DKK", 746}, {"CZK", 2500}, {"JPY", 16000}};
    for (const Rate &rate : Rates) {
        if (currency == QLatin1String(rate.code))
            return euroMicros * rate.per100Euros / 100;
    }
    return euroMicros;
}

} // namespace idlefleet::backend
