// spec/ledger.md, Durability: idlefleetd killed with SIGKILL at random moments, during the
// first backfill and during live ticks, keeps a ledger (and status history) equal to that of a
// world that never crashed: nothing counted twice, nothing lost. So does a world whose live
// commits fail (IDLEFLEETD_FAIL_AT): it goes back to its last commit and simulates again.

#include "backendprocess.h"
#include "worldinstants.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {

// Two private cars over 200 days of backfill (a few seconds to build, one commit a day) and an
// organisation of 40 cars at 15-minute steps; live ticks move five world minutes a second.
// Every minute is kept (the retention would prune each world at its own moments, and the
// minutes are compared row by row).
const QStringList WorldArguments{
    QStringLiteral("--demo-world"), QStringLiteral("--world-size"),
    QStringLiteral("40"),           QStringLiteral("--backfill-days"),
    QStringLiteral("200"),          QStringLiteral("--clock-speed"),
    QStringLiteral("300"),          QStringLiteral("--minute-history-days"),
    QStringLiteral("3660")};

/// The rows of `sql` as text, one line a row.
QStringList rowsOf(const QString &path, const QString &sql, qint64 until)
{
    QStringList out;
    const QString name = QStringLiteral("durability-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {QStringLiteral("cannot open ") + path};
        QSqlQuery query(db);
        query.prepare(sql);
        query.addBindValue(until);
        if (!query.exec())
            return {QStringLiteral("query failed: ") + sql};
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).toString());
            out.append(values.join(QLatin1Char('|')));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

qint64 simulatedUntil(const QString &path)
{
    const QStringList rows = rowsOf(path,
                                    QStringLiteral("SELECT value / 1000 FROM meta WHERE key = "
                                                   "'simulated_until_ms' AND ? IS NOT NULL"),
                                    0);
    return rows.isEmpty() ? 0 : rows.first().toLongLong();
}

} // namespace

class TestLedgerDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aWorldKilledAtRandomKeepsTheLedgerOfOneThatNeverCrashed()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString reference = folder.filePath(QStringLiteral("reference"));
        const QString crashed = folder.filePath(QStringLiteral("crashed"));
        const QDateTime start = worlds::ordinaryDay();

        // The world that never crashed: built, then stopped as it should be.
        {
            BackendProcess backend;
            QVERIFY2(backend.start(reference, start, WorldArguments), qPrintable(backend.error()));
            backend.stop();
        }

        // The same world, killed at random moments: while it builds its past (before its first
        // line) and while it ticks (after), at least ten times each.
        QRandomGenerator random(20261203);
        int duringBackfill = 0;
        int duringTicks = 0;
        QStringList arguments{QStringLiteral("--data"),        crashed,
                              QStringLiteral("--listen"),      QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--world-start"), worlds::argument(start)};
        arguments += WorldArguments;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("IDLEFLEETD_DEAD_SPOTS"), QStringLiteral("off"));
        for (int round = 0; round < 80 && (duringBackfill < 10 || duringTicks < 10); ++round) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(BackendProcess::program(), arguments);
            QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
            // Before the first line: short waits land in the backfill; after it, a tick or two.
            const int waitMs =
                duringBackfill < 10 ? int(random.bounded(40, 700)) : int(random.bounded(300, 2500));
            QElapsedTimer waited;
            waited.start();
            bool ready = false;
            while (waited.elapsed() < waitMs) {
                process.waitForReadyRead(std::max<qint64>(1, waitMs - waited.elapsed()));
                ready = ready || process.canReadLine();
                if (process.state() != QProcess::Running)
                    break;
            }
            QVERIFY2(process.state() == QProcess::Running,
                     qPrintable(QString::fromLocal8Bit(process.readAllStandardError())));
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            (ready ? duringTicks : duringBackfill) += 1;
        }
        QVERIFY2(duringBackfill >= 10 && duringTicks >= 10,
                 qPrintable(QStringLiteral("%1 kills during the backfill, %2 during ticks")
                                .arg(duringBackfill)
                                .arg(duringTicks)));
        qInfo("killed %d times while building the past, %d times while ticking", duringBackfill,
              duringTicks);
        {
            BackendProcess backend;
            QVERIFY2(backend.start(crashed, start, WorldArguments), qPrintable(backend.error()));
            backend.stop();
        }

        compareWorlds(reference, crashed, start);
    }

    void aCommitThatFailsIsSimulatedAgain()
    {
        // The leader's live commits fail three times (as a lost connection or a full disk
        // would): each time the world goes back to its last commit and simulates again, and
        // keeps what a world whose commits never failed keeps.
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString reference = folder.filePath(QStringLiteral("reference"));
        const QString failed = folder.filePath(QStringLiteral("failed"));
        const QDateTime start = worlds::ordinaryDay();
        const QStringList arguments{QStringLiteral("--demo-world"),
                                    QStringLiteral("--world-size"),
                                    QStringLiteral("40"),
                                    QStringLiteral("--backfill-days"),
                                    QStringLiteral("3"),
                                    QStringLiteral("--clock-speed"),
                                    QStringLiteral("1200"),
                                    QStringLiteral("--minute-history-days"),
                                    QStringLiteral("3660")};
        {
            BackendProcess backend;
            QVERIFY2(backend.start(reference, start, arguments), qPrintable(backend.error()));
            QTest::qWait(8000); // some two hours of the world, live
            backend.stop();
        }
        {
            BackendProcess backend;
            backend.setEnvironmentValue(QStringLiteral("IDLEFLEETD_FAIL_AT"),
                                        QStringLiteral("world-commit"));
            backend.setEnvironmentValue(QStringLiteral("IDLEFLEETD_FAIL_TIMES"),
                                        QStringLiteral("3"));
            QVERIFY2(backend.start(failed, start, arguments), qPrintable(backend.error()));
            QTRY_COMPARE_WITH_TIMEOUT(
                backend.log().count("the commit failed (IDLEFLEETD_FAIL_AT); simulating again "
                                    "from the last commit"),
                3, 20000);
            QTest::qWait(6000); // and commits that are kept after them
            backend.stop();
        }
        compareWorlds(reference, failed, start);
    }

private:
    /// The ledger and status history of the worlds in folders `reference` and `other`, started
    /// at `start`, over what both have simulated, are the same row for row.
    static void compareWorlds(const QString &reference, const QString &other,
                              const QDateTime &start)
    {
        // What both worlds have simulated, less an hour (entries of an hour still open, or a
        // job whose end is not known yet, may differ between a world that stopped earlier).
        const QString a = reference + QStringLiteral("/idlefleetd.sqlite");
        const QString b = other + QStringLiteral("/idlefleetd.sqlite");
        const qint64 until = std::min(simulatedUntil(a), simulatedUntil(b)) - 3600;
        QVERIFY(until > start.toSecsSinceEpoch() - 3600 - 60);
        const QStringList queries{
            QStringLiteral("SELECT * FROM ledger_entries WHERE end <= ? "
                           "ORDER BY vehicle_id, session_start, start"),
            QStringLiteral("SELECT * FROM ledger_jobs WHERE end <= ? ORDER BY vehicle_id, id"),
            QStringLiteral("SELECT * FROM ledger_sessions WHERE end <= ? "
                           "ORDER BY vehicle_id, start"),
            QStringLiteral("SELECT vehicle_id, minute, soc_centi, flags, compute_watts, reasons, "
                           "price_micros_per_kwh, gross_micros_per_hour FROM status_minutes "
                           "WHERE minute * 60 < ? ORDER BY vehicle_id, minute"),
            // The organisation's totals kept beside its entries, by group.
            QStringLiteral("SELECT * FROM ledger_group_hours WHERE (hour + 1) * 3600 <= ? "
                           "ORDER BY owner, currency, hour, group_name"),
            // The roll-ups the charts read: an hour counted twice after a crash shows here.
            QStringLiteral("SELECT vehicle_id, bucket, minutes, contributing_minutes, "
                           "compute_watt_minutes FROM status_rollups WHERE resolution = 2 AND "
                           "(bucket + 1) * 3600 <= ? ORDER BY vehicle_id, bucket"),
        };
        for (const QString &sql : queries) {
            const QStringList expected = rowsOf(a, sql, until);
            const QStringList actual = rowsOf(b, sql, until);
            QVERIFY2(expected.size() > 20, qPrintable(sql));
            if (expected == actual)
                continue;
            for (int i = 0; i < std::min(expected.size(), actual.size()); ++i) {
                if (expected[i] != actual[i])
                    QFAIL(qPrintable(QStringLiteral("%1\nrow %2: expected %3\n          got %4")
                                         .arg(sql)
                                         .arg(i)
                                         .arg(expected[i], actual[i])));
            }
            QFAIL(qPrintable(QStringLiteral("%1\n%2 rows expected, %3 kept")
                                 .arg(sql)
                                 .arg(expected.size())
                                 .arg(actual.size())));
        }
    }
};

QTEST_GUILESS_MAIN(TestLedgerDurability)
#include "test_ledger_durability.moc"
