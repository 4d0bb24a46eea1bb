#pragma once

#include <QByteArray>
#include <QString>

namespace idlefleet::backend {

/// A stored password: Argon2id in its encoded form (`$argon2id$v=19$m=19456,t=2,p=1$SALT$HASH`),
/// memory-hard, slow on purpose and salted. Takes tens of milliseconds: call it off the event
/// loop (Executor::hash) wherever a request waits for it.
QByteArray makePasswordRecord(const QString &password);
/// Checks `password` against a record made by makePasswordRecord, or by earlier versions
/// (`pbkdf2-sha256$ITERATIONS$SALT$HASH`, base64), in constant time over the hash. A record
/// asking for more than Argon2MaxMemoryKiB or unknown parameters never matches.
bool verifyPassword(const QString &password, const QByteArray &record);
/// Whether a record was made with other parameters than today's (an older scheme or cost), so
/// that a successful sign-in should store a new one.
bool needsRehash(const QByteArray &record);

/// ARCHITECTURE.md: m = 19 MiB, t = 2, p = 1.
inline constexpr unsigned Argon2MemoryKiB = 19 * 1024;
inline constexpr unsigned Argon2Passes = 2;
inline constexpr unsigned Argon2Lanes = 1;
inline constexpr unsigned Argon2MaxMemoryKiB = 256 * 1024;

/// 32 random bytes as URL-safe base64: an access or refresh token.
QByteArray newToken();
/// What the database keeps of a token: its SHA-256, so a copied database opens no session.
QByteArray tokenDigest(const QByteArray &token);

} // namespace idlefleet::backend
