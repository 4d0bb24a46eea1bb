#include "organisation.h"

#include "idlefleet/v1/keys.pb.h"
#include "protobufhttp.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace idlefleet::backend {

OrganisationAuthority::OrganisationAuthority(Store &store, QString keyFolder)
    : m_store(store)
    , m_keyFolder(std::move(keyFolder))
{}

QString OrganisationAuthority::keyPath(const QString &organisationId) const
{
    return QDir(m_keyFolder).filePath(organisationId + QStringLiteral(".fleet-key.pem"));
}

VehicleKeyPair OrganisationAuthority::fleetKey(const QString &organisationId)
{
    auto found = m_keys.constFind(organisationId);
    if (found != m_keys.constEnd())
        return *found;
    QFile file(keyPath(organisationId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const VehicleKeyPair key = VehicleKeyPair::fromPrivatePem(file.read(16384));
    if (key.isValid())
        m_keys.insert(organisationId, key);
    return key;
}

bool OrganisationAuthority::provision(const QString &organisationId, const QString &label,
                                      const QStringList &vehicleIds, QString *error)
{
    if (m_store.organisation(organisationId))
        return true;
    if (!QDir().mkpath(m_keyFolder)) {
        *error = QStringLiteral("cannot create %1").arg(m_keyFolder);
        return false;
    }
    QFile::setPermissions(m_keyFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const VehicleKeyPair key = VehicleKeyPair::generate();
    QSaveFile file(keyPath(organisationId));
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(key.privatePem()) < 0 || !file.commit()) {
        *error =
            QStringLiteral("cannot write %1: %2").arg(keyPath(organisationId), file.errorString());
        return false;
    }
    const QString fleetKeyId = keyIdOf(key.publicKeyDer());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<KeyRecord> enrolments;
    enrolments.reserve(std::size_t(vehicleIds.size()));
    for (const QString &vehicleId : vehicleIds) {
        KeyRecord record;
        record.vehicleId = vehicleId;
        record.keyId = fleetKeyId;
        record.publicKey = key.publicKeyDer();
        record.label = label;
        record.role = v1::KEY_ROLE_FLEET;
        record.addedMs = now;
        enrolments.push_back(record);
    }
    if (!m_store.insertKeys(enrolments, error) ||
        !m_store.insertOrganisation({organisationId, fleetKeyId, key.publicKeyDer()}, error))
        return false;
    m_keys.insert(organisationId, key);
    return true;
}

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
    if (label.isEmpty())
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("label must name the device, such as \"Depot laptop\""),
                             QStringLiteral("label"));
    const auto organisation = m_store.organisation(manager.organisationId);
    const VehicleKeyPair key = fleetKey(manager.organisationId);
    if (!organisation || !key.isValid())
        return errorResponse(409, QStringLiteral("no_fleet_key"),
                             QStringLiteral("the organisation %1 has no fleet key on this server")
                                 .arg(manager.organisationId));
    const QString keyId = keyIdOf(publicKey);
    if (m_store.certificateRevoked(manager.organisationId, keyId))
        return errorResponse(
            409, QStringLiteral("certificate_revoked"),
            QStringLiteral("the organisation revoked this key; make a new key to certify"));
    v1::CertifiedKey certified;
    certified.set_organisation_id(manager.organisationId.toStdString());
    certified.set_public_key(publicKey.toStdString());
    certified.set_key_id(keyId.toStdString());
    certified.set_label(label.toStdString());
    certified.set_manager_email(manager.email.toStdString());
    certified.mutable_not_after()->set_seconds(QDateTime::currentSecsSinceEpoch() +
                                               CertificateLifetimeSeconds);
    certified.set_fleet_key_id(organisation->fleetKeyId.toStdString());
    v1::KeyCertificate certificate;
    certificate.set_certified_key(certified.SerializeAsString());
    certificate.set_signature(
        key.sign(QByteArray::fromStdString(certificate.certified_key())).toStdString());
    return protobufResponse(certificate, 201);
}

http::Response OrganisationAuthority::revoke(const AccountRecord &manager, const QString &keyId)
{
    if (keyId.isEmpty() || keyId.size() > 64)
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("name the key id to revoke"), QStringLiteral("key"));
    if (!m_store.revokeCertificate(manager.organisationId, keyId,
                                   QDateTime::currentMSecsSinceEpoch()))
        return errorResponse(500, QStringLiteral("internal"),
                             QStringLiteral("the revocation could not be kept"));
    http::Response response;
    response.status = 204;
    return response;
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
    const auto fleetKey = store.key(vehicleId, fleetKeyId);
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
    if (store.certificateRevoked(QString::fromStdString(certified.organisation_id()), keyId)) {
        *message = QStringLiteral("the organisation revoked this key");
        return QStringLiteral("certificate_revoked");
    }
    *certifiedPublicKey = publicKey;
    *label = QString::fromStdString(certified.label()) + QStringLiteral(" (") +
             QString::fromStdString(certified.manager_email()) + QLatin1Char(')');
    return {};
}

} // namespace idlefleet::backend
