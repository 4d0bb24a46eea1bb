// TelemetryRoutes: status reports from the cars' telematics units.

#include "telemetryroutes.h"

#include "executor.h"
#include "idlefleet/v1/vehicle.pb.h"
#include "passwordhash.h"
#include "protobufhttp.h"
#include "simulator.h"
#include "store.h"
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

http::Response unavailable()
{
    return retryLater(503, QStringLiteral("unavailable"),
                      QStringLiteral("the report could not be kept; send it again"),
                      Executor::RetryAfterSeconds);
}

} // namespace

TelemetryRoutes::TelemetryRoutes(RouteContext &context)
    : m_context(context)
    , m_reports(context.store.url(), {})
{}

void TelemetryRoutes::addTo(http::Server &server)
{
    // Cars' telematics units, with their device credentials (no account).
    server.route("POST", QStringLiteral("/v1/telemetry"),
                 [this](const http::Request &request) { return reportStatus(request); });
}

http::Response TelemetryRoutes::reportStatus(const http::Request &request)
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Device ") || header.size() < 8) {
        http::Response response =
            errorResponse(401, QStringLiteral("unauthenticated"),
                          QStringLiteral("a status report needs the car's device credential"));
        response.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Device")));
        return response;
    }
    v1::StatusReport report;
    http::Response bad;
    if (!parseProtobufBody(request, &report, &bad))
        return bad;
    const QString vehicleId = QString::fromStdString(report.vehicle_id());
    const v1::VehicleStatus &status = report.status();
    const qint64 observedMs =
        status.observed_at().seconds() * 1000 + status.observed_at().nanos() / 1000000;
    if (!report.has_status() || !status.has_observed_at() || status.observed_at().nanos() < 0 ||
        status.observed_at().nanos() > 999999999)
        return invalid(QStringLiteral("status.observed_at must be an instant"),
                       QStringLiteral("status.observed_at"));
    if (observedMs > m_context.clock.now().toMSecsSinceEpoch() + MaxAheadMs)
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
    const ReportRecord record{vehicleId,
                              observedMs,
                              int(std::lround(status.soc_percent() * 100)),
                              status.plugged_in(),
                              status.driving(),
                              int(std::lround(status.chip_temp_c() * 10)),
                              status.compute_power_watts(),
                              status.energy_today_wh(),
                              QDateTime::currentMSecsSinceEpoch()};
    // Kept before it is acknowledged, so that an answered report survives a crash; in a group
    // with the others that came meanwhile, off the event loop, where the credential and the
    // order are checked too (ReportWriter). The other instances are told in the same
    // transaction.
    auto [response, deliver] = http::deferred();
    const bool queued = m_reports.keep(
        {tokenDigest(header.mid(7).trimmed()), record},
        [this, deliver = deliver, vehicleId, soc = status.soc_percent(),
         plugged = status.plugged_in(), driving = status.driving(),
         chip = status.chip_temp_c()](const ReportOutcome &outcome) {
            switch (outcome.result) {
            case ReportOutcome::UnknownDevice:
                return deliver(errorResponse(401, QStringLiteral("unauthenticated"),
                                             QStringLiteral("the device credential is not valid")));
            case ReportOutcome::OtherVehicle:
                return deliver(errorResponse(
                    403, QStringLiteral("forbidden"),
                    QStringLiteral("this device reports for %1 only").arg(outcome.deviceVehicle),
                    QStringLiteral("vehicle_id")));
            case ReportOutcome::OutOfOrder:
                return deliver(
                    errorResponse(409, QStringLiteral("out_of_order"),
                                  QStringLiteral("a report as new or newer was kept already")));
            case ReportOutcome::NotKept:
                return deliver(unavailable());
            case ReportOutcome::Kept:
                break;
            }
            // The car may have left the world while its report was written.
            if (const SimulatedVehicle *car = m_context.access.vehicleById(vehicleId))
                m_context.simulator.applyReport(
                    std::size_t(car - std::as_const(m_context.simulator).vehicles().data()), soc,
                    plugged, driving, chip);
            http::Response done;
            done.status = 204;
            deliver(std::move(done));
        });
    if (!queued)
        return unavailable();
    return std::move(response);
}

} // namespace idlefleet::backend
