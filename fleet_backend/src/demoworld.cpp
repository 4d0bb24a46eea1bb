#include "demoworld.h"

#include "idlefleet/v1/auth.pb.h"

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
