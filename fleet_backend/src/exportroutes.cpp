// ExportRoutes: the person's data export, streamed part by part (account.proto, DataExport).

#include "exportroutes.h"

#include "accountroutes.h"
#include "executor.h"
#include "idlefleet/v1/account.pb.h"
#include "idlefleet/v1/diagnostics.pb.h"
#include "idlefleet/v1/grants.pb.h"
#include "idlefleet/v1/keys.pb.h"
#include "ledgersums.h"
#include "pairing.h"
#include "policy/eligibility.h"
#include "protobufhttp.h"
#include "simulator.h"
#include "store.h"
#include "supportroutes.h"
#include "vehiclereads.h"
#include "worldclock.h"

#include <QDateTime>
#include <QTimer>
#include <deque>
#include <map>
#include <memory>

namespace idlefleet::backend {
namespace {

constexpr auto ExportContentType = "application/x-protobuf-stream";
/// The last stretch of each kind is open-ended: what is kept while the export runs comes too.
constexpr qint64 OpenEnd = qint64(1) << 52;
constexpr qint64 Day = 86400;
/// How long the next part waits to be asked for again when the reading queue is full.
constexpr int FullQueueWaitMs = 20;

/// How much of a car's past one part holds, by kind: about 100 to 300 KiB each.
qint64 stretchOf(ExportPart::Kind kind)
{
    switch (kind) {
    case ExportPart::Minutes:
        return Day;
    case ExportPart::Events:
        return 7 * Day;
    default:
        return 31 * Day;
    }
}

/// A part as it goes on the wire: its byte length as a varint, then the message.
QByteArray framed(const v1::DataExport &part)
{
    const std::string bytes = part.SerializeAsString();
    QByteArray out;
    quint64 length = bytes.size();
    do {
        const auto low = char(length & 0x7f);
        length >>= 7;
        out += length ? char(low | 0x80) : low;
    } while (length);
    out.append(bytes.data(), qsizetype(bytes.size()));
    return out;
}

} // namespace

void ExportRoutes::addTo(http::Server &server)
{
    server.route("GET", QStringLiteral("/v1/account/export"),
                 m_context.access.signedIn(
                     [this](const http::Request &request, const AccountRecord &account) {
                         return exportData(request, account);
                     }));
}

std::vector<ExportPart> ExportRoutes::exportPlan(const Store &store, const QStringList &vehicleIds,
                                                 qint64 now)
{
    std::vector<ExportPart> plan;
    for (const QString &id : vehicleIds) {
        plan.push_back({ExportPart::Head, id, 0, 0});
        const std::optional<qint64> kept = store.history().historyStart(id);
        if (!kept)
            continue;
        const qint64 first = *kept - ((*kept % Day) + Day) % Day;
        for (const auto kind : {ExportPart::Sessions, ExportPart::Entries, ExportPart::Jobs,
                                ExportPart::Minutes, ExportPart::Events}) {
            const qint64 stretch = stretchOf(kind);
            for (qint64 from = first;; from += stretch) {
                const bool last = from + stretch > now;
                plan.push_back({kind, id, from, last ? OpenEnd : from + stretch});
                if (last)
                    break;
            }
        }
    }
    return plan;
}

v1::DataExport ExportRoutes::exportPart(const Store &store, const SimulatedVehicle &of,
                                        const ExportPart &part, qint64 nowSeconds,
                                        int minuteHistoryDays)
{
    v1::DataExport out;
    const SimulatedVehicle *vehicle = &of;
    const VehicleReads reads(store, nowSeconds, minuteHistoryDays);
    v1::ExportedVehicle *car = out.add_vehicles();
    car->set_id(vehicle->id.toStdString());
    switch (part.kind) {
    case ExportPart::Head: {
        car->set_name(vehicle->name.toStdString());
        car->set_model(vehicle->model.toStdString());
        car->set_time_zone(vehicle->timeZone.toStdString());
        car->set_policy_version(vehicle->policyVersion);
        *car->mutable_policy() = vehicle->policy;
        car->set_currency(vehicle->currency().toStdString());
        for (const KeyRecord &key : store.keys().keysOf(vehicle->id))
            fillVehicleKey(car->add_keys(), key);
        for (const GrantRecord &grant : store.grants().grantsOfVehicle(vehicle->id)) {
            v1::SupportGrant *shown = car->add_grants();
            SupportRoutes::fillGrant(store, shown, grant);
            shown->set_vehicle_name(vehicle->name.toStdString());
        }
        for (const AuditRecord &entry : store.grants().auditOf(vehicle->id, 1000000)) {
            v1::AuditEntry *e = car->add_audit();
            setMs(e->mutable_at(), entry.atMs);
            e->set_grant_id(entry.grantId.toStdString());
            if (const auto support = store.accounts().accountById(entry.accountId))
                e->set_support_email(support->email.toStdString());
            e->set_action(entry.action.toStdString());
        }
        v1::PayoutsResponse payouts = reads.payoutsOf(*vehicle);
        for (v1::Payout &payout : *payouts.mutable_payouts())
            *car->add_payouts() = std::move(payout);
        for (const PolicyRevisionRecord &r : store.policies().policyHistory(vehicle->id, 1000000)) {
            v1::PolicyRevision *revision = car->add_policy_history();
            revision->set_version(r.version);
            setMs(revision->mutable_applied_at(), r.appliedMs);
            *revision->mutable_policy() = r.policy;
            revision->set_key_id(r.keyId.toStdString());
        }
        break;
    }
    case ExportPart::Sessions: {
        // Sessions that start in the stretch, each the sum of its ledger entries. A session's
        // first entry starts at most an hour (and a jump) before it.
        std::map<qint64, LedgerSums> amounts;
        for (const LedgerEntry &e :
             store.ledger().entriesOfSessions(vehicle->id, part.from, part.to))
            amounts[e.sessionStart].add(e);
        for (const LedgerSession &s :
             store.ledger().sessions(vehicle->id, part.from - 2 * 3600, part.to)) {
            if (s.start < part.from || s.start >= part.to)
                continue;
            v1::ContributionSession *session = car->add_sessions();
            session->mutable_start()->set_seconds(s.start);
            session->mutable_end()->set_seconds(s.end);
            amounts[s.start].fill(session->mutable_amounts());
        }
        break;
    }
    case ExportPart::Entries:
        for (const LedgerEntry &e : store.ledger().entries(vehicle->id, part.from, part.to)) {
            v1::LedgerEntry *entry = car->add_entries();
            entry->mutable_session_start()->set_seconds(e.sessionStart);
            entry->mutable_start()->set_seconds(e.start);
            entry->mutable_end()->set_seconds(e.end);
            entry->set_contributing_minutes(e.minutes);
            entry->set_energy_wh(e.energyWh());
            entry->set_grid_wh(e.gridWh());
            entry->set_battery_wh(e.batteryWh());
            entry->set_cost_micros(e.costMicros());
            entry->set_gross_micros(e.grossMicros);
            entry->set_share_basis_points(e.shareBasisPoints);
            entry->set_owner_micros(e.ownerMicros());
            entry->set_net_micros(e.netMicros());
            entry->set_currency(e.currency.toStdString());
            entry->set_solar_wh(e.solarWh());
            entry->set_carbon_grams(e.carbonGrams());
            entry->set_carbon_unknown_wh(e.carbonUnknownWh());
            entry->set_carbon_avoided_grams(e.carbonAvoidedGrams());
            entry->set_wear_micros(e.wearMicros());
        }
        break;
    case ExportPart::Jobs:
        for (const LedgerJob &j : store.ledger().jobs(vehicle->id, part.from, part.to)) {
            v1::Job *job = car->add_jobs();
            job->set_id(j.id.toStdString());
            job->set_kind(j.kind.toStdString());
            job->mutable_start()->set_seconds(j.start);
            job->mutable_end()->set_seconds(j.end);
            job->set_operations(j.operations);
            job->set_pay_micros(j.payMicros());
            job->set_failed(j.state == LedgerJob::Failed);
            job->set_running(j.state == LedgerJob::Running);
        }
        break;
    case ExportPart::Minutes:
        for (const HistoryRepository::MinuteRow &m :
             store.history().minutes(vehicle->id, part.from / 60, part.to / 60)) {
            v1::StatusMinute *row = car->add_status_history();
            row->mutable_minute()->set_seconds(m.minute * 60);
            row->set_soc_centi_percent(m.socCenti);
            row->set_plugged_in(m.pluggedIn);
            row->set_contributing(m.contributing);
            row->set_online(m.online);
            row->set_job_failed(m.jobFailed);
            row->set_chip_deci_celsius(m.chipDeci);
            for (const QString &code : policy::reasonCodes(policy::ReasonSet(m.reasons)))
                row->add_reasons(code.toStdString());
        }
        break;
    case ExportPart::Events:
        for (v1::VehicleEvent &event : reads.eventsOf(*vehicle, part.from, part.to))
            *car->add_events() = std::move(event);
        break;
    }
    return out;
}

http::Response ExportRoutes::exportData(const http::Request &, const AccountRecord &account)
{
    // Every part is read on a reading thread as the client takes them, so a year of minutes
    // never sits in memory, the event loop never waits for the database, and other requests are
    // answered in between.
    struct First
    {
        v1::DataExport part;
        std::vector<ExportPart> plan;
    };
    QStringList visible;
    for (const SimulatedVehicle &vehicle : std::as_const(m_context.simulator).vehicles()) {
        if (AccessChecker::maySee(account, vehicle))
            visible.append(vehicle.id);
    }
    const qint64 now = m_context.clock.now().toSecsSinceEpoch();
    auto cursor = std::make_shared<ExportCursor>();
    // The answer starts once the first part is read: a database out of reach is told as such
    // (503), not as an empty export.
    auto [answer, deliver] = http::deferred();
    const bool queued = m_context.executor.readLater<First>(
        [account, visible, now](const Store &store) {
            First out;
            setMs(out.part.mutable_exported_at(), QDateTime::currentMSecsSinceEpoch());
            AccountRoutes::fillAccountDetails(store, out.part.mutable_details(), account);
            for (const GrantRecord &grant : store.grants().grantsHeldBy(account.id))
                SupportRoutes::fillGrant(store, out.part.add_grants_held(), grant);
            out.plan = exportPlan(store, visible, now);
            out.part.set_parts_total(qint64(out.plan.size()) + 1);
            return out;
        },
        [this, cursor, deliver = deliver, accountId = account.id, now](std::optional<First> first) {
            if (!first)
                return deliver(Executor::unreachable());
            // The cars' names in the grants held are the world's: named here, on the loop.
            for (v1::SupportGrant &grant : *first->part.mutable_grants_held())
                SupportRoutes::nameCar(m_context.access, &grant);
            cursor->ready.push_back(framed(first->part));
            cursor->plan = std::move(first->plan);
            deliver(exportStream(cursor, accountId, now));
        });
    if (!queued)
        return Executor::tooBusy();
    return std::move(answer);
}

http::Response ExportRoutes::exportStream(std::shared_ptr<ExportCursor> cursor,
                                          const QString &accountId, qint64 now)
{
    http::Response response;
    response.contentType = ExportContentType;
    response.stream = [this, cursor, accountId, now](QByteArray *chunk,
                                                     const http::Response::Wake &wake) {
        if (!cursor->ready.empty()) {
            *chunk = std::move(cursor->ready.front());
            cursor->ready.pop_front();
            return true;
        }
        if (cursor->reading)
            return true; // nothing yet: woken when the part is read
        if (cursor->finished || cursor->next >= cursor->plan.size())
            return false;
        const ExportPart part = cursor->plan[cursor->next++];
        const SimulatedVehicle *vehicle = m_context.access.vehicleById(part.vehicleId);
        if (!vehicle) {
            // A car gone since: its part is empty, and still counted.
            *chunk = framed(v1::DataExport());
            return true;
        }
        cursor->reading = true;
        const bool reading = m_context.executor.readLater<std::optional<QByteArray>>(
            [part, car = *vehicle, accountId, now,
             days = m_context.minuteHistoryDays](const Store &store) -> std::optional<QByteArray> {
                // An account deleted meanwhile: the export stops short, which the client
                // reports.
                if (!store.accounts().accountById(accountId))
                    return std::nullopt;
                return framed(exportPart(store, car, part, now, days));
            },
            [cursor, wake](std::optional<std::optional<QByteArray>> piece) {
                cursor->reading = false;
                if (!piece || !*piece)
                    cursor->finished = true;
                else
                    cursor->ready.push_back(std::move(**piece));
                wake();
            });
        if (!reading) {
            cursor->reading = false;
            --cursor->next; // the queue is full: asked again in a moment
            QTimer::singleShot(FullQueueWaitMs, wake);
        }
        return true;
    };
    return response;
}

} // namespace idlefleet::backend
