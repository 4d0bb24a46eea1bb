#include "earningsfetch.h"

#include "policy/zonerules.h"

#include <QTimer>

namespace idlefleet::app::earnings {

EarningsFetch::EarningsFetch(client::FleetClient *client, const QString &vehicleId,
                             const QString &timeZone, const QDateTime &from, const QDateTime &to,
                             What what, Period period, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_vehicleId(vehicleId)
    , m_timeZone(timeZone)
    , m_from(from.toUTC())
    , m_to(to.toUTC())
    , m_what(what)
    , m_period(period)
{}

qint64 EarningsFetch::maxChunkSeconds(What what, Period period)
{
    if (what == What::Sessions)
        return 92LL * 86400;
    if (period == Period::Hour)
        return 31LL * 86400;
    return 20LL * 366 * 86400;
}

void EarningsFetch::start()
{
    if (!m_client) {
        m_errorString = tr("Not connected to the fleet backend.");
        QTimer::singleShot(0, this, &EarningsFetch::finished);
        return;
    }
    const qint64 from = m_from.toSecsSinceEpoch();
    const qint64 to = m_to.toSecsSinceEpoch();
    const qint64 chunk = maxChunkSeconds(m_what, m_period);
    auto rules = policy::ZoneRules::forZoneOrUtc(m_timeZone.toUtf8());
    for (qint64 start = from; start < to;) {
        qint64 end = std::min(to, start + chunk);
        // Inner boundaries at the car's local midnights: every chunk is whole local days.
        if (end < to && rules->dayStart(end) > start)
            end = rules->dayStart(end);
        const QDateTime a = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        const QDateTime b = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
        client::EarningsJob *job =
            m_what == What::Sessions ? m_client->fetchSessions(m_vehicleId, a, b, this, m_withJobs)
                                     : m_client->fetchEarnings(m_vehicleId, a, b, m_period, this);
        connect(job, &client::FleetJob::finished, this, &EarningsFetch::onJobFinished);
        m_jobs.push_back(job);
        start = end;
    }
    m_pending = int(m_jobs.size());
    if (m_pending == 0)
        QTimer::singleShot(0, this, &EarningsFetch::finished);
}

void EarningsFetch::onJobFinished()
{
    if (--m_pending > 0)
        return;
    for (client::EarningsJob *job : m_jobs) {
        if (job->error() != client::FleetJob::NoError) {
            m_errorString = job->errorString();
            break;
        }
        const client::EarningsReport &part = job->result();
        m_result.currency = part.currency;
        m_result.shareBasisPoints = part.shareBasisPoints;
        if (m_what == What::Sessions)
            client::appendSessions(m_result.entries, part.entries);
        else
            m_result.entries.insert(m_result.entries.end(), part.entries.begin(),
                                    part.entries.end());
        m_result.totals.add(part.totals);
    }
    if (failed())
        m_result = {};
    for (client::EarningsJob *job : m_jobs)
        job->deleteLater();
    m_jobs.clear();
    Q_EMIT finished();
}

} // namespace idlefleet::app::earnings
