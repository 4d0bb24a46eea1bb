// The 7-day forecast: integer money that adds up, the clock rules on a daylight-saving night, and
// the energy-aware rules over a profile's expected solar surplus and grid carbon.

#include "instant.h"
#include "policy/forecast.h"
#include "policy/policydocument.h"

#include <QTest>

using namespace idlefleet;
using namespace idlefleet::policy;

namespace {

v1::Policy nightPolicy()
{
    v1::Policy policy;
    QString error;
    if (!parsePolicyJson(R"({"enabled": true, "timeZone": "Europe/Berlin",
            "windows": [{"startMinute": 0, "endMinute": 360}], "minSocPercent": 30,
            "tariff": {"currency": "EUR", "defaultPriceMicrosPerKwh": "300000",
                       "periods": [{"startMinute": 0, "endMinute": 360,
                                    "priceMicrosPerKwh": "123457", "offPeak": true}]}})",
                         &policy, &error))
        qFatal("%s", qPrintable(error));
    return policy;
}

v1::VehicleProfile homeBody()
{
    v1::VehicleProfile profile;
    QString error;
    if (!parseVehicleProfileJson(R"({"batteryCapacityWh": "80000", "chargerWatts": 7400,
            "computeWatts": 333, "socPercent": 80, "plugInMinute": 1080,
            "departureMinute": 480, "awayDaysMask": 0, "tripWh": "0"})",
                                 &profile, &error))
        qFatal("%s", qPrintable(error));
    return profile;
}

v1::MarketForecast market(qint64 grossPerHour)
{
    v1::MarketForecast m;
    m.set_currency("EUR");
    m.set_owner_share_percent(65);
    auto *rate = m.add_rates();
    rate->mutable_start()->set_seconds(0);
    rate->set_gross_micros_per_hour(grossPerHour);
    return m;
}

/// Any time, at 0.30 EUR/kWh, exporting at 0.08.
v1::Policy energyPolicy()
{
    v1::Policy policy;
    QString error;
    if (!parsePolicyJson(R"({"enabled": true, "timeZone": "Europe/Berlin",
            "tariff": {"currency": "EUR", "defaultPriceMicrosPerKwh": "300000",
                       "feedInMicrosPerKwh": "80000"}})",
                         &policy, &error))
        qFatal("%s", qPrintable(error));
    return policy;
}

/// A 1 kW computer in a car that stays at home, plugged in, charged.
v1::VehicleProfile stayingHome()
{
    v1::VehicleProfile profile = homeBody();
    profile.set_compute_watts(1000);
    profile.set_departure_minute(profile.plug_in_minute()); // never leaves
    return profile;
}

void addSurplus(v1::VehicleProfile *profile, const char *start, int watts)
{
    auto *point = profile->add_solar_surplus();
    point->mutable_start()->set_seconds(at(start));
    point->set_watts(watts);
}

void addCarbon(v1::VehicleProfile *profile, const char *start, int grams)
{
    auto *point = profile->add_grid_carbon();
    point->mutable_start()->set_seconds(at(start));
    point->set_grams_per_kwh(grams);
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nightsFollowTheClockChange()
    {
        Forecast result;
        QString error;
        // Sunday 2026-10-25 has 25 hours in Berlin: its 00:00-06:00 window lasts 7 hours.
        QVERIFY(forecast(nightPolicy(), homeBody(), market(400000), at("2026-10-23T22:00:00Z"), 4,
                         &result, &error));
        QCOMPARE(result.intervals.size(), std::size_t(4));
        const qint64 hours[] = {6, 7, 6, 6}; // from Saturday 24 October, 00:00 local
        for (std::size_t i = 0; i < result.intervals.size(); ++i)
            QCOMPARE(result.intervals[i].end - result.intervals[i].start, hours[i] * 3600);
        QCOMPARE(formatRfc3339(result.intervals[1].start), QStringLiteral("2026-10-24T22:00:00Z"));
        QCOMPARE(formatRfc3339(result.intervals[1].end), QStringLiteral("2026-10-25T05:00:00Z"));
    }

    void moneyIsExactAndAddsUp()
    {
        Forecast result;
        QString error;
        QVERIFY(forecast(nightPolicy(), homeBody(), market(400000), at("2026-11-22T23:00:00Z"), 7,
                         &result, &error));
        QCOMPARE(result.intervals.size(), std::size_t(7));
        // Six hours at 333 W: 1998 Wh; at 0.123457 EUR/kWh: 246,667.086 micros -> 246,667.
        const ForecastInterval &night = result.intervals.front();
        QCOMPARE(night.energyWh, qint64(1998));
        QCOMPARE(night.costMicros, qint64(246667));
        QCOMPARE(night.grossMicros, qint64(2400000));
        QCOMPARE(night.ownerMicros, qint64(1560000));
        QCOMPARE(night.netMicros, night.ownerMicros - night.costMicros);
        ForecastInterval sum;
        for (const auto &i : result.intervals) {
            QVERIFY(i.start >= result.from && i.end <= result.to && i.start < i.end);
            sum.energyWh += i.energyWh;
            sum.costMicros += i.costMicros;
            sum.netMicros += i.netMicros;
        }
        QCOMPARE(result.totals.energyWh, sum.energyWh);
        QCOMPARE(result.totals.costMicros, sum.costMicros);
        QCOMPARE(result.totals.netMicros, sum.netMicros);
    }

    void theBatteryFloorStopsALongNight()
    {
        v1::VehicleProfile small = homeBody();
        small.set_battery_capacity_wh(4000);
        small.set_charger_watts(0);
        small.set_soc_percent(50); // 2000 Wh; the floor of 30% is 1200 Wh: 800 Wh to give
        small.set_compute_watts(1000);
        Forecast result;
        QString error;
        QVERIFY(forecast(nightPolicy(), small, market(400000), at("2026-11-22T23:00:00Z"), 1,
                         &result, &error));
        QCOMPARE(result.intervals.size(), std::size_t(1));
        QVERIFY(result.intervals[0].energyWh >= 780 && result.intervals[0].energyWh <= 820);
    }

    // Energy-aware forecasts: a home that stays in, its panels' expected surplus and the grid's
    // expected carbon (spec/policy.md, `plan`; amounts as spec/ledger.md sums them).
    void solarOnlyContributesInTheSurplusHoursAlone()
    {
        v1::Policy policy = energyPolicy();
        policy.set_solar_only(true);
        v1::VehicleProfile profile = stayingHome();
        addSurplus(&profile, "2026-06-22T08:00:00Z", 2000);
        addSurplus(&profile, "2026-06-22T14:00:00Z", 300);
        addSurplus(&profile, "2026-06-22T16:00:00Z", 0);
        addCarbon(&profile, "2026-06-22T00:00:00Z", 400);
        Forecast result;
        QString error;
        QVERIFY2(forecast(policy, profile, market(400000), at("2026-06-22T06:00:00Z"), 1, &result,
                          &error),
                 qPrintable(error));
        QCOMPARE(result.intervals.size(), std::size_t(1));
        const ForecastInterval &sunny = result.intervals.front();
        QCOMPARE(formatRfc3339(sunny.start), QStringLiteral("2026-06-22T08:00:00Z"));
        QCOMPARE(formatRfc3339(sunny.end), QStringLiteral("2026-06-22T14:00:00Z"));
        QCOMPARE(sunny.energyWh, qint64(6000));
        QCOMPARE(sunny.solarWh, qint64(6000));
        QCOMPARE(sunny.gridWh, qint64(0));
        QCOMPARE(sunny.carbonGrams, qint64(0));
        QCOMPARE(sunny.costMicros, qint64(480000)); // 6 kWh at the feed-in price of 0.08
        QCOMPARE(result.totals.solarWh, qint64(6000));
        QVERIFY(forecastToJson(result).contains(
            R"("solarWh": 6000, "gridWh": 0, "carbonGrams": 0, "carbonUnknownWh": 0})"));
    }

    void theCarbonGuardSkipsTheDirtyHours()
    {
        v1::Policy policy = energyPolicy();
        policy.set_max_carbon_grams_per_kwh(300);
        v1::VehicleProfile profile = stayingHome();
        addSurplus(&profile, "2026-06-22T08:00:00Z", 600);
        addCarbon(&profile, "2026-06-22T08:00:00Z", 250);
        addCarbon(&profile, "2026-06-22T10:00:00Z", 350);
        addCarbon(&profile, "2026-06-22T12:00:00Z", 200);
        Forecast result;
        QString error;
        QVERIFY2(forecast(policy, profile, market(400000), at("2026-06-22T08:00:00Z"), 1, &result,
                          &error),
                 qPrintable(error));
        QCOMPARE(result.intervals.size(), std::size_t(2));
        const ForecastInterval &first = result.intervals[0];
        QCOMPARE(formatRfc3339(first.end), QStringLiteral("2026-06-22T10:00:00Z"));
        QCOMPARE(formatRfc3339(result.intervals[1].start), QStringLiteral("2026-06-22T12:00:00Z"));
        // Two hours of 600 W of sun and 400 W of grid at 250 g/kWh.
        QCOMPARE(first.energyWh, qint64(2000));
        QCOMPARE(first.solarWh, qint64(1200));
        QCOMPARE(first.gridWh, qint64(800));
        QCOMPARE(first.carbonGrams, qint64(200));
        QCOMPARE(first.carbonUnknownWh, qint64(0));
        // 1.2 kWh at the feed-in price of 0.08, 0.8 kWh at 0.30.
        QCOMPARE(first.costMicros, qint64(336000));

        // Without an expected intensity the guard never blocks, and the grid energy's carbon is
        // unknown.
        profile.clear_grid_carbon();
        QVERIFY(forecast(policy, profile, market(400000), at("2026-06-22T08:00:00Z"), 1, &result,
                         &error));
        QCOMPARE(result.intervals.size(), std::size_t(1));
        QCOMPARE(result.totals.carbonGrams, qint64(0));
        QCOMPARE(result.totals.carbonUnknownWh, result.totals.gridWh);
        QCOMPARE(result.totals.gridWh, qint64(9600)); // 24 h x 400 W
    }

    void theOwnersShareInBasisPoints()
    {
        v1::MarketForecast points = market(400000);
        points.clear_owner_share_percent();
        points.set_owner_share_basis_points(6543);
        Forecast result;
        QString error;
        QVERIFY(forecast(nightPolicy(), homeBody(), points, at("2026-11-22T23:00:00Z"), 1, &result,
                         &error));
        QCOMPARE(result.intervals.front().grossMicros, qint64(2400000));
        QCOMPARE(result.intervals.front().ownerMicros, qint64(1570320)); // 2.4 x 0.6543, exact

        v1::MarketForecast parsed;
        QVERIFY(parseMarketForecastJson(R"({"currency": "EUR", "ownerShareBasisPoints": 7000,
            "ownerSharePercent": 70})",
                                        &parsed, &error));
        QVERIFY(!parseMarketForecastJson(R"({"currency": "EUR", "ownerShareBasisPoints": 7000,
            "ownerSharePercent": 60})",
                                         &parsed, &error));
        QVERIFY2(error.startsWith(QStringLiteral("market.ownerShareBasisPoints: 7000 disagrees")),
                 qPrintable(error));
        // A share of nothing is a share given: it must agree too.
        QVERIFY(!parseMarketForecastJson(R"({"currency": "EUR", "ownerShareBasisPoints": 0,
            "ownerSharePercent": 70})",
                                         &parsed, &error));
        QVERIFY(!parseMarketForecastJson(R"({"currency": "EUR", "ownerShareBasisPoints": 7000,
            "ownerSharePercent": 0})",
                                         &parsed, &error));
        QVERIFY(parseMarketForecastJson(R"({"currency": "EUR", "ownerShareBasisPoints": 0})",
                                        &parsed, &error));
        QVERIFY(forecast(nightPolicy(), homeBody(), parsed, at("2026-11-22T23:00:00Z"), 1, &result,
                         &error));
        QCOMPARE(result.intervals.size(), std::size_t(1)); // no profit guard: it still contributes
        QCOMPARE(result.intervals.front().ownerMicros, qint64(0));
        QVERIFY(!parseMarketForecastJson(R"({"currency": "EUR", "ownerShareBasisPoints": 10001})",
                                         &parsed, &error));
        QCOMPARE(error,
                 QStringLiteral("market.ownerShareBasisPoints: 10001 is out of range 0..10000"));
    }

    void theEnergyListsAreChecked_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("surplus watts")
            << QByteArray(R"("solarSurplus": [{"start": "2026-06-22T08:00:00Z", "watts": -1}])")
            << QStringLiteral("profile.solarSurplus[0].watts: -1 is out of range 0..1000000");
        QTest::newRow("surplus start")
            << QByteArray(R"("solarSurplus": [{"watts": 100}])")
            << QStringLiteral("profile.solarSurplus[0].start: is required");
        QTest::newRow("carbon")
            << QByteArray(R"("gridCarbon": [{"start": "2026-06-22T08:00:00Z"},
                {"start": "2026-06-22T09:00:00Z", "gramsPerKwh": 5001}])")
            << QStringLiteral("profile.gridCarbon[1].gramsPerKwh: 5001 is out of range 0..5000");
        QByteArray many = R"("gridCarbon": [)";
        for (int i = 0; i <= MaxProfilePoints; ++i)
            many += (i ? ",{" : "{") + QByteArray(R"("start": "2026-06-22T08:00:00Z"})");
        QTest::newRow("too many") << (many + "]")
                                  << QStringLiteral("profile.gridCarbon: 10001 points; at most "
                                                    "10000");
    }
    void theEnergyListsAreChecked()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, message);
        v1::VehicleProfile profile;
        QString error;
        QVERIFY(!parseVehicleProfileJson(R"({"batteryCapacityWh": "80000", )" + extra + "}",
                                         &profile, &error));
        QCOMPARE(error, message);
    }

    void currenciesMustMatch()
    {
        v1::MarketForecast dollars = market(1);
        dollars.set_currency("USD");
        Forecast result;
        QString error;
        QVERIFY(!forecast(nightPolicy(), homeBody(), dollars, 0, 1, &result, &error));
        QVERIFY(error.startsWith(QStringLiteral("market.currency: USD differs")));
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "test_forecast.moc"
