// The 7-day forecast: integer money that adds up, and the clock rules on a daylight-saving night.

#include "policy/forecast.h"
#include "policy/policydocument.h"
#include "rfc3339.h"

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

qint64 at(const char *text)
{
    qint64 seconds = 0;
    parseRfc3339(QString::fromLatin1(text), &seconds);
    return seconds;
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
