// The simulated world's energy: the sun on a roof by latitude, day of year and orientation, the
// weather that holds for hours, a home's own load, each zone's grid carbon, the battery's wear.

#include "energymodel.h"
#include "instant.h"
#include "policy/eligibility.h"

#include <QTest>

using namespace idlefleet;
using namespace idlefleet::backend;

namespace {

const energy::Roof SevenKwpSouth{7000, 180, 35};

/// The mean of the grid's intensity over the days of [from, from + days), hour by hour.
double meanCarbon(const energy::Place &place, qint64 from, int days)
{
    double sum = 0;
    for (int h = 0; h < days * 24; ++h)
        sum += energy::gridCarbonGramsPerKwh(place, from + qint64(h) * 3600);
    return sum / (days * 24);
}

} // namespace

class TestEnergyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aClearSkyFollowsTheSun()
    {
        const energy::Place berlin = energy::placeOf(QStringLiteral("Europe/Berlin"));
        // Midsummer solar noon in Berlin is near 11:07 UTC: a 7 kWp south roof gives most of it.
        const int june = energy::clearSkyWatts(SevenKwpSouth, berlin, at("2026-06-21T11:07:00Z"));
        QVERIFY2(june > 5000 && june < 6800, qPrintable(QString::number(june)));
        // Midwinter noon: the sun at 14° gives far less.
        const int december =
            energy::clearSkyWatts(SevenKwpSouth, berlin, at("2026-12-21T11:07:00Z"));
        QVERIFY2(december > 1000 && december < 0.6 * june, qPrintable(QString::number(december)));
        // Night, and before the June sunrise (02:43 UTC) and after its sunset (19:33 UTC).
        QCOMPARE(energy::clearSkyWatts(SevenKwpSouth, berlin, at("2026-06-21T23:00:00Z")), 0);
        QCOMPARE(energy::clearSkyWatts(SevenKwpSouth, berlin, at("2026-06-21T02:20:00Z")), 0);
        QCOMPARE(energy::clearSkyWatts(SevenKwpSouth, berlin, at("2026-06-21T19:50:00Z")), 0);
        QVERIFY(energy::clearSkyWatts(SevenKwpSouth, berlin, at("2026-06-21T04:30:00Z")) > 0);
        // No panels, nothing.
        QCOMPARE(energy::clearSkyWatts(energy::Roof{}, berlin, at("2026-06-21T11:07:00Z")), 0);
        // East panels peak in the morning, west ones in the afternoon.
        const energy::Roof east{7000, 90, 35};
        const energy::Roof west{7000, 270, 35};
        QVERIFY(energy::clearSkyWatts(east, berlin, at("2026-06-21T07:00:00Z")) >
                energy::clearSkyWatts(west, berlin, at("2026-06-21T07:00:00Z")));
        QVERIFY(energy::clearSkyWatts(west, berlin, at("2026-06-21T15:00:00Z")) >
                energy::clearSkyWatts(east, berlin, at("2026-06-21T15:00:00Z")));
        // The southern summer is in December: Sydney's noon sun then beats its June one.
        const energy::Place sydney = energy::placeOf(QStringLiteral("Australia/Sydney"));
        const energy::Roof north{7000, 0, 30};
        QVERIFY(energy::clearSkyWatts(north, sydney, at("2026-12-21T01:55:00Z")) >
                energy::clearSkyWatts(north, sydney, at("2026-06-21T01:55:00Z")));
    }

    void theWeatherHoldsForHoursAndIsSharedByAZone()
    {
        const energy::Place berlin = energy::placeOf(QStringLiteral("Europe/Berlin"));
        int overcastDays = 0;
        for (int day = 0; day < 365; ++day) {
            const qint64 noon = at("2026-01-01T11:00:00Z") + qint64(day) * 86400;
            const double factor = energy::weatherFactor(berlin, noon);
            QVERIFY(factor >= 0.08 && factor <= 1.0);
            // Steady within its three-hour block.
            QCOMPARE(energy::weatherFactor(berlin, noon - 3600 + 60), factor);
            QCOMPARE(energy::weatherFactor(berlin, noon + 3600 - 60), factor);
            overcastDays += factor < 0.3;
        }
        // Overcast from about a quarter of summer days to well over half of winter ones.
        QVERIFY2(overcastDays > 90 && overcastDays < 200,
                 qPrintable(QString::number(overcastDays)));
        // The same instant gives the same weather to every home of the zone, every time.
        QCOMPARE(energy::weatherFactor(energy::placeOf(QStringLiteral("Europe/Berlin")),
                                       at("2026-06-21T11:07:00Z")),
                 energy::weatherFactor(berlin, at("2026-06-21T11:07:00Z")));
    }

    void theSurplusIsTheSunLessTheHome()
    {
        const energy::Place berlin = energy::placeOf(QStringLiteral("Europe/Berlin"));
        qint64 clearNoon = 0;
        for (int day = 0; day < 60 && clearNoon == 0; ++day) {
            const qint64 noon = at("2026-06-01T11:00:00Z") + qint64(day) * 86400;
            if (energy::weatherFactor(berlin, noon) >= 0.85)
                clearNoon = noon;
        }
        QVERIFY(clearNoon != 0);
        const int produced = energy::clearSkyWatts(SevenKwpSouth, berlin, clearNoon);
        const int load = energy::homeLoadWatts(7, berlin, clearNoon);
        const int surplus = energy::solarSurplusWatts(SevenKwpSouth, 7, berlin, clearNoon);
        QVERIFY(load >= 150 && load <= 2500);
        QVERIFY2(surplus > 3000 && surplus <= produced - load,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(produced).arg(load).arg(surplus)));
        // At night the home draws from the grid: no surplus, never a negative one.
        QCOMPARE(energy::solarSurplusWatts(SevenKwpSouth, 7, berlin, at("2026-06-21T22:00:00Z")),
                 0);
        QCOMPARE(energy::solarSurplusWatts(energy::Roof{}, 7, berlin, clearNoon), 0);
        // Evenings draw more than the small hours.
        QVERIFY(energy::homeLoadWatts(7, berlin, at("2026-06-22T17:30:00Z")) >
                energy::homeLoadWatts(7, berlin, at("2026-06-22T01:00:00Z")));
    }

    void gridsDifferAndFollowTheirSun()
    {
        const qint64 year = at("2026-01-01T00:00:00Z");
        const double germany =
            meanCarbon(energy::placeOf(QStringLiteral("Europe/Berlin")), year, 365);
        const double britain =
            meanCarbon(energy::placeOf(QStringLiteral("Europe/London")), year, 365);
        const double poland =
            meanCarbon(energy::placeOf(QStringLiteral("Europe/Warsaw")), year, 365);
        const double spain =
            meanCarbon(energy::placeOf(QStringLiteral("Europe/Madrid")), year, 365);
        qInfo("yearly means, g/kWh: Germany %.0f, Great Britain %.0f, Poland %.0f, Spain %.0f",
              germany, britain, poland, spain);
        QVERIFY(poland > 3 * spain);
        QVERIFY(poland > germany && germany > britain && britain > spain);
        QVERIFY(germany > 300 && germany < 420);
        // Spain's summer midday is cleaner than its summer night; winter is dirtier than summer.
        const energy::Place madrid = energy::placeOf(QStringLiteral("Europe/Madrid"));
        double middays = 0, nights = 0;
        for (int day = 0; day < 30; ++day) {
            middays += energy::gridCarbonGramsPerKwh(madrid, at("2026-07-01T12:00:00Z") +
                                                                 qint64(day) * 86400);
            nights += energy::gridCarbonGramsPerKwh(madrid, at("2026-07-01T01:00:00Z") +
                                                                qint64(day) * 86400);
        }
        QVERIFY(middays < 0.9 * nights);
        const energy::Place berlin = energy::placeOf(QStringLiteral("Europe/Berlin"));
        QVERIFY(meanCarbon(berlin, at("2026-01-01T00:00:00Z"), 31) >
                1.2 * meanCarbon(berlin, at("2026-07-01T00:00:00Z"), 31));
        // A zone the table does not know still gets a grid and a sky.
        const energy::Place elsewhere = energy::placeOf(QStringLiteral("Asia/Kolkata"));
        QCOMPARE(elsewhere.zone, QByteArray("Asia/Kolkata"));
        QVERIFY(energy::gridCarbonGramsPerKwh(elsewhere, year) > 0);
        QVERIFY(qAbs(elsewhere.longitude - 82.5) < 0.01); // +05:30
    }

    void theWearOfABattery()
    {
        // A 12,000 EUR pack of 75 kWh rated for 1,500 full cycles: 0.106667 EUR a kWh.
        QCOMPARE(policy::batteryWearMicrosPerKwh(12000000000LL, 75000, 1500), qint64(106667));
        QCOMPARE(policy::batteryWearMicrosPerKwh(0, 75000, 1500), qint64(0));
        QCOMPARE(policy::batteryWearMicrosPerKwh(12000000000LL, 0, 1500), qint64(0));
        QCOMPARE(policy::batteryWearMicrosPerKwh(12000000000LL, 75000, 0), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestEnergyModel)
#include "test_energy_model.moc"
