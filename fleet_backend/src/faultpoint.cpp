#include "faultpoint.h"

#ifdef IDLEFLEET_TEST_HOOKS
#include <QByteArray>
#include <csignal>
#endif

namespace idlefleet::backend {

void faultPoint(const char *point)
{
#ifdef IDLEFLEET_TEST_HOOKS
    static const QByteArray crashAt = qgetenv("IDLEFLEETD_CRASH_AT");
    if (!crashAt.isEmpty() && crashAt == point)
        std::raise(SIGKILL);
#else
    (void)point;
#endif
}

} // namespace idlefleet::backend
