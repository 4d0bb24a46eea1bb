#include "simulator.h"

#include "jobmarket.h"
#include "logging.h"
#include "policy/zonerules.h"
#include "stablehash.h"
#include "vehiclelist.h"

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace idlefleet::backend {
namespace {

constexpr int MinutesPerDay = 1440;
constexpr double ChargeLimitPercent = 90.0;

bool inRange(int minute, int from, int to)
{
    return from <= to ? (minute >= from && minute < to) : (minute >= from || minute < to);
}

} // namespace

QString SimulatedVehicle::currency() const
{
    return policy.has_tariff() ? QString::fromStdString(policy.tariff().currency())
                               : QStringLiteral("EUR");
}

std::shared_ptr<const policy::ZoneRules> SimulatedVehicle::zoneRules() const
{
    return policy::ZoneRules::forZoneOrUtc(timeZone.toUtf8());
}

v1::VehicleState SimulatedVehicle::state() const
{
    v1::VehicleState state;
    state.set_soc_percent(100.0 * batteryWh / double(batteryCapacityWh));
    state.set_plugged_in(pluggedIn);
    state.set_driving(driving);
    state.set_contributing(contributing);
    state.set_chip_temp_c(chipTempC);
    state.set_energy_today_wh(energyTodayWh);
    state.set_market_rate_micros_per_hour(ownerRateMicrosPerHour);
    state.set_compute_power_watts(computeWatts);
    state.set_solar_surplus_watts(solarSurplusWatts);
    state.set_grid_carbon_grams_per_kwh(gridCarbonGramsPerKwh);
    return state;
}

quint64 SimulatedVehicle::home() const
{
    return stableHash(id, 0x4011);
}

Simulator::Simulator(std::vector<SimulatedVehicle> vehicles)
{
    replaceVehicles(std::move(vehicles));
    const QString deadSpots = qEnvironmentVariable("IDLEFLEETD_DEAD_SPOTS");
    if (deadSpots == QLatin1String("off")) {
        m_deadSpots = DeadSpots::Off;
    } else if (deadSpots.startsWith(QLatin1String("always:"))) {
        m_deadSpots = DeadSpots::Listed;
        m_alwaysOffline = deadSpots.mid(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if (!deadSpots.isEmpty() && deadSpots != QLatin1String("on")) {
        qCWarning(lcWorld,
                  "IDLEFLEETD_DEAD_SPOTS: '%s' is not on, off or always:ID,...; dead spots stay on",
                  qPrintable(deadSpots));
    }
}

Simulator::~Simulator() = default;

const policy::CompiledPolicy &Simulator::compiledPolicy(std::size_t index, qint64 at)
{
    if (!m_compiled[index] || at >= m_compiledUntil[index]) {
        m_compiled[index] = std::make_unique<policy::CompiledPolicy>(m_vehicles[index].policy, at,
                                                                     at + PolicyHorizonSeconds);
        m_compiledUntil[index] = at + PolicyHorizonSeconds;
    }
    return *m_compiled[index];
}

int Simulator::advanceTo(const QDateTime &worldTime, int maxMinutes)
{
    int minutes = 0;
    while (minutes < maxMinutes && m_simulatedUntil.secsTo(worldTime) >= 60) {
        for (std::size_t i = 0; i < m_vehicles.size(); ++i)
            stepMinute(i, m_simulatedUntil);
        m_simulatedUntil = m_simulatedUntil.addSecs(60);
        ++minutes;
    }
    if (minutes > 0)
        ++m_generation;
    return minutes;
}

void Simulator::stepMinute(std::size_t index, const QDateTime &minuteStart)
{
    SimulatedVehicle &vehicle = m_vehicles[index];
    // Coarser cars (an organisation's) move every `stepMinutes`, by that many minutes at once.
    const qint64 unixMinute = minuteStart.toSecsSinceEpoch() / 60;
    if (unixMinute < vehicle.simulateFromMinute ||
        (vehicle.stepMinutes > 1 && unixMinute % vehicle.stepMinutes != 0))
        return;
    const double span = vehicle.stepMinutes;
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
    decide(index, minuteStart, local);
    // Dead spots: in about one hour in fifty the car cannot reach the backend for its first
    // twenty minutes, and no job reaches it. Of the minutes it works, about one in four hundred
    // sees a job fail. Both are drawn from the car and the time, so a world replays the same.
    const quint64 idHash = stableHash(vehicle.id, 0x1df1ee7u);
    if (vehicle.asleepUntilMinute > unixMinute) {
        vehicle.online = false;
    } else
        switch (m_deadSpots) {
        case DeadSpots::Drawn:
            vehicle.online =
                !(mix(idHash ^ quint64(unixMinute / 60)) % 50 == 0 && unixMinute % 60 < 20);
            break;
        case DeadSpots::Off:
            vehicle.online = true;
            break;
        case DeadSpots::Listed:
            vehicle.online = !m_alwaysOffline.contains(vehicle.id);
            break;
        }
    if (!vehicle.online)
        vehicle.contributing = false;
    else
        vehicle.lastSeenMinute = unixMinute;
    vehicle.jobFailed = vehicle.contributing && mix(idHash ^ quint64(unixMinute) << 1) % 400 == 0;

    double deltaWh = 0;
    if (vehicle.driving)
        deltaWh -= vehicle.tripWhPerMinute * span;
    if (vehicle.pluggedIn && socPercent < ChargeLimitPercent)
        deltaWh += vehicle.chargerWatts / 60.0 * span;
    LedgerMinute ledgerMinute;
    ledgerMinute.start = unixMinute * 60;
    ledgerMinute.minutes = vehicle.stepMinutes;
    ledgerMinute.contributing = vehicle.contributing;
    if (vehicle.contributing) {
        ledgerMinute.pluggedIn = vehicle.pluggedIn;
        ledgerMinute.jobFailed = vehicle.jobFailed;
        ledgerMinute.computeWatts = vehicle.computeWatts;
        ledgerMinute.solarWatts = vehicle.pluggedIn ? vehicle.solarSurplusWatts : 0;
        ledgerMinute.carbonGramsPerKwh = vehicle.gridCarbonGramsPerKwh;
        ledgerMinute.priceMicrosPerKwh = vehicle.priceMicrosPerKwh;
        ledgerMinute.feedInMicrosPerKwh = vehicle.policy.tariff().feed_in_micros_per_kwh();
        ledgerMinute.wearMicrosPerKwh = vehicle.policy.battery_wear_micros_per_kwh();
        ledgerMinute.grossMicrosPerHour = vehicle.grossRateMicrosPerHour;
        ledgerMinute.shareBasisPoints = JobMarket::OwnerShareBasisPoints;
        ledgerMinute.currency = vehicle.currency();
        ledgerMinute.group = vehicle.group;
    }
    m_ledger.add(vehicle.id, vehicle.owner, *m_rules[index], ledgerMinute);
    if (vehicle.contributing) {
        const double computeWh = vehicle.computeWatts / 60.0 * span + vehicle.energyTodayFractionWh;
        const auto whole = qint64(computeWh);
        vehicle.energyTodayWh += whole;
        vehicle.energyTodayFractionWh = computeWh - double(whole);
        deltaWh -= vehicle.computeWatts / 60.0 * span;
    }
    vehicle.batteryWh =
        std::clamp(vehicle.batteryWh + deltaWh, 0.0, double(vehicle.batteryCapacityWh));
    if (vehicle.recordsHistory)
        m_samples.push_back({index, minuteStart.toSecsSinceEpoch() / 60, socPercent,
                             vehicle.pluggedIn, vehicle.contributing, vehicle.chipTempC,
                             vehicle.contributing ? vehicle.computeWatts : 0, vehicle.reasons,
                             vehicle.priceMicrosPerKwh,
                             vehicle.contributing ? vehicle.grossRateMicrosPerHour : 0,
                             vehicle.online, vehicle.jobFailed});

    // The computer warms towards the air temperature plus its load, a tenth of the way a minute.
    // The weather: a day's swing of ±6 °C around a season's mean, from about 3 °C in mid-January
    // to 21 °C in mid-July (a central European climate).
    const double seasonC = 12.0 - 9.0 * qCos((local.date().dayOfYear() - 15) * 2.0 * M_PI / 365.25);
    const double airC = seasonC + 6.0 * qSin((minute - 540) * 2.0 * M_PI / MinutesPerDay);
    const double targetC = airC + (vehicle.contributing ? 38.0 : (vehicle.driving ? 12.0 : 0.0));
    vehicle.chipTempC += (targetC - vehicle.chipTempC) * (1.0 - std::pow(0.9, span));
}

void Simulator::setAsleep(std::size_t index, const QDateTime &worldTime, int minutes)
{
    ++m_generation;
    SimulatedVehicle &vehicle = m_vehicles[index];
    const qint64 now = worldTime.toSecsSinceEpoch() / 60;
    vehicle.asleepUntilMinute = minutes > 0 ? now + minutes : 0;
    vehicle.online = minutes <= 0;
    if (!vehicle.online)
        vehicle.contributing = false;
    else
        vehicle.lastSeenMinute = now;
}

void Simulator::decide(std::size_t index, const QDateTime &at, const QDateTime &local)
{
    // The car obeys its owner's policy, through the same engine the app previews with.
    SimulatedVehicle &vehicle = m_vehicles[index];
    const qint64 seconds = at.toSecsSinceEpoch();
    const policy::CompiledPolicy &compiled = compiledPolicy(index, seconds);
    vehicle.grossRateMicrosPerHour = JobMarket::inCurrency(
        JobMarket::grossMicrosPerHour(seconds, local.offsetFromUtc(), vehicle.computeWatts),
        vehicle.currency());
    vehicle.ownerRateMicrosPerHour = JobMarket::ownerRate(vehicle.grossRateMicrosPerHour);
    vehicle.priceMicrosPerKwh = compiled.priceAt(seconds);
    // The sun on the roof over its charger, less the home's own load, and the zone's grid.
    const energy::Sky &sky = skyOver(index, seconds);
    vehicle.gridCarbonGramsPerKwh = sky.carbonGramsPerKwh;
    vehicle.solarSurplusWatts =
        vehicle.pluggedIn
            ? energy::solarSurplusWatts(vehicle.roof, vehicle.home(),
                                        m_energy[m_energyOf[index]].place, seconds, sky)
            : 0;
    vehicle.reasons = compiled.evaluate(vehicle.state(), seconds);
    if (!vehicle.consented)
        vehicle.reasons |= policy::reasonBit(policy::Reason::NoConsent);
    vehicle.contributing = vehicle.reasons == 0;
}

const energy::Sky &Simulator::skyOver(std::size_t index, qint64 at)
{
    ZoneEnergy &zone = m_energy[m_energyOf[index]];
    if (zone.at != at) {
        zone.sky = energy::skyOf(zone.place, at);
        zone.at = at;
    }
    return zone.sky;
}

std::size_t Simulator::energyIndexOf(const QString &timeZone)
{
    const QByteArray name = timeZone.toUtf8();
    for (std::size_t i = 0; i < m_energy.size(); ++i) {
        if (m_energy[i].place.zone == name)
            return i;
    }
    m_energy.push_back({energy::placeOf(timeZone), std::numeric_limits<qint64>::min(), {}});
    return m_energy.size() - 1;
}

void Simulator::setPolicy(std::size_t index, const v1::Policy &policy, qint64 version)
{
    ++m_generation;
    m_vehicles[index].policy = policy;
    m_vehicles[index].policyVersion = version;
    m_compiled[index].reset();
    decide(index, m_simulatedUntil, m_simulatedUntil.toTimeZone(m_zones[index]));
}

void Simulator::setConsentingOwners(const QSet<QString> &owners)
{
    ++m_generation;
    for (SimulatedVehicle &vehicle : m_vehicles)
        vehicle.consented = vehicle.owner.startsWith(QLatin1String("org:")) ||
                            owners.contains(vehicle.owner.toLower());
}

void Simulator::setOwnerConsent(const QString &owner, bool consented)
{
    ++m_generation;
    for (std::size_t i = 0; i < m_vehicles.size(); ++i) {
        SimulatedVehicle &vehicle = m_vehicles[i];
        if (vehicle.owner.compare(owner, Qt::CaseInsensitive) != 0 ||
            vehicle.owner.startsWith(QLatin1String("org:")))
            continue;
        vehicle.consented = consented;
        decide(i, m_simulatedUntil, m_simulatedUntil.toTimeZone(m_zones[i]));
    }
}

void Simulator::removeVehicle(const QString &id)
{
    ++m_generation;
    for (std::size_t i = 0; i < m_vehicles.size(); ++i) {
        if (m_vehicles[i].id != id)
            continue;
        m_vehicles.erase(m_vehicles.begin() + std::ptrdiff_t(i));
        m_zones.erase(m_zones.begin() + std::ptrdiff_t(i));
        m_rules.erase(m_rules.begin() + std::ptrdiff_t(i));
        m_energyOf.erase(m_energyOf.begin() + std::ptrdiff_t(i));
        m_ledger.remove(id);
        m_compiled.erase(m_compiled.begin() + std::ptrdiff_t(i));
        m_compiledUntil.erase(m_compiledUntil.begin() + std::ptrdiff_t(i));
        // Buffered minutes refer to cars by index: drop this car's, shift the ones after it.
        std::vector<MinuteSample> kept;
        for (MinuteSample sample : m_samples) {
            if (sample.vehicle == i)
                continue;
            if (sample.vehicle > i)
                --sample.vehicle;
            kept.push_back(sample);
        }
        m_samples = std::move(kept);
        reindex();
        return;
    }
}

void Simulator::reindex()
{
    m_index.clear();
    m_index.reserve(qsizetype(m_vehicles.size()));
    for (std::size_t i = 0; i < m_vehicles.size(); ++i)
        m_index.insert(m_vehicles[i].id, i);
}

void Simulator::replaceVehicles(std::vector<SimulatedVehicle> vehicles)
{
    ++m_generation;
    m_vehicles = std::move(vehicles);
    m_zones.clear();
    m_rules.clear();
    m_energyOf.clear();
    m_zones.reserve(m_vehicles.size());
    m_rules.reserve(m_vehicles.size());
    m_energyOf.reserve(m_vehicles.size());
    for (const auto &vehicle : m_vehicles) {
        m_zones.emplace_back(vehicle.timeZone.toUtf8());
        m_rules.push_back(vehicle.zoneRules());
        m_energyOf.push_back(energyIndexOf(vehicle.timeZone));
    }
    m_compiled.clear();
    m_compiled.resize(m_vehicles.size());
    m_compiledUntil.assign(m_vehicles.size(), std::numeric_limits<qint64>::min());
    m_samples.clear();
    m_ledger.clear();
    reindex();
}

void Simulator::addVehicle(SimulatedVehicle vehicle)
{
    ++m_generation;
    m_zones.emplace_back(vehicle.timeZone.toUtf8());
    m_rules.push_back(vehicle.zoneRules());
    m_energyOf.push_back(energyIndexOf(vehicle.timeZone));
    m_compiled.emplace_back();
    m_compiledUntil.push_back(std::numeric_limits<qint64>::min());
    m_index.insert(vehicle.id, m_vehicles.size());
    m_vehicles.push_back(std::move(vehicle));
}

void Simulator::evaluateAll(const QDateTime &worldTime)
{
    ++m_generation;
    const qint64 minute = worldTime.toSecsSinceEpoch() / 60;
    for (std::size_t i = 0; i < m_vehicles.size(); ++i) {
        // Reasons and rates only: whether the car contributes stays what its last simulated
        // minute said, so that a world restarted at any commit goes on exactly as one that
        // never stopped (the next minute decides again).
        SimulatedVehicle &vehicle = m_vehicles[i];
        const bool contributing = vehicle.contributing;
        decide(i, worldTime, worldTime.toTimeZone(m_zones[i]));
        vehicle.contributing = contributing;
        if (vehicle.asleepUntilMinute > minute) {
            vehicle.online = false;
            vehicle.contributing = false;
        }
    }
}

void Simulator::applyReport(std::size_t index, double socPercent, bool pluggedIn, bool driving,
                            double chipTempC)
{
    ++m_generation;
    SimulatedVehicle &vehicle = m_vehicles[index];
    vehicle.batteryWh = socPercent / 100.0 * double(vehicle.batteryCapacityWh);
    vehicle.pluggedIn = pluggedIn && !driving;
    vehicle.driving = driving;
    vehicle.chipTempC = chipTempC;
}

VehicleStatus Simulator::statusOf(const SimulatedVehicle &vehicle, const QDateTime &at)
{
    return VehicleRow::of(vehicle).statusAt(at);
}

} // namespace idlefleet::backend
