#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace idlefleet::app {

AppSettings::AppSettings()
    : QSettings(QStringLiteral("idlefleet"), QStringLiteral("idlefleet"))
{}

bool AppSettings::migrate(QString *error)
{
    const QString oldFolder =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
        QStringLiteral("/Unknown Organization");
    const QString oldFile = oldFolder + QStringLiteral("/idlefleet.conf");
    // Once: a file an older version writes again later does not bring back what was removed
    // since (a signed-out account).
    const QString done = QStringLiteral("migratedFromUnknownOrganization");
    if (!QFileInfo::exists(oldFile) || AppSettings().value(done).toBool())
        return true;
    const QSettings old(oldFile, QSettings::IniFormat);
    if (old.status() != QSettings::NoError) {
        *error = QStringLiteral("%1 could not be read").arg(oldFile);
        return false;
    }
    AppSettings settings;
    for (const QString &key : old.allKeys()) {
        if (!settings.contains(key))
            settings.setValue(key, old.value(key));
    }
    settings.setValue(done, true);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        *error = QStringLiteral("%1 could not be written").arg(settings.fileName());
        return false;
    }
    // Kept until the new file holds everything; the folder goes when nothing else is in it.
    if (!QFile::remove(oldFile)) {
        *error = QStringLiteral("%1 could not be removed").arg(oldFile);
        return false;
    }
    QDir().rmdir(oldFolder);
    return true;
}

} // namespace idlefleet::app
