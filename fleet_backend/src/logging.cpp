#include "logging.h"

namespace idlefleet::backend {

Q_LOGGING_CATEGORY(lcStartup, "idlefleetd.startup")
Q_LOGGING_CATEGORY(lcHttp, "idlefleetd.http")
Q_LOGGING_CATEGORY(lcWorld, "idlefleetd.world")

void installLogFormat()
{
    qSetMessagePattern(QStringLiteral(
        "idlefleetd: %{if-warning}warning: %{endif}%{if-critical}error: %{endif}%{message}"));
}

} // namespace idlefleet::backend
