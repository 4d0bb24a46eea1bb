#pragma once

#include <QString>

namespace idlefleet::client {
class FleetClient;
}

namespace idlefleet::ctl {

/// `grant-support VEHICLE --to EMAIL --hours N`: read-only diagnostics of the car for a support
/// engineer, for 1 to 720 hours. Prints the grant's id.
int grantSupportCommand(client::FleetClient &fleet, const QString &vehicleId, const QString &email,
                        const QString &hours, bool json);
/// `revoke-support GRANT`
int revokeSupportCommand(client::FleetClient &fleet, const QString &grantId, bool json);
/// `grants [VEHICLE]`: the car's grants, or those the signed-in person issued or holds.
int grantsCommand(client::FleetClient &fleet, const QString &vehicleId, bool json);
/// `audit VEHICLE`: every use of support grants on the car, newest first.
int auditCommand(client::FleetClient &fleet, const QString &vehicleId, bool json);

} // namespace idlefleet::ctl
