#include "server.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace idlefleet::backend::http {

/// One client connection: reads requests one at a time, answers each in order.
class Server::Connection : public QObject
{
public:
    Connection(Server *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_parser(server->m_limits)
    {
        socket->setParent(this);
        m_peer = socket->peerAddress().toString();
        m_lastActive.start();
        // Back-pressure: Qt holds little of a request; what it holds is in m_buffer, counted
        // against the budgets of unfinished requests.
        socket->setReadBufferSize(ReadChunkBytes);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_parser.started())
                respondError(408, QStringLiteral("the request did not arrive in time"), true);
            else
                close();
        });
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        // Answers wait in the socket until the client reads them; while too many wait, no more
        // requests are read (a client that never reads cannot make the server hoard answers).
        if (auto *tls = qobject_cast<QSslSocket *>(socket))
            connect(tls, &QSslSocket::encryptedBytesWritten, this, &Connection::onWritten);
        connect(socket, &QTcpSocket::bytesWritten, this, &Connection::onWritten);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        m_timer.start(IdleTimeoutMs);
        onReadyRead();
    }

    ~Connection() override { hold(0); }

    /// No request under way, nothing waiting to be sent: it may be let go for a newcomer.
    bool idle() const
    {
        return !m_closing && !m_stream && !m_waiting && m_buffer.isEmpty() && !m_parser.started() &&
               pendingOutput() == 0;
    }
    qint64 idleForMs() const { return m_lastActive.elapsed(); }
    const QString &peer() const { return m_peer; }
    /// Lets an idle connection go (the server needs its place).
    void release() { close(); }

private:
    /// Counts what this connection holds of unfinished requests beyond the first FreeBytes,
    /// against its address's budget and the server's.
    void hold(qint64 bytes)
    {
        const qint64 counted = std::max<qint64>(0, bytes - FreeBytes);
        if (counted == m_held)
            return;
        m_server->m_heldBytes += counted - m_held;
        qint64 &perPeer = m_server->m_heldPerPeer[m_peer];
        perPeer += counted - m_held;
        if (perPeer <= 0)
            m_server->m_heldPerPeer.remove(m_peer);
        m_held = counted;
    }

    /// How much more of an unfinished request this connection may hold now.
    qint64 mayHoldMore() const
    {
        const qint64 peerLeft =
            MaxHeldPerPeerBytes - m_server->m_heldPerPeer.value(m_peer) + m_held;
        const qint64 totalLeft = MaxHeldBytes - m_server->m_heldBytes + m_held;
        return std::min(peerLeft, totalLeft) + FreeBytes - m_buffer.size();
    }

    void onWritten()
    {
        if (m_stream) {
            m_timer.start(IdleTimeoutMs);
            pumpStream();
        } else if (pendingOutput() < MaxPendingOutputBytes)
            onReadyRead();
    }

    void onReadyRead()
    {
        if (m_closing || m_stream || m_waiting)
            return; // an answer is sent whole before the next request is read
        if (m_buffer.isEmpty() && !m_parser.started() && m_server->m_upgradeHandler &&
            isUpgrade(m_socket->peek(m_server->m_limits.maxHeaderBytes))) {
            // The WebSocket side reads the handshake itself.
            disconnect(m_socket, nullptr, this, nullptr);
            m_socket->setParent(nullptr);
            m_server->m_upgradeHandler(m_socket);
            deleteLater();
            return;
        }
        const Limits &limits = m_server->m_limits;
        const qint64 window =
            limits.maxRequestLineBytes + limits.maxHeaderBytes + limits.maxBodyBytes;
        for (int handled = 0;; ++handled) {
            if (pendingOutput() >= MaxPendingOutputBytes)
                return; // resumed by bytesWritten
            if (handled >= MaxRequestsPerTurn) {
                // Let other clients have the event loop; continue on the next turn.
                QTimer::singleShot(0, this, &Connection::onReadyRead);
                return;
            }
            if (m_socket->bytesAvailable() > 0) {
                m_lastActive.start();
                const qint64 room = std::min(window - m_buffer.size(), mayHoldMore());
                if (room <= 0 && m_buffer.size() >= FreeBytes) {
                    // Too many unfinished requests from this address, or from everyone: this
                    // one waits no longer (a small request always fits in FreeBytes).
                    hold(0);
                    m_buffer.clear();
                    respondError(503,
                                 QStringLiteral("the server holds too many unfinished requests; "
                                                "send this one again in a moment"),
                                 true);
                    return;
                }
                m_buffer += m_socket->read(std::max<qint64>(room, 4096));
                hold(m_buffer.size());
            }
            const auto state = m_parser.feed(&m_buffer);
            hold(m_buffer.size());
            if (state == RequestParser::State::Failed) {
                respondError(m_parser.errorStatus(), m_parser.errorMessage(), true);
                return;
            }
            if (state == RequestParser::State::NeedMore) {
                if (m_socket->bytesAvailable() > 0)
                    continue;
                if (m_parser.started() && m_timer.remainingTime() > RequestTimeoutMs)
                    m_timer.start(RequestTimeoutMs);
                return;
            }
            const bool keepAlive = m_parser.keepAlive();
            Request request = m_parser.takeRequest();
            request.peer = m_socket->peerAddress();
            request.id = ++m_server->m_lastRequestId;
            m_requestTime.start();
            Response response = m_server->dispatch(request);
            if (response.later)
                return awaitLater(std::make_shared<Request>(std::move(request)),
                                  std::move(response.later), !keepAlive);
            answer(request, std::move(response), !keepAlive);
            if (!keepAlive || m_stream)
                return;
            m_timer.start(m_buffer.isEmpty() ? IdleTimeoutMs : RequestTimeoutMs);
            if (m_buffer.isEmpty() && m_socket->bytesAvailable() == 0)
                return;
        }
    }

    void answer(const Request &request, Response response, bool close)
    {
        response.headers.append({"X-Request-Id", QByteArray::number(request.id, 16)});
        if (m_server->m_afterResponse)
            m_server->m_afterResponse(request, response, m_requestTime.nsecsElapsed());
        write(response, close);
    }

    /// Waits for an answer worked out off the event loop; no further request is read
    /// meanwhile, so answers keep the order of their requests.
    void awaitLater(std::shared_ptr<Request> request, std::function<void(Response::Deliver)> later,
                    bool close)
    {
        m_waiting = true;
        m_timer.start(IdleTimeoutMs); // a lost answer cannot hold the connection for ever
        QPointer<Connection> self(this);
        auto delivered = std::make_shared<bool>(false);
        later([self, request, close, delivered](Response response) {
            if (*delivered || !self || self->m_closing)
                return;
            *delivered = true;
            if (response.later)
                return self->awaitLater(request, std::move(response.later), close);
            self->m_waiting = false;
            self->answer(*request, std::move(response), close);
            if (close || self->m_stream)
                return;
            self->m_timer.start(IdleTimeoutMs);
            QTimer::singleShot(0, self, &Connection::onReadyRead);
        });
    }

    /// Answers written but not yet taken by the client, before and after encryption.
    qint64 pendingOutput() const
    {
        const auto *tls = qobject_cast<const QSslSocket *>(m_socket);
        return m_socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
    }

    static bool isUpgrade(const QByteArray &peeked)
    {
        const qsizetype end = peeked.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = peeked.left(end).toLower();
        return head.startsWith("get ") && head.contains("\r\nupgrade: websocket");
    }

    void respondError(int status, const QString &message, bool close)
    {
        if (m_server->m_afterRefusal)
            m_server->m_afterRefusal(m_peer, status);
        Response response = m_server->m_errorResponder(status, message);
        write(response, close);
    }

    void write(const Response &response, bool close)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                         reasonPhrase(response.status) + "\r\n";
        if (!response.contentType.isEmpty())
            out += "Content-Type: " + response.contentType + "\r\n";
        if (response.stream)
            out += "Transfer-Encoding: chunked\r\n";
        else
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += "Cache-Control: no-store\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += close ? "Connection: close\r\n\r\n" : "\r\n";
        if (response.stream) {
            m_socket->write(out);
            m_stream = response.stream;
            m_closeAfterStream = close;
            m_timer.start(IdleTimeoutMs); // a client that stops reading is let go
            pumpStream();
            return;
        }
        out += response.body;
        m_socket->write(out);
        if (close)
            this->close();
    }

    /// Sends the next piece of a streamed answer when the client has taken the last ones; at the
    /// end, the last chunk, then the next request (or the close).
    void pumpStream()
    {
        if (!m_stream || m_pumpQueued || pendingOutput() >= StreamWindowBytes)
            return;
        QByteArray piece;
        QPointer<Connection> self(this);
        const Response::Wake wake = [self] {
            if (self)
                self->pumpStream();
        };
        if (m_stream(&piece, wake)) {
            // No piece: the next is still being read off the loop, and the stream wakes this
            // connection when it is.
            if (piece.isEmpty())
                return;
            m_socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
            // One piece per turn: other clients' requests run in between.
            m_pumpQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_pumpQueued = false;
                pumpStream();
            });
            return;
        }
        m_stream = nullptr; // the cursor behind it goes now, not with the connection
        m_socket->write("0\r\n\r\n");
        if (m_closeAfterStream)
            return close();
        m_timer.start(IdleTimeoutMs);
        QTimer::singleShot(0, this, &Connection::onReadyRead);
    }

    void close()
    {
        m_closing = true;
        m_stream = nullptr;
        m_timer.stop();
        m_socket->disconnectFromHost(); // after the written bytes are sent
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    }

    static constexpr qint64 MaxPendingOutputBytes = 4 * 1024 * 1024;
    /// What Qt reads ahead of the parser.
    static constexpr qint64 ReadChunkBytes = 64 * 1024;
    /// A streamed answer waits for the client below this much unsent output.
    static constexpr qint64 StreamWindowBytes = 512 * 1024;
    static constexpr int MaxRequestsPerTurn = 16;

    Server *m_server;
    QTcpSocket *m_socket;
    RequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_timer;
    bool m_closing = false;
    QString m_peer;
    QElapsedTimer m_lastActive;
    qint64 m_held = 0; ///< counted against the budgets of unfinished requests
    std::function<bool(QByteArray *, const Response::Wake &)> m_stream;
    bool m_closeAfterStream = false;
    bool m_pumpQueued = false;
    bool m_waiting = false;      ///< for an answer that comes later
    QElapsedTimer m_requestTime; ///< since the request under way was read whole
};

Server::Server(QObject *parent)
    : QObject(parent)
    , m_server(new QSslServer(this))
{
    m_errorResponder = [](int status, const QString &message) {
        Response response;
        response.status = status;
        response.contentType = "text/plain; charset=utf-8";
        response.body = message.toUtf8() + '\n';
        return response;
    };
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &Server::acceptPending);
}

Server::~Server() = default;

void Server::route(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.push_back(
        {method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

void Server::setErrorResponder(std::function<Response(int, const QString &)> responder)
{
    m_errorResponder = std::move(responder);
}

void Server::setUpgradeHandler(const QString &path, UpgradeHandler handler)
{
    m_upgradePath = path;
    m_upgradeHandler = std::move(handler);
}

QList<QSslCipher> Server::aeadCiphers()
{
    // TLS 1.3's suites are all AEAD; of TLS 1.2's, only ECDHE with AES-GCM or ChaCha20-Poly1305
    // (forward secrecy, no CBC padding oracles).
    QList<QSslCipher> ciphers;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool tls13 = cipher.protocol() == QSsl::TlsV1_3;
        const bool aead =
            name.contains(QLatin1String("GCM")) || name.contains(QLatin1String("CHACHA20"));
        if (tls13 || (cipher.protocol() == QSsl::TlsV1_2 && aead &&
                      cipher.keyExchangeMethod().startsWith(QLatin1String("ECDH"))))
            ciphers.append(cipher);
    }
    return ciphers;
}

quint16 Server::listen(const QHostAddress &address, quint16 port,
                       const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setCiphers(aeadCiphers());
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(tls);
    m_server->setHandshakeTimeout(HandshakeTimeoutMs);
    m_server->setMaxPendingConnections(MaxHandshakes);
    if (!m_server->listen(address, port))
        return 0;
    return m_server->serverPort();
}

Server::Connection *Server::oldestIdle(const QString &peer) const
{
    Connection *oldest = nullptr;
    for (Connection *connection : m_connections) {
        if ((peer.isEmpty() || connection->peer() == peer) && connection->idle() &&
            (!oldest || connection->idleForMs() > oldest->idleForMs()))
            oldest = connection;
    }
    return oldest;
}

void Server::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const QString peer = socket->peerAddress().toString();
        // At a limit, the connection idle the longest (of this address, else of anyone) makes
        // room: idle connections cannot keep others out, busy ones are not cut off.
        Connection *room = nullptr;
        if (m_connectionsPerPeer.value(peer) >= MaxConnectionsPerPeer)
            room = oldestIdle(peer);
        else if (m_connections.size() >= MaxConnections)
            room = oldestIdle({});
        const bool full = m_connectionsPerPeer.value(peer) >= MaxConnectionsPerPeer ||
                          m_connections.size() >= MaxConnections;
        if (full && !room) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        if (room) {
            forget(room, room->peer());
            room->release();
        }
        ++m_connectionsPerPeer[peer];
        auto *connection = new Connection(this, socket);
        m_connections.insert(connection);
        connect(connection, &QObject::destroyed, this,
                [this, connection, peer] { forget(connection, peer); });
    }
}

void Server::forget(Connection *connection, const QString &peer)
{
    if (!m_connections.remove(connection))
        return;
    if (--m_connectionsPerPeer[peer] <= 0)
        m_connectionsPerPeer.remove(peer);
}

Response Server::dispatch(Request &request) const
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> parameters;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &want = route.segments[i];
            if (want.startsWith(QLatin1Char('{')) && want.endsWith(QLatin1Char('}')))
                parameters.insert(want.mid(1, want.size() - 2), segments[i]);
            else
                matches = want == segments[i];
        }
        if (!matches)
            continue;
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        request.pathParameters = parameters;
        request.route = route.segments.isEmpty()
                            ? QStringLiteral("/")
                            : QLatin1Char('/') + route.segments.join(QLatin1Char('/'));
        return route.handler(request);
    }
    if (!allowed.isEmpty()) {
        Response response =
            m_errorResponder(405, QStringLiteral("%1 is not allowed on %2")
                                      .arg(QString::fromLatin1(request.method), request.path));
        response.headers.append({"Allow", allowed.join(", ")});
        return response;
    }
    return m_errorResponder(404, QStringLiteral("no such endpoint: %1").arg(request.path));
}

} // namespace idlefleet::backend::http
