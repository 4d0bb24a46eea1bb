#pragma once

#include "executor.h"
#include "http/httpmessage.h"
#include "store.h"

namespace idlefleet::v1 {
class PairingConfirmation;
class VehicleKey;
} // namespace idlefleet::v1

namespace idlefleet::backend {

/// A stored key as the API shows it.
void fillVehicleKey(v1::VehicleKey *out, const KeyRecord &key);

/// The car side of pairing: a client asks a car to accept its key; the car shows a one-time code
/// on its own screen; only someone who can read that screen can confirm. Codes last five minutes
/// and allow five tries. Pairings waiting for their code are kept in the database, so a pairing
/// started on one instance is confirmed on another, and a restart keeps it. What is kept and
/// read goes through the executor's writing and reading threads, never the event loop.
class Pairing
{
public:
    explicit Pairing(Executor &executor);

    http::Response start(const QString &vehicleId, const http::Request &request);
    http::Response confirm(const QString &vehicleId, const http::Request &request);
    /// What the car's screen shows (simulation only).
    http::Response screen(const QString &vehicleId);
    http::Response listKeys(const QString &vehicleId);
    http::Response revoke(const QString &vehicleId, const QString &keyId);

    static constexpr qint64 CodeLifetimeMs = 5 * 60 * 1000;
    static constexpr int Tries = 5;
    static constexpr int MaxKeysPerVehicle = 20;

private:
    /// The pairing kept, waiting for its code (on the writing thread).
    static http::Response keep(Store &store, const QString &vehicleId, const QByteArray &publicKey,
                               const QString &label);
    /// The code checked and the key paired (on the writing thread).
    static http::Response pair(Store &store, const QString &vehicleId,
                               const v1::PairingConfirmation &confirmation);
    static http::Response screenOf(const Store &store, const QString &vehicleId);

    Executor &m_executor;
};

} // namespace idlefleet::backend
