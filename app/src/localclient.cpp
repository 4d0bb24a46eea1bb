#include "localclient.h"

#include "applogging.h"
#include "fleetclient.h"
#include "idlefleet/v1/policy.pb.h"
#include "outboxsender.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

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
    problem.clear();
    if (const auto fleetPem = secrets.read(QStringLiteral("fleet-key.pem"), &problem))
        m_fleetKey = VehicleKeyPair::fromPrivatePem(*fleetPem);
    if (!m_store.open(QDir(folder).filePath(QStringLiteral("client.sqlite")), error))
        return false;
    m_folder = folder;
    m_sender = new client::OutboxSender(m_fleet, &m_store, m_key, this);
    m_sender->setCertificate(m_certificate);
    connect(m_sender, &client::OutboxSender::entryChanged, this, &LocalClient::entryChanged);
    connect(m_sender, &client::OutboxSender::deliveryFailed, this, &LocalClient::deliveryFailed);
    return true;
}

QString LocalClient::defaultFolder(bool demo)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(demo ? QStringLiteral("client-demo") : QStringLiteral("client"));
}

QByteArray LocalClient::ensureFleetKey(const QString &folder, const QString &legacyFile,
                                       QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the folder %1.").arg(folder);
        return {};
    }
    client::SecretStore secrets(QStringLiteral("idlefleet"), QStringLiteral("app:") + folder,
                                folder);
    const QString name = QStringLiteral("fleet-key.pem");
    VehicleKeyPair key;
    if (const auto pem = secrets.read(name, error)) {
        key = VehicleKeyPair::fromPrivatePem(*pem);
        if (!key.isValid()) {
            *error = tr("The fleet key in %1 is not a P-256 private key.")
                         .arg(secrets.fallbackPath(name));
            return {};
        }
    } else if (!error->isEmpty()) {
        return {};
    }
    // A world made by an earlier version enrolled the key its backend kept: that one moves
    // here, and leaves the backend's folder only once it is kept here.
    if (QFile::exists(legacyFile)) {
        QFile legacy(legacyFile);
        const VehicleKeyPair old = legacy.open(QIODevice::ReadOnly)
                                       ? VehicleKeyPair::fromPrivatePem(legacy.read(16384))
                                       : VehicleKeyPair();
        if (!old.isValid()) {
            *error = tr("%1 cannot be read as a fleet key; it stays where it is.").arg(legacyFile);
            return {};
        }
        if (key.isValid() && key.publicKeyDer() != old.publicKeyDer()) {
            *error = tr("%1 holds another fleet key than %2; both stay where they are.")
                         .arg(legacyFile, secrets.fallbackPath(name));
            return {};
        }
        if (!key.isValid() && !secrets.write(name, old.privatePem(), error))
            return {};
        key = old;
        legacy.close();
        if (!QFile::remove(legacyFile))
            qCWarning(lcApp, "cannot remove %s; the fleet key is kept in %s now",
                      qPrintable(legacyFile), qPrintable(secrets.fallbackPath(name)));
    }
    if (!key.isValid()) {
        key = VehicleKeyPair::generate();
        if (!secrets.write(name, key.privatePem(), error))
            return {};
    }
    return publicKeyPem(key.publicKeyDer());
}

void LocalClient::obtainCertificate(const QString &label, QObject *context,
                                    std::function<void(const QString &)> done)
{
    auto *job = m_fleet->certifyKey(m_key.publicKeyDer(), label, context);
    connect(job, &client::FleetJob::finished, context, [this, job, label, context, done] {
        job->deleteLater();
        if (job->error() == client::FleetJob::NoError) {
            setCertificate(job->result().certificate);
            return done({});
        }
        if (job->serverError().code != QLatin1String("certificate_pending") ||
            !m_fleetKey.isValid())
            return done(job->errorString());
        // This installation is the administrator's: it certifies its own key.
        const client::Account &account = m_fleet->session().account;
        const QByteArray certificate = client::makeKeyCertificate(
            m_fleetKey, account.organisationId, m_key.publicKeyDer(), label, account.email,
            QDateTime::currentDateTimeUtc().addDays(OwnCertificateDays));
        auto *upload = m_fleet->uploadCertificate(m_keyId, certificate, context);
        connect(upload, &client::FleetJob::finished, context, [this, upload, certificate, done] {
            upload->deleteLater();
            if (upload->error() != client::FleetJob::NoError)
                return done(upload->errorString());
            setCertificate(certificate);
            done({});
        });
    });
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
