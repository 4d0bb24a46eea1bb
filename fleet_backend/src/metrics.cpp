#include "metrics.h"

#include <QList>
#include <QMutexLocker>
#include <algorithm>

namespace idlefleet::backend {

void Metrics::Histogram::observe(double seconds)
{
    const auto bucket = std::lower_bound(Buckets.begin(), Buckets.end(), seconds);
    if (bucket != Buckets.end())
        ++counts[std::size_t(bucket - Buckets.begin())];
    ++count;
    sum += seconds;
}

void Metrics::Histogram::write(QByteArray *out, const QByteArray &name,
                               const QByteArray &labels) const
{
    const QByteArray prefix = labels.isEmpty() ? QByteArray() : labels + ',';
    quint64 cumulative = 0;
    for (std::size_t i = 0; i < Buckets.size(); ++i) {
        cumulative += counts[i];
        *out += name + "_bucket{" + prefix + "le=\"" + QByteArray::number(Buckets[i], 'g', 6) +
                "\"} " + QByteArray::number(cumulative) + '\n';
    }
    *out += name + "_bucket{" + prefix + "le=\"+Inf\"} " + QByteArray::number(count) + '\n';
    const QByteArray braces = labels.isEmpty() ? QByteArray() : '{' + labels + '}';
    *out += name + "_sum" + braces + ' ' + QByteArray::number(sum, 'g', 12) + '\n';
    *out += name + "_count" + braces + ' ' + QByteArray::number(count) + '\n';
}

QByteArray Metrics::escapeLabel(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

void Metrics::observeRequest(const QByteArray &method, const QString &route, int status,
                             double seconds)
{
    // Unmatched paths are one route: a scanner cannot grow the label set without bound.
    const QString name = route.isEmpty() ? QStringLiteral("unmatched") : route;
    const QByteArray labels = "method=\"" + escapeLabel(QString::fromLatin1(method.left(16))) +
                              "\",route=\"" + escapeLabel(name) + "\",status=\"" +
                              QByteArray::number(status) + '"';
    ++m_requests[labels];
    m_durations[name].observe(seconds);
}

void Metrics::observeRefusal(int status)
{
    ++m_refusals[status];
}

void Metrics::observeCommit(double seconds)
{
    m_commits.observe(seconds);
}

void Metrics::observeStatement(double seconds)
{
    const QMutexLocker locker(&m_statementsMutex);
    m_statements.observe(seconds);
}

QByteArray Metrics::render() const
{
    QByteArray out;
    out += "# HELP idlefleetd_http_requests_total Requests answered, by method, route and status.\n"
           "# TYPE idlefleetd_http_requests_total counter\n";
    QList<QByteArray> labels = m_requests.keys();
    std::sort(labels.begin(), labels.end());
    for (const QByteArray &label : std::as_const(labels))
        out += "idlefleetd_http_requests_total{" + label + "} " +
               QByteArray::number(m_requests.value(label)) + '\n';
    out += "# HELP idlefleetd_http_request_duration_seconds Time from a request read whole to "
           "its answer, by route.\n"
           "# TYPE idlefleetd_http_request_duration_seconds histogram\n";
    QStringList routes = m_durations.keys();
    std::sort(routes.begin(), routes.end());
    for (const QString &route : std::as_const(routes))
        m_durations.value(route).write(&out, "idlefleetd_http_request_duration_seconds",
                                       "route=\"" + escapeLabel(route) + '"');
    out += "# HELP idlefleetd_http_refused_total Requests refused before they were read whole "
           "(malformed, too slow, over a budget), by status.\n"
           "# TYPE idlefleetd_http_refused_total counter\n";
    QList<int> statuses = m_refusals.keys();
    std::sort(statuses.begin(), statuses.end());
    for (const int status : std::as_const(statuses))
        out += "idlefleetd_http_refused_total{status=\"" + QByteArray::number(status) + "\"} " +
               QByteArray::number(m_refusals.value(status)) + '\n';
    out += "# HELP idlefleetd_world_commit_seconds Time of each commit of the simulated world to "
           "the database.\n"
           "# TYPE idlefleetd_world_commit_seconds histogram\n";
    m_commits.write(&out, "idlefleetd_world_commit_seconds", {});
    out += "# HELP idlefleetd_database_statement_seconds Run time of each SQL statement (requests, "
           "the world, the live stream), from the database's own profile.\n"
           "# TYPE idlefleetd_database_statement_seconds histogram\n";
    const QMutexLocker locker(&m_statementsMutex);
    m_statements.write(&out, "idlefleetd_database_statement_seconds", {});
    return out;
}

} // namespace idlefleet::backend
