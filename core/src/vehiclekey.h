#pragma once

#include <QByteArray>
#include <QString>

namespace idlefleet {

/// A client installation's P-256 key pair for signing vehicle commands (OpenSSL).
class VehicleKeyPair
{
public:
    /// A fresh key pair.
    static VehicleKeyPair generate();
    /// From a PKCS#8 PEM private key; invalid() when it is not a P-256 key.
    static VehicleKeyPair fromPrivatePem(const QByteArray &pem);

    bool isValid() const { return !m_privatePem.isEmpty(); }
    QByteArray privatePem() const { return m_privatePem; }
    /// SubjectPublicKeyInfo, DER.
    QByteArray publicKeyDer() const { return m_publicDer; }
    /// ECDSA-SHA256 signature (DER) over `message`.
    QByteArray sign(const QByteArray &message) const;

private:
    QByteArray m_privatePem;
    QByteArray m_publicDer;
};

/// True when `publicKeyDer` is a P-256 SubjectPublicKeyInfo.
bool isP256PublicKey(const QByteArray &publicKeyDer);
/// Checks an ECDSA-SHA256 signature by a P-256 public key.
bool verifySignature(const QByteArray &publicKeyDer, const QByteArray &message,
                     const QByteArray &signature);
/// A P-256 public key as PEM ("-----BEGIN PUBLIC KEY-----"), and back to DER: empty when the
/// text is not one PEM public key of that curve.
QByteArray publicKeyPem(const QByteArray &publicKeyDer);
QByteArray publicKeyDerFromPem(const QByteArray &pem);
/// The short id of a public key: the first 16 characters of its URL-safe base64 SHA-256.
QString keyIdOf(const QByteArray &publicKeyDer);

} // namespace idlefleet
