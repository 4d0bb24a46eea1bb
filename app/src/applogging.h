#pragma once

#include <QLoggingCategory>

namespace idlefleet::app {

/// idlefleet.app: what the desktop app could not do behind the person's back (its local store,
/// the session, the demo backend, the fleet key), so QT_LOGGING_RULES chooses what shows.
Q_DECLARE_LOGGING_CATEGORY(lcApp)

} // namespace idlefleet::app
