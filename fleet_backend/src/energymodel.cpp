#include "energymodel.h"

#include "money.h"
#include "policy/zonerules.h"
#include "stablehash.h"

#include <QDate>
#include <algorithm>
#include <array>
#include <cmath>

namespace idlefleet::backend::energy {
namespace {

constexpr double Pi = 3.14159265358979323846;
constexpr double Degree = Pi / 180;
constexpr double SolarConstant = 1353; ///< W/m² reaching the top of the air (Meinel)
constexpr double DiffuseShare = 0.1;   ///< of the beam, scattered from the whole sky
constexpr double SystemLosses = 0.85;  ///< inverter, wiring, heat and dirt
constexpr qint64 WeatherBlockSeconds = 3 * 3600;

/// Main cities of the zones the simulated world uses, with their grids' carbon (yearly means of
/// recent years, rounded: coal-heavy Poland near 680 g/kWh, Germany near 380, Great Britain near
/// 200 with its wind and gas, Spain near 140 with its sun and wind, nuclear France near 60).
struct PlaceRow
{
    const char *zone;
    double latitude;
    double longitude;
    int carbonGramsPerKwh;
    int carbonSeasonPercent;
    int middayDipPercent;
};
constexpr std::array<PlaceRow, 16> Places{{
    {"Europe/Berlin", 52.52, 13.40, 380, 18, 25},
    {"Europe/Paris", 48.86, 2.35, 60, 35, 10},
    {"Europe/Madrid", 40.42, -3.70, 140, 12, 35},
    {"Europe/Amsterdam", 52.37, 4.90, 330, 15, 25},
    {"Europe/Vienna", 48.21, 16.37, 150, 25, 20},
    {"Europe/Warsaw", 52.23, 21.01, 680, 8, 8},
    {"Europe/London", 51.51, -0.13, 200, 22, 15},
    {"Europe/Rome", 41.90, 12.50, 270, 10, 30},
    {"Europe/Stockholm", 59.33, 18.07, 30, 30, 5},
    {"America/Los_Angeles", 34.05, -118.24, 220, 8, 45},
    {"America/New_York", 40.71, -74.01, 270, 10, 10},
    {"America/Chicago", 41.88, -87.63, 400, 10, 10},
    {"Asia/Tokyo", 35.68, 139.69, 470, 6, 15},
    {"Australia/Sydney", -33.87, 151.21, 650, 6, 30},
    {"Pacific/Auckland", -36.85, 174.76, 110, 15, 5},
    {"UTC", 51.48, 0.0, 300, 10, 15},
}};

/// A number in [0, 1) drawn from `seed` (the same in every process).
double unit(quint64 seed)
{
    return double(mix(seed) >> 11) / double(1ULL << 53);
}

/// The day of the year, 1..366, of `at` (UTC), and its instant within the day in hours.
void dayAndHour(qint64 at, int *dayOfYear, double *utcHour)
{
    const qint64 days = at >= 0 ? at / 86400 : (at - 86399) / 86400;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    *dayOfYear = date.dayOfYear();
    *utcHour = double(at - days * 86400) / 3600.0;
}

/// 1 in midwinter, 0 in midsummer, for the hemisphere of `latitude`.
double winterness(double latitude, int dayOfYear)
{
    const double northern = (1 + std::cos(2 * Pi * (dayOfYear - 15) / 365.0)) / 2;
    return latitude >= 0 ? northern : 1 - northern;
}

/// The local hour of `at` in the place's zone, and whether it is a weekend there.
double localHour(const Place &place, qint64 at, bool *weekend)
{
    const auto &rules = place.rules;
    const qint64 local = at + rules->offsetAt(at);
    const qint64 day = rules->localDay(at);
    if (weekend)
        *weekend = policy::ZoneRules::weekday(day) >= 5;
    return double(((local % 86400) + 86400) % 86400) / 3600.0;
}

} // namespace

Place placeOf(const QString &zone)
{
    const QByteArray name = zone.toUtf8();
    auto rules = policy::ZoneRules::forZoneOrUtc(name);
    for (const PlaceRow &row : Places) {
        if (name == row.zone)
            return {name,
                    row.latitude,
                    row.longitude,
                    row.carbonGramsPerKwh,
                    row.carbonSeasonPercent,
                    row.middayDipPercent,
                    std::move(rules)};
    }
    // Unknown: an average grid under a mid-European sky at the zone's own longitude.
    const PlaceRow &average = Places.back();
    const double longitude = std::clamp(rules->offsetAt(0) / 240.0, -180.0, 180.0);
    return {name,
            average.latitude,
            longitude,
            average.carbonGramsPerKwh,
            average.carbonSeasonPercent,
            average.middayDipPercent,
            std::move(rules)};
}

int clearSkyWatts(const Roof &roof, const Place &place, qint64 at)
{
    if (roof.peakWatts <= 0)
        return 0;
    int day = 0;
    double hour = 0;
    dayAndHour(at, &day, &hour);
    // The sun's place: declination, the equation of time, the hour angle at this longitude.
    const double declination = 23.44 * Degree * std::sin(2 * Pi * (284 + day) / 365.0);
    const double b = 2 * Pi * (day - 81) / 364.0;
    const double equationMinutes = 9.87 * std::sin(2 * b) - 7.53 * std::cos(b) - 1.5 * std::sin(b);
    const double solarHour = hour + place.longitude / 15.0 + equationMinutes / 60.0;
    const double hourAngle = 15 * Degree * (solarHour - 12);
    const double latitude = place.latitude * Degree;
    const double sinElevation = std::sin(latitude) * std::sin(declination) +
                                std::cos(latitude) * std::cos(declination) * std::cos(hourAngle);
    if (sinElevation <= 0.01)
        return 0; // night, or the sun on the horizon
    const double elevation = std::asin(sinElevation);
    // The sun's azimuth from north, clockwise.
    const double azimuth =
        std::atan2(std::sin(hourAngle), std::cos(hourAngle) * std::sin(latitude) -
                                            std::tan(declination) * std::cos(latitude)) +
        Pi;
    const double airMass = 1 / sinElevation;
    const double beam = SolarConstant * std::pow(0.7, std::pow(airMass, 0.678));
    const double tilt = roof.tiltDegrees * Degree;
    const double incidence =
        sinElevation * std::cos(tilt) +
        std::cos(elevation) * std::sin(tilt) * std::cos(azimuth - roof.azimuthDegrees * Degree);
    const double onPlane =
        beam * std::max(0.0, incidence) + DiffuseShare * beam * (1 + std::cos(tilt)) / 2;
    return int(std::lround(onPlane / 1000.0 * roof.peakWatts * SystemLosses));
}

double weatherFactor(const Place &place, qint64 at)
{
    int day = 0;
    double hour = 0;
    dayAndHour(at, &day, &hour);
    const quint64 zone = stableHash(QString::fromLatin1(place.zone), 0x5eed);
    // The day's kind changes at local midnight: in Sydney the UTC date changes at 10 or 11 am.
    const qint64 dayNumber = place.rules->localDay(at);
    const qint64 block = (at >= 0 ? at : at - WeatherBlockSeconds + 1) / WeatherBlockSeconds;
    // The day's kind: overcast from 25% of summer days to 60% of winter days, clear from 40% to
    // 15%, mixed otherwise.
    const double winter = winterness(place.latitude, day);
    const double draw = unit(zone ^ quint64(dayNumber) * 0x9e3779b97f4a7c15ULL);
    const double overcast = 0.25 + 0.35 * winter;
    const double clear = 0.40 - 0.25 * winter;
    const double blockDraw = unit(zone ^ quint64(block) * 0xc2b2ae3d27d4eb4fULL);
    if (draw < overcast)
        return 0.08 + 0.22 * blockDraw;
    if (draw < overcast + clear)
        return 0.85 + 0.15 * blockDraw;
    return 0.35 + 0.55 * blockDraw;
}

int homeLoadWatts(quint64 home, const Place &place, qint64 at)
{
    bool weekend = false;
    const double hour = localHour(place, at, &weekend);
    const double size = 0.7 + 0.6 * unit(home); // homes differ by a factor of two
    double watts = 250;                         // fridge, standby, heating pump at rest
    if (hour >= 6.5 && hour < 8.5)
        watts += 700; // breakfast, showers
    if (hour >= 17.5 && hour < 22)
        watts += 900; // cooking, lights, washing
    if (weekend && hour >= 9 && hour < 17.5)
        watts += 450; // at home by day
    return int(std::lround(watts * size));
}

int solarSurplusWatts(const Roof &roof, quint64 home, const Place &place, qint64 at)
{
    if (roof.peakWatts <= 0)
        return 0;
    return solarSurplusWatts(roof, home, place, at, Sky{weatherFactor(place, at), 0});
}

int solarSurplusWatts(const Roof &roof, quint64 home, const Place &place, qint64 at, const Sky &sky)
{
    if (roof.peakWatts <= 0)
        return 0;
    const int produced = int(std::lround(clearSkyWatts(roof, place, at) * sky.weather));
    return std::max(0, produced - homeLoadWatts(home, place, at));
}

namespace {

/// The grid's intensity at `at` under a zone-wide `weather` (weatherFactor()).
int carbonUnder(const Place &place, qint64 at, double weather)
{
    int day = 0;
    double utcHour = 0;
    dayAndHour(at, &day, &utcHour);
    const double hour = localHour(place, at, nullptr);
    const double winter = winterness(place.latitude, day);
    const double season = 1 + place.carbonSeasonPercent / 100.0 * (2 * winter - 1);
    // The grid's own solar lowers it around midday, the more the brighter the season and day.
    const double daylight = std::max(0.0, std::sin(Pi * (hour - 7) / 10));
    const double dip = place.middayDipPercent / 100.0 * daylight * (1 - winter) * weather;
    // Gas plants meet the evening peak.
    const double evening = hour >= 17 && hour < 21 ? 0.08 : 0;
    return std::clamp(int(std::lround(place.carbonGramsPerKwh * season * (1 - dip + evening))), 0,
                      5000);
}

} // namespace

int gridCarbonGramsPerKwh(const Place &place, qint64 at)
{
    return carbonUnder(place, at, weatherFactor(place, at));
}

Sky skyOf(const Place &place, qint64 at)
{
    const double weather = weatherFactor(place, at);
    return {weather, carbonUnder(place, at, weather)};
}

} // namespace idlefleet::backend::energy
