#pragma once

#include "http/server.h"
#include "routecontext.h"

namespace idlefleet::v1 {
class SupportGrant;
} // namespace idlefleet::v1

namespace idlefleet::backend {

struct SimulatedVehicle;

/// Support grants, issued by a car's owner or manager and revoked by either side, with the
/// audit of their use.
class SupportRoutes
{
public:
    explicit SupportRoutes(RouteContext &context)
        : m_context(context)
    {}

    void addTo(http::Server &server);
    /// A grant as the API shows it, all but its car's name (from `store`, any thread's own).
    static void fillGrant(const Store &store, v1::SupportGrant *out, const GrantRecord &grant);
    /// The grant's car's name, from the world (on the event loop).
    static void nameCar(const AccessChecker &access, v1::SupportGrant *grant);

private:
    http::Response issueGrant(const http::Request &request, const SimulatedVehicle &vehicle,
                              const AccountRecord &account);
    http::Response vehicleGrants(const SimulatedVehicle &vehicle);
    http::Response accountGrants(const AccountRecord &account);
    http::Response revokeGrant(const http::Request &request, const AccountRecord &account);
    http::Response vehicleAudit(const SimulatedVehicle &vehicle);

    RouteContext &m_context;
};

} // namespace idlefleet::backend
