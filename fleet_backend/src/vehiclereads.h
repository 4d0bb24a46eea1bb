#pragma once

#include "http/httpmessage.h"
#include "idlefleet/v1/earnings.pb.h"
#include "idlefleet/v1/events.pb.h"

#include <optional>
#include <vector>

namespace idlefleet::backend {

class Store;
struct SimulatedVehicle;

/// The routes that read one car's past: its status history, contribution sessions, earnings,
/// payouts, events, eligibility traces, policy history and diagnostics. They read the store and
/// a copy of the car, nothing else, so VehicleRoutes runs them on a reading thread with its
/// own connection (Executor::read()) while the event loop serves everyone else.
class VehicleReads
{
public:
    /// `now`: the world's time (UTC seconds) when the request came; minute rows are kept
    /// `minuteHistoryDays` days (for what a 410 history_retained says).
    VehicleReads(const Store &store, qint64 now, int minuteHistoryDays);

    using Route = http::Response (VehicleReads::*)(const http::Request &,
                                                   const SimulatedVehicle &) const;
    // historyroutes.cpp
    http::Response history(const http::Request &request, const SimulatedVehicle &vehicle) const;
    http::Response trace(const http::Request &request, const SimulatedVehicle &vehicle) const;
    http::Response policyHistory(const http::Request &request,
                                 const SimulatedVehicle &vehicle) const;
    http::Response diagnostics(const http::Request &request, const SimulatedVehicle &vehicle) const;
    // earningsroutes.cpp
    http::Response sessions(const http::Request &request, const SimulatedVehicle &vehicle) const;
    http::Response earnings(const http::Request &request, const SimulatedVehicle &vehicle) const;
    http::Response payouts(const http::Request &request, const SimulatedVehicle &vehicle) const;
    http::Response events(const http::Request &request, const SimulatedVehicle &vehicle) const;
    /// Every settled month's payout of a car (spec/ledger.md), from its entries.
    v1::PayoutsResponse payoutsOf(const SimulatedVehicle &vehicle) const;
    /// The diagnostics timeline of a car over [from, to), oldest first.
    std::vector<v1::VehicleEvent> eventsOf(const SimulatedVehicle &vehicle, qint64 from,
                                           qint64 to) const;

    /// Reads ?from=&to= (RFC 3339), from before to, at most `maxRange` seconds apart.
    static bool readRange(const http::Request &request, qint64 maxRange, qint64 *from, qint64 *to,
                          http::Response *error);

private:
    /// 410 history_retained if minutes from `from` (UTC seconds) are no longer kept, naming
    /// `field`; nullopt if they are.
    std::optional<http::Response> retainedBefore(qint64 from, const QString &field) const;

    const Store &m_store;
    qint64 m_now;
    int m_minuteHistoryDays;
};

} // namespace idlefleet::backend
