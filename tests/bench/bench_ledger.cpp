// bench_ledger: the ledger's figures (issue: statements and organisation totals).
// 1. A month's statement of a car as a PDF, end to end: fetched from a real idlefleetd over TLS
//    (days, sessions with their jobs, payout) and drawn; held to 300 ms.
// 2. An organisation's month totals over 2,000 cars in 8 groups: the sums of a month of entries
//    by currency and hour, and by group and currency (the store's queries behind
//    GET /v1/organisation/summary), held to 200 ms together. Also printed: the time to write
//    the month, with the sums kept beside the entries.

#include "backendprocess.h"
#include "fleetclient.h"
#include "jobmarket.h"
#include "jobwait.h"
#include "ledger.h"
#include "policy/zonerules.h"
#include "statementfetch.h"
#include "store.h"
#include "worldnow.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace idlefleet;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Milliseconds to fetch and draw October's statement of Alex's first car (median of 7).
double statementMs(const QTemporaryDir &dir, BackendProcess &backend, int *pages)
{
    client::FleetClient client;
    client.setEndpoint(backend.url(), {backend.pin()});
    auto login = jobwait::waitForJob(
        client.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")), "login");
    if (!login.ok())
        return -1;
    std::vector<double> runs;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        app::earnings::StatementFetch fetch(
            &client, {QStringLiteral("veh-alex-1"), QStringLiteral("Blue Saloon"),
                      QStringLiteral("Europe/Berlin"), QStringLiteral("alex@example.com"),
                      QDate(2026, 10, 1), QDate(2026, 10, 31)});
        QEventLoop loop;
        QObject::connect(&fetch, &app::earnings::StatementFetch::finished, &loop,
                         &QEventLoop::quit);
        fetch.start();
        loop.exec();
        if (fetch.failed()) {
            std::fprintf(stderr, "bench_ledger: %s\n", qPrintable(fetch.errorString()));
            return -1;
        }
        const auto outcome = app::earnings::writeStatementPdf(
            fetch.statement(), dir.filePath(QStringLiteral("statement.pdf")), QLocale());
        if (!outcome.error.isEmpty())
            return -1;
        *pages = int(outcome.pageText.size());
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(runs);
}

/// A month of entries of 2,000 organisation cars in 8 groups (15-minute steps, nights in the
/// depot), then the month's totals by currency and hour and by group (median of 7).
double organisationMonthMs(const QTemporaryDir &dir, qint64 *entries, double *writeMs)
{
    backend::Store store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("org.sqlite")), &error))
        return -1;
    std::vector<backend::SimulatedVehicle> cars(2000);
    for (std::size_t car = 0; car < cars.size(); ++car) {
        cars[car].id = QStringLiteral("veh-org-%1").arg(car, 4, 10, QLatin1Char('0'));
        cars[car].owner = QStringLiteral("org:bench");
        cars[car].timeZone = QStringLiteral("Europe/Berlin");
        cars[car].group = QStringLiteral("Depot %1").arg(car / 250);
    }
    if (!store.world().insertVehicles(cars, &error)) {
        std::fprintf(stderr, "bench_ledger: %s\n", qPrintable(error));
        return -1;
    }
    QElapsedTimer writing;
    qint64 writingNs = 0;
    const auto berlin = policy::ZoneRules::forZone("Europe/Berlin");
    const qint64 from = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    backend::LedgerChanges batch;
    for (int car = 0; car < 2000; ++car) {
        backend::LedgerBook book;
        const QString id = QStringLiteral("veh-org-%1").arg(car, 4, 10, QLatin1Char('0'));
        for (qint64 t = from; t < to; t += 900) {
            backend::LedgerMinute m;
            m.start = t;
            m.minutes = 15;
            const int hour = int((t / 3600) % 24);
            m.contributing = hour >= 19 || hour < 5;
            m.pluggedIn = true;
            m.computeWatts = 250 + car % 100;
            m.priceMicrosPerKwh = 140000;
            m.grossMicrosPerHour = 180000 + (t / 900 % 7) * 1000;
            m.shareBasisPoints = backend::JobMarket::OwnerShareBasisPoints;
            // Each entry records its car's group (8 depots), as the simulator hands it on.
            m.group = QStringLiteral("Depot %1").arg(car / 250);
            m.currency = car % 8 == 6
                             ? QStringLiteral("PLN")
                             : (car % 8 == 7 ? QStringLiteral("GBP") : QStringLiteral("EUR"));
            book.add(id, QStringLiteral("org:bench"), *berlin, m);
        }
        backend::LedgerChanges changes = book.take();
        *entries += qint64(changes.entries.size());
        for (auto &e : changes.entries)
            batch.entries.push_back(std::move(e));
        for (auto &j : changes.jobs)
            batch.jobs.push_back(std::move(j));
        for (auto &s : changes.sessions)
            batch.sessions.push_back(std::move(s));
        // The simulator commits a day of the whole fleet at once; here 250 cars' month.
        if (car % 250 != 249)
            continue;
        writing.start();
        if (!store.world().commitWorld({}, {}, batch, QDateTime::fromSecsSinceEpoch(to, Qt::UTC),
                                       QDateTime::fromSecsSinceEpoch(to, Qt::UTC), &error)) {
            std::fprintf(stderr, "bench_ledger: %s\n", qPrintable(error));
            return -1;
        }
        writingNs += writing.nsecsElapsed();
        batch = {};
    }
    *writeMs = double(writingNs) / 1e6;
    std::vector<double> runs;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto hours = store.ledger().ownerHours(QStringLiteral("org:bench"), from, to);
        const auto groups = store.ledger().groupTotals(QStringLiteral("org:bench"), from, to);
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (hours.size() < 3 * 31 * 10 || groups.size() != 8 * 3) {
            std::fprintf(stderr,
                         "bench_ledger: %zu hours and %zu group totals (expected at least %d "
                         "and exactly %d)\n",
                         hours.size(), groups.size(), 3 * 31 * 10, 8 * 3);
            return -1;
        }
    }
    return median(runs);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    BackendProcess backend;
    if (!backend.start(dir.filePath(QStringLiteral("world")), worlds::ordinaryDay(),
                       {QStringLiteral("--demo-world")})) {
        std::fprintf(stderr, "bench_ledger: %s\n", qPrintable(backend.error()));
        return 1;
    }
    int pages = 0;
    const double statement = statementMs(dir, backend, &pages);
    backend.stop();
    if (statement < 0)
        return 1;
    std::printf("bench_ledger: a month's statement (%d pages of PDF) fetched over TLS and drawn "
                "in %.0f ms (held to 300 ms: ratio %.3f)\n",
                pages, statement, statement / 300);
    qint64 entries = 0;
    double writeMs = 0;
    const double organisation = organisationMonthMs(dir, &entries, &writeMs);
    if (organisation < 0)
        return 1;
    std::printf("bench_ledger: a month of 2,000 cars (%lld entries) written with the hourly sums "
                "by group in %.0f ms (%.1f µs per entry)\n",
                static_cast<long long>(entries), writeMs, writeMs * 1000 / double(entries));
    std::printf("bench_ledger: an organisation's month totals over 2,000 cars in 8 groups, by "
                "currency and hour and by group, in %.0f ms (held to 200 ms: ratio %.3f)\n",
                organisation, organisation / 200);
    return statement > 300 || organisation > 200 ? 1 : 0;
}
