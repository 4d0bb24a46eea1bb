// FleetHttpServer: contribution sessions and earnings of one car.

#include "httpserver.h"
#include "idlefleet/v1/earnings.pb.h"
#include "idlefleet/v1/events.pb.h"
#include "jobmarket.h"
#include "money.h"
#include "policy/zonerules.h"
#include "protobufhttp.h"
#include "rfc3339.h"
#include "simulator.h"
#include "store.h"

#include <QDate>
#include <map>

namespace idlefleet::backend {
namespace {

constexpr qint64 MaxSessionsRangeSeconds = 92LL * 86400;
constexpr qint64 MaxEarningsRangeSeconds = 20LL * 366 * 86400;
constexpr qint64 MaxHourlyEarningsRangeSeconds = 31LL * 86400;

void setTimestamp(google::protobuf::Timestamp *timestamp, qint64 seconds)
{
    timestamp->set_seconds(seconds);
}

QString currencyOf(const SimulatedVehicle &vehicle)
{
    return vehicle.policy.has_tariff() ? QString::fromStdString(vehicle.policy.tariff().currency())
                                       : QStringLiteral("EUR");
}

void fill(v1::Amounts *out, const ContributionRecord &r, int minutes)
{
    out->set_energy_wh(r.energyWh);
    out->set_cost_micros(r.costMicros);
    out->set_gross_micros(r.grossMicros);
    out->set_owner_micros(r.ownerMicros);
    out->set_net_micros(r.netMicros);
    out->set_contributing_minutes(minutes);
}

} // namespace

bool FleetHttpServer::readRange(const http::Request &request, qint64 maxRange, qint64 *from,
                                qint64 *to, http::Response *error)
{
    for (const auto &[name, value] : {std::pair<QString, qint64 *>{QStringLiteral("from"), from},
                                      std::pair<QString, qint64 *>{QStringLiteral("to"), to}}) {
        if (!parseRfc3339(request.query.queryItemValue(name, QUrl::FullyDecoded), value)) {
            *error = errorResponse(400, QStringLiteral("invalid_argument"),
                                   QStringLiteral("%1 must be an RFC 3339 instant such as "
                                                  "2026-11-23T00:00:00Z")
                                       .arg(name),
                                   name);
            return false;
        }
    }
    if (*from >= *to) {
        *error = errorResponse(400, QStringLiteral("invalid_argument"),
                               QStringLiteral("from must be before to"), QStringLiteral("from"));
        return false;
    }
    if (*to - *from > maxRange) {
        *error =
            errorResponse(400, QStringLiteral("range_too_large"),
                          QStringLiteral("a request covers at most %1 days").arg(maxRange / 86400),
                          QStringLiteral("to"));
        return false;
    }
    return true;
}

http::Response FleetHttpServer::vehicleSessions(const http::Request &request,
                                                const SimulatedVehicle &vehicle) const
{
    qint64 from = 0;
    qint64 to = 0;
    http::Response error;
    if (!readRange(request, MaxSessionsRangeSeconds, &from, &to, &error))
        return error;
    v1::SessionsResponse out;
    out.set_vehicle_id(vehicle.id.toStdString());
    out.set_currency(currencyOf(vehicle).toStdString());
    for (const ContributionRecord &r : m_store.sessions(vehicle, from, to)) {
        v1::ContributionSession *session = out.add_sessions();
        setTimestamp(session->mutable_start(), r.start);
        setTimestamp(session->mutable_end(), r.end);
        fill(session->mutable_amounts(), r, int((r.end - r.start) / 60));
    }
    return protobufResponse(out);
}

http::Response FleetHttpServer::vehicleEarnings(const http::Request &request,
                                                const SimulatedVehicle &vehicle) const
{
    const QString by = request.query.queryItemValue(QStringLiteral("by"));
    const bool hourly = by == QLatin1String("hour");
    if (!by.isEmpty() && !hourly && by != QLatin1String("day") && by != QLatin1String("week") &&
        by != QLatin1String("month"))
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("by must be hour, day, week or month"),
                             QStringLiteral("by"));
    qint64 from = 0;
    qint64 to = 0;
    http::Response error;
    if (!readRange(request, hourly ? MaxHourlyEarningsRangeSeconds : MaxEarningsRangeSeconds, &from,
                   &to, &error))
        return error;

    auto rules = policy::ZoneRules::forZone(vehicle.timeZone.toUtf8());
    if (!rules)
        rules = policy::ZoneRules::forZone("UTC");
    const qint64 epochJulian = QDate(1970, 1, 1).toJulianDay();
    // Hours as kept, or local days summed into the requested calendar buckets; keyed by the
    // bucket's first instant.
    std::map<qint64, HistoryBucket> groups;
    for (const HistoryBucket &part : m_store.history(
             vehicle, hourly ? Store::Resolution::Hour : Store::Resolution::Day, from, to)) {
        qint64 first = part.start;
        if (!hourly) {
            QDate date = QDate::fromJulianDay(rules->localDay(part.start) + epochJulian);
            if (by == QLatin1String("week"))
                date = date.addDays(1 - date.dayOfWeek());
            else if (by == QLatin1String("month"))
                date = QDate(date.year(), date.month(), 1);
            first = rules->boundary(date.toJulianDay() - epochJulian, 0);
        }
        HistoryBucket &group = groups[first];
        group.contributingMinutes += part.contributingMinutes;
        group.computeWattMinutes += part.computeWattMinutes;
        group.priceWattMinutes += part.priceWattMinutes;
        group.grossRateMinutes += part.grossRateMinutes;
    }
    v1::EarningsResponse out;
    out.set_vehicle_id(vehicle.id.toStdString());
    out.set_currency(currencyOf(vehicle).toStdString());
    ContributionRecord total;
    int totalMinutes = 0;
    for (const auto &[first, group] : groups) {
        ContributionRecord r;
        r.energyWh = divideRounded(group.computeWattMinutes, 60);
        r.costMicros = divideRounded(group.priceWattMinutes, 60000);
        r.grossMicros = divideRounded(group.grossRateMinutes, 60);
        r.ownerMicros = JobMarket::ownerShare(r.grossMicros);
        r.netMicros = r.ownerMicros - r.costMicros;
        v1::EarningsBucket *bucket = out.add_buckets();
        setTimestamp(bucket->mutable_start(), first);
        fill(bucket->mutable_amounts(), r, group.contributingMinutes);
        total.energyWh += r.energyWh;
        total.costMicros += r.costMicros;
        total.grossMicros += r.grossMicros;
        total.ownerMicros += r.ownerMicros;
        total.netMicros += r.netMicros;
        totalMinutes += group.contributingMinutes;
    }
    fill(out.mutable_totals(), total, totalMinutes);
    return protobufResponse(out);
}

http::Response FleetHttpServer::vehicleEvents(const http::Request &request,
                                              const SimulatedVehicle &vehicle) const
{
    qint64 from = 0;
    qint64 to = 0;
    http::Response error;
    if (!readRange(request, 31LL * 86400, &from, &to, &error))
        return error;
    v1::EventsResponse out;
    out.set_vehicle_id(vehicle.id.toStdString());
    // Each change between one kept minute and the next is an event; the minute before the range
    // is read too, so that a change at its first minute is seen.
    const auto rows = m_store.minutes(vehicle.id, from / 60 - 1, (to + 59) / 60);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const Store::MinuteRow &before = rows[i - 1];
        const Store::MinuteRow &now = rows[i];
        auto add = [&](v1::VehicleEvent::Kind kind, bool withReasons) {
            v1::VehicleEvent *event = out.add_events();
            event->mutable_at()->set_seconds(now.minute * 60);
            event->set_kind(kind);
            event->set_soc_percent(now.socCenti / 100.0);
            if (withReasons) {
                for (const QString &code : policy::reasonCodes(policy::ReasonSet(now.reasons)))
                    event->add_reasons(code.toStdString());
            }
        };
        if (now.online != before.online)
            add(now.online ? v1::VehicleEvent::CONNECTION_RESTORED
                           : v1::VehicleEvent::CONNECTION_LOST,
                false);
        if (now.jobFailed) {
            add(v1::VehicleEvent::JOB_FAILED, false);
            // The computer throttles itself when hot; otherwise the job ran out of time.
            out.mutable_events(out.events_size() - 1)
                ->set_detail(now.chipDeci >= 700 ? "thermal_throttle" : "job_timeout");
        }
        if (now.pluggedIn != before.pluggedIn)
            add(now.pluggedIn ? v1::VehicleEvent::PLUGGED_IN : v1::VehicleEvent::UNPLUGGED, false);
        if (now.contributing != before.contributing) {
            add(now.contributing ? v1::VehicleEvent::CONTRIBUTION_STARTED
                                 : v1::VehicleEvent::CONTRIBUTION_STOPPED,
                !now.contributing);
            if (!now.contributing && !now.online)
                out.mutable_events(out.events_size() - 1)->set_detail("offline");
        } else if (!now.contributing && now.reasons != before.reasons)
            add(v1::VehicleEvent::BLOCKING_CHANGED, true);
    }
    // Keys added and revoked, and each policy the car confirmed, by their wall-clock instants.
    std::vector<v1::VehicleEvent> more;
    auto addMore = [&](qint64 atMs, v1::VehicleEvent::Kind kind, const QString &detail) {
        if (atMs < from * 1000 || atMs >= to * 1000)
            return;
        v1::VehicleEvent event;
        event.mutable_at()->set_seconds(atMs / 1000);
        event.set_kind(kind);
        event.set_detail(detail.toStdString());
        more.push_back(std::move(event));
    };
    for (const KeyRecord &key : m_store.keysOf(vehicle.id)) {
        addMore(key.addedMs, v1::VehicleEvent::KEY_ADDED, key.keyId);
        if (key.revoked && key.revokedMs > 0)
            addMore(key.revokedMs, v1::VehicleEvent::KEY_REVOKED, key.keyId);
    }
    for (const PolicyRevisionRecord &revision : m_store.policyHistory(vehicle.id, 100)) {
        if (!revision.keyId.isEmpty())
            addMore(revision.appliedMs, v1::VehicleEvent::POLICY_CHANGED,
                    QString::number(revision.version));
    }
    if (!more.empty()) {
        std::vector<v1::VehicleEvent> all(out.events().begin(), out.events().end());
        all.insert(all.end(), more.begin(), more.end());
        std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
            return a.at().seconds() < b.at().seconds();
        });
        out.clear_events();
        for (v1::VehicleEvent &event : all)
            *out.add_events() = std::move(event);
    }
    return protobufResponse(out);
}

} // namespace idlefleet::backend
