#include "passwordhash.h"

#include <QCryptographicHash>
#include <QList>
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

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        qFatal("OpenSSL could not make random bytes");
    return bytes;
}

} // namespace

QByteArray makePasswordRecord(const QString &password, int iterations)
{
    const QByteArray salt = randomBytes(SaltBytes);
    return "pbkdf2-sha256$" + QByteArray::number(iterations) + '$' + salt.toBase64() + '$' +
           pbkdf2(password.toUtf8(), salt, iterations).toBase64();
}

bool verifyPassword(const QString &password, const QByteArray &record)
{
    const QList<QByteArray> parts = record.split('$');
    if (parts.size() != 4 || parts[0] != "pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1000 || iterations > 10000000)
        return false;
    const QByteArray expected = QByteArray::fromBase64(parts[3]);
    const QByteArray actual =
        pbkdf2(password.toUtf8(), QByteArray::fromBase64(parts[2]), iterations);
    return expected.size() == HashBytes &&
           CRYPTO_memcmp(expected.constData(), actual.constData(), HashBytes) == 0;
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
