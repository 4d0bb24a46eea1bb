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

/// The cars of the demo world, before any minute has been simulated.
std::vector<SimulatedVehicle> demoWorldVehicles();

} // namespace idlefleet::backend
