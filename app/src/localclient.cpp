#include "localclient.h"

#include "idlefleet/v1/policy.pb.h"
#include "outboxsender.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QDir>

namespace idlefleet::app {

LocalClient::LocalClient(client::FleetClient *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
{}

LocalClient::~LocalClient() = default;

bool LocalClient::open(const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the folder %1.").arg(folder);
        return false;
    }
    client::SecretStore secrets(QStringLiteral("idlefleet"), QStringLiteral("app:") + folder,
                                folder);
    const QString keyName = QStringLiteral("vehicle-key.pem");
    QString problem;
    if (const auto pem = secrets.read(keyName, &problem)) {
        m_key = VehicleKeyPair::fromPrivatePem(*pem);
        if (!m_key.isValid()) {
            *error = tr("The key in %1 is not a P-256 private key; move it away to make a new one.")
                         .arg(secrets.fallbackPath(keyName));
            return false;
        }
    } else if (!problem.isEmpty()) {
        *error = problem;
        return false;
    } else {
        m_key = VehicleKeyPair::generate();
        if (!secrets.write(keyName, m_key.privatePem(), error))
            return false;
    }
    m_keyId = keyIdOf(m_key.publicKeyDer());
    if (!m_store.open(QDir(folder).filePath(QStringLiteral("client.sqlite")), error))
        return false;
    m_sender = new client::OutboxSender(m_fleet, &m_store, m_key, this);
    m_sender->setCertificate(m_certificate);
    connect(m_sender, &client::OutboxSender::entryChanged, this, &LocalClient::entryChanged);
    connect(m_sender, &client::OutboxSender::deliveryFailed, this, &LocalClient::deliveryFailed);
    return true;
}

qint64 LocalClient::queuePolicy(const QString &vehicleId, const v1::Policy &policy,
                                qint64 baseVersion)
{
    OutboxEntry entry;
    entry.vehicleId = vehicleId;
    entry.kind = OutboxEntry::SetPolicy;
    entry.policy = QByteArray::fromStdString(policy.SerializeAsString());
    entry.baseVersion = baseVersion;
    return queue(std::move(entry));
}

std::vector<qint64> LocalClient::queuePolicies(const std::vector<std::pair<QString, qint64>> &cars,
                                               const v1::Policy &policy)
{
    std::vector<qint64> ids;
    if (!isOpen())
        return std::vector<qint64>(cars.size(), 0);
    const QByteArray bytes = QByteArray::fromStdString(policy.SerializeAsString());
    ids.reserve(cars.size());
    for (const auto &[vehicleId, baseVersion] : cars) {
        OutboxEntry entry;
        entry.vehicleId = vehicleId;
        entry.kind = OutboxEntry::SetPolicy;
        entry.policy = bytes;
        entry.baseVersion = baseVersion;
        ids.push_back(m_store.enqueue(std::move(entry)));
    }
    m_sender->kick(); // once for all of them
    return ids;
}

qint64 LocalClient::queuePause(const QString &vehicleId, qint64 pausedUntil, qint64 baseVersion)
{
    OutboxEntry entry;
    entry.vehicleId = vehicleId;
    entry.kind = OutboxEntry::SetPausedUntil;
    entry.pausedUntil = pausedUntil;
    entry.baseVersion = baseVersion;
    return queue(std::move(entry));
}

qint64 LocalClient::queue(OutboxEntry entry)
{
    if (!isOpen())
        return 0;
    const qint64 id = m_store.enqueue(std::move(entry));
    if (id == 0)
        return 0;
    Q_EMIT entryChanged(id);
    m_sender->kick();
    return id;
}

void LocalClient::flush()
{
    if (m_sender)
        m_sender->kick();
}

void LocalClient::setCertificate(const QByteArray &certificate)
{
    m_certificate = certificate;
    if (m_sender)
        m_sender->setCertificate(certificate);
}

} // namespace idlefleet::app
