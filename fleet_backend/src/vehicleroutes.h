#pragma once

#include "http/server.h"
#include "routecontext.h"
#include "vehiclelist.h"
#include "vehiclereads.h"

#include <memory>
#include <vector>

namespace idlefleet::backend {

class CarCommands;
class Pairing;

/// The cars: the list an account may see, each car's policy, past (VehicleReads, on a reading
/// thread) and forecast, its pairing keys and the signed commands relayed to it.
class VehicleRoutes
{
public:
    VehicleRoutes(RouteContext &context, Pairing &pairing, CarCommands &commands)
        : m_context(context)
        , m_pairing(pairing)
        , m_commands(commands)
    {}

    void addTo(http::Server &server);

private:
    using Access = AccessChecker::Access;
    http::Response listVehicles(const http::Request &request, const AccountRecord &account);
    /// The cars as the list shows them, copied again only when they changed
    /// (Simulator::generation()), shared with the reading threads that write the list.
    std::shared_ptr<const std::vector<VehicleRow>> vehicleRows();
    http::Response policy(const SimulatedVehicle &vehicle) const;
    // forecastroutes.cpp
    http::Response forecast(const http::Request &request, const SimulatedVehicle &vehicle) const;
    /// A route of VehicleReads, run on a reading thread with a copy of the car.
    AccessChecker::VehicleHandler reading(VehicleReads::Route route) const;

    RouteContext &m_context;
    Pairing &m_pairing;
    CarCommands &m_commands;
    std::shared_ptr<const std::vector<VehicleRow>> m_rows;
    quint64 m_rowsGeneration = 0;
};

} // namespace idlefleet::backend
