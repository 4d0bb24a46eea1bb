#pragma once

#include "simulator.h"

#include <vector>

namespace idlefleet::backend {

/// The demo owner's account name (spec/cli.md).
inline constexpr auto DemoOwnerEmail = "alex@example.com";

/// The cars of the demo world, before any minute has been simulated.
std::vector<SimulatedVehicle> demoWorldVehicles();

} // namespace idlefleet::backend
