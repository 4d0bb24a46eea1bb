#pragma once

#include "http/server.h"
#include "store.h"

#include <QHash>
#include <functional>
#include <optional>

namespace idlefleet::backend {

class Executor;

class AuthService;
class Simulator;
struct SimulatedVehicle;

/// Who may use what, the one check every route shares: a signed-in account (else 401), the
/// cars it may see (else 404, so nobody learns which cars exist), support through an active
/// grant alone (else 403), every use of a grant audited.
class AccessChecker
{
public:
    AccessChecker(Store &store, AuthService &auth, Executor &executor, const Simulator &simulator);

    /// Who may use a per-car route.
    enum class Access
    {
        Diagnostics, ///< the owner, the organisation's managers, support holding a grant (audited)
        Private,     ///< the owner and the organisation's managers
        Owner,       ///< the car's owner alone (pairing keys: 403 for others who may see it)
        Command,     ///< the owner of a private car, the managers of an organisation's car
    };
    using AccountHandler =
        std::function<http::Response(const http::Request &, const AccountRecord &)>;
    using VehicleHandler =
        std::function<http::Response(const http::Request &, const SimulatedVehicle &)>;
    using VehicleAccountHandler = std::function<http::Response(
        const http::Request &, const SimulatedVehicle &, const AccountRecord &)>;

    /// Wraps a handler so that it runs only for a signed-in account (else 401).
    http::Server::Handler signedIn(AccountHandler handler) const;
    /// Wraps a handler for one car, `{id}` in the path, that the account may use as `access`
    /// says (else 404, or 403 for support without an active grant).
    http::Server::Handler forVehicle(VehicleHandler handler,
                                     Access access = Access::Diagnostics) const;
    http::Server::Handler forVehicleAs(VehicleAccountHandler handler, Access access) const;

    /// An owner sees their own cars, a fleet manager their organisation's; support sees cars
    /// through grants only (activeGrant()).
    static bool maySee(const AccountRecord &account, const SimulatedVehicle &vehicle);
    /// As maySee(), for a car whose `owner` column is `owner`.
    static bool maySeeOwner(const AccountRecord &account, const QString &owner);
    /// The cars a live stream of `account` carries, each until when: as maySee() (for ever),
    /// or through a grant (until its end; the stream's opening is audited). Given to `then` on
    /// the event loop, at once or, for support, once its grants are read; nothing when they
    /// cannot be read now.
    using Visible = QHash<QString, qint64>;
    void streamVisibility(const AccountRecord &account, bool opening,
                          std::function<void(std::optional<Visible>)> then) const;
    const SimulatedVehicle *vehicleById(const QString &id) const;
    /// The support engineer's grant in force for a car, else nullopt with the reason in `why`
    /// (from `store`, any thread's own connection).
    static std::optional<GrantRecord> activeGrant(const Store &store, const AccountRecord &support,
                                                  const QString &vehicleId, QString *why);

private:
    Store &m_store;
    AuthService &m_auth;
    Executor &m_executor;
    const Simulator &m_simulator;
};

} // namespace idlefleet::backend
