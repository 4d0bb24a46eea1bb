#pragma once

#include "http/server.h"
#include "routecontext.h"

namespace idlefleet::backend {

class Pairing;

/// Simulated worlds only: the routes that play the cars' side (their screens, their telematics
/// going to sleep). A real backend cannot read a car's screen, so pairing there needs the code a
/// person reads off the car.
class SimulatorRoutes
{
public:
    SimulatorRoutes(RouteContext &context, Pairing &pairing)
        : m_context(context)
        , m_pairing(pairing)
    {}

    void addTo(http::Server &server);

private:
    http::Response sleep(const http::Request &request, const SimulatedVehicle &vehicle);

    RouteContext &m_context;
    Pairing &m_pairing;
};

} // namespace idlefleet::backend
