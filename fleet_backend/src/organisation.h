#pragma once

#include "http/httpmessage.h"
#include "store.h"
#include "vehiclekey.h"

#include <QHash>

namespace idlefleet::v1 {
class KeyCertificate;
}

namespace idlefleet::backend {

class Executor;

/// An organisation's certificates as the backend sees them: it holds no fleet key. The
/// organisation's administrator keeps the fleet key in their client's keychain and certifies
/// managers' keys there; the backend keeps managers' requests for them to see, checks each
/// certificate they upload as a car would, and relays it to the manager whose key it names.
/// The organisation's cars enrol the fleet key's public half when they join (provisioning).
class OrganisationAuthority
{
public:
    /// Provisions through `store` (at start); answers requests through the executor's threads.
    OrganisationAuthority(Store &store, Executor &executor);

    /// Enrols `fleetPublicKey` (DER; none: the organisation has no fleet key yet) as the
    /// organisation's fleet key in `vehicleIds`, once: an organisation that exists is kept.
    bool provision(const QString &organisationId, const QString &label,
                   const QStringList &vehicleIds, const QByteArray &fleetPublicKey, QString *error);

    /// POST /v1/organisation/certificates: the manager's key's certificate (CertificateRequest),
    /// or 409 certificate_pending with the request kept for the administrator.
    http::Response certify(const AccountRecord &manager, const http::Request &request);
    /// GET /v1/organisation/certificates/requests
    http::Response pending(const AccountRecord &manager);
    /// PUT /v1/organisation/certificates/{key}: the administrator's certificate of a key.
    http::Response upload(const AccountRecord &manager, const QString &keyId,
                          const http::Request &request);
    /// POST /v1/organisation/certificates/{key}/revoke
    http::Response revoke(const AccountRecord &manager, const QString &keyId);

private:
    // The requests' database work, on the executor's writing or reading thread.
    static http::Response certifyIn(Store &store, const AccountRecord &manager,
                                    const QByteArray &publicKey, const QString &label);
    static http::Response pendingIn(const Store &store, const QString &organisationId);
    static http::Response uploadIn(Store &store, const AccountRecord &manager, const QString &keyId,
                                   const v1::KeyCertificate &certificate);

    Store &m_store;
    Executor &m_executor;
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
