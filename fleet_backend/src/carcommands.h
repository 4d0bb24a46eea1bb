#pragma once

#include "http/httpmessage.h"

#include <functional>

namespace idlefleet::backend {

class Simulator;
class Store;

/// The car side of signed commands: it checks the key, the signature, the expiry and the counter
/// before it applies anything, and answers each failure with its own code. The backend relays the
/// bytes only.
class CarCommands
{
public:
    CarCommands(Store &store, Simulator &simulator);

    http::Response handle(std::size_t vehicleIndex, const http::Request &request);
    /// Told the car whenever a command changed its policy (other instances must know).
    void setPolicyApplied(std::function<void(const QString &vehicleId)> applied)
    {
        m_policyApplied = std::move(applied);
    }

    static constexpr qint64 MaxExpirySeconds = 24 * 3600;

private:
    Store &m_store;
    Simulator &m_simulator;
    std::function<void(const QString &)> m_policyApplied;
};

} // namespace idlefleet::backend
