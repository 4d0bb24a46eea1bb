#pragma once

#include <QByteArray>

namespace idlefleet::backend {

/// Tells the service manager about the service's state (sd_notify(3)'s protocol: one datagram
/// to the AF_UNIX socket named by $NOTIFY_SOCKET, a path or an abstract name starting with @),
/// such as "READY=1\nSTATUS=serving ...". Does nothing, and returns false, when not started by
/// a manager that asked for it (Type=notify).
bool notifyServiceManager(const QByteArray &state);

} // namespace idlefleet::backend
