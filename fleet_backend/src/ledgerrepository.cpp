// LedgerRepository: the ledger's entries, jobs and sessions (spec/ledger.md).

#include "ledgerrepository.h"

#include "jobmarket.h"
#include "policy/zonerules.h"
#include "store.h"
#include "store/sqlbind.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <array>
#include <functional>
#include <map>
#include <set>
#include <tuple>

namespace idlefleet::backend {
namespace {

const QString EntryColumns = QStringLiteral(
    "vehicle_id, session_start, start, \"end\", last_end, owner, currency, minutes, watt_minutes, "
    "grid_watt_minutes, battery_watt_minutes, price_watt_minutes, share_bp, gross_micros, "
    "solar_watt_minutes, wear_watt_minutes, carbon_watt_minutes, carbon_unknown_watt_minutes, "
    "carbon_avoided_watt_minutes, group_name");

LedgerEntry entryFrom(const QSqlQuery &query)
{
    LedgerEntry e;
    e.vehicleId = query.value(0).toString();
    e.sessionStart = query.value(1).toLongLong();
    e.start = query.value(2).toLongLong();
    e.end = query.value(3).toLongLong();
    e.lastEnd = query.value(4).toLongLong();
    e.owner = query.value(5).toString();
    e.currency = query.value(6).toString();
    e.minutes = query.value(7).toInt();
    e.wattMinutes = query.value(8).toLongLong();
    e.gridWattMinutes = query.value(9).toLongLong();
    e.batteryWattMinutes = query.value(10).toLongLong();
    e.priceWattMinutes = query.value(11).toLongLong();
    e.shareBasisPoints = query.value(12).toInt();
    e.grossMicros = query.value(13).toLongLong();
    e.solarWattMinutes = query.value(14).toLongLong();
    e.wearWattMinutes = query.value(15).toLongLong();
    e.carbonWattMinutes = query.value(16).toLongLong();
    e.carbonUnknownWattMinutes = query.value(17).toLongLong();
    e.carbonAvoidedWattMinutes = query.value(18).toLongLong();
    e.group = query.value(19).toString();
    return e;
}

const QString JobColumns = QStringLiteral(
    "vehicle_id, id, kind, session_start, entry_start, start, \"end\", planned_end, minutes, "
    "operations, gross_rate_minutes, state");

LedgerJob jobFrom(const QSqlQuery &query)
{
    LedgerJob j;
    j.vehicleId = query.value(0).toString();
    j.id = query.value(1).toString();
    j.kind = query.value(2).toString();
    j.sessionStart = query.value(3).toLongLong();
    j.entryStart = query.value(4).toLongLong();
    j.start = query.value(5).toLongLong();
    j.end = query.value(6).toLongLong();
    j.plannedEnd = query.value(7).toLongLong();
    j.minutes = query.value(8).toInt();
    j.operations = query.value(9).toLongLong();
    j.grossRateMinutes = query.value(10).toLongLong();
    j.state = LedgerJob::State(query.value(11).toInt());
    return j;
}

/// LedgerSums' columns summed over an hour's entries (the rows of ledger_entries, as `e`).
QString sumsOfEntries()
{
    QStringList sums;
    for (const LedgerSums::Column &column : LedgerSums::Columns)
        sums.append(column.member == &LedgerSums::entries
                        ? QStringLiteral("COUNT(*)")
                        : QStringLiteral("SUM(e.%1)").arg(QLatin1String(column.name)));
    return sums.join(QStringLiteral(", "));
}

/// LedgerSums' columns summed over rows of sums (cast: PostgreSQL sums BIGINT as NUMERIC).
QString sumsOfSums()
{
    QStringList sums;
    for (const LedgerSums::Column &column : LedgerSums::Columns)
        sums.append(QStringLiteral("CAST(SUM(%1) AS BIGINT)").arg(QLatin1String(column.name)));
    return sums.join(QStringLiteral(", "));
}

/// "column = excluded.column" for each of LedgerSums' columns: an upsert's new sums.
QString updatedFromExcluded()
{
    QStringList set;
    for (const LedgerSums::Column &column : LedgerSums::Columns)
        set.append(QStringLiteral("%1 = excluded.%1").arg(QLatin1String(column.name)));
    return set.join(QStringLiteral(", "));
}

/// LedgerSums read from `query`'s values from `first` on, in the order of LedgerSums::Columns.
LedgerSums sumsFrom(const QSqlQuery &query, int first)
{
    LedgerSums s;
    int i = first;
    for (const LedgerSums::Column &column : LedgerSums::Columns)
        s.*column.member = query.value(i++).toLongLong();
    return s;
}

bool failed(const QSqlQuery &query, QString *error)
{
    *error = QStringLiteral("database: %1").arg(query.lastError().text());
    return false;
}

} // namespace

LedgerRepository::LedgerRepository(Store &store)
    : m_store(store)
{}

bool LedgerRepository::writeLedger(const LedgerChanges &changes, QString *error)
{
    if (changes.empty())
        return true;
    QSqlDatabase db = m_store.database();
    // Each row once (the latest of a key wins): a statement of many rows may not name a key twice.
    const auto latest = [](const auto &rows, auto key) {
        std::map<decltype(key(rows.front())), std::size_t> last;
        for (std::size_t i = 0; i < rows.size(); ++i)
            last[key(rows[i])] = i;
        std::vector<std::size_t> kept;
        kept.reserve(last.size());
        for (const auto &[k, index] : last)
            kept.push_back(index);
        return kept;
    };
    const QString rounded =
        QStringLiteral("energy_wh, solar_wh, grid_wh, battery_wh, carbon_grams, carbon_unknown_wh, "
                       "carbon_avoided_grams, cost_micros, wear_micros, owner_micros, net_micros");
    RowBatch entry(
        db, QStringLiteral("INSERT INTO ledger_entries (%1, %2)").arg(EntryColumns, rounded), 31,
        onConflictReplace(EntryColumns + QStringLiteral(", ") + rounded,
                          QStringLiteral("vehicle_id, session_start, start")));
    // An organisation's totals by currency and UTC hour are sums of its entries: each hour an
    // entry of this commit touched is summed again from the entries, once.
    std::set<std::tuple<QString, QString, qint64>> hours;
    std::set<std::tuple<QString, QString, qint64>> regroupedHours;
    if (!changes.entries.empty()) {
        for (const std::size_t i : latest(changes.entries, [](const LedgerEntry &e) {
                 return std::make_tuple(e.vehicleId, e.sessionStart, e.start);
             })) {
            const LedgerEntry &e = changes.entries[i];
            if (e.owner.startsWith(QLatin1String("org:"))) {
                hours.emplace(e.owner, e.currency, e.start / 3600);
                if (e.regrouped)
                    regroupedHours.emplace(e.owner, e.currency, e.start / 3600);
            }
            if (!entry.add({e.vehicleId,
                            e.sessionStart,
                            e.start,
                            e.end,
                            e.lastEnd,
                            e.owner,
                            e.currency,
                            e.minutes,
                            e.wattMinutes,
                            e.gridWattMinutes,
                            e.batteryWattMinutes,
                            e.priceWattMinutes,
                            e.shareBasisPoints,
                            e.grossMicros,
                            e.solarWattMinutes,
                            e.wearWattMinutes,
                            e.carbonWattMinutes,
                            e.carbonUnknownWattMinutes,
                            e.carbonAvoidedWattMinutes,
                            e.group,
                            e.energyWh(),
                            e.solarWh(),
                            e.gridWh(),
                            e.batteryWh(),
                            e.carbonGrams(),
                            e.carbonUnknownWh(),
                            e.carbonAvoidedGrams(),
                            e.costMicros(),
                            e.wearMicros(),
                            e.ownerMicros(),
                            e.netMicros()},
                           error))
                return false;
        }
    }
    if (!entry.flush(error))
        return false;
    // An organisation's sums by group, currency and UTC hour: each (currency, hour) a commit
    // touched is summed again from its entries, each counted for the group it was written in.
    // Upserted, so two writers of one hour never collide; then, where an open entry's car changed
    // group, the groups none of the hour's entries name any longer are dropped.
    QSqlQuery rollup(db);
    rollup.prepare(
        QStringLiteral("INSERT INTO ledger_group_hours (owner, group_name, currency, hour, %1) "
                       "SELECT ?, e.group_name, ?, ?, %2 FROM ledger_entries e WHERE e.owner = ? "
                       "AND e.currency = ? AND e.start >= ? AND e.start < ? GROUP BY e.group_name "
                       "ON CONFLICT (owner, hour, currency, group_name) DO UPDATE SET %3")
            .arg(LedgerSums::columns(), sumsOfEntries(), updatedFromExcluded()));
    QSqlQuery forget(db);
    forget.prepare(QStringLiteral(
        "DELETE FROM ledger_group_hours WHERE owner = ? AND currency = ? AND hour = ? AND NOT "
        "EXISTS (SELECT 1 FROM ledger_entries e WHERE e.owner = ledger_group_hours.owner AND "
        "e.currency = ledger_group_hours.currency AND e.start >= ledger_group_hours.hour * 3600 "
        "AND e.start < ledger_group_hours.hour * 3600 + 3600 AND "
        "e.group_name = ledger_group_hours.group_name)"));
    for (const auto &[owner, currency, hour] : hours) {
        bindValues(rollup,
                   {owner, currency, hour, owner, currency, hour * 3600, hour * 3600 + 3600});
        if (!rollup.exec())
            return failed(rollup, error);
        if (!regroupedHours.count({owner, currency, hour}))
            continue;
        bindValues(forget, {owner, currency, hour});
        if (!forget.exec())
            return failed(forget, error);
    }
    RowBatch job(db, QStringLiteral("INSERT INTO ledger_jobs (%1, pay_micros)").arg(JobColumns), 13,
                 onConflictReplace(JobColumns + QStringLiteral(", pay_micros"),
                                   QStringLiteral("vehicle_id, id")));
    if (!changes.jobs.empty()) {
        for (const std::size_t i : latest(changes.jobs, [](const LedgerJob &j) {
                 return std::make_pair(j.vehicleId, j.id);
             })) {
            const LedgerJob &j = changes.jobs[i];
            if (!job.add({j.vehicleId, j.id, j.kind, j.sessionStart, j.entryStart, j.start, j.end,
                          j.plannedEnd, j.minutes, j.operations, j.grossRateMinutes, int(j.state),
                          j.payMicros()},
                         error))
                return false;
        }
    }
    if (!job.flush(error))
        return false;
    RowBatch session(db,
                     QStringLiteral("INSERT INTO ledger_sessions (vehicle_id, start, \"end\", "
                                    "minutes)"),
                     4,
                     QStringLiteral("ON CONFLICT (vehicle_id, start) DO UPDATE SET "
                                    "\"end\" = excluded.\"end\", minutes = excluded.minutes"));
    if (!changes.sessions.empty()) {
        for (const std::size_t i : latest(changes.sessions, [](const LedgerSession &l) {
                 return std::make_pair(l.vehicleId, l.start);
             })) {
            const LedgerSession &l = changes.sessions[i];
            if (!session.add({l.vehicleId, l.start, l.end, l.minutes}, error))
                return false;
        }
    }
    return session.flush(error);
}

std::vector<LedgerOpenState> LedgerRepository::openLedger(qint64 simulatedUntil) const
{
    // A session is open when its last minute (or step) ends at or after the simulated present.
    std::vector<LedgerOpenState> out;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM ledger_entries WHERE last_end >= ? "
                                 "ORDER BY vehicle_id, start")
                      .arg(EntryColumns));
    bindValue(query, simulatedUntil);
    query.exec();
    while (query.next()) {
        LedgerEntry e = entryFrom(query);
        if (!out.empty() && out.back().entry.vehicleId == e.vehicleId) {
            out.back().entry = std::move(e); // the latest of the car's open entries
            continue;
        }
        LedgerOpenState state;
        state.entry = std::move(e);
        out.push_back(std::move(state));
    }
    QSqlQuery session(m_store.database());
    session.prepare(QStringLiteral(
        "SELECT \"end\", minutes FROM ledger_sessions WHERE vehicle_id = ? AND start = ?"));
    QSqlQuery job(m_store.database());
    job.prepare(QStringLiteral("SELECT %1 FROM ledger_jobs WHERE vehicle_id = ? AND "
                               "entry_start = ? AND session_start = ? AND state = 0")
                    .arg(JobColumns));
    for (LedgerOpenState &state : out) {
        state.session = {state.entry.vehicleId, state.entry.sessionStart, state.entry.lastEnd, 0};
        bindValues(session, {state.entry.vehicleId, state.entry.sessionStart});
        if (session.exec() && session.next()) {
            state.session.end = session.value(0).toLongLong();
            state.session.minutes = session.value(1).toInt();
        }
        bindValues(job, {state.entry.vehicleId, state.entry.start, state.entry.sessionStart});
        if (job.exec() && job.next())
            state.job = jobFrom(job);
    }
    return out;
}

std::vector<LedgerEntry> LedgerRepository::entries(const QString &vehicleId, qint64 from,
                                                   qint64 to) const
{
    std::vector<LedgerEntry> out;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM ledger_entries WHERE vehicle_id = ? AND "
                                 "start >= ? AND start < ? ORDER BY start, session_start")
                      .arg(EntryColumns));
    bindValues(query, {vehicleId, from, to});
    query.exec();
    while (query.next())
        out.push_back(entryFrom(query));
    return out;
}

std::vector<LedgerSession> LedgerRepository::sessions(const QString &vehicleId, qint64 from,
                                                      qint64 to) const
{
    std::vector<LedgerSession> out;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // A session's first entry starts at most an hour (and a jump) before the session does.
    query.prepare(QStringLiteral(
        "SELECT start, \"end\", minutes FROM ledger_sessions WHERE vehicle_id = ? AND \"end\" > ? "
        "AND "
        "start < ? AND EXISTS (SELECT 1 FROM ledger_entries e WHERE e.vehicle_id = ? AND "
        "e.session_start = ledger_sessions.start AND e.start >= ? AND e.start < ?) "
        "ORDER BY start"));
    bindValues(query, {vehicleId, from, to, vehicleId, from, to});
    query.exec();
    while (query.next())
        out.push_back({vehicleId, query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toInt()});
    return out;
}

std::vector<LedgerEntry> LedgerRepository::entriesOfSessions(const QString &vehicleId,
                                                             qint64 sessionFrom,
                                                             qint64 sessionTo) const
{
    std::vector<LedgerEntry> out;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM ledger_entries WHERE vehicle_id = ? AND "
                                 "session_start >= ? AND session_start < ? "
                                 "ORDER BY session_start, start")
                      .arg(EntryColumns));
    bindValues(query, {vehicleId, sessionFrom, sessionTo});
    query.exec();
    while (query.next())
        out.push_back(entryFrom(query));
    return out;
}

std::vector<std::pair<qint64, qint64>> LedgerRepository::entryNets(const QString &vehicleId) const
{
    std::vector<std::pair<qint64, qint64>> out;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT start, net_micros FROM ledger_entries WHERE "
                                 "vehicle_id = ? ORDER BY start"));
    bindValue(query, vehicleId);
    query.exec();
    while (query.next())
        out.emplace_back(query.value(0).toLongLong(), query.value(1).toLongLong());
    return out;
}

std::vector<LedgerJob> LedgerRepository::jobs(const QString &vehicleId, qint64 from,
                                              qint64 to) const
{
    std::vector<LedgerJob> out;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM ledger_jobs WHERE vehicle_id = ? AND "
                                 "entry_start >= ? AND entry_start < ? ORDER BY start")
                      .arg(JobColumns));
    bindValues(query, {vehicleId, from, to});
    query.exec();
    while (query.next())
        out.push_back(jobFrom(query));
    return out;
}

std::vector<LedgerRepository::OwnerHour> LedgerRepository::ownerHours(const QString &owner,
                                                                      qint64 from, qint64 to) const
{
    std::vector<OwnerHour> out;
    sumGroupHours(owner, from, to, {"currency", "hour"},
                  [&out](const QSqlQuery &row, LedgerSums sums) {
                      out.push_back({row.value(0).toString(), row.value(1).toLongLong(), sums});
                  });
    return out;
}

std::vector<LedgerRepository::GroupTotal>
LedgerRepository::groupTotals(const QString &owner, qint64 from, qint64 to) const
{
    std::vector<GroupTotal> out;
    sumGroupHours(owner, from, to, {"group_name", "currency"},
                  [&out](const QSqlQuery &row, LedgerSums sums) {
                      out.push_back({row.value(0).toString(), row.value(1).toString(), sums});
                  });
    return out;
}

void LedgerRepository::sumGroupHours(
    const QString &owner, qint64 from, qint64 to, std::array<const char *, 2> keys,
    const std::function<void(const QSqlQuery &, LedgerSums)> &row) const
{
    const QString keyColumns =
        QLatin1String(keys[0]) + QLatin1String(", ") + QLatin1String(keys[1]);
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, %2 FROM ledger_group_hours WHERE owner = ? AND "
                                 "hour >= ? AND hour < ? GROUP BY %1 ORDER BY %1")
                      .arg(keyColumns, sumsOfSums()));
    // Whole UTC hours: the entries that start in [from, to), both rounded up to the hour.
    bindValues(query, {owner, (from + 3599) / 3600, (to + 3599) / 3600});
    query.exec();
    while (query.next()) {
        LedgerSums sums = sumsFrom(query, 2);
        if (sums.entries > 0)
            row(query, sums);
    }
}

bool LedgerRepository::needsLedgerRebuild() const
{
    QSqlQuery query(m_store.database());
    query.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM ledger_entries) AND "
                              "EXISTS (SELECT 1 FROM status_minutes WHERE (flags & 2) != 0)"));
    return query.next() && query.value(0).toBool();
}

bool LedgerRepository::rebuildLedger(QString *error)
{
    // The kept minutes replayed through the same book the simulator writes with. An
    // organisation's cars keep no minutes: their past before the ledger is not rebuilt.
    const std::vector<SimulatedVehicle> vehicles = m_store.world().loadVehicles();
    return m_store.inTransaction(
        [&] {
            QSqlQuery minutes(m_store.database());
            minutes.setForwardOnly(true);
            minutes.prepare(QStringLiteral(
                "SELECT minute, flags, compute_watts, price_micros_per_kwh, gross_micros_per_hour "
                "FROM status_minutes WHERE vehicle_id = ? ORDER BY minute"));
            for (const SimulatedVehicle &vehicle : vehicles) {
                if (vehicle.stepMinutes != 1)
                    continue;
                const auto zone = vehicle.zoneRules();
                const QString currency = vehicle.currency();
                LedgerBook book;
                bindValue(minutes, vehicle.id);
                if (!minutes.exec())
                    return failed(minutes, error);
                while (minutes.next()) {
                    const int flags = minutes.value(1).toInt();
                    LedgerMinute m;
                    m.start = minutes.value(0).toLongLong() * 60;
                    m.contributing = (flags & 2) != 0;
                    m.pluggedIn = (flags & 1) != 0;
                    m.jobFailed = (flags & 8) != 0;
                    m.computeWatts = minutes.value(2).toInt();
                    m.priceMicrosPerKwh = minutes.value(3).toLongLong();
                    m.grossMicrosPerHour = minutes.value(4).toLongLong();
                    m.shareBasisPoints = JobMarket::OwnerShareBasisPoints;
                    m.currency = currency;
                    m.group = vehicle.group;
                    book.add(vehicle.id, vehicle.owner, *zone, m);
                }
                if (!writeLedger(book.take(), error))
                    return false;
            }
            return true;
        },
        error);
}

} // namespace idlefleet::backend
