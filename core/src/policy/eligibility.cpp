#include "eligibility.h"

#include "money.h"

#include <algorithm>
#include <limits>

namespace idlefleet::policy {
namespace {

constexpr qint64 DepartureLookaheadSeconds = 12 * 3600;
constexpr int ChipHysteresisC = 5;

constexpr const char *Codes[ReasonCount] = {
    "disabled",
    "paused",
    "driving",
    "not_plugged_in",
    "outside_schedule",
    "peak_tariff",
    "price_above_limit",
    "unprofitable",
    "below_min_soc",
    "below_resume_soc",
    "departure_reserve",
    "chip_too_hot",
    "daily_energy_cap",
    "no_consent",
    "carbon_above_limit",
    "no_solar_surplus",
};

constexpr ReasonSet bit(Reason reason)
{
    return ReasonSet(1u << unsigned(reason));
}

int resumeLevel(const v1::Policy &policy)
{
    return policy.resume_soc_percent() != 0 ? policy.resume_soc_percent()
                                            : policy.min_soc_percent() + 5;
}

/// The rules that need no clock: everything but schedule, tariff and departures.
ReasonSet stateReasons(const v1::Policy &policy, const v1::VehicleState &state, int resume,
                       qint64 price)
{
    ReasonSet reasons = 0;
    if (!policy.enabled())
        reasons |= bit(Reason::Disabled);
    if (state.driving())
        reasons |= bit(Reason::Driving);
    if (policy.require_plugged_in() && !state.plugged_in())
        reasons |= bit(Reason::NotPluggedIn);
    if (policy.max_price_micros_per_kwh() != 0 && price > policy.max_price_micros_per_kwh())
        reasons |= bit(Reason::PriceAboveLimit);
    const PowerSources power = powerSources(state);
    if (policy.max_carbon_grams_per_kwh() > 0 && state.plugged_in() && power.otherWatts > 0 &&
        state.has_grid_carbon_grams_per_kwh() &&
        state.grid_carbon_grams_per_kwh() > policy.max_carbon_grams_per_kwh())
        reasons |= bit(Reason::CarbonAboveLimit);
    if (policy.solar_only() && power.solarWatts < state.compute_power_watts())
        reasons |= bit(Reason::NoSolarSurplus);
    if (policy.require_profitable()) {
        // Exact: earnings per hour x 1000 against prices per kWh x watts (micros per 1000 h).
        const Int128 earned = Int128(state.market_rate_micros_per_hour()) * 1000;
        if (earned < energyCostTimes1000(policy, state, price))
            reasons |= bit(Reason::Unprofitable);
    }
    if (state.contributing() && state.soc_percent() <= policy.min_soc_percent())
        reasons |= bit(Reason::BelowMinSoc);
    if (!state.contributing() && state.soc_percent() < resume)
        reasons |= bit(Reason::BelowResumeSoc);
    if (policy.max_chip_temp_c() > 0) {
        const double limit = policy.max_chip_temp_c();
        if (state.contributing() ? state.chip_temp_c() >= limit
                                 : state.chip_temp_c() > limit - ChipHysteresisC)
            reasons |= bit(Reason::ChipTooHot);
    }
    if (policy.max_daily_wh() > 0 && state.energy_today_wh() >= policy.max_daily_wh())
        reasons |= bit(Reason::DailyEnergyCap);
    return reasons;
}

bool contains(const std::vector<Interval> &intervals, qint64 at)
{
    return std::any_of(intervals.begin(), intervals.end(),
                       [at](const Interval &i) { return i.start <= at && at < i.end; });
}

} // namespace

const Reason ReasonOrder[ReasonCount] = {
    Reason::NoConsent,      Reason::Disabled,         Reason::Paused,
    Reason::Driving,        Reason::NotPluggedIn,     Reason::OutsideSchedule,
    Reason::PeakTariff,     Reason::PriceAboveLimit,  Reason::CarbonAboveLimit,
    Reason::NoSolarSurplus, Reason::Unprofitable,     Reason::BelowMinSoc,
    Reason::BelowResumeSoc, Reason::DepartureReserve, Reason::ChipTooHot,
    Reason::DailyEnergyCap,
};

PowerSources powerSources(qint64 computeWatts, qint64 solarSurplusWatts, bool pluggedIn)
{
    const qint64 solar =
        pluggedIn ? std::max<qint64>(0, std::min(solarSurplusWatts, computeWatts)) : 0;
    return {solar, computeWatts - solar};
}

PowerSources powerSources(const v1::VehicleState &state)
{
    return powerSources(state.compute_power_watts(), state.solar_surplus_watts(),
                        state.plugged_in());
}

qint64 batteryWearMicrosPerKwh(qint64 packPriceMicros, qint64 usableWh, int ratedCycles)
{
    if (packPriceMicros <= 0 || usableWh <= 0 || ratedCycles <= 0 ||
        usableWh > std::numeric_limits<qint64>::max() / ratedCycles)
        return 0;
    // price / (usable kWh x cycles) = price x 1000 / (usable Wh x cycles)
    return divideRounded(Int128(packPriceMicros) * 1000, usableWh * ratedCycles);
}

Int128 energyCostTimes1000(const v1::Policy &policy, const v1::VehicleState &state, qint64 price)
{
    const PowerSources power = powerSources(state);
    const qint64 wear = state.plugged_in() ? 0 : policy.battery_wear_micros_per_kwh();
    return Int128(policy.tariff().feed_in_micros_per_kwh()) * power.solarWatts +
           (Int128(price) + wear) * power.otherWatts;
}

const char *reasonCode(Reason reason)
{
    return Codes[int(reason)];
}

QStringList reasonCodes(ReasonSet reasons)
{
    QStringList codes;
    for (const Reason reason : ReasonOrder) {
        if (reasons & reasonBit(reason))
            codes.append(QLatin1String(Codes[int(reason)]));
    }
    return codes;
}

ReasonSet evaluate(const v1::Policy &policy, const v1::VehicleState &state, qint64 at)
{
    const auto rules = ZoneRules::forZone(QByteArray::fromStdString(policy.time_zone()));
    if (!rules)
        return bit(Reason::Disabled);
    const qint64 today = rules->localDay(at);

    ReasonSet reasons = 0;
    if (policy.has_paused_until() && at < qint64(policy.paused_until().seconds()))
        reasons |= bit(Reason::Paused);

    if (policy.windows_size() > 0) {
        std::vector<Interval> windows;
        for (const auto &w : policy.windows())
            appendOccurrences(*rules, w.days_mask(), w.start_minute(), w.end_minute(), today - 2,
                              today, &windows);
        if (!contains(windows, at))
            reasons |= bit(Reason::OutsideSchedule);
    }

    qint64 price = 0;
    bool offPeak = false;
    if (policy.has_tariff()) {
        price = policy.tariff().default_price_micros_per_kwh();
        for (const auto &period : policy.tariff().periods()) {
            std::vector<Interval> occurrences;
            appendOccurrences(*rules, period.days_mask(), period.start_minute(),
                              period.end_minute(), today - 2, today, &occurrences);
            if (contains(occurrences, at)) {
                price = period.price_micros_per_kwh();
                offPeak = period.off_peak();
                break;
            }
        }
    }
    if (policy.off_peak_only() && !offPeak)
        reasons |= bit(Reason::PeakTariff);

    int neededSoc = 0;
    for (const auto &departure : policy.departures()) {
        for (qint64 day = today - 1; day <= today + 2; ++day) {
            if (departure.days_mask() != 0 &&
                !((departure.days_mask() >> ZoneRules::weekday(day)) & 1))
                continue;
            const qint64 when = rules->boundary(day, departure.minute());
            if (when > at && when <= at + DepartureLookaheadSeconds)
                neededSoc = std::max(neededSoc, departure.soc_percent());
        }
    }
    if (neededSoc > 0 && state.soc_percent() < neededSoc)
        reasons |= bit(Reason::DepartureReserve);

    return reasons | stateReasons(policy, state, resumeLevel(policy), price);
}

CompiledPolicy::CompiledPolicy(const v1::Policy &policy, qint64 from, qint64 to)
    : m_policy(policy)
    , m_from(from)
    , m_to(to)
    , m_pausedUntil(policy.has_paused_until() ? qint64(policy.paused_until().seconds())
                                              : std::numeric_limits<qint64>::min())
    , m_resumePercent(resumeLevel(policy))
{
    const auto rules = ZoneRules::forZone(QByteArray::fromStdString(policy.time_zone()));
    if (!rules) {
        m_to = m_from; // everything falls back to direct evaluation
        return;
    }
    m_schedule = scheduleIntervals(policy, *rules, from, to);
    m_tariff = tariffSegments(policy, *rules, from, to);
    const qint64 firstDay = rules->localDay(from) - 1;
    const qint64 lastDay = rules->localDay(to + DepartureLookaheadSeconds) + 1;
    for (const auto &departure : policy.departures()) {
        for (qint64 day = firstDay; day <= lastDay; ++day) {
            if (departure.days_mask() == 0 ||
                (departure.days_mask() >> ZoneRules::weekday(day)) & 1)
                m_departures.push_back(
                    {rules->boundary(day, departure.minute()), departure.soc_percent()});
        }
    }
    std::sort(m_departures.begin(), m_departures.end(),
              [](const Departure &a, const Departure &b) { return a.at < b.at; });
}

qint64 CompiledPolicy::priceAt(qint64 at) const
{
    if (at < m_from || at >= m_to || m_tariff.empty()) {
        const auto rules = ZoneRules::forZone(QByteArray::fromStdString(m_policy.time_zone()));
        return rules ? tariffSegments(m_policy, *rules, at, at + 1).front().priceMicrosPerKwh : 0;
    }
    return std::prev(std::upper_bound(m_tariff.begin(), m_tariff.end(), at,
                                      [](qint64 t, const TariffSegment &s) { return t < s.start; }))
        ->priceMicrosPerKwh;
}

ReasonSet CompiledPolicy::evaluate(const v1::VehicleState &state, qint64 at) const
{
    if (at < m_from || at >= m_to)
        return policy::evaluate(m_policy, state, at);

    ReasonSet reasons = 0;
    if (at < m_pausedUntil)
        reasons |= bit(Reason::Paused);
    if (m_policy.windows_size() > 0) {
        const auto it = std::upper_bound(m_schedule.begin(), m_schedule.end(), at,
                                         [](qint64 t, const Interval &i) { return t < i.start; });
        if (it == m_schedule.begin() || at >= std::prev(it)->end)
            reasons |= bit(Reason::OutsideSchedule);
    }
    const auto segment =
        std::prev(std::upper_bound(m_tariff.begin(), m_tariff.end(), at,
                                   [](qint64 t, const TariffSegment &s) { return t < s.start; }));
    if (m_policy.off_peak_only() && !segment->offPeak)
        reasons |= bit(Reason::PeakTariff);

    int neededSoc = 0;
    for (auto it = std::upper_bound(m_departures.begin(), m_departures.end(), at,
                                    [](qint64 t, const Departure &d) { return t < d.at; });
         it != m_departures.end() && it->at <= at + DepartureLookaheadSeconds; ++it)
        neededSoc = std::max(neededSoc, it->socPercent);
    if (neededSoc > 0 && state.soc_percent() < neededSoc)
        reasons |= bit(Reason::DepartureReserve);

    return reasons | stateReasons(m_policy, state, m_resumePercent, segment->priceMicrosPerKwh);
}

} // namespace idlefleet::policy
