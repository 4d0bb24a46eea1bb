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

} // namespace idlefleet::backend
