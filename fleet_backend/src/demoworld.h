#pragma once

#include "simulator.h"
#include "store.h"

#include <vector>

namespace idlefleet::backend {

/// The demo owner's account name (spec/cli.md).
inline constexpr auto DemoOwnerEmail = "alex@example.com";
/// The terms the demo owner agreed to when the demo world was made (the app's current ones).
inline constexpr auto DemoTermsVersion = "2026-11";

struct DemoAccount
{
    AccountRecord account;
    QString password;
};

/// The demo world's people (spec/cli.md): owner, fleet manager and support engineer.
std::vector<DemoAccount> demoWorldAccounts();

/// The demo support engineer's grant for Alex's first car: a year from `nowMs`, issued by Alex.
GrantRecord demoSupportGrant(qint64 nowMs);

/// The policy a demo car starts with (by its id), and the one any car without a policy gets:
/// nights while plugged in, keeping 40% (resume at 45%).
v1::Policy demoPolicyFor(const QString &vehicleId, const QString &timeZone);

/// The demo organisation (spec/cli.md: the fleet manager's).
inline constexpr auto DemoOrganisation = "org-demo";
/// What `owner` holds for a car of an organisation.
QString organisationOwner(const QString &organisationId);

/// The cars of the demo world, before any minute has been simulated: the demo owner's two, then
/// `organisationSize` cars of the demo organisation in eight depots, each with its policy.
std::vector<SimulatedVehicle> demoWorldVehicles(int organisationSize = 0);

} // namespace idlefleet::backend
