#include "organisation.h"

#include "executor.h"
#include "idlefleet/v1/keys.pb.h"
#include "protobufhttp.h"

#include <QDateTime>
#include <algorithm>

namespace idlefleet::backend {

OrganisationAuthority::OrganisationAuthority(Store &store, Executor &executor)
    : m_store(store)
    , m_executor(executor)
{}

bool OrganisationAuthority::provision(const QString &organisationId, const QString &label,
                                      const QStringList &vehicleIds,
                                      const QByteArray &fleetPublicKey, QString *error)
{
    if (m_store.organisations().organisation(organisationId))
        return true;
    if (fleetPublicKey.isEmpty())
        return m_store.organisations().insertOrganisation({organisationId, QString(), QByteArray()},
                                                          error);
    if (!isP256PublicKey(fleetPublicKey)) {
        *error =
            QStringLiteral("the fleet key of %1 is not a P-256 public key").arg(organisationId);
        return false;
    }
    const QString fleetKeyId = keyIdOf(fleetPublicKey);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<KeyRecord> enrolments;
    enrolments.reserve(std::size_t(vehicleIds.size()));
    for (const QString &vehicleId : vehicleIds) {
        KeyRecord record;
        record.vehicleId = vehicleId;
        record.keyId = fleetKeyId;
        record.publicKey = fleetPublicKey;
        record.label = label;
        record.role = v1::KEY_ROLE_FLEET;
        record.addedMs = now;
        enrolments.push_back(record);
    }
    return m_store.keys().insertKeys(enrolments, error) &&
           m_store.organisations().insertOrganisation({organisationId, fleetKeyId, fleetPublicKey},
                                                      error);
}

namespace {

http::Response noFleetKey(const QString &organisationId)
{
    return errorResponse(409, QStringLiteral("no_fleet_key"),
                         QStringLiteral("the organisation %1 has no fleet key enrolled; its "
                                        "administrator makes one (idlefleetctl fleet key create) "
                                        "and the operator enrols its public half")
                             .arg(organisationId));
}

} // namespace

http::Response OrganisationAuthority::certify(const AccountRecord &manager,
                                              const http::Request &request)
{
    v1::CertificateRequest certificateRequest;
    http::Response bad;
    if (!parseProtobufBody(request, &certificateRequest, &bad))
        return bad;
    const QByteArray publicKey = QByteArray::fromStdString(certificateRequest.public_key());
    if (!isP256PublicKey(publicKey))
        return errorResponse(
            400, QStringLiteral("invalid_key"),
            QStringLiteral("public_key must be a P-256 SubjectPublicKeyInfo (DER)"),
            QStringLiteral("public_key"));
    const QString label = QString::fromStdString(certificateRequest.label()).trimmed().left(80);
    const bool plain = std::none_of(label.cbegin(), label.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
    if (!plain)
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("label must be plain text, without control characters"),
                             QStringLiteral("label"));
    if (label.isEmpty())
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("label must name the device, such as \"Depot laptop\""),
                             QStringLiteral("label"));
    return m_executor.write([manager, publicKey, label](Store &store) {
        return certifyIn(store, manager, publicKey, label);
    });
}

http::Response OrganisationAuthority::certifyIn(Store &store, const AccountRecord &manager,
                                                const QByteArray &publicKey, const QString &label)
{
    const auto organisation = store.organisations().organisation(manager.organisationId);
    if (!organisation || organisation->fleetKeyId.isEmpty())
        return noFleetKey(manager.organisationId);
    const QString keyId = keyIdOf(publicKey);
    if (store.organisations().certificateRevoked(manager.organisationId, keyId))
        return errorResponse(
            409, QStringLiteral("certificate_revoked"),
            QStringLiteral("the organisation revoked this key; make a new key to certify"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto certificate = store.organisations().certificate(manager.organisationId, keyId, now);
    // A certificate with less than a day left is handed out while the request for its
    // successor waits for the administrator.
    const bool renewing = certificate && !store.organisations().certificate(
                                             manager.organisationId, keyId, now + 86400 * 1000LL);
    if (!certificate || renewing) {
        if (!store.organisations().addCertificateRequest(
                manager.organisationId, {keyId, publicKey, label, manager.email, now}) &&
            !certificate)
            return errorResponse(
                409, QStringLiteral("too_many_requests"),
                QStringLiteral("too many keys already wait for the "
                               "organisation's administrator (%1 in all, %2 "
                               "per manager)")
                    .arg(OrganisationRepository::MaxCertificateRequests)
                    .arg(OrganisationRepository::MaxCertificateRequestsPerManager));
    }
    if (!certificate)
        return errorResponse(
            409, QStringLiteral("certificate_pending"),
            QStringLiteral("the organisation's administrator has not certified this key (%1) "
                           "yet; they certify it with: idlefleetctl fleet certify %1 --days 30")
                .arg(keyId));
    v1::KeyCertificate out;
    out.ParseFromArray(certificate->constData(), int(certificate->size()));
    return protobufResponse(out, 201);
}

http::Response OrganisationAuthority::pending(const AccountRecord &manager)
{
    return m_executor.read([organisationId = manager.organisationId](const Store &store) {
        return pendingIn(store, organisationId);
    });
}

http::Response OrganisationAuthority::pendingIn(const Store &store, const QString &organisationId)
{
    v1::PendingCertificateList list;
    if (const auto organisation = store.organisations().organisation(organisationId))
        list.set_fleet_key_id(organisation->fleetKeyId.toStdString());
    for (const PendingCertificateRecord &record :
         store.organisations().certificateRequests(organisationId)) {
        v1::PendingCertificate *out = list.add_requests();
        out->set_key_id(record.keyId.toStdString());
        out->set_public_key(record.publicKey.toStdString());
        out->set_label(record.label.toStdString());
        out->set_manager_email(record.managerEmail.toStdString());
        out->mutable_requested_at()->set_seconds(record.requestedMs / 1000);
    }
    return protobufResponse(list);
}

http::Response OrganisationAuthority::upload(const AccountRecord &manager, const QString &keyId,
                                             const http::Request &request)
{
    v1::KeyCertificate certificate;
    http::Response bad;
    if (!parseProtobufBody(request, &certificate, &bad))
        return bad;
    return m_executor.write([manager, keyId, certificate](Store &store) {
        return uploadIn(store, manager, keyId, certificate);
    });
}

http::Response OrganisationAuthority::uploadIn(Store &store, const AccountRecord &manager,
                                               const QString &keyId,
                                               const v1::KeyCertificate &certificate)
{
    const auto organisation = store.organisations().organisation(manager.organisationId);
    if (!organisation || organisation->fleetKeyId.isEmpty())
        return noFleetKey(manager.organisationId);
    auto refuse = [](const QString &message) {
        return errorResponse(400, QStringLiteral("bad_certificate"), message,
                             QStringLiteral("certificate"));
    };
    v1::CertifiedKey certified;
    if (!certified.ParseFromString(certificate.certified_key()))
        return refuse(QStringLiteral("certified_key is not a valid idlefleet.v1.CertifiedKey"));
    // Checked as the organisation's cars will check it, so that nothing is relayed that a car
    // would refuse.
    if (QString::fromStdString(certified.organisation_id()) != manager.organisationId)
        return refuse(QStringLiteral("the certificate is for another organisation"));
    if (QString::fromStdString(certified.fleet_key_id()) != organisation->fleetKeyId ||
        !verifySignature(organisation->fleetPublicKey,
                         QByteArray::fromStdString(certificate.certified_key()),
                         QByteArray::fromStdString(certificate.signature())))
        return refuse(QStringLiteral("the certificate is not signed by the organisation's "
                                     "enrolled fleet key (%1)")
                          .arg(organisation->fleetKeyId));
    const QByteArray publicKey = QByteArray::fromStdString(certified.public_key());
    if (!isP256PublicKey(publicKey) || keyIdOf(publicKey) != keyId ||
        QString::fromStdString(certified.key_id()) != keyId)
        return refuse(QStringLiteral("the certificate does not name key %1").arg(keyId));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 notAfter = certified.not_after().seconds();
    if (notAfter <= now)
        return refuse(QStringLiteral("the certificate has expired"));
    if (notAfter > now + MaxCertificateSeconds)
        return refuse(QStringLiteral("the certificate is in force for more than %1 days")
                          .arg(MaxCertificateSeconds / 86400));
    if (store.organisations().certificateRevoked(manager.organisationId, keyId))
        return errorResponse(409, QStringLiteral("certificate_revoked"),
                             QStringLiteral("the organisation revoked key %1").arg(keyId));
    if (!store.organisations().storeCertificate(
            manager.organisationId, keyId,
            QByteArray::fromStdString(certificate.SerializeAsString()), notAfter * 1000))
        return errorResponse(500, QStringLiteral("internal"),
                             QStringLiteral("the certificate could not be kept"));
    http::Response response;
    response.status = 204;
    return response;
}

http::Response OrganisationAuthority::revoke(const AccountRecord &manager, const QString &keyId)
{
    if (keyId.isEmpty() || keyId.size() > 64)
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("name the key id to revoke"), QStringLiteral("key"));
    return m_executor.write([organisationId = manager.organisationId, keyId](Store &store) {
        if (!store.organisations().revokeCertificate(organisationId, keyId,
                                                     QDateTime::currentMSecsSinceEpoch()))
            return errorResponse(500, QStringLiteral("internal"),
                                 QStringLiteral("the revocation could not be kept"));
        http::Response response;
        response.status = 204;
        return response;
    });
}

QString checkCertificate(const Store &store, const QString &vehicleId, const QString &keyId,
                         const v1::KeyCertificate &certificate, qint64 nowSeconds,
                         QByteArray *certifiedPublicKey, QString *label, QString *message)
{
    const QString bad = QStringLiteral("bad_certificate");
    v1::CertifiedKey certified;
    if (!certified.ParseFromString(certificate.certified_key())) {
        *message = QStringLiteral("the certificate is not a valid idlefleet.v1.CertifiedKey");
        return bad;
    }
    const QString fleetKeyId = QString::fromStdString(certified.fleet_key_id());
    const auto fleetKey = store.keys().key(vehicleId, fleetKeyId);
    if (!fleetKey || fleetKey->role != v1::KEY_ROLE_FLEET || fleetKey->revoked) {
        *message = QStringLiteral("the car holds no fleet key %1").arg(fleetKeyId);
        return bad;
    }
    if (!verifySignature(fleetKey->publicKey,
                         QByteArray::fromStdString(certificate.certified_key()),
                         QByteArray::fromStdString(certificate.signature()))) {
        *message = QStringLiteral("the certificate's signature does not match the fleet key");
        return bad;
    }
    const QByteArray publicKey = QByteArray::fromStdString(certified.public_key());
    if (QString::fromStdString(certified.key_id()) != keyId || keyIdOf(publicKey) != keyId) {
        *message = QStringLiteral("the certificate is for another key");
        return bad;
    }
    if (certified.not_after().seconds() <= nowSeconds) {
        *message = QStringLiteral("the organisation's certificate of this key has expired");
        return QStringLiteral("certificate_expired");
    }
    // A certificate in force for longer than the organisation may vouch for a key (or for ever)
    // is not one a car accepts, whoever signed it.
    if (certified.not_after().seconds() > nowSeconds + MaxCertificateSeconds) {
        *message = QStringLiteral("the certificate is in force for more than %1 days")
                       .arg(MaxCertificateSeconds / 86400);
        return QStringLiteral("certificate_unbounded");
    }
    if (store.organisations().certificateRevoked(
            QString::fromStdString(certified.organisation_id()), keyId)) {
        *message = QStringLiteral("the organisation revoked this key");
        return QStringLiteral("certificate_revoked");
    }
    *certifiedPublicKey = publicKey;
    *label = QString::fromStdString(certified.label()) + QStringLiteral(" (") +
             QString::fromStdString(certified.manager_email()) + QLatin1Char(')');
    return {};
}

} // namespace idlefleet::backend
