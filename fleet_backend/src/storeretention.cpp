// Store: how long minute rows are kept. Minutes older than the retention go; their hour and day
// roll-ups (written with them), sessions, entries and jobs stay, so no figure changes. On
// PostgreSQL the minutes live in one partition per UTC month, and whole months go at once.

#include "store.h"
#include "store/sqlbind.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace idlefleet::backend {
namespace {

/// Unix minute of the first instant of `month` (UTC).
qint64 minuteOf(const QDate &month)
{
    return month.startOfDay(Qt::UTC).toSecsSinceEpoch() / 60;
}

QDate monthOf(qint64 minute)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(minute * 60, Qt::UTC).date();
    return QDate(day.year(), day.month(), 1);
}

QString partitionName(const QDate &month)
{
    return QStringLiteral("status_minutes_%1").arg(month.toString(QStringLiteral("yyyyMM")));
}

/// -1 with the database's reason in `error`.
qint64 failed(const QSqlQuery &query, QString *error)
{
    *error = QStringLiteral("database: %1").arg(query.lastError().text());
    return -1;
}

/// The months status_minutes has a partition of, oldest first.
std::vector<QDate> partitionMonths(const QSqlDatabase &db)
{
    std::vector<QDate> months;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'status_minutes' "
            "ORDER BY c.relname")))
        return months;
    while (query.next()) {
        const QDate month = QDate::fromString(
            query.value(0).toString().mid(int(qstrlen("status_minutes_"))) + QStringLiteral("01"),
            QStringLiteral("yyyyMMdd"));
        if (month.isValid())
            months.push_back(month);
    }
    return months;
}

} // namespace

bool Store::preparePartitions(qint64 fromMinute, qint64 toMinute, QString *error)
{
    if (m_dialect != Dialect::Postgres)
        return true;
    QSqlDatabase db = database();
    const std::vector<QDate> existing = partitionMonths(db);
    for (QDate month = monthOf(fromMinute); minuteOf(month) < toMinute;
         month = month.addMonths(1)) {
        if (std::find(existing.begin(), existing.end(), month) != existing.end())
            continue;
        const QString name = partitionName(month);
        const QString from = QString::number(minuteOf(month));
        const QString to = QString::number(minuteOf(month.addMonths(1)));
        // Rows of the month kept before its partition existed wait in the default partition:
        // they move into the new one, then it is attached, all in one transaction.
        const QStringList statements{
            QStringLiteral("CREATE TABLE %1 (LIKE status_minutes INCLUDING DEFAULTS "
                           "INCLUDING CONSTRAINTS)")
                .arg(name),
            QStringLiteral("INSERT INTO %1 SELECT * FROM status_minutes_default WHERE minute >= "
                           "%2 AND minute < %3")
                .arg(name, from, to),
            QStringLiteral("DELETE FROM status_minutes_default WHERE minute >= %1 AND minute < %2")
                .arg(from, to),
            QStringLiteral("ALTER TABLE status_minutes ATTACH PARTITION %1 FOR VALUES FROM (%2) "
                           "TO (%3)")
                .arg(name, from, to)};
        const bool moved = inTransaction(
            [&] {
                QSqlQuery query(db);
                for (const QString &statement : statements) {
                    if (!query.exec(statement)) {
                        failed(query, error);
                        return false;
                    }
                }
                return true;
            },
            error);
        if (!moved)
            return false;
    }
    return true;
}

qint64 Store::pruneMinutes(qint64 beforeMinute, QString *error)
{
    QSqlDatabase db = database();
    qint64 gone = 0;
    // The edge first: from here on nobody is answered from minutes about to go.
    QSqlQuery edge(db);
    edge.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('minutes_kept_from', ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    bindValue(edge, QString::number(beforeMinute));
    if (!edge.exec())
        return failed(edge, error);
    if (m_dialect == Dialect::Postgres) {
        // Whole months go at once, without a row-by-row delete or the bloat it leaves.
        for (const QDate &month : partitionMonths(db)) {
            if (minuteOf(month.addMonths(1)) > beforeMinute)
                break;
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(partitionName(month))) ||
                !query.next())
                return failed(query, error);
            const qint64 rows = query.value(0).toLongLong();
            if (!query.exec(QStringLiteral("DROP TABLE %1").arg(partitionName(month))))
                return failed(query, error);
            gone += rows;
        }
    }
    // The rest a day at a time, so that no statement holds the database for long.
    QSqlQuery oldest(db);
    if (!oldest.exec(QStringLiteral("SELECT min(minute) FROM status_minutes")))
        return failed(oldest, error);
    if (!oldest.next() || oldest.value(0).isNull())
        return gone;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM status_minutes WHERE minute >= ? AND minute < ?"));
    for (qint64 from = oldest.value(0).toLongLong(); from < beforeMinute; from += 24 * 60) {
        bindValues(query, {from, std::min(from + 24 * 60, beforeMinute)});
        if (!query.exec())
            return failed(query, error);
        gone += query.numRowsAffected();
    }
    return gone;
}

qint64 Store::minutesKeptFrom() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'minutes_kept_from'")) &&
                   query.next()
               ? query.value(0).toString().toLongLong()
               : 0;
}

} // namespace idlefleet::backend
