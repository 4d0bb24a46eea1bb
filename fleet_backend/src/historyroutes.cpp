// VehicleReads: a car's status history, its eligibility trace at any moment, the versions of its
// policy and its connectivity.

#include "idlefleet/v1/diagnostics.pb.h"
#include "idlefleet/v1/history.pb.h"
#include "idlefleet/v1/policy.pb.h"
#include "policy/eligibility.h"
#include "protobufhttp.h"
#include "rfc3339.h"
#include "simulator.h"
#include "stablehash.h"
#include "store.h"
#include "vehiclereads.h"

namespace idlefleet::backend {
namespace {

constexpr int MaxPolicyRevisions = 100;

/// A car's clock runs a little off the backend's: a few hundred milliseconds either way, drawn
/// from its id so that it stays the same.
qint64 simulatedClockSkewMs(const QString &vehicleId)
{
    return qint64(stableHash(vehicleId, 0x5c3e) % 1601) - 800;
}

} // namespace

http::Response VehicleReads::history(const http::Request &request,
                                     const SimulatedVehicle &vehicle) const
{
    const QString resolutionText = request.query.queryItemValue(QStringLiteral("resolution"));
    HistoryRepository::Resolution resolution = HistoryRepository::Resolution::Hour;
    qint64 maxRange = 400LL * 86400;
    if (resolutionText == QLatin1String("minute")) {
        resolution = HistoryRepository::Resolution::Minute;
        maxRange = 31LL * 86400;
    } else if (resolutionText == QLatin1String("day")) {
        resolution = HistoryRepository::Resolution::Day;
        maxRange = 20LL * 366 * 86400;
    } else if (!resolutionText.isEmpty() && resolutionText != QLatin1String("hour")) {
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("resolution must be minute, hour or day"),
                             QStringLiteral("resolution"));
    }
    qint64 from = 0;
    qint64 to = 0;
    http::Response error;
    if (!readRange(request, maxRange, &from, &to, &error))
        return error;
    if (resolution == HistoryRepository::Resolution::Minute) {
        if (auto retained = retainedBefore(from, QStringLiteral("from")))
            return std::move(*retained);
    }

    v1::HistoryResponse out;
    out.set_vehicle_id(vehicle.id.toStdString());
    out.set_resolution(v1::Resolution(int(resolution)));
    for (const HistoryBucket &b : m_store.history().history(vehicle, resolution, from, to)) {
        v1::StatusPoint *point = out.add_points();
        point->mutable_start()->set_seconds(b.start);
        point->set_minutes(b.minutes);
        point->set_soc_percent_avg(double(b.socCentiSum) / b.minutes / 100.0);
        point->set_soc_percent_min(b.socCentiMin / 100.0);
        point->set_soc_percent_max(b.socCentiMax / 100.0);
        point->set_contributing_minutes(b.contributingMinutes);
        point->set_plugged_in_minutes(b.pluggedMinutes);
        point->set_compute_energy_wh((b.computeWattMinutes + 30) / 60);
        point->set_chip_temp_c_max(b.chipDeciMax / 10.0);
    }
    return protobufResponse(out);
}

http::Response VehicleReads::policyHistory(const http::Request &,
                                           const SimulatedVehicle &vehicle) const
{
    v1::PolicyHistory out;
    out.set_vehicle_id(vehicle.id.toStdString());
    for (const PolicyRevisionRecord &record :
         m_store.policies().policyHistory(vehicle.id, MaxPolicyRevisions)) {
        v1::PolicyRevision *revision = out.add_revisions();
        revision->set_version(record.version);
        revision->mutable_applied_at()->set_seconds(record.appliedMs / 1000);
        *revision->mutable_policy() = record.policy;
        revision->set_key_id(record.keyId.toStdString());
    }
    return protobufResponse(out);
}

http::Response VehicleReads::trace(const http::Request &request,
                                   const SimulatedVehicle &vehicle) const
{
    qint64 at = 0;
    if (!parseRfc3339(request.query.queryItemValue(QStringLiteral("at"), QUrl::FullyDecoded), &at))
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("at must be an RFC 3339 instant such as "
                                            "2026-11-23T02:14:00Z"),
                             QStringLiteral("at"));
    const qint64 now = m_now;
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
    const auto revisions = m_store.policies().policyHistory(vehicle.id, MaxPolicyRevisions);
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
    const auto rows = m_store.history().minutes(vehicle.id, minute, minute + 1);
    v1::VehicleState *state = out.mutable_state();
    policy::ReasonSet reasons = 0;
    if (!rows.empty()) {
        const HistoryRepository::MinuteRow &row = rows.front();
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
        *state = vehicle.state();
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

http::Response VehicleReads::diagnostics(const http::Request &,
                                         const SimulatedVehicle &vehicle) const
{
    v1::VehicleDiagnostics out;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC);
    out.set_vehicle_id(vehicle.id.toStdString());
    out.mutable_observed_at()->set_seconds(now.toSecsSinceEpoch());
    out.set_online(vehicle.online);
    // A car not seen since the world began has no last sighting (not the time of asking).
    if (vehicle.lastSeenMinute > 0)
        out.mutable_last_seen()->set_seconds(vehicle.lastSeenMinute * 60);
    // A car that reports through telemetry has its skew measured; a simulated one has its own.
    const auto report = m_store.devices().lastReport(vehicle.id);
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
    for (const HistoryRepository::MinuteRow &row :
         m_store.history().minutes(vehicle.id, nowMinute - 24 * 60, nowMinute)) {
        losses += wasOnline && !row.online;
        failures += row.jobFailed;
        wasOnline = row.online;
    }
    out.set_connection_losses_24h(losses);
    out.set_job_failures_24h(failures);
    int active = 0;
    for (const KeyRecord &key : m_store.keys().keysOf(vehicle.id))
        active += !key.revoked;
    out.set_keys_active(active);
    return protobufResponse(out);
}

} // namespace idlefleet::backend
