// FleetHttpServer and the other instances on its database: what it changes in memory is told to
// them, and what they tell that concerns its live streams is followed here.

#include "httpserver.h"
#include "protobufhttp.h"
#include "worldrunner.h"

namespace idlefleet::backend {

void FleetHttpServer::setWorld(WorldRunner *world)
{
    m_world = world;
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

std::optional<http::Response> FleetHttpServer::retainedBefore(qint64 from,
                                                              const QString &field) const
{
    // What went, not what is due to go: minutes still kept answer until the leader prunes them.
    const qint64 keptFromMinute = m_store.minutesKeptFrom();
    if (from / 60 >= keptFromMinute)
        return std::nullopt;
    const QDateTime keptFrom = QDateTime::fromSecsSinceEpoch(keptFromMinute * 60, Qt::UTC);
    return errorResponse(410, QStringLiteral("history_retained"),
                         QStringLiteral("minute-by-minute history is kept for %1 days, from %2; "
                                        "ask by the hour or the day before that")
                             .arg(m_minuteHistoryDays)
                             .arg(keptFrom.toString(Qt::ISODate)),
                         field);
}

void FleetHttpServer::applyChange(const Store::Change &change)
{
    if (change.kind == QLatin1String("session_end"))
        m_stream->endSession(QByteArray::fromHex(change.subject.toLatin1()));
    else if (change.kind == QLatin1String("account_end"))
        m_stream->endAccount(change.subject);
    else if (change.kind == QLatin1String("visibility"))
        m_stream->recheckVisibility();
}

} // namespace idlefleet::backend
