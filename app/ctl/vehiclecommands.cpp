// idlefleetctl: commands that read the cars (spec/cli.md).

#include "vehiclecommands.h"

#include "ctlcommon.h"
#include "fleetclient.h"
#include "money.h"
#include "policy/policydocument.h"
#include "policy/zonerules.h"
#include "reasons.h"
#include "worldtime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace idlefleet::ctl {

int getPolicy(client::FleetClient &fleet, const QString &vehicleId, bool json)
{
    std::unique_ptr<client::VehiclePolicyJob> job(fleet.fetchPolicy(vehicleId));
    wait(job.get());
    if (job->error() != client::FleetJob::NoError)
        return fail(exitStatusFor(job->error()), job->errorString());
    const QByteArray policy = policy::policyToJson(job->result().policy).trimmed();
    if (json)
        printJson({{QStringLiteral("vehicleId"), job->result().vehicleId},
                   {QStringLiteral("version"), qint64(job->result().version)},
                   {QStringLiteral("policy"), QJsonDocument::fromJson(policy).object()}});
    else
        std::printf("%s\n", policy.constData());
    return 0;
}

int listVehicles(client::FleetClient &fleet, bool json)
{
    std::unique_ptr<client::ServerInfoJob> info(fleet.fetchServerInfo());
    wait(info.get());
    if (info->error() != client::FleetJob::NoError)
        return fail(exitStatusFor(info->error()), info->errorString());

    std::vector<Vehicle> vehicles;
    QString pageToken;
    do {
        std::unique_ptr<client::ListVehiclesJob> page(fleet.listVehicles(1000, pageToken));
        wait(page.get());
        if (page->error() != client::FleetJob::NoError)
            return fail(exitStatusFor(page->error()), page->errorString());
        vehicles.insert(vehicles.end(), page->result().vehicles.begin(),
                        page->result().vehicles.end());
        pageToken = page->result().nextPageToken;
    } while (!pageToken.isEmpty());

    if (json) {
        QJsonArray list;
        for (const Vehicle &v : vehicles) {
            list.append(QJsonObject{
                {QStringLiteral("id"), v.id},
                {QStringLiteral("name"), v.name},
                {QStringLiteral("model"), v.model},
                {QStringLiteral("timeZone"), v.timeZone},
                {QStringLiteral("socPercent"), v.status.socPercent},
                {QStringLiteral("pluggedIn"), v.status.pluggedIn},
                {QStringLiteral("driving"), v.status.driving},
                {QStringLiteral("contributing"), app::Reasons::contributingNow(v.status)},
                {QStringLiteral("online"), v.status.online},
                {QStringLiteral("energyTodayWh"), qint64(v.status.energyTodayWh)},
                {QStringLiteral("observedAt"), v.status.observedAt.toString(Qt::ISODate)},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(v.status.blockingReasons)},
            });
        }
        const QByteArray out = QJsonDocument(QJsonObject{{QStringLiteral("vehicles"), list}})
                                   .toJson(QJsonDocument::Compact);
        std::printf("%s\n", out.constData());
        return 0;
    }
    std::printf("%-14s %-20s %6s %-11s %-13s %s\n", "ID", "NAME", "SOC", "PLUGGED IN",
                "CONTRIBUTING", "WHY NOT");
    for (const Vehicle &v : vehicles) {
        std::printf("%-14s %-20s %5.1f%% %-11s %-13s %s\n", qPrintable(v.id), qPrintable(v.name),
                    v.status.socPercent, v.status.pluggedIn ? "yes" : "no",
                    app::Reasons::contributingNow(v.status) ? "yes" : "no",
                    qPrintable(app::Reasons::codesOf(v.status).join(QLatin1Char(','))));
    }
    return 0;
}

/// `fleet list [--filter EXPR] [--sort FIELD]`: every car of the organisation, all pages.
/// EXPR: comma-separated key=value with keys q (name or id), group, state and reason.
int fleetList(client::FleetClient &fleet, const QString &filter, const QString &sort, bool json)
{
    client::FleetClient::VehicleQuery query;
    static const QStringList Sorts{QStringLiteral("name"), QStringLiteral("soc"),
                                   QStringLiteral("group"), QStringLiteral("id")};
    if (!sort.isEmpty() && !Sorts.contains(sort.startsWith(QLatin1Char('-')) ? sort.mid(1) : sort))
        return fail(ExitBadInput,
                    QStringLiteral("--sort: '%1' is not name, soc, group or id (- in front "
                                   "descends)")
                        .arg(sort));
    query.sort = sort;
    for (const QString &part : filter.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const QString key = part.left(equals).trimmed();
        const QString value = part.mid(equals + 1).trimmed();
        if (equals <= 0 || value.isEmpty())
            return fail(ExitBadInput, QStringLiteral("--filter: '%1' is not key=value (keys: q, "
                                                     "group, state, reason)")
                                          .arg(part));
        if (key == QLatin1String("q"))
            query.search = value;
        else if (key == QLatin1String("group"))
            query.group = value;
        else if (key == QLatin1String("state"))
            query.state = value;
        else if (key == QLatin1String("reason"))
            query.reason = value;
        else
            return fail(ExitBadInput,
                        QStringLiteral("--filter: unknown key '%1' (keys: q, group, state, reason)")
                            .arg(key));
    }
    std::vector<Vehicle> vehicles;
    QString pageToken;
    int total = 0;
    do {
        std::unique_ptr<client::ListVehiclesJob> page(fleet.listVehicles(query, 1000, pageToken));
        wait(page.get());
        if (page->error() != client::FleetJob::NoError)
            return failed(*page);
        vehicles.insert(vehicles.end(), page->result().vehicles.begin(),
                        page->result().vehicles.end());
        total = page->result().totalCount;
        pageToken = page->result().nextPageToken;
    } while (!pageToken.isEmpty());
    if (json) {
        QJsonArray list;
        for (const Vehicle &v : vehicles)
            list.append(QJsonObject{
                {QStringLiteral("id"), v.id},
                {QStringLiteral("name"), v.name},
                {QStringLiteral("group"), v.group},
                {QStringLiteral("socPercent"), v.status.socPercent},
                {QStringLiteral("pluggedIn"), v.status.pluggedIn},
                {QStringLiteral("driving"), v.status.driving},
                {QStringLiteral("contributing"), app::Reasons::contributingNow(v.status)},
                {QStringLiteral("online"), v.status.online},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(v.status.blockingReasons)}});
        std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("total"), total},
                                                      {QStringLiteral("vehicles"), list}})
                                .toJson(QJsonDocument::Compact)
                                .constData());
        return 0;
    }
    std::printf("%-14s %-24s %-12s %6s %-8s %-13s %s\n", "ID", "NAME", "GROUP", "SOC", "PLUGGED",
                "CONTRIBUTING", "WHY NOT");
    for (const Vehicle &v : vehicles)
        std::printf("%-14s %-24s %-12s %5.1f%% %-8s %-13s %s\n", qPrintable(v.id),
                    qPrintable(v.name.left(24)), qPrintable(v.group.left(12)), v.status.socPercent,
                    v.status.pluggedIn ? "yes" : "no",
                    app::Reasons::contributingNow(v.status) ? "yes" : "no",
                    qPrintable(app::Reasons::codesOf(v.status).join(QLatin1Char(','))));
    std::fprintf(stderr, "%d cars\n", total);
    return 0;
}

/// `status VEHICLE`: the car's live status and every rule that keeps it from contributing.
int vehicleStatus(client::FleetClient &fleet, const QString &vehicleId, bool json)
{
    client::FleetClient::VehicleQuery query;
    query.search = vehicleId;
    std::unique_ptr<client::ListVehiclesJob> page(fleet.listVehicles(query, 1000));
    wait(page.get());
    if (page->error() != client::FleetJob::NoError)
        return failed(*page);
    const auto &found = page->result().vehicles;
    const auto it = std::find_if(found.begin(), found.end(),
                                 [&vehicleId](const Vehicle &v) { return v.id == vehicleId; });
    if (it == found.end())
        return fail(ExitFailed, QStringLiteral("no such vehicle: %1").arg(vehicleId));
    const VehicleStatus &status = it->status;
    // Today on the car's calendar, from the ledger: where its compute energy came from.
    std::unique_ptr<client::ServerInfoJob> info(fleet.fetchServerInfo());
    wait(info.get());
    if (info->error() != client::FleetJob::NoError)
        return failed(*info);
    const auto rules = policy::ZoneRules::forZoneOrUtc(it->timeZone.toUtf8());
    const qint64 day = rules->localDay(WorldTime::nowSecs());
    std::unique_ptr<client::EarningsJob> today(fleet.fetchEarnings(
        vehicleId, QDateTime::fromSecsSinceEpoch(rules->boundary(day, 0), Qt::UTC),
        QDateTime::fromSecsSinceEpoch(rules->boundary(day + 1, 0), Qt::UTC),
        client::FleetClient::Period::Day));
    wait(today.get());
    // Support sees a car's status but not its owner's money: then there is no "today". Nor is
    // there when the ledger cannot be read now; the status is still shown, and says so.
    const bool hasToday = today->error() == client::FleetJob::NoError;
    if (!hasToday && today->error() != client::FleetJob::NotAllowed)
        std::fprintf(stderr, "idlefleetctl: today's energy is not shown: %s\n",
                     qPrintable(today->errorString()));
    const client::Amounts t = hasToday ? today->result().totals : client::Amounts{};
    if (json) {
        QJsonObject object{
            {QStringLiteral("id"), it->id},
            {QStringLiteral("name"), it->name},
            {QStringLiteral("observedAt"), status.observedAt.toString(Qt::ISODate)},
            {QStringLiteral("socPercent"), status.socPercent},
            {QStringLiteral("pluggedIn"), status.pluggedIn},
            {QStringLiteral("driving"), status.driving},
            {QStringLiteral("contributing"), app::Reasons::contributingNow(status)},
            {QStringLiteral("online"), status.online},
            {QStringLiteral("chipTempC"), status.chipTempC},
            {QStringLiteral("computePowerWatts"), status.computePowerWatts},
            {QStringLiteral("energyTodayWh"), qint64(status.energyTodayWh)},
            {QStringLiteral("marketRateMicrosPerHour"), qint64(status.marketRateMicrosPerHour)},
            {QStringLiteral("currency"), status.currency},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(status.blockingReasons)}};
        if (hasToday)
            object.insert(
                QStringLiteral("today"),
                QJsonObject{{QStringLiteral("energyWh"), qint64(t.energyWh)},
                            {QStringLiteral("solarWh"), qint64(t.solarWh)},
                            {QStringLiteral("gridWh"), qint64(t.gridWh)},
                            {QStringLiteral("batteryWh"), qint64(t.batteryWh)},
                            {QStringLiteral("carbonGrams"), qint64(t.carbonGrams)},
                            {QStringLiteral("carbonUnknownWh"), qint64(t.carbonUnknownWh)},
                            {QStringLiteral("carbonAvoidedGrams"), qint64(t.carbonAvoidedGrams)},
                            {QStringLiteral("wearMicros"), qint64(t.wearMicros)},
                            {QStringLiteral("netMicros"), qint64(t.netMicros)}});
        std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::printf("%s (%s), as of %s\n", qPrintable(it->name), qPrintable(it->id),
                qPrintable(status.observedAt.toString(Qt::ISODate)));
    std::printf("  charge        %.1f%%%s%s\n", status.socPercent,
                status.pluggedIn ? ", plugged in" : "", status.driving ? ", driving" : "");
    std::printf("  computer      %.1f °C, %d W, %lld Wh today\n", status.chipTempC,
                status.computePowerWatts, static_cast<long long>(status.energyTodayWh));
    std::printf("  market rate   %s %s per hour for the owner\n",
                qPrintable(money(status.marketRateMicrosPerHour, status.currency)),
                qPrintable(status.currency));
    if (hasToday && t.energyWh > 0)
        std::printf("  today         %lld Wh: %lld%% on sunshine, %lld g of CO2 (%lld g avoided), "
                    "wear %s %s\n",
                    static_cast<long long>(t.energyWh),
                    static_cast<long long>(solarPercent(t.solarWh, t.energyWh)),
                    static_cast<long long>(t.carbonGrams),
                    static_cast<long long>(t.carbonAvoidedGrams),
                    qPrintable(money(t.wearMicros, today->result().currency)),
                    qPrintable(today->result().currency));
    if (app::Reasons::contributingNow(status)) {
        std::printf("  contributing  yes\n");
    } else {
        std::printf("  contributing  no\n");
        // In the owner's words to the owner, of "its" settings to a manager or support.
        const app::Reasons::Audience audience =
            app::Reasons::audienceFor(fleet.session().account.role);
        for (const QString &code : app::Reasons::codesOf(status))
            std::printf("  %-20s %s\n", qPrintable(code),
                        qPrintable(app::Reasons::sentence(code, audience)));
    }
    return 0;
}

} // namespace idlefleet::ctl
