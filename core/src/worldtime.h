#pragma once

#include <QDateTime>

namespace idlefleet {

/// What time it is in the world the fleet backend serves, as a client sees it. The backend says
/// where its world's clock stands (ServerInfo, the live stream's hello); between answers the
/// world advances with the wall clock, times the world's clock speed. Until a backend has said,
/// the world's time is the wall clock's. What a car obeys and what a person means by "now"
/// (pauses, "today", default ranges) use this; security (tokens, grants, signatures) keeps the
/// wall clock. One process talks to one backend at a time, so the clock is shared.
class WorldTime
{
public:
    /// The world's time now (UTC).
    static QDateTime now();
    static qint64 nowSecs() { return now().toSecsSinceEpoch(); }
    /// The world's date in the time zone `zone` (IANA id): "today" for a car there.
    static QDate today(const QByteArray &zone);
    /// The backend said its world's clock stood at `worldTime`, running `speed` times the wall
    /// clock (0 or less: 1).
    static void observe(const QDateTime &worldTime, double speed = 1.0);
    /// Forgets what a backend said: the wall clock again.
    static void reset();
    /// Whether a backend has said where its world stands.
    static bool known();
};

} // namespace idlefleet
