#pragma once

#include "store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <functional>

namespace idlefleet::backend {

class Lease;

class Metrics;
class Simulator;
class WorldClock;

/// Runs the simulated world across the instances that serve one database. Exactly one of them,
/// the leader (holding SharedRepository::holdLeadership()'s lease), simulates and trades,
/// committing a day at a time; every other one keeps a copy of the world as the leader last
/// committed it, and takes over within seconds when the leader dies. What an instance changes in
/// memory beside the database (a report, a policy, a consent...) goes to the others through the
/// database's feed of changes. On SQLite one process serves the file: it always leads and the feed
/// is idle.
class WorldRunner : public QObject
{
    Q_OBJECT
public:
    /// The world's lease is held through `lease` (its own thread and connection), checked every
    /// LeaseCheckMs without the event loop waiting.
    WorldRunner(Store &store, Simulator &simulator, const WorldClock &clock, Metrics &metrics,
                Lease &lease, QObject *parent = nullptr);

    /// Takes the lease if it is free; true if this instance leads (now or already).
    bool tryLead();
    bool isLeader() const { return m_leader; }
    /// This instance in the feed of changes; empty when no other instance follows it (SQLite).
    QString feedOrigin() const { return m_shared ? m_origin : QString(); }
    /// Simulates up to `until`, at most `maxMinutes`, a day at a time. Each day's status rows,
    /// ledger rows, the cars' states and the world's clock are one commit, so a crash loses at
    /// most the day in progress, which the restart (or the next leader) simulates again.
    bool catchUp(const QDateTime &until, int maxMinutes, QString *error);
    /// The leader's step at each tick: simulates up to `until` (at most a day), then commits
    /// that step as catchUp() does, but on a thread of its own with its own connection, so that
    /// the event loop never waits for the commit (10,000 cars' minute take a few hundred
    /// milliseconds to write on PostgreSQL). The world waits for the commit before its next
    /// step; if the commit fails, it goes back to the last commit and simulates again.
    void stepInBackground(const QDateTime &until);
    /// Waits for a commit under way (at exit, before the world's state is saved); false if it
    /// failed, when the state in memory is not to be saved: the next start simulates again from
    /// the last commit.
    bool waitForCommit();
    /// Loads the world again as the database holds it (a follower following the leader's
    /// commits; with `ledger`, a new leader taking over the open ledger too).
    void reload(bool ledger);
    /// A follower's reload(false) when the leader has committed since the last one, read on a
    /// thread of its own with its own connection and taken in on the event loop, which never
    /// waits for the read (a 10,000-car world takes a few hundred milliseconds to read on
    /// PostgreSQL). Nothing if one is under way.
    void follow();

    /// Minute rows are kept this many days of world time; older ones go (hourly, the leader).
    void setMinuteHistoryDays(int days) { m_minuteHistoryDays = days; }
    /// The leader's upkeep of minute rows: partitions for the months ahead (PostgreSQL), and
    /// the minutes older than the retention gone. The tick runs it on a thread of its own.
    bool keepMinutes(QString *error);

    /// Where changes the runner does not apply to the world itself go (sessions ended, grants
    /// revoked: the live stream's business).
    void setOtherChanges(std::function<void(const SharedRepository::Change &)> apply)
    {
        m_otherChanges = std::move(apply);
    }
    /// Starts the second's tick: the leader simulates, a follower follows and watches the
    /// lease, both read the feed of changes; `ticked()` after each.
    void start();

    static constexpr int MaxCatchUpMinutes = 90 * 24 * 60;
    /// How often a follower asks for the lease, and a leader checks it still holds it.
    static constexpr qint64 LeaseCheckMs = 2000;
    /// How long failed sign-ins, known addresses and the feed of changes are kept.
    static constexpr qint64 ChangesKeptMs = 10 * 60 * 1000;
    /// A number missing from the feed (a change not yet committed, or rolled back) is waited
    /// for this long.
    static constexpr qint64 GapWaitMs = 10000;

Q_SIGNALS:
    void ticked();

private:
    void tick();
    /// Reads the feed of changes on a thread of its own and takes them in on the event loop
    /// (at each word from the database, and each tick); one read at a time.
    void readChanges();
    /// The changes after `after` (at most ChangesPerRead), each not made by `origin` with what
    /// it is about read with it (SharedRepository::Change), from `store` on whichever thread
    /// owns it.
    /// What a check of the lease found: a follower takes over, a leader that lost it stops.
    void leaseChecked(bool held);
    static std::vector<SharedRepository::Change>
    changesWithDetails(const Store &store, qint64 after, const QString &origin);
    void takeChanges(const std::vector<SharedRepository::Change> &changes);
    static bool keepMinutes(Store &store, qint64 nowMinute, int days, QString *error);
    /// Old minutes rolled up (`minutes`) and stale shared rows forgotten (`stale`), on a thread
    /// of its own with its own connection; nothing if the last upkeep still runs.
    void upkeep(bool minutes, bool stale);
    void apply(const SharedRepository::Change &change);
    std::size_t indexOf(const QString &vehicleId) const;

    Store &m_store;
    Simulator &m_simulator;
    const WorldClock &m_clock;
    Metrics &m_metrics;
    QTimer m_tick;
    bool m_leader = false;
    Lease &m_lease;
    bool m_stopping = false;           ///< the lease was lost: nothing more is simulated
    bool m_shared = false;             ///< PostgreSQL: other instances may serve the same database
    QString m_origin;                  ///< this instance, in the feed
    qint64 m_readUpTo = 0;             ///< every change up to here is read
    QHash<qint64, qint64> m_readAbove; ///< changes read above m_readUpTo -> when
    qint64 m_gapSinceMs = 0;           ///< when the first missing number was noticed
    QElapsedTimer m_sinceLease;
    QElapsedTimer m_sinceForget;
    QElapsedTimer m_sinceKept; ///< since keepMinutes() last ran
    int m_minuteHistoryDays = 90;
    std::function<void(const SharedRepository::Change &)> m_otherChanges;
    bool m_following = false;   ///< a follow() is under way
    bool m_committing = false;  ///< a stepInBackground()'s commit is under way
    bool m_upkeeping = false;   ///< an upkeep() is under way
    bool m_readingFeed = false; ///< a readChanges() is under way
    bool m_feedAgain = false;   ///< a word came during it: read again
    std::atomic<bool> m_lastCommitKept{true};
    QThreadPool m_committer; ///< stepInBackground()'s thread
    QThreadPool m_upkeep;    ///< upkeep()'s thread
    QThreadPool m_feed;      ///< readChanges()'s thread
    QThreadPool m_loading;   ///< follow()'s thread; last, so it is done before the rest goes
};

} // namespace idlefleet::backend
