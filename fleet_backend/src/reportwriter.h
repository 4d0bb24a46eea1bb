#pragma once

#include "database.h"
#include "storerecords.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <functional>
#include <vector>

namespace idlefleet::backend {

/// Keeps the cars' status reports in groups: a report is answered only once it is kept (a crash
/// loses no acknowledged report), but all the reports that arrive while one group is being
/// written go together in the next, in one transaction (one flush to disk, whatever the load),
/// on a thread of their own with its own connection, so the event loop never waits on the disk.
/// On a database shared by several instances each report is told to the others (the feed of
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

    /// Keeps `report`, then calls `done` on this object's thread: true once it is committed,
    /// false if it could not be kept. False at once, calling nothing, when MaxWaiting reports
    /// wait already (the caller answers 503).
    bool keep(const ReportRecord &report, std::function<void(bool kept)> done);
    /// The newest instant (UTC ms) observed among the reports of `vehicleId` not yet kept, 0 if
    /// none waits (for the check that reports come in order).
    qint64 pendingObservedMs(const QString &vehicleId) const;

    static constexpr int MaxWaiting = 20000;

private:
    struct Waiting
    {
        ReportRecord report;
        std::function<void(bool)> done;
    };
    void writeNext();

    DatabaseUrl m_url;
    QString m_origin;
    QThreadPool m_thread; ///< one thread: groups are written in order
    std::vector<Waiting> m_waiting;
    QHash<QString, qint64> m_pendingObserved; ///< vehicle -> newest waiting or being written
    bool m_writing = false;
};

} // namespace idlefleet::backend
