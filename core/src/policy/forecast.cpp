#include "forecast.h"

#include "eligibility.h"
#include "money.h"
#include "policydocument.h"
#include "rfc3339.h"
#include "zonerules.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace idlefleet::policy {
namespace {

constexpr int DefaultChargeLimitPercent = 90;
constexpr double ForecastChipTempC = 45; // the computer's usual temperature under load

QString rangeError(const QString &path, qint64 value, qint64 low, qint64 high)
{
    return QStringLiteral("%1: %2 is out of range %3..%4").arg(path).arg(value).arg(low).arg(high);
}

/// The first problem of a profile's list `name` of points that each hold a value from their
/// start until the next: too many points, a point without its start, or a `field` (read by
/// `value`) outside 0..`max`.
template<typename Points, typename Value>
QString pointsProblem(const char *name, const Points &points, const char *field, Value value,
                      qint64 max)
{
    const QString list = QLatin1String(name);
    if (const QString problem = tooMany(name, points.size(), MaxProfilePoints, "points");
        !problem.isEmpty())
        return problem;
    for (int i = 0; i < points.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(list).arg(i);
        if (!points.Get(i).has_start())
            return path + QStringLiteral(".start: is required");
        if (const qint64 v = value(points.Get(i)); v < 0 || v > max)
            return rangeError(path + QLatin1Char('.') + QLatin1String(field), v, 0, max);
    }
    return {};
}

QString validateProfile(const v1::VehicleProfile &p)
{
    if (p.battery_capacity_wh() < 1000 || p.battery_capacity_wh() > 1000000)
        return rangeError(QStringLiteral("profile.batteryCapacityWh"), p.battery_capacity_wh(),
                          1000, 1000000);
    if (p.charger_watts() < 0 || p.charger_watts() > 350000)
        return rangeError(QStringLiteral("profile.chargerWatts"), p.charger_watts(), 0, 350000);
    if (p.compute_watts() < 0 || p.compute_watts() > 100000)
        return rangeError(QStringLiteral("profile.computeWatts"), p.compute_watts(), 0, 100000);
    if (!std::isfinite(p.soc_percent()))
        return QStringLiteral("profile.socPercent: %1 is not a finite number").arg(p.soc_percent());
    if (p.soc_percent() < 0 || p.soc_percent() > 100)
        return QStringLiteral("profile.socPercent: %1 is out of range 0..100").arg(p.soc_percent());
    if (p.plug_in_minute() < 0 || p.plug_in_minute() > 1439)
        return rangeError(QStringLiteral("profile.plugInMinute"), p.plug_in_minute(), 0, 1439);
    if (p.departure_minute() < 0 || p.departure_minute() > 1439)
        return rangeError(QStringLiteral("profile.departureMinute"), p.departure_minute(), 0, 1439);
    if (p.away_days_mask() < 0 || p.away_days_mask() > 127)
        return rangeError(QStringLiteral("profile.awayDaysMask"), p.away_days_mask(), 0, 127);
    if (p.trip_wh() < 0 || p.trip_wh() > p.battery_capacity_wh())
        return rangeError(QStringLiteral("profile.tripWh"), p.trip_wh(), 0,
                          p.battery_capacity_wh());
    if (p.charge_limit_percent() != 0 &&
        (p.charge_limit_percent() < 50 || p.charge_limit_percent() > 100))
        return QStringLiteral("profile.chargeLimitPercent: %1 must be 0 (meaning 90) or 50..100")
            .arg(p.charge_limit_percent());
    if (const QString problem = pointsProblem(
            "profile.solarSurplus", p.solar_surplus(), "watts",
            [](const v1::SolarSurplus &point) { return qint64(point.watts()); }, 1000000);
        !problem.isEmpty())
        return problem;
    return pointsProblem(
        "profile.gridCarbon", p.grid_carbon(), "gramsPerKwh",
        [](const v1::GridCarbon &point) { return qint64(point.grams_per_kwh()); }, 5000);
}

/// The owner's share of the market's gross, in basis points.
qint64 shareBasisPoints(const v1::MarketForecast &m)
{
    return m.has_owner_share_basis_points() ? m.owner_share_basis_points()
                                            : qint64(m.owner_share_percent()) * 100;
}

/// A value of a list of (start, value) that holds until the next start, at instants that only
/// go forward.
class StepValues
{
public:
    void add(qint64 start, qint64 value) { m_points.emplace_back(start, value); }
    void sort() { std::stable_sort(m_points.begin(), m_points.end(), earlier); }
    /// The value at `t`, or nothing before the first start.
    std::optional<qint64> at(qint64 t)
    {
        while (m_next < m_points.size() && m_points[m_next].first <= t)
            ++m_next;
        if (m_next == 0)
            return std::nullopt;
        return m_points[m_next - 1].second;
    }

private:
    static bool earlier(const std::pair<qint64, qint64> &a, const std::pair<qint64, qint64> &b)
    {
        return a.first < b.first;
    }
    std::vector<std::pair<qint64, qint64>> m_points;
    std::size_t m_next = 0;
};

QString validateMarket(const v1::MarketForecast &m)
{
    const QString currency = QString::fromStdString(m.currency());
    if (!isCurrencyCode(currency))
        return QStringLiteral("market.currency: %1 is not a three-letter ISO 4217 code such as EUR")
            .arg(quotedValue(currency));
    if (m.owner_share_percent() < 0 || m.owner_share_percent() > 100)
        return rangeError(QStringLiteral("market.ownerSharePercent"), m.owner_share_percent(), 0,
                          100);
    if (m.owner_share_basis_points() < 0 || m.owner_share_basis_points() > 10000)
        return rangeError(QStringLiteral("market.ownerShareBasisPoints"),
                          m.owner_share_basis_points(), 0, 10000);
    if (m.has_owner_share_basis_points() && m.has_owner_share_percent() &&
        m.owner_share_basis_points() != m.owner_share_percent() * 100)
        return QStringLiteral("market.ownerShareBasisPoints: %1 disagrees with "
                              "ownerSharePercent %2; give one of them")
            .arg(m.owner_share_basis_points())
            .arg(m.owner_share_percent());
    for (int i = 0; i < m.rates_size(); ++i) {
        const auto &rate = m.rates(i);
        if (!rate.has_start())
            return QStringLiteral("market.rates[%1].start: is required").arg(i);
        if (rate.gross_micros_per_hour() < 0 || rate.gross_micros_per_hour() > MaxMoneyMicros)
            return rangeError(QStringLiteral("market.rates[%1].grossMicrosPerHour").arg(i),
                              rate.gross_micros_per_hour(), 0, MaxMoneyMicros);
    }
    return {};
}

/// Running sums of one interval, in exact units until it closes (spec/ledger.md's sums).
struct Accumulator
{
    qint64 start = 0;
    qint64 wattMinutes = 0;
    qint64 solarWattMinutes = 0;
    qint64 gridWattMinutes = 0;
    qint64 unknownCarbonWattMinutes = 0;
    Int128 carbonTimesWattMinutes = 0; // g/kWh x W x min
    Int128 priceTimesWattMinutes = 0;  // micros/kWh x W x min: feed-in x S + price x G
    Int128 grossRateMinutes = 0;       // micros/h x min

    ForecastInterval close(qint64 end, qint64 shareBasisPoints) const
    {
        ForecastInterval interval;
        interval.start = start;
        interval.end = end;
        interval.energyWh = divideRounded(wattMinutes, 60);
        interval.costMicros = divideRounded(priceTimesWattMinutes, 60000);
        interval.grossMicros = divideRounded(grossRateMinutes, 60);
        // The share of the rounded gross, rounded once, as a ledger entry's (spec/ledger.md).
        interval.ownerMicros =
            divideRounded(Int128(interval.grossMicros) * shareBasisPoints, 10000);
        interval.netMicros = interval.ownerMicros - interval.costMicros;
        interval.solarWh = divideRounded(solarWattMinutes, 60);
        interval.gridWh = divideRounded(gridWattMinutes, 60);
        interval.carbonGrams = divideRounded(carbonTimesWattMinutes, 60000);
        interval.carbonUnknownWh = divideRounded(unknownCarbonWattMinutes, 60);
        return interval;
    }
};

} // namespace

bool parseVehicleProfileJson(const QByteArray &json, v1::VehicleProfile *profile, QString *error)
{
    if (!parseDocumentJson(json, profile, "profile", error))
        return false;
    *error = validateProfile(*profile);
    return error->isEmpty();
}

bool parseMarketForecastJson(const QByteArray &json, v1::MarketForecast *market, QString *error)
{
    if (!parseDocumentJson(json, market, "market", error))
        return false;
    *error = validateMarket(*market);
    return error->isEmpty();
}

bool forecast(const v1::Policy &policy, const v1::VehicleProfile &profile,
              const v1::MarketForecast &market, qint64 from, int days, Forecast *result,
              QString *error)
{
    const QString currency = QString::fromStdString(market.currency());
    if (policy.has_tariff() && QString::fromStdString(policy.tariff().currency()) != currency) {
        *error = QStringLiteral("market.currency: %1 differs from the tariff's %2")
                     .arg(currency, QString::fromStdString(policy.tariff().currency()));
        return false;
    }
    const auto rules = ZoneRules::forZone(QByteArray::fromStdString(policy.time_zone()));
    if (!rules) {
        *error = QStringLiteral("policy.timeZone: is not a known IANA time zone");
        return false;
    }
    from -= ((from % 60) + 60) % 60; // whole minutes
    const qint64 to = from + qint64(days) * 86400;
    const CompiledPolicy compiled(policy, from, to);
    const auto tariff = tariffSegments(policy, *rules, from, to);

    std::vector<std::pair<qint64, qint64>> rates; // start, gross micros per hour
    for (const auto &rate : market.rates())
        rates.emplace_back(rate.start().seconds(), rate.gross_micros_per_hour());
    std::sort(rates.begin(), rates.end());
    const qint64 share = shareBasisPoints(market);
    StepValues surplus;
    for (const auto &point : profile.solar_surplus())
        surplus.add(point.start().seconds(), point.watts());
    surplus.sort();
    StepValues carbon;
    for (const auto &point : profile.grid_carbon())
        carbon.add(point.start().seconds(), point.grams_per_kwh());
    carbon.sort();
    const qint64 feedIn = policy.tariff().feed_in_micros_per_kwh();

    const double capacity = double(profile.battery_capacity_wh());
    const int limit = profile.charge_limit_percent() != 0 ? profile.charge_limit_percent()
                                                          : DefaultChargeLimitPercent;
    double batteryWh = capacity * profile.soc_percent() / 100.0;
    qint64 energyTodayWattMinutes = 0;
    qint64 today = rules->localDay(from);
    bool wasAway = false;
    bool contributing = false;

    v1::VehicleState state;
    state.set_chip_temp_c(ForecastChipTempC);
    state.set_compute_power_watts(profile.compute_watts());

    result->currency = currency;
    result->from = from;
    result->to = to;
    result->intervals.clear();
    Accumulator open;
    std::size_t segment = 0;
    std::size_t rateIndex = 0;
    for (qint64 t = from; t < to; t += 60) {
        const qint64 day = rules->localDay(t);
        if (day != today) {
            today = day;
            energyTodayWattMinutes = 0;
        }
        const int minute = int((t + rules->offsetAt(t) - day * 86400) / 60);
        const bool leavesToday = profile.away_days_mask() == 0 ||
                                 (profile.away_days_mask() >> ZoneRules::weekday(day)) & 1;
        const int leave = profile.departure_minute();
        const int back = profile.plug_in_minute();
        const bool away = leavesToday && (leave <= back ? (minute >= leave && minute < back)
                                                        : (minute >= leave || minute < back));
        if (wasAway && !away)
            batteryWh = std::max(0.0, batteryWh - double(profile.trip_wh()));
        wasAway = away;

        while (segment + 1 < tariff.size() && tariff[segment].end <= t)
            ++segment;
        while (rateIndex + 1 < rates.size() && rates[rateIndex + 1].first <= t)
            ++rateIndex;
        const qint64 gross =
            rates.empty() || rates[rateIndex].first > t ? 0 : rates[rateIndex].second;
        // As the car sees it: the share of the rate rounded once (JobMarket::ownerRate()).
        const qint64 owner = divideRounded(Int128(gross) * share, 10000);
        const std::optional<qint64> intensity = carbon.at(t);
        const qint64 surplusWatts = surplus.at(t).value_or(0);

        state.set_soc_percent(100.0 * batteryWh / capacity);
        state.set_plugged_in(!away);
        state.set_driving(false);
        state.set_contributing(contributing);
        state.set_energy_today_wh(energyTodayWattMinutes / 60);
        state.set_market_rate_micros_per_hour(owner);
        // The home's surplus reaches the car only while it is plugged in at home.
        state.set_solar_surplus_watts(away ? 0 : int(surplusWatts));
        if (intensity)
            state.set_grid_carbon_grams_per_kwh(int(*intensity));
        else
            state.clear_grid_carbon_grams_per_kwh();
        const bool nowContributing = !away && compiled.evaluate(state, t) == 0;

        if (nowContributing && !contributing)
            open = Accumulator{t};
        if (!nowContributing && contributing)
            result->intervals.push_back(open.close(t, share));
        contributing = nowContributing;

        double deltaWh = 0;
        if (!away && 100.0 * batteryWh / capacity < limit)
            deltaWh += profile.charger_watts() / 60.0;
        if (contributing) {
            // Contributing only at home, plugged in: the sun's part, the rest from the grid.
            const qint64 watts = profile.compute_watts();
            const PowerSources power = powerSources(state);
            open.wattMinutes += watts;
            open.solarWattMinutes += power.solarWatts;
            open.gridWattMinutes += power.otherWatts;
            open.priceTimesWattMinutes +=
                Int128(feedIn) * power.solarWatts +
                Int128(tariff[segment].priceMicrosPerKwh) * power.otherWatts;
            if (intensity)
                open.carbonTimesWattMinutes += Int128(*intensity) * power.otherWatts;
            else
                open.unknownCarbonWattMinutes += power.otherWatts;
            open.grossRateMinutes += gross;
            energyTodayWattMinutes += watts;
            deltaWh -= watts / 60.0;
        }
        batteryWh = std::clamp(batteryWh + deltaWh, 0.0, capacity);
    }
    if (contributing)
        result->intervals.push_back(open.close(to, share));

    result->totals = ForecastInterval{};
    result->totals.start = from;
    result->totals.end = to;
    for (const auto &interval : result->intervals) {
        result->totals.energyWh += interval.energyWh;
        result->totals.costMicros += interval.costMicros;
        result->totals.grossMicros += interval.grossMicros;
        result->totals.ownerMicros += interval.ownerMicros;
        result->totals.netMicros += interval.netMicros;
        result->totals.solarWh += interval.solarWh;
        result->totals.gridWh += interval.gridWh;
        result->totals.carbonGrams += interval.carbonGrams;
        result->totals.carbonUnknownWh += interval.carbonUnknownWh;
    }
    return true;
}

QByteArray forecastToJson(const Forecast &forecast)
{
    auto amounts = [](const ForecastInterval &i) {
        return QStringLiteral("\"energyWh\": %1, \"costMicros\": %2, \"grossMicros\": %3, "
                              "\"ownerMicros\": %4, \"netMicros\": %5, \"solarWh\": %6, "
                              "\"gridWh\": %7, \"carbonGrams\": %8, \"carbonUnknownWh\": %9")
            .arg(i.energyWh)
            .arg(i.costMicros)
            .arg(i.grossMicros)
            .arg(i.ownerMicros)
            .arg(i.netMicros)
            .arg(i.solarWh)
            .arg(i.gridWh)
            .arg(i.carbonGrams)
            .arg(i.carbonUnknownWh);
    };
    QString out =
        QStringLiteral("{\"currency\": \"%1\", \"from\": \"%2\", \"to\": \"%3\", "
                       "\"intervals\": [")
            .arg(forecast.currency, formatRfc3339(forecast.from), formatRfc3339(forecast.to));
    for (std::size_t i = 0; i < forecast.intervals.size(); ++i) {
        const auto &interval = forecast.intervals[i];
        out += (i > 0 ? QStringLiteral(",\n  ") : QStringLiteral("\n  ")) +
               QStringLiteral("{\"start\": \"%1\", \"end\": \"%2\", ")
                   .arg(formatRfc3339(interval.start), formatRfc3339(interval.end)) +
               amounts(interval) + QLatin1Char('}');
    }
    out += forecast.intervals.empty() ? QStringLiteral("],\n") : QStringLiteral("\n],\n");
    out += QStringLiteral(" \"totals\": {") + amounts(forecast.totals) + QStringLiteral("}}\n");
    return out.toUtf8();
}

} // namespace idlefleet::policy
