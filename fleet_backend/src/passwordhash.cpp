#include "passwordhash.h"

#include <QCryptographicHash>
#include <QList>
#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace idlefleet::backend {
namespace {

constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;

QByteArray pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray out(HashBytes, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                      iterations, EVP_sha256(), HashBytes,
                      reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

bool verifyPbkdf2(const QByteArray &password, const QByteArray &record)
{
    const QList<QByteArray> parts = record.split('$');
    if (parts.size() != 4 || parts[0] != "pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1000 || iterations > 10000000)
        return false;
    const QByteArray expected = QByteArray::fromBase64(parts[3]);
    const QByteArray actual = pbkdf2(password, QByteArray::fromBase64(parts[2]), iterations);
    return expected.size() == HashBytes &&
           CRYPTO_memcmp(expected.constData(), actual.constData(), HashBytes) == 0;
}

/// The cost an Argon2id record asks for (`$argon2id$v=19$m=M,t=T,p=P$...`), or false when it is
/// not one; checked before argon2 sees the record, so a damaged row cannot ask for gigabytes.
bool argon2Parameters(const QByteArray &record, unsigned *memoryKiB, unsigned *passes,
                      unsigned *lanes)
{
    const QList<QByteArray> parts = record.split('$');
    if (parts.size() != 6 || !parts[0].isEmpty() || parts[1] != "argon2id" || parts[2] != "v=19")
        return false;
    const QList<QByteArray> costs = parts[3].split(',');
    if (costs.size() != 3 || !costs[0].startsWith("m=") || !costs[1].startsWith("t=") ||
        !costs[2].startsWith("p="))
        return false;
    bool ok[3] = {};
    *memoryKiB = costs[0].mid(2).toUInt(&ok[0]);
    *passes = costs[1].mid(2).toUInt(&ok[1]);
    *lanes = costs[2].mid(2).toUInt(&ok[2]);
    return ok[0] && ok[1] && ok[2];
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        qFatal("OpenSSL could not make random bytes");
    return bytes;
}

} // namespace

QByteArray makePasswordRecord(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray salt = randomBytes(SaltBytes);
    QByteArray encoded(qsizetype(argon2_encodedlen(Argon2Passes, Argon2MemoryKiB, Argon2Lanes,
                                                   SaltBytes, HashBytes, Argon2_id)),
                       '\0');
    const int result = argon2id_hash_encoded(
        Argon2Passes, Argon2MemoryKiB, Argon2Lanes, utf8.constData(), std::size_t(utf8.size()),
        salt.constData(), SaltBytes, HashBytes, encoded.data(), std::size_t(encoded.size()));
    if (result != ARGON2_OK)
        qFatal("Argon2id failed: %s", argon2_error_message(result));
    return QByteArray(encoded.constData()); // up to the terminating zero
}

bool verifyPassword(const QString &password, const QByteArray &record)
{
    const QByteArray utf8 = password.toUtf8();
    if (record.startsWith("pbkdf2-sha256$"))
        return verifyPbkdf2(utf8, record);
    unsigned memoryKiB = 0;
    unsigned passes = 0;
    unsigned lanes = 0;
    if (!argon2Parameters(record, &memoryKiB, &passes, &lanes) || memoryKiB > Argon2MaxMemoryKiB ||
        passes < 1 || passes > 16 || lanes != 1)
        return false;
    return argon2id_verify(record.constData(), utf8.constData(), std::size_t(utf8.size())) ==
           ARGON2_OK;
}

bool needsRehash(const QByteArray &record)
{
    unsigned memoryKiB = 0;
    unsigned passes = 0;
    unsigned lanes = 0;
    return !argon2Parameters(record, &memoryKiB, &passes, &lanes) || memoryKiB != Argon2MemoryKiB ||
           passes != Argon2Passes || lanes != Argon2Lanes;
}

QByteArray newToken()
{
    return randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray tokenDigest(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

} // namespace idlefleet::backend
