// bench_earnings_chart: a year of hourly earnings (8,760 buckets) from a real idlefleetd with a
// year of history, loaded into the page's kind of chart (a LineSeries over a DateTimeAxis fed
// by the page's SeriesFeeder, and by Qt's VXYModelMapper for comparison) and panned a week at a
// time in 6-hour steps; prints the load time and frame times (p50/p95/max, and p95 against a
// 16.7 ms frame budget) as a line and as JSON. Fails when the page's way takes a second or more
// to load the year.
// Runs under the offscreen platform with Qt Quick's software renderer, as the screenshots do.

#include "backendprocess.h"
#include "earningsmodel.h"
#include "earningsrange.h"
#include "fleetclient.h"
#include "jobwait.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(Idlefleet_AppPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Idlefleet_EarningsPlugin)

using namespace idlefleet;

namespace {

constexpr double FrameBudgetMs = 1000.0 / 60;

double percentile(std::vector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    return samples[std::min(samples.size() - 1, std::size_t(p * double(samples.size())))];
}

struct Figures
{
    QString error;
    double loadMs = 0;
    std::vector<double> pan;  ///< a week in view, moved 6 hours a frame
    std::vector<double> year; ///< the whole year in view, moved an hour a frame
    double p50() const { return percentile(pan, 0.5); }
    double p95() const { return percentile(pan, 0.95); }
    double max() const { return *std::max_element(pan.begin(), pan.end()); }
    double yearP50() const { return percentile(year, 0.5); }
};

/// One frame: `change` moves the axis, then the time until the frame with it is swapped.
bool timeFrame(QSignalSpy &swapped, const std::function<void()> &change,
               std::vector<double> *samples)
{
    QElapsedTimer frame;
    frame.start();
    swapped.clear();
    change();
    if (!swapped.wait(5000))
        return false;
    samples->push_back(double(frame.nsecsElapsed()) / 1e6);
    return true;
}

Figures measure(QQmlComponent &component, app::EarningsModel &model, bool mapper)
{
    Figures figures;
    std::unique_ptr<QObject> root(
        component.createWithInitialProperties({{QStringLiteral("mapper"), mapper}}));
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window) {
        figures.error = component.errorString();
        return figures;
    }
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    swapped.wait(5000);
    QObject *axis = root->property("axis").value<QObject *>();
    const QDateTime first = model.axisStart();
    const QDateTime end = model.axisEnd();
    const qint64 week = 7 * 86400 * 1000LL;

    // Loading: the series gets the rows (all, or those in view), then one frame shows them.
    std::vector<double> load;
    if (!timeFrame(
            swapped,
            [&] {
                axis->setProperty("min", first);
                axis->setProperty("max", first.addMSecs(week));
                root->setProperty("model", QVariant::fromValue(&model));
            },
            &load) ||
        // The feeder holds the two weeks around the view; a third of their hours at least
        // have entries (as for the year below).
        root->property("pointCount").toInt() < (mapper ? model.count() : 2 * 168 / 3)) {
        figures.error = QStringLiteral("the chart did not show the series (%1 points)")
                            .arg(root->property("pointCount").toInt());
        return figures;
    }
    figures.loadMs = load.front();
    const qint64 step = 6 * 3600 * 1000LL;
    for (qint64 offset = step; offset <= first.msecsTo(end) - week; offset += step) {
        if (!timeFrame(
                swapped,
                [&] {
                    axis->setProperty("min", first.addMSecs(offset));
                    axis->setProperty("max", first.addMSecs(offset + week));
                },
                &figures.pan)) {
            figures.error = QStringLiteral("no frame after a pan step");
            return figures;
        }
    }
    for (int i = 1; i <= 30; ++i) {
        if (!timeFrame(
                swapped,
                [&] {
                    axis->setProperty("min", first.addSecs(3600 * i));
                    axis->setProperty("max", end.addSecs(3600 * i));
                },
                &figures.year)) {
            figures.error = QStringLiteral("no frame with the whole year in view");
            return figures;
        }
    }
    return figures;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_earnings_chart: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QApplication app(argc, argv); // Qt Charts draws through the graphics view

    QTemporaryDir dir;
    BackendProcess backend;
    QElapsedTimer clock;
    clock.start();
    if (!backend.start(dir.filePath(QStringLiteral("world")), worlds::ordinaryDay(),
                       {QStringLiteral("--demo-world"), QStringLiteral("--world-size"),
                        QStringLiteral("0"), QStringLiteral("--backfill-days"),
                        QStringLiteral("366")}))
        return fail(backend.error());
    const qint64 worldMs = clock.elapsed();

    client::FleetClient fleet;
    fleet.setEndpoint(backend.url(), {backend.pin()});
    auto login = jobwait::waitForJob(
        fleet.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")), "login");
    if (!login.ok())
        return fail(login.failure());
    if (login->error() != client::FleetJob::NoError)
        return fail(QStringLiteral("cannot sign in: %1").arg(login->errorString()));

    // "Today" is the pinned world's, as the app learns it from the server, not the wall clock's.
    auto info = jobwait::waitForJob(fleet.fetchServerInfo(), "fetchServerInfo");
    if (!info.ok())
        return fail(info.failure());
    if (info->error() != client::FleetJob::NoError)
        return fail(QStringLiteral("no server info: %1").arg(info->errorString()));

    // The last 365 days of the first car by the hour: twelve calls of at most 31 days.
    app::EarningsRange range;
    range.setClient(&fleet);
    range.setVehicleId(QStringLiteral("veh-alex-1"));
    if (!QTest::qWaitFor([&] { return range.ready() || !range.errorMessage().isEmpty(); }, 30000) ||
        !range.ready())
        return fail(QStringLiteral("the car was not found: %1").arg(range.errorMessage()));
    range.setCustomDays(range.today().addDays(-364), range.today());
    range.setPeriod(app::EarningsRange::Hour);
    app::EarningsModel model;
    model.setClient(&fleet);
    QSignalSpy reports(&model, &app::EarningsModel::reportChanged);
    clock.restart();
    model.setRange(&range);
    if (!reports.wait(120000) || !model.errorMessage().isEmpty())
        return fail(QStringLiteral("fetch failed: %1").arg(model.errorMessage()));
    const qint64 fetchMs = clock.elapsed();
    const int points = model.count();
    // A bucket is an hour with ledger entries: the demo car contributes in about half of a
    // year's 8,760 hours. Fewer than a third means the year was not all there (90 days give
    // about 1,000).
    if (points < 24 * 365 / 3)
        return fail(QStringLiteral("only %1 hourly buckets for the year").arg(points));

    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/")); // Qt 6.4: the modules' resources
    QQmlComponent component(&engine, QUrl::fromLocalFile(QStringLiteral(CHART_HARNESS_QML)));
    const Figures feeder = measure(component, model, false);
    if (!feeder.error.isEmpty())
        return fail(feeder.error);
    // Qt's own VXYModelMapper, for comparison (it appends a point at a time).
    const Figures mapper = measure(component, model, true);
    if (!mapper.error.isEmpty())
        return fail(mapper.error);

    std::printf("bench_earnings_chart: %d hourly points fetched in %lld ms; SeriesFeeder: loaded "
                "in %.0f ms, panning a week %zu frames p50 %.2f ms, p95 %.2f ms, max %.2f ms "
                "(p95 / 16.7 ms budget: %.3f), whole year in view p50 %.2f ms; "
                "VXYModelMapper: loaded in %.0f ms, panning p50 %.2f ms, p95 %.2f ms, whole year "
                "p50 %.2f ms\n",
                points, static_cast<long long>(fetchMs), feeder.loadMs, feeder.pan.size(),
                feeder.p50(), feeder.p95(), feeder.max(), feeder.p95() / FrameBudgetMs,
                feeder.yearP50(), mapper.loadMs, mapper.p50(), mapper.p95(), mapper.yearP50());
    std::printf("{\"bench\": \"earnings_chart\", \"points\": %d, \"world_ms\": %lld, "
                "\"fetch_ms\": %lld, \"load_ms\": %.0f, \"pan_frames\": %zu, "
                "\"p50_ms\": %.2f, \"p95_ms\": %.2f, \"max_ms\": %.2f, "
                "\"p95_budget_ratio\": %.3f, \"year_view_p50_ms\": %.2f, "
                "\"year_view_p95_ms\": %.2f, \"mapper_load_ms\": %.0f, "
                "\"mapper_p50_ms\": %.2f, \"mapper_p95_ms\": %.2f, "
                "\"mapper_year_view_p50_ms\": %.2f}\n",
                points, static_cast<long long>(worldMs), static_cast<long long>(fetchMs),
                feeder.loadMs, feeder.pan.size(), feeder.p50(), feeder.p95(), feeder.max(),
                feeder.p95() / FrameBudgetMs, feeder.yearP50(), percentile(feeder.year, 0.95),
                mapper.loadMs, mapper.p50(), mapper.p95(), mapper.yearP50());
    std::fflush(stdout);
    backend.stop();
    // The frame times are figures to read (software rendering on a shared machine varies);
    // what fails is loading the year taking a second or more, as Qt's mapper does.
    return feeder.loadMs < 1000 ? 0 : 2;
}
