#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace idlefleet::backend {

/// The simulated world's clock: it starts at a given world instant and runs `speed` times as
/// fast as the wall clock. Security (tokens, grants, expiry) never uses it: it uses the wall clock.
class WorldClock
{
public:
    WorldClock(const QDateTime &worldStart, double speed);

    QDateTime now() const;
    double speed() const { return m_speed; }

private:
    qint64 m_startMs;
    double m_speed;
    QElapsedTimer m_elapsed;
};

} // namespace idlefleet::backend
