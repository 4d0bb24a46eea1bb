// Payloads of access: support grants, their audit, and organisation key certificates.

#include "idlefleet/v1/grants.pb.h"
#include "idlefleet/v1/keys.pb.h"
#include "payloadhelpers.h"
#include "payloads.h"

namespace idlefleet::client {

using namespace payloadhelpers;

namespace {

bool fillGrant(const v1::SupportGrant &in, GrantInfo *out, QString *problem)
{
    out->grantId = fromStd(in.grant_id());
    out->vehicleId = fromStd(in.vehicle_id());
    out->vehicleName = fromStd(in.vehicle_name());
    out->supportEmail = fromStd(in.support_email());
    out->grantedBy = fromStd(in.granted_by());
    out->createdAt = instantOf(in.created_at());
    out->expiresAt = instantOf(in.expires_at());
    out->revokedAt = in.has_revoked_at() ? instantOf(in.revoked_at()) : QDateTime();
    if (out->grantId.isEmpty() || out->vehicleId.isEmpty() || !out->expiresAt.isValid()) {
        *problem = QStringLiteral("the server's grant lacks its id, car or expiry");
        return false;
    }
    return true;
}

} // namespace

bool decodeGrant(const QByteArray &bytes, GrantInfo *grant, QString *problem)
{
    v1::SupportGrant message;
    return parse(bytes, &message, "grant", problem) && fillGrant(message, grant, problem);
}

bool decodeGrantList(const QByteArray &bytes, std::vector<GrantInfo> *grants, QString *problem)
{
    v1::GrantList message;
    if (!parse(bytes, &message, "grant list", problem))
        return false;
    grants->clear();
    for (const auto &in : message.grants()) {
        GrantInfo grant;
        if (!fillGrant(in, &grant, problem))
            return false;
        grants->push_back(grant);
    }
    return true;
}

bool decodeAuditLog(const QByteArray &bytes, std::vector<AuditEntryInfo> *entries, QString *problem)
{
    v1::AuditLog message;
    if (!parse(bytes, &message, "audit log", problem))
        return false;
    entries->clear();
    for (const auto &in : message.entries()) {
        AuditEntryInfo entry{instantOf(in.at()), fromStd(in.grant_id()),
                             fromStd(in.support_email()), fromStd(in.action())};
        if (!entry.at.isValid()) {
            *problem = QStringLiteral("an audit entry has no valid time");
            return false;
        }
        entries->push_back(entry);
    }
    return true;
}

bool decodeCertificate(const QByteArray &bytes, CertificateInfo *certificate, QString *problem)
{
    v1::KeyCertificate message;
    v1::CertifiedKey certified;
    if (!parse(bytes, &message, "key certificate", problem))
        return false;
    if (!certified.ParseFromString(message.certified_key()) || message.signature().empty()) {
        *problem = QStringLiteral("the server's key certificate holds no signed key");
        return false;
    }
    certificate->certificate = bytes;
    certificate->keyId = fromStd(certified.key_id());
    certificate->organisationId = fromStd(certified.organisation_id());
    certificate->notAfter = instantOf(certified.not_after());
    if (!certificate->notAfter.isValid()) {
        *problem = QStringLiteral("the server's key certificate has no valid expiry");
        return false;
    }
    return true;
}

bool decodePendingCertificates(const QByteArray &bytes, PendingCertificates *pending,
                               QString *problem)
{
    v1::PendingCertificateList message;
    if (!parse(bytes, &message, "list of keys waiting for certificates", problem))
        return false;
    pending->fleetKeyId = fromStd(message.fleet_key_id());
    for (const auto &in : message.requests()) {
        PendingCertificateInfo request{
            fromStd(in.key_id()), QByteArray::fromStdString(in.public_key()), fromStd(in.label()),
            fromStd(in.manager_email()), instantOf(in.requested_at())};
        if (request.keyId.isEmpty() || !isP256PublicKey(request.publicKey) ||
            keyIdOf(request.publicKey) != request.keyId) {
            *problem =
                QStringLiteral("a key waiting for a certificate is not a P-256 key of its id");
            return false;
        }
        pending->requests.push_back(request);
    }
    return true;
}

QByteArray makeKeyCertificate(const VehicleKeyPair &fleetKey, const QString &organisationId,
                              const QByteArray &publicKey, const QString &label,
                              const QString &managerEmail, const QDateTime &notAfter)
{
    v1::CertifiedKey certified;
    certified.set_organisation_id(organisationId.toStdString());
    certified.set_public_key(publicKey.toStdString());
    certified.set_key_id(keyIdOf(publicKey).toStdString());
    certified.set_label(label.toStdString());
    certified.set_manager_email(managerEmail.toStdString());
    certified.mutable_not_after()->set_seconds(notAfter.toSecsSinceEpoch());
    certified.set_fleet_key_id(keyIdOf(fleetKey.publicKeyDer()).toStdString());
    v1::KeyCertificate certificate;
    certificate.set_certified_key(certified.SerializeAsString());
    certificate.set_signature(
        fleetKey.sign(QByteArray::fromStdString(certificate.certified_key())).toStdString());
    return QByteArray::fromStdString(certificate.SerializeAsString());
}

QByteArray encodeGrantRequest(const QString &supportEmail, int hours)
{
    v1::GrantRequest request;
    request.set_support_email(supportEmail.toStdString());
    request.set_hours(hours);
    return QByteArray::fromStdString(request.SerializeAsString());
}

QByteArray encodeCertificateRequest(const QByteArray &publicKey, const QString &label)
{
    v1::CertificateRequest request;
    request.set_public_key(publicKey.toStdString());
    request.set_label(label.toStdString());
    return QByteArray::fromStdString(request.SerializeAsString());
}

} // namespace idlefleet::client
