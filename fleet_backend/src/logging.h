#pragma once

#include <QLoggingCategory>

// idlefleetd's log, by area, so that QT_LOGGING_RULES picks what an operator sees (for example
// "idlefleetd.http.info=false" drops the line per request). Everything goes to stderr, which
// systemd hands to the journal; nothing secret is ever logged: no token, password, key or
// e-mail address.
namespace idlefleet::backend {

Q_DECLARE_LOGGING_CATEGORY(lcStartup) ///< idlefleetd.startup: options, migrations, the world
Q_DECLARE_LOGGING_CATEGORY(lcHttp)    ///< idlefleetd.http: one line per request
Q_DECLARE_LOGGING_CATEGORY(lcWorld)   ///< idlefleetd.world: the simulator and its commits

/// "idlefleetd: " before every line, "warning: " before warnings; one line per message.
void installLogFormat();
/// From now on the log's lines are written on a thread of their own, so that the event loop
/// never waits for stderr (a slow disk or journal); called once the server serves.
void logInBackground();

} // namespace idlefleet::backend
