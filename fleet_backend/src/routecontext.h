#pragma once

#include "access.h"

#include <QString>

namespace idlefleet::backend {

class AuthService;
class Executor;
class LiveStream;
class Simulator;
class Store;
class WorldClock;

/// Tells the other instances on the database of a change made here in memory, in the feed
/// (SharedRepository), on the writing thread after what was asked of it before, so that they
/// read it after the change it tells of. Nothing without a world shared with others.
class OtherInstances
{
public:
    explicit OtherInstances(Executor &executor)
        : m_executor(executor)
    {}

    /// This instance's name in the feed (WorldRunner::feedOrigin()); empty: no one to tell.
    void setOrigin(const QString &origin) { m_origin = origin; }
    void tell(const QString &kind, const QString &subject, const QString &detail = {}) const;

private:
    Executor &m_executor;
    QString m_origin;
};

/// What the route classes share: the event loop's connection to the store, the threads that
/// do the database work of requests, the world and its clock, the one access checker, the live
/// stream and the other instances. Owned by FleetHttpServer, which outlives its routes.
struct RouteContext
{
    Store &store;
    Executor &executor;
    Simulator &simulator;
    const WorldClock &clock;
    AuthService &auth;
    AccessChecker &access;
    LiveStream &stream;
    OtherInstances &others;
    /// Minute rows are kept this many days (what a 410 history_retained says).
    int minuteHistoryDays = 90;
    /// How long an hour of a support grant lasts (shorter for tests of expiry).
    qint64 grantHourMs = 3600 * 1000;
};

} // namespace idlefleet::backend
