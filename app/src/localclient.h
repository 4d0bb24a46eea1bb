#pragma once

#include "store/localstore.h"
#include "vehiclekey.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace idlefleet::v1 {
class Policy;
}

namespace idlefleet::client {
class FleetClient;
class OutboxSender;
} // namespace idlefleet::client

namespace idlefleet::app {

/// What this installation keeps beside the backend: its own vehicle key (the keychain when one
/// runs, else a 0600 file), the local store with the outbox, and the sender that delivers it.
/// A change is written to the store before anything is sent, so it survives a crash.
class LocalClient : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
public:
    explicit LocalClient(client::FleetClient *fleet, QObject *parent = nullptr);
    ~LocalClient() override;

    /// Opens (or creates) the key and the store in `folder`. False with `error` set on failure.
    bool open(const QString &folder, QString *error);
    /// Where an installation keeps its key and store: one for the demo world, one otherwise.
    static QString defaultFolder(bool demo);

    /// The organisation's fleet key, when this installation is its administrator's (the demo
    /// world puts the demo organisation's here); invalid otherwise.
    const VehicleKeyPair &fleetKey() const { return m_fleetKey; }
    /// The public half (PEM) of the fleet key kept in `folder`, made there first if there is
    /// none: the demo world's organisation enrols it (idlefleetd --demo-fleet-key). A fleet key
    /// file that an earlier demo backend kept in its own folder (`legacyFile`) is moved here.
    /// Empty with `error` set on failure.
    static QByteArray ensureFleetKey(const QString &folder, const QString &legacyFile,
                                     QString *error);
    bool isOpen() const { return m_sender != nullptr; }
    /// The folder open() was given: one per backend (demo mode's, the account's).
    QString folder() const { return m_folder; }

    LocalStore *store() { return &m_store; }
    const VehicleKeyPair &key() const { return m_key; }
    /// The id the backend gives this installation's key (`keyIdOf`).
    QString keyId() const { return m_keyId; }

    /// Queues a policy change made from `baseVersion` and starts delivering it; the entry id,
    /// or 0 when the store could not keep it.
    qint64 queuePolicy(const QString &vehicleId, const v1::Policy &policy, qint64 baseVersion);
    /// Queues one policy for many cars (each made from its own base version) and starts
    /// delivering them all; the entry ids in the same order (0 where the store failed).
    std::vector<qint64> queuePolicies(const std::vector<std::pair<QString, qint64>> &cars,
                                      const v1::Policy &policy);
    /// Queues a change of `pausedUntil` (UTC seconds; 0 resumes).
    qint64 queuePause(const QString &vehicleId, qint64 pausedUntil, qint64 baseVersion);
    /// Delivers whatever waits (after a restart, or once the backend answers again).
    void flush();
    /// A fleet manager's installation sends its organisation's certificate of its key with
    /// every change (no pairing with each car).
    void setCertificate(const QByteArray &certificate);
    bool hasCertificate() const { return !m_certificate.isEmpty(); }
    /// Gets the organisation's certificate of this installation's key: the one the
    /// administrator made, or, when this installation holds the fleet key, one it makes itself
    /// and hands to the backend. `done` gets an empty string on success, else why not.
    void obtainCertificate(const QString &label, QObject *context,
                           std::function<void(const QString &error)> done);
    /// How long the certificate lasts that the administrator's installation makes itself.
    static constexpr int OwnCertificateDays = 30;

Q_SIGNALS:
    /// An outbox entry was queued or changed state.
    void entryChanged(qint64 id);
    /// A delivery got no answer; it is retried later.
    void deliveryFailed(qint64 id, const QString &reason);

private:
    qint64 queue(OutboxEntry entry);

    client::FleetClient *m_fleet;
    LocalStore m_store;
    VehicleKeyPair m_key;
    VehicleKeyPair m_fleetKey;
    QString m_keyId;
    QString m_folder;
    client::OutboxSender *m_sender = nullptr;
    QByteArray m_certificate;
};

} // namespace idlefleet::app
