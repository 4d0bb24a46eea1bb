// FleetHttpServer: support grants, issued by a car's owner or manager, with the audit of their
// use.

#include "demoworld.h"
#include "httpserver.h"
#include "idlefleet/v1/auth.pb.h"
#include "idlefleet/v1/grants.pb.h"
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

void FleetHttpServer::fillGrant(v1::SupportGrant *out, const GrantRecord &grant) const
{
    out->set_grant_id(grant.id.toStdString());
    out->set_vehicle_id(grant.vehicleId.toStdString());
    if (const SimulatedVehicle *vehicle = m_access.vehicleById(grant.vehicleId))
        out->set_vehicle_name(vehicle->name.toStdString());
    if (const auto support = m_store.accounts().accountById(grant.supportAccountId))
        out->set_support_email(support->email.toStdString());
    out->set_granted_by(grant.grantedBy.toStdString());
    setMs(out->mutable_created_at(), grant.createdMs);
    setMs(out->mutable_expires_at(), grant.expiresMs);
    if (grant.revokedMs != 0)
        setMs(out->mutable_revoked_at(), grant.revokedMs);
}

http::Response FleetHttpServer::issueGrant(const http::Request &request,
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
    const auto support = m_store.accounts().accountByEmail(email);
    if (!support || support->role != v1::ROLE_SUPPORT)
        return errorResponse(422, QStringLiteral("not_support"),
                             QStringLiteral("%1 is not a support engineer's account")
                                 .arg(email.isEmpty() ? QStringLiteral("(empty)") : email),
                             QStringLiteral("support_email"));
    GrantRecord grant;
    grant.id = newGrantId();
    grant.vehicleId = vehicle.id;
    grant.supportAccountId = support->id;
    grant.grantedBy = account.email;
    grant.createdMs = QDateTime::currentMSecsSinceEpoch();
    grant.expiresMs = grant.createdMs + qint64(grantRequest.hours()) * m_grantHourMs;
    if (!m_store.grants().insertGrant(grant))
        return errorResponse(500, QStringLiteral("internal"),
                             QStringLiteral("the grant could not be kept"));
    v1::SupportGrant out;
    fillGrant(&out, grant);
    return protobufResponse(out, 201);
}

http::Response FleetHttpServer::vehicleGrants(const SimulatedVehicle &vehicle) const
{
    v1::GrantList out;
    for (const GrantRecord &grant : m_store.grants().grantsOfVehicle(vehicle.id))
        fillGrant(out.add_grants(), grant);
    return protobufResponse(out);
}

http::Response FleetHttpServer::accountGrants(const AccountRecord &account) const
{
    std::vector<GrantRecord> grants;
    if (account.role == v1::ROLE_SUPPORT)
        grants = m_store.grants().grantsHeldBy(account.id);
    else if (account.role == v1::ROLE_OWNER)
        grants = m_store.grants().grantsOnCarsOf(account.email);
    else if (account.role == v1::ROLE_FLEET_MANAGER && !account.organisationId.isEmpty())
        grants = m_store.grants().grantsOnCarsOf(organisationOwner(account.organisationId));
    v1::GrantList out;
    for (const GrantRecord &grant : grants)
        fillGrant(out.add_grants(), grant);
    return protobufResponse(out);
}

http::Response FleetHttpServer::revokeGrant(const http::Request &request,
                                            const AccountRecord &account)
{
    const QString grantId = request.pathParameters.value(QStringLiteral("grant"));
    auto grant = m_store.grants().grant(grantId);
    const SimulatedVehicle *vehicle = grant ? m_access.vehicleById(grant->vehicleId) : nullptr;
    // The issuer's side (owner or manager) revokes, and so may the engineer who holds it.
    const bool allowed = grant && ((vehicle && AccessChecker::maySee(account, *vehicle)) ||
                                   grant->supportAccountId == account.id);
    if (!allowed)
        return errorResponse(404, QStringLiteral("not_found"),
                             QStringLiteral("no such grant: %1").arg(grantId));
    if (grant->revokedMs == 0) {
        grant->revokedMs = QDateTime::currentMSecsSinceEpoch();
        if (!m_store.grants().revokeGrant(grant->id, grant->revokedMs))
            return errorResponse(500, QStringLiteral("internal"),
                                 QStringLiteral("the revocation could not be kept"));
    }
    v1::SupportGrant out;
    fillGrant(&out, *grant);
    return protobufResponse(out);
}

http::Response FleetHttpServer::vehicleAudit(const SimulatedVehicle &vehicle) const
{
    v1::AuditLog out;
    QHash<QString, QString> emails;
    for (const AuditRecord &entry : m_store.grants().auditOf(vehicle.id, AuditEntriesShown)) {
        v1::AuditEntry *e = out.add_entries();
        setMs(e->mutable_at(), entry.atMs);
        e->set_grant_id(entry.grantId.toStdString());
        if (!emails.contains(entry.accountId)) {
            const auto support = m_store.accounts().accountById(entry.accountId);
            emails.insert(entry.accountId, support ? support->email : QString());
        }
        e->set_support_email(emails.value(entry.accountId).toStdString());
        e->set_action(entry.action.toStdString());
    }
    return protobufResponse(out);
}

} // namespace idlefleet::backend
