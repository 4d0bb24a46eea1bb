#pragma once

#include "http/httpmessage.h"

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

    static constexpr qint64 MaxExpirySeconds = 24 * 3600;

private:
    Store &m_store;
    Simulator &m_simulator;
};

} // namespace idlefleet::backend
