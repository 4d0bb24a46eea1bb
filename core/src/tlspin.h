#pragma once

#include <QByteArray>
#include <QString>

namespace idlefleet {

/// The pin of a TLS server key: base64 of the SHA-256 of the certificate's DER-encoded
/// SubjectPublicKeyInfo (44 characters). Empty when `certificateDer` is not a certificate.
QString spkiSha256Pin(const QByteArray &certificateDer);

/// True when `pin` has the shape of a pin (base64 of 32 bytes).
bool isWellFormedPin(const QString &pin);

} // namespace idlefleet
