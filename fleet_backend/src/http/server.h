#pragma once

#include "httpmessage.h"
#include "requestparser.h"

#include <QHash>
#include <QObject>
#include <QSslCertificate>
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
    /// After every response (logging, headers).
    void setAfterResponse(std::function<void(const Request &, Response &)> hook)
    {
        m_afterResponse = std::move(hook);
    }

    /// Serves TLS 1.2 or later on address:port; returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port, const QSslCertificate &certificate,
                   const QSslKey &key);

    static constexpr int IdleTimeoutMs = 60000;
    static constexpr int RequestTimeoutMs = 15000;
    static constexpr int HandshakeTimeoutMs = 3000;
    static constexpr int MaxHandshakes = 4000;
    static constexpr int MaxConnectionsPerPeer = 512;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    class Connection;

    void acceptPending();
    Response dispatch(Request &request) const;

    QSslServer *m_server;
    Limits m_limits;
    std::vector<Route> m_routes;
    std::function<Response(int, const QString &)> m_errorResponder;
    std::function<void(const Request &, Response &)> m_afterResponse;
    QHash<QString, int> m_connectionsPerPeer;
    QString m_upgradePath;
    UpgradeHandler m_upgradeHandler;
};

} // namespace idlefleet::backend::http
