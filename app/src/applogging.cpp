#include "applogging.h"

namespace idlefleet::app {

Q_LOGGING_CATEGORY(lcApp, "idlefleet.app")

} // namespace idlefleet::app
