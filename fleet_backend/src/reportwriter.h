#pragma once

#include "database.h"
#include "storerecords.h"

#include <QObject>
#include <QThreadPool>
#include <functional>
#include <vector>

namespace idlefleet::backend {

/// Keeps the cars' status reports in groups: a report is answered only once it is kept (a crash
/// loses no acknowledged report), but all the reports that arrive while one group is being
/// written go together in the next, in one transaction (one flush to disk, whatever the load),
/// on a thread of their own with its own connection, so the event loop never waits on the
/// database. That thread also checks each report's credential and that it is newer than the one
/// kept (DeviceRepository::saveReports), in the database, so that several instances agree. On a
/// database shared by several instances each report is told to the others (the feed of
/// changes) in the same transaction.
class ReportWriter : public QObject
{
    Q_OBJECT
public:
    /// Writes to `url`; `origin` names this instance in the feed of changes (empty: the
    /// database serves one process, and nothing is told).
    ReportWriter(const DatabaseUrl &url, const QString &origin, QObject *parent = nullptr);
    ~ReportWriter() override;

    void setOrigin(const QString &origin) { m_origin = origin; }

    /// Keeps `report` if it may be kept, then calls `done` on this object's thread with what
    /// became of it, once its group is committed (or failed). False at once, calling nothing,
    /// when MaxWaiting reports wait already (the caller answers 503).
    bool keep(const IncomingReport &report, std::function<void(const ReportOutcome &)> done);

    static constexpr int MaxWaiting = 20000;

private:
    struct Waiting
    {
        IncomingReport report;
        std::function<void(const ReportOutcome &)> done;
    };
    void writeNext();

    DatabaseUrl m_url;
    QString m_origin;
    QThreadPool m_thread; ///< one thread: groups are written in order
    std::vector<Waiting> m_waiting;
    bool m_writing = false;
};

} // namespace idlefleet::backend
