// VehicleReads: contribution sessions, earnings, payouts and events of one car.

#include "idlefleet/v1/earnings.pb.h"
#include "idlefleet/v1/events.pb.h"
#include "jobmarket.h"
#include "ledgersums.h"
#include "money.h"
#include "policy/zonerules.h"
#include "protobufhttp.h"
#include "rfc3339.h"
#include "simulator.h"
#include "store.h"
#include "vehiclereads.h"

#include <QDate>
#include <map>
#include <memory>

namespace idlefleet::backend {
namespace {

constexpr qint64 MaxSessionsRangeSeconds = 92LL * 86400;
constexpr qint64 MaxEarningsRangeSeconds = 20LL * 366 * 86400;
constexpr qint64 MaxHourlyEarningsRangeSeconds = 31LL * 86400;

void setTimestamp(google::protobuf::Timestamp *timestamp, qint64 seconds)
{
    timestamp->set_seconds(seconds);
}

/// The ledger's range rule: a range given as instants starts and ends at local hour starts of
/// the car's zone.
bool alignedToEntries(const SimulatedVehicle &vehicle, qint64 from, qint64 to,
                      http::Response *error)
{
    const auto rules = vehicle.zoneRules();
    for (const auto &[name, at] : {std::pair<QString, qint64>{QStringLiteral("from"), from},
                                   std::pair<QString, qint64>{QStringLiteral("to"), to}}) {
        if (rules->isHourStart(at))
            continue;
        *error = errorResponse(
            400, QStringLiteral("invalid_argument"),
            QStringLiteral("%1 %2 is not the start of a local hour in %3 (the car's zone); the "
                           "nearest are %4 and %5")
                .arg(name, formatRfc3339(at), vehicle.timeZone, formatRfc3339(rules->hourStart(at)),
                     formatRfc3339(rules->nextHourStart(at))),
            name);
        return false;
    }
    return true;
}

void setJob(v1::Job *out, const LedgerJob &job)
{
    out->set_id(job.id.toStdString());
    out->set_kind(job.kind.toStdString());
    setTimestamp(out->mutable_start(), job.start);
    setTimestamp(out->mutable_end(), job.end);
    out->set_operations(job.operations);
    out->set_pay_micros(job.payMicros());
    out->set_failed(job.state == LedgerJob::Failed);
    out->set_running(job.state == LedgerJob::Running);
}

} // namespace

VehicleReads::VehicleReads(const Store &store, qint64 now, int minuteHistoryDays)
    : m_store(store)
    , m_now(now)
    , m_minuteHistoryDays(minuteHistoryDays)
{}

std::optional<http::Response> VehicleReads::retainedBefore(qint64 from, const QString &field) const
{
    // What went, not what is due to go: minutes still kept answer until the leader prunes them.
    const qint64 keptFromMinute = m_store.history().minutesKeptFrom();
    if (from / 60 >= keptFromMinute)
        return std::nullopt;
    const QDateTime keptFrom = QDateTime::fromSecsSinceEpoch(keptFromMinute * 60, Qt::UTC);
    return errorResponse(410, QStringLiteral("history_retained"),
                         QStringLiteral("minute-by-minute history is kept for %1 days, from %2; "
                                        "ask by the hour or the day before that")
                             .arg(m_minuteHistoryDays)
                             .arg(keptFrom.toString(Qt::ISODate)),
                         field);
}

bool VehicleReads::readRange(const http::Request &request, qint64 maxRange, qint64 *from,
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

http::Response VehicleReads::sessions(const http::Request &request,
                                      const SimulatedVehicle &vehicle) const
{
    qint64 from = 0;
    qint64 to = 0;
    http::Response error;
    if (!readRange(request, MaxSessionsRangeSeconds, &from, &to, &error) ||
        !alignedToEntries(vehicle, from, to, &error))
        return error;
    const QString withJobs = request.query.queryItemValue(QStringLiteral("jobs"));
    if (!withJobs.isEmpty() && withJobs != QLatin1String("true") &&
        withJobs != QLatin1String("false"))
        return errorResponse(400, QStringLiteral("invalid_argument"),
                             QStringLiteral("jobs must be true or false"), QStringLiteral("jobs"));
    v1::SessionsResponse out;
    out.set_vehicle_id(vehicle.id.toStdString());
    out.set_currency(vehicle.currency().toStdString());
    out.set_share_basis_points(JobMarket::OwnerShareBasisPoints);
    const std::vector<LedgerSession> sessions = m_store.ledger().sessions(vehicle.id, from, to);
    if (sessions.empty())
        return protobufResponse(out);
    // Each session whole, with the amounts of its entries inside the range.
    std::map<qint64, LedgerSums> inRange;
    for (const LedgerEntry &e : m_store.ledger().entriesOfSessions(
             vehicle.id, sessions.front().start, sessions.back().start + 1)) {
        if (e.start >= from && e.start < to)
            inRange[e.sessionStart].add(e);
    }
    std::multimap<qint64, LedgerJob> jobsBySession;
    if (withJobs == QLatin1String("true")) {
        for (const LedgerJob &job : m_store.ledger().jobs(vehicle.id, from, to))
            jobsBySession.emplace(job.sessionStart, job);
    }
    // The car's last session goes on while it contributes: its stored end trails the world by
    // the time since the book last wrote it (a few minutes at most).
    constexpr qint64 WrittenWithinSeconds = 15 * 60;
    const LedgerSession &latest = sessions.back();
    const bool latestRunning = vehicle.contributing && latest.end + WrittenWithinSeconds >= m_now;
    for (const LedgerSession &s : sessions) {
        v1::ContributionSession *session = out.add_sessions();
        session->set_running(latestRunning && &s == &latest);
        setTimestamp(session->mutable_start(), s.start);
        setTimestamp(session->mutable_end(), s.end);
        inRange[s.start].fill(session->mutable_amounts());
        session->set_cut_before(s.start < from);
        session->set_cut_after(s.end > to);
        const auto [first, last] = jobsBySession.equal_range(s.start);
        for (auto it = first; it != last; ++it)
            setJob(session->add_jobs(), it->second);
    }
    return protobufResponse(out);
}

http::Response VehicleReads::earnings(const http::Request &request,
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
                   &to, &error) ||
        !alignedToEntries(vehicle, from, to, &error))
        return error;

    const auto rules = vehicle.zoneRules();
    const qint64 epochJulian = QDate(1970, 1, 1).toJulianDay();
    // Each entry lies in one local hour, so in one local day, week and month: buckets are sums
    // of whole entries, keyed by the bucket's first instant (clipped to the range).
    struct Bucket
    {
        LedgerSums sums;
        bool partial = false;
    };
    std::map<qint64, Bucket> buckets;
    for (const LedgerEntry &e : m_store.ledger().entries(vehicle.id, from, to)) {
        qint64 first = e.start;
        qint64 next = e.end;
        if (!hourly) {
            const qint64 day = rules->localDay(e.start);
            QDate date = QDate::fromJulianDay(day + epochJulian);
            QDate after = date.addDays(1);
            if (by == QLatin1String("week")) {
                date = date.addDays(1 - date.dayOfWeek());
                after = date.addDays(7);
            } else if (by == QLatin1String("month")) {
                date = QDate(date.year(), date.month(), 1);
                after = date.addMonths(1);
            }
            first = rules->boundary(date.toJulianDay() - epochJulian, 0);
            next = rules->boundary(after.toJulianDay() - epochJulian, 0);
        }
        Bucket &bucket = buckets[std::max(first, from)];
        bucket.partial = first < from || next > to;
        bucket.sums.add(e);
    }
    v1::EarningsResponse out;
    out.set_vehicle_id(vehicle.id.toStdString());
    out.set_currency(vehicle.currency().toStdString());
    out.set_share_basis_points(JobMarket::OwnerShareBasisPoints);
    out.set_time_zone(vehicle.timeZone.toStdString());
    LedgerSums total;
    for (const auto &[first, bucket] : buckets) {
        v1::EarningsBucket *b = out.add_buckets();
        setTimestamp(b->mutable_start(), first);
        bucket.sums.fill(b->mutable_amounts());
        b->set_partial(bucket.partial);
        total.add(bucket.sums);
    }
    total.fill(out.mutable_totals());
    return protobufResponse(out);
}

http::Response VehicleReads::payouts(const http::Request &, const SimulatedVehicle &vehicle) const
{
    return protobufResponse(payoutsOf(vehicle));
}

v1::PayoutsResponse VehicleReads::payoutsOf(const SimulatedVehicle &vehicle) const
{
    const QString currency = vehicle.currency();
    v1::PayoutsResponse out;
    out.set_vehicle_id(vehicle.id.toStdString());
    out.set_currency(currency.toStdString());
    const qint64 minimum = JobMarket::inCurrency(JobMarket::PayoutMinimumEuroMicros, currency);
    out.set_minimum_micros(minimum);
    if (vehicle.owner.startsWith(QLatin1String("org:")))
        return out; // an organisation's cars are paid under its contract

    // Each local month's net, a sum of its entries; settled at local 00:00 on the 1st after it.
    const auto rules = vehicle.zoneRules();
    const qint64 epochJulian = QDate(1970, 1, 1).toJulianDay();
    std::map<QDate, qint64> nets; // first day of the month -> net
    for (const auto &[start, net] : m_store.ledger().entryNets(vehicle.id)) {
        const QDate date = QDate::fromJulianDay(rules->localDay(start) + epochJulian);
        nets[QDate(date.year(), date.month(), 1)] += net;
    }
    const qint64 now = m_now;
    qint64 carried = 0;
    if (nets.empty())
        return out;
    for (QDate month = nets.begin()->first;; month = month.addMonths(1)) {
        const QDate next = month.addMonths(1);
        const qint64 settles = rules->boundary(next.toJulianDay() - epochJulian, 0);
        if (settles > now)
            break;
        const qint64 net = nets.count(month) ? nets[month] : 0;
        v1::Payout *payout = out.add_payouts();
        payout->set_vehicle_id(vehicle.id.toStdString());
        payout->set_month(month.toString(QStringLiteral("yyyy-MM")).toStdString());
        payout->set_currency(currency.toStdString());
        payout->set_net_micros(net);
        payout->set_carried_in_micros(carried);
        const qint64 balance = carried + net;
        setTimestamp(payout->mutable_settles_at(), settles);
        if (balance >= minimum) {
            const qint64 paidAt = rules->boundary(next.toJulianDay() - epochJulian + 3, 0);
            payout->set_amount_micros(balance);
            payout->set_carried_out_micros(0);
            payout->set_state(paidAt <= now ? "paid" : "pending");
            setTimestamp(payout->mutable_paid_at(), paidAt);
            carried = 0;
        } else {
            payout->set_amount_micros(0);
            payout->set_carried_out_micros(balance);
            payout->set_state("carried");
            carried = balance;
        }
    }
    return out;
}

http::Response VehicleReads::events(const http::Request &request,
                                    const SimulatedVehicle &vehicle) const
{
    qint64 from = 0;
    qint64 to = 0;
    http::Response error;
    if (!readRange(request, 31LL * 86400, &from, &to, &error))
        return error;
    if (auto retained = retainedBefore(from, QStringLiteral("from")))
        return std::move(*retained);
    v1::EventsResponse out;
    out.set_vehicle_id(vehicle.id.toStdString());
    for (v1::VehicleEvent &event : eventsOf(vehicle, from, to))
        *out.add_events() = std::move(event);
    return protobufResponse(out);
}

std::vector<v1::VehicleEvent> VehicleReads::eventsOf(const SimulatedVehicle &vehicle, qint64 from,
                                                     qint64 to) const
{
    v1::EventsResponse out;
    // Each change between one kept minute and the next is an event; the minute before the range
    // is read too, so that a change at its first minute is seen.
    const auto rows = m_store.history().minutes(vehicle.id, from / 60 - 1, (to + 59) / 60);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const HistoryRepository::MinuteRow &before = rows[i - 1];
        const HistoryRepository::MinuteRow &now = rows[i];
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
    for (const KeyRecord &key : m_store.keys().keysOf(vehicle.id)) {
        addMore(key.addedMs, v1::VehicleEvent::KEY_ADDED, key.keyId);
        if (key.revoked && key.revokedMs > 0)
            addMore(key.revokedMs, v1::VehicleEvent::KEY_REVOKED, key.keyId);
    }
    for (const PolicyRevisionRecord &revision : m_store.policies().policyHistory(vehicle.id, 100)) {
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
    return {out.events().begin(), out.events().end()};
}

} // namespace idlefleet::backend
