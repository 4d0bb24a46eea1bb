#include "worldclock.h"

#include <cmath>

namespace idlefleet::backend {

WorldClock::WorldClock(const QDateTime &worldStart, double speed)
    : m_startMs(worldStart.toMSecsSinceEpoch())
    , m_speed(speed)
{
    m_elapsed.start();
}

QDateTime WorldClock::now() const
{
    const auto advanced = qint64(std::llround(double(m_elapsed.elapsed()) * m_speed));
    return QDateTime::fromMSecsSinceEpoch(m_startMs + advanced, Qt::UTC);
}

} // namespace idlefleet::backend
