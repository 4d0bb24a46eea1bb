#pragma once

#include <QHttpServer>
#include <QHttpServerResponse>
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
    QHttpServerResponse info() const;
    QHttpServerResponse listVehicles(const QHttpServerRequest &request) const;

    QHttpServer m_server;
    const Simulator &m_simulator;
    const WorldClock &m_clock;
};

/// A protobuf `Error` response with the given HTTP status.
QHttpServerResponse errorResponse(QHttpServerResponse::StatusCode status, const QString &code,
                                  const QString &message, const QString &field = {});

} // namespace idlefleet::backend
