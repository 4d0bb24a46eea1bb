#pragma once

#include "idlefleet/v1/policy.pb.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace idlefleet::policy {

/// One stretch of expected contribution, with integer energy and money (micros).
struct ForecastInterval
{
    qint64 start = 0; // UTC seconds
    qint64 end = 0;
    qint64 energyWh = 0;
    qint64 costMicros = 0;  // electricity at the owner's tariff
    qint64 grossMicros = 0; // what the market pays for the compute
    qint64 ownerMicros = 0; // the owner's share of it
    qint64 netMicros = 0;   // the owner's share less the electricity
    // Where the energy comes from (spec/ledger.md): the home's solar surplus or the grid, and
    // the grid's carbon where its intensity is expected (else the grid Wh it is unknown for).
    qint64 solarWh = 0;
    qint64 gridWh = 0;
    qint64 carbonGrams = 0;
    qint64 carbonUnknownWh = 0;
};

/// At most this many points in each of a profile's solarSurplus and gridCarbon lists.
inline constexpr int MaxProfilePoints = 10000;

struct Forecast
{
    QString currency;
    qint64 from = 0;
    qint64 to = 0;
    std::vector<ForecastInterval> intervals;
    ForecastInterval totals; // start/end are from/to
};

bool parseVehicleProfileJson(const QByteArray &json, v1::VehicleProfile *profile, QString *error);
bool parseMarketForecastJson(const QByteArray &json, v1::MarketForecast *market, QString *error);

/// Simulates the car minute by minute over [from, from + days) under the compiled policy: home and
/// plugged in from plugInMinute to departureMinute, charging to its limit, contributing whenever
/// every rule allows. Returns false with one line in `error` when the inputs do not fit together
/// (a tariff in another currency than the market).
bool forecast(const v1::Policy &policy, const v1::VehicleProfile &profile,
              const v1::MarketForecast &market, qint64 from, int days, Forecast *result,
              QString *error);

/// The documented JSON form of a forecast (docs/plan.md).
QByteArray forecastToJson(const Forecast &forecast);

} // namespace idlefleet::policy
