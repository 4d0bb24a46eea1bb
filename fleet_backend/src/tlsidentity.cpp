#include "tlsidentity.h"

#include "tlspin.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace idlefleet::backend {
namespace {

constexpr auto KeyFile = "tls-key.pem";
constexpr auto CertificateFile = "tls-cert.pem";
constexpr long ValiditySeconds = 10L * 365 * 24 * 3600;

QByteArray bioToBytes(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(length));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, cert, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, decltype(&X509_EXTENSION_free)> extension(
        X509V3_EXT_conf_nid(nullptr, &context, nid, value), &X509_EXTENSION_free);
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

/// Makes a P-256 key and a self-signed certificate, both PEM.
bool generate(QByteArray *keyPem, QByteArray *certificatePem)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), &X509_free);
    if (!key || !cert)
        return false;

    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return false;
    serial[0] &= 0x7f; // a positive serial number
    std::unique_ptr<BIGNUM, decltype(&BN_free)> serialNumber(
        BN_bin2bn(serial, sizeof serial, nullptr), &BN_free);

    X509_set_version(cert.get(), 2);
    BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), ValiditySeconds);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("Idlefleet"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("idlefleetd"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (!addExtension(cert.get(), NID_subject_alt_name, "IP:127.0.0.1,IP:::1,DNS:localhost") ||
        !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth"))
        return false;
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return false;

    std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(BIO_new(BIO_s_mem()), &BIO_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> certBio(BIO_new(BIO_s_mem()), &BIO_free);
    if (PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1 ||
        PEM_write_bio_X509(certBio.get(), cert.get()) != 1)
        return false;
    *keyPem = bioToBytes(keyBio.get());
    *certificatePem = bioToBytes(certBio.get());
    return true;
}

bool writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions,
               QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) ||
        file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool loadOrCreateTlsIdentity(const QString &dir, TlsIdentity *identity, QString *error)
{
    const QDir folder(dir);
    const QString keyPath = folder.filePath(QLatin1String(KeyFile));
    const QString certificatePath = folder.filePath(QLatin1String(CertificateFile));

    if (!QFile::exists(keyPath) || !QFile::exists(certificatePath)) {
        QByteArray keyPem;
        QByteArray certificatePem;
        if (!generate(&keyPem, &certificatePem)) {
            *error = QStringLiteral("cannot generate the TLS key and certificate with OpenSSL");
            return false;
        }
        if (!writeFile(keyPath, keyPem, QFile::ReadOwner | QFile::WriteOwner, error) ||
            !writeFile(certificatePath, certificatePem,
                       QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther,
                       error))
            return false;
    }

    QFile keyFile(keyPath);
    QFile certificateFile(certificatePath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certificateFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS key or certificate in %1").arg(dir);
        return false;
    }
    identity->privateKey = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    identity->certificate = QSslCertificate(certificateFile.readAll(), QSsl::Pem);
    if (identity->privateKey.isNull() || identity->certificate.isNull()) {
        *error = QStringLiteral("%1 or %2 is not a valid P-256 key and certificate; move them "
                                "away to have new ones made")
                     .arg(keyPath, certificatePath);
        return false;
    }
    identity->pin = spkiSha256Pin(identity->certificate.toDer());
    return !identity->pin.isEmpty();
}

} // namespace idlefleet::backend
