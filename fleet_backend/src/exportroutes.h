#pragma once

#include "http/server.h"
#include "routecontext.h"

#include <deque>
#include <memory>
#include <vector>

namespace idlefleet::v1 {
class DataExport;
} // namespace idlefleet::v1

namespace idlefleet::backend {

struct SimulatedVehicle;

/// One part of a streamed export (see DataExport in account.proto).
struct ExportPart
{
    enum Kind
    {
        Head, ///< the car's settings, keys, grants, audit, payouts and policy history
        Sessions,
        Entries,
        Jobs,
        Minutes,
        Events,
    } kind = Head;
    QString vehicleId;
    qint64 from = 0; ///< UTC seconds; sessions by start, entries and jobs by entry start
    qint64 to = 0;
};

/// Where a streamed export stands: its parts, the next to read, those read and not yet sent.
struct ExportCursor
{
    std::vector<ExportPart> plan;
    std::size_t next = 0;
    std::deque<QByteArray> ready;
    bool reading = false;  ///< a part is being read off the loop
    bool finished = false; ///< no more: the account went, or the database did
};

/// The person's data export (GET /v1/account/export), streamed part by part: each part is read
/// on a reading thread as the client takes it, so a year of minutes never sits in memory.
class ExportRoutes
{
public:
    explicit ExportRoutes(RouteContext &context)
        : m_context(context)
    {}

    void addTo(http::Server &server);

private:
    http::Response exportData(const http::Request &request, const AccountRecord &account);
    /// The export's answer, streamed from `cursor` as the client takes it.
    http::Response exportStream(std::shared_ptr<ExportCursor> cursor, const QString &accountId,
                                qint64 now);
    /// The parts after the first of an export of the cars `vehicleIds`, in order (on a reading
    /// thread).
    static std::vector<ExportPart> exportPlan(const Store &store, const QStringList &vehicleIds,
                                              qint64 now);
    /// One part of `vehicle` as it is now, read from `store` when it is sent (on a reading
    /// thread).
    static v1::DataExport exportPart(const Store &store, const SimulatedVehicle &vehicle,
                                     const ExportPart &part, qint64 nowSeconds,
                                     int minuteHistoryDays);

    RouteContext &m_context;
};

} // namespace idlefleet::backend
