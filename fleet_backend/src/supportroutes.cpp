// SupportRoutes: support grants, issued by a car's owner or manager, with the audit of their
// use.

#include "supportroutes.h"

#include "demoworld.h"
#include "executor.h"
#include "idlefleet/v1/auth.pb.h"
#include "idlefleet/v1/grants.pb.h"
#include "livestream.h"
#include "protobufhttp.h"
#include "simulator.h"

#include <QDateTime>
#include <openssl/rand.h>

namespace idlefleet::backend {
namespace {

constexpr int MaxGrantHours = 720;
constexpr int AuditEntriesShown = 500;

QString newGrantId()
{
    QByteArray bytes(12, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size()));
    return QStringLiteral("grt-") +
           QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

void SupportRoutes::addTo(http::Server &server)
{
    using Access = AccessChecker::Access;
    AccessChecker &access = m_context.access;
    server.route(
        "POST", QStringLiteral("/v1/vehicles/{id}/grants"),
        access.forVehicleAs(
            [this](const http::Request &request, const SimulatedVehicle &car,
                   const AccountRecord &account) { return issueGrant(request, car, account); },
            Access::Private));
    server.route(
        "GET", QStringLiteral("/v1/vehicles/{id}/grants"),
        access.forVehicle([this](const http::Request &,
                                 const SimulatedVehicle &car) { return vehicleGrants(car); },
                          Access::Private));
    server.route(
        "GET", QStringLiteral("/v1/vehicles/{id}/audit"),
        access.forVehicle([this](const http::Request &,
                                 const SimulatedVehicle &car) { return vehicleAudit(car); },
                          Access::Private));
    server.route("GET", QStringLiteral("/v1/grants"),
                 access.signedIn([this](const http::Request &, const AccountRecord &account) {
                     return accountGrants(account);
                 }));
    server.route(
        "POST", QStringLiteral("/v1/grants/{grant}/revoke"),
        access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return http::afterwards(revokeGrant(request, account), [this](http::Response &done) {
                if (done.status == 200) {
                    m_context.stream.recheckVisibility();
                    m_context.others.tell(QStringLiteral("visibility"), {});
                }
            });
        }));
}

void SupportRoutes::fillGrant(const Store &store, v1::SupportGrant *out, const GrantRecord &grant)
{
    out->set_grant_id(grant.id.toStdString());
    out->set_vehicle_id(grant.vehicleId.toStdString());
    if (const auto support = store.accounts().accountById(grant.supportAccountId))
        out->set_support_email(support->email.toStdString());
    out->set_granted_by(grant.grantedBy.toStdString());
    setMs(out->mutable_created_at(), grant.createdMs);
    setMs(out->mutable_expires_at(), grant.expiresMs);
    if (grant.revokedMs != 0)
        setMs(out->mutable_revoked_at(), grant.revokedMs);
}

void SupportRoutes::nameCar(const AccessChecker &access, v1::SupportGrant *grant)
{
    if (const SimulatedVehicle *vehicle =
            access.vehicleById(QString::fromStdString(grant->vehicle_id())))
        grant->set_vehicle_name(vehicle->name.toStdString());
}

http::Response SupportRoutes::issueGrant(const http::Request &request,
                                         const SimulatedVehicle &vehicle,
                                         const AccountRecord &account)
{
    v1::GrantRequest grantRequest;
    http::Response bad;
    if (!parseProtobufBody(request, &grantRequest, &bad))
        return bad;
    if (grantRequest.hours() < 1 || grantRequest.hours() > MaxGrantHours)
        return errorResponse(
            400, QStringLiteral("invalid_argument"),
            QStringLiteral("hours must be from 1 to %1 (30 days)").arg(MaxGrantHours),
            QStringLiteral("hours"));
    const QString email = QString::fromStdString(grantRequest.support_email()).trimmed();
    GrantRecord grant;
    grant.id = newGrantId();
    grant.vehicleId = vehicle.id;
    grant.grantedBy = account.email;
    grant.createdMs = QDateTime::currentMSecsSinceEpoch();
    grant.expiresMs = grant.createdMs + qint64(grantRequest.hours()) * m_context.grantHourMs;
    return m_context.executor.write([email, grant, name = vehicle.name](Store &store) mutable {
        const auto support = store.accounts().accountByEmail(email);
        if (!support || support->role != v1::ROLE_SUPPORT)
            return errorResponse(422, QStringLiteral("not_support"),
                                 QStringLiteral("%1 is not a support engineer's account")
                                     .arg(email.isEmpty() ? QStringLiteral("(empty)") : email),
                                 QStringLiteral("support_email"));
        grant.supportAccountId = support->id;
        if (!store.grants().insertGrant(grant))
            return errorResponse(500, QStringLiteral("internal"),
                                 QStringLiteral("the grant could not be kept"));
        v1::SupportGrant out;
        fillGrant(store, &out, grant);
        out.set_vehicle_name(name.toStdString());
        return protobufResponse(out, 201);
    });
}

http::Response SupportRoutes::vehicleGrants(const SimulatedVehicle &vehicle)
{
    return m_context.executor.read([id = vehicle.id, name = vehicle.name](const Store &store) {
        v1::GrantList out;
        for (const GrantRecord &grant : store.grants().grantsOfVehicle(id)) {
            v1::SupportGrant *shown = out.add_grants();
            fillGrant(store, shown, grant);
            shown->set_vehicle_name(name.toStdString());
        }
        return protobufResponse(out);
    });
}

http::Response SupportRoutes::accountGrants(const AccountRecord &account)
{
    const QString owner =
        account.role == v1::ROLE_OWNER ? account.email
        : account.role == v1::ROLE_FLEET_MANAGER && !account.organisationId.isEmpty()
            ? organisationOwner(account.organisationId)
            : QString();
    return m_context.executor.writeThen<v1::GrantList>(
        [account, owner](Store &store) {
            std::vector<GrantRecord> grants;
            if (account.role == v1::ROLE_SUPPORT)
                grants = store.grants().grantsHeldBy(account.id);
            else if (!owner.isEmpty())
                grants = store.grants().grantsOnCarsOf(owner);
            v1::GrantList out;
            for (const GrantRecord &grant : grants)
                fillGrant(store, out.add_grants(), grant);
            return out;
        },
        [this](v1::GrantList out) {
            // The cars' names are the world's, on the event loop.
            for (v1::SupportGrant &grant : *out.mutable_grants())
                nameCar(m_context.access, &grant);
            return protobufResponse(out);
        });
}

http::Response SupportRoutes::revokeGrant(const http::Request &request,
                                          const AccountRecord &account)
{
    const QString grantId = request.pathParameters.value(QStringLiteral("grant"));
    auto notFound = [grantId] {
        return errorResponse(404, QStringLiteral("not_found"),
                             QStringLiteral("no such grant: %1").arg(grantId));
    };
    return m_context.executor.writeThen<std::optional<GrantRecord>>(
        [grantId](Store &store) { return store.grants().grant(grantId); },
        [this, account, notFound](std::optional<GrantRecord> grant) {
            const SimulatedVehicle *vehicle =
                grant ? m_context.access.vehicleById(grant->vehicleId) : nullptr;
            // The issuer's side (owner or manager) revokes, and so may the engineer who holds
            // it.
            const bool allowed = grant && ((vehicle && AccessChecker::maySee(account, *vehicle)) ||
                                           grant->supportAccountId == account.id);
            if (!allowed)
                return notFound();
            return m_context.executor.writeThen<std::optional<v1::SupportGrant>>(
                [grant = *grant](Store &store) mutable -> std::optional<v1::SupportGrant> {
                    if (grant.revokedMs == 0) {
                        grant.revokedMs = QDateTime::currentMSecsSinceEpoch();
                        if (!store.grants().revokeGrant(grant.id, grant.revokedMs))
                            return std::nullopt;
                    }
                    v1::SupportGrant out;
                    fillGrant(store, &out, grant);
                    return out;
                },
                [this](std::optional<v1::SupportGrant> out) {
                    if (!out)
                        return errorResponse(500, QStringLiteral("internal"),
                                             QStringLiteral("the revocation could not be kept"));
                    nameCar(m_context.access, &*out);
                    return protobufResponse(*out);
                });
        });
}

http::Response SupportRoutes::vehicleAudit(const SimulatedVehicle &vehicle)
{
    return m_context.executor.read([id = vehicle.id](const Store &store) {
        v1::AuditLog out;
        QHash<QString, QString> emails;
        for (const AuditRecord &entry : store.grants().auditOf(id, AuditEntriesShown)) {
            v1::AuditEntry *e = out.add_entries();
            setMs(e->mutable_at(), entry.atMs);
            e->set_grant_id(entry.grantId.toStdString());
            if (!emails.contains(entry.accountId)) {
                const auto support = store.accounts().accountById(entry.accountId);
                emails.insert(entry.accountId, support ? support->email : QString());
            }
            e->set_support_email(emails.value(entry.accountId).toStdString());
            e->set_action(entry.action.toStdString());
        }
        return protobufResponse(out);
    });
}

} // namespace idlefleet::backend
