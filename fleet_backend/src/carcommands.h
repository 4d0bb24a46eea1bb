#pragma once

#include "http/httpmessage.h"
#include "idlefleet/v1/commands.pb.h"
#include "idlefleet/v1/policy.pb.h"

#include <QHash>
#include <deque>
#include <functional>

namespace idlefleet::backend {

class Executor;
class Simulator;
class Store;

/// The car side of signed commands: it checks the key, the signature, the expiry and the counter
/// before it applies anything, and answers each failure with its own code. The backend relays the
/// bytes only. The car's keys, counters and answers are checked and kept on the executor's
/// writing thread; a car takes one command at a time, the next waiting until the one before is
/// committed.
class CarCommands
{
public:
    CarCommands(Simulator &simulator, Executor &executor);

    http::Response handle(std::size_t vehicleIndex, const http::Request &request);
    /// Told the car whenever a command changed its policy (other instances must know).
    void setPolicyApplied(std::function<void(const QString &vehicleId)> applied)
    {
        m_policyApplied = std::move(applied);
    }

    static constexpr qint64 MaxExpirySeconds = 24 * 3600;

private:
    /// What the car runs as the command reaches it.
    struct CarNow
    {
        QString id;
        v1::Policy policy;
        qint64 policyVersion = 0;
    };
    /// The command's answer and, when it changed the policy, the policy and its version.
    struct Decided
    {
        http::Response response;
        qint64 version = 0;
        v1::Policy policy;
    };
    http::Response handleNow(const QString &vehicleId, const http::Request &request, bool *writing);
    /// The car's checks of key, signature, expiry, idempotency key and counter, and the change
    /// kept with its answer: on the writing thread.
    static Decided decide(Store &store, const CarNow &vehicle,
                          const v1::SignedCommand &signedCommand, const v1::Command &command,
                          const QByteArray &bytes);
    /// Runs the commands waiting for `vehicleId` until one of them writes.
    void runWaiting(const QString &vehicleId);

    Simulator &m_simulator;
    Executor &m_executor;
    std::function<void(const QString &)> m_policyApplied;
    /// Cars with a command being written -> the commands waiting behind it (each returns
    /// whether it went to be written).
    QHash<QString, std::deque<std::function<bool()>>> m_busy;
};

} // namespace idlefleet::backend
