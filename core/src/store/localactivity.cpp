// LocalStore: a car's contributions and its diagnostics timeline, kept for offline use.

#include "store/localstore.h"
#include "store/sqlbind.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace idlefleet {

bool LocalStore::saveSessions(const QString &vehicleId, const std::vector<StoredSession> &sessions)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sessions (vehicle_id, start, end, energy_wh, cost_micros, "
        "gross_micros, owner_micros, net_micros, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const StoredSession &s : sessions) {
        bindValues(query, {QVariant(vehicleId), QVariant(s.start), QVariant(s.end),
                           QVariant(s.energyWh), QVariant(s.costMicros), QVariant(s.grossMicros),
                           QVariant(s.ownerMicros), QVariant(s.netMicros), QVariant(s.currency)});
        if (!query.exec()) {
            return rollBack(db, query.lastError());
        }
    }
    return commit(db);
}

std::vector<StoredSession> LocalStore::sessions(const QString &vehicleId, qint64 from,
                                                qint64 to) const
{
    std::vector<StoredSession> out;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "SELECT start, end, energy_wh, cost_micros, gross_micros, owner_micros, net_micros, "
        "currency FROM sessions WHERE vehicle_id = ? AND start >= ? AND start < ? ORDER BY start"));
    bindValue(query, vehicleId);
    bindValue(query, from);
    bindValue(query, to);
    query.exec();
    while (query.next())
        out.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toLongLong(), query.value(3).toLongLong(),
                       query.value(4).toLongLong(), query.value(5).toLongLong(),
                       query.value(6).toLongLong(), query.value(7).toString()});
    return out;
}

qint64 LocalStore::sessionsCursor(const QString &vehicleId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT MAX(start) FROM sessions WHERE vehicle_id = ?"));
    bindValue(query, vehicleId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool LocalStore::saveEvents(const QString &vehicleId, const std::vector<StoredEvent> &events)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO events (vehicle_id, at, kind, detail, reasons, "
                       "soc_centi) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const StoredEvent &e : events) {
        bindValue(query, vehicleId);
        bindValue(query, e.at);
        bindValue(query, e.kind);
        // A null text would bind NULL, which OR IGNORE would skip silently: bind empty text.
        bindValue(query, e.detail);
        bindValue(query, e.reasons);
        bindValue(query, e.socCenti);
        if (!query.exec()) {
            return rollBack(db, query.lastError());
        }
    }
    return commit(db);
}

std::vector<StoredEvent> LocalStore::events(const QString &vehicleId, qint64 from, qint64 to) const
{
    std::vector<StoredEvent> out;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT at, kind, reasons, soc_centi, detail FROM events "
                                 "WHERE vehicle_id = ? AND at >= ? AND at < ? ORDER BY at, kind"));
    bindValue(query, vehicleId);
    bindValue(query, from);
    bindValue(query, to);
    query.exec();
    while (query.next())
        out.push_back({query.value(0).toLongLong(), query.value(1).toInt(),
                       query.value(2).toString(), query.value(3).toInt(),
                       query.value(4).toString()});
    return out;
}

qint64 LocalStore::eventsCursor(const QString &vehicleId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT MAX(at) FROM events WHERE vehicle_id = ?"));
    bindValue(query, vehicleId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace idlefleet
