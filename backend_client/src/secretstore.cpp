#include "secretstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace idlefleet::client {
namespace {

constexpr int KeychainTimeoutMs = 10000;

/// Runs a keychain job to its end on a local loop; false on error or time-out.
bool runJob(QKeychain::Job *job, QString *error)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(KeychainTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!done)
        loop.exec();
    if (!done) {
        *error = QStringLiteral("the keychain did not answer in time");
        return false;
    }
    if (job->error() != QKeychain::NoError) {
        *error = QStringLiteral("the keychain: %1").arg(job->errorString());
        return false;
    }
    return true;
}

} // namespace

SecretStore::SecretStore(QString service, QString account, QString fallbackFolder)
    : m_service(std::move(service))
    , m_account(std::move(account))
    , m_folder(std::move(fallbackFolder))
    , m_keychain(keychainRunning())
{}

bool SecretStore::keychainRunning()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ||
        qEnvironmentVariableIsSet("IDLEFLEET_NO_KEYCHAIN"))
        return false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QDBusConnectionInterface *names = bus.interface();
    return names->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value() ||
           names->isServiceRegistered(QStringLiteral("org.kde.kwalletd6")).value() ||
           names->isServiceRegistered(QStringLiteral("org.kde.kwalletd5")).value();
}

QString SecretStore::fallbackPath(const QString &name) const
{
    return QDir(m_folder).filePath(name);
}

std::optional<QByteArray> SecretStore::read(const QString &name, QString *error) const
{
    if (m_keychain) {
        QKeychain::ReadPasswordJob job(m_service);
        job.setAutoDelete(false);
        job.setKey(m_account + QLatin1Char('/') + name);
        if (runJob(&job, error))
            return job.binaryData();
        if (job.error() == QKeychain::EntryNotFound)
            error->clear();
        else
            return std::nullopt;
        // Not in the keychain: a secret kept in a file before the keychain ran moves over.
        QFile file(fallbackPath(name));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray secret = file.readAll();
        QString ignored;
        if (const_cast<SecretStore *>(this)->write(name, secret, &ignored))
            QFile::remove(fallbackPath(name));
        return secret;
    }
    QFile file(fallbackPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.exists())
            *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

bool SecretStore::write(const QString &name, const QByteArray &secret, QString *error)
{
    if (m_keychain) {
        QKeychain::WritePasswordJob job(m_service);
        job.setAutoDelete(false);
        job.setKey(m_account + QLatin1Char('/') + name);
        job.setBinaryData(secret);
        return runJob(&job, error);
    }
    if (!QDir().mkpath(m_folder)) {
        *error = QStringLiteral("cannot create %1").arg(m_folder);
        return false;
    }
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QSaveFile file(fallbackPath(name));
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(secret) < 0 ||
        !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(fallbackPath(name), file.errorString());
        return false;
    }
    return true;
}

bool SecretStore::remove(const QString &name)
{
    bool removed = QFile::remove(fallbackPath(name)) || !QFile::exists(fallbackPath(name));
    if (m_keychain) {
        QKeychain::DeletePasswordJob job(m_service);
        job.setAutoDelete(false);
        job.setKey(m_account + QLatin1Char('/') + name);
        QString error;
        removed = runJob(&job, &error) && removed;
    }
    return removed;
}

} // namespace idlefleet::client
