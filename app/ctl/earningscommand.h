#pragma once

#include <QString>

namespace idlefleet::client {
class FleetClient;
}

namespace idlefleet::ctl {

/// `idlefleetctl earnings VEHICLE --from --to [--by day|week|month] [--csv]`: compute, energy,
/// cost, gross, the owner's share and net, as a table, CSV or JSON (integer micros).
int earningsCommand(client::FleetClient &fleet, const QString &vehicleId, const QString &from,
                    const QString &to, const QString &by, bool csv, bool json);

/// `payouts [VEHICLE]`: each settled month's payout of the car (or of every car the person may
/// see): the month's net, what was carried in, paid out and carried over, and its state.
int payoutsCommand(client::FleetClient &fleet, const QString &vehicleId, bool json);

/// `events VEHICLE [--from --to]`: the diagnostics timeline (default: the last 24 hours).
int eventsCommand(client::FleetClient &fleet, const QString &vehicleId, const QString &from,
                  const QString &to, bool json);

} // namespace idlefleet::ctl
