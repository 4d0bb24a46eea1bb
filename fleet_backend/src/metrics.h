#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <array>

namespace idlefleet::backend {

/// What idlefleetd counts for an operator, in Prometheus' text format (GET /metrics on the
/// address given with --metrics): requests by route, method and status with a latency histogram
/// per route, requests refused before they were read, and the world's commits. Gauges of the
/// moment are added by whoever serves them (FleetHttpServer::metricsText).
class Metrics
{
public:
    void observeRequest(const QByteArray &method, const QString &route, int status, double seconds);
    void observeRefusal(int status);
    /// One commit of the simulated world (the backend's largest database writes).
    void observeCommit(double seconds);
    /// One SQL statement run by the backend (any request's, the world's, the stream's), from
    /// any thread (the reading threads' connections too).
    void observeStatement(double seconds);
    QByteArray render() const;

    /// A label value as the text format writes it (backslash, quote and newline escaped).
    static QByteArray escapeLabel(const QString &value);

    static constexpr std::array<double, 13> Buckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                       0.25,  0.5,    1,     2.5,  5,     10};

private:
    struct Histogram
    {
        std::array<quint64, Buckets.size()> counts{}; ///< not cumulative; summed when written
        quint64 count = 0;
        double sum = 0;
        void observe(double seconds);
        void write(QByteArray *out, const QByteArray &name, const QByteArray &labels) const;
    };

    QHash<QByteArray, quint64> m_requests; ///< labels -> count
    QHash<QString, Histogram> m_durations; ///< route -> latency
    QHash<int, quint64> m_refusals;        ///< status -> count
    Histogram m_commits;
    mutable QMutex m_statementsMutex; ///< guards m_statements alone
    Histogram m_statements;
};

} // namespace idlefleet::backend
