// Status reports kept in groups (ReportWriter): every report is answered only once it is in the
// real database file, on the event loop's thread; reports waiting are known for the order check;
// a database that cannot be opened answers false rather than hanging.

#include "reportwriter.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace idlefleet::backend;

class TestReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsAreAnsweredOnceKept()
    {
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("fleet.db")), &error), qPrintable(error));
        ReportWriter writer(store.url(), {});
        constexpr int Reports = 300;
        int kept = 0;
        bool allOnThisThread = true;
        bool eachInTheDatabase = true;
        for (int i = 0; i < Reports; ++i) {
            ReportRecord report;
            report.vehicleId = QStringLiteral("veh-%1").arg(i % 100);
            report.observedMs = 1000 + i;
            report.socCenti = 5000 + i;
            QVERIFY(writer.keep(report, [&, report](bool ok) {
                allOnThisThread &= QThread::currentThread() == thread();
                const auto last = store.devices().lastReport(report.vehicleId);
                eachInTheDatabase &= ok && last && last->observedMs >= report.observedMs;
                ++kept;
            }));
        }
        // Waiting reports count for the order check until they are kept.
        QCOMPARE(writer.pendingObservedMs(QStringLiteral("veh-7")), qint64(1000 + 207));
        QCOMPARE(kept, 0);
        QTRY_COMPARE(kept, Reports);
        QVERIFY(allOnThisThread);
        QVERIFY(eachInTheDatabase);
        QCOMPARE(writer.pendingObservedMs(QStringLiteral("veh-7")), qint64(0));
        QCOMPARE(store.devices().lastReport(QStringLiteral("veh-99"))->socCenti, 5000 + 299);
    }

    void aDatabaseThatCannotBeOpenedAnswersFalse()
    {
        QTemporaryDir dir;
        DatabaseUrl gone;
        gone.sqliteFile = dir.filePath(QStringLiteral("no-such-folder/fleet.db"));
        ReportWriter writer(gone, {});
        std::optional<bool> answer;
        ReportRecord report;
        report.vehicleId = QStringLiteral("veh-1");
        QVERIFY(writer.keep(report, [&answer](bool ok) { answer = ok; }));
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!*answer);
    }
};

QTEST_GUILESS_MAIN(TestReportWriter)
#include "test_report_writer.moc"
