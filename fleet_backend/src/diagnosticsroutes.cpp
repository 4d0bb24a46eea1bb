// FleetHttpServer: what support and fleet managers read about cars: a car's policy history, its
// eligibility trace at any moment, its connectivity, the organisation's summary, and the
// simulator's control of a car's sleep.

#include "demoworld.h"
#include "httpserver.h"
#include "idlefleet/v1/auth.pb.h"
#include "idlefleet/v1/diagnostics.pb.h"
#include "idlefleet/v1/organisation.pb.h"
#include "protobufhttp.h"
#include "rfc3339.h"
#include "simulator.h"
#include "stablehash.h"
#include "store.h"
#include "worldclock.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <map>

namespace idlefleet::backend {
namespace {

constexpr int MaxPolicyRevisions = 100;
constexpr qint64 MaxSummaryRangeSeconds = 31LL * 86400;
constexpr int MaxSleepMinutes = 14 * 24 * 60;
constexpr int MaxGroupNameLength = 64;
constexpr int MaxGroupVehicles = 20000;

/// A car's clock runs a little off the backend's: a few hundred milliseconds either way, drawn
/// from its id so that it stays the same.
qint64 simulatedClockSkewMs(const QString &vehicleId)
{
    return qint64(stableHash(vehicleId, 0x5c3e) % 1601) - 800;
}

} // namespace

http::Response FleetHttpServer::vehiclePolicyHistory(const SimulatedVehicle &vehicle) const
{
    v1::PolicyHistory out;
    out.set_vehicle_id(vehicle.id.toStdString());
    for (const PolicyRevisionRecord &record :
         m_store.policyHistory(vehicle.id, MaxPolicyRevisions)) {
        v1::PolicyRevision *revision = out.add_revisions();
        revision->set_version(record.version);
        revision->mutable_applied_at()->set_seconds(record.appliedMs / 1000);
        *revision->mutable_policy() = record.policy;
        revision->set_key_id(record.keyId.toStdString());
    }
    return protobufResponse(out);
}

http::Response FleetHttpServer::vehicleTrace(const http::Request &request,
                                             const SimulatedVehicle &vehicle) const
{
    qint64 at = 0;
    if (!parseRfc3339(request.query.queryItemValue(QStringLiteral("at"), QUrl::FullyDecoded), &at))
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("at must be an RFC 3339 instant such as "
                                            "2026-11-23T02:14:00Z"),
                             QStringLiteral("at"));
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    if (at > now)
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("at is in the future; a trace explains the past"),
                             QStringLiteral("at"));
    if (auto retained = retainedBefore(at, QStringLiteral("at")))
        return std::move(*retained);

    v1::EligibilityTrace out;
    out.set_vehicle_id(vehicle.id.toStdString());
    out.set_time_zone(vehicle.timeZone.toStdString());
    // The policy the car ran then: the newest version applied by that instant.
    const auto revisions = m_store.policyHistory(vehicle.id, MaxPolicyRevisions);
    const PolicyRevisionRecord *ran = nullptr;
    for (const PolicyRevisionRecord &revision : revisions) {
        ran = &revision; // newest first: ends on the oldest if none is old enough
        if (revision.appliedMs <= at * 1000)
            break;
    }
    const v1::Policy policy = ran ? ran->policy : vehicle.policy;
    out.set_policy_version(ran ? ran->version : vehicle.policyVersion);
    *out.mutable_policy() = policy;

    const qint64 minute = at / 60;
    const auto rows = m_store.minutes(vehicle.id, minute, minute + 1);
    v1::VehicleState *state = out.mutable_state();
    policy::ReasonSet reasons = 0;
    if (!rows.empty()) {
        const Store::MinuteRow &row = rows.front();
        out.mutable_at()->set_seconds(row.minute * 60);
        state->set_soc_percent(row.socCenti / 100.0);
        state->set_plugged_in(row.pluggedIn);
        state->set_contributing(row.contributing);
        state->set_chip_temp_c(row.chipDeci / 10.0);
        state->set_compute_power_watts(vehicle.computeWatts);
        out.set_online(row.online);
        reasons = policy::ReasonSet(row.reasons);
        out.set_from_history(true);
    } else {
        // No minute kept then (an organisation's car, or before its history): the car now.
        out.mutable_at()->set_seconds(now / 60 * 60);
        state->set_soc_percent(100.0 * vehicle.batteryWh / double(vehicle.batteryCapacityWh));
        state->set_plugged_in(vehicle.pluggedIn);
        state->set_driving(vehicle.driving);
        state->set_contributing(vehicle.contributing);
        state->set_chip_temp_c(vehicle.chipTempC);
        state->set_energy_today_wh(vehicle.energyTodayWh);
        state->set_compute_power_watts(vehicle.computeWatts);
        state->set_market_rate_micros_per_hour(vehicle.ownerRateMicrosPerHour);
        out.set_online(vehicle.online);
        reasons = vehicle.reasons;
        out.set_from_history(false);
    }
    for (const QString &code : policy::reasonCodes(reasons))
        out.add_reasons(code.toStdString());
    const qint64 when = out.at().seconds();
    out.set_price_micros_per_kwh(policy::CompiledPolicy(policy, when, when + 60).priceAt(when));
    return protobufResponse(out);
}

http::Response FleetHttpServer::vehicleDiagnostics(const SimulatedVehicle &vehicle) const
{
    v1::VehicleDiagnostics out;
    const QDateTime now = m_clock.now();
    out.set_vehicle_id(vehicle.id.toStdString());
    out.mutable_observed_at()->set_seconds(now.toSecsSinceEpoch());
    out.set_online(vehicle.online);
    out.mutable_last_seen()->set_seconds(vehicle.lastSeenMinute > 0 ? vehicle.lastSeenMinute * 60
                                                                    : now.toSecsSinceEpoch());
    // A car that reports through telemetry has its skew measured; a simulated one has its own.
    const auto report = m_store.lastReport(vehicle.id);
    out.set_clock_skew_ms(report ? report->observedMs - report->receivedMs
                                 : simulatedClockSkewMs(vehicle.id));
    out.set_firmware_version(vehicle.stepMinutes > 1 ? "2026.40.2" : "2026.44.1");
    out.set_compute_module(vehicle.computeWatts >= 1000 ? "Inference module XL (1 kW)"
                                                        : "Inference module (300 W class)");
    out.set_policy_version(vehicle.policyVersion);
    const qint64 nowMinute = now.toSecsSinceEpoch() / 60;
    int losses = 0;
    int failures = 0;
    bool wasOnline = true;
    for (const Store::MinuteRow &row :
         m_store.minutes(vehicle.id, nowMinute - 24 * 60, nowMinute)) {
        losses += wasOnline && !row.online;
        failures += row.jobFailed;
        wasOnline = row.online;
    }
    out.set_connection_losses_24h(losses);
    out.set_job_failures_24h(failures);
    int active = 0;
    for (const KeyRecord &key : m_store.keysOf(vehicle.id))
        active += !key.revoked;
    out.set_keys_active(active);
    return protobufResponse(out);
}

http::Response FleetHttpServer::organisationSummary(const http::Request &request,
                                                    const AccountRecord &account) const
{
    if (account.role != v1::ROLE_FLEET_MANAGER || account.organisationId.isEmpty())
        return errorResponse(403, QStringLiteral("forbidden"),
                             QStringLiteral("only an organisation's fleet managers see its "
                                            "summary"));
    const QDateTime now = m_clock.now();
    qint64 from = now.toSecsSinceEpoch() - 7 * 86400;
    qint64 to = now.toSecsSinceEpoch();
    if (request.query.hasQueryItem(QStringLiteral("from")) ||
        request.query.hasQueryItem(QStringLiteral("to"))) {
        http::Response error;
        if (!readRange(request, MaxSummaryRangeSeconds, &from, &to, &error))
            return error;
    }
    const QString owner = organisationOwner(account.organisationId);

    v1::OrganisationSummary out;
    out.set_organisation_id(account.organisationId.toStdString());
    out.mutable_observed_at()->set_seconds(now.toSecsSinceEpoch());
    out.mutable_from()->set_seconds(from);
    out.mutable_to()->set_seconds(to);
    int count = 0, contributing = 0, online = 0, driving = 0, plugged = 0;
    std::map<QString, std::pair<int, int>> groups; // name -> vehicles, contributing
    std::array<int, policy::ReasonCount> reasons{};
    int offline = 0;
    std::map<QString, int> carsByCurrency;
    for (const SimulatedVehicle &vehicle : m_simulator.vehicles()) {
        if (vehicle.owner != owner)
            continue;
        ++count;
        contributing += vehicle.contributing;
        online += vehicle.online;
        driving += vehicle.driving;
        plugged += vehicle.pluggedIn;
        auto &group = groups[vehicle.group];
        ++group.first;
        group.second += vehicle.contributing;
        ++carsByCurrency[vehicle.currency()];
        if (vehicle.contributing)
            continue;
        if (!vehicle.online)
            ++offline;
        for (int r = 0; r < policy::ReasonCount; ++r)
            reasons[std::size_t(r)] += (vehicle.reasons >> r) & 1;
    }
    out.set_vehicle_count(count);
    out.set_contributing_now(contributing);
    out.set_online_now(online);
    out.set_driving_now(driving);
    out.set_plugged_in_now(plugged);
    std::vector<std::pair<int, QString>> ranked;
    for (int r = 0; r < policy::ReasonCount; ++r) {
        if (reasons[std::size_t(r)] > 0)
            ranked.emplace_back(reasons[std::size_t(r)],
                                QString::fromLatin1(policy::reasonCode(policy::Reason(r))));
    }
    if (offline > 0)
        ranked.emplace_back(offline, QStringLiteral("offline"));
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[vehicles, code] : ranked) {
        auto *reason = out.add_blocking_reasons();
        reason->set_code(code.toStdString());
        reason->set_vehicles(vehicles);
    }
    for (const auto &[name, counts] : groups) {
        auto *group = out.add_groups();
        group->set_name(name.toStdString());
        group->set_vehicles(counts.first);
        group->set_contributing_now(counts.second);
    }
    // The hours: what the simulator summed up, per currency.
    std::map<QString, v1::OrganisationSummary::CurrencyTotals *> byCurrency;
    for (const auto &[currency, cars] : carsByCurrency) {
        auto *totals = out.add_currencies();
        totals->set_currency(currency.toStdString());
        totals->set_vehicles(cars);
        byCurrency[currency] = totals;
    }
    for (const Store::OwnerHour &hour : m_store.ownerHours(owner, from, to)) {
        auto found = byCurrency.find(hour.currency);
        if (found == byCurrency.end()) {
            auto *totals = out.add_currencies();
            totals->set_currency(hour.currency.toStdString());
            found = byCurrency.emplace(hour.currency, totals).first;
        }
        v1::OrganisationSummary::CurrencyTotals *totals = found->second;
        v1::EarningsBucket *bucket = totals->add_hours();
        bucket->mutable_start()->set_seconds(hour.hour * 3600);
        v1::Amounts *amounts = bucket->mutable_amounts();
        amounts->set_energy_wh(hour.energyWh);
        amounts->set_cost_micros(hour.costMicros);
        amounts->set_gross_micros(hour.grossMicros);
        amounts->set_owner_micros(hour.ownerMicros);
        amounts->set_net_micros(hour.netMicros);
        amounts->set_contributing_minutes(int(hour.minutes));
        v1::Amounts *sum = totals->mutable_totals();
        sum->set_energy_wh(sum->energy_wh() + amounts->energy_wh());
        sum->set_cost_micros(sum->cost_micros() + amounts->cost_micros());
        sum->set_gross_micros(sum->gross_micros() + amounts->gross_micros());
        sum->set_owner_micros(sum->owner_micros() + amounts->owner_micros());
        sum->set_net_micros(sum->net_micros() + amounts->net_micros());
        sum->set_contributing_minutes(sum->contributing_minutes() +
                                      amounts->contributing_minutes());
    }
    return protobufResponse(out);
}

http::Response FleetHttpServer::simulateSleep(const http::Request &request,
                                              const SimulatedVehicle &vehicle)
{
    bool ok = false;
    const int minutes = request.query.queryItemValue(QStringLiteral("minutes")).toInt(&ok);
    if (!ok || minutes < 0 || minutes > MaxSleepMinutes)
        return errorResponse(
            400, QStringLiteral("invalid_argument"),
            QStringLiteral("minutes must be a number from 0 (wake it) to %1").arg(MaxSleepMinutes),
            QStringLiteral("minutes"));
    const auto index = std::size_t(&vehicle - m_simulator.vehicles().data());
    m_simulator.setAsleep(index, m_clock.now(), minutes);
    tell(QStringLiteral("asleep"), vehicle.id, QString::number(minutes));
    // The world's state is the leader's to keep: another instance keeps it with its next step.
    QString error;
    if (leads() && !m_store.saveStates(m_simulator.vehicles(), m_simulator.simulatedUntil(),
                                       m_clock.now(), &error))
        return errorResponse(500, QStringLiteral("storage_failed"), error);
    return vehicleDiagnostics(vehicle);
}

http::Response FleetHttpServer::setGroup(const http::Request &request, const AccountRecord &account)
{
    if (account.role != v1::ROLE_FLEET_MANAGER || account.organisationId.isEmpty())
        return errorResponse(
            403, QStringLiteral("forbidden"),
            QStringLiteral("only an organisation's fleet managers group its cars"));
    v1::SetGroupRequest body;
    http::Response bad;
    if (!parseProtobufBody(request, &body, &bad))
        return bad;
    const QString group = QString::fromStdString(body.group()).trimmed();
    if (group.size() > MaxGroupNameLength || std::any_of(group.begin(), group.end(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        }))
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("a group's name is at most %1 characters, without "
                                            "control characters")
                                 .arg(MaxGroupNameLength),
                             QStringLiteral("group"));
    if (body.vehicle_ids_size() == 0 || body.vehicle_ids_size() > MaxGroupVehicles)
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("name from 1 to %1 cars").arg(MaxGroupVehicles),
                             QStringLiteral("vehicle_ids"));
    const QString owner = organisationOwner(account.organisationId);
    QHash<QString, std::size_t> indexOf;
    for (std::size_t i = 0; i < m_simulator.vehicles().size(); ++i) {
        if (m_simulator.vehicles()[i].owner == owner)
            indexOf.insert(m_simulator.vehicles()[i].id, i);
    }
    QStringList ids;
    for (const std::string &id : body.vehicle_ids()) {
        const QString vehicleId = QString::fromStdString(id);
        if (!indexOf.contains(vehicleId))
            return errorResponse(
                404, QStringLiteral("not_found"),
                QStringLiteral("no such car in your organisation: %1").arg(vehicleId.left(64)),
                QStringLiteral("vehicle_ids"));
        ids.append(vehicleId);
    }
    ids.removeDuplicates();
    QString error;
    if (!m_store.setGroup(ids, group, &error))
        return errorResponse(500, QStringLiteral("storage_failed"), error);
    for (const QString &id : std::as_const(ids))
        m_simulator.vehicles()[indexOf.value(id)].group = group;
    tell(QStringLiteral("group"), group, ids.join(QLatin1Char(',')));
    v1::SetGroupResponse out;
    out.set_updated(int(ids.size()));
    return protobufResponse(out);
}

} // namespace idlefleet::backend
