// VehicleRoutes: what a car's policy lets it contribute in the coming days.

#include "idlefleet/v1/forecast.pb.h"
#include "jobmarket.h"
#include "policy/forecast.h"
#include "policy/zonerules.h"
#include "protobufhttp.h"
#include "simulator.h"
#include "vehicleroutes.h"
#include "worldclock.h"

namespace idlefleet::backend {
namespace {

constexpr int DefaultForecastDays = 2;
constexpr int MaxForecastDays = 14;

void fill(v1::ForecastInterval *out, const policy::ForecastInterval &interval)
{
    out->mutable_start()->set_seconds(interval.start);
    out->mutable_end()->set_seconds(interval.end);
    out->set_energy_wh(interval.energyWh);
    out->set_cost_micros(interval.costMicros);
    out->set_gross_micros(interval.grossMicros);
    out->set_owner_micros(interval.ownerMicros);
    out->set_net_micros(interval.netMicros);
    out->set_solar_wh(interval.solarWh);
    out->set_grid_wh(interval.gridWh);
    out->set_carbon_grams(interval.carbonGrams);
}

/// The car's habits as the simulator drives it: to work on weekdays, back in the evening; the
/// sun on its home's roof and the grid's intensity over the `days` from `from`, as the world's
/// own weather will have them.
v1::VehicleProfile profileOf(const SimulatedVehicle &vehicle, qint64 from, int days)
{
    constexpr int TripMinutes = 30;
    constexpr int WorkdayMinutes = 600;
    constexpr int PlugInDelayMinutes = 45;
    constexpr int WeekdaysMask = 0b0011111;
    v1::VehicleProfile profile;
    profile.set_battery_capacity_wh(vehicle.batteryCapacityWh);
    profile.set_charger_watts(vehicle.chargerWatts);
    profile.set_compute_watts(vehicle.computeWatts);
    profile.set_soc_percent(100.0 * vehicle.batteryWh / double(vehicle.batteryCapacityWh));
    profile.set_departure_minute(vehicle.commuteMinute);
    profile.set_plug_in_minute((vehicle.commuteMinute + WorkdayMinutes + PlugInDelayMinutes) %
                               1440);
    profile.set_away_days_mask(WeekdaysMask);
    profile.set_trip_wh(qint64(vehicle.tripWhPerMinute) * TripMinutes * 2);
    constexpr qint64 Step = 900; // a quarter of an hour
    const energy::Place place = energy::placeOf(vehicle.timeZone);
    for (qint64 t = from - ((from % Step) + Step) % Step; t < from + qint64(days) * 86400;
         t += Step) {
        const energy::Sky sky = energy::skyOf(place, t);
        if (vehicle.roof.peakWatts > 0) {
            v1::SolarSurplus *surplus = profile.add_solar_surplus();
            surplus->mutable_start()->set_seconds(t);
            surplus->set_watts(
                energy::solarSurplusWatts(vehicle.roof, vehicle.home(), place, t, sky));
        }
        v1::GridCarbon *carbon = profile.add_grid_carbon();
        carbon->mutable_start()->set_seconds(t);
        carbon->set_grams_per_kwh(sky.carbonGramsPerKwh);
    }
    return profile;
}

/// The market's expected gross rate for the car's computer, hour by hour.
v1::MarketForecast marketFor(const SimulatedVehicle &vehicle, const policy::ZoneRules &rules,
                             const std::string &currency, qint64 from, int days)
{
    v1::MarketForecast market;
    market.set_currency(currency);
    market.set_owner_share_basis_points(JobMarket::OwnerShareBasisPoints);
    const qint64 firstHour = from - ((from % 3600) + 3600) % 3600;
    for (qint64 t = firstHour; t < from + qint64(days) * 86400; t += 3600) {
        v1::MarketRate *rate = market.add_rates();
        rate->mutable_start()->set_seconds(t);
        rate->set_gross_micros_per_hour(JobMarket::inCurrency(
            JobMarket::grossMicrosPerHour(t, rules.offsetAt(t), vehicle.computeWatts),
            QString::fromStdString(currency)));
    }
    return market;
}

} // namespace

http::Response VehicleRoutes::forecast(const http::Request &request,
                                       const SimulatedVehicle &vehicle) const
{
    int days = DefaultForecastDays;
    const QString daysText = request.query.queryItemValue(QStringLiteral("days"));
    if (!daysText.isEmpty()) {
        bool ok = false;
        days = daysText.toInt(&ok);
        if (!ok || days < 1 || days > MaxForecastDays)
            return errorResponse(
                400, QStringLiteral("invalid_argument"),
                QStringLiteral("days must be a whole number from 1 to %1").arg(MaxForecastDays),
                QStringLiteral("days"));
    }
    const auto rules =
        policy::ZoneRules::forZone(QByteArray::fromStdString(vehicle.policy.time_zone()));
    if (!rules)
        return errorResponse(500, QStringLiteral("internal"),
                             QStringLiteral("the car's policy names an unknown time zone"));
    const std::string currency =
        vehicle.policy.has_tariff() ? vehicle.policy.tariff().currency() : std::string("EUR");
    const qint64 from = m_context.clock.now().toSecsSinceEpoch();
    policy::Forecast expected;
    QString problem;
    if (!policy::forecast(vehicle.policy, profileOf(vehicle, from, days),
                          marketFor(vehicle, *rules, currency, from, days), from, days, &expected,
                          &problem))
        return errorResponse(500, QStringLiteral("internal"), problem);

    v1::ForecastResponse out;
    out.set_vehicle_id(vehicle.id.toStdString());
    out.set_currency(expected.currency.toStdString());
    out.mutable_from()->set_seconds(expected.from);
    out.mutable_to()->set_seconds(expected.to);
    for (const auto &interval : expected.intervals)
        fill(out.add_intervals(), interval);
    fill(out.mutable_totals(), expected.totals);
    return protobufResponse(out);
}

} // namespace idlefleet::backend
