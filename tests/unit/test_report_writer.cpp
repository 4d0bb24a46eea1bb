// Status reports kept in groups (ReportWriter): every report is answered only once it is in the
// real database file, on the event loop's thread; the credential and the order are checked in
// the database (so two instances agree); kept reports are told to the other instances with
// their values; a database that cannot be opened answers NotKept rather than hanging.

#include "reportwriter.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <memory>
#include <optional>

using namespace idlefleet::backend;

namespace {

QByteArray digestOf(const QString &vehicleId)
{
    return "digest of " + vehicleId.toLatin1();
}

IncomingReport reportOf(const QString &vehicleId, qint64 observedMs, int socCenti)
{
    IncomingReport incoming;
    incoming.deviceDigest = digestOf(vehicleId);
    incoming.record.vehicleId = vehicleId;
    incoming.record.observedMs = observedMs;
    incoming.record.socCenti = socCenti;
    incoming.record.pluggedIn = true;
    incoming.record.chipDeci = 415;
    return incoming;
}

/// Keeps `reports` in one group through `writer` and returns their outcomes.
std::vector<ReportOutcome> keepAll(ReportWriter &writer, const std::vector<IncomingReport> &reports)
{
    std::vector<ReportOutcome> outcomes(reports.size());
    std::size_t answered = 0;
    for (std::size_t i = 0; i < reports.size(); ++i) {
        if (!writer.keep(reports[i], [&outcomes, &answered, i](const ReportOutcome &outcome) {
                outcomes[i] = outcome;
                ++answered;
            }))
            return {};
    }
    if (!QTest::qWaitFor([&] { return answered == reports.size(); }, 10000))
        return {};
    return outcomes;
}

} // namespace

class TestReportWriter : public QObject
{
    Q_OBJECT

private:
    // A new database for each test.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    bool addCars(int count)
    {
        QString error;
        for (int i = 0; i < count; ++i) {
            const QString id = QStringLiteral("veh-%1").arg(i);
            if (!m_store->devices().addDeviceToken(id, digestOf(id), &error))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<Store>();
        QString error;
        QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("fleet.db")), &error),
                 qPrintable(error));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void reportsAreAnsweredOnceKept()
    {
        QVERIFY(addCars(100));
        ReportWriter writer(m_store->url(), {});
        constexpr int Reports = 300;
        int kept = 0;
        bool allOnThisThread = true;
        bool eachInTheDatabase = true;
        for (int i = 0; i < Reports; ++i) {
            const IncomingReport incoming =
                reportOf(QStringLiteral("veh-%1").arg(i % 100), 1000 + i, 5000 + i);
            QVERIFY(writer.keep(incoming, [&, incoming](const ReportOutcome &outcome) {
                allOnThisThread &= QThread::currentThread() == thread();
                const auto last = m_store->devices().lastReport(incoming.record.vehicleId);
                eachInTheDatabase &= outcome.result == ReportOutcome::Kept && last &&
                                     last->observedMs >= incoming.record.observedMs;
                ++kept;
            }));
        }
        QCOMPARE(kept, 0); // nothing is answered before it is written
        QTRY_COMPARE(kept, Reports);
        QVERIFY(allOnThisThread);
        QVERIFY(eachInTheDatabase);
        QCOMPARE(m_store->devices().lastReport(QStringLiteral("veh-99"))->socCenti, 5000 + 299);
    }

    void eachReportIsCheckedInTheDatabase()
    {
        QVERIFY(addCars(3));
        ReportWriter writer(m_store->url(), {});
        IncomingReport stranger = reportOf(QStringLiteral("veh-1"), 5000, 1);
        stranger.deviceDigest = "no car has this";
        IncomingReport borrowed = reportOf(QStringLiteral("veh-1"), 5000, 2);
        borrowed.deviceDigest = digestOf(QStringLiteral("veh-2"));
        const auto outcomes =
            keepAll(writer, {stranger, borrowed, reportOf(QStringLiteral("veh-1"), 5000, 3),
                             reportOf(QStringLiteral("veh-1"), 4000, 4),
                             reportOf(QStringLiteral("veh-1"), 5000, 5)});
        QCOMPARE(outcomes.size(), std::size_t(5));
        QCOMPARE(outcomes[0].result, ReportOutcome::UnknownDevice);
        QCOMPARE(outcomes[1].result, ReportOutcome::OtherVehicle);
        QCOMPARE(outcomes[1].deviceVehicle, QStringLiteral("veh-2"));
        QCOMPARE(outcomes[2].result, ReportOutcome::Kept);
        // Older than the one kept just before it in the same group, or as old: refused.
        QCOMPARE(outcomes[3].result, ReportOutcome::OutOfOrder);
        QCOMPARE(outcomes[4].result, ReportOutcome::OutOfOrder);
        QCOMPARE(m_store->devices().lastReport(QStringLiteral("veh-1"))->socCenti, 3);
        QVERIFY(!m_store->devices().lastReport(QStringLiteral("veh-2")));
    }

    void twoInstancesNeverKeepAnOlderReportOverANewer()
    {
        QVERIFY(addCars(1));
        ReportWriter first(m_store->url(), QStringLiteral("first"));
        ReportWriter second(m_store->url(), QStringLiteral("second"));
        const QString car = QStringLiteral("veh-0");
        QCOMPARE(keepAll(second, {reportOf(car, 9000, 90)}).at(0).result, ReportOutcome::Kept);
        // What `first` has not seen is in the database: its older report is refused.
        QCOMPARE(keepAll(first, {reportOf(car, 8000, 80)}).at(0).result, ReportOutcome::OutOfOrder);
        QCOMPARE(m_store->devices().lastReport(car)->socCenti, 90);
    }

    void keptReportsAreToldWithTheirValues()
    {
        QVERIFY(addCars(2));
        const qint64 before = m_store->shared().latestChange();
        ReportWriter writer(m_store->url(), QStringLiteral("this-instance"));
        const auto outcomes = keepAll(writer, {reportOf(QStringLiteral("veh-0"), 7000, 4321),
                                               reportOf(QStringLiteral("veh-0"), 6000, 1111),
                                               reportOf(QStringLiteral("veh-1"), 7000, 8765)});
        QCOMPARE(outcomes.size(), std::size_t(3));
        const auto changes = m_store->shared().changesAfter(before, 100);
        // The refused report is not told.
        QCOMPARE(changes.size(), std::size_t(2));
        QCOMPARE(changes[0].kind, QStringLiteral("report"));
        QCOMPARE(changes[0].subject, QStringLiteral("veh-0"));
        QCOMPARE(changes[0].origin, QStringLiteral("this-instance"));
        ReportRecord told;
        QVERIFY(DeviceRepository::readReportDetail(changes[0].detail, &told));
        QCOMPARE(told.socCenti, 4321);
        QVERIFY(told.pluggedIn);
        QVERIFY(!told.driving);
        QCOMPARE(told.chipDeci, 415);
        QVERIFY(DeviceRepository::readReportDetail(changes[1].detail, &told));
        QCOMPARE(told.socCenti, 8765);
        QVERIFY(!DeviceRepository::readReportDetail(QStringLiteral("4321,1,0"), &told));
        QVERIFY(!DeviceRepository::readReportDetail(QStringLiteral("a,1,0,4"), &told));
    }

    void reportsAreKeptWhileAnotherConnectionWrites()
    {
        // The event loop's own connection commits all the while (as the world's and the
        // sessions' writes do): the writing thread's transactions wait for it, and never fail.
        QVERIFY(addCars(100));
        ReportWriter writer(m_store->url(), {});
        int written = 0;
        QTimer other;
        connect(&other, &QTimer::timeout, this, [&] {
            QString error;
            m_store->devices().replaceDeviceTokens(
                {{QStringLiteral("veh-other"), QByteArray::number(++written)}}, &error);
        });
        other.start(0);
        constexpr int Reports = 2000;
        int answered = 0;
        int kept = 0;
        for (int i = 0; i < Reports; ++i) {
            QVERIFY(writer.keep(reportOf(QStringLiteral("veh-%1").arg(i % 100), 1000 + i, i),
                                [&](const ReportOutcome &outcome) {
                                    ++answered;
                                    kept += outcome.result == ReportOutcome::Kept;
                                }));
            if (i % 50 == 0)
                QTest::qWait(1); // the reports come over time, in many groups
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, Reports, 20000);
        other.stop();
        QVERIFY(written > 10);
        QCOMPARE(kept, Reports);
    }

    void aDatabaseThatCannotBeOpenedAnswersNotKept()
    {
        DatabaseUrl gone;
        gone.sqliteFile = m_dir->filePath(QStringLiteral("no-such-folder/fleet.db"));
        ReportWriter writer(gone, {});
        std::optional<ReportOutcome> answer;
        QVERIFY(writer.keep(reportOf(QStringLiteral("veh-1"), 1, 1),
                            [&answer](const ReportOutcome &outcome) { answer = outcome; }));
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->result, ReportOutcome::NotKept);
    }
};

QTEST_GUILESS_MAIN(TestReportWriter)
#include "test_report_writer.moc"
