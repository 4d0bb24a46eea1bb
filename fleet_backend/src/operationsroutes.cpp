// FleetHttpServer: what an operator reads, the metrics of the moment.

#include "httpserver.h"
#include "simulator.h"
#include "worldclock.h"

#include <QHash>
#include <algorithm>

namespace idlefleet::backend {

QByteArray FleetHttpServer::metricsText()
{
    QByteArray out = m_metrics.render();
    auto gauge = [&out](const char *name, const char *help, qint64 value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name +
               ' ' + QByteArray::number(value) + '\n';
    };
    gauge("idlefleetd_http_connections", "Connections open now.", m_server.connectionCount());
    gauge("idlefleetd_live_streams", "Live streams open now.", m_stream.subscriberCount());
    gauge("idlefleetd_password_hashes_queued", "Password hashes waiting or under way.",
          m_executor.queuedHashes());
    gauge("idlefleetd_lookups_queued", "Look-ups of who asks, waiting or under way.",
          m_executor.queuedLookUps());
    gauge("idlefleetd_reads_queued", "Reads of the past, waiting or under way.",
          m_executor.queuedReads());
    gauge("idlefleetd_writes_queued", "Changes asked for by requests, waiting or being committed.",
          m_executor.queuedWrites());
    gauge("idlefleetd_world_leader",
          "1 if this instance runs the world (simulator and market), 0 if it follows another.",
          leads() ? 1 : 0);
    gauge("idlefleetd_simulator_lag_seconds", "How far the simulated world is behind its clock.",
          std::max<qint64>(0, m_simulator.simulatedUntil().secsTo(m_clock.now())));
    // Each car in one state, the first that holds.
    QHash<QByteArray, qint64> states{
        {"out_of_reach", 0}, {"driving", 0}, {"contributing", 0}, {"plugged_in", 0}, {"parked", 0}};
    for (const SimulatedVehicle &car : m_simulator.vehicles())
        ++states[!car.online        ? "out_of_reach"
                 : car.driving      ? "driving"
                 : car.contributing ? "contributing"
                 : car.pluggedIn    ? "plugged_in"
                                    : "parked"];
    out += "# HELP idlefleetd_cars Cars by state.\n# TYPE idlefleetd_cars gauge\n";
    for (const char *state : {"contributing", "driving", "out_of_reach", "parked", "plugged_in"})
        out += QByteArray("idlefleetd_cars{state=\"") + state + "\"} " +
               QByteArray::number(states.value(state)) + '\n';
    return out;
}

} // namespace idlefleet::backend
