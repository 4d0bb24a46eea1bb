// bench_export: the data export of a demo owner (two cars, 90 days of minutes), streamed.
// 1. `idlefleetctl export-my-data` end to end against a real idlefleetd: time, file size, and the
//    command's peak memory, which no longer grows with the export (held to 96 MiB).
// 2. While it runs, another client's GET /v1/info one after another: the slowest answer, held to
//    100 ms (the export goes part by part between other requests, it never holds the loop).

#include "backendprocess.h"
#include "fleetclient.h"
#include "jobwait.h"
#include "worldinstants.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace idlefleet;

namespace {

struct Latencies
{
    double median = 0;
    double max = 0;
    int count = 0;
};

Latencies summarise(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values.back(), int(values.size())};
}

/// One GET /v1/info, in milliseconds; -1 on failure.
double infoMs(client::FleetClient &client)
{
    QElapsedTimer timer;
    timer.start();
    auto info = jobwait::waitForJob(client.fetchServerInfo(), "info");
    if (!info.ok() || info->error() != client::FleetJob::NoError)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    BackendProcess backend;
    if (!backend.start(dir.filePath(QStringLiteral("world")), worlds::ordinaryDay(),
                       {QStringLiteral("--demo-world")})) {
        std::fprintf(stderr, "bench_export: %s\n", qPrintable(backend.error()));
        return 1;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("IDLEFLEETCTL_HOME"), dir.filePath(QStringLiteral("ctl")));
    environment.insert(QStringLiteral("IDLEFLEET_PASSWORD"), QStringLiteral("demo-owner"));
    QProcess login;
    login.setProcessEnvironment(environment);
    login.start(QStringLiteral(IDLEFLEETCTL_PATH),
                {QStringLiteral("--server"), backend.url().toString(), QStringLiteral("--pin"),
                 backend.pin(), QStringLiteral("login"), QStringLiteral("alex@example.com")});
    if (!login.waitForFinished(60000) || login.exitCode() != 0) {
        std::fprintf(stderr, "bench_export: login failed: %s\n",
                     login.readAllStandardError().constData());
        return 1;
    }

    client::FleetClient other;
    other.setEndpoint(backend.url(), {backend.pin()});
    std::vector<double> idle;
    for (int i = 0; i < 50; ++i)
        idle.push_back(infoMs(other));

    const QString file = dir.filePath(QStringLiteral("mine.json"));
    QProcess exporter;
    exporter.setProcessEnvironment(environment);
    QElapsedTimer exportTimer;
    exportTimer.start();
    exporter.start(QStringLiteral(IDLEFLEETCTL_PATH),
                   {QStringLiteral("export-my-data"), QStringLiteral("--output"), file});
    std::vector<double> during;
    while (exporter.state() != QProcess::NotRunning) {
        during.push_back(infoMs(other));
        exporter.waitForFinished(1);
    }
    const double exportMs = double(exportTimer.elapsed());
    if (exporter.exitCode() != 0) {
        std::fprintf(stderr, "bench_export: export failed: %s\n",
                     exporter.readAllStandardError().constData());
        return 1;
    }
    rusage children{};
    getrusage(RUSAGE_CHILDREN, &children);
    const double peakMiB = double(children.ru_maxrss) / 1024.0;
    const double fileMiB = double(QFileInfo(file).size()) / (1024.0 * 1024.0);
    const Latencies quiet = summarise(idle);
    const Latencies busy = summarise(during);

    std::printf("bench_export: export of 2 cars x 90 days: %.0f ms, %.1f MiB of JSON\n", exportMs,
                fileMiB);
    std::printf("bench_export: idlefleetctl peak memory %.1f MiB (limit 96 MiB), ratio %.3f\n",
                peakMiB, peakMiB / 96.0);
    std::printf("bench_export: GET /v1/info alone: median %.2f ms, max %.2f ms (%d calls)\n",
                quiet.median, quiet.max, quiet.count);
    std::printf("bench_export: GET /v1/info during the export: median %.2f ms, max %.2f ms "
                "(%d calls; limit 100 ms), ratio %.3f\n",
                busy.median, busy.max, busy.count, busy.max / 100.0);
    const bool ok = peakMiB <= 96.0 && busy.max >= 0 && busy.max <= 100.0 && busy.count > 0;
    return ok ? 0 : 1;
}
