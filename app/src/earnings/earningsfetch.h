#pragma once

#include "fleetclient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <vector>

namespace idlefleet::app::earnings {

/// Earnings or sessions over a range longer than one call may cover: the range is asked for in
/// chunks at once and merged in order, split at the car's local midnights (spec/ledger.md: a
/// range starts and ends at local hour starts of the car's zone). `finished()` fires once; the
/// caller owns the fetch.
class EarningsFetch : public QObject
{
    Q_OBJECT
public:
    enum class What
    {
        Earnings,
        Sessions
    };
    using Period = client::FleetClient::Period;

    EarningsFetch(client::FleetClient *client, const QString &vehicleId, const QString &timeZone,
                  const QDateTime &from, const QDateTime &to, What what,
                  Period period = Period::Day, QObject *parent = nullptr);

    /// Sessions only: each with the jobs it served (before start()).
    void setWithJobs(bool withJobs) { m_withJobs = withJobs; }

    /// Sends the calls; finished() follows (also for an empty range).
    void start();

    bool failed() const { return !m_errorString.isEmpty(); }
    /// Translated, for a person.
    QString errorString() const { return m_errorString; }
    /// Buckets or sessions in time order; totals summed over the chunks (earnings only).
    const client::EarningsReport &result() const { return m_result; }

    /// The longest range one call may ask for (the backend's limits).
    static qint64 maxChunkSeconds(What what, Period period);

Q_SIGNALS:
    void finished();

private:
    void onJobFinished();

    QPointer<client::FleetClient> m_client;
    QString m_vehicleId;
    QString m_timeZone;
    QDateTime m_from;
    QDateTime m_to;
    What m_what;
    Period m_period;
    bool m_withJobs = false;
    std::vector<client::EarningsJob *> m_jobs; // children, in time order
    int m_pending = 0;
    client::EarningsReport m_result;
    QString m_errorString;
};

} // namespace idlefleet::app::earnings
