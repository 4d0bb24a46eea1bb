#include "earningsfetch.h"

#include <QTimer>

namespace idlefleet::app::earnings {

EarningsFetch::EarningsFetch(client::FleetClient *client, const QString &vehicleId,
                             const QDateTime &from, const QDateTime &to, What what, Period period,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_vehicleId(vehicleId)
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
    for (qint64 start = from; start < to;) {
        qint64 end = std::min(to, start + chunk);
        // Inner boundaries on whole hours: the backend's hour buckets never straddle two calls.
        if (end < to)
            end -= end % 3600;
        const QDateTime a = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        const QDateTime b = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
        client::EarningsJob *job = m_what == What::Sessions
                                       ? m_client->fetchSessions(m_vehicleId, a, b, this)
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
        m_result.entries.insert(m_result.entries.end(), part.entries.begin(), part.entries.end());
        client::Amounts &t = m_result.totals;
        t.energyWh += part.totals.energyWh;
        t.costMicros += part.totals.costMicros;
        t.grossMicros += part.totals.grossMicros;
        t.ownerMicros += part.totals.ownerMicros;
        t.netMicros += part.totals.netMicros;
        t.contributingMinutes += part.totals.contributingMinutes;
    }
    if (failed())
        m_result = {};
    for (client::EarningsJob *job : m_jobs)
        job->deleteLater();
    m_jobs.clear();
    Q_EMIT finished();
}

} // namespace idlefleet::app::earnings
