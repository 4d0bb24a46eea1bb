#include "demoworld.h"

#include "idlefleet/v1/auth.pb.h"
#include "policy/policydocument.h"

namespace idlefleet::backend {

std::vector<DemoAccount> demoWorldAccounts()
{
    return {
        {{QStringLiteral("acc-alex"),
          QLatin1String(DemoOwnerEmail),
          QStringLiteral("Alex Example"),
          v1::ROLE_OWNER,
          QString(),
          {}},
         QStringLiteral("demo-owner")},
        {{QStringLiteral("acc-fleet"),
          QStringLiteral("fleet@example.com"),
          QStringLiteral("Fleet Manager"),
          v1::ROLE_FLEET_MANAGER,
          QStringLiteral("org-demo"),
          {}},
         QStringLiteral("demo-fleet")},
        {{QStringLiteral("acc-support"),
          QStringLiteral("support@example.com"),
          QStringLiteral("Support Engineer"),
          v1::ROLE_SUPPORT,
          QString(),
          {}},
         QStringLiteral("demo-support")},
    };
}

v1::Policy demoPolicyFor(const QString &vehicleId, const QString &timeZone)
{
    // Alex's saloon runs the example of spec/policy.md (without the snooze): weeknights and
    // weekends, a cheap-night tariff, a profit guard and a departure reserve.
    static const QByteArray saloon = R"({"enabled": true, "timeZone": "Europe/Berlin",
        "windows": [{"daysMask": 31, "startMinute": 1320, "endMinute": 360},
                    {"daysMask": 96, "startMinute": 0, "endMinute": 1440}],
        "minSocPercent": 40, "resumeSocPercent": 45, "requirePluggedIn": true,
        "tariff": {"currency": "EUR", "defaultPriceMicrosPerKwh": "320000",
                   "periods": [{"daysMask": 127, "startMinute": 0, "endMinute": 360,
                                "priceMicrosPerKwh": "120000", "offPeak": true}]},
        "requireProfitable": true,
        "departures": [{"daysMask": 31, "minute": 450, "socPercent": 70}],
        "maxChipTempC": 85, "maxDailyWh": "8000"})";
    // The family car only at night and off-peak, and never below half a battery.
    static const QByteArray suv = R"({"enabled": true, "timeZone": "Europe/Berlin",
        "windows": [{"startMinute": 1380, "endMinute": 420}],
        "minSocPercent": 50, "requirePluggedIn": true,
        "tariff": {"currency": "EUR", "defaultPriceMicrosPerKwh": "340000",
                   "periods": [{"startMinute": 30, "endMinute": 330,
                                "priceMicrosPerKwh": "90000", "offPeak": true}]},
        "offPeakOnly": true, "maxChipTempC": 80})";
    v1::Policy policy;
    QString error;
    if (vehicleId == QLatin1String("veh-alex-1"))
        policy::parsePolicyJson(saloon, &policy, &error);
    else if (vehicleId == QLatin1String("veh-alex-2"))
        policy::parsePolicyJson(suv, &policy, &error);
    if (policy.time_zone().empty()) {
        policy.set_enabled(true);
        policy.set_time_zone(timeZone.toStdString());
        auto *night = policy.add_windows();
        night->set_start_minute(22 * 60);
        night->set_end_minute(6 * 60);
        policy.set_min_soc_percent(40);
        policy.set_resume_soc_percent(45);
        policy.set_require_plugged_in(true);
    }
    return policy;
}

std::vector<SimulatedVehicle> demoWorldVehicles()
{
    const QString owner = QLatin1String(DemoOwnerEmail);
    SimulatedVehicle saloon;
    saloon.id = QStringLiteral("veh-alex-1");
    saloon.owner = owner;
    saloon.name = QStringLiteral("Blue Saloon");
    saloon.model = QStringLiteral("Saloon Long Range");
    saloon.timeZone = QStringLiteral("Europe/Berlin");
    saloon.batteryCapacityWh = 75000;
    saloon.chargerWatts = 11000;
    saloon.computeWatts = 300;
    saloon.commuteMinute = 7 * 60 + 30;
    saloon.tripWhPerMinute = 170;
    saloon.batteryWh = 52000;

    SimulatedVehicle suv;
    suv.id = QStringLiteral("veh-alex-2");
    suv.owner = owner;
    suv.name = QStringLiteral("Family SUV");
    suv.model = QStringLiteral("SUV Performance");
    suv.timeZone = QStringLiteral("Europe/Berlin");
    suv.batteryCapacityWh = 95000;
    suv.chargerWatts = 7400;
    suv.computeWatts = 250;
    suv.commuteMinute = 8 * 60 + 15;
    suv.tripWhPerMinute = 210;
    suv.batteryWh = 61000;

    return {saloon, suv};
}

} // namespace idlefleet::backend
