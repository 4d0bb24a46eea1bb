#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace idlefleet::backend {

/// The server's TLS key pair and self-signed certificate, kept in the data folder.
struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey privateKey;
    QString pin; // base64 SHA-256 of the SubjectPublicKeyInfo
};

/// Loads `dir/tls-key.pem` and `dir/tls-cert.pem`, or creates them on first start (a P-256 key,
/// readable by the owner only, and a certificate for 127.0.0.1, ::1 and localhost).
/// On failure returns false and says why in `error`.
bool loadOrCreateTlsIdentity(const QString &dir, TlsIdentity *identity, QString *error);

} // namespace idlefleet::backend
