#pragma once

#include "httpmessage.h"
#include "requestparser.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>
#include <functional>
#include <memory>
#include <vector>

class QSslServer;
class QTcpSocket;

namespace idlefleet::backend::http {

/// A small HTTPS/1.1 server on QSslServer: keep-alive, limits on request size enforced before a
/// body is read, timeouts against slow clients, and a router with {parameter} path segments.
/// Chosen over QHttpServer 6.4, which buffers any request body whole before a handler sees it.
class Server : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<Response(const Request &)>;
    /// Takes over a socket whose request asks to upgrade to a WebSocket (nothing read from it).
    using UpgradeHandler = std::function<void(QTcpSocket *)>;

    explicit Server(QObject *parent = nullptr);
    ~Server() override;

    /// Adds a route: `pattern` is a path whose `{name}` segments match one segment each.
    void route(const QByteArray &method, const QString &pattern, Handler handler);
    /// Answers requests no route matches (default: 404 or 405 from `errorResponder`).
    void setErrorResponder(std::function<Response(int status, const QString &message)> responder);
    void setUpgradeHandler(const QString &path, UpgradeHandler handler);
    void setLimits(const Limits &limits) { m_limits = limits; }
    /// After every answer to a request (logging, metrics), with the time since the request
    /// was read whole, in nanoseconds.
    using AfterResponse = std::function<void(const Request &, Response &, qint64 elapsedNs)>;
    void setAfterResponse(AfterResponse hook) { m_afterResponse = std::move(hook); }
    /// After every request refused before it could be read (malformed, too slow, over a
    /// budget): the peer's address and the status it was answered with.
    void setAfterRefusal(std::function<void(const QString &peer, int status)> hook)
    {
        m_afterRefusal = std::move(hook);
    }
    /// Connections open now.
    int connectionCount() const { return int(m_connections.size()); }

    /// The cipher suites served: TLS 1.3's, and TLS 1.2's with ECDHE and an AEAD cipher.
    static QList<QSslCipher> aeadCiphers();
    /// Serves TLS 1.2 or later on address:port; returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port, const QSslCertificate &certificate,
                   const QSslKey &key);

    static constexpr int IdleTimeoutMs = 60000;
    static constexpr int RequestTimeoutMs = 15000;
    static constexpr int HandshakeTimeoutMs = 3000;
    static constexpr int MaxHandshakes = 4000;
    /// Connections per address and in all; at either limit the connection idle the longest
    /// makes room, and only when none is idle is a newcomer turned away.
    static constexpr int MaxConnectionsPerPeer = 512;
    static constexpr int MaxConnections = 8192;
    /// Budgets of unfinished requests (the bytes beyond each connection's first FreeBytes):
    /// per address and in all; a request that would exceed one is answered 503.
    static constexpr qint64 FreeBytes = 64 * 1024;
    static constexpr qint64 MaxHeldPerPeerBytes = 32LL * 1024 * 1024;
    static constexpr qint64 MaxHeldBytes = 96LL * 1024 * 1024;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    class Connection;

    void acceptPending();
    Connection *oldestIdle(const QString &peer) const;
    /// Stops counting a connection (`peer`: its address, given apart: it may be gone).
    void forget(Connection *connection, const QString &peer);
    Response dispatch(Request &request) const;

    QSslServer *m_server;
    Limits m_limits;
    std::vector<Route> m_routes;
    std::function<Response(int, const QString &)> m_errorResponder;
    AfterResponse m_afterResponse;
    std::function<void(const QString &, int)> m_afterRefusal;
    quint64 m_lastRequestId = 0;
    QHash<QString, int> m_connectionsPerPeer;
    QSet<Connection *> m_connections;
    qint64 m_heldBytes = 0;
    QHash<QString, qint64> m_heldPerPeer;
    QString m_upgradePath;
    UpgradeHandler m_upgradeHandler;
};

} // namespace idlefleet::backend::http
