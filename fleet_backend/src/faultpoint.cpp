#include "faultpoint.h"

#ifdef IDLEFLEET_TEST_HOOKS
#include <QByteArray>
#include <atomic>
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

bool faultFails(const char *point)
{
#ifdef IDLEFLEET_TEST_HOOKS
    static const QByteArray failAt = qgetenv("IDLEFLEETD_FAIL_AT");
    static std::atomic<int> left{qEnvironmentVariableIsSet("IDLEFLEETD_FAIL_TIMES")
                                     ? qEnvironmentVariableIntValue("IDLEFLEETD_FAIL_TIMES")
                                     : 1};
    return !failAt.isEmpty() && failAt == point && left.fetch_sub(1) > 0;
#else
    (void)point;
    return false;
#endif
}

} // namespace idlefleet::backend
