#include "pinnedtransport.h"

#include "tlspin.h"

#include <QNetworkReply>
#include <QSslConfiguration>

namespace idlefleet::client {
namespace {

constexpr auto PinMismatchProperty = "idlefleetPinMismatch";
constexpr auto PresentedPinProperty = "idlefleetPresentedPin";

QString pinOf(QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    for (const QSslError &error : errors) {
        if (!certificate.isNull())
            break;
        certificate = error.certificate();
    }
    return certificate.isNull() ? QString() : spkiSha256Pin(certificate.toDer());
}

} // namespace

PinnedTransport::PinnedTransport(QObject *parent)
    : QObject(parent)
{
    m_network.setAutoDeleteReplies(false);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void PinnedTransport::setEndpoint(const QUrl &baseUrl, const QStringList &pins)
{
    m_baseUrl = baseUrl;
    m_pins = pins;
    m_network.clearConnectionCache();
}

QNetworkRequest PinnedTransport::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/x-protobuf");
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    request.setTransferTimeout(TransferTimeoutMs);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    request.setSslConfiguration(tls);
    return request;
}

QNetworkReply *PinnedTransport::get(const QString &path, const QUrlQuery &query)
{
    QNetworkReply *reply = m_network.get(request(path, query));
    guard(reply);
    return reply;
}

QNetworkReply *PinnedTransport::post(const QString &path, const QByteArray &body,
                                     const QUrlQuery &query)
{
    QNetworkRequest post = request(path, query);
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    QNetworkReply *reply = m_network.post(post, body);
    guard(reply);
    return reply;
}

QNetworkReply *PinnedTransport::put(const QString &path, const QByteArray &body)
{
    QNetworkRequest put = request(path, {});
    put.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    QNetworkReply *reply = m_network.put(put, body);
    guard(reply);
    return reply;
}

void PinnedTransport::guard(QNetworkReply *reply) const
{
    const QStringList pins = m_pins;
    auto check = [reply, pins](const QList<QSslError> &errors) {
        const QString pin = pinOf(reply, errors);
        reply->setProperty(PresentedPinProperty, pin);
        if (!pin.isEmpty() && pins.contains(pin))
            return true;
        reply->setProperty(PinMismatchProperty, true);
        reply->abort();
        return false;
    };
    // A self-signed key fails ordinary verification: the pin is the trust, so a pinned key
    // lets the handshake go on. Any other key stops it before a byte of the request is sent.
    connect(reply, &QNetworkReply::sslErrors, reply,
            [reply, check](const QList<QSslError> &errors) {
                if (check(errors))
                    reply->ignoreSslErrors(errors);
            });
    // A key that a public authority vouches for must match the pin too.
    connect(reply, &QNetworkReply::encrypted, reply, [check] { check({}); });
}

bool PinnedTransport::pinMismatch(const QNetworkReply *reply)
{
    return reply->property(PinMismatchProperty).toBool();
}

QString PinnedTransport::presentedPin(const QNetworkReply *reply)
{
    return reply->property(PresentedPinProperty).toString();
}

} // namespace idlefleet::client
