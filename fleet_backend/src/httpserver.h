#pragma once

#include "access.h"
#include "accountroutes.h"
#include "authservice.h"
#include "carcommands.h"
#include "exportroutes.h"
#include "http/server.h"
#include "livestream.h"
#include "metrics.h"
#include "organisation.h"
#include "organisationroutes.h"
#include "pairing.h"
#include "routecontext.h"
#include "simulatorroutes.h"
#include "supportroutes.h"
#include "telemetryroutes.h"
#include "vehicleroutes.h"

#include <QSslCertificate>
#include <QSslKey>

namespace idlefleet::backend {

class Simulator;
class WorldClock;
class WorldRunner;

/// The HTTPS front of idlefleetd: routes /v1/... to the route classes of each area, which share
/// one access checker (RouteContext), and serves the live stream beside them.
class FleetHttpServer
{
public:
    /// `metrics` counts what it serves.
    FleetHttpServer(Store &store, Simulator &simulator, const WorldClock &clock, Metrics &metrics);

    AuthService &auth() { return m_auth; }
    Metrics &metrics() { return m_metrics; }
    /// GET /metrics: the metrics with the gauges of the moment (served on the --metrics
    /// address only, never the public one).
    QByteArray metricsText();
    /// Simulated worlds only: the routes that play the cars' side (SimulatorRoutes).
    void addSimulatorRoutes();
    OrganisationAuthority &organisations() { return m_organisations; }
    /// Streams what changed on the cars since the last call (after each step of the world).
    void publishLive();
    /// The world this instance runs or follows (sharedchanges.cpp): what changes here in
    /// memory is told to the other instances on the database through it, and what they tell
    /// that concerns the live streams comes back to applyChange().
    void setWorld(WorldRunner *world);
    /// Minute rows are kept this many days: minutes, events and traces from before what the
    /// leader last pruned (HistoryRepository::minutesKeptFrom()) answer 410 (VehicleReads).
    void setMinuteHistoryDays(int days) { m_context.minuteHistoryDays = days; }
    void applyChange(const SharedRepository::Change &change);

    /// How long an hour of a support grant lasts (shorter for tests of expiry).
    void setGrantHourMs(qint64 ms) { m_context.grantHourMs = ms; }
    /// Starts serving TLS 1.2 or later on `address:port`; returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port, const QSslCertificate &certificate,
                   const QSslKey &key);

private:
    /// The routes open to everyone: what the server is, and whether it lives.
    void addOpenRoutes();
    http::Response info() const;
    /// Whether this instance runs the world (else another does, and keeps its state).
    bool leads() const;

    http::Server m_server;
    Store &m_store;
    Metrics &m_metrics;
    Simulator &m_simulator;
    const WorldClock &m_clock;
    Executor m_executor; ///< before everything that hands it work, so it stops after them
    AuthService m_auth;
    AccessChecker m_access; ///< the one check of who may use what, every route's
    Pairing m_pairing;
    CarCommands m_commands;
    OrganisationAuthority m_organisations;
    OtherInstances m_others;
    LiveStream m_stream;
    RouteContext m_context;
    AccountRoutes m_accountRoutes;
    ExportRoutes m_exportRoutes;
    VehicleRoutes m_vehicleRoutes;
    SupportRoutes m_supportRoutes;
    OrganisationRoutes m_organisationRoutes;
    TelemetryRoutes m_telemetryRoutes;
    SimulatorRoutes m_simulatorRoutes;
    WorldRunner *m_world = nullptr;
};

} // namespace idlefleet::backend
