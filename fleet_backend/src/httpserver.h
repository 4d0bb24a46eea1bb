#pragma once

#include "authservice.h"
#include "carcommands.h"
#include "http/server.h"
#include "pairing.h"

#include <QSslCertificate>
#include <QSslKey>

namespace idlefleet::v1 {
class AccountDetails;
}

namespace idlefleet::backend {

class Simulator;
struct SimulatedVehicle;
class WorldClock;

/// The HTTPS front of idlefleetd: routes /v1/... to protobuf handlers.
class FleetHttpServer
{
public:
    FleetHttpServer(Store &store, Simulator &simulator, const WorldClock &clock);

    AuthService &auth() { return m_auth; }

    /// Starts serving TLS 1.2 or later on `address:port`; returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port, const QSslCertificate &certificate,
                   const QSslKey &key);

private:
    using AccountHandler =
        std::function<http::Response(const http::Request &, const AccountRecord &)>;
    /// Wraps a handler so that it runs only for a signed-in account (else 401).
    http::Server::Handler signedIn(AccountHandler handler) const;
    static bool maySee(const AccountRecord &account, const SimulatedVehicle &vehicle);
    http::Response info() const;
    http::Response vehiclePolicy(const http::Request &request,
                                 const SimulatedVehicle &vehicle) const;
    http::Response vehicleHistory(const http::Request &request,
                                  const SimulatedVehicle &vehicle) const;
    // accountroutes.cpp
    void fillAccountDetails(v1::AccountDetails *out, const AccountRecord &account) const;
    http::Response accountDetails(const http::Request &request, const AccountRecord &account) const;
    http::Response recordConsent(const http::Request &request, const AccountRecord &account);
    http::Response exportData(const http::Request &request, const AccountRecord &account) const;
    http::Response deleteAccount(const http::Request &request, const AccountRecord &account);
    // earningsroutes.cpp
    http::Response vehicleSessions(const http::Request &request,
                                   const SimulatedVehicle &vehicle) const;
    http::Response vehicleEarnings(const http::Request &request,
                                   const SimulatedVehicle &vehicle) const;
    http::Response vehicleEvents(const http::Request &request,
                                 const SimulatedVehicle &vehicle) const;
    /// Reads ?from=&to= (RFC 3339), from before to, at most `maxRange` seconds apart.
    static bool readRange(const http::Request &request, qint64 maxRange, qint64 *from, qint64 *to,
                          http::Response *error);
    /// Wraps a handler for one car the account may see (else 404).
    using VehicleHandler =
        std::function<http::Response(const http::Request &, const SimulatedVehicle &)>;
    /// `ownerOnly`: for the car's owner alone (pairing and signed changes; 403 for others).
    http::Server::Handler forVehicle(VehicleHandler handler, bool ownerOnly = false) const;
    /// The car the path's {id} names, if the account may see it.
    const SimulatedVehicle *visibleVehicle(const http::Request &request,
                                           const AccountRecord &account) const;
    http::Response listVehicles(const http::Request &request, const AccountRecord &account) const;

    http::Server m_server;
    Store &m_store;
    AuthService m_auth;
    Pairing m_pairing;
    CarCommands m_commands;
    Simulator &m_simulator;
    const WorldClock &m_clock;
};

} // namespace idlefleet::backend
