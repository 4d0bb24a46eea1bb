// FleetHttpServer and the other instances on its database: what it changes in memory is told to
// them, and what they tell that concerns its live streams is followed here.

#include "httpserver.h"
#include "worldrunner.h"

namespace idlefleet::backend {

void FleetHttpServer::setWorld(WorldRunner *world)
{
    m_world = world;
    m_reports.setOrigin(world ? world->feedOrigin() : QString());
    m_commands.setPolicyApplied(
        [this](const QString &vehicleId) { tell(QStringLiteral("policy"), vehicleId); });
}

void FleetHttpServer::tell(const QString &kind, const QString &subject, const QString &detail)
{
    if (m_world)
        m_world->tell(kind, subject, detail);
}

bool FleetHttpServer::leads() const
{
    return !m_world || m_world->isLeader();
}

void FleetHttpServer::applyChange(const SharedRepository::Change &change)
{
    if (change.kind == QLatin1String("session_end"))
        m_stream->endSession(QByteArray::fromHex(change.subject.toLatin1()));
    else if (change.kind == QLatin1String("account_end"))
        m_stream->endAccount(change.subject);
    else if (change.kind == QLatin1String("visibility"))
        m_stream->recheckVisibility();
}

} // namespace idlefleet::backend
