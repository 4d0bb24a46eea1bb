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
#include "vehiclereads.h"
#include "worldclock.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <map>

namespace idlefleet::backend {
namespace {

constexpr qint64 MaxSummaryRangeSeconds = 31LL * 86400;
constexpr int MaxSleepMinutes = 14 * 24 * 60;
constexpr int MaxGroupNameLength = 64;
constexpr int MaxGroupVehicles = 20000;

} // namespace

http::Response FleetHttpServer::organisationSummary(const http::Request &request,
                                                    const AccountRecord &account)
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
        if (!VehicleReads::readRange(request, MaxSummaryRangeSeconds, &from, &to, &error))
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
    for (const auto &[currency, cars] : carsByCurrency) {
        auto *totals = out.add_currencies();
        totals->set_currency(currency.toStdString());
        totals->set_vehicles(cars);
    }
    // The hours, sums of whole entries per currency, read off the event loop.
    return m_executor.read([out = std::move(out), owner, from, to](const Store &store) mutable {
        std::map<QString, v1::OrganisationSummary::CurrencyTotals *> byCurrency;
        for (auto &totals : *out.mutable_currencies())
            byCurrency[QString::fromStdString(totals.currency())] = &totals;
        for (const LedgerRepository::OwnerHour &hour : store.ledger().ownerHours(owner, from, to)) {
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
    });
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
    // The world's state is the leader's to keep, with its next step (within a second): saving
    // it here, beside a step being committed, could mark that step kept before its rows are.
    return m_executor.read([request, car = m_simulator.vehicles()[index],
                            now = m_clock.now().toSecsSinceEpoch(),
                            days = m_minuteHistoryDays](const Store &store) {
        return VehicleReads(store, now, days).diagnostics(request, car);
    });
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
    return m_executor.writeThen<QString>(
        [ids, group](Store &store) {
            QString error;
            if (!store.policies().setGroup(ids, group, &error) && error.isEmpty())
                error = QStringLiteral("the group could not be kept");
            return error;
        },
        [this, ids, group](const QString &error) {
            if (!error.isEmpty())
                return errorResponse(500, QStringLiteral("storage_failed"), error);
            // The cars are found again: the world may have changed while the group was kept.
            for (const QString &id : std::as_const(ids)) {
                const std::size_t index = m_simulator.indexOf(id);
                if (index != Simulator::NoVehicle)
                    m_simulator.vehicles()[index].group = group;
            }
            tell(QStringLiteral("group"), group, ids.join(QLatin1Char(',')));
            v1::SetGroupResponse out;
            out.set_updated(int(ids.size()));
            return protobufResponse(out);
        });
}

} // namespace idlefleet::backend
