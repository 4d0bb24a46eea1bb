#pragma once

#include <QString>

namespace idlefleet::client {
class FleetClient;
}

namespace idlefleet::ctl {

/// `export-my-data --output FILE`: everything the backend keeps about you, as JSON (0600).
int exportMyDataCommand(client::FleetClient &fleet, const QString &output);
/// `delete-account`: asks for the password again, deletes, and forgets the session here.
int deleteAccountCommand(client::FleetClient &fleet, const QString &email);

} // namespace idlefleet::ctl
