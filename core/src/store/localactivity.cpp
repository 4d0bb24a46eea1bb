// LocalStore: a car's contributions and its diagnostics timeline, kept for offline use.

#include "store/localstore.h"

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
        for (const QVariant &value :
             {QVariant(vehicleId), QVariant(s.start), QVariant(s.end), QVariant(s.energyWh),
              QVariant(s.costMicros), QVariant(s.grossMicros), QVariant(s.ownerMicros),
              QVariant(s.netMicros), QVariant(s.currency)})
            query.addBindValue(value);
        if (!query.exec()) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

std::vector<StoredSession> LocalStore::sessions(const QString &vehicleId, qint64 from,
                                                qint64 to) const
{
    std::vector<StoredSession> out;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "SELECT start, end, energy_wh, cost_micros, gross_micros, owner_micros, net_micros, "
        "currency FROM sessions WHERE vehicle_id = ? AND start >= ? AND start < ? ORDER BY start"));
    query.addBindValue(vehicleId);
    query.addBindValue(from);
    query.addBindValue(to);
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
    query.addBindValue(vehicleId);
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
        query.addBindValue(vehicleId);
        query.addBindValue(e.at);
        query.addBindValue(e.kind);
        // A null text would bind NULL, which OR IGNORE would skip silently: bind empty text.
        query.addBindValue(e.detail.isNull() ? QStringLiteral("") : e.detail);
        query.addBindValue(e.reasons.isNull() ? QStringLiteral("") : e.reasons);
        query.addBindValue(e.socCenti);
        if (!query.exec()) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

std::vector<StoredEvent> LocalStore::events(const QString &vehicleId, qint64 from, qint64 to) const
{
    std::vector<StoredEvent> out;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT at, kind, reasons, soc_centi, detail FROM events "
                                 "WHERE vehicle_id = ? AND at >= ? AND at < ? ORDER BY at, kind"));
    query.addBindValue(vehicleId);
    query.addBindValue(from);
    query.addBindValue(to);
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
    query.addBindValue(vehicleId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace idlefleet
