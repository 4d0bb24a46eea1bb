#pragma once

#include "store/localstore.h"
#include "vehiclekey.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace idlefleet::client {

class FleetClient;

/// Delivers the outbox (LocalStore) to the cars: one change in flight per car, signed only when
/// it is first sent, resent as the very same bytes (same idempotency key) until an answer comes,
/// so that a change arrives exactly once whatever fails in between. Unanswered deliveries are
/// retried with exponential backoff and jitter (1 s doubling to 60 s).
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(FleetClient *client, LocalStore *store, VehicleKeyPair key,
                 QObject *parent = nullptr);

    /// A fleet manager's key sends its organisation's certificate with every command.
    void setCertificate(const QByteArray &certificate) { m_certificate = certificate; }
    /// Starts delivering what waits.
    void kick();
    bool isBusy() const { return !m_inFlight.isEmpty(); }
    int retryDelayMs() const { return m_delayMs; }

    /// How long signed bytes stay valid: long enough for retries, far below the car's day.
    static constexpr int SignatureLifetimeSeconds = 3600;

Q_SIGNALS:
    /// An entry changed state (sent, answered) in the store.
    void entryChanged(qint64 id);
    /// A delivery got no answer; it is retried after `retryDelayMs()`.
    void deliveryFailed(qint64 id, const QString &reason);
    /// Nothing is in flight.
    void idle();

private:
    void sendNext(const QString &vehicleId);
    void sign(OutboxEntry entry, qint64 baseVersion);
    void deliver(const OutboxEntry &entry);
    void finishVehicle(const QString &vehicleId);
    void scheduleRetry();

    FleetClient *m_client;
    LocalStore *m_store;
    VehicleKeyPair m_key;
    QString m_keyId;
    QByteArray m_certificate;
    QSet<QString> m_inFlight;
    QTimer m_retry;
    int m_delayMs = 0;
};

} // namespace idlefleet::client
