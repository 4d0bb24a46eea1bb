#include "simulator.h"

#include <QtMath>
#include <algorithm>

namespace idlefleet::backend {
namespace {

constexpr int MinutesPerDay = 1440;
constexpr double ChargeLimitPercent = 90.0;
// Until the policy engine drives the cars, each car contributes by a fixed house rule:
// at night, parked and plugged in, with a battery floor of 40% that resumes at 45%.
constexpr int ContributeFromMinute = 22 * 60;
constexpr int ContributeUntilMinute = 6 * 60;
constexpr double FloorPercent = 40.0;
constexpr double ResumePercent = 45.0;

bool inRange(int minute, int from, int to)
{
    return from <= to ? (minute >= from && minute < to) : (minute >= from || minute < to);
}

} // namespace

Simulator::Simulator(std::vector<SimulatedVehicle> vehicles)
    : m_vehicles(std::move(vehicles))
{
    m_zones.reserve(m_vehicles.size());
    for (const auto &vehicle : m_vehicles)
        m_zones.emplace_back(vehicle.timeZone.toUtf8());
}

int Simulator::advanceTo(const QDateTime &worldTime, int maxMinutes)
{
    int minutes = 0;
    while (minutes < maxMinutes && m_simulatedUntil.secsTo(worldTime) >= 60) {
        for (auto &vehicle : m_vehicles)
            stepMinute(vehicle, m_simulatedUntil);
        m_simulatedUntil = m_simulatedUntil.addSecs(60);
        ++minutes;
    }
    return minutes;
}

void Simulator::stepMinute(SimulatedVehicle &vehicle, const QDateTime &minuteStart)
{
    const auto index = std::size_t(&vehicle - m_vehicles.data());
    const QDateTime local = minuteStart.toTimeZone(m_zones[index]);
    const int minute = local.time().hour() * 60 + local.time().minute();
    const int weekday = local.date().dayOfWeek(); // 1 = Monday
    const bool workday = weekday <= 5;
    const int morning = vehicle.commuteMinute;
    const int evening = vehicle.commuteMinute + 600;

    if (int(local.date().toJulianDay()) != vehicle.localDay) {
        vehicle.localDay = int(local.date().toJulianDay());
        vehicle.energyTodayWh = 0;
        vehicle.energyTodayFractionWh = 0;
    }

    if (workday) {
        vehicle.driving =
            inRange(minute, morning, morning + 30) || inRange(minute, evening, evening + 30);
    } else {
        vehicle.driving = weekday == 6 && (inRange(minute, 600, 645) || inRange(minute, 840, 885));
    }
    const bool atWork = workday && inRange(minute, morning + 30, evening);
    // Plugged in at home from a quarter of an hour after arriving until leaving.
    const bool homeWindow = workday ? inRange(minute, evening + 45, morning) : true;
    vehicle.pluggedIn = !vehicle.driving && !atWork && homeWindow;

    const double socPercent = 100.0 * vehicle.batteryWh / double(vehicle.batteryCapacityWh);
    const double threshold = vehicle.contributing ? FloorPercent : ResumePercent;
    vehicle.contributing = vehicle.pluggedIn && !vehicle.driving &&
                           inRange(minute, ContributeFromMinute, ContributeUntilMinute) &&
                           socPercent > threshold;

    double deltaWh = 0;
    if (vehicle.driving)
        deltaWh -= vehicle.tripWhPerMinute;
    if (vehicle.pluggedIn && socPercent < ChargeLimitPercent)
        deltaWh += vehicle.chargerWatts / 60.0;
    if (vehicle.contributing) {
        const double computeWh = vehicle.computeWatts / 60.0 + vehicle.energyTodayFractionWh;
        const auto whole = qint64(computeWh);
        vehicle.energyTodayWh += whole;
        vehicle.energyTodayFractionWh = computeWh - double(whole);
        deltaWh -= vehicle.computeWatts / 60.0;
    }
    vehicle.batteryWh =
        std::clamp(vehicle.batteryWh + deltaWh, 0.0, double(vehicle.batteryCapacityWh));

    // The computer warms towards the air temperature plus its load, a tenth of the way a minute.
    const double airC = 12.0 + 6.0 * qSin((minute - 540) * 2.0 * M_PI / MinutesPerDay);
    const double targetC = airC + (vehicle.contributing ? 38.0 : (vehicle.driving ? 12.0 : 0.0));
    vehicle.chipTempC += (targetC - vehicle.chipTempC) * 0.1;
}

VehicleStatus Simulator::statusOf(const SimulatedVehicle &vehicle, const QDateTime &at)
{
    VehicleStatus status;
    status.observedAt = at;
    status.socPercent = 100.0 * vehicle.batteryWh / double(vehicle.batteryCapacityWh);
    status.pluggedIn = vehicle.pluggedIn;
    status.driving = vehicle.driving;
    status.contributing = vehicle.contributing;
    status.chipTempC = vehicle.chipTempC;
    status.computePowerWatts = vehicle.contributing ? vehicle.computeWatts : 0;
    status.energyTodayWh = vehicle.energyTodayWh;
    status.online = true;
    return status;
}

} // namespace idlefleet::backend
