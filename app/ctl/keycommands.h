#pragma once

#include <QString>
#include <QStringList>

namespace idlefleet::client {
class FleetClient;
}

namespace idlefleet {
class VehicleKeyPair;
}

namespace idlefleet::ctl {

/// This idlefleetctl home's vehicle key: loaded, or made and kept (0600) on first use. Invalid
/// with the reason in `error` when the file is not a key.
VehicleKeyPair homeKey(QString *error);

/// `pair VEHICLE` asks the car to show a code; `pair VEHICLE --code CODE` confirms it and adds
/// this idlefleetctl home's key (made on first use, kept 0600 beside the session).
int pairCommand(client::FleetClient &fleet, const QString &vehicleId, const QString &code,
                const QString &label, bool json);
/// `sim screen VEHICLE`: what a simulated car's screen shows.
int simScreenCommand(client::FleetClient &fleet, const QString &vehicleId, bool json);
/// `keys list [VEHICLE]` and `keys revoke KEY`.
int keysCommand(client::FleetClient &fleet, const QStringList &words, bool json);

} // namespace idlefleet::ctl
