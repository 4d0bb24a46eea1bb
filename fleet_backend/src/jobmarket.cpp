#include "jobmarket.h"

#include "ledger.h"
#include "stablehash.h"

namespace idlefleet::backend {
namespace {

// Demand by local hour, in percent of the average: low at night, peaks in the evening.
constexpr int DemandPercent[24] = {70,  65,  62,  60,  60,  65,  75,  90,  100, 105, 110, 112,
                                   115, 118, 120, 122, 125, 130, 132, 128, 120, 105, 90,  78};

struct Kind
{
    const char *name;
    int weight;              // how often the market has it, of 100
    int minMinutes;          // shortest job
    int maxMinutes;          // longest job
    int operationsPerMinute; // requests served per minute
};
constexpr Kind Kinds[] = {
    {"chat", 40, 5, 30, 45},         {"embedding", 20, 10, 60, 900},
    {"transcription", 15, 5, 25, 6}, {"translation", 15, 10, 40, 25},
    {"image", 10, 3, 15, 4},
};

} // namespace

qint64 JobMarket::ownerRate(qint64 grossMicrosPerHour)
{
    return shareOf(grossMicrosPerHour, OwnerShareBasisPoints);
}

JobMarket::Job JobMarket::drawJob(const QString &vehicleId, qint64 utcSeconds)
{
    const quint64 h = mix(stableHash(vehicleId, 0x70b5u) ^ mix(quint64(utcSeconds)));
    int pick = int(h % 100);
    const Kind *kind = &Kinds[0];
    for (const Kind &k : Kinds) {
        if (pick < k.weight) {
            kind = &k;
            break;
        }
        pick -= k.weight;
    }
    Job job;
    job.id = QStringLiteral("%1").arg(mix(h ^ 0x5eedULL), 16, 16, QLatin1Char('0'));
    job.kind = QLatin1String(kind->name);
    job.minutes =
        kind->minMinutes + int((h >> 16) % quint64(kind->maxMinutes - kind->minMinutes + 1));
    return job;
}

qint64 JobMarket::operationsPerMinute(const QString &kind)
{
    for (const Kind &k : Kinds) {
        if (kind == QLatin1String(k.name))
            return k.operationsPerMinute;
    }
    return 0;
}

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
