#include "demoworld.h"

#include "idlefleet/v1/auth.pb.h"
#include "policy/policydocument.h"
#include "stablehash.h"

#include <QRandomGenerator>

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

GrantRecord demoSupportGrant(qint64 nowMs)
{
    GrantRecord grant;
    grant.id = QStringLiteral("grt-demo-support");
    grant.vehicleId = QStringLiteral("veh-alex-1");
    grant.supportAccountId = QStringLiteral("acc-support");
    grant.grantedBy = QLatin1String(DemoOwnerEmail);
    grant.createdMs = nowMs;
    grant.expiresMs = nowMs + 365LL * 24 * 3600 * 1000;
    return grant;
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

QString organisationOwner(const QString &organisationId)
{
    return QStringLiteral("org:") + organisationId;
}

namespace {

struct Depot
{
    const char *name;
    const char *zone;
    const char *currency;
    qint64 dayPrice; // micros per kWh
    qint64 nightPrice;
};

// Eight depots across Europe, paying three currencies.
constexpr Depot Depots[] = {
    {"Berlin Mitte", "Europe/Berlin", "EUR", 330000, 140000},
    {"Hamburg Hafen", "Europe/Berlin", "EUR", 320000, 130000},
    {"Paris Nord", "Europe/Paris", "EUR", 260000, 110000},
    {"Madrid Sur", "Europe/Madrid", "EUR", 240000, 90000},
    {"Amsterdam West", "Europe/Amsterdam", "EUR", 300000, 120000},
    {"Vienna Donau", "Europe/Vienna", "EUR", 280000, 120000},
    {"Warsaw Praga", "Europe/Warsaw", "PLN", 1100000, 600000},
    {"London Docklands", "Europe/London", "GBP", 270000, 75000},
};

/// The organisation's template: nights in the depot, a 30% floor, the depot's night tariff.
v1::Policy fleetPolicy(const Depot &depot, int departureMinute)
{
    v1::Policy policy;
    policy.set_enabled(true);
    policy.set_time_zone(depot.zone);
    auto *night = policy.add_windows();
    night->set_start_minute(20 * 60);
    night->set_end_minute(6 * 60);
    policy.set_min_soc_percent(30);
    policy.set_resume_soc_percent(35);
    policy.set_require_plugged_in(true);
    auto *tariff = policy.mutable_tariff();
    tariff->set_currency(depot.currency);
    tariff->set_default_price_micros_per_kwh(depot.dayPrice);
    auto *cheap = tariff->add_periods();
    cheap->set_start_minute(0);
    cheap->set_end_minute(6 * 60);
    cheap->set_price_micros_per_kwh(depot.nightPrice);
    cheap->set_off_peak(true);
    policy.set_require_profitable(true);
    auto *departure = policy.add_departures();
    departure->set_days_mask(31);
    departure->set_minute(departureMinute);
    departure->set_soc_percent(60);
    policy.set_max_chip_temp_c(85);
    return policy;
}

/// A third of the depots' bays have a solar carport over them, drawn from the car's id: 4 to
/// 8 kWp, facing within 45 degrees of the midday sun (south; north below the equator).
energy::Roof carportOf(const QString &vehicleId, const QString &zone)
{
    const quint64 draw = mix(stableHash(vehicleId, 0xca7907));
    if (draw % 3 != 0)
        return {};
    const int facing = energy::placeOf(zone).latitude < 0 ? 0 : 180;
    return {4000 + 1000 * int(draw / 3 % 5), (facing + 315 + int(draw / 15 % 91)) % 360, 15};
}

} // namespace

std::vector<SimulatedVehicle> demoWorldVehicles(int organisationSize)
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
    saloon.roof = {7000, 180, 35}; // the house's roof in Berlin: 7 kWp facing south

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

    std::vector<SimulatedVehicle> vehicles{saloon, suv};
    vehicles.reserve(std::size_t(2 + organisationSize));
    QRandomGenerator random(2002); // the same organisation every time
    static const char *const Models[] = {"Van Electric L2", "Van Electric L3", "Saloon Standard",
                                         "Hatchback City", "SUV Performance"};
    for (int i = 0; i < organisationSize; ++i) {
        const Depot &depot = Depots[i % int(std::size(Depots))];
        SimulatedVehicle car;
        car.id = QStringLiteral("veh-org-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        car.owner = organisationOwner(QLatin1String(DemoOrganisation));
        car.group = QLatin1String(depot.name);
        car.name = QStringLiteral("%1 %2")
                       .arg(QString::fromLatin1(depot.name).left(3).toUpper())
                       .arg(i + 1, 4, 10, QLatin1Char('0'));
        car.model = QLatin1String(Models[random.bounded(int(std::size(Models)))]);
        car.timeZone = QLatin1String(depot.zone);
        car.batteryCapacityWh = 60000 + 5000 * random.bounded(9);
        car.chargerWatts = random.bounded(3) == 0 ? 7400 : 11000;
        car.computeWatts = random.bounded(20) == 0 ? 1000 : 150 + 25 * random.bounded(7);
        car.commuteMinute = 6 * 60 + 15 * random.bounded(13); // 06:00 to 09:00
        car.tripWhPerMinute = 150 + random.bounded(80);
        car.batteryWh = double(car.batteryCapacityWh) * (0.4 + 0.5 * random.generateDouble());
        car.stepMinutes = 15;
        car.recordsHistory = false;
        car.roof = carportOf(car.id, car.timeZone);
        car.policy = fleetPolicy(depot, car.commuteMinute - 15);
        car.policyVersion = 1;
        vehicles.push_back(std::move(car));
    }
    return vehicles;
}

} // namespace idlefleet::backend
