#include "livestreamclient.h"

#include "fleetclient.h"
#include "tlspin.h"

#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <QWebSocket>

namespace idlefleet::client {
namespace {

constexpr int FirstDelayMs = 1000;
constexpr int MaxDelayMs = 30000;
constexpr int CloseTokenExpired = 4001;

} // namespace

LiveStreamClient::LiveStreamClient(FleetClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &LiveStreamClient::open);
}

LiveStreamClient::~LiveStreamClient()
{
    stop();
}

void LiveStreamClient::start(quint64 afterSequence)
{
    m_lastSequence = afterSequence;
    m_running = true;
    m_delayMs = 0;
    open();
}

void LiveStreamClient::stop()
{
    m_running = false;
    m_reconnect.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectedChanged();
    }
}

void LiveStreamClient::open()
{
    if (!m_running)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    QUrl url = m_client->baseUrl();
    url.setScheme(QStringLiteral("wss"));
    url.setPath(QStringLiteral("/v1/stream"));
    if (m_lastSequence != 0)
        url.setQuery(QStringLiteral("after=%1").arg(m_lastSequence));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_client->session().accessToken);

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    // No authority is trusted: every key fails ordinary verification, so the pin below decides,
    // before the upgrade request (and its token) is sent.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({});
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setSslConfiguration(tls);
    const QStringList pins = m_client->pins();
    connect(socket, &QWebSocket::sslErrors, this, [socket, pins](const QList<QSslError> &errors) {
        const QSslCertificate presented =
            errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
        const QList<QSslCertificate> chain = socket->sslConfiguration().peerCertificateChain();
        const QSslCertificate leaf =
            presented.isNull() && !chain.isEmpty() ? chain.first() : presented;
        if (!leaf.isNull() && pins.contains(spkiSha256Pin(leaf.toDer())))
            socket->ignoreSslErrors();
    });
    connect(socket, &QWebSocket::connected, this, [this] {
        m_connected = true;
        Q_EMIT connectedChanged();
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, &LiveStreamClient::onMessage);
    connect(socket, &QWebSocket::disconnected, this, &LiveStreamClient::onDisconnected);
    socket->open(request);
}

void LiveStreamClient::onMessage(const QByteArray &bytes)
{
    StreamFrameInfo frame;
    QString problem;
    if (!decodeStreamFrame(bytes, &frame, &problem)) {
        // A frame this client cannot read is skipped; the sequence stays where it was handled.
        qWarning("idlefleet: live stream: %s", qPrintable(problem));
        return;
    }
    switch (frame.kind) {
    case StreamFrameInfo::Hello:
        m_delayMs = 0;
        if (!frame.resumed)
            m_lastSequence = frame.latestSequence;
        Q_EMIT opened(frame.resumed, frame.latestSequence);
        return;
    case StreamFrameInfo::Status:
        if (frame.sequence <= m_lastSequence)
            return;
        m_lastSequence = frame.sequence;
        Q_EMIT statusReceived(frame.vehicleId, frame.status);
        return;
    case StreamFrameInfo::Event:
        if (frame.sequence <= m_lastSequence)
            return;
        m_lastSequence = frame.sequence;
        Q_EMIT eventReceived(frame.vehicleId, frame.event);
        return;
    }
}

void LiveStreamClient::onDisconnected()
{
    QWebSocket *socket = m_socket;
    const int code = socket ? int(socket->closeCode()) : 0;
    const QString reason =
        socket ? (socket->closeReason().isEmpty() ? socket->errorString() : socket->closeReason())
               : QString();
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectedChanged();
    }
    Q_EMIT closed(reason);
    if (!m_running)
        return;
    if (code == CloseTokenExpired || code == QWebSocketProtocol::CloseCodePolicyViolated) {
        // Refresh the session, then come back at once; a session that ended stops the stream.
        m_client->refreshSession(this, [this](bool fresh) {
            if (!fresh) {
                m_running = false;
                Q_EMIT closed(tr("The session has ended: sign in again."));
                return;
            }
            m_delayMs = 0;
            open();
        });
        return;
    }
    scheduleReconnect();
}

void LiveStreamClient::scheduleReconnect()
{
    m_delayMs = m_delayMs == 0 ? FirstDelayMs : std::min(MaxDelayMs, m_delayMs * 2);
    // Up to a quarter more, so that many clients dropped together do not return together.
    const int jitter = int(QRandomGenerator::global()->bounded(m_delayMs / 4 + 1));
    m_reconnect.start(m_delayMs + jitter);
}

} // namespace idlefleet::client
