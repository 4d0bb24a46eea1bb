// FleetHttpServer: status reports from the cars' telematics units.

#include "httpserver.h"
#include "idlefleet/v1/vehicle.pb.h"
#include "passwordhash.h"
#include "protobufhttp.h"
#include "simulator.h"
#include "worldclock.h"

#include <QDateTime>
#include <cmath>

namespace idlefleet::backend {
namespace {

constexpr qint64 MaxAheadMs = 5 * 60 * 1000; // a car's clock may run a little ahead

http::Response invalid(const QString &message, const QString &field)
{
    return errorResponse(400, QStringLiteral("invalid_argument"), message, field);
}

} // namespace

http::Response FleetHttpServer::reportStatus(const http::Request &request)
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Device ") || header.size() < 8) {
        http::Response response =
            errorResponse(401, QStringLiteral("unauthenticated"),
                          QStringLiteral("a status report needs the car's device credential"));
        response.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Device")));
        return response;
    }
    const auto device = m_store.devices().vehicleForDevice(tokenDigest(header.mid(7).trimmed()));
    if (!device)
        return errorResponse(401, QStringLiteral("unauthenticated"),
                             QStringLiteral("the device credential is not valid"));
    v1::StatusReport report;
    http::Response bad;
    if (!parseProtobufBody(request, &report, &bad))
        return bad;
    const QString vehicleId = QString::fromStdString(report.vehicle_id());
    if (vehicleId != *device)
        return errorResponse(403, QStringLiteral("forbidden"),
                             QStringLiteral("this device reports for %1 only").arg(*device),
                             QStringLiteral("vehicle_id"));
    const SimulatedVehicle *vehicle = m_access.vehicleById(vehicleId);
    if (!vehicle)
        return errorResponse(404, QStringLiteral("not_found"),
                             QStringLiteral("no such vehicle: %1").arg(vehicleId));
    const v1::VehicleStatus &status = report.status();
    const qint64 observedMs =
        status.observed_at().seconds() * 1000 + status.observed_at().nanos() / 1000000;
    if (!report.has_status() || !status.has_observed_at() || status.observed_at().nanos() < 0 ||
        status.observed_at().nanos() > 999999999)
        return invalid(QStringLiteral("status.observed_at must be an instant"),
                       QStringLiteral("status.observed_at"));
    if (observedMs > m_clock.now().toMSecsSinceEpoch() + MaxAheadMs)
        return invalid(QStringLiteral("status.observed_at is in the future"),
                       QStringLiteral("status.observed_at"));
    if (!std::isfinite(status.soc_percent()) || status.soc_percent() < 0 ||
        status.soc_percent() > 100)
        return invalid(QStringLiteral("status.soc_percent must be from 0 to 100"),
                       QStringLiteral("status.soc_percent"));
    if (!std::isfinite(status.chip_temp_c()) || status.chip_temp_c() < -60 ||
        status.chip_temp_c() > 150)
        return invalid(QStringLiteral("status.chip_temp_c must be from -60 to 150"),
                       QStringLiteral("status.chip_temp_c"));
    if (status.compute_power_watts() < 0 || status.compute_power_watts() > 10000)
        return invalid(QStringLiteral("status.compute_power_watts must be from 0 to 10000"),
                       QStringLiteral("status.compute_power_watts"));
    if (status.energy_today_wh() < 0 || status.energy_today_wh() > 1000000)
        return invalid(QStringLiteral("status.energy_today_wh must be from 0 to 1,000,000"),
                       QStringLiteral("status.energy_today_wh"));
    if (const auto last = m_store.devices().lastReport(vehicleId);
        last && last->observedMs >= observedMs)
        return errorResponse(409, QStringLiteral("out_of_order"),
                             QStringLiteral("a report as new or newer was kept already"));

    const ReportRecord record{vehicleId,
                              observedMs,
                              int(std::lround(status.soc_percent() * 100)),
                              status.plugged_in(),
                              status.driving(),
                              int(std::lround(status.chip_temp_c() * 10)),
                              status.compute_power_watts(),
                              status.energy_today_wh(),
                              QDateTime::currentMSecsSinceEpoch()};
    // Kept before it is acknowledged: an answered report survives a crash.
    if (!m_store.devices().saveReport(record))
        return errorResponse(503, QStringLiteral("unavailable"),
                             QStringLiteral("the report could not be kept; send it again"));
    m_simulator.applyReport(std::size_t(vehicle - m_simulator.vehicles().data()),
                            status.soc_percent(), status.plugged_in(), status.driving(),
                            status.chip_temp_c());
    tell(QStringLiteral("report"), vehicleId);
    http::Response response;
    response.status = 204;
    return response;
}

} // namespace idlefleet::backend
