#include "commandsigning.h"

#include "idlefleet/v1/commands.pb.h"
#include "vehiclekey.h"

namespace idlefleet::client {

SignedCommandBytes signCommand(const VehicleKeyPair &key, const QString &vehicleId, quint64 counter,
                               const QDateTime &expiresAt, const QString &idempotencyKey,
                               const CommandAction &action)
{
    v1::Command command;
    command.set_vehicle_id(vehicleId.toStdString());
    command.set_key_id(keyIdOf(key.publicKeyDer()).toStdString());
    command.set_counter(counter);
    command.mutable_expires_at()->set_seconds(expiresAt.toSecsSinceEpoch());
    command.set_idempotency_key(idempotencyKey.toStdString());
    if (action.policy) {
        command.mutable_set_policy()->set_base_version(action.baseVersion);
        *command.mutable_set_policy()->mutable_policy() = *action.policy;
    } else {
        auto *pause = command.mutable_set_paused_until();
        pause->set_base_version(action.baseVersion);
        if (action.pause && action.pausedUntil)
            pause->mutable_paused_until()->set_seconds(action.pausedUntil->toSecsSinceEpoch());
    }
    SignedCommandBytes out;
    out.command = QByteArray::fromStdString(command.SerializeAsString());
    out.signature = key.sign(out.command);
    return out;
}

} // namespace idlefleet::client
