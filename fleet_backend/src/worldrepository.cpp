// WorldRepository: the world's cars, what each was doing, and how far the world is simulated.

#include "worldrepository.h"

#include "store.h"
#include "store/sqlbind.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace idlefleet::backend {
namespace {

constexpr auto SimulatedUntilKey = "simulated_until_ms";
// The world's clock and the wall clock at the same commit: a restart resumes the world there.
constexpr auto WorldClockKey = "world_clock_ms";
constexpr auto WallClockKey = "wall_clock_ms";

} // namespace

WorldRepository::WorldRepository(Store &store)
    : m_store(store)
{}

bool WorldRepository::insertVehicles(const std::vector<SimulatedVehicle> &vehicles, QString *error)
{
    return m_store.inTransaction([&] { return writeVehicles(vehicles, error); }, error);
}

bool WorldRepository::createWorld(const std::vector<SimulatedVehicle> &vehicles,
                                  const QDateTime &simulatedUntil, const QDateTime &worldNow,
                                  QString *error)
{
    return m_store.inTransaction(
        [&] {
            QSqlQuery simulated(m_store.database());
            if (!writeVehicles(vehicles, error) ||
                !m_store.policies().writePolicies(vehicles, error) ||
                !writeStates(vehicles, simulatedUntil, worldNow, error))
                return false;
            return simulated.exec(
                QStringLiteral("INSERT INTO meta (key, value) VALUES ('simulated_world', '1') "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        },
        error);
}

bool WorldRepository::writeVehicles(const std::vector<SimulatedVehicle> &vehicles, QString *error)
{
    RowBatch batch(m_store.database(),
                   QStringLiteral("INSERT INTO vehicles (id, owner, name, model, time_zone, "
                                  "battery_capacity_wh, charger_watts, compute_watts, "
                                  "commute_minute, trip_wh_per_minute, group_name, step_minutes, "
                                  "roof_watts, roof_azimuth, roof_tilt)"),
                   15);
    for (const auto &vehicle : vehicles) {
        if (!batch.add({vehicle.id, vehicle.owner, vehicle.name, vehicle.model, vehicle.timeZone,
                        vehicle.batteryCapacityWh, vehicle.chargerWatts, vehicle.computeWatts,
                        vehicle.commuteMinute, vehicle.tripWhPerMinute, vehicle.group,
                        vehicle.stepMinutes, vehicle.roof.peakWatts, vehicle.roof.azimuthDegrees,
                        vehicle.roof.tiltDegrees},
                       error))
            return false;
    }
    return batch.flush(error);
}

namespace {

/// A car's state as vehicle_state keeps it, after its id.
const QString StateColumns = QStringLiteral(
    "vehicle_id, battery_wh, plugged_in, driving, contributing, chip_temp_c, energy_today_wh, "
    "energy_today_fraction_wh, local_day, last_seen_minute, asleep_until_minute, "
    "simulate_from_minute");

/// Reads StateColumns' state (all but the id) from `query`, starting at column `first`.
void readState(const QSqlQuery &query, int first, SimulatedVehicle *v)
{
    v->batteryWh = query.value(first).toDouble();
    v->pluggedIn = query.value(first + 1).toBool();
    v->driving = query.value(first + 2).toBool();
    v->contributing = query.value(first + 3).toBool();
    v->chipTempC = query.value(first + 4).toDouble();
    v->energyTodayWh = query.value(first + 5).toLongLong();
    v->energyTodayFractionWh = query.value(first + 6).toDouble();
    v->localDay = query.value(first + 7).toInt();
    v->lastSeenMinute = query.value(first + 8).toLongLong();
    v->asleepUntilMinute = query.value(first + 9).toLongLong();
    v->simulateFromMinute = query.value(first + 10).toLongLong();
}

} // namespace

std::vector<SimulatedVehicle> WorldRepository::loadVehicles() const
{
    std::vector<SimulatedVehicle> vehicles;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.exec(
        QStringLiteral(
            "SELECT v.id, v.owner, v.name, v.model, v.time_zone, v.battery_capacity_wh, "
            "v.charger_watts, v.compute_watts, v.commute_minute, v.trip_wh_per_minute, p.version, "
            "p.policy, v.group_name, v.step_minutes, v.roof_watts, v.roof_azimuth, v.roof_tilt, "
            "%1 "
            "FROM vehicles v LEFT JOIN vehicle_state s ON s.vehicle_id = v.id "
            "LEFT JOIN vehicle_policies p ON p.vehicle_id = v.id ORDER BY v.rowid")
            .arg(QStringLiteral("s.") +
                 QString(StateColumns).replace(QStringLiteral(", "), QStringLiteral(", s."))));
    while (query.next()) {
        SimulatedVehicle v;
        v.id = query.value(0).toString();
        v.owner = query.value(1).toString();
        v.name = query.value(2).toString();
        v.model = query.value(3).toString();
        v.timeZone = query.value(4).toString();
        v.batteryCapacityWh = query.value(5).toLongLong();
        v.chargerWatts = query.value(6).toInt();
        v.computeWatts = query.value(7).toInt();
        v.commuteMinute = query.value(8).toInt();
        v.tripWhPerMinute = query.value(9).toInt();
        if (!query.value(10).isNull()) {
            v.policyVersion = query.value(10).toLongLong();
            const QByteArray bytes = query.value(11).toByteArray();
            v.policy.ParseFromArray(bytes.constData(), int(bytes.size()));
        }
        v.group = query.value(12).toString();
        v.stepMinutes = std::max(1, query.value(13).toInt());
        v.recordsHistory = v.stepMinutes == 1;
        v.roof = {query.value(14).toInt(), query.value(15).toInt(), query.value(16).toInt()};
        if (!query.value(17).isNull()) // a car without a state yet starts from its defaults
            readState(query, 18, &v);
        vehicles.push_back(std::move(v));
    }
    return vehicles;
}

bool WorldRepository::readCommitted(Committed *world, QString *error)
{
    return m_store.inSnapshot(
        [&] {
            world->simulatedUntil = simulatedUntil();
            if (!world->simulatedUntil.isValid()) {
                *error = QStringLiteral("the world has no commit yet");
                return false;
            }
            world->states.clear();
            QSqlQuery page(m_store.database());
            page.setForwardOnly(true);
            page.prepare(QStringLiteral("SELECT %1 FROM vehicle_state WHERE vehicle_id > ? "
                                        "ORDER BY vehicle_id LIMIT %2")
                             .arg(StateColumns)
                             .arg(StatesPerPage));
            QString after; // the first page starts above every id (ids are never empty)
            for (;;) {
                QElapsedTimer took;
                took.start();
                bindValue(page, after);
                if (!page.exec()) {
                    *error = QStringLiteral("database: %1").arg(page.lastError().text());
                    return false;
                }
                int rows = 0;
                while (page.next()) {
                    SimulatedVehicle v;
                    v.id = page.value(0).toString();
                    readState(page, 1, &v);
                    after = v.id;
                    world->states.push_back(std::move(v));
                    ++rows;
                }
                page.finish();
                Pace::rest(took.nsecsElapsed());
                if (rows < StatesPerPage)
                    break;
            }
            world->consentingOwners = m_store.accounts().consentingOwners();
            return true;
        },
        error);
}

void WorldRepository::copyState(const SimulatedVehicle &from, SimulatedVehicle *to)
{
    to->batteryWh = from.batteryWh;
    to->pluggedIn = from.pluggedIn;
    to->driving = from.driving;
    to->contributing = from.contributing;
    to->chipTempC = from.chipTempC;
    to->energyTodayWh = from.energyTodayWh;
    to->energyTodayFractionWh = from.energyTodayFractionWh;
    to->localDay = from.localDay;
    to->lastSeenMinute = from.lastSeenMinute;
    to->asleepUntilMinute = from.asleepUntilMinute;
    to->simulateFromMinute = from.simulateFromMinute;
}

bool WorldRepository::saveStates(const std::vector<SimulatedVehicle> &vehicles,
                                 const QDateTime &simulatedUntil, const QDateTime &worldNow,
                                 QString *error)
{
    return commitWorld(vehicles, {}, {}, simulatedUntil, worldNow, error);
}

bool WorldRepository::commitWorld(const std::vector<SimulatedVehicle> &vehicles,
                                  const std::vector<MinuteSample> &samples,
                                  const LedgerChanges &ledger, const QDateTime &simulatedUntil,
                                  const QDateTime &worldNow, QString *error)
{
    return m_store.inTransaction(
        [&] {
            return m_store.history().writeHistory(vehicles, samples, error) &&
                   m_store.ledger().writeLedger(ledger, error) &&
                   writeStates(vehicles, simulatedUntil, worldNow, error);
        },
        error);
}

bool WorldRepository::writeStates(const std::vector<SimulatedVehicle> &vehicles,
                                  const QDateTime &simulatedUntil, const QDateTime &worldNow,
                                  QString *error)
{
    // Each car once: a statement's rows never share a key.
    RowBatch states(m_store.database(),
                    QStringLiteral("INSERT INTO vehicle_state (%1)").arg(StateColumns), 12,
                    onConflictReplace(StateColumns, QStringLiteral("vehicle_id")));
    for (const auto &v : vehicles) {
        if (!states.add({v.id, v.batteryWh, v.pluggedIn, v.driving, v.contributing, v.chipTempC,
                         v.energyTodayWh, v.energyTodayFractionWh, v.localDay, v.lastSeenMinute,
                         v.asleepUntilMinute, v.simulateFromMinute},
                        error))
            return false;
    }
    if (!states.flush(error))
        return false;
    QSqlQuery meta(m_store.database());
    meta.prepare(
        upsertSql(QStringLiteral("meta"), QStringLiteral("key, value"), QStringLiteral("key")));
    const std::pair<const char *, qint64> marks[] = {
        {SimulatedUntilKey, simulatedUntil.toMSecsSinceEpoch()},
        {WorldClockKey, worldNow.toMSecsSinceEpoch()},
        {WallClockKey, QDateTime::currentMSecsSinceEpoch()},
    };
    for (const auto &[key, ms] : marks) {
        bindValues(meta, {QLatin1String(key), QString::number(ms)});
        if (!meta.exec()) {
            *error = QStringLiteral("database: %1").arg(meta.lastError().text());
            return false;
        }
    }
    return true;
}

QDateTime WorldRepository::simulatedUntil() const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    bindValue(query, QLatin1String(SimulatedUntilKey));
    if (!query.exec() || !query.next())
        return {};
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
}

std::optional<WorldRepository::WorldMark> WorldRepository::worldMark() const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?)"));
    bindValues(query, {QLatin1String(WorldClockKey), QLatin1String(WallClockKey)});
    if (!query.exec())
        return std::nullopt;
    std::optional<qint64> world;
    std::optional<qint64> wall;
    while (query.next()) {
        bool ok = false;
        const qint64 ms = query.value(1).toString().toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        if (query.value(0).toString() == QLatin1String(WorldClockKey))
            world = ms;
        else
            wall = ms;
    }
    if (!world || !wall)
        return std::nullopt;
    return WorldMark{QDateTime::fromMSecsSinceEpoch(*world, Qt::UTC), *wall};
}

int WorldRepository::vehicleCount() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM vehicles")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool WorldRepository::hasVehicle(const QString &id) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT 1 FROM vehicles WHERE id = ?"));
    bindValue(query, id);
    return query.exec() && query.next();
}

} // namespace idlefleet::backend
