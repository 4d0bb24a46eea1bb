#include "worldtime.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTimeZone>
#include <cmath>

namespace idlefleet {
namespace {

struct Observation
{
    bool known = false;
    qint64 worldMs = 0;
    double speed = 1.0;
    QElapsedTimer since; // monotonic: a wall clock set back does not move the world back
};

QMutex &mutex()
{
    static QMutex instance;
    return instance;
}

Observation &observation()
{
    static Observation instance;
    return instance;
}

} // namespace

QDateTime WorldTime::now()
{
    QMutexLocker lock(&mutex());
    const Observation &o = observation();
    if (!o.known)
        return QDateTime::currentDateTimeUtc();
    const auto advanced = qint64(std::llround(double(o.since.elapsed()) * o.speed));
    return QDateTime::fromMSecsSinceEpoch(o.worldMs + advanced, Qt::UTC);
}

QDate WorldTime::today(const QByteArray &zone)
{
    const QTimeZone timeZone(zone);
    return now().toTimeZone(timeZone.isValid() ? timeZone : QTimeZone::utc()).date();
}

void WorldTime::observe(const QDateTime &worldTime, double speed)
{
    if (!worldTime.isValid())
        return;
    QMutexLocker lock(&mutex());
    Observation &o = observation();
    o.known = true;
    o.worldMs = worldTime.toMSecsSinceEpoch();
    o.speed = speed > 0 && std::isfinite(speed) ? speed : 1.0;
    o.since.start();
}

void WorldTime::reset()
{
    QMutexLocker lock(&mutex());
    observation().known = false;
}

bool WorldTime::known()
{
    QMutexLocker lock(&mutex());
    return observation().known;
}

} // namespace idlefleet
