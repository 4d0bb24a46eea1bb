// bench_sync: the client's sync into its local store, against a real idlefleetd over TLS:
// a cold sync of 90 days of minute history for one car into an empty store (goal under 2 s) with
// the store's size, and the 2,000-vehicle organisation list fetched, decoded and stored (goal
// under 200 ms). Prints the figures and their ratios to the goals; fails when a goal is missed.

#include "backendprocess.h"
#include "fleetclient.h"
#include "jobwait.h"
#include "storesync.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace idlefleet;
using namespace idlefleet::client;

namespace {

bool signIn(FleetClient &client, const BackendProcess &backend, const QString &email,
            const QString &password)
{
    client.setEndpoint(backend.url(), {backend.pin()});
    auto login = jobwait::waitForJob(client.login(email, password), "login");
    return login.ok() && login->error() == FleetJob::NoError;
}

QString runSync(StoreSync &sync, const std::function<void()> &start)
{
    QSignalSpy finished(&sync, &StoreSync::finished);
    start();
    if (!finished.wait(120000))
        return QStringLiteral("did not finish");
    return finished.first().at(0).toString();
}

qint64 storeBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    BackendProcess backend;
    if (!backend.start(dir.filePath(QStringLiteral("world")), worlds::ordinaryDay(),
                       {QStringLiteral("--demo-world")})) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(backend.error()));
        return 1;
    }
    bool ok = true;

    // Cold: 90 days of minute history for Alex's saloon into an empty store.
    {
        FleetClient owner;
        if (!signIn(owner, backend, QStringLiteral("alex@example.com"),
                    QStringLiteral("demo-owner")))
            return 1;
        const QString path = dir.filePath(QStringLiteral("cold.sqlite"));
        LocalStore store;
        QString error;
        if (!store.open(path, &error)) {
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
            return 1;
        }
        StoreSync sync(&owner, &store);
        // The world's 90 days end where it was pinned, not at the wall clock's now.
        const QDateTime to = worlds::ordinaryDay();
        QElapsedTimer timer;
        timer.start();
        error = runSync(
            sync, [&] { sync.syncHistory(QStringLiteral("veh-alex-1"), to.addDays(-90), to); });
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
            return 1;
        }
        const int points = store.historyCount(QStringLiteral("veh-alex-1"), 1);
        std::printf("bench_sync: cold sync of 90 days of minute history (%d points) in %.0f ms "
                    "(held to 2,000 ms: ratio %.3f); store %.1f MiB (%.0f bytes a minute)\n",
                    points, ms, ms / 2000, double(storeBytes(path)) / 1048576,
                    double(storeBytes(path)) / std::max(1, points));
        ok = ok && ms < 2000 && points > 90 * 1440 - 10;
    }

    // The organisation's 2,000 cars: every page fetched, decoded and stored; median of 5.
    {
        FleetClient manager;
        if (!signIn(manager, backend, QStringLiteral("fleet@example.com"),
                    QStringLiteral("demo-fleet")))
            return 1;
        LocalStore store;
        QString error;
        if (!store.open(dir.filePath(QStringLiteral("fleet.sqlite")), &error))
            return 1;
        StoreSync sync(&manager, &store);
        std::vector<double> samples;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            error = runSync(sync, [&] { sync.syncVehicles(); });
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!error.isEmpty() || store.vehicles().size() != 2000) {
                std::fprintf(stderr, "bench_sync: fleet list: %s (%zu cars)\n", qPrintable(error),
                             store.vehicles().size());
                return 1;
            }
        }
        std::sort(samples.begin(), samples.end());
        const double ms = samples[samples.size() / 2];
        std::printf("bench_sync: the 2,000-vehicle list fetched, decoded and stored in %.1f ms "
                    "(median of 5; held to 200 ms: ratio %.3f)\n",
                    ms, ms / 200);
        ok = ok && ms < 200;
    }
    backend.stop();
    return ok ? 0 : 1;
}
