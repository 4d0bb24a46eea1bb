#pragma once

namespace idlefleet::backend {

/// A place where a test may crash idlefleetd on purpose, to check that nothing is half done after
/// it. In builds with IDLEFLEET_TEST_HOOKS (the default; packages are built without), when the
/// environment variable IDLEFLEETD_CRASH_AT names `point`, the process dies there with SIGKILL,
/// as if the machine lost power. Elsewhere it does nothing.
void faultPoint(const char *point);
/// A place where a test may make a step fail on purpose (in builds with IDLEFLEET_TEST_HOOKS):
/// true the first N times it is reached when IDLEFLEETD_FAIL_AT names `point`, N being
/// IDLEFLEETD_FAIL_TIMES (default 1). Elsewhere, and after that, false.
bool faultFails(const char *point);

} // namespace idlefleet::backend
