#pragma once

#include <QString>

namespace idlefleet::client {
class FleetClient;
}

namespace idlefleet::ctl {

/// `policy get VEHICLE`: the policy the car runs, with its version (JSON with --json).
int getPolicy(client::FleetClient &fleet, const QString &vehicleId, bool json);
/// `vehicles`: the cars the person may see, with their state now.
int listVehicles(client::FleetClient &fleet, bool json);
/// `fleet list [--filter] [--sort]`: an organisation's cars, filtered and sorted.
int fleetList(client::FleetClient &fleet, const QString &filter, const QString &sort, bool json);
/// `status VEHICLE`: one car's state now and why it does or does not contribute.
int vehicleStatus(client::FleetClient &fleet, const QString &vehicleId, bool json);

} // namespace idlefleet::ctl
