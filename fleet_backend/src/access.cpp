// AccessChecker: who may use which route and car.

#include "access.h"

#include "authservice.h"
#include "demoworld.h"
#include "idlefleet/v1/auth.pb.h"
#include "protobufhttp.h"
#include "rfc3339.h"
#include "simulator.h"

#include <QDateTime>

namespace idlefleet::backend {

AccessChecker::AccessChecker(Store &store, AuthService &auth, const Simulator &simulator)
    : m_store(store)
    , m_auth(auth)
    , m_simulator(simulator)
{}

bool AccessChecker::mayStream(const AccountRecord &account, const SimulatedVehicle &vehicle,
                              qint64 *untilMs, bool opening) const
{
    if (account.role != v1::ROLE_SUPPORT)
        return maySee(account, vehicle);
    QString why;
    const auto grant = activeGrant(account, vehicle.id, &why);
    if (!grant)
        return false;
    *untilMs = grant->expiresMs;
    // Every look through a grant is audited, a stream's too.
    if (opening)
        m_store.grants().appendAudit({grant->id, vehicle.id, account.id,
                                      QDateTime::currentMSecsSinceEpoch(),
                                      QStringLiteral("STREAM /v1/stream")});
    return true;
}

http::Server::Handler AccessChecker::forVehicle(VehicleHandler handler, Access access) const
{
    return forVehicleAs(
        [handler = std::move(handler)](const http::Request &request, const SimulatedVehicle &car,
                                       const AccountRecord &) { return handler(request, car); },
        access);
}

http::Server::Handler AccessChecker::forVehicleAs(VehicleAccountHandler handler,
                                                  Access access) const
{
    return signedIn([this, handler = std::move(handler), access](const http::Request &request,
                                                                 const AccountRecord &account) {
        const QString id = request.pathParameters.value(QStringLiteral("id"));
        const SimulatedVehicle *vehicle = vehicleById(id);
        if (account.role == v1::ROLE_SUPPORT) {
            // Support learns nothing about a car without a grant, not even whether it exists.
            if (access != Access::Diagnostics)
                return errorResponse(403, QStringLiteral("forbidden"),
                                     QStringLiteral("a support grant covers the car's "
                                                    "diagnostics only"));
            QString why;
            const auto grant = activeGrant(account, id, &why);
            if (!grant || !vehicle)
                return errorResponse(403, QStringLiteral("no_grant"), why);
            m_store.grants().appendAudit(
                {grant->id, vehicle->id, account.id, QDateTime::currentMSecsSinceEpoch(),
                 QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path});
            return handler(request, *vehicle, account);
        }
        if (!vehicle || !maySee(account, *vehicle))
            return errorResponse(404, QStringLiteral("not_found"),
                                 QStringLiteral("no such vehicle: %1").arg(id));
        if (access == Access::Owner && account.role != v1::ROLE_OWNER)
            return errorResponse(403, QStringLiteral("forbidden"),
                                 QStringLiteral("only the car's owner pairs keys with it; an "
                                                "organisation's cars take its fleet key and its "
                                                "certified manager keys"));
        return handler(request, *vehicle, account);
    });
}

const SimulatedVehicle *AccessChecker::vehicleById(const QString &id) const
{
    const std::size_t index = m_simulator.indexOf(id);
    return index == Simulator::NoVehicle ? nullptr : &m_simulator.vehicles()[index];
}

std::optional<GrantRecord> AccessChecker::activeGrant(const AccountRecord &support,
                                                      const QString &vehicleId, QString *why) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<GrantRecord> best;
    std::optional<GrantRecord> latest;
    for (const GrantRecord &grant : m_store.grants().grantsHeldBy(support.id)) {
        if (grant.vehicleId != vehicleId)
            continue;
        if (grant.activeAt(now) && (!best || grant.expiresMs > best->expiresMs))
            best = grant;
        if (!latest || grant.createdMs >= latest->createdMs)
            latest = grant;
    }
    if (best)
        return best;
    if (!latest)
        *why = QStringLiteral("you hold no support grant for %1; ask its owner or fleet manager "
                              "for one")
                   .arg(vehicleId);
    else if (latest->revokedMs != 0)
        *why = QStringLiteral("your support grant for %1 was revoked at %2")
                   .arg(vehicleId, formatRfc3339(latest->revokedMs / 1000));
    else
        *why = QStringLiteral("your support grant for %1 expired at %2")
                   .arg(vehicleId, formatRfc3339(latest->expiresMs / 1000));
    return std::nullopt;
}

http::Server::Handler AccessChecker::signedIn(AccountHandler handler) const
{
    return [this, handler = std::move(handler)](const http::Request &request) {
        // Who asks is looked up off the event loop; the handler then runs on it. The request
        // lives as long as the answer may still need it.
        auto kept = std::make_shared<const http::Request>(request);
        return m_auth.whenSignedIn(request, [handler, kept](const AccountRecord &account) {
            return http::afterwards(
                handler(*kept, account),
                [kept, id = account.id](http::Response &done) { done.accountId = id; });
        });
    };
}

bool AccessChecker::maySee(const AccountRecord &account, const SimulatedVehicle &vehicle)
{
    return maySeeOwner(account, vehicle.owner);
}

bool AccessChecker::maySeeOwner(const AccountRecord &account, const QString &owner)
{
    // An owner sees their own cars, a fleet manager their organisation's; support sees cars
    // through grants only (see activeGrant).
    if (account.role == v1::ROLE_OWNER)
        return owner.compare(account.email, Qt::CaseInsensitive) == 0;
    if (account.role == v1::ROLE_FLEET_MANAGER && !account.organisationId.isEmpty())
        return owner == organisationOwner(account.organisationId);
    return false;
}

} // namespace idlefleet::backend
