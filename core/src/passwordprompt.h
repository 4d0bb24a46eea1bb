#pragma once

#include <QString>

namespace idlefleet {

/// A password for a command line, never from an argument: IDLEFLEET_PASSWORD, else asked on the
/// terminal (`prompt`, then the answer without echo). Empty with the reason in `error` when there
/// is neither a variable nor a terminal, or nothing was typed.
QString readPassword(const QString &prompt, QString *error);

} // namespace idlefleet
