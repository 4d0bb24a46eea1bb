#pragma once

#include <QByteArray>
#include <QString>

namespace idlefleet::backend {

/// A stored password: `pbkdf2-sha256$ITERATIONS$SALT$HASH` (base64), slow on purpose and salted.
QByteArray makePasswordRecord(const QString &password, int iterations = 100000);
/// Checks `password` against a record in constant time over the hash.
bool verifyPassword(const QString &password, const QByteArray &record);

/// 32 random bytes as URL-safe base64: an access or refresh token.
QByteArray newToken();
/// What the database keeps of a token: its SHA-256, so a copied database opens no session.
QByteArray tokenDigest(const QByteArray &token);

} // namespace idlefleet::backend
