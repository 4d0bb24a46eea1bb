// VehicleRoutes: the cars an account may see, each car's policy, past, pairing keys and
// commands.

#include "vehicleroutes.h"

#include "carcommands.h"
#include "executor.h"
#include "idlefleet/v1/auth.pb.h"
#include "idlefleet/v1/policy.pb.h"
#include "pairing.h"
#include "protobufhttp.h"
#include "simulator.h"
#include "store.h"
#include "worldclock.h"

namespace idlefleet::backend {

void VehicleRoutes::addTo(http::Server &server)
{
    AccessChecker &access = m_context.access;
    server.route(
        "GET", QStringLiteral("/v1/vehicles"),
        access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return listVehicles(request, account);
        }));
    server.route("GET", QStringLiteral("/v1/vehicles/{id}/policy"),
                 access.forVehicle([this](const http::Request &, const SimulatedVehicle &car) {
                     return policy(car);
                 }));
    // A car's past, read on a reading thread (VehicleReads).
    server.route("GET", QStringLiteral("/v1/vehicles/{id}/history"),
                 access.forVehicle(reading(&VehicleReads::history)));
    server.route("GET", QStringLiteral("/v1/vehicles/{id}/sessions"),
                 access.forVehicle(reading(&VehicleReads::sessions), Access::Private));
    server.route("GET", QStringLiteral("/v1/vehicles/{id}/events"),
                 access.forVehicle(reading(&VehicleReads::events)));
    server.route("GET", QStringLiteral("/v1/vehicles/{id}/earnings"),
                 access.forVehicle(reading(&VehicleReads::earnings), Access::Private));
    server.route("GET", QStringLiteral("/v1/vehicles/{id}/payouts"),
                 access.forVehicle(reading(&VehicleReads::payouts), Access::Private));
    server.route(
        "GET", QStringLiteral("/v1/vehicles/{id}/forecast"),
        access.forVehicle([this](const http::Request &request,
                                 const SimulatedVehicle &car) { return forecast(request, car); },
                          Access::Private));
    // Diagnostics: read by the owner, the organisation's managers and support with a grant.
    server.route("GET", QStringLiteral("/v1/vehicles/{id}/policy/history"),
                 access.forVehicle(reading(&VehicleReads::policyHistory)));
    server.route("GET", QStringLiteral("/v1/vehicles/{id}/trace"),
                 access.forVehicle(reading(&VehicleReads::trace)));
    server.route("GET", QStringLiteral("/v1/vehicles/{id}/diagnostics"),
                 access.forVehicle(reading(&VehicleReads::diagnostics)));
    // Keys and pairing: the owner's app asks, the car shows a code, the owner confirms.
    server.route("POST", QStringLiteral("/v1/vehicles/{id}/pairings"),
                 access.forVehicle(
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
    server.route("POST", QStringLiteral("/v1/vehicles/{id}/pairings/confirm"),
                 access.forVehicle(
                     [this](const http::Request &request, const SimulatedVehicle &car) {
                         return m_pairing.confirm(car.id, request);
                     },
                     Access::Owner));
    server.route("GET", QStringLiteral("/v1/vehicles/{id}/keys"),
                 access.forVehicle(
                     [this](const http::Request &, const SimulatedVehicle &car) {
                         return m_pairing.listKeys(car.id);
                     },
                     Access::Private));
    server.route("POST", QStringLiteral("/v1/vehicles/{id}/keys/{key}/revoke"),
                 access.forVehicle(
                     [this](const http::Request &request, const SimulatedVehicle &car) {
                         return m_pairing.revoke(
                             car.id, request.pathParameters.value(QStringLiteral("key")));
                     },
                     Access::Owner));
    // Signed changes of the policy, relayed to the car, which checks them.
    server.route("POST", QStringLiteral("/v1/vehicles/{id}/commands"),
                 access.forVehicle(
                     [this](const http::Request &request, const SimulatedVehicle &car) {
                         return m_commands.handle(
                             std::size_t(&car - m_context.simulator.vehicles().data()), request);
                     },
                     Access::Command));
}

AccessChecker::VehicleHandler VehicleRoutes::reading(VehicleReads::Route route) const
{
    return [this, route](const http::Request &request, const SimulatedVehicle &car) {
        // The car as it is now and the world's time go with the work; the rest is read there.
        return m_context.executor.read([route, request, car,
                                        now = m_context.clock.now().toSecsSinceEpoch(),
                                        days = m_context.minuteHistoryDays](const Store &store) {
            return (VehicleReads(store, now, days).*route)(request, car);
        });
    };
}

http::Response VehicleRoutes::policy(const SimulatedVehicle &vehicle) const
{
    v1::VehiclePolicy out;
    out.set_vehicle_id(vehicle.id.toStdString());
    out.set_version(vehicle.policyVersion);
    *out.mutable_policy() = vehicle.policy;
    return protobufResponse(out);
}

http::Response VehicleRoutes::listVehicles(const http::Request &request,
                                           const AccountRecord &account)
{
    VehicleListQuery query;
    http::Response error;
    if (!query.read(request, &error))
        return error;
    const QDateTime now = m_context.clock.now();
    if (account.role != v1::ROLE_SUPPORT) {
        // Filtered, sorted and written on a reading thread, from the cars as they last changed.
        return m_context.executor.read([rows = vehicleRows(), query, account, now](const Store &) {
            QHash<QString, QString> listed;
            return vehicleListPage(*rows, query, account, {}, now, &listed);
        });
    }
    // Support sees the cars it holds a grant for (a few); each appearance in a list is a use,
    // audited before the list is answered.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    using Granted = QHash<QString, QString>; // vehicle id -> grant id
    return m_context.executor.writeThen<Granted>(
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
            for (const SimulatedVehicle &vehicle : std::as_const(m_context.simulator).vehicles()) {
                if (granted.contains(vehicle.id))
                    rows.push_back(VehicleRow::of(vehicle));
            }
            QHash<QString, QString> listed;
            http::Response page = vehicleListPage(rows, query, account, granted, now, &listed);
            return m_context.executor.writeThen<bool>(
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

std::shared_ptr<const std::vector<VehicleRow>> VehicleRoutes::vehicleRows()
{
    const Simulator &simulator = m_context.simulator;
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
