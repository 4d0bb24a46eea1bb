// FleetHttpServer and the other instances on its database: what it changes in memory is told to
// them, and what they tell that concerns its live streams is followed here.

#include "executor.h"
#include "httpserver.h"
#include "logging.h"
#include "routecontext.h"
#include "worldrunner.h"

namespace idlefleet::backend {

void FleetHttpServer::setWorld(WorldRunner *world)
{
    m_world = world;
    const QString origin = world ? world->feedOrigin() : QString();
    m_telemetryRoutes.setOrigin(origin);
    m_others.setOrigin(origin);
}

void OtherInstances::tell(const QString &kind, const QString &subject, const QString &detail) const
{
    const QString origin = m_origin;
    if (origin.isEmpty())
        return; // one process on the database: nobody to tell
    // On the writing thread, after the change it tells of (writes are committed in order).
    auto warn = [kind, subject] {
        qCWarning(lcWorld, "cannot tell the other instances of a %s change to %s", qPrintable(kind),
                  qPrintable(subject));
    };
    const bool queued = m_executor.write<bool>(
        [origin, kind, subject, detail](Store &store) {
            return store.shared().addChange(origin, kind, subject, detail);
        },
        [warn](std::optional<bool> told) {
            if (!told || !*told)
                warn();
        });
    if (!queued)
        warn();
}

bool FleetHttpServer::leads() const
{
    return !m_world || m_world->isLeader();
}

void FleetHttpServer::applyChange(const SharedRepository::Change &change)
{
    if (change.kind == QLatin1String("session_end"))
        m_stream.endSession(QByteArray::fromHex(change.subject.toLatin1()));
    else if (change.kind == QLatin1String("account_end"))
        m_stream.endAccount(change.subject);
    else if (change.kind == QLatin1String("visibility"))
        m_stream.recheckVisibility();
}

} // namespace idlefleet::backend
