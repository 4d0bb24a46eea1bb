#include "localstore.h"

#include "sqlitemigrations.h"
#include "store/sqlbind.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace idlefleet {
namespace {

const char *const Migrations[] = {
    R"(CREATE TABLE outbox (
           id INTEGER PRIMARY KEY AUTOINCREMENT, vehicle_id TEXT NOT NULL, kind INTEGER NOT NULL,
           policy BLOB, paused_until INTEGER NOT NULL DEFAULT 0,
           base_version INTEGER NOT NULL DEFAULT 0, idempotency_key TEXT NOT NULL,
           state INTEGER NOT NULL DEFAULT 0, counter INTEGER NOT NULL DEFAULT 0,
           key_id TEXT NOT NULL DEFAULT '', command BLOB, signature BLOB,
           result_code TEXT NOT NULL DEFAULT '', result_message TEXT NOT NULL DEFAULT '',
           confirmed_version INTEGER NOT NULL DEFAULT 0, current_policy BLOB,
           created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,
           attempts INTEGER NOT NULL DEFAULT 0);
       CREATE INDEX outbox_vehicle ON outbox(vehicle_id, state, id);
       CREATE TABLE signing_counters (
           key_id TEXT NOT NULL, vehicle_id TEXT NOT NULL, last_counter INTEGER NOT NULL,
           PRIMARY KEY (key_id, vehicle_id)) WITHOUT ROWID;)",
    R"(CREATE TABLE vehicles (
           id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
           model TEXT NOT NULL, time_zone TEXT NOT NULL, battery_capacity_wh INTEGER NOT NULL,
           group_name TEXT NOT NULL, observed_ms INTEGER NOT NULL, soc_percent REAL NOT NULL,
           plugged_in INTEGER NOT NULL, driving INTEGER NOT NULL, contributing INTEGER NOT NULL,
           chip_temp_c REAL NOT NULL, compute_watts INTEGER NOT NULL,
           energy_today_wh INTEGER NOT NULL, online INTEGER NOT NULL, reasons TEXT NOT NULL,
           market_rate_micros INTEGER NOT NULL, currency TEXT NOT NULL) WITHOUT ROWID;
       CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
       CREATE TABLE history (
           vehicle_id TEXT NOT NULL, resolution INTEGER NOT NULL, start INTEGER NOT NULL,
           minutes INTEGER NOT NULL, soc_avg INTEGER NOT NULL, soc_min INTEGER NOT NULL,
           soc_max INTEGER NOT NULL, contributing_minutes INTEGER NOT NULL,
           plugged_minutes INTEGER NOT NULL, energy_wh INTEGER NOT NULL,
           chip_max INTEGER NOT NULL,
           PRIMARY KEY (vehicle_id, resolution, start)) WITHOUT ROWID;)",
    R"(CREATE TABLE sessions (
           vehicle_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
           energy_wh INTEGER NOT NULL, cost_micros INTEGER NOT NULL,
           gross_micros INTEGER NOT NULL, owner_micros INTEGER NOT NULL,
           net_micros INTEGER NOT NULL, currency TEXT NOT NULL,
           PRIMARY KEY (vehicle_id, start)) WITHOUT ROWID;
       CREATE TABLE events (
           vehicle_id TEXT NOT NULL, at INTEGER NOT NULL, kind INTEGER NOT NULL,
           detail TEXT NOT NULL, reasons TEXT NOT NULL, soc_centi INTEGER NOT NULL,
           PRIMARY KEY (vehicle_id, at, kind, detail)) WITHOUT ROWID;)",
};

constexpr auto Columns =
    "id, vehicle_id, kind, policy, paused_until, base_version, idempotency_key, state, counter, "
    "key_id, command, signature, result_code, result_message, confirmed_version, "
    "current_policy, created_ms, updated_ms, attempts";

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.vehicleId = q.value(1).toString();
    e.kind = OutboxEntry::Kind(q.value(2).toInt());
    e.policy = q.value(3).toByteArray();
    e.pausedUntil = q.value(4).toLongLong();
    e.baseVersion = q.value(5).toLongLong();
    e.idempotencyKey = q.value(6).toString();
    e.state = OutboxEntry::State(q.value(7).toInt());
    e.counter = q.value(8).toULongLong();
    e.keyId = q.value(9).toString();
    e.command = q.value(10).toByteArray();
    e.signature = q.value(11).toByteArray();
    e.resultCode = q.value(12).toString();
    e.resultMessage = q.value(13).toString();
    e.confirmedVersion = q.value(14).toLongLong();
    e.currentPolicy = q.value(15).toByteArray();
    e.createdMs = q.value(16).toLongLong();
    e.updatedMs = q.value(17).toLongLong();
    e.attempts = q.value(18).toInt();
    return e;
}

QString newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

LocalStore::LocalStore()
    : m_connectionName(QStringLiteral("idlefleet-local-") + QUuid::createUuid().toString())
{}

LocalStore::~LocalStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool LocalStore::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    // FULL: an intent the person was told is queued is on disk, even if the machine loses power.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !query.exec(QStringLiteral("PRAGMA busy_timeout=5000"))) {
        *error = QStringLiteral("%1: %2").arg(path, query.lastError().text());
        return false;
    }
    return migrate(error);
}

QString LocalStore::path() const
{
    return QSqlDatabase::database(m_connectionName, false).databaseName();
}

int LocalStore::schemaVersion() const
{
    return sqliteSchemaVersion(QSqlDatabase::database(m_connectionName));
}

bool LocalStore::rollBack(QSqlDatabase &db, const QSqlError &error)
{
    db.rollback();
    m_lastError = error.text();
    return false;
}

bool LocalStore::commit(QSqlDatabase &db)
{
    if (!db.commit())
        return rollBack(db, db.lastError());
    m_lastError.clear();
    return true;
}

bool LocalStore::migrate(QString *error)
{
    return migrateSqlite(QSqlDatabase::database(m_connectionName), Migrations,
                         int(std::size(Migrations)), QStringLiteral("the local store"), error);
}

qint64 LocalStore::enqueue(OutboxEntry entry)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (vehicle_id, kind, policy, paused_until, base_version, "
        "idempotency_key, state, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bindValue(query, entry.vehicleId);
    bindValue(query, int(entry.kind));
    bindValue(query, entry.policy);
    bindValue(query, entry.pausedUntil);
    bindValue(query, entry.baseVersion);
    bindValue(query, newIdempotencyKey());
    bindValue(query, now);
    bindValue(query, now);
    if (!query.exec())
        return 0;
    return query.lastInsertId().toLongLong();
}

std::optional<OutboxEntry> LocalStore::entry(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(Columns)));
    bindValue(query, id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

std::optional<OutboxEntry> LocalStore::nextFor(const QString &vehicleId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE vehicle_id = ? AND state IN (0, 1) "
                                 "ORDER BY id LIMIT 1")
                      .arg(QLatin1String(Columns)));
    bindValue(query, vehicleId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

std::vector<QString> LocalStore::vehiclesWithWork() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    std::vector<QString> out;
    if (query.exec(QStringLiteral(
            "SELECT DISTINCT vehicle_id FROM outbox WHERE state IN (0, 1) ORDER BY vehicle_id"))) {
        while (query.next())
            out.push_back(query.value(0).toString());
    }
    return out;
}

std::vector<OutboxEntry> LocalStore::entries(int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT %1 FROM outbox ORDER BY id DESC LIMIT ?")
                      .arg(QLatin1String(Columns)));
    bindValue(query, limit);
    std::vector<OutboxEntry> out;
    if (query.exec()) {
        while (query.next())
            out.push_back(entryFrom(query));
    }
    return out;
}

qint64 LocalStore::lastConfirmedVersion(const QString &vehicleId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT confirmed_version FROM outbox WHERE vehicle_id = ? AND "
                                 "state = 2 ORDER BY id DESC LIMIT 1"));
    bindValue(query, vehicleId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

quint64 LocalStore::reserveCounter(const QString &keyId, const QString &vehicleId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO signing_counters (key_id, vehicle_id, last_counter) VALUES (?, ?, ?) "
        "ON CONFLICT (key_id, vehicle_id) DO UPDATE SET "
        "last_counter = MAX(last_counter + 1, excluded.last_counter)"));
    // Counters follow the wall clock in milliseconds where they can: a store that was lost and
    // made anew still signs above every counter the car has seen from this key.
    bindValue(query, keyId);
    bindValue(query, vehicleId);
    bindValue(query, QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        db.rollback();
        return 0;
    }
    query.prepare(QStringLiteral(
        "SELECT last_counter FROM signing_counters WHERE key_id = ? AND vehicle_id = ?"));
    bindValue(query, keyId);
    bindValue(query, vehicleId);
    if (!query.exec() || !query.next()) {
        db.rollback();
        return 0;
    }
    const quint64 counter = query.value(0).toULongLong();
    return db.commit() ? counter : 0;
}

bool LocalStore::markSent(qint64 id, const QString &keyId, quint64 counter,
                          const QString &idempotencyKey, qint64 baseVersion,
                          const QByteArray &command, const QByteArray &signature)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "UPDATE outbox SET state = 1, key_id = ?, counter = ?, idempotency_key = ?, "
        "base_version = ?, command = ?, signature = ?, updated_ms = ? WHERE id = ? AND state = 0"));
    bindValue(query, keyId);
    bindValue(query, qint64(counter));
    bindValue(query, idempotencyKey);
    bindValue(query, baseVersion);
    bindValue(query, command);
    bindValue(query, signature);
    bindValue(query, QDateTime::currentMSecsSinceEpoch());
    bindValue(query, id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool LocalStore::markAttempt(qint64 id, const QString &problemCode)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, updated_ms = ?, "
                                 "result_code = ? WHERE id = ?"));
    bindValue(query, QDateTime::currentMSecsSinceEpoch());
    bindValue(query, problemCode);
    bindValue(query, id);
    return query.exec();
}

bool LocalStore::markAnswered(qint64 id, OutboxEntry::State state, const QString &code,
                              const QString &message, qint64 version,
                              const QByteArray &currentPolicy)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "UPDATE outbox SET state = ?, result_code = ?, result_message = ?, confirmed_version = ?, "
        "current_policy = ?, attempts = attempts + 1, updated_ms = ? WHERE id = ?"));
    bindValue(query, int(state));
    // A null string would bind as NULL: the columns hold text, empty when there is none.
    bindValue(query, code);
    bindValue(query, message);
    bindValue(query, version);
    bindValue(query, currentPolicy);
    bindValue(query, QDateTime::currentMSecsSinceEpoch());
    bindValue(query, id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool LocalStore::resetToPending(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("UPDATE outbox SET state = 0, command = NULL, signature = NULL, "
                                 "updated_ms = ? WHERE id = ? AND state = 1"));
    bindValue(query, QDateTime::currentMSecsSinceEpoch());
    bindValue(query, id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool LocalStore::saveVehicles(const std::vector<Vehicle> &vehicles, qint64 syncedMs)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM vehicles"))) {
        return rollBack(db, query.lastError());
    }
    query.prepare(QStringLiteral(
        "INSERT INTO vehicles (id, position, name, model, time_zone, battery_capacity_wh, "
        "group_name, observed_ms, soc_percent, plugged_in, driving, contributing, chip_temp_c, "
        "compute_watts, energy_today_wh, online, reasons, market_rate_micros, currency) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const Vehicle &v : vehicles) {
        const VehicleStatus &s = v.status;
        bindValues(query,
                   {QVariant(v.id), QVariant(position++), QVariant(v.name), QVariant(v.model),
                    QVariant(v.timeZone), QVariant(v.batteryCapacityWh), QVariant(v.group),
                    QVariant(s.observedAt.toMSecsSinceEpoch()), QVariant(s.socPercent),
                    QVariant(s.pluggedIn), QVariant(s.driving), QVariant(s.contributing),
                    QVariant(s.chipTempC), QVariant(s.computePowerWatts), QVariant(s.energyTodayWh),
                    QVariant(s.online), QVariant(s.blockingReasons.join(QLatin1Char(','))),
                    QVariant(s.marketRateMicrosPerHour), QVariant(s.currency)});
        if (!query.exec()) {
            return rollBack(db, query.lastError());
        }
    }
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('vehicles_synced_ms', ?)"));
    bindValue(query, QString::number(syncedMs));
    if (!query.exec()) {
        return rollBack(db, query.lastError());
    }
    return commit(db);
}

std::vector<Vehicle> LocalStore::vehicles() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    std::vector<Vehicle> out;
    if (!query.exec(QStringLiteral(
            "SELECT id, name, model, time_zone, battery_capacity_wh, group_name, observed_ms, "
            "soc_percent, plugged_in, driving, contributing, chip_temp_c, compute_watts, "
            "energy_today_wh, online, reasons, market_rate_micros, currency FROM vehicles "
            "ORDER BY position")))
        return out;
    while (query.next()) {
        Vehicle v;
        v.id = query.value(0).toString();
        v.name = query.value(1).toString();
        v.model = query.value(2).toString();
        v.timeZone = query.value(3).toString();
        v.batteryCapacityWh = query.value(4).toLongLong();
        v.group = query.value(5).toString();
        v.status.observedAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
        v.status.socPercent = query.value(7).toDouble();
        v.status.pluggedIn = query.value(8).toBool();
        v.status.driving = query.value(9).toBool();
        v.status.contributing = query.value(10).toBool();
        v.status.chipTempC = query.value(11).toDouble();
        v.status.computePowerWatts = query.value(12).toInt();
        v.status.energyTodayWh = query.value(13).toLongLong();
        v.status.online = query.value(14).toBool();
        // The store keeps no last sighting: a car in reach when it was kept was seen then.
        if (v.status.online)
            v.status.lastSeen = v.status.observedAt;
        v.status.blockingReasons =
            query.value(15).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        v.status.marketRateMicrosPerHour = query.value(16).toLongLong();
        v.status.currency = query.value(17).toString();
        out.push_back(v);
    }
    return out;
}

qint64 LocalStore::vehiclesSyncedMs() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    return query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'vehicles_synced_ms'")) &&
                   query.next()
               ? query.value(0).toLongLong()
               : 0;
}

bool LocalStore::saveHistory(const QString &vehicleId, int resolution,
                             const std::vector<StoredHistoryPoint> &points)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO history (vehicle_id, resolution, start, minutes, soc_avg, "
        "soc_min, soc_max, contributing_minutes, plugged_minutes, energy_wh, chip_max) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const StoredHistoryPoint &p : points) {
        bindValue(query, vehicleId);
        bindValue(query, resolution);
        bindValue(query, p.start);
        bindValue(query, p.minutes);
        bindValue(query, p.socCentiAvg);
        bindValue(query, p.socCentiMin);
        bindValue(query, p.socCentiMax);
        bindValue(query, p.contributingMinutes);
        bindValue(query, p.pluggedInMinutes);
        bindValue(query, p.computeEnergyWh);
        bindValue(query, p.chipDeciMax);
        if (!query.exec()) {
            return rollBack(db, query.lastError());
        }
    }
    return commit(db);
}

std::vector<StoredHistoryPoint> LocalStore::history(const QString &vehicleId, int resolution,
                                                    qint64 from, qint64 to) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT start, minutes, soc_avg, soc_min, soc_max, contributing_minutes, "
                       "plugged_minutes, energy_wh, chip_max FROM history WHERE vehicle_id = ? AND "
                       "resolution = ? AND start >= ? AND start < ? ORDER BY start"));
    bindValue(query, vehicleId);
    bindValue(query, resolution);
    bindValue(query, from);
    bindValue(query, to);
    std::vector<StoredHistoryPoint> out;
    if (query.exec()) {
        while (query.next())
            out.push_back({query.value(0).toLongLong(), query.value(1).toInt(),
                           query.value(2).toInt(), query.value(3).toInt(), query.value(4).toInt(),
                           query.value(5).toInt(), query.value(6).toInt(),
                           query.value(7).toLongLong(), query.value(8).toInt()});
    }
    return out;
}

qint64 LocalStore::historyCursor(const QString &vehicleId, int resolution) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT start, minutes FROM history WHERE vehicle_id = ? AND "
                                 "resolution = ? ORDER BY start DESC LIMIT 1"));
    bindValue(query, vehicleId);
    bindValue(query, resolution);
    return query.exec() && query.next()
               ? query.value(0).toLongLong() + 60LL * query.value(1).toLongLong()
               : 0;
}

int LocalStore::historyCount(const QString &vehicleId, int resolution) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM history WHERE vehicle_id = ? AND resolution = ?"));
    bindValue(query, vehicleId);
    bindValue(query, resolution);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace idlefleet
