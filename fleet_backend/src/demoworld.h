#pragma once

#include "simulator.h"
#include "store.h"

#include <vector>

namespace idlefleet::backend {

/// The demo owner's account name (spec/cli.md).
inline constexpr auto DemoOwnerEmail = "alex@example.com";

struct DemoAccount
{
    AccountRecord account;
    QString password;
};

/// The demo world's people (spec/cli.md): owner, fleet manager and support engineer.
std::vector<DemoAccount> demoWorldAccounts();

/// The policy a demo car starts with (by its id), and the one any car without a policy gets:
/// nights while plugged in, keeping 40% (resume at 45%).
v1::Policy demoPolicyFor(const QString &vehicleId, const QString &timeZone);

/// The cars of the demo world, before any minute has been simulated.
std::vector<SimulatedVehicle> demoWorldVehicles();

} // namespace idlefleet::backend
