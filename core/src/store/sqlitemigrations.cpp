#include "sqlitemigrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace idlefleet {

int sqliteSchemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA user_version"));
    return query.next() ? query.value(0).toInt() : 0;
}

bool migrateSqlite(QSqlDatabase db, const char *const *migrations, int count, const QString &what,
                   QString *error)
{
    const int current = sqliteSchemaVersion(db);
    if (current > count) {
        *error = QStringLiteral("%1 has schema version %2, newer than this program knows (%3); "
                                "use a newer version")
                     .arg(what)
                     .arg(current)
                     .arg(count);
        return false;
    }
    for (int version = current; version < count; ++version) {
        db.transaction();
        QSqlQuery query(db);
        const auto statements =
            QString::fromUtf8(migrations[version]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!query.exec(statement)) {
                *error = QStringLiteral("%1: %2").arg(what, query.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) ||
            !db.commit()) {
            *error = QStringLiteral("%1: %2").arg(what, db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace idlefleet
