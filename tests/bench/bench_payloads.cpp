// bench_payloads: the same 10,000-vehicle status list as protobuf (what idlefleetd sends) and as
// JSON (QJsonDocument): bytes on the wire and the time to decode each into the client's vehicle
// records, with the ratios. The protobuf path is the client's own decoder (decodeVehiclePage,
// which also validates every field); the JSON path reads the same fields.

#include "idlefleet/v1/vehicle.pb.h"
#include "payloads.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace idlefleet;

namespace {

constexpr int Vehicles = 10000;
constexpr int Rounds = 15;

QString reasonOf(int i)
{
    static const char *const Reasons[] = {"not_plugged_in", "outside_schedule", "peak_tariff",
                                          "below_min_soc"};
    return QLatin1String(Reasons[i % 4]);
}

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

bool decodeJson(const QByteArray &bytes, client::VehiclePage *page)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    const QJsonArray list = document.object().value(QStringLiteral("vehicles")).toArray();
    page->vehicles.clear();
    page->vehicles.reserve(std::size_t(list.size()));
    for (const QJsonValue &value : list) {
        const QJsonObject in = value.toObject();
        const QJsonObject s = in.value(QStringLiteral("status")).toObject();
        Vehicle v;
        v.id = in.value(QStringLiteral("id")).toString();
        v.name = in.value(QStringLiteral("name")).toString();
        v.model = in.value(QStringLiteral("model")).toString();
        v.timeZone = in.value(QStringLiteral("timeZone")).toString();
        v.batteryCapacityWh = in.value(QStringLiteral("batteryCapacityWh")).toString().toLongLong();
        v.group = in.value(QStringLiteral("group")).toString();
        v.status.observedAt =
            QDateTime::fromString(s.value(QStringLiteral("observedAt")).toString(), Qt::ISODate);
        v.status.socPercent = s.value(QStringLiteral("socPercent")).toDouble();
        v.status.pluggedIn = s.value(QStringLiteral("pluggedIn")).toBool();
        v.status.driving = s.value(QStringLiteral("driving")).toBool();
        v.status.contributing = s.value(QStringLiteral("contributing")).toBool();
        v.status.chipTempC = s.value(QStringLiteral("chipTempC")).toDouble();
        v.status.computePowerWatts = s.value(QStringLiteral("computePowerWatts")).toInt();
        v.status.energyTodayWh = s.value(QStringLiteral("energyTodayWh")).toString().toLongLong();
        v.status.online = s.value(QStringLiteral("online")).toBool();
        for (const QJsonValue &reason : s.value(QStringLiteral("blockingReasons")).toArray())
            v.status.blockingReasons.append(reason.toString());
        v.status.marketRateMicrosPerHour =
            s.value(QStringLiteral("marketRateMicrosPerHour")).toString().toLongLong();
        v.status.currency = s.value(QStringLiteral("currency")).toString();
        page->vehicles.push_back(v);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // One list, built once, written both ways (JSON as protojson would: 64-bit integers as
    // strings, RFC 3339 times).
    v1::ListVehiclesResponse message;
    QJsonArray list;
    const qint64 observed = 1795000000;
    for (int i = 0; i < Vehicles; ++i) {
        v1::Vehicle *v = message.add_vehicles();
        v->set_id(QStringLiteral("veh-org-%1").arg(i + 1, 5, 10, QLatin1Char('0')).toStdString());
        v->set_name(QStringLiteral("Depot %1 van %2").arg(i % 8 + 1).arg(i + 1).toStdString());
        v->set_model("e-Transit 2025");
        v->set_time_zone(i % 3 == 0 ? "Europe/Warsaw" : "Europe/Berlin");
        v->set_battery_capacity_wh(68000 + i % 5 * 1000);
        v->set_group(QStringLiteral("Depot %1").arg(i % 8 + 1).toStdString());
        v1::VehicleStatus *s = v->mutable_status();
        s->mutable_observed_at()->set_seconds(observed + i % 60);
        s->set_soc_percent(20.0 + (i * 37 % 8000) / 100.0);
        s->set_plugged_in(i % 3 != 0);
        s->set_driving(i % 7 == 0);
        s->set_contributing(i % 4 == 1);
        s->set_chip_temp_c(18.5 + i % 40);
        s->set_compute_power_watts(i % 4 == 1 ? 300 : 0);
        s->set_energy_today_wh(i * 13 % 4000);
        s->set_online(i % 50 != 0);
        if (i % 4 != 1) {
            s->add_blocking_reasons(reasonOf(i).toStdString());
            if (i % 3 == 0)
                s->add_blocking_reasons(reasonOf(i + 1).toStdString());
        }
        s->set_market_rate_micros_per_hour(180000 + i % 90 * 1000);
        s->set_currency(i % 3 == 0 ? "PLN" : "EUR");

        QJsonArray reasons;
        for (const auto &r : s->blocking_reasons())
            reasons.append(QString::fromStdString(r));
        list.append(QJsonObject{
            {QStringLiteral("id"), QString::fromStdString(v->id())},
            {QStringLiteral("name"), QString::fromStdString(v->name())},
            {QStringLiteral("model"), QString::fromStdString(v->model())},
            {QStringLiteral("timeZone"), QString::fromStdString(v->time_zone())},
            {QStringLiteral("batteryCapacityWh"), QString::number(v->battery_capacity_wh())},
            {QStringLiteral("group"), QString::fromStdString(v->group())},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("observedAt"),
                          QDateTime::fromSecsSinceEpoch(s->observed_at().seconds(), Qt::UTC)
                              .toString(Qt::ISODate)},
                         {QStringLiteral("socPercent"), s->soc_percent()},
                         {QStringLiteral("pluggedIn"), s->plugged_in()},
                         {QStringLiteral("driving"), s->driving()},
                         {QStringLiteral("contributing"), s->contributing()},
                         {QStringLiteral("chipTempC"), s->chip_temp_c()},
                         {QStringLiteral("computePowerWatts"), s->compute_power_watts()},
                         {QStringLiteral("energyTodayWh"), QString::number(s->energy_today_wh())},
                         {QStringLiteral("online"), s->online()},
                         {QStringLiteral("blockingReasons"), reasons},
                         {QStringLiteral("marketRateMicrosPerHour"),
                          QString::number(s->market_rate_micros_per_hour())},
                         {QStringLiteral("currency"), QString::fromStdString(s->currency())}}}});
    }
    message.set_total_count(Vehicles);
    const QByteArray protobuf = QByteArray::fromStdString(message.SerializeAsString());
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("vehicles"), list},
                                                      {QStringLiteral("totalCount"), Vehicles}})
                                .toJson(QJsonDocument::Compact);

    std::vector<double> protobufMs;
    std::vector<double> jsonMs;
    for (int round = 0; round < Rounds; ++round) {
        client::VehiclePage page;
        QString problem;
        QElapsedTimer timer;
        timer.start();
        if (!client::decodeVehiclePage(protobuf, &page, &problem) ||
            page.vehicles.size() != std::size_t(Vehicles)) {
            std::fprintf(stderr, "bench_payloads: protobuf: %s\n", qPrintable(problem));
            return 1;
        }
        protobufMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        client::VehiclePage fromJson;
        timer.restart();
        if (!decodeJson(json, &fromJson) || fromJson.vehicles.size() != std::size_t(Vehicles)) {
            std::fprintf(stderr, "bench_payloads: json did not decode\n");
            return 1;
        }
        jsonMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        // Both paths read the same thing.
        if (fromJson.vehicles[4321].status.blockingReasons !=
                page.vehicles[4321].status.blockingReasons ||
            fromJson.vehicles[4321].status.energyTodayWh !=
                page.vehicles[4321].status.energyTodayWh) {
            std::fprintf(stderr, "bench_payloads: the two decodings differ\n");
            return 1;
        }
    }
    const double p = medianMs(protobufMs);
    const double j = medianMs(jsonMs);
    std::printf("bench_payloads: %d vehicles: protobuf %lld bytes, decoded in %.2f ms; JSON %lld "
                "bytes, decoded in %.2f ms (medians of %d)\n",
                Vehicles, static_cast<long long>(protobuf.size()), p,
                static_cast<long long>(json.size()), j, Rounds);
    std::printf("bench_payloads: protobuf/JSON size ratio %.3f, decode-time ratio %.3f\n",
                double(protobuf.size()) / double(json.size()), p / j);
    // Held to: protobuf no larger and no slower than JSON.
    return protobuf.size() <= json.size() && p <= j ? 0 : 1;
}
