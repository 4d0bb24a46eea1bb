#include "backup.h"

#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace idlefleet::backend {

bool backupDatabase(const QString &databasePath, const QString &backupPath, QString *error)
{
    if (!QFileInfo::exists(databasePath)) {
        *error = QStringLiteral("there is no database at %1").arg(databasePath);
        return false;
    }
    const QString partial = backupPath + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *source = nullptr;
    sqlite3 *target = nullptr;
    auto finish = [&](bool ok, const QString &problem) {
        if (source)
            sqlite3_close(source);
        if (target)
            sqlite3_close(target);
        if (!ok) {
            QFile::remove(partial);
            *error = problem;
        }
        return ok;
    };
    if (sqlite3_open_v2(databasePath.toUtf8().constData(), &source, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK)
        return finish(false, QStringLiteral("cannot open %1: %2")
                                 .arg(databasePath, QString::fromUtf8(sqlite3_errmsg(source))));
    sqlite3_busy_timeout(source, 5000);
    if (sqlite3_open(partial.toUtf8().constData(), &target) != SQLITE_OK)
        return finish(false, QStringLiteral("cannot create %1").arg(partial));
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return finish(false, QString::fromUtf8(sqlite3_errmsg(target)));
    int step = SQLITE_OK;
    do {
        step = sqlite3_backup_step(backup, 256); // pages at a time; the server goes on writing
        if (step == SQLITE_BUSY || step == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (step == SQLITE_OK || step == SQLITE_BUSY || step == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE)
        return finish(
            false,
            QStringLiteral("backup failed: %1").arg(QString::fromUtf8(sqlite3_errstr(step))));
    sqlite3_close(target);
    target = nullptr;
    QFile::remove(backupPath);
    if (!QFile::rename(partial, backupPath))
        return finish(false, QStringLiteral("cannot write %1").arg(backupPath));
    return finish(true, {});
}

} // namespace idlefleet::backend
