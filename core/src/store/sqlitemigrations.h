#pragma once

#include <QSqlDatabase>
#include <QString>

namespace idlefleet {

/// The schema version SQLite keeps in `PRAGMA user_version`.
int sqliteSchemaVersion(const QSqlDatabase &db);

/// Brings `db` from its `user_version` up to `count` by running `migrations[version]` (SQL
/// statements separated by ';'), each version in one transaction with its new `user_version`.
/// A database newer than `count` is refused: its program is newer than this one. `what` names the
/// database in messages.
bool migrateSqlite(QSqlDatabase db, const char *const *migrations, int count, const QString &what,
                   QString *error);

} // namespace idlefleet
