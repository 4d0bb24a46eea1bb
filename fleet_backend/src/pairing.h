#pragma once

#include "http/httpmessage.h"
#include "store.h"

#include <QHash>

namespace idlefleet::v1 {
class VehicleKey;
}

namespace idlefleet::backend {

/// A stored key as the API shows it.
void fillVehicleKey(v1::VehicleKey *out, const KeyRecord &key);

/// The car side of pairing: a client asks a car to accept its key; the car shows a one-time code
/// on its own screen; only someone who can read that screen can confirm. Codes last five minutes
/// and allow five tries. Pending pairings live in memory: a restart asks for a new code.
class Pairing
{
public:
    explicit Pairing(Store &store);

    http::Response start(const QString &vehicleId, const http::Request &request);
    http::Response confirm(const QString &vehicleId, const http::Request &request);
    /// What the car's screen shows (simulation only).
    http::Response screen(const QString &vehicleId) const;
    http::Response listKeys(const QString &vehicleId) const;
    http::Response revoke(const QString &vehicleId, const QString &keyId);

    static constexpr qint64 CodeLifetimeMs = 5 * 60 * 1000;
    static constexpr int Tries = 5;
    static constexpr int MaxKeysPerVehicle = 20;

private:
    struct Pending
    {
        QByteArray publicKey;
        QString label;
        QString code;
        qint64 expiresMs = 0;
        int triesLeft = Tries;
    };

    Store &m_store;
    QHash<QString, Pending> m_pending; // by vehicle: one pairing at a time per car
};

} // namespace idlefleet::backend
