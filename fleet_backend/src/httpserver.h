#pragma once

#include "access.h"
#include "authservice.h"
#include "carcommands.h"
#include "http/server.h"
#include "idlefleet/v1/earnings.pb.h"
#include "idlefleet/v1/events.pb.h"
#include "livestream.h"
#include "metrics.h"
#include "organisation.h"
#include "pairing.h"
#include "reportwriter.h"
#include "vehiclelist.h"
#include "vehiclereads.h"

#include <QSslCertificate>
#include <QSslKey>
#include <deque>
#include <memory>
#include <vector>

namespace idlefleet::v1 {
class AccountDetails;
class DataExport;
class SupportGrant;
} // namespace idlefleet::v1

namespace idlefleet::backend {

class Simulator;
struct SimulatedVehicle;
class WorldClock;
class WorldRunner;

/// One part of a streamed export (see DataExport in account.proto).
struct ExportPart
{
    enum Kind
    {
        Head, ///< the car's settings, keys, grants, audit, payouts and policy history
        Sessions,
        Entries,
        Jobs,
        Minutes,
        Events,
    } kind = Head;
    QString vehicleId;
    qint64 from = 0; ///< UTC seconds; sessions by start, entries and jobs by entry start
    qint64 to = 0;
};

/// Where a streamed export stands: its parts, the next to read, those read and not yet sent.
struct ExportCursor
{
    std::vector<ExportPart> plan;
    std::size_t next = 0;
    std::deque<QByteArray> ready;
    bool reading = false;  ///< a part is being read off the loop
    bool finished = false; ///< no more: the account went, or the database did
};

/// The HTTPS front of idlefleetd: routes /v1/... to protobuf handlers.
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
    /// Simulated worlds only: the routes that play the cars' side (their screens, their
    /// telematics going to sleep). A real backend cannot read a car's screen, so pairing there
    /// needs the code a person reads off the car.
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
    void setMinuteHistoryDays(int days) { m_minuteHistoryDays = days; }
    void applyChange(const SharedRepository::Change &change);

    /// Starts serving TLS 1.2 or later on `address:port`; returns the port, 0 on failure.
    /// How long an hour of a support grant lasts (shorter for tests of expiry).
    void setGrantHourMs(qint64 ms) { m_grantHourMs = ms; }
    quint16 listen(const QHostAddress &address, quint16 port, const QSslCertificate &certificate,
                   const QSslKey &key);

private:
    http::Response info() const;
    http::Response vehiclePolicy(const http::Request &request,
                                 const SimulatedVehicle &vehicle) const;
    // accountroutes.cpp
    /// The account's details and consents, from `store` (any thread's own connection).
    static void fillAccountDetails(const Store &store, v1::AccountDetails *out,
                                   const AccountRecord &account);
    http::Response accountDetails(const http::Request &request, const AccountRecord &account);
    http::Response recordConsent(const http::Request &request, const AccountRecord &account);
    http::Response deleteAccount(const http::Request &request, const AccountRecord &account);
    // exportroutes.cpp
    http::Response exportData(const http::Request &request, const AccountRecord &account);
    /// The export's answer, streamed from `cursor` as the client takes it.
    http::Response exportStream(std::shared_ptr<ExportCursor> cursor, const QString &accountId,
                                qint64 now);
    /// The parts after the first of an export of the cars `vehicleIds`, in order (on a reading
    /// thread).
    static std::vector<ExportPart> exportPlan(const Store &store, const QStringList &vehicleIds,
                                              qint64 now);
    /// One part of `vehicle` as it is now, read from `store` when it is sent (on a reading
    /// thread).
    static v1::DataExport exportPart(const Store &store, const SimulatedVehicle &vehicle,
                                     const ExportPart &part, qint64 nowSeconds,
                                     int minuteHistoryDays);
    // forecastroutes.cpp
    http::Response vehicleForecast(const http::Request &request,
                                   const SimulatedVehicle &vehicle) const;
    using Access = AccessChecker::Access;
    /// A route of VehicleReads, run on a reading thread with a copy of the car.
    AccessChecker::VehicleHandler reading(VehicleReads::Route route);
    // telemetryroutes.cpp
    http::Response reportStatus(const http::Request &request);
    // supportroutes.cpp
    /// A grant as the API shows it, all but its car's name (from `store`, any thread's own).
    static void fillGrant(const Store &store, v1::SupportGrant *out, const GrantRecord &grant);
    /// The grant's car's name, from the world (on the event loop).
    void nameCar(v1::SupportGrant *grant) const;
    /// Both, on the event loop.
    void fillGrant(v1::SupportGrant *out, const GrantRecord &grant) const;
    http::Response issueGrant(const http::Request &request, const SimulatedVehicle &vehicle,
                              const AccountRecord &account);
    http::Response vehicleGrants(const SimulatedVehicle &vehicle);
    http::Response accountGrants(const AccountRecord &account);
    http::Response revokeGrant(const http::Request &request, const AccountRecord &account);
    http::Response vehicleAudit(const SimulatedVehicle &vehicle);
    http::Response listVehicles(const http::Request &request, const AccountRecord &account);
    /// The cars as the list shows them, copied again only when they changed
    /// (Simulator::generation()), shared with the reading threads that write the list.
    std::shared_ptr<const std::vector<VehicleRow>> vehicleRows();
    // diagnosticsroutes.cpp
    /// What the organisation's cars do now (from memory), with its hours (read off the loop).
    http::Response organisationSummary(const http::Request &request, const AccountRecord &account);
    http::Response simulateSleep(const http::Request &request, const SimulatedVehicle &vehicle);
    http::Response setGroup(const http::Request &request, const AccountRecord &account);
    /// Tells the other instances of a change, in the feed, on the writing thread after what was
    /// asked of it before; nothing without a world shared with others.
    void tell(const QString &kind, const QString &subject, const QString &detail = {});
    /// Whether this instance runs the world (else another does, and keeps its state).
    bool leads() const;

    qint64 m_grantHourMs = 3600 * 1000;
    http::Server m_server;
    Store &m_store;
    Metrics &m_metrics;
    Executor m_executor; ///< before everything that hands it work, so it stops after them
    AuthService m_auth;
    ReportWriter m_reports; ///< the cars' status reports, kept in groups off the loop
    AccessChecker m_access; ///< the one check of who may use what, every route's
    Pairing m_pairing;
    CarCommands m_commands;
    OrganisationAuthority m_organisations;
    std::unique_ptr<LiveStream> m_stream;
    Simulator &m_simulator;
    const WorldClock &m_clock;
    WorldRunner *m_world = nullptr;
    int m_minuteHistoryDays = 90;
    std::shared_ptr<const std::vector<VehicleRow>> m_rows;
    quint64 m_rowsGeneration = 0;
};

} // namespace idlefleet::backend
