#pragma once

#include "http/httpmessage.h"
#include "store.h"
#include "vehiclekey.h"

#include <QHash>

namespace idlefleet::v1 {
class KeyCertificate;
}

namespace idlefleet::backend {

/// An organisation's certification authority: it holds the organisation's fleet key and
/// certifies fleet managers' client keys with it. The organisation's cars enrol the fleet key's
/// public half when they join (provisioning), so they accept a certified manager's commands
/// without pairing each manager on each car.
///
/// The reference backend keeps each fleet key in its own 0600 file under DATA/organisations, as
/// the stand-in for the organisation's own signing service; the relay (CarCommands) never reads
/// it. A deployment keeps the key with the organisation.
class OrganisationAuthority
{
public:
    OrganisationAuthority(Store &store, QString keyFolder);

    /// Makes the organisation's fleet key (once) and enrols it in `vehicleIds`.
    bool provision(const QString &organisationId, const QString &label,
                   const QStringList &vehicleIds, QString *error);

    /// POST /v1/organisation/certificates: certifies the manager's key (CertificateRequest).
    http::Response certify(const AccountRecord &manager, const http::Request &request);
    /// POST /v1/organisation/certificates/{key}/revoke
    http::Response revoke(const AccountRecord &manager, const QString &keyId);

    static constexpr qint64 CertificateLifetimeSeconds = 30LL * 24 * 3600;
    static_assert(CertificateLifetimeSeconds <= 90LL * 24 * 3600);

private:
    QString keyPath(const QString &organisationId) const;
    VehicleKeyPair fleetKey(const QString &organisationId);

    Store &m_store;
    QString m_keyFolder;
    QHash<QString, VehicleKeyPair> m_keys;
};

/// The longest a car accepts a certificate to be in force from now (ARCHITECTURE.md).
inline constexpr qint64 MaxCertificateSeconds = 90LL * 24 * 3600;

/// The car side of a certificate: checks that `certificate` is signed by the fleet key the car
/// holds (role fleet, not revoked), names `keyId`, is in force at `nowSeconds` and has not been
/// revoked by its organisation, and is in force for at most MaxCertificateSeconds from now. On
/// success fills `certifiedPublicKey` and returns an empty code, else the rejection code
/// (bad_certificate, certificate_expired, certificate_unbounded, certificate_revoked) with
/// `message`.
QString checkCertificate(const Store &store, const QString &vehicleId, const QString &keyId,
                         const v1::KeyCertificate &certificate, qint64 nowSeconds,
                         QByteArray *certifiedPublicKey, QString *label, QString *message);

} // namespace idlefleet::backend
