#pragma once

#include "database.h"

#include <QObject>
#include <QThreadPool>
#include <functional>

namespace idlefleet::backend {

/// The world's lease on PostgreSQL (SharedRepository::holdLeadership(), an advisory lock held
/// for as long as its connection lives), held by a connection of its own on a thread of its
/// own: the event loop asks whether it still holds it and is told later, so a database that
/// stalls never holds up the requests it serves. On SQLite one process serves the database and
/// always leads.
class Lease : public QObject
{
    Q_OBJECT
public:
    explicit Lease(const DatabaseUrl &url, QObject *parent = nullptr);
    ~Lease() override;

    /// Takes the lease if it is free, or checks that it is still held, and waits for the answer
    /// (at start, before serving).
    bool holdNow();
    /// As holdNow(), on the lease's thread: `done(held)` comes on this object's thread. False,
    /// asking nothing, while a check is under way.
    bool check(std::function<void(bool held)> done);

private:
    /// Takes or checks the lease through this thread's own connection.
    static bool holdHere(const DatabaseUrl &url);

    DatabaseUrl m_url;
    QThreadPool m_thread; ///< one thread: its connection is the one that holds the lease
    bool m_checking = false;
};

} // namespace idlefleet::backend
