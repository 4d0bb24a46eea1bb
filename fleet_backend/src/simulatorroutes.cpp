// SimulatorRoutes: the routes that play the cars' side, in simulated worlds only.

#include "simulatorroutes.h"

#include "executor.h"
#include "pairing.h"
#include "protobufhttp.h"
#include "simulator.h"
#include "store.h"
#include "vehiclereads.h"
#include "worldclock.h"

namespace idlefleet::backend {
namespace {

constexpr int MaxSleepMinutes = 14 * 24 * 60;

} // namespace

void SimulatorRoutes::addTo(http::Server &server)
{
    using Access = AccessChecker::Access;
    // The car's own screen, which a real backend cannot read.
    server.route("GET", QStringLiteral("/v1/sim/vehicles/{id}/screen"),
                 m_context.access.forVehicle(
                     [this](const http::Request &, const SimulatedVehicle &car) {
                         return m_pairing.screen(car.id);
                     },
                     Access::Private));
    // A car's telematics unit put to sleep (out of reach) or woken.
    server.route("POST", QStringLiteral("/v1/sim/vehicles/{id}/sleep"),
                 m_context.access.forVehicle(
                     [this](const http::Request &request, const SimulatedVehicle &car) {
                         return sleep(request, car);
                     },
                     Access::Private));
}

http::Response SimulatorRoutes::sleep(const http::Request &request, const SimulatedVehicle &vehicle)
{
    bool ok = false;
    const int minutes = request.query.queryItemValue(QStringLiteral("minutes")).toInt(&ok);
    if (!ok || minutes < 0 || minutes > MaxSleepMinutes)
        return errorResponse(
            400, QStringLiteral("invalid_argument"),
            QStringLiteral("minutes must be a number from 0 (wake it) to %1").arg(MaxSleepMinutes),
            QStringLiteral("minutes"));
    const auto index = std::size_t(&vehicle - m_context.simulator.vehicles().data());
    m_context.simulator.setAsleep(index, m_context.clock.now(), minutes);
    m_context.others.tell(QStringLiteral("asleep"), vehicle.id, QString::number(minutes));
    // The world's state is the leader's to keep, with its next step (within a second): saving
    // it here, beside a step being committed, could mark that step kept before its rows are.
    return m_context.executor.read([request, car = m_context.simulator.vehicles()[index],
                                    now = m_context.clock.now().toSecsSinceEpoch(),
                                    days = m_context.minuteHistoryDays](const Store &store) {
        return VehicleReads(store, now, days).diagnostics(request, car);
    });
}

} // namespace idlefleet::backend
