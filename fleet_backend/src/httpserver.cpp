#include "httpserver.h"

#include "apiversion.h"
#include "idlefleet/v1/common.pb.h"
#include "logging.h"
#include "protobufhttp.h"
#include "simulator.h"
#include "version.h"
#include "worldclock.h"

namespace idlefleet::backend {
namespace {

void setTimestamp(google::protobuf::Timestamp *timestamp, const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    timestamp->set_seconds(ms / 1000);
    timestamp->set_nanos(int(ms % 1000) * 1000000);
}

} // namespace

FleetHttpServer::FleetHttpServer(Store &store, Simulator &simulator, const WorldClock &clock,
                                 Metrics &metrics)
    : m_store(store)
    , m_metrics(metrics)
    , m_simulator(simulator)
    , m_clock(clock)
    , m_auth(store, m_executor)
    , m_access(store, m_auth, m_executor, simulator)
    , m_pairing(m_executor)
    , m_commands(simulator, m_executor)
    , m_organisations(store, m_executor)
    , m_others(m_executor)
    , m_stream(
          // The live stream: a WebSocket over the same TLS, for the cars each account may see.
          [this](const QByteArray &authorization,
                 std::function<void(const LiveStream::Who &)> then) {
              m_auth.identifyLater(authorization,
                                   [then](std::optional<AccountRecord> account, qint64 expiresMs,
                                          const QString &why, bool busy) {
                                       then({std::move(account), expiresMs, why, busy});
                                   });
          },
          simulator, clock,
          [this](const AccountRecord &account, bool opening,
                 std::function<void(std::optional<LiveStream::Visible>)> then) {
              m_access.streamVisibility(account, opening, std::move(then));
          },
          LiveStream::takeFirstSequence(store))
    , m_context{store,    m_executor, simulator, clock, m_auth,
                m_access, m_stream,   m_others,  90,    3600 * 1000}
    , m_accountRoutes(m_context)
    , m_exportRoutes(m_context)
    , m_vehicleRoutes(m_context, m_pairing, m_commands)
    , m_supportRoutes(m_context)
    , m_organisationRoutes(m_context, m_organisations)
    , m_telemetryRoutes(m_context)
    , m_simulatorRoutes(m_context, m_pairing)
{
    m_executor.setDatabase(store.url(), [&metrics](qint64 nanoseconds) {
        metrics.observeStatement(double(nanoseconds) / 1e9);
    });
    m_server.setErrorResponder([](int status, const QString &message) {
        return errorResponse(status, errorCodeFor(status), message);
    });
    // One line per request for the operator, and the metrics: never a token, password, key or
    // e-mail address (accounts by id, paths of unmatched requests cut short).
    m_server.setAfterResponse([this](const http::Request &request, http::Response &response,
                                     qint64 elapsedNs) {
        const double seconds = double(elapsedNs) / 1e9;
        m_metrics.observeRequest(request.method, request.route, response.status, seconds);
        qCInfo(lcHttp).noquote().nospace()
            << "request id=" << QString::number(request.id, 16)
            << " method=" << QString::fromLatin1(request.method.left(16))
            << " route=" << (request.route.isEmpty() ? QStringLiteral("unmatched") : request.route)
            << " status=" << response.status << " ms=" << QString::number(seconds * 1000, 'f', 2)
            << " peer=" << request.peer.toString() << " account="
            << (response.accountId.isEmpty() ? QStringLiteral("-") : response.accountId);
    });
    m_server.setAfterRefusal([this](const QString &peer, int status) {
        m_metrics.observeRefusal(status);
        qCInfo(lcHttp).noquote().nospace() << "refused status=" << status << " peer=" << peer;
    });
    m_auth.setSessionsEnded([this](const QList<QByteArray> &digests) {
        for (const QByteArray &digest : digests) {
            m_stream.endSession(digest);
            m_others.tell(QStringLiteral("session_end"), QString::fromLatin1(digest.toHex()));
        }
    });
    m_commands.setPolicyApplied(
        [this](const QString &vehicleId) { m_others.tell(QStringLiteral("policy"), vehicleId); });
    m_server.setUpgradeHandler(QStringLiteral("/v1/stream"),
                               [this](QTcpSocket *socket) { m_stream.accept(socket); });
    addOpenRoutes();
    m_telemetryRoutes.addTo(m_server);
    m_accountRoutes.addTo(m_server);
    m_exportRoutes.addTo(m_server);
    m_vehicleRoutes.addTo(m_server);
    m_supportRoutes.addTo(m_server);
    m_organisationRoutes.addTo(m_server);
}

void FleetHttpServer::addOpenRoutes()
{
    m_server.route("GET", QStringLiteral("/v1/info"),
                   [this](const http::Request &) { return info(); });
    m_server.route("GET", QStringLiteral("/v1/health"), [](const http::Request &) {
        http::Response response;
        response.contentType = "text/plain";
        response.body = "ok\n";
        return response;
    });
}

void FleetHttpServer::addSimulatorRoutes()
{
    m_simulatorRoutes.addTo(m_server);
}

void FleetHttpServer::publishLive()
{
    m_stream.publish();
}

quint16 FleetHttpServer::listen(const QHostAddress &address, quint16 port,
                                const QSslCertificate &certificate, const QSslKey &key)
{
    return m_server.listen(address, port, certificate, key);
}

http::Response FleetHttpServer::info() const
{
    v1::ServerInfo info;
    info.set_server_version(IDLEFLEET_VERSION_STRING);
    info.set_api_version(ApiVersion);
    info.set_min_client_api_version(MinClientApiVersion);
    info.set_simulated(true);
    setTimestamp(info.mutable_world_time(), m_clock.now());
    info.set_clock_speed(m_clock.speed());
    return protobufResponse(info);
}

} // namespace idlefleet::backend
