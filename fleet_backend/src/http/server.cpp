#include "server.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <algorithm>

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
        // Back-pressure: the socket stops reading from the network past one whole request.
        const Limits &limits = server->m_limits;
        socket->setReadBufferSize(limits.maxRequestLineBytes + limits.maxHeaderBytes +
                                  limits.maxBodyBytes + 65536);
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

private:
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
        if (m_closing || m_stream)
            return; // a streamed answer is sent whole before the next request is read
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
            if (m_socket->bytesAvailable() > 0)
                m_buffer += m_socket->read(std::max<qint64>(window - m_buffer.size(), 4096));
            const auto state = m_parser.feed(&m_buffer);
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
            Response response = m_server->dispatch(request);
            if (m_server->m_afterResponse)
                m_server->m_afterResponse(request, response);
            write(response, !keepAlive);
            if (!keepAlive || m_stream)
                return;
            m_timer.start(m_buffer.isEmpty() ? IdleTimeoutMs : RequestTimeoutMs);
            if (m_buffer.isEmpty() && m_socket->bytesAvailable() == 0)
                return;
        }
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
        if (m_stream(&piece)) {
            if (!piece.isEmpty())
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
    /// A streamed answer waits for the client below this much unsent output.
    static constexpr qint64 StreamWindowBytes = 512 * 1024;
    static constexpr int MaxRequestsPerTurn = 16;

    Server *m_server;
    QTcpSocket *m_socket;
    RequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_timer;
    bool m_closing = false;
    std::function<bool(QByteArray *)> m_stream;
    bool m_closeAfterStream = false;
    bool m_pumpQueued = false;
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

quint16 Server::listen(const QHostAddress &address, quint16 port,
                       const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(tls);
    m_server->setHandshakeTimeout(HandshakeTimeoutMs);
    m_server->setMaxPendingConnections(MaxHandshakes);
    if (!m_server->listen(address, port))
        return 0;
    return m_server->serverPort();
}

void Server::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const QString peer = socket->peerAddress().toString();
        if (m_connectionsPerPeer.value(peer) >= MaxConnectionsPerPeer) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connectionsPerPeer[peer];
        auto *connection = new Connection(this, socket);
        connect(connection, &QObject::destroyed, this, [this, peer] {
            if (--m_connectionsPerPeer[peer] <= 0)
                m_connectionsPerPeer.remove(peer);
        });
    }
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
