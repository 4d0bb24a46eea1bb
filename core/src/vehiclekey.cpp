#include "vehiclekey.h"

#include <QCryptographicHash>
#include <memory>
#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace idlefleet {
namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

QByteArray publicDerOf(EVP_PKEY *key)
{
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

bool isP256(EVP_PKEY *key)
{
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
        return false;
    char curve[64] = {};
    size_t length = 0;
    return EVP_PKEY_get_utf8_string_param(key, "group", curve, sizeof curve, &length) == 1 &&
           QByteArray(curve) == "prime256v1";
}

Key publicKeyFrom(const QByteArray &der)
{
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    Key key(d2i_PUBKEY(nullptr, &data, long(der.size())), &EVP_PKEY_free);
    if (key && (data != reinterpret_cast<const unsigned char *>(der.constData()) + der.size() ||
                !isP256(key.get())))
        key.reset();
    return key;
}

} // namespace

VehicleKeyPair VehicleKeyPair::generate()
{
    Key key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    VehicleKeyPair pair;
    if (!key ||
        PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return pair;
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    pair.m_privatePem = QByteArray(data, int(length));
    pair.m_publicDer = publicDerOf(key.get());
    return pair;
}

VehicleKeyPair VehicleKeyPair::fromPrivatePem(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    Key key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    VehicleKeyPair pair;
    if (!key || !isP256(key.get()))
        return pair;
    pair.m_privatePem = pem;
    pair.m_publicDer = publicDerOf(key.get());
    return pair;
}

QByteArray VehicleKeyPair::sign(const QByteArray &message) const
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(m_privatePem.constData(), int(m_privatePem.size())), &BIO_free);
    Key key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    size_t length = 0;
    if (!key || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) != 1)
        return {};
    QByteArray signature(int(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) != 1)
        return {};
    signature.truncate(int(length));
    return signature;
}

bool isP256PublicKey(const QByteArray &publicKeyDer)
{
    return bool(publicKeyFrom(publicKeyDer));
}

bool verifySignature(const QByteArray &publicKeyDer, const QByteArray &message,
                     const QByteArray &signature)
{
    Key key = publicKeyFrom(publicKeyDer);
    if (!key || signature.isEmpty())
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    return EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
           EVP_DigestVerify(context.get(),
                            reinterpret_cast<const unsigned char *>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(message.constData()),
                            size_t(message.size())) == 1;
}

QByteArray publicKeyPem(const QByteArray &publicKeyDer)
{
    QByteArray pem = "-----BEGIN PUBLIC KEY-----\n";
    const QByteArray base64 = publicKeyDer.toBase64();
    for (qsizetype at = 0; at < base64.size(); at += 64)
        pem += base64.mid(at, 64) + '\n';
    return pem + "-----END PUBLIC KEY-----\n";
}

QByteArray publicKeyDerFromPem(const QByteArray &pem)
{
    static const QByteArray begin = "-----BEGIN PUBLIC KEY-----";
    static const QByteArray end = "-----END PUBLIC KEY-----";
    const QByteArray text = pem.trimmed();
    if (pem.size() > 4096 || !text.startsWith(begin) || !text.endsWith(end))
        return {};
    const QByteArray body = text.mid(begin.size(), text.size() - begin.size() - end.size());
    const auto decoded = QByteArray::fromBase64Encoding(body.simplified().replace(' ', ""),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded && isP256PublicKey(*decoded) ? *decoded : QByteArray();
}

QString keyIdOf(const QByteArray &publicKeyDer)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKeyDer, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            .left(16));
}

} // namespace idlefleet
