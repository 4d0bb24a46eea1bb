#pragma once

#include "http/server.h"

#include <QSslCertificate>
#include <QSslKey>

namespace idlefleet::backend {

class Simulator;
class WorldClock;

/// The HTTPS front of idlefleetd: routes /v1/... to protobuf handlers.
class FleetHttpServer
{
public:
    FleetHttpServer(const Simulator &simulator, const WorldClock &clock);

    /// Starts serving TLS 1.2 or later on `address:port`; returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port, const QSslCertificate &certificate,
                   const QSslKey &key);

private:
    http::Response info() const;
    http::Response listVehicles(const http::Request &request) const;

    http::Server m_server;
    const Simulator &m_simulator;
    const WorldClock &m_clock;
};

/// A protobuf `Error` response with the given HTTP status.
http::Response errorResponse(int status, const QString &code, const QString &message,
                             const QString &field = {});

} // namespace idlefleet::backend
