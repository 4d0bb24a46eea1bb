#pragma once

#include "http/server.h"
#include "reportwriter.h"
#include "routecontext.h"

namespace idlefleet::backend {

/// Status reports from the cars' telematics units, with their device credentials: each kept
/// before it is acknowledged, in groups off the event loop (ReportWriter).
class TelemetryRoutes
{
public:
    explicit TelemetryRoutes(RouteContext &context);

    void addTo(http::Server &server);
    /// This instance's name in the feed, told with each group of reports kept.
    void setOrigin(const QString &origin) { m_reports.setOrigin(origin); }

private:
    http::Response reportStatus(const http::Request &request);

    RouteContext &m_context;
    ReportWriter m_reports;
};

} // namespace idlefleet::backend
