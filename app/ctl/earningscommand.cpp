#include "earningscommand.h"

#include "ctlcommon.h"
#include "fleetclient.h"
#include "policy/zonerules.h"
#include "rfc3339.h"
#include "worldtime.h"

#include <QDate>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <array>
#include <cmath>
#include <cstdio>
#include <memory>

namespace idlefleet::ctl {
namespace {

/// An instant, or a date meaning 00:00 in the car's zone.
bool readBoundary(const QString &option, const QString &text, const policy::ZoneRules &zone,
                  qint64 *seconds, QString *error)
{
    static const QRegularExpression dateOnly(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid() && date.year() >= 1970 && date.year() < 2100) {
            *seconds = zone.boundary(date.toJulianDay() - QDate(1970, 1, 1).toJulianDay(), 0);
            return true;
        }
    } else if (parseRfc3339(text, seconds)) {
        return true;
    }
    *error = QStringLiteral("%1: \"%2\" is not a date (2026-11-01) or an RFC 3339 instant")
                 .arg(option, text);
    return false;
}

} // namespace

int earningsCommand(client::FleetClient &fleet, const QString &vehicleId, const QString &fromText,
                    const QString &toText, const QString &by, bool csv, bool json)
{
    if (fromText.isEmpty() || toText.isEmpty())
        return fail(2, QStringLiteral("earnings needs --from and --to"));
    client::FleetClient::Period period = client::FleetClient::Period::Day;
    if (by == QLatin1String("week"))
        period = client::FleetClient::Period::Week;
    else if (by == QLatin1String("month"))
        period = client::FleetClient::Period::Month;
    else if (!by.isEmpty() && by != QLatin1String("day"))
        return fail(2, QStringLiteral("--by: \"%1\" is not day, week or month").arg(by));

    // Dates mean midnight where the car is: find its zone.
    QString zone = QStringLiteral("UTC");
    std::unique_ptr<client::ListVehiclesJob> list(fleet.listVehicles(1000));
    wait(list.get());
    if (list->error() != client::FleetJob::NoError)
        return fail(exitStatusFor(list->error()), list->errorString());
    bool found = false;
    for (const Vehicle &vehicle : list->result().vehicles) {
        if (vehicle.id == vehicleId) {
            zone = vehicle.timeZone;
            found = true;
        }
    }
    if (!found)
        return fail(1, QStringLiteral("no such vehicle: %1").arg(vehicleId));
    auto rules = policy::ZoneRules::forZoneOrUtc(zone.toUtf8());
    qint64 from = 0;
    qint64 to = 0;
    QString error;
    if (!readBoundary(QStringLiteral("--from"), fromText, *rules, &from, &error) ||
        !readBoundary(QStringLiteral("--to"), toText, *rules, &to, &error))
        return fail(2, error);
    if (from >= to)
        return fail(2, QStringLiteral("--from must be before --to"));
    // The ledger's range rule (spec/ledger.md): instants start local hours of the car's zone.
    for (const auto &[option, at] : {std::pair<const char *, qint64>{"--from", from},
                                     std::pair<const char *, qint64>{"--to", to}}) {
        if (!rules->isHourStart(at))
            return fail(2, QStringLiteral("%1: %2 is not the start of a local hour in %3 (the "
                                          "car's zone); the nearest are %4 and %5")
                               .arg(QLatin1String(option), formatRfc3339(at), zone,
                                    formatRfc3339(rules->hourStart(at)),
                                    formatRfc3339(rules->nextHourStart(at))));
    }

    std::unique_ptr<client::EarningsJob> job(
        fleet.fetchEarnings(vehicleId, QDateTime::fromSecsSinceEpoch(from, Qt::UTC),
                            QDateTime::fromSecsSinceEpoch(to, Qt::UTC), period));
    wait(job.get());
    if (job->error() != client::FleetJob::NoError)
        return fail(exitStatusFor(job->error()), job->errorString());
    const client::EarningsReport &report = job->result();

    auto localDate = [&](const QDateTime &start) {
        return QDate::fromJulianDay(rules->localDay(start.toSecsSinceEpoch()) +
                                    QDate(1970, 1, 1).toJulianDay())
            .toString(Qt::ISODate);
    };
    if (csv) {
        std::printf("period_start,contributing_minutes,energy_wh,cost_micros,gross_micros,"
                    "owner_micros,net_micros,solar_wh,grid_wh,battery_wh,carbon_grams,"
                    "wear_micros,currency\n");
        for (const auto &entry : report.entries) {
            const auto &a = entry.amounts;
            QByteArrayList cells{localDate(entry.start).toLatin1()};
            for (const qint64 value : {qint64(a.contributingMinutes), a.energyWh, a.costMicros,
                                       a.grossMicros, a.ownerMicros, a.netMicros, a.solarWh,
                                       a.gridWh, a.batteryWh, a.carbonGrams, a.wearMicros})
                cells.append(QByteArray::number(value));
            cells.append(report.currency.toLatin1());
            std::printf("%s\n", cells.join(',').constData());
        }
        return 0;
    }
    if (json) {
        auto amounts = [](const client::Amounts &a, QJsonObject object) {
            object.insert(QStringLiteral("contributingMinutes"), a.contributingMinutes);
            object.insert(QStringLiteral("energyWh"), qint64(a.energyWh));
            object.insert(QStringLiteral("costMicros"), qint64(a.costMicros));
            object.insert(QStringLiteral("grossMicros"), qint64(a.grossMicros));
            object.insert(QStringLiteral("ownerMicros"), qint64(a.ownerMicros));
            object.insert(QStringLiteral("netMicros"), qint64(a.netMicros));
            object.insert(QStringLiteral("solarWh"), qint64(a.solarWh));
            object.insert(QStringLiteral("gridWh"), qint64(a.gridWh));
            object.insert(QStringLiteral("batteryWh"), qint64(a.batteryWh));
            object.insert(QStringLiteral("carbonGrams"), qint64(a.carbonGrams));
            object.insert(QStringLiteral("carbonUnknownWh"), qint64(a.carbonUnknownWh));
            object.insert(QStringLiteral("carbonAvoidedGrams"), qint64(a.carbonAvoidedGrams));
            object.insert(QStringLiteral("wearMicros"), qint64(a.wearMicros));
            return object;
        };
        QJsonArray periods;
        for (const auto &entry : report.entries)
            periods.append(
                amounts(entry.amounts, {{QStringLiteral("start"), localDate(entry.start)}}));
        printJson({{QStringLiteral("vehicleId"), vehicleId},
                   {QStringLiteral("currency"), report.currency},
                   {QStringLiteral("periods"), periods},
                   {QStringLiteral("totals"), amounts(report.totals, {})}});
        return 0;
    }
    // A table with its total under it: each column's rows add up to the total shown
    // (spec/ledger.md), formatted from integers.
    const int digits = minorUnitDigits(report.currency);
    const qint64 unit = microsPerMinorUnit(digits);
    const std::size_t n = report.entries.size();
    auto column = [&](auto field, qint64 columnUnit) {
        std::vector<qint64> values;
        for (const auto &entry : report.entries)
            values.push_back(field(entry.amounts));
        return rowsAddingUp(values, columnUnit);
    };
    // Hours with one decimal (6 minutes), kWh with two (10 Wh), money in minor units.
    const auto hours =
        column([](const client::Amounts &a) { return qint64(a.contributingMinutes); }, 6);
    const auto energy = column([](const client::Amounts &a) { return a.energyWh; }, 10);
    const auto cost = column([](const client::Amounts &a) { return a.costMicros; }, unit);
    const auto gross = column([](const client::Amounts &a) { return a.grossMicros; }, unit);
    const auto owner = column([](const client::Amounts &a) { return a.ownerMicros; }, unit);
    const auto net = column([](const client::Amounts &a) { return a.netMicros; }, unit);
    // Solar kWh with two decimals, wear in minor units, CO2 in kg with one decimal (100 g).
    const auto solar = column([](const client::Amounts &a) { return a.solarWh; }, 10);
    const auto wear = column([](const client::Amounts &a) { return a.wearMicros; }, unit);
    const auto carbon = column([](const client::Amounts &a) { return a.carbonGrams; }, 100);
    std::printf("%-10s %8s %10s %9s %10s %8s %10s %10s %10s %8s\n", "PERIOD", "HOURS", "ENERGY kWh",
                "SOLAR kWh", qPrintable(QStringLiteral("COST %1").arg(report.currency)), "WEAR",
                "GROSS", "OWNER", "NET", "CO2 kg");
    auto row = [&](const QString &label, const std::array<qint64, 9> &v) {
        std::printf("%-10s %8s %10s %9s %10s %8s %10s %10s %10s %8s\n", qPrintable(label),
                    qPrintable(plainDecimal(v[0], 1)), qPrintable(plainDecimal(v[1], 2)),
                    qPrintable(plainDecimal(v[2], 2)), qPrintable(plainDecimal(v[3], digits)),
                    qPrintable(plainDecimal(v[4], digits)), qPrintable(plainDecimal(v[5], digits)),
                    qPrintable(plainDecimal(v[6], digits)), qPrintable(plainDecimal(v[7], digits)),
                    qPrintable(plainDecimal(v[8], 1)));
    };
    for (std::size_t i = 0; i < n; ++i)
        row(localDate(report.entries[i].start), {hours[i], energy[i], solar[i], cost[i], wear[i],
                                                 gross[i], owner[i], net[i], carbon[i]});
    const client::Amounts &t = report.totals;
    row(QStringLiteral("total"),
        {divideRounded(t.contributingMinutes, 6), divideRounded(t.energyWh, 10),
         divideRounded(t.solarWh, 10), toMinorUnits(t.costMicros, digits),
         toMinorUnits(t.wearMicros, digits), toMinorUnits(t.grossMicros, digits),
         toMinorUnits(t.ownerMicros, digits), toMinorUnits(t.netMicros, digits),
         divideRounded(t.carbonGrams, 100)});
    if (t.carbonUnknownWh > 0)
        std::printf("(CO2 counts the grid energy of known intensity; %s kWh had none)\n",
                    qPrintable(plainDecimal(divideRounded(t.carbonUnknownWh, 10), 2)));
    return 0;
}

int payoutsCommand(client::FleetClient &fleet, const QString &vehicleId, bool json)
{
    QStringList cars;
    if (!vehicleId.isEmpty()) {
        cars.append(vehicleId);
    } else {
        std::unique_ptr<client::ListVehiclesJob> list(fleet.listVehicles(1000));
        wait(list.get());
        if (list->error() != client::FleetJob::NoError)
            return fail(exitStatusFor(list->error()), list->errorString());
        for (const Vehicle &vehicle : list->result().vehicles)
            cars.append(vehicle.id);
    }
    QJsonArray all;
    std::vector<v1::Payout> rows;
    for (const QString &car : std::as_const(cars)) {
        std::unique_ptr<client::PayoutsJob> job(fleet.fetchPayouts(car));
        wait(job.get());
        if (job->error() != client::FleetJob::NoError)
            return fail(exitStatusFor(job->error()), job->errorString());
        for (const v1::Payout &p : job->result().payouts()) {
            rows.push_back(p);
            all.append(
                QJsonObject{{QStringLiteral("vehicleId"), QString::fromStdString(p.vehicle_id())},
                            {QStringLiteral("month"), QString::fromStdString(p.month())},
                            {QStringLiteral("netMicros"), qint64(p.net_micros())},
                            {QStringLiteral("carriedInMicros"), qint64(p.carried_in_micros())},
                            {QStringLiteral("amountMicros"), qint64(p.amount_micros())},
                            {QStringLiteral("carriedOutMicros"), qint64(p.carried_out_micros())},
                            {QStringLiteral("state"), QString::fromStdString(p.state())},
                            {QStringLiteral("currency"), QString::fromStdString(p.currency())}});
        }
    }
    if (json) {
        std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("payouts"), all}})
                                .toJson(QJsonDocument::Compact)
                                .constData());
        return 0;
    }
    if (rows.empty()) {
        std::printf("no settled month yet\n");
        return 0;
    }
    std::printf("%-14s %-7s %12s %12s %12s %12s %-8s %s\n", "VEHICLE", "MONTH", "NET", "CARRIED IN",
                "PAID", "CARRIED OUT", "STATE", "CURRENCY");
    for (const v1::Payout &p : rows) {
        const QString currency = QString::fromStdString(p.currency());
        std::printf("%-14s %-7s %12s %12s %12s %12s %-8s %s\n", p.vehicle_id().c_str(),
                    p.month().c_str(), qPrintable(money(p.net_micros(), currency)),
                    qPrintable(money(p.carried_in_micros(), currency)),
                    qPrintable(money(p.amount_micros(), currency)),
                    qPrintable(money(p.carried_out_micros(), currency)), p.state().c_str(),
                    qPrintable(currency));
    }
    return 0;
}

int eventsCommand(client::FleetClient &fleet, const QString &vehicleId, const QString &fromText,
                  const QString &toText, bool json)
{
    if (fromText.isEmpty() || toText.isEmpty()) {
        // The last day is the world's: ask the backend where its clock stands.
        std::unique_ptr<client::ServerInfoJob> info(fleet.fetchServerInfo());
        wait(info.get());
        if (info->error() != client::FleetJob::NoError)
            return fail(exitStatusFor(info->error()), info->errorString());
    }
    qint64 to = WorldTime::nowSecs();
    qint64 from = to - 86400;
    const auto utc = policy::ZoneRules::forZone("UTC");
    QString error;
    if ((!fromText.isEmpty() &&
         !readBoundary(QStringLiteral("--from"), fromText, *utc, &from, &error)) ||
        (!toText.isEmpty() && !readBoundary(QStringLiteral("--to"), toText, *utc, &to, &error)))
        return fail(2, error);
    std::unique_ptr<client::EventsJob> job(
        fleet.fetchEvents(vehicleId, QDateTime::fromSecsSinceEpoch(from, Qt::UTC),
                          QDateTime::fromSecsSinceEpoch(to, Qt::UTC)));
    wait(job.get());
    if (job->error() != client::FleetJob::NoError)
        return fail(exitStatusFor(job->error()), job->errorString());
    QJsonArray events;
    for (const client::EventInfo &event : job->result()) {
        // Every kind the backend sends (a key added or revoked, a policy confirmed, too).
        const char *name = client::eventKindName(event.kind);
        if (json)
            events.append(QJsonObject{
                {QStringLiteral("at"), event.at.toString(Qt::ISODate)},
                {QStringLiteral("event"), QLatin1String(name)},
                {QStringLiteral("detail"), event.detail},
                {QStringLiteral("socPercent"), std::round(event.socPercent * 100) / 100},
                {QStringLiteral("reasons"), QJsonArray::fromStringList(event.reasons)}});
        else
            std::printf(
                "%s  %-21s %5.1f%%  %s\n",
                qPrintable(event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                name, event.socPercent,
                qPrintable(event.detail.isEmpty() ? event.reasons.join(QLatin1Char(','))
                                                  : event.detail));
    }
    if (json)
        printJson({{QStringLiteral("vehicleId"), vehicleId}, {QStringLiteral("events"), events}});
    return 0;
}

} // namespace idlefleet::ctl
