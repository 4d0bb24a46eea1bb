#include "worldrunner.h"

#include "authservice.h"
#include "executor.h"
#include "faultpoint.h"
#include "lease.h"
#include "logging.h"
#include "metrics.h"
#include "simulator.h"
#include "worldclock.h"

#include <QCoreApplication>
#include <QUuid>
#include <algorithm>
#include <limits>

namespace idlefleet::backend {

namespace {

constexpr std::size_t NoVehicle = Simulator::NoVehicle;
/// Changes read from the feed at once.
constexpr int ChangesPerRead = 10000;
/// How long the leader's commit and a follower's read of it rest per unit of work (Pace): a
/// quarter of the time at work, a minute's commit for 10,000 cars kept in about two seconds.
constexpr double PacedRestPerWork = 3;
/// A test's way into the path of a commit that fails (faultFails()).
bool failsForATest(QString *error)
{
    if (!faultFails("world-commit"))
        return false;
    *error = QStringLiteral("the commit failed (IDLEFLEETD_FAIL_AT)");
    return true;
}
/// The longest step of the world whose commit is paced.
constexpr int MaxPacedMinutes = 10;

} // namespace

WorldRunner::WorldRunner(Store &store, Simulator &simulator, const WorldClock &clock,
                         Metrics &metrics, Lease &lease, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_simulator(simulator)
    , m_clock(clock)
    , m_metrics(metrics)
    , m_lease(lease)
    , m_shared(store.dialect() == Dialect::Postgres)
    , m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_loading.setMaxThreadCount(1);
    m_loading.setExpiryTimeout(-1); // keeps its connection
    m_loading.setObjectName(QStringLiteral("following the leader"));
    m_committer.setMaxThreadCount(1);
    m_committer.setExpiryTimeout(-1);
    m_committer.setObjectName(QStringLiteral("committing the world"));
    m_upkeep.setMaxThreadCount(1);
    m_upkeep.setExpiryTimeout(-1);
    m_upkeep.setObjectName(QStringLiteral("keeping the database tidy"));
    m_feed.setMaxThreadCount(1);
    m_feed.setExpiryTimeout(-1);
    m_feed.setObjectName(QStringLiteral("reading the feed of changes"));
    connect(&m_tick, &QTimer::timeout, this, &WorldRunner::tick);
}

bool WorldRunner::tryLead()
{
    m_sinceLease.start();
    m_leader = m_lease.holdNow();
    return m_leader;
}

void WorldRunner::leaseChecked(bool held)
{
    const bool led = m_leader;
    m_leader = held;
    if (held && !led) {
        qCInfo(lcWorld, "this instance runs the world now: the one that did is gone");
        takeChanges(changesWithDetails(m_store, m_readUpTo, m_origin));
        reload(true);
    } else if (led && !held) {
        // Another may run the world already: going on would count it twice. A service manager
        // starts this one again, as a follower.
        qCCritical(lcWorld, "lost the database connection that held the world's lease; "
                            "stopping");
        m_stopping = true;
        QCoreApplication::exit(1);
    }
}

bool WorldRunner::catchUp(const QDateTime &until, int maxMinutes, QString *error)
{
    // A long catch-up (a new world's history, a restart after days) says how far it is.
    const qint64 behindDays = m_simulator.simulatedUntil().secsTo(until) / 86400;
    for (int done = 0; done < maxMinutes;) {
        const int step = m_simulator.advanceTo(until, std::min(24 * 60, maxMinutes - done));
        if (step == 0)
            break;
        done += step;
        QElapsedTimer commitTime;
        commitTime.start();
        if (!m_store.world().commitWorld(m_simulator.vehicles(), m_simulator.takeSamples(),
                                         m_simulator.takeLedgerChanges(),
                                         m_simulator.simulatedUntil(), m_clock.now(), error))
            return false;
        m_metrics.observeCommit(double(commitTime.nsecsElapsed()) / 1e9);
        if (behindDays >= 2 && (done / (24 * 60)) % 10 == 0 && step == 24 * 60)
            qCInfo(lcWorld, "simulated %d of %lld days", done / (24 * 60), behindDays);
    }
    return true;
}

void WorldRunner::stepInBackground(const QDateTime &until)
{
    struct Step
    {
        std::vector<SimulatedVehicle> vehicles;
        std::vector<MinuteSample> samples;
        LedgerChanges ledger;
        QDateTime simulatedUntil;
        QDateTime worldNow;
    };
    if (m_committing)
        return; // the world waits for its last step to be kept
    const int minutes = m_simulator.advanceTo(until, 24 * 60);
    if (minutes == 0)
        return;
    // A step of a few minutes (the world keeping up) leaves room for the requests served
    // meanwhile; a longer one (catching up) is written at full speed.
    const bool paced = m_store.dialect() == Dialect::Postgres && minutes <= MaxPacedMinutes;
    // A copy of the cars as they are at this step (Qt's values share their data until either
    // side changes them); the simulator goes on changing its own.
    auto step = std::make_shared<Step>(
        Step{std::as_const(m_simulator).vehicles(), m_simulator.takeSamples(),
             m_simulator.takeLedgerChanges(), m_simulator.simulatedUntil(), m_clock.now()});
    m_committing = true;
    m_committer.start([this, url = m_store.url(), step, paced]() mutable {
        Executor::yieldToTheEventLoop();
        QElapsedTimer took;
        took.start();
        QString error;
        Store *store = Store::forThisThread(url, Store::ThreadAccess::Write, {}, &error);
        // The reports coming in meanwhile are not to wait while the minute's rows take the
        // database's cores; the world waits for this commit anyway, which has the minute.
        Pace pace(paced ? PacedRestPerWork : 0);
        const bool kept = store && !failsForATest(&error) &&
                          store->world().commitWorld(step->vehicles, step->samples, step->ledger,
                                                     step->simulatedUntil, step->worldNow, &error);
        step.reset(); // its copies go here, not on the event loop
        m_lastCommitKept = kept;
        QMetaObject::invokeMethod(
            this,
            [this, kept, error, seconds = double(took.nsecsElapsed()) / 1e9] {
                m_committing = false;
                if (kept) {
                    m_metrics.observeCommit(seconds);
                    return;
                }
                // What was simulated since the last commit is not kept: the world goes back to
                // that commit and simulates it again, rather than going on with a gap.
                qCWarning(lcWorld, "%s; simulating again from the last commit", qPrintable(error));
                if (m_leader)
                    reload(true);
            },
            Qt::QueuedConnection);
    });
}

bool WorldRunner::waitForCommit()
{
    m_committer.waitForDone();
    return m_lastCommitKept;
}

void WorldRunner::reload(bool ledger)
{
    QElapsedTimer took;
    took.start();
    const QDateTime simulatedUntil = m_store.world().simulatedUntil();
    m_simulator.replaceVehicles(m_store.world().loadVehicles());
    m_simulator.setConsentingOwners(m_store.accounts().consentingOwners());
    m_simulator.setSimulatedUntil(simulatedUntil);
    if (ledger)
        m_simulator.restoreLedger(m_store.ledger().openLedger(simulatedUntil.toSecsSinceEpoch()));
    m_simulator.evaluateAll(simulatedUntil);
    qCDebug(lcWorld, "loaded %zu cars as kept at %s in %lld ms", m_simulator.vehicles().size(),
            qPrintable(simulatedUntil.toString(Qt::ISODate)), took.elapsed());
}

void WorldRunner::follow()
{
    struct Loaded
    {
        bool ok = false;
        WorldRepository::Committed world;
    };
    m_following = true;
    m_loading.start([this, url = m_store.url(), known = m_simulator.simulatedUntil()] {
        Executor::yieldToTheEventLoop();
        QElapsedTimer took;
        took.start();
        auto loaded = std::make_shared<Loaded>();
        QString error;
        Store *store = Store::forThisThread(url, Store::ThreadAccess::Read, {}, &error);
        if (store && store->world().simulatedUntil() == known) {
            // Nothing committed since the last read.
            QMetaObject::invokeMethod(
                this, [this] { m_following = false; }, Qt::QueuedConnection);
            return;
        }
        if (store) {
            // Spread over the time: the leader's commit that this follows may still be taking
            // the database's cores, and the reports coming in must not wait for both.
            Pace pace(PacedRestPerWork);
            loaded->ok = store->world().readCommitted(&loaded->world, &error);
        }
        if (!loaded->ok)
            qCWarning(lcWorld, "cannot read the leader's world: %s", qPrintable(error));
        QMetaObject::invokeMethod(
            this,
            [this, loaded, readMs = took.elapsed()] {
                m_following = false;
                if (m_leader || !loaded->ok)
                    return; // it took over meanwhile, and loaded the world itself
                QElapsedTimer taking;
                taking.start();
                // The cars this instance knows take their states; a car it does not know yet
                // (added through another instance) has the whole world loaded again.
                const WorldRepository::Committed &world = loaded->world;
                bool everyCarKnown = world.states.size() == m_simulator.vehicles().size();
                std::vector<SimulatedVehicle> &vehicles = m_simulator.vehicles();
                for (const SimulatedVehicle &state : world.states) {
                    const std::size_t index = indexOf(state.id);
                    if (index == NoVehicle) {
                        everyCarKnown = false;
                        break;
                    }
                    WorldRepository::copyState(state, &vehicles[index]);
                }
                if (!everyCarKnown) {
                    reload(false);
                    return;
                }
                m_simulator.setConsentingOwners(world.consentingOwners);
                m_simulator.setSimulatedUntil(world.simulatedUntil);
                m_simulator.evaluateAll(world.simulatedUntil);
                qCDebug(lcWorld, "followed the leader to %s: read in %lld ms, taken in in %lld ms",
                        qPrintable(world.simulatedUntil.toString(Qt::ISODate)), readMs,
                        taking.elapsed());
            },
            Qt::QueuedConnection);
    });
}

bool WorldRunner::keepMinutes(QString *error)
{
    m_sinceKept.start();
    return keepMinutes(m_store, m_clock.now().toSecsSinceEpoch() / 60, m_minuteHistoryDays, error);
}

bool WorldRunner::keepMinutes(Store &store, qint64 nowMinute, int days, QString *error)
{
    const qint64 keptFrom = nowMinute - qint64(days) * 24 * 60;
    if (!store.history().preparePartitions(keptFrom, nowMinute + 62 * 24 * 60, error))
        return false;
    const qint64 gone = store.history().pruneMinutes(keptFrom, error);
    if (gone < 0)
        return false;
    if (gone > 0)
        qCInfo(lcWorld, "%lld minute rows older than %d days went; their hours and days stay", gone,
               days);
    return true;
}

void WorldRunner::upkeep(bool minutes, bool stale)
{
    if (m_upkeeping)
        return; // the last one still runs: this one comes at the next tick
    m_upkeeping = true;
    if (minutes)
        m_sinceKept.start();
    if (stale)
        m_sinceForget.start();
    m_upkeep.start([this, url = m_store.url(), minutes, stale,
                    nowMinute = m_clock.now().toSecsSinceEpoch() / 60, days = m_minuteHistoryDays] {
        Executor::yieldToTheEventLoop();
        QString error;
        if (Store *store = Store::forThisThread(url, Store::ThreadAccess::Write, {}, &error)) {
            if (minutes && !keepMinutes(*store, nowMinute, days, &error))
                qCWarning(lcWorld, "cannot roll up old minutes: %s", qPrintable(error));
            if (stale)
                store->shared().forgetStale(QDateTime::currentMSecsSinceEpoch(),
                                            AuthService::FailureWindowMs,
                                            AuthService::KnownAddressMs, ChangesKeptMs);
        } else {
            qCWarning(lcWorld, "cannot keep the database tidy: %s", qPrintable(error));
        }
        QMetaObject::invokeMethod(
            this, [this] { m_upkeeping = false; }, Qt::QueuedConnection);
    });
}

void WorldRunner::start()
{
    if (m_shared) {
        // Only what is told from now on matters: what came before is in the world as loaded.
        m_readUpTo = m_store.shared().latestChange();
        if (!m_store.shared().listenForChanges(this, [this] { readChanges(); }))
            qCWarning(lcWorld, "cannot listen for other instances' changes; reading them every "
                               "second instead");
    }
    m_sinceLease.start();
    m_sinceForget.start();
    m_tick.start(1000);
}

void WorldRunner::tick()
{
    if (m_shared && m_sinceLease.elapsed() >= LeaseCheckMs) {
        // Asked on the lease's own thread and connection: the answer comes with a later tick.
        if (m_lease.check([this](bool held) { leaseChecked(held); }))
            m_sinceLease.start();
    }
    if (m_stopping)
        return;
    if (m_shared)
        readChanges();
    if (m_leader)
        stepInBackground(m_clock.now());
    else if (!m_following)
        follow(); // reads the leader's commit if there is a new one
    // The leader rolls up old minutes hourly; every instance forgets stale shared rows.
    const bool minutes =
        m_leader && (!m_sinceKept.isValid() || m_sinceKept.elapsed() >= 3600 * 1000);
    const bool stale = m_sinceForget.elapsed() >= 60000;
    if (minutes || stale)
        upkeep(minutes, stale);
    Q_EMIT ticked();
}

void WorldRunner::readChanges()
{
    if (m_readingFeed) {
        m_feedAgain = true; // more came meanwhile: read again when this read is in
        return;
    }
    m_readingFeed = true;
    m_feedAgain = false;
    m_feed.start([this, url = m_store.url(), after = m_readUpTo, origin = m_origin] {
        QString error;
        auto changes = std::make_shared<std::vector<SharedRepository::Change>>();
        if (const Store *store = Store::forThisThread(url, Store::ThreadAccess::Read, {}, &error))
            *changes = changesWithDetails(*store, after, origin);
        else
            qCWarning(lcWorld, "cannot read the other instances' changes: %s", qPrintable(error));
        QMetaObject::invokeMethod(
            this,
            [this, changes] {
                m_readingFeed = false;
                takeChanges(*changes);
                if (m_feedAgain)
                    readChanges();
            },
            Qt::QueuedConnection);
    });
}

std::vector<SharedRepository::Change>
WorldRunner::changesWithDetails(const Store &store, qint64 after, const QString &origin)
{
    std::vector<SharedRepository::Change> changes =
        store.shared().changesAfter(after, ChangesPerRead);
    for (SharedRepository::Change &change : changes) {
        if (change.origin == origin)
            continue;
        if (change.kind == QLatin1String("policy")) {
            const auto history = store.policies().policyHistory(change.subject, 1);
            if (!history.empty())
                change.policy = history.front();
        } else if (change.kind == QLatin1String("report")) {
            ReportRecord report;
            if (DeviceRepository::readReportDetail(change.detail, &report))
                change.report = report;
            else // an older instance's change carries no values
                change.report = store.devices().lastReport(change.subject);
        }
    }
    return changes;
}

void WorldRunner::takeChanges(const std::vector<SharedRepository::Change> &changes)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (const SharedRepository::Change &change : changes) {
        if (change.seq <= m_readUpTo || m_readAbove.contains(change.seq))
            continue;
        m_readAbove.insert(change.seq, nowMs);
        if (change.origin != m_origin)
            apply(change);
    }
    // Numbers are handed out before their changes commit: one may show up after a later one.
    // Everything up to a missing number counts as read; a number missing for long was rolled
    // back and is passed over.
    for (;;) {
        while (m_readAbove.remove(m_readUpTo + 1))
            ++m_readUpTo;
        if (m_readAbove.isEmpty()) {
            m_gapSinceMs = 0;
            break;
        }
        if (m_gapSinceMs == 0)
            m_gapSinceMs = nowMs;
        if (nowMs - m_gapSinceMs < GapWaitMs)
            break;
        ++m_readUpTo;
        m_gapSinceMs = 0;
    }
}

std::size_t WorldRunner::indexOf(const QString &vehicleId) const
{
    return m_simulator.indexOf(vehicleId);
}

void WorldRunner::apply(const SharedRepository::Change &change)
{
    const QString &kind = change.kind;
    if (kind == QLatin1String("consent")) {
        m_simulator.setOwnerConsent(change.subject, change.detail == QLatin1String("1"));
        return;
    }
    if (kind == QLatin1String("group")) {
        const QStringList ids = change.detail.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            if (const std::size_t index = indexOf(id); index != NoVehicle)
                m_simulator.vehicles()[index].group = change.subject;
        }
        return;
    }
    if (kind == QLatin1String("removed")) {
        m_simulator.removeVehicle(change.subject);
        return;
    }
    if (kind != QLatin1String("report") && kind != QLatin1String("policy") &&
        kind != QLatin1String("asleep")) {
        if (m_otherChanges)
            m_otherChanges(change);
        return;
    }
    const std::size_t index = indexOf(change.subject);
    if (index == NoVehicle)
        return; // a car this instance takes in within seconds (or one deleted since)
    if (kind == QLatin1String("report")) {
        // The change carries the report's values; an older instance's did not, and was read.
        if (!change.report)
            return;
        const ReportRecord &report = *change.report;
        m_simulator.applyReport(index, report.socCenti / 100.0, report.pluggedIn, report.driving,
                                report.chipDeci / 10.0);
    } else if (kind == QLatin1String("policy")) {
        if (change.policy && change.policy->version > m_simulator.vehicles()[index].policyVersion)
            m_simulator.setPolicy(index, change.policy->policy, change.policy->version);
    } else {
        m_simulator.setAsleep(index, m_clock.now(), change.detail.toInt());
    }
}

} // namespace idlefleet::backend
