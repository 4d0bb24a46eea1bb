// idlefleetd: serves the fleet API over HTTPS from a simulated world kept in a data folder.

#include "admin.h"
#include "backendoptions.h"
#include "backup.h"
#include "demoworld.h"
#include "httpserver.h"
#include "lease.h"
#include "logging.h"
#include "metrics.h"
#include "passwordhash.h"
#include "signalwatcher.h"
#include "simulator.h"
#include "store.h"
#include "systemdnotify.h"
#include "tlsidentity.h"
#include "version.h"
#include "worldclock.h"
#include "worldrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace idlefleet;
using namespace idlefleet::backend;

namespace {

constexpr int ExitFailed = 1;
constexpr int ExitBadInput = 2;

int fail(int status, const QString &message)
{
    qCCritical(lcStartup).noquote() << message;
    return status;
}

QDateTime wholeMinute(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms - ms % 60000, Qt::UTC);
}

/// The data folder and everything in it for the backend's user alone, whatever the umask the
/// folder was made under (folders 0700, files 0600); returns false if something could not be
/// changed.
bool keepPrivate(const QString &path)
{
    constexpr auto Folder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    constexpr auto File = QFile::ReadOwner | QFile::WriteOwner;
    bool ok = QFile::setPermissions(path, Folder);
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        if (entry.isSymLink())
            continue;
        ok &= QFile::setPermissions(entry.filePath(), entry.isDir() ? Folder : File);
    }
    return ok;
}

/// Raises the soft limit of open files to the hard one (at most 65,536): the connection limits
/// (http/server.h) need more than the usual 1,024, and running out makes accept() spin.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t wanted = std::min<rlim_t>(limit.rlim_max, 65536);
    if (limit.rlim_cur < wanted) {
        limit.rlim_cur = wanted;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

QString hostPort(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

QString urlFor(const QHostAddress &address, quint16 port)
{
    return QStringLiteral("https://") + hostPort(address, port);
}

} // namespace

int main(int argc, char *argv[])
{
    installLogFormat();
    raiseOpenFileLimit();
    // Whatever it writes (the database, its WAL, backups, keys) is its user's alone.
    umask(0077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("idlefleetd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IDLEFLEET_VERSION_STRING));
    if (QCoreApplication::arguments().value(1) == QLatin1String("admin"))
        return runAdmin(QCoreApplication::arguments().mid(2));

    BackendOptions options;
    QString error;
    QString help;
    if (!parseBackendOptions(QCoreApplication::arguments(), &options, &error, &help))
        return fail(ExitBadInput, error);
    if (!help.isEmpty()) {
        std::fputs(qPrintable(help), stdout);
        return 0;
    }

    // SIGTERM and SIGINT end it cleanly from here on, also one that comes while the world is
    // built or right after readiness was told (handled once the event loop runs).
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);

    QDir dataDir(options.dataDir);
    DatabaseUrl database;
    if (!parseDatabaseUrl(options.database, dataDir.absolutePath(), &database, &error))
        return fail(ExitBadInput, error);
    if (!options.backupFile.isEmpty()) {
        if (database.dialect != Dialect::Sqlite)
            return fail(ExitBadInput, QStringLiteral("--backup copies a SQLite database; back up "
                                                     "PostgreSQL with pg_dump"));
        // Needs no lock: SQLite's backup reads a consistent snapshot beside a running server.
        if (!backupDatabase(dataDir.filePath(QStringLiteral("idlefleetd.sqlite")),
                            options.backupFile, &error))
            return fail(ExitFailed, error);
        return 0;
    }
    if (!dataDir.mkpath(QStringLiteral(".")))
        return fail(ExitFailed,
                    QStringLiteral("cannot create the data folder %1").arg(options.dataDir));
    if (!keepPrivate(dataDir.absolutePath()))
        qCWarning(lcStartup, "some files in %s could not be made private (0600)",
                  qPrintable(dataDir.absolutePath()));

    QLockFile lock(dataDir.filePath(QStringLiteral("idlefleetd.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString appName;
        lock.getLockInfo(&pid, &host, &appName);
        return fail(ExitFailed, QStringLiteral("%1 is already served by another idlefleetd "
                                               "(process %2)")
                                    .arg(dataDir.absolutePath())
                                    .arg(pid));
    }

    TlsIdentity identity;
    if (!loadOrCreateTlsIdentity(dataDir.absolutePath(), &identity, &error))
        return fail(ExitFailed, error);

    Store store;
    if (!store.open(database, &error))
        return fail(ExitFailed, error);
    qCInfo(lcStartup, "database %s at schema version %d", qPrintable(database.display()),
           store.schemaVersion());
    // Clients pin one key: every instance on a shared database serves the same one.
    if (database.dialect == Dialect::Postgres) {
        if (const QString served = store.shared().sharedTlsPin(identity.pin);
            served != identity.pin)
            return fail(ExitFailed,
                        QStringLiteral("%1 holds a TLS key (pin %2) other than the one the "
                                       "instances on %3 serve (pin %4): copy tls-key.pem and "
                                       "tls-cert.pem from the first instance's data folder")
                            .arg(dataDir.absolutePath(), identity.pin, database.display(), served));
    }

    // Earlier versions kept the organisations' fleet keys here; the backend holds none now.
    const QStringList leftKeys = QDir(dataDir.filePath(QStringLiteral("organisations")))
                                     .entryList({QStringLiteral("*.fleet-key.pem")}, QDir::Files);
    for (const QString &name : leftKeys)
        qCWarning(lcStartup,
                  "%s is an organisation's fleet private key left by an earlier version; the "
                  "backend no longer uses it: hand it to the organisation's administrator "
                  "(idlefleetctl fleet key import FILE), then delete it",
                  qPrintable(dataDir.filePath(QStringLiteral("organisations/") + name)));

    // On PostgreSQL several instances may serve one database: one runs the world (the leader),
    // the others serve it beside and take over when it goes (worldrunner.h). One that finds the
    // world being made waits for it.
    Lease lease(store.url());
    bool leads = lease.holdNow();
    if (!leads) {
        qCInfo(lcStartup,
               "another idlefleetd runs the world on %s: this one serves beside it "
               "and takes over if it goes",
               qPrintable(database.display()));
        bool terminated = false;
        while (!leads && (store.isEmpty() || !store.world().worldMark())) {
            QEventLoop wait;
            QTimer::singleShot(1000, &wait, &QEventLoop::quit);
            QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &wait, [&] {
                terminated = true;
                wait.quit();
            });
            wait.exec();
            if (terminated)
                return 0;
            leads = lease.holdNow();
        }
    }

    const QDateTime wallNow = QDateTime::currentDateTimeUtc();
    const bool emptyWorld = store.isEmpty();
    if (!emptyWorld && options.worldStart.isValid())
        qCWarning(lcStartup,
                  "--world-start is ignored: %s holds a world already, which resumes where its "
                  "clock was",
                  qPrintable(dataDir.absolutePath()));
    // The world's "now" on this start: where a new world was asked to start, else where the
    // world's clock stood at its last commit plus the wall time since then.
    QDateTime worldNow = options.worldStart.isValid() && emptyWorld ? options.worldStart : wallNow;
    bool newWorld = false;
    if (emptyWorld && options.demoWorld && leads) {
        qCInfo(lcStartup, "building the demo world: %d organisation cars, %d days of history",
               options.worldSize, options.backfillDays);
        auto created = demoWorldVehicles(options.worldSize);
        // An organisation's cars need no long past to be where they are: they start two days
        // back. A few are in the workshop: out of reach since a day or two before, back in a
        // few days.
        const qint64 nowMinute = worldNow.toSecsSinceEpoch() / 60;
        int organisationIndex = 0;
        for (SimulatedVehicle &vehicle : created) {
            if (vehicle.stepMinutes <= 1)
                continue;
            vehicle.simulateFromMinute = nowMinute - 2 * 24 * 60;
            if (organisationIndex++ % 149 == 17) {
                vehicle.lastSeenMinute = nowMinute - (30 + organisationIndex % 40) * 60;
                vehicle.asleepUntilMinute = nowMinute + (24 + organisationIndex % 48) * 60;
            }
        }
        if (!store.world().createWorld(
                created, wholeMinute(worldNow).addDays(-options.backfillDays), worldNow, &error))
            return fail(ExitFailed, error);
        newWorld = true;
    }

    // Every car runs a policy; one made before policies existed gets the house rule.
    auto vehicles = store.world().loadVehicles();
    for (SimulatedVehicle &vehicle : vehicles) {
        if (vehicle.policyVersion != 0 || !leads)
            continue;
        vehicle.policy = demoPolicyFor(vehicle.id, vehicle.timeZone);
        vehicle.policyVersion = 1;
        if (!store.policies().savePolicy(vehicle.id, vehicle.policyVersion, vehicle.policy))
            return fail(ExitFailed,
                        QStringLiteral("cannot store the policy of %1").arg(vehicle.id));
    }
    Simulator simulator(std::move(vehicles));
    QDateTime simulatedUntil = store.world().simulatedUntil();
    if (!simulatedUntil.isValid() || newWorld) {
        simulatedUntil = wholeMinute(worldNow).addDays(-options.backfillDays);
    } else if (const auto mark = store.world().worldMark()) {
        const qint64 wallSince = std::max<qint64>(0, wallNow.toMSecsSinceEpoch() - mark->wallMs);
        worldNow =
            mark->world.addMSecs(qint64(std::llround(double(wallSince) * options.clockSpeed)));
    } else {
        // A world from before its clock was kept: missed time passed at wall speed, and a fast
        // world that ran ahead continues where it was.
        worldNow = std::max(wallNow, simulatedUntil);
    }
    simulator.setSimulatedUntil(simulatedUntil);
    if (leads && store.ledger().needsLedgerRebuild()) {
        qCInfo(lcStartup, "building the ledger from the kept minutes");
        if (!store.ledger().rebuildLedger(&error))
            return fail(ExitFailed, error);
    }
    if (leads)
        simulator.restoreLedger(store.ledger().openLedger(simulatedUntil.toSecsSinceEpoch()));
    const WorldClock clock(std::max(worldNow, simulatedUntil), options.clockSpeed);
    // Simulates up to `until` a day at a time. Each day's status rows, ledger rows, the cars'
    // states and the world's clock are one commit, so a crash loses at most the day in progress,
    // which the restart simulates again.
    Metrics metrics;
    store.setStatementObserver(
        [&metrics](qint64 nanoseconds) { metrics.observeStatement(double(nanoseconds) / 1e9); });
    WorldRunner world(store, simulator, clock, metrics, lease);
    world.tryLead();
    world.setMinuteHistoryDays(options.minuteHistoryDays);
    FleetHttpServer server(store, simulator, clock, metrics);
    server.setWorld(&world);
    server.setMinuteHistoryDays(options.minuteHistoryDays);
    world.setOtherChanges(
        [&server](const SharedRepository::Change &change) { server.applyChange(change); });
    if (store.isSimulated())
        server.addSimulatorRoutes();
    server.auth().setAccessLifetimeMs(qint64(options.accessTokenSeconds) * 1000);
    server.setGrantHourMs(qint64(options.grantHourSeconds) * 1000);
    // A demo world (also one made before accounts existed) gets its demo people, and the support
    // engineer a grant for Alex's first car.
    if (options.demoWorld && world.isLeader() && !store.accounts().hasAccounts()) {
        for (const DemoAccount &demo : demoWorldAccounts()) {
            if (!server.auth().createAccount(demo.account, demo.password, &error))
                return fail(ExitFailed, error);
        }
        if (!store.grants().insertGrant(demoSupportGrant(wallNow.toMSecsSinceEpoch())))
            return fail(ExitFailed, QStringLiteral("cannot store the demo support grant"));
    }
    // The demo organisation's cars enrol its fleet key (also in a world made before fleet keys).
    if (options.demoWorld && world.isLeader()) {
        QStringList organisationCars;
        for (const SimulatedVehicle &vehicle : simulator.vehicles()) {
            if (vehicle.owner == organisationOwner(QLatin1String(DemoOrganisation)))
                organisationCars.append(vehicle.id);
        }
        if (!organisationCars.isEmpty() &&
            !server.organisations().provision(QLatin1String(DemoOrganisation),
                                              QStringLiteral("Demo organisation fleet key"),
                                              organisationCars, options.demoFleetKey, &error))
            return fail(ExitFailed, error);
    }
    if (!options.provisionFile.isEmpty()) {
        // Device credentials are shown once: only their digests are kept.
        std::vector<std::pair<QString, QByteArray>> digests;
        QByteArray lines;
        for (const SimulatedVehicle &vehicle : simulator.vehicles()) {
            const QByteArray token = newToken();
            digests.emplace_back(vehicle.id, tokenDigest(token));
            lines +=
                QJsonDocument(QJsonObject{{QStringLiteral("vehicle"), vehicle.id},
                                          {QStringLiteral("token"), QString::fromLatin1(token)}})
                    .toJson(QJsonDocument::Compact) +
                '\n';
        }
        QSaveFile file(options.provisionFile);
        if (!file.open(QIODevice::WriteOnly) ||
            !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(lines) < 0)
            return fail(ExitFailed, QStringLiteral("cannot write %1: %2")
                                        .arg(options.provisionFile, file.errorString()));
        if (!store.devices().replaceDeviceTokens(digests, &error))
            return fail(ExitFailed, error);
        if (!file.commit())
            return fail(ExitFailed, QStringLiteral("cannot write %1: %2")
                                        .arg(options.provisionFile, file.errorString()));
    }
    // The demo world's owner agreed to take part when the world was made (also in a world made
    // before consent was enforced, unless they ever answered themselves).
    if (options.demoWorld && world.isLeader()) {
        if (const auto owner = store.accounts().accountByEmail(QLatin1String(DemoOwnerEmail));
            owner && store.accounts().consentsOf(owner->id).empty() &&
            !store.accounts().insertConsent(owner->id, QLatin1String(DemoTermsVersion),
                                            wallNow.toMSecsSinceEpoch()))
            return fail(ExitFailed, QStringLiteral("cannot store the demo owner's consent"));
    }
    // Only cars whose owners agree contribute (spec/ledger.md), from the first simulated minute.
    simulator.setConsentingOwners(store.accounts().consentingOwners());
    if (world.isLeader()) {
        // The months the catch-up writes have their partitions first (PostgreSQL).
        if (!store.history().preparePartitions(simulator.simulatedUntil().toSecsSinceEpoch() / 60,
                                               clock.now().toSecsSinceEpoch() / 60 + 62 * 24 * 60,
                                               &error))
            return fail(ExitFailed, error);
        const int catchUpMinutes =
            std::max(WorldRunner::MaxCatchUpMinutes, options.backfillDays * 24 * 60);
        // A world left for longer than the longest catch-up skips what lies beyond it. Time that
        // passes during the catch-up itself (a big world, a fast clock) is not skipped: the
        // first ticks simulate it, so that no minute goes missing.
        const bool beyondCatchUp =
            simulator.simulatedUntil().secsTo(clock.now()) / 60 > catchUpMinutes;
        if (!world.catchUp(clock.now(), catchUpMinutes, &error))
            return fail(ExitFailed, error);
        if (beyondCatchUp && simulator.simulatedUntil().secsTo(clock.now()) >= 60)
            simulator.setSimulatedUntil(wholeMinute(clock.now()));
        simulator.evaluateAll(simulator.simulatedUntil());
        if (!store.world().saveStates(simulator.vehicles(), simulator.simulatedUntil(), clock.now(),
                                      &error))
            return fail(ExitFailed, error);
    } else {
        simulator.evaluateAll(simulator.simulatedUntil());
    }

    const quint16 port = server.listen(options.listenAddress, options.listenPort,
                                       identity.certificate, identity.privateKey);
    if (port == 0)
        return fail(ExitFailed, QStringLiteral("cannot listen on %1:%2")
                                    .arg(options.listenAddress.toString())
                                    .arg(options.listenPort));

    const QString url = urlFor(options.listenAddress, port);
    const QJsonObject endpoint{{QStringLiteral("url"), url},
                               {QStringLiteral("spki_sha256"), identity.pin}};

    // Lets another process (the app) find and reuse the backend that serves this folder.
    const QString endpointPath = dataDir.filePath(QStringLiteral("endpoint.json"));
    {
        QJsonObject withPid = endpoint;
        withPid.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
        QSaveFile endpointFile(endpointPath);
        if (endpointFile.open(QIODevice::WriteOnly)) {
            endpointFile.write(QJsonDocument(withPid).toJson(QJsonDocument::Compact));
            if (endpointFile.commit()) // QSaveFile gives a new file 0644 whatever the umask
                QFile::setPermissions(endpointPath, QFile::ReadOwner | QFile::WriteOwner);
        }
    }

    // The first line, once endpoint.json exists, in the key order spec/cli.md shows; neither
    // value needs JSON escaping.
    std::fprintf(stdout, "{\"url\": \"%s\", \"spki_sha256\": \"%s\"}\n", qPrintable(url),
                 qPrintable(identity.pin));
    std::fflush(stdout);
    logInBackground();
    qCInfo(lcStartup, "serving %s (world time %s)", qPrintable(url),
           qPrintable(clock.now().toString(Qt::ISODate)));

    // The operator's metrics, on an address of their choosing (never the public one by default).
    QHttpServer metricsServer;
    if (!options.metricsAddress.isNull()) {
        metricsServer.route(QStringLiteral("/metrics"), [&server] {
            return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"),
                                       server.metricsText());
        });
        const quint16 metricsPort =
            metricsServer.listen(options.metricsAddress, options.metricsPort);
        if (metricsPort == 0)
            return fail(ExitFailed, QStringLiteral("cannot serve metrics on %1:%2")
                                        .arg(options.metricsAddress.toString())
                                        .arg(options.metricsPort));
        qCInfo(lcStartup, "metrics on http://%s/metrics",
               qPrintable(hostPort(options.metricsAddress, metricsPort)));
    }

    // Cars an operator added beside the running server (idlefleetd admin car add) join the
    // world within 10 s; accounts, organisations and credentials are read as they are used.
    QTimer newCars;
    QObject::connect(&newCars, &QTimer::timeout, &app, [&] {
        if (store.world().vehicleCount() <= int(simulator.vehicles().size()))
            return;
        const QSet<QString> consenting = store.accounts().consentingOwners();
        QSet<QString> known;
        for (const SimulatedVehicle &vehicle : simulator.vehicles())
            known.insert(vehicle.id);
        for (SimulatedVehicle &vehicle : store.world().loadVehicles()) {
            if (known.contains(vehicle.id))
                continue;
            vehicle.consented = vehicle.owner.startsWith(QLatin1String("org:")) ||
                                consenting.contains(vehicle.owner.toLower());
            qCInfo(lcWorld, "car %s joins the world", qPrintable(vehicle.id));
            simulator.addVehicle(std::move(vehicle));
        }
    });
    newCars.start(5000);

    // Under systemd (Type=notify): ready once it serves and its metrics are up.
    notifyServiceManager(QByteArray("READY=1\nSTATUS=serving ") + url.toUtf8() +
                         "\nMAINPID=" + QByteArray::number(QCoreApplication::applicationPid()));

    QObject::connect(&world, &WorldRunner::ticked, &app, [&server] { server.publishLive(); });
    world.start();

    const int status = QCoreApplication::exec();
    notifyServiceManager(QByteArrayLiteral("STOPPING=1\nSTATUS=saving the world's state"));
    // Only the leader's world is the one to keep; a follower's copy is what the leader kept.
    if (world.waitForCommit() && world.isLeader())
        store.world().saveStates(simulator.vehicles(), simulator.simulatedUntil(), clock.now(),
                                 &error);
    QFile::remove(endpointPath);
    store.setStatementObserver({}); // the metrics go before the store
    return status;
}
