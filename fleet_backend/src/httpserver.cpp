#include "httpserver.h"

#include "apiversion.h"
#include "demoworld.h"
#include "idlefleet/v1/auth.pb.h"
#include "idlefleet/v1/common.pb.h"
#include "idlefleet/v1/history.pb.h"
#include "idlefleet/v1/policy.pb.h"
#include "idlefleet/v1/vehicle.pb.h"
#include "logging.h"
#include "passwordhash.h"
#include "protobufhttp.h"
#include "rfc3339.h"
#include "simulator.h"
#include "store.h"
#include "vehiclelist.h"
#include "version.h"
#include "worldclock.h"

#include <QDir>
#include <algorithm>
#include <tuple>

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
    , m_auth(store, m_executor)
    , m_reports(store.url(), {})
    , m_access(store, m_auth, m_executor, simulator)
    , m_pairing(m_executor)
    , m_commands(simulator, m_executor)
    , m_organisations(store, m_executor)
    , m_simulator(simulator)
    , m_clock(clock)
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
    // The live stream: a WebSocket over the same TLS, for the cars each account may see.
    m_stream = std::make_unique<LiveStream>(
        [this](const QByteArray &authorization, std::function<void(const LiveStream::Who &)> then) {
            m_auth.identifyLater(authorization,
                                 [then](std::optional<AccountRecord> account, qint64 expiresMs,
                                        const QString &why, bool busy) {
                                     then({std::move(account), expiresMs, why, busy});
                                 });
        },
        m_simulator, m_clock,
        [this](const AccountRecord &account, bool opening,
               std::function<void(std::optional<LiveStream::Visible>)> then) {
            m_access.streamVisibility(account, opening, std::move(then));
        },
        LiveStream::takeFirstSequence(m_store));
    m_auth.setSessionsEnded([this](const QList<QByteArray> &digests) {
        for (const QByteArray &digest : digests) {
            m_stream->endSession(digest);
            tell(QStringLiteral("session_end"), QString::fromLatin1(digest.toHex()));
        }
    });
    m_server.setUpgradeHandler(QStringLiteral("/v1/stream"),
                               [this](QTcpSocket *socket) { m_stream->accept(socket); });
    // Open to everyone: what the server is, and whether it lives.
    m_server.route("GET", QStringLiteral("/v1/info"),
                   [this](const http::Request &) { return info(); });
    m_server.route("GET", QStringLiteral("/v1/health"), [](const http::Request &) {
        http::Response response;
        response.contentType = "text/plain";
        response.body = "ok\n";
        return response;
    });
    m_server.route("POST", QStringLiteral("/v1/auth/login"),
                   [this](const http::Request &request) { return m_auth.login(request); });
    m_server.route("POST", QStringLiteral("/v1/auth/refresh"),
                   [this](const http::Request &request) { return m_auth.refresh(request); });
    // Cars' telematics units, with their device credentials.
    m_server.route("POST", QStringLiteral("/v1/telemetry"),
                   [this](const http::Request &request) { return reportStatus(request); });
    // Everything else needs a signed-in account.
    m_server.route(
        "POST", QStringLiteral("/v1/auth/logout"),
        m_access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            http::Response response = m_auth.logout(request, account);
            const QByteArray digest = tokenDigest(request.header("authorization").mid(7).trimmed());
            m_stream->endSession(digest);
            tell(QStringLiteral("session_end"), QString::fromLatin1(digest.toHex()));
            return response;
        }));
    m_server.route(
        "POST", QStringLiteral("/v1/auth/password"),
        m_access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return http::afterwards(m_auth.changePassword(request, account),
                                    [this, id = account.id](http::Response &done) {
                                        // every other session ended with it
                                        if (done.status == 200) {
                                            m_stream->endAccount(id);
                                            tell(QStringLiteral("account_end"), id);
                                        }
                                    });
        }));
    // The person's own data: consent, a full export, deletion.
    m_server.route(
        "GET", QStringLiteral("/v1/account"),
        m_access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return accountDetails(request, account);
        }));
    m_server.route(
        "POST", QStringLiteral("/v1/account/consent"),
        m_access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return recordConsent(request, account);
        }));
    m_server.route(
        "GET", QStringLiteral("/v1/account/export"),
        m_access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return exportData(request, account);
        }));
    m_server.route(
        "POST", QStringLiteral("/v1/account/delete"),
        m_access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return http::afterwards(deleteAccount(request, account),
                                    [this, id = account.id](http::Response &done) {
                                        if (done.status < 300) {
                                            m_stream->endAccount(id);
                                            tell(QStringLiteral("account_end"), id);
                                        }
                                    });
        }));
    m_server.route(
        "GET", QStringLiteral("/v1/vehicles/{id}/policy"),
        m_access.forVehicle([this](const http::Request &request, const SimulatedVehicle &car) {
            return vehiclePolicy(request, car);
        }));
    // A car's past, read on a reading thread (VehicleReads).
    m_server.route("GET", QStringLiteral("/v1/vehicles/{id}/history"),
                   m_access.forVehicle(reading(&VehicleReads::history)));
    m_server.route("GET", QStringLiteral("/v1/vehicles/{id}/sessions"),
                   m_access.forVehicle(reading(&VehicleReads::sessions), Access::Private));
    m_server.route("GET", QStringLiteral("/v1/vehicles/{id}/events"),
                   m_access.forVehicle(reading(&VehicleReads::events)));
    m_server.route("GET", QStringLiteral("/v1/vehicles/{id}/earnings"),
                   m_access.forVehicle(reading(&VehicleReads::earnings), Access::Private));
    m_server.route("GET", QStringLiteral("/v1/vehicles/{id}/payouts"),
                   m_access.forVehicle(reading(&VehicleReads::payouts), Access::Private));
    m_server.route("GET", QStringLiteral("/v1/vehicles/{id}/forecast"),
                   m_access.forVehicle(
                       [this](const http::Request &request, const SimulatedVehicle &car) {
                           return vehicleForecast(request, car);
                       },
                       Access::Private));
    // Keys and pairing: the owner's app asks, the car shows a code, the owner confirms.
    m_server.route("POST", QStringLiteral("/v1/vehicles/{id}/pairings"),
                   m_access.forVehicle(
                       [this](const http::Request &request, const SimulatedVehicle &car) {
                           // The car must show the code on its screen, so it has to be reachable.
                           if (!car.online)
                               return errorResponse(
                                   503, QStringLiteral("car_offline"),
                                   QStringLiteral("the car cannot be reached right now "
                                                  "(no signal where it is parked); try "
                                                  "again when it is back online"));
                           return m_pairing.start(car.id, request);
                       },
                       Access::Owner));
    m_server.route("POST", QStringLiteral("/v1/vehicles/{id}/pairings/confirm"),
                   m_access.forVehicle(
                       [this](const http::Request &request, const SimulatedVehicle &car) {
                           return m_pairing.confirm(car.id, request);
                       },
                       Access::Owner));
    m_server.route("GET", QStringLiteral("/v1/vehicles/{id}/keys"),
                   m_access.forVehicle(
                       [this](const http::Request &, const SimulatedVehicle &car) {
                           return m_pairing.listKeys(car.id);
                       },
                       Access::Private));
    m_server.route("POST", QStringLiteral("/v1/vehicles/{id}/keys/{key}/revoke"),
                   m_access.forVehicle(
                       [this](const http::Request &request, const SimulatedVehicle &car) {
                           return m_pairing.revoke(
                               car.id, request.pathParameters.value(QStringLiteral("key")));
                       },
                       Access::Owner));
    // Signed changes of the policy, relayed to the car, which checks them.
    m_server.route("POST", QStringLiteral("/v1/vehicles/{id}/commands"),
                   m_access.forVehicle(
                       [this](const http::Request &request, const SimulatedVehicle &car) {
                           return m_commands.handle(
                               std::size_t(&car - m_simulator.vehicles().data()), request);
                       },
                       Access::Command));
    // Diagnostics: read by the owner, the organisation's managers and support with a grant.
    m_server.route("GET", QStringLiteral("/v1/vehicles/{id}/policy/history"),
                   m_access.forVehicle(reading(&VehicleReads::policyHistory)));
    m_server.route("GET", QStringLiteral("/v1/vehicles/{id}/trace"),
                   m_access.forVehicle(reading(&VehicleReads::trace)));
    m_server.route("GET", QStringLiteral("/v1/vehicles/{id}/diagnostics"),
                   m_access.forVehicle(reading(&VehicleReads::diagnostics)));
    m_server.route(
        "POST", QStringLiteral("/v1/organisation/groups"),
        m_access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return setGroup(request, account);
        }));
    m_server.route(
        "GET", QStringLiteral("/v1/organisation/summary"),
        m_access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return organisationSummary(request, account);
        }));
    // Support grants: issued by the owner or a manager, used by support, audited on every use.
    m_server.route(
        "POST", QStringLiteral("/v1/vehicles/{id}/grants"),
        m_access.forVehicleAs(
            [this](const http::Request &request, const SimulatedVehicle &car,
                   const AccountRecord &account) { return issueGrant(request, car, account); },
            Access::Private));
    m_server.route(
        "GET", QStringLiteral("/v1/vehicles/{id}/grants"),
        m_access.forVehicle([this](const http::Request &,
                                   const SimulatedVehicle &car) { return vehicleGrants(car); },
                            Access::Private));
    m_server.route(
        "GET", QStringLiteral("/v1/vehicles/{id}/audit"),
        m_access.forVehicle([this](const http::Request &,
                                   const SimulatedVehicle &car) { return vehicleAudit(car); },
                            Access::Private));
    m_server.route("GET", QStringLiteral("/v1/grants"),
                   m_access.signedIn([this](const http::Request &, const AccountRecord &account) {
                       return accountGrants(account);
                   }));
    m_server.route(
        "POST", QStringLiteral("/v1/grants/{grant}/revoke"),
        m_access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return http::afterwards(revokeGrant(request, account), [this](http::Response &done) {
                if (done.status == 200) {
                    m_stream->recheckVisibility();
                    tell(QStringLiteral("visibility"), {});
                }
            });
        }));
    // An organisation's administrator certifies its managers' keys with the fleet key in their
    // own client; the backend relays the certificates.
    m_server.route(
        "POST", QStringLiteral("/v1/organisation/certificates"),
        m_access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            if (account.role != v1::ROLE_FLEET_MANAGER)
                return errorResponse(403, QStringLiteral("forbidden"),
                                     QStringLiteral("only an organisation's fleet "
                                                    "managers get keys certified"));
            return m_organisations.certify(account, request);
        }));
    m_server.route("GET", QStringLiteral("/v1/organisation/certificates/requests"),
                   m_access.signedIn([this](const http::Request &, const AccountRecord &account) {
                       if (account.role != v1::ROLE_FLEET_MANAGER)
                           return errorResponse(403, QStringLiteral("forbidden"),
                                                QStringLiteral("only an organisation's fleet "
                                                               "managers see its keys"));
                       return m_organisations.pending(account);
                   }));
    m_server.route(
        "PUT", QStringLiteral("/v1/organisation/certificates/{key}"),
        m_access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            if (account.role != v1::ROLE_FLEET_MANAGER)
                return errorResponse(403, QStringLiteral("forbidden"),
                                     QStringLiteral("only an organisation's fleet "
                                                    "managers relay its certificates"));
            return m_organisations.upload(
                account, request.pathParameters.value(QStringLiteral("key")), request);
        }));
    m_server.route(
        "POST", QStringLiteral("/v1/organisation/certificates/{key}/revoke"),
        m_access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            if (account.role != v1::ROLE_FLEET_MANAGER)
                return errorResponse(403, QStringLiteral("forbidden"),
                                     QStringLiteral("only an organisation's fleet "
                                                    "managers revoke its keys"));
            return m_organisations.revoke(account,
                                          request.pathParameters.value(QStringLiteral("key")));
        }));
    m_server.route(
        "GET", QStringLiteral("/v1/vehicles"),
        m_access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return listVehicles(request, account);
        }));
}

AccessChecker::VehicleHandler FleetHttpServer::reading(VehicleReads::Route route)
{
    return [this, route](const http::Request &request, const SimulatedVehicle &car) {
        // The car as it is now and the world's time go with the work; the rest is read there.
        return m_executor.read([route, request, car, now = m_clock.now().toSecsSinceEpoch(),
                                days = m_minuteHistoryDays](const Store &store) {
            return (VehicleReads(store, now, days).*route)(request, car);
        });
    };
}

void FleetHttpServer::publishLive()
{
    m_stream->publish();
}

quint16 FleetHttpServer::listen(const QHostAddress &address, quint16 port,
                                const QSslCertificate &certificate, const QSslKey &key)
{
    return m_server.listen(address, port, certificate, key);
}

http::Response FleetHttpServer::vehiclePolicy(const http::Request &,
                                              const SimulatedVehicle &vehicle) const
{
    v1::VehiclePolicy out;
    out.set_vehicle_id(vehicle.id.toStdString());
    out.set_version(vehicle.policyVersion);
    *out.mutable_policy() = vehicle.policy;
    return protobufResponse(out);
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

http::Response FleetHttpServer::listVehicles(const http::Request &request,
                                             const AccountRecord &account)
{
    VehicleListQuery query;
    http::Response error;
    if (!query.read(request, &error))
        return error;
    const QDateTime now = m_clock.now();
    if (account.role != v1::ROLE_SUPPORT) {
        // Filtered, sorted and written on a reading thread, from the cars as they last changed.
        return m_executor.read([rows = vehicleRows(), query, account, now](const Store &) {
            QHash<QString, QString> listed;
            return vehicleListPage(*rows, query, account, {}, now, &listed);
        });
    }
    // Support sees the cars it holds a grant for (a few); each appearance in a list is a use,
    // audited before the list is answered.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    using Granted = QHash<QString, QString>; // vehicle id -> grant id
    return m_executor.writeThen<Granted>(
        [id = account.id, nowMs](Store &store) {
            Granted granted;
            for (const GrantRecord &grant : store.grants().grantsHeldBy(id)) {
                if (grant.activeAt(nowMs))
                    granted.insert(grant.vehicleId, grant.id);
            }
            return granted;
        },
        [this, query, account, now, nowMs](const Granted &granted) {
            std::vector<VehicleRow> rows;
            for (const SimulatedVehicle &vehicle : std::as_const(m_simulator).vehicles()) {
                if (granted.contains(vehicle.id))
                    rows.push_back(VehicleRow::of(vehicle));
            }
            QHash<QString, QString> listed;
            http::Response page = vehicleListPage(rows, query, account, granted, now, &listed);
            return m_executor.writeThen<bool>(
                [listed, id = account.id, nowMs](Store &store) {
                    bool kept = true;
                    for (auto it = listed.cbegin(); it != listed.cend(); ++it)
                        kept = store.grants().appendAudit({it.value(), it.key(), id, nowMs,
                                                           QStringLiteral("GET /v1/vehicles")}) &&
                               kept;
                    return kept;
                },
                [page](bool kept) {
                    if (!kept)
                        return errorResponse(500, QStringLiteral("internal"),
                                             QStringLiteral("the use of the grants could not be "
                                                            "audited; try again"));
                    return page;
                });
        });
}

std::shared_ptr<const std::vector<VehicleRow>> FleetHttpServer::vehicleRows()
{
    const Simulator &simulator = m_simulator;
    if (!m_rows || m_rowsGeneration != simulator.generation()) {
        auto rows = std::make_shared<std::vector<VehicleRow>>();
        rows->reserve(simulator.vehicles().size());
        for (const SimulatedVehicle &vehicle : simulator.vehicles())
            rows->push_back(VehicleRow::of(vehicle));
        m_rows = std::move(rows);
        m_rowsGeneration = simulator.generation();
    }
    return m_rows;
}

} // namespace idlefleet::backend
