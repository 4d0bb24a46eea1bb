// AccessChecker: who may use which route and car.

#include "access.h"

#include "authservice.h"
#include "demoworld.h"
#include "executor.h"
#include "idlefleet/v1/auth.pb.h"
#include "protobufhttp.h"
#include "rfc3339.h"
#include "simulator.h"

#include <QDateTime>
#include <limits>

namespace idlefleet::backend {

AccessChecker::AccessChecker(Store &store, AuthService &auth, Executor &executor,
                             const Simulator &simulator)
    : m_store(store)
    , m_auth(auth)
    , m_executor(executor)
    , m_simulator(simulator)
{}

void AccessChecker::streamVisibility(const AccountRecord &account, bool opening,
                                     std::function<void(std::optional<Visible>)> then) const
{
    if (account.role != v1::ROLE_SUPPORT) {
        Visible visible;
        for (const SimulatedVehicle &vehicle : m_simulator.vehicles()) {
            if (maySee(account, vehicle))
                visible.insert(vehicle.id, std::numeric_limits<qint64>::max());
        }
        return then(std::move(visible));
    }
    // Support sees through its grants, the one in force lasting longest for each car.
    auto granted = [id = account.id](const Store &store) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QHash<QString, GrantRecord> best;
        for (const GrantRecord &grant : store.grants().grantsHeldBy(id)) {
            if (grant.activeAt(now) && (!best.contains(grant.vehicleId) ||
                                        grant.expiresMs > best.value(grant.vehicleId).expiresMs))
                best.insert(grant.vehicleId, grant);
        }
        return best;
    };
    auto done = [this, then](std::optional<Visible> visible) {
        if (visible) {
            // Only cars the world still has.
            for (auto it = visible->begin(); it != visible->end();)
                it = vehicleById(it.key()) ? std::next(it) : visible->erase(it);
        }
        then(std::move(visible));
    };
    // Every look through a grant is audited, a stream's opening too: on the writing thread. A
    // second look (a grant revoked here or elsewhere, committed before it is asked for) only
    // reads, on the look-up thread, and leaves the writing queue to changes.
    const bool queued =
        opening ? m_executor.write<Visible>(
                      [granted, id = account.id](Store &store) {
                          const qint64 now = QDateTime::currentMSecsSinceEpoch();
                          Visible visible;
                          for (const GrantRecord &grant : granted(store)) {
                              visible.insert(grant.vehicleId, grant.expiresMs);
                              store.grants().appendAudit({grant.id, grant.vehicleId, id, now,
                                                          QStringLiteral("STREAM /v1/stream")});
                          }
                          return visible;
                      },
                      done)
                : m_executor.lookUp<Visible>(
                      [granted](const Store &store) {
                          Visible visible;
                          for (const GrantRecord &grant : granted(store))
                              visible.insert(grant.vehicleId, grant.expiresMs);
                          return visible;
                      },
                      done);
    if (!queued)
        then(std::nullopt);
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
            // The grant is checked and its use audited on the writing thread.
            struct Granted
            {
                bool granted = false;
                QString why;
            };
            auto kept = std::make_shared<const http::Request>(request);
            return m_executor.writeThen<Granted>(
                [account, id, exists = vehicle != nullptr,
                 action = QString(QString::fromLatin1(request.method) + QLatin1Char(' ') +
                                  request.path)](Store &store) {
                    Granted out;
                    const auto grant = activeGrant(store, account, id, &out.why);
                    if (!grant || !exists)
                        return out;
                    out.granted = store.grants().appendAudit(
                        {grant->id, id, account.id, QDateTime::currentMSecsSinceEpoch(), action});
                    if (!out.granted)
                        out.why = QStringLiteral("the use of the grant could not be audited; try "
                                                 "again");
                    return out;
                },
                [this, handler, kept, account, id](Granted granted) {
                    const SimulatedVehicle *car = vehicleById(id);
                    if (!granted.granted || !car)
                        return errorResponse(403, QStringLiteral("no_grant"), granted.why);
                    return handler(*kept, *car, account);
                });
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

std::optional<GrantRecord> AccessChecker::activeGrant(const Store &store,
                                                      const AccountRecord &support,
                                                      const QString &vehicleId, QString *why)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<GrantRecord> best;
    std::optional<GrantRecord> latest;
    for (const GrantRecord &grant : store.grants().grantsHeldBy(support.id)) {
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
