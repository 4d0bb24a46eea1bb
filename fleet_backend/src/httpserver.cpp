#include "httpserver.h"

#include "apiversion.h"
#include "idlefleet/v1/common.pb.h"
#include "idlefleet/v1/vehicle.pb.h"
#include "simulator.h"
#include "version.h"
#include "worldclock.h"

#include <QHttpServerRequest>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace idlefleet::backend {
namespace {

using Status = QHttpServerResponse::StatusCode;
const QByteArray ProtobufType = QByteArrayLiteral("application/x-protobuf");
constexpr int DefaultPageSize = 100;
constexpr int MaxPageSize = 1000;

QHttpServerResponse protobufResponse(const google::protobuf::MessageLite &message,
                                     Status status = Status::Ok)
{
    std::string bytes;
    message.SerializeToString(&bytes);
    return QHttpServerResponse(ProtobufType, QByteArray::fromStdString(bytes), status);
}

void setTimestamp(google::protobuf::Timestamp *timestamp, const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    timestamp->set_seconds(ms / 1000);
    timestamp->set_nanos(int(ms % 1000) * 1000000);
}

} // namespace

QHttpServerResponse errorResponse(Status status, const QString &code, const QString &message,
                                  const QString &field)
{
    v1::Error error;
    error.set_code(code.toStdString());
    error.set_message(message.toStdString());
    error.set_field(field.toStdString());
    return protobufResponse(error, status);
}

FleetHttpServer::FleetHttpServer(const Simulator &simulator, const WorldClock &clock)
    : m_simulator(simulator)
    , m_clock(clock)
{
    using Method = QHttpServerRequest::Method;
    m_server.route(QStringLiteral("/v1/info"), Method::Get, [this] { return info(); });
    m_server.route(QStringLiteral("/v1/health"), Method::Get,
                   [] { return QHttpServerResponse("text/plain", QByteArrayLiteral("ok\n")); });
    m_server.route(QStringLiteral("/v1/vehicles"), Method::Get,
                   [this](const QHttpServerRequest &request) { return listVehicles(request); });
    m_server.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            errorResponse(Status::NotFound, QStringLiteral("not_found"),
                          QStringLiteral("no such endpoint: %1").arg(request.url().path()))
                .write(std::move(responder));
        });
    m_server.afterRequest([](QHttpServerResponse &&response) {
        response.setHeader("Cache-Control", "no-store");
        return std::move(response);
    });
}

quint16 FleetHttpServer::listen(const QHostAddress &address, quint16 port,
                                const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.sslSetup(tls);
    return m_server.listen(address, port);
}

QHttpServerResponse FleetHttpServer::info() const
{
    v1::ServerInfo info;
    info.set_server_version(IDLEFLEET_VERSION_STRING);
    info.set_api_version(ApiVersion);
    info.set_min_client_api_version(MinClientApiVersion);
    info.set_simulated(true);
    return protobufResponse(info);
}

QHttpServerResponse FleetHttpServer::listVehicles(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    int pageSize = DefaultPageSize;
    if (query.hasQueryItem(QStringLiteral("page_size"))) {
        bool ok = false;
        pageSize = query.queryItemValue(QStringLiteral("page_size")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > MaxPageSize)
            return errorResponse(
                Status::BadRequest, QStringLiteral("invalid_argument"),
                QStringLiteral("page_size must be a number from 1 to %1").arg(MaxPageSize),
                QStringLiteral("page_size"));
    }
    int offset = 0;
    if (query.hasQueryItem(QStringLiteral("page_token"))) {
        bool ok = false;
        offset = query.queryItemValue(QStringLiteral("page_token")).toInt(&ok);
        if (!ok || offset < 0)
            return errorResponse(Status::BadRequest, QStringLiteral("invalid_argument"),
                                 QStringLiteral("page_token is not one this server issued"),
                                 QStringLiteral("page_token"));
    }

    const auto &vehicles = m_simulator.vehicles();
    const QDateTime now = m_clock.now();
    v1::ListVehiclesResponse response;
    response.set_total_count(int(vehicles.size()));
    const int end = std::min(int(vehicles.size()), offset + pageSize);
    for (int i = offset; i < end; ++i) {
        const SimulatedVehicle &vehicle = vehicles[std::size_t(i)];
        const VehicleStatus status = Simulator::statusOf(vehicle, now);
        v1::Vehicle *out = response.add_vehicles();
        out->set_id(vehicle.id.toStdString());
        out->set_name(vehicle.name.toStdString());
        out->set_model(vehicle.model.toStdString());
        out->set_time_zone(vehicle.timeZone.toStdString());
        out->set_battery_capacity_wh(vehicle.batteryCapacityWh);
        v1::VehicleStatus *outStatus = out->mutable_status();
        setTimestamp(outStatus->mutable_observed_at(), status.observedAt);
        outStatus->set_soc_percent(status.socPercent);
        outStatus->set_plugged_in(status.pluggedIn);
        outStatus->set_driving(status.driving);
        outStatus->set_contributing(status.contributing);
        outStatus->set_chip_temp_c(status.chipTempC);
        outStatus->set_compute_power_watts(status.computePowerWatts);
        outStatus->set_energy_today_wh(status.energyTodayWh);
        outStatus->set_online(status.online);
    }
    if (end < int(vehicles.size()))
        response.set_next_page_token(std::to_string(end));
    return protobufResponse(response);
}

} // namespace idlefleet::backend
