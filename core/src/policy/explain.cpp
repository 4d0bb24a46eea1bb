#include "explain.h"

#include "schedule.h"

#include <algorithm>

namespace idlefleet::policy {
namespace {

constexpr qint64 LookaheadSeconds = 7 * 86400;
constexpr qint64 DepartureLookaheadSeconds = 12 * 3600;

/// The first instant after `at` within a week at which `intervals` allow, or 0.
qint64 nextStart(const std::vector<Interval> &intervals, qint64 at)
{
    for (const Interval &interval : intervals) {
        if (interval.end > at)
            return std::max(interval.start, at);
    }
    return 0;
}

} // namespace

std::vector<ReasonExplanation> explainReasons(const v1::Policy &policy,
                                              const v1::VehicleState &state, qint64 at,
                                              ReasonSet reasons)
{
    std::vector<ReasonExplanation> out;
    const auto rules = ZoneRules::forZone(QByteArray::fromStdString(policy.time_zone()));
    const qint64 price = CompiledPolicy(policy, at, at + 60).priceAt(at);
    for (const Reason reason : ReasonOrder) {
        if (!(reasons & reasonBit(reason)))
            continue;
        ReasonExplanation e;
        e.reason = reason;
        e.socPercent = state.soc_percent();
        e.priceMicrosPerKwh = price;
        switch (e.reason) {
        case Reason::Paused:
            e.until = policy.paused_until().seconds();
            break;
        case Reason::OutsideSchedule:
            if (rules)
                e.until =
                    nextStart(scheduleIntervals(policy, *rules, at, at + LookaheadSeconds), at + 1);
            break;
        case Reason::PeakTariff:
            if (rules) {
                for (const TariffSegment &segment :
                     tariffSegments(policy, *rules, at, at + LookaheadSeconds)) {
                    if (segment.offPeak && segment.end > at) {
                        e.until = std::max(segment.start, at);
                        break;
                    }
                }
            }
            break;
        case Reason::PriceAboveLimit:
            e.limitMicrosPerKwh = policy.max_price_micros_per_kwh();
            if (rules) {
                for (const TariffSegment &segment :
                     tariffSegments(policy, *rules, at, at + LookaheadSeconds)) {
                    if (segment.priceMicrosPerKwh <= e.limitMicrosPerKwh && segment.end > at) {
                        e.until = std::max(segment.start, at);
                        break;
                    }
                }
            }
            break;
        case Reason::Unprofitable:
            e.earnMicrosPerHour = state.market_rate_micros_per_hour();
            e.costMicrosPerHour = qint64(energyCostTimes1000(policy, state, price) / 1000);
            break;
        case Reason::BelowMinSoc:
            e.thresholdPercent = policy.min_soc_percent();
            break;
        case Reason::BelowResumeSoc:
            e.thresholdPercent = policy.resume_soc_percent() != 0 ? policy.resume_soc_percent()
                                                                  : policy.min_soc_percent() + 5;
            break;
        case Reason::DepartureReserve:
            // The departure in the next 12 hours that needs the most (the earliest of equals).
            if (rules) {
                const qint64 today = rules->localDay(at);
                for (const auto &departure : policy.departures()) {
                    for (qint64 day = today - 1; day <= today + 2; ++day) {
                        if (departure.days_mask() != 0 &&
                            !((departure.days_mask() >> ZoneRules::weekday(day)) & 1))
                            continue;
                        const qint64 when = rules->boundary(day, departure.minute());
                        if (when <= at || when > at + DepartureLookaheadSeconds)
                            continue;
                        if (departure.soc_percent() > e.thresholdPercent ||
                            (departure.soc_percent() == e.thresholdPercent &&
                             when < e.departureAt)) {
                            e.thresholdPercent = departure.soc_percent();
                            e.departureAt = when;
                        }
                    }
                }
            }
            break;
        case Reason::ChipTooHot:
            e.chipTempC = state.chip_temp_c();
            e.chipLimitC = policy.max_chip_temp_c();
            break;
        case Reason::NoConsent:
            break;
        case Reason::DailyEnergyCap:
            e.energyTodayWh = state.energy_today_wh();
            e.capWh = policy.max_daily_wh();
            break;
        case Reason::CarbonAboveLimit:
            e.carbonGramsPerKwh = state.grid_carbon_grams_per_kwh();
            e.carbonLimit = policy.max_carbon_grams_per_kwh();
            break;
        case Reason::NoSolarSurplus:
            e.solarSurplusWatts = powerSources(state).solarWatts;
            e.computeWatts = state.compute_power_watts();
            break;
        case Reason::Disabled:
        case Reason::Driving:
        case Reason::NotPluggedIn:
            break;
        }
        out.push_back(e);
    }
    return out;
}

} // namespace idlefleet::policy
