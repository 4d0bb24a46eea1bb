// The energy-aware rules of the policy contract (../shared/spec/policy.md, "Energy-aware
// contribution"): each new reason alone, their place in the order, the profitability rule with
// solar surplus, feed-in and battery wear at its exact break-even, and the new fields' validation.

#include "policy/eligibility.h"
#include "policy/explain.h"
#include "policy/policydocument.h"

#include <QTest>

using namespace idlefleet;
using namespace idlefleet::policy;

namespace {

constexpr qint64 Noon = 1782129600; // 2026-06-22T12:00:00Z, a Monday

/// Enabled, any time, in Berlin, blocking on nothing else.
v1::Policy openPolicy()
{
    v1::Policy policy;
    policy.set_enabled(true);
    policy.set_time_zone("Europe/Berlin");
    policy.mutable_tariff()->set_currency("EUR");
    policy.mutable_tariff()->set_default_price_micros_per_kwh(300000);
    return policy;
}

/// Parked at home, plugged in, charged, with a 1,000 W computer.
v1::VehicleState homeState(int surplusWatts)
{
    v1::VehicleState state;
    state.set_soc_percent(80);
    state.set_plugged_in(true);
    state.set_chip_temp_c(40);
    state.set_compute_power_watts(1000);
    state.set_market_rate_micros_per_hour(1000000);
    state.set_solar_surplus_watts(surplusWatts);
    return state;
}

QStringList codes(const v1::Policy &policy, const v1::VehicleState &state)
{
    // The compiled form and the direct evaluation agree on every energy rule too.
    const ReasonSet direct = evaluate(policy, state, Noon);
    const ReasonSet compiled =
        CompiledPolicy(policy, Noon - 3600, Noon + 3600).evaluate(state, Noon);
    if (direct != compiled)
        qWarning("compiled %s, direct %s", qPrintable(reasonCodes(compiled).join(QLatin1Char(','))),
                 qPrintable(reasonCodes(direct).join(QLatin1Char(','))));
    return direct == compiled ? reasonCodes(direct) : QStringList{QStringLiteral("disagree")};
}

const QStringList None;

} // namespace

class TestEnergyPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void carbonLimitAlone()
    {
        v1::Policy policy = openPolicy();
        policy.set_max_carbon_grams_per_kwh(300);
        v1::VehicleState state = homeState(0);
        QCOMPARE(codes(policy, state), None); // intensity unknown: never blocks
        state.set_grid_carbon_grams_per_kwh(300);
        QCOMPARE(codes(policy, state), None); // at the limit is not above it
        state.set_grid_carbon_grams_per_kwh(301);
        QCOMPARE(codes(policy, state), QStringList{QStringLiteral("carbon_above_limit")});
        // The sun covers the whole draw: no grid power is drawn, whatever the grid's intensity.
        state.set_solar_surplus_watts(1000);
        QCOMPARE(codes(policy, state), None);
        state.set_solar_surplus_watts(999);
        QCOMPARE(codes(policy, state), QStringList{QStringLiteral("carbon_above_limit")});
        // On its own battery the car draws nothing from the grid.
        state.set_plugged_in(false);
        QCOMPARE(codes(policy, state), None);
        // No limit.
        state.set_plugged_in(true);
        policy.set_max_carbon_grams_per_kwh(0);
        state.set_grid_carbon_grams_per_kwh(5000);
        QCOMPARE(codes(policy, state), None);
    }

    void solarOnlyAlone()
    {
        v1::Policy policy = openPolicy();
        policy.set_solar_only(true);
        v1::VehicleState state = homeState(999);
        QCOMPARE(codes(policy, state), QStringList{QStringLiteral("no_solar_surplus")});
        state.set_solar_surplus_watts(1000);
        QCOMPARE(codes(policy, state), None);
        state.set_solar_surplus_watts(250000);
        QCOMPARE(codes(policy, state), None);
        // Unplugged, the home's surplus cannot reach the car.
        state.set_plugged_in(false);
        QCOMPARE(codes(policy, state), QStringList{QStringLiteral("no_solar_surplus")});
        // A computer that draws nothing needs no surplus.
        state.set_plugged_in(true);
        state.set_solar_surplus_watts(0);
        state.set_compute_power_watts(0);
        QCOMPARE(codes(policy, state), None);
    }

    void everyReasonInTheContractsOrder()
    {
        v1::Policy policy = openPolicy();
        policy.set_enabled(false);
        policy.mutable_paused_until()->set_seconds(Noon + 3600);
        policy.set_require_plugged_in(true);
        auto *window = policy.add_windows();
        window->set_start_minute(60);
        window->set_end_minute(120);
        policy.set_off_peak_only(true);
        policy.set_max_price_micros_per_kwh(100000);
        policy.set_max_carbon_grams_per_kwh(100);
        policy.set_solar_only(true);
        policy.set_require_profitable(true);
        policy.set_min_soc_percent(40);
        auto *departure = policy.add_departures();
        departure->set_minute(18 * 60);
        departure->set_soc_percent(90);
        policy.set_max_chip_temp_c(80);
        policy.set_max_daily_wh(1000);
        v1::VehicleState state = homeState(0);
        state.set_driving(true);
        state.set_contributing(true);
        state.set_soc_percent(30);
        state.set_chip_temp_c(80);
        state.set_energy_today_wh(1000);
        state.set_market_rate_micros_per_hour(1);
        state.set_grid_carbon_grams_per_kwh(400);
        // Plugged in, so that the carbon limit applies; not_plugged_in is shown unplugged below.
        const QStringList expected{QStringLiteral("disabled"),
                                   QStringLiteral("paused"),
                                   QStringLiteral("driving"),
                                   QStringLiteral("outside_schedule"),
                                   QStringLiteral("peak_tariff"),
                                   QStringLiteral("price_above_limit"),
                                   QStringLiteral("carbon_above_limit"),
                                   QStringLiteral("no_solar_surplus"),
                                   QStringLiteral("unprofitable"),
                                   QStringLiteral("below_min_soc"),
                                   QStringLiteral("departure_reserve"),
                                   QStringLiteral("chip_too_hot"),
                                   QStringLiteral("daily_energy_cap")};
        QCOMPARE(codes(policy, state), expected);
        state.set_plugged_in(false);
        QStringList unplugged = expected;
        unplugged.removeOne(QStringLiteral("carbon_above_limit"));
        unplugged.insert(3, QStringLiteral("not_plugged_in"));
        QCOMPARE(codes(policy, state), unplugged);
        // The stored bits of the reasons that were there before stay what they were.
        QCOMPARE(int(Reason::DailyEnergyCap), 12);
        QCOMPARE(int(Reason::NoConsent), 13);
        QCOMPARE(reasonCode(Reason::CarbonAboveLimit), "carbon_above_limit");
        QCOMPARE(reasonCode(Reason::NoSolarSurplus), "no_solar_surplus");
        QCOMPARE(reasonCodes(reasonBit(Reason::NoConsent) | reasonBit(Reason::CarbonAboveLimit)),
                 (QStringList{QStringLiteral("no_consent"), QStringLiteral("carbon_above_limit")}));
    }

    // market x 1000 < feedIn x S + (price + (pluggedIn ? 0 : wear)) x G, exact integers.
    void profitabilityAtItsBreakEven_data()
    {
        QTest::addColumn<bool>("pluggedIn");
        QTest::addColumn<int>("surplus");
        QTest::addColumn<qint64>("feedIn");
        QTest::addColumn<qint64>("wear");
        QTest::addColumn<qint64>("breakEven"); // micros an hour must earn, at least
        // No surplus, plugged in: the rule as it was, 0.30 EUR/kWh x 1 kW.
        QTest::newRow("grid") << true << 0 << qint64(80000) << qint64(50000) << qint64(300000);
        // All of it from the sun: priced at the feed-in the owner forgoes.
        QTest::newRow("whole surplus")
            << true << 1000 << qint64(80000) << qint64(50000) << qint64(80000);
        QTest::newRow("more surplus than draw")
            << true << 4000 << qint64(80000) << qint64(0) << qint64(80000);
        // 400 W of sun, 600 W of grid: 0.08 x 0.4 + 0.30 x 0.6 = 0.212 EUR an hour.
        QTest::newRow("partial surplus")
            << true << 400 << qint64(80000) << qint64(50000) << qint64(212000);
        // Without a feed-in price, surplus is free.
        QTest::newRow("surplus, no feed-in") << true << 1000 << qint64(0) << qint64(0) << qint64(0);
        // On the battery: the grid price it was charged at, and the wear of cycling it.
        QTest::newRow("battery with wear")
            << false << 3000 << qint64(80000) << qint64(50000) << qint64(350000);
        QTest::newRow("battery without wear")
            << false << 0 << qint64(0) << qint64(0) << qint64(300000);
        // A negative feed-in (paying to export) makes using the surplus earn.
        QTest::newRow("negative feed-in")
            << true << 1000 << qint64(-20000) << qint64(0) << qint64(-20000);
    }
    void profitabilityAtItsBreakEven()
    {
        QFETCH(bool, pluggedIn);
        QFETCH(int, surplus);
        QFETCH(qint64, feedIn);
        QFETCH(qint64, wear);
        QFETCH(qint64, breakEven);
        v1::Policy policy = openPolicy();
        policy.set_require_profitable(true);
        policy.mutable_tariff()->set_feed_in_micros_per_kwh(feedIn);
        policy.set_battery_wear_micros_per_kwh(wear);
        QCOMPARE(validatePolicy(policy), QString());
        v1::VehicleState state = homeState(surplus);
        state.set_plugged_in(pluggedIn);
        state.set_market_rate_micros_per_hour(std::max<qint64>(0, breakEven));
        QCOMPARE(codes(policy, state), None);
        if (breakEven > 0) {
            state.set_market_rate_micros_per_hour(breakEven - 1);
            QCOMPARE(codes(policy, state), QStringList{QStringLiteral("unprofitable")});
        }
        // The explanation shows the same cost.
        const auto figures = explainReasons(policy, state, Noon, reasonBit(Reason::Unprofitable));
        QCOMPARE(figures.size(), std::size_t(1));
        QCOMPARE(figures.front().costMicrosPerHour, breakEven);
    }

    void theLargestAmountsDoNotOverflow()
    {
        v1::Policy policy = openPolicy();
        policy.set_require_profitable(true);
        policy.mutable_tariff()->set_default_price_micros_per_kwh(MaxMoneyMicros);
        policy.mutable_tariff()->set_feed_in_micros_per_kwh(MaxMoneyMicros);
        policy.set_battery_wear_micros_per_kwh(MaxMoneyMicros);
        QCOMPARE(validatePolicy(policy), QString());
        v1::VehicleState state = homeState(1000000);
        state.set_compute_power_watts(100000);
        state.set_market_rate_micros_per_hour(MaxMoneyMicros);
        QCOMPARE(codes(policy, state), QStringList{QStringLiteral("unprofitable")});
        state.set_plugged_in(false);
        QCOMPARE(codes(policy, state), QStringList{QStringLiteral("unprofitable")});
        // 10^12 an hour is exactly 10^12 a kWh on a 1 kW computer, with no surplus and no wear.
        policy.set_battery_wear_micros_per_kwh(0);
        state.set_compute_power_watts(1000);
        QCOMPARE(codes(policy, state), None);
    }

    void theExplanationsCarryTheirFigures()
    {
        v1::Policy policy = openPolicy();
        policy.set_max_carbon_grams_per_kwh(250);
        policy.set_solar_only(true);
        v1::VehicleState state = homeState(650);
        state.set_grid_carbon_grams_per_kwh(420);
        const auto figures = explainReasons(policy, state, Noon, evaluate(policy, state, Noon));
        QCOMPARE(figures.size(), std::size_t(2));
        QCOMPARE(figures[0].reason, Reason::CarbonAboveLimit);
        QCOMPARE(figures[0].carbonGramsPerKwh, 420);
        QCOMPARE(figures[0].carbonLimit, 250);
        QCOMPARE(figures[1].reason, Reason::NoSolarSurplus);
        QCOMPARE(figures[1].solarSurplusWatts, qint64(650));
        QCOMPARE(figures[1].computeWatts, qint64(1000));
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("carbon limit")
            << QByteArray(R"({"timeZone": "UTC", "maxCarbonGramsPerKwh": 5001})")
            << QStringLiteral("policy.maxCarbonGramsPerKwh: 5001 is out of range 0..5000");
        QTest::newRow("negative carbon limit")
            << QByteArray(R"({"timeZone": "UTC", "maxCarbonGramsPerKwh": -1})")
            << QStringLiteral("policy.maxCarbonGramsPerKwh: -1 is out of range 0..5000");
        QTest::newRow("wear without a currency")
            << QByteArray(R"({"timeZone": "UTC", "batteryWearMicrosPerKwh": "40000"})")
            << QStringLiteral("policy.batteryWearMicrosPerKwh: needs policy.tariff.currency");
        QTest::newRow("negative wear")
            << QByteArray(R"({"timeZone": "UTC", "tariff": {"currency": "EUR"},
                "batteryWearMicrosPerKwh": "-1"})")
            << QStringLiteral("policy.batteryWearMicrosPerKwh: -1 is out of range");
        QTest::newRow("wear too large")
            << QByteArray(R"({"timeZone": "UTC", "tariff": {"currency": "EUR"},
                "batteryWearMicrosPerKwh": "1000000000001"})")
            << QStringLiteral("policy.batteryWearMicrosPerKwh: 1000000000001 is out of range");
        QTest::newRow("feed-in without a currency")
            << QByteArray(R"({"timeZone": "UTC", "tariff": {"feedInMicrosPerKwh": "80000"}})")
            << QStringLiteral("policy.tariff.feedInMicrosPerKwh: needs policy.tariff.currency");
        QTest::newRow("feed-in too large")
            << QByteArray(R"({"timeZone": "UTC", "tariff": {"currency": "EUR",
                "feedInMicrosPerKwh": "-1000000000001"}})")
            << QStringLiteral("policy.tariff.feedInMicrosPerKwh:");
        QTest::newRow("solar only is a bool")
            << QByteArray(R"({"timeZone": "UTC", "solarOnly": "sometimes"})")
            << QStringLiteral("policy");
    }
    void validationNamesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        v1::Policy policy;
        QString error;
        QVERIFY(!parsePolicyJson(json, &policy, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    void theLimitsThemselvesAreAccepted()
    {
        v1::Policy policy;
        QString error;
        QVERIFY2(parsePolicyJson(R"({"timeZone": "UTC", "solarOnly": true,
            "maxCarbonGramsPerKwh": 5000, "batteryWearMicrosPerKwh": "1000000000000",
            "tariff": {"currency": "EUR", "feedInMicrosPerKwh": "-1000000000000"}})",
                                 &policy, &error),
                 qPrintable(error));
        // Zero wear needs no currency: it is the default.
        QVERIFY2(parsePolicyJson(R"({"timeZone": "UTC", "batteryWearMicrosPerKwh": "0"})", &policy,
                                 &error),
                 qPrintable(error));
        v1::VehicleState state;
        QVERIFY2(parseVehicleStateJson(R"({"solarSurplusWatts": 1000000,
            "gridCarbonGramsPerKwh": 5000})",
                                       &state, &error),
                 qPrintable(error));
        QVERIFY(state.has_grid_carbon_grams_per_kwh());
        QVERIFY2(parseVehicleStateJson(R"({"gridCarbonGramsPerKwh": 0})", &state, &error),
                 qPrintable(error));
        QVERIFY(state.has_grid_carbon_grams_per_kwh()); // 0 is known: a clean grid
        QVERIFY(parseVehicleStateJson(R"({"socPercent": 50})", &state, &error));
        QVERIFY(!state.has_grid_carbon_grams_per_kwh());
    }

    void stateValidation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("surplus")
            << QByteArray(R"({"solarSurplusWatts": 1000001})")
            << QStringLiteral("state.solarSurplusWatts: 1000001 is out of range 0..1000000");
        QTest::newRow("negative surplus")
            << QByteArray(R"({"solarSurplusWatts": -5})")
            << QStringLiteral("state.solarSurplusWatts: -5 is out of range 0..1000000");
        QTest::newRow("carbon") << QByteArray(R"({"gridCarbonGramsPerKwh": 5001})")
                                << QStringLiteral(
                                       "state.gridCarbonGramsPerKwh: 5001 is out of range 0..5000");
        QTest::newRow("negative carbon")
            << QByteArray(R"({"gridCarbonGramsPerKwh": -1})")
            << QStringLiteral("state.gridCarbonGramsPerKwh: -1 is out of range 0..5000");
    }
    void stateValidation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        v1::VehicleState state;
        QString error;
        QVERIFY(!parseVehicleStateJson(json, &state, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEnergyPolicy)
#include "test_energy_policy.moc"
