#pragma once

#include "idlefleet/v1/policy.pb.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace idlefleet {
class VehicleKeyPair;
}

namespace idlefleet::client {

/// What a signed command asks of the car.
struct CommandAction
{
    qint64 baseVersion = 0;
    std::optional<v1::Policy> policy;     ///< set the whole policy
    std::optional<QDateTime> pausedUntil; ///< pause until (with `pause`)
    bool pause = false;                   ///< true: set pausedUntil; false with no policy: resume
};

/// A command ready to send: its bytes and the signature over them.
struct SignedCommandBytes
{
    QByteArray command;
    QByteArray signature;
};

/// Serialises and signs a command for `vehicleId` with `key`, valid until `expiresAt`.
SignedCommandBytes signCommand(const VehicleKeyPair &key, const QString &vehicleId, quint64 counter,
                               const QDateTime &expiresAt, const QString &idempotencyKey,
                               const CommandAction &action);

} // namespace idlefleet::client
