#include "tlspin.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace idlefleet {

QString spkiSha256Pin(const QByteArray &certificateDer)
{
    const auto *data = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        d2i_X509(nullptr, &data, certificateDer.size()), &X509_free);
    if (!cert)
        return {};
    unsigned char *spki = nullptr;
    const int spkiLength = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert.get()), &spki);
    if (spkiLength <= 0)
        return {};
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    const bool hashed =
        EVP_Digest(spki, spkiLength, digest, &digestLength, EVP_sha256(), nullptr) == 1;
    OPENSSL_free(spki);
    if (!hashed)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(digestLength)).toBase64());
}

bool isWellFormedPin(const QString &pin)
{
    if (pin.size() != 44 || !pin.endsWith(QLatin1Char('=')))
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32;
}

} // namespace idlefleet
