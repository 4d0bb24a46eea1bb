// OrganisationRoutes: what an organisation's fleet managers do for all its cars.

#include "organisationroutes.h"

#include "demoworld.h"
#include "executor.h"
#include "idlefleet/v1/auth.pb.h"
#include "idlefleet/v1/diagnostics.pb.h"
#include "idlefleet/v1/organisation.pb.h"
#include "organisation.h"
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
#include <vector>

namespace idlefleet::backend {
namespace {

constexpr qint64 MaxSummaryRangeSeconds = 31LL * 86400;
constexpr int MaxGroupNameLength = 64;
constexpr int MaxGroupVehicles = 20000;

} // namespace

void OrganisationRoutes::addTo(http::Server &server)
{
    AccessChecker &access = m_context.access;
    server.route(
        "POST", QStringLiteral("/v1/organisation/groups"),
        access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return setGroup(request, account);
        }));
    server.route(
        "GET", QStringLiteral("/v1/organisation/summary"),
        access.signedIn([this](const http::Request &request, const AccountRecord &account) {
            return summary(request, account);
        }));
    // An organisation's administrator certifies its managers' keys with the fleet key in their
    // own client; the backend relays the certificates. Only its fleet managers take part.
    auto managers = [&access](const char *refusal, AccessChecker::AccountHandler handler) {
        return access.signedIn([refusal, handler = std::move(handler)](
                                   const http::Request &request, const AccountRecord &account) {
            if (account.role != v1::ROLE_FLEET_MANAGER)
                return errorResponse(403, QStringLiteral("forbidden"),
                                     QStringLiteral("only an organisation's fleet managers %1")
                                         .arg(QLatin1String(refusal)));
            return handler(request, account);
        });
    };
    server.route("POST", QStringLiteral("/v1/organisation/certificates"),
                 managers("get keys certified",
                          [this](const http::Request &request, const AccountRecord &account) {
                              return m_organisations.certify(account, request);
                          }));
    server.route(
        "GET", QStringLiteral("/v1/organisation/certificates/requests"),
        managers("see its keys", [this](const http::Request &, const AccountRecord &account) {
            return m_organisations.pending(account);
        }));
    server.route("PUT", QStringLiteral("/v1/organisation/certificates/{key}"),
                 managers("relay its certificates", [this](const http::Request &request,
                                                           const AccountRecord &account) {
                     return m_organisations.upload(
                         account, request.pathParameters.value(QStringLiteral("key")), request);
                 }));
    server.route("POST", QStringLiteral("/v1/organisation/certificates/{key}/revoke"),
                 managers("revoke its keys",
                          [this](const http::Request &request, const AccountRecord &account) {
                              return m_organisations.revoke(
                                  account, request.pathParameters.value(QStringLiteral("key")));
                          }));
}

http::Response OrganisationRoutes::summary(const http::Request &request,
                                           const AccountRecord &account)
{
    if (account.role != v1::ROLE_FLEET_MANAGER || account.organisationId.isEmpty())
        return errorResponse(403, QStringLiteral("forbidden"),
                             QStringLiteral("only an organisation's fleet managers see its "
                                            "summary"));
    const QDateTime now = m_context.clock.now();
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
    struct GroupNow
    {
        int vehicles = 0;
        int contributing = 0;
        std::map<QString, int> carsByCurrency;
    };
    std::map<QString, GroupNow> groups; // by name
    std::array<int, policy::ReasonCount> reasons{};
    int offline = 0;
    std::map<QString, int> carsByCurrency;
    for (const SimulatedVehicle &vehicle : m_context.simulator.vehicles()) {
        if (vehicle.owner != owner)
            continue;
        ++count;
        // What a car out of reach does is not known: it counts as out of reach, not as
        // contributing, as the vehicle table shows it.
        const bool contributingNow = vehicle.online && vehicle.contributing;
        contributing += contributingNow;
        online += vehicle.online;
        driving += vehicle.driving;
        plugged += vehicle.pluggedIn;
        GroupNow &group = groups[vehicle.group];
        ++group.vehicles;
        group.contributing += contributingNow;
        ++group.carsByCurrency[vehicle.currency()];
        ++carsByCurrency[vehicle.currency()];
        if (contributingNow)
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
    for (const auto &[currency, cars] : carsByCurrency) {
        auto *totals = out.add_currencies();
        totals->set_currency(currency.toStdString());
        totals->set_vehicles(cars);
    }
    // The hours and the groups' totals, sums of whole entries per currency, read off the event
    // loop.
    return m_context.executor.read([out = std::move(out), groups = std::move(groups), owner, from,
                                    to](const Store &store) mutable {
        std::map<QString, LedgerSums> totals;
        std::map<QString, v1::OrganisationSummary::CurrencyTotals *> byCurrency;
        for (auto &currency : *out.mutable_currencies())
            byCurrency[QString::fromStdString(currency.currency())] = &currency;
        const auto currencyTotals = [&out, &byCurrency](const QString &currency) {
            auto found = byCurrency.find(currency);
            if (found == byCurrency.end()) {
                auto *added = out.add_currencies();
                added->set_currency(currency.toStdString());
                found = byCurrency.emplace(currency, added).first;
            }
            return found->second;
        };
        for (const LedgerRepository::OwnerHour &hour : store.ledger().ownerHours(owner, from, to)) {
            v1::EarningsBucket *bucket = currencyTotals(hour.currency)->add_hours();
            bucket->mutable_start()->set_seconds(hour.hour * 3600);
            hour.sums.fill(bucket->mutable_amounts());
            totals[hour.currency].add(hour.sums);
        }
        for (const auto &[currency, sums] : totals)
            sums.fill(currencyTotals(currency)->mutable_totals());
        // Groups with cars now, and groups whose cars have all left but whose hours remain.
        std::map<QString, std::vector<const LedgerRepository::GroupTotal *>> sumsOfGroup;
        const auto groupSums = store.ledger().groupTotals(owner, from, to);
        for (const LedgerRepository::GroupTotal &total : groupSums)
            sumsOfGroup[total.group].push_back(&total);
        for (const auto &group : sumsOfGroup)
            groups.try_emplace(group.first);
        for (const auto &[name, counts] : groups) {
            auto *group = out.add_groups();
            group->set_name(name.toStdString());
            group->set_vehicles(counts.vehicles);
            group->set_contributing_now(counts.contributing);
            std::map<QString, const LedgerSums *> byCode;
            for (const LedgerRepository::GroupTotal *total : sumsOfGroup[name])
                byCode[total->currency] = &total->sums;
            for (const auto &cars : counts.carsByCurrency)
                byCode.try_emplace(cars.first, nullptr);
            for (const auto &[currency, sums] : byCode) {
                auto *ofCurrency = group->add_currencies();
                ofCurrency->set_currency(currency.toStdString());
                const auto cars = counts.carsByCurrency.find(currency);
                ofCurrency->set_vehicles(cars == counts.carsByCurrency.end() ? 0 : cars->second);
                (sums ? *sums : LedgerSums()).fill(ofCurrency->mutable_totals());
            }
        }
        return protobufResponse(out);
    });
}

http::Response OrganisationRoutes::setGroup(const http::Request &request,
                                            const AccountRecord &account)
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
    for (std::size_t i = 0; i < m_context.simulator.vehicles().size(); ++i) {
        if (m_context.simulator.vehicles()[i].owner == owner)
            indexOf.insert(m_context.simulator.vehicles()[i].id, i);
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
    return m_context.executor.writeThen<QString>(
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
                const std::size_t index = m_context.simulator.indexOf(id);
                if (index != Simulator::NoVehicle)
                    m_context.simulator.vehicles()[index].group = group;
            }
            m_context.others.tell(QStringLiteral("group"), group, ids.join(QLatin1Char(',')));
            v1::SetGroupResponse out;
            out.set_updated(int(ids.size()));
            return protobufResponse(out);
        });
}

} // namespace idlefleet::backend
