// The car list: GET /v1/vehicles, filtered, searched, sorted and paged on the server, since an
// organisation has thousands of cars.

#include "vehiclelist.h"

#include "access.h"
#include "idlefleet/v1/vehicle.pb.h"
#include "livestream.h"
#include "protobufhttp.h"
#include "simulator.h"

#include <algorithm>
#include <limits>

namespace idlefleet::backend {
namespace {

constexpr int MaxPageSize = 1000;

} // namespace

VehicleStatus VehicleRow::statusAt(const QDateTime &at) const
{
    const VehicleRow &row = *this;
    VehicleStatus status;
    status.observedAt = at;
    status.socPercent = 100.0 * row.batteryWh / double(row.batteryCapacityWh);
    status.pluggedIn = row.pluggedIn;
    status.driving = row.driving;
    status.contributing = row.contributing;
    status.chipTempC = row.chipTempC;
    status.computePowerWatts = row.contributing ? row.computeWatts : 0;
    status.energyTodayWh = row.energyTodayWh;
    status.online = row.online;
    // A car not seen since the world began has no time to give (not the time of asking).
    status.lastSeen = row.lastSeenMinute > 0
                          ? QDateTime::fromSecsSinceEpoch(row.lastSeenMinute * 60, Qt::UTC)
                          : QDateTime();
    status.blockingReasons = policy::reasonCodes(row.reasons);
    status.marketRateMicrosPerHour = row.ownerRateMicrosPerHour;
    status.currency = row.currency;
    return status;
}

VehicleRow VehicleRow::of(const SimulatedVehicle &vehicle)
{
    VehicleRow row;
    row.id = vehicle.id;
    row.owner = vehicle.owner;
    row.name = vehicle.name;
    row.model = vehicle.model;
    row.timeZone = vehicle.timeZone;
    row.group = vehicle.group;
    row.currency = vehicle.currency();
    row.batteryCapacityWh = vehicle.batteryCapacityWh;
    row.floorSocPercent = vehicle.policy.min_soc_percent();
    row.policyVersion = vehicle.policyVersion;
    row.batteryWh = vehicle.batteryWh;
    row.pluggedIn = vehicle.pluggedIn;
    row.driving = vehicle.driving;
    row.contributing = vehicle.contributing;
    row.online = vehicle.online;
    row.chipTempC = vehicle.chipTempC;
    row.computeWatts = vehicle.computeWatts;
    row.energyTodayWh = vehicle.energyTodayWh;
    row.lastSeenMinute = vehicle.lastSeenMinute;
    row.reasons = vehicle.reasons;
    row.ownerRateMicrosPerHour = vehicle.ownerRateMicrosPerHour;
    return row;
}

bool VehicleListQuery::read(const http::Request &request, http::Response *error)
{
    const QUrlQuery &query = request.query;
    if (query.hasQueryItem(QStringLiteral("page_size"))) {
        bool ok = false;
        pageSize = query.queryItemValue(QStringLiteral("page_size")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > MaxPageSize) {
            *error = errorResponse(
                400, QStringLiteral("invalid_argument"),
                QStringLiteral("page_size must be a number from 1 to %1").arg(MaxPageSize),
                QStringLiteral("page_size"));
            return false;
        }
    }
    if (query.hasQueryItem(QStringLiteral("page_token"))) {
        bool ok = false;
        offset = query.queryItemValue(QStringLiteral("page_token")).toInt(&ok);
        if (!ok || offset < 0 || offset > std::numeric_limits<int>::max() - MaxPageSize) {
            *error = errorResponse(400, QStringLiteral("invalid_argument"),
                                   QStringLiteral("page_token is not one this server issued"),
                                   QStringLiteral("page_token"));
            return false;
        }
    }
    search = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    id = query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    group = query.queryItemValue(QStringLiteral("group"), QUrl::FullyDecoded);
    state = query.queryItemValue(QStringLiteral("state"));
    reason = query.queryItemValue(QStringLiteral("reason"));
    sort = query.queryItemValue(QStringLiteral("sort"));
    static const QStringList States{QStringLiteral("contributing"),
                                    QStringLiteral("not_contributing"), QStringLiteral("driving"),
                                    QStringLiteral("plugged_in"), QStringLiteral("unplugged")};
    if (!state.isEmpty() && !States.contains(state)) {
        *error = errorResponse(
            400, QStringLiteral("invalid_argument"),
            QStringLiteral("state must be one of %1").arg(States.join(QStringLiteral(", "))),
            QStringLiteral("state"));
        return false;
    }
    descending = sort.startsWith(QLatin1Char('-'));
    if (descending)
        sort = sort.mid(1);
    if (sort.isEmpty())
        sort = QStringLiteral("name");
    static const QStringList Sorts{QStringLiteral("name"), QStringLiteral("soc"),
                                   QStringLiteral("group"), QStringLiteral("id")};
    if (!Sorts.contains(sort)) {
        *error = errorResponse(400, QStringLiteral("invalid_argument"),
                               QStringLiteral("sort must be one of %1, with - for descending")
                                   .arg(Sorts.join(QStringLiteral(", "))),
                               QStringLiteral("sort"));
        return false;
    }
    const QStringList reasonCodes = policy::reasonCodes(policy::ReasonSet(0xffff));
    if (!reason.isEmpty() && !reasonCodes.contains(reason)) {
        *error = errorResponse(
            400, QStringLiteral("invalid_argument"),
            QStringLiteral("reason must be a policy reason code such as below_min_soc"),
            QStringLiteral("reason"));
        return false;
    }
    return true;
}

http::Response vehicleListPage(const std::vector<VehicleRow> &rows, const VehicleListQuery &query,
                               const AccountRecord &account, const QHash<QString, QString> &granted,
                               const QDateTime &now, QHash<QString, QString> *listedGrants)
{
    std::vector<const VehicleRow *> vehicles;
    for (const VehicleRow &row : rows) {
        if (!AccessChecker::maySeeOwner(account, row.owner) && !granted.contains(row.id))
            continue;
        if (!query.search.isEmpty() && !row.name.contains(query.search, Qt::CaseInsensitive) &&
            !row.id.contains(query.search, Qt::CaseInsensitive))
            continue;
        if (!query.id.isEmpty() && row.id != query.id)
            continue;
        if (!query.group.isEmpty() && row.group != query.group)
            continue;
        const QString &state = query.state;
        const bool contributing = row.contributing && row.online; // as the summary counts
        if ((state == QLatin1String("contributing") && !contributing) ||
            (state == QLatin1String("not_contributing") && contributing) ||
            (state == QLatin1String("driving") && !row.driving) ||
            (state == QLatin1String("plugged_in") && !row.pluggedIn) ||
            (state == QLatin1String("unplugged") && row.pluggedIn))
            continue;
        if (!query.reason.isEmpty() && !policy::reasonCodes(row.reasons).contains(query.reason))
            continue;
        vehicles.push_back(&row);
    }
    // Each car's sort key once (not per comparison): an organisation has thousands of cars.
    struct Keyed
    {
        double number;
        QString text;
        const VehicleRow *row;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(vehicles.size());
    for (const VehicleRow *v : vehicles) {
        if (query.sort == QLatin1String("soc"))
            keyed.push_back({v->batteryWh / double(v->batteryCapacityWh), QString(), v});
        else if (query.sort == QLatin1String("group"))
            keyed.push_back({0.0, v->group + QLatin1Char('\x1f') + v->name, v});
        else if (query.sort == QLatin1String("id"))
            keyed.push_back({0.0, QString(), v});
        else
            keyed.push_back({0.0, v->name, v});
    }
    auto less = [](const Keyed &a, const Keyed &b) {
        if (a.number != b.number)
            return a.number < b.number;
        if (const int order = QString::compare(a.text, b.text); order != 0)
            return order < 0;
        return a.row->id < b.row->id;
    };
    std::stable_sort(keyed.begin(), keyed.end(), [&](const Keyed &a, const Keyed &b) {
        return query.descending ? less(b, a) : less(a, b);
    });
    v1::ListVehiclesResponse response;
    response.set_total_count(int(keyed.size()));
    const int offset = std::min(query.offset, int(keyed.size()));
    const int end = std::min(int(keyed.size()), offset + query.pageSize);
    for (int i = offset; i < end; ++i) {
        const VehicleRow &row = *keyed[std::size_t(i)].row;
        if (const auto grant = granted.constFind(row.id); grant != granted.constEnd())
            listedGrants->insert(row.id, grant.value());
        v1::Vehicle *out = response.add_vehicles();
        out->set_id(row.id.toStdString());
        out->set_name(row.name.toStdString());
        out->set_model(row.model.toStdString());
        out->set_time_zone(row.timeZone.toStdString());
        out->set_battery_capacity_wh(row.batteryCapacityWh);
        out->set_group(row.group.toStdString());
        out->set_floor_soc_percent(row.floorSocPercent);
        out->set_policy_version(row.policyVersion);
        fillVehicleStatus(out->mutable_status(), row.statusAt(now));
    }
    if (end < int(keyed.size()))
        response.set_next_page_token(std::to_string(end));
    return protobufResponse(response);
}

} // namespace idlefleet::backend
