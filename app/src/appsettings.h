#pragma once

#include <QSettings>

namespace idlefleet::app {

/// The person's choices (language, theme, notifications, the account's server): in
/// ~/.config/idlefleet/idlefleet.conf, where the desktop keeps each program's settings.
class AppSettings : public QSettings
{
public:
    AppSettings();

    /// Moves what earlier versions kept in ~/.config/Unknown Organization/idlefleet.conf (before
    /// the app named its folder) here, once; what is here already wins. Returns false with
    /// `error` set when the old file is there but could not be read or moved.
    static bool migrate(QString *error);
};

} // namespace idlefleet::app
