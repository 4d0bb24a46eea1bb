#pragma once

// The simulated world's energy around a car (spec/policy.md, energy-aware contribution): the sun
// on a home's roof, the home's own load, the weather, and the carbon intensity of each zone's
// grid. Deterministic: the same home, zone and instant always give the same figures, so a
// re-simulated minute counts exactly what it counted before.

#include <QByteArray>
#include <QString>
#include <memory>

namespace idlefleet::policy {
class ZoneRules;
}

namespace idlefleet::backend::energy {

/// Where a zone's homes are (its main city, for the sun) and what its grid burns.
struct Place
{
    QByteArray zone;         ///< IANA id
    double latitude;         ///< degrees, north positive
    double longitude;        ///< degrees, east positive
    int carbonGramsPerKwh;   ///< the grid's yearly mean intensity
    int carbonSeasonPercent; ///< how much higher in midwinter (and lower in midsummer)
    int middayDipPercent;    ///< how much lower at a sunny midday in summer (the grid's own solar)
    std::shared_ptr<const policy::ZoneRules> rules; ///< the zone's clock (UTC's if unknown)
};

/// The place of `zone`; a zone the table does not know gets a mid-European latitude at its
/// own longitude and an average grid.
Place placeOf(const QString &zone);

/// A roof of panels.
struct Roof
{
    int peakWatts = 0;        ///< kWp x 1000; 0: no panels
    int azimuthDegrees = 180; ///< where the panels face: 90 east, 180 south, 270 west
    int tiltDegrees = 35;
};

/// What a clear sky gives a roof at `at` (UTC seconds), in watts (Meinel's clear-sky beam with
/// a diffuse share, on the tilted plane, less 15% of system losses).
int clearSkyWatts(const Roof &roof, const Place &place, qint64 at);
/// The weather's share of the clear sky at `at`, 0.08..1: the same for the whole zone, steady
/// for three hours at a time, its kind (clear, mixed or overcast, more often overcast in
/// winter) drawn for each local day.
double weatherFactor(const Place &place, qint64 at);

/// What a whole zone shares at one instant: its weather and its grid's intensity, worked out
/// once for all its homes.
struct Sky
{
    double weather = 1;        ///< weatherFactor()
    int carbonGramsPerKwh = 0; ///< gridCarbonGramsPerKwh()
};
Sky skyOf(const Place &place, qint64 at);
/// The home's own load at `at`: a base, the morning and the evening, more at weekends by day.
/// `home` tells homes apart.
int homeLoadWatts(quint64 home, const Place &place, qint64 at);
/// What the roof makes beyond the home's own load, not counting the car: 0 without panels.
int solarSurplusWatts(const Roof &roof, quint64 home, const Place &place, qint64 at);
/// The same under the zone's `sky` at `at` (skyOf()), without working it out again.
int solarSurplusWatts(const Roof &roof, quint64 home, const Place &place, qint64 at,
                      const Sky &sky);
/// The grid's carbon intensity at `at` in g/kWh: the zone's mean, higher in winter, with the
/// dip of its own solar at a summer midday and the evening peak.
int gridCarbonGramsPerKwh(const Place &place, qint64 at);

} // namespace idlefleet::backend::energy
