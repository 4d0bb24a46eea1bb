#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace idlefleet::app {
namespace {

constexpr char ShowWindow[] = "show\n";
constexpr char Shown[] = "shown\n"; ///< the answer, once the window is shown
constexpr int MaxConnections = 8;   ///< at once; more are closed on arrival
constexpr int ConnectionMs = 5000;  ///< a connection that has not asked by then is closed

} // namespace

SingleInstance::SingleInstance(const QString &folder, const QString &name, QObject *parent)
    : QObject(parent)
    , m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)
                                : folder)
    , m_name(name)
{
    if (m_name.isEmpty()) {
        const QByteArray settings =
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).toUtf8();
        m_name = QStringLiteral("idlefleet-%1")
                     .arg(QString::fromLatin1(
                         QCryptographicHash::hash(settings, QCryptographicHash::Sha256)
                             .toHex()
                             .left(12)));
    }
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketPath() const
{
    return QDir(m_folder).filePath(m_name + QStringLiteral(".socket"));
}

SingleInstance::Outcome SingleInstance::claim(QString *error, int timeoutMs)
{
    if (m_folder.isEmpty() || !QDir().mkpath(m_folder)) {
        *error = QStringLiteral("no runtime folder to keep the lock in");
        return Unavailable;
    }
    m_lock = std::make_unique<QLockFile>(QDir(m_folder).filePath(m_name + QStringLiteral(".lock")));
    // A lock whose process is gone (a crash, SIGKILL) is taken over at once.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return listen(error) ? First : Unavailable;
    if (m_lock->error() != QLockFile::LockFailedError) {
        *error = QStringLiteral("cannot make %1")
                     .arg(QDir(m_folder).filePath(m_name + QStringLiteral(".lock")));
        return Unavailable;
    }
    // Another app holds it; it may still be starting and not listen yet.
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (askRunningToShow(int(std::max<qint64>(100, deadline.remainingTime()))))
            return HandedOver;
        QThread::msleep(100);
    }
    *error =
        QStringLiteral("another Idlefleet holds %1 but does not answer").arg(m_lock->fileName());
    return Unavailable;
}

bool SingleInstance::askRunningToShow(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    if (!socket.waitForConnected(std::min(timeoutMs, 1000)))
        return false;
    socket.write(ShowWindow);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == Shown;
}

bool SingleInstance::listen(QString *error)
{
    // What is at the path was left by a crashed app: the lock is ours.
    QLocalServer::removeServer(socketPath());
    m_server = new QLocalServer(this);
    if (!m_server->listen(socketPath())) {
        *error = m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            if (m_connections >= MaxConnections) {
                client->abort();
                client->deleteLater();
                continue;
            }
            ++m_connections;
            connect(client, &QObject::destroyed, this, [this] { --m_connections; });
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            // One that says nothing, or half a line, is not kept waiting for.
            QTimer::singleShot(ConnectionMs, client, [client] {
                client->abort();
                client->deleteLater();
            });
            connect(client, &QLocalSocket::readyRead, client, [this, client] {
                if (client->canReadLine()) {
                    // Only what is asked for is done; anything else closes the connection.
                    if (client->readLine() != ShowWindow) {
                        client->abort();
                        client->deleteLater();
                        return;
                    }
                    Q_EMIT showRequested();
                    client->write(Shown);
                    client->flush();
                    client->disconnectFromServer();
                } else if (client->bytesAvailable() > 64) {
                    client->abort();
                    client->deleteLater();
                }
            });
        }
    });
    return true;
}

} // namespace idlefleet::app
