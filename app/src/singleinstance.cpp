#include "singleinstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <unistd.h>

namespace idlefleet::app {
namespace {

constexpr char ShowWindow[] = "show\n";
constexpr char Shown[] = "shown\n"; ///< the answer, once the window is shown

} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name.isEmpty() ? defaultName() : name)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    const QByteArray folder =
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).toUtf8();
    const QByteArray hash =
        QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(12);
    return QStringLiteral("idlefleet-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
}

bool SingleInstance::handOverToRunning(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    // A socket a crashed app left behind refuses the connection; a running app accepts it even
    // while it is busy starting.
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(ShowWindow);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // It answers once its window is shown; a busy one shows it when it gets to it.
    while (!socket.canReadLine() && socket.waitForReadyRead(timeoutMs)) {
    }
    return true;
}

bool SingleInstance::listen(QString *error)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Nobody answered (handOverToRunning came first): what is there was left by a crash.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            *error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                while (client->canReadLine()) {
                    // Only what is asked for is done; anything else closes the connection.
                    if (client->readLine() != ShowWindow || client->bytesAvailable() > 64) {
                        client->abort();
                        return;
                    }
                    Q_EMIT showRequested();
                    client->write(Shown);
                    client->flush();
                }
                if (client->bytesAvailable() > 64)
                    client->abort();
            });
        }
    });
    return true;
}

} // namespace idlefleet::app
