#pragma once

#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

class QNetworkReply;

namespace idlefleet::client {

/// HTTPS to one fleet backend whose key is pinned: a request goes out only after the TLS
/// handshake showed a server key whose SHA-256 SubjectPublicKeyInfo pin is one of `pins`
/// (the current one and, during a key rotation, a backup).
class PinnedTransport : public QObject
{
    Q_OBJECT
public:
    explicit PinnedTransport(QObject *parent = nullptr);

    void setEndpoint(const QUrl &baseUrl, const QStringList &pins);
    QUrl baseUrl() const { return m_baseUrl; }
    QStringList pins() const { return m_pins; }

    /// The bearer token sent with every request (empty: none).
    void setAccessToken(const QByteArray &token) { m_accessToken = token; }

    /// GET `path` (below the base URL) with a protobuf Accept header.
    QNetworkReply *get(const QString &path, const QUrlQuery &query = {});
    /// POST a protobuf body to `path`.
    QNetworkReply *post(const QString &path, const QByteArray &body, const QUrlQuery &query = {});
    /// PUT a protobuf body to `path`.
    QNetworkReply *put(const QString &path, const QByteArray &body);

    /// True when `reply` was aborted because the server showed a key that is not pinned.
    static bool pinMismatch(const QNetworkReply *reply);
    /// The pin of the key the server showed on `reply`, when it showed one.
    static QString presentedPin(const QNetworkReply *reply);

    static constexpr int TransferTimeoutMs = 15000;

private:
    void guard(QNetworkReply *reply) const;
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QStringList m_pins;
    QByteArray m_accessToken;
};

} // namespace idlefleet::client
