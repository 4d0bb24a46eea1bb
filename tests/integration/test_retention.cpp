// How long minute rows are kept (--minute-history-days) against a real idlefleetd: the minutes
// older than the retention go, every figure stays what it was (earnings, sessions and the hourly
// history are kept whole), and asking for the minutes that went answers 410 history_retained.

#include "backendtestbase.h"

class RetentionTest : public BackendTestBase
{
    Q_OBJECT

    struct Figures
    {
        EarningsReport earnings;
        EarningsReport sessions;
        std::vector<HistoryPoint> hours;
    };

    /// What the owner sees of the car over the three weeks that end a week before now.
    Figures figures(FleetClient &owner, const QDateTime &now)
    {
        const QDateTime from = now.addDays(-28);
        const QDateTime to = now.addDays(-8);
        Figures out;
        out.earnings =
            FINISHED_JOB(owner.fetchEarnings(Car, from, to, FleetClient::Period::Day))->result();
        out.sessions = FINISHED_JOB(owner.fetchSessions(Car, from, to))->result();
        out.hours = FINISHED_JOB(owner.fetchHistory(Car, from, to, FleetClient::Resolution::Hour))
                        ->result();
        return out;
    }

    static inline const QString Car = QStringLiteral("veh-alex-1");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_backend.start(dataDir(), worlds::ordinaryDay(),
                                 {QStringLiteral("--demo-world"), QStringLiteral("--world-size"),
                                  QStringLiteral("20"), QStringLiteral("--backfill-days"),
                                  QStringLiteral("30")}),
                 qPrintable(m_backend.error()));
    }

    void oldMinutesGoAndEveryFigureStays()
    {
        FleetClient owner;
        signIn(owner);
        // The hour the world is in (its start took some seconds): ranges start on whole hours.
        const QDateTime started = worldNow();
        const QDateTime now = started.addSecs(-(started.toSecsSinceEpoch() % 3600));
        const Figures before = figures(owner, now);
        QVERIFY(before.earnings.totals.netMicros != 0);
        QVERIFY(!before.sessions.entries.empty());
        QVERIFY(!before.hours.empty());
        AWAIT_JOB(minutesBefore, owner.fetchEvents(Car, now.addDays(-20), now.addDays(-19)));
        QCOMPARE(minutesBefore->error(), FleetJob::NoError);

        // The same world again, keeping a week of minutes.
        m_backend.stop();
        m_backend.takeStandardError();
        QVERIFY2(m_backend.start(dataDir(), worlds::ordinaryDay(),
                                 {QStringLiteral("--minute-history-days"), QStringLiteral("7")}),
                 qPrintable(m_backend.error()));
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT((log += m_backend.takeStandardError())
                                     .contains(QLatin1String("older than 7 days went")),
                                 20000);
        signIn(owner);
        const Figures after = figures(owner, now);
        QCOMPARE(after.earnings.totals.netMicros, before.earnings.totals.netMicros);
        QCOMPARE(after.earnings.totals.energyWh, before.earnings.totals.energyWh);
        QCOMPARE(after.earnings.entries.size(), before.earnings.entries.size());
        QCOMPARE(after.sessions.entries.size(), before.sessions.entries.size());
        QCOMPARE(after.hours.size(), before.hours.size());
        for (std::size_t i = 0; i < after.hours.size(); ++i) {
            QCOMPARE(after.hours[i].minutes, before.hours[i].minutes);
            QCOMPARE(after.hours[i].contributingMinutes, before.hours[i].contributingMinutes);
            QCOMPARE(after.hours[i].computeEnergyWh, before.hours[i].computeEnergyWh);
        }

        // The minutes that went: events, minute history and traces answer 410 and say why.
        AWAIT_JOB(events, owner.fetchEvents(Car, now.addDays(-20), now.addDays(-19)));
        QCOMPARE(events->httpStatus(), 410);
        QCOMPARE(events->serverError().code, QStringLiteral("history_retained"));
        QVERIFY2(events->serverError().message.contains(QLatin1String("kept for 7 days")),
                 qPrintable(events->serverError().message));
        AWAIT_JOB(minutes, owner.fetchHistory(Car, now.addDays(-20), now.addDays(-19),
                                              FleetClient::Resolution::Minute));
        QCOMPARE(minutes->serverError().code, QStringLiteral("history_retained"));
        AWAIT_JOB(trace, owner.fetchTrace(Car, now.addDays(-20)));
        QCOMPARE(trace->serverError().code, QStringLiteral("history_retained"));
        // The week kept answers as before.
        AWAIT_JOB(recent, owner.fetchEvents(Car, now.addDays(-2), now.addDays(-1)));
        QCOMPARE(recent->error(), FleetJob::NoError);
    }

    void aBadRetentionIsRefused()
    {
        for (const QString &bad : {QStringLiteral("0"), QStringLiteral("x"), QStringLiteral("3661"),
                                   QStringLiteral("-5")}) {
            const Run run =
                testing::run(BackendProcess::program(),
                             {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("bad")),
                              QStringLiteral("--minute-history-days"), bad});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("--minute-history-days"), run.err.constData());
        }
    }

    void cleanupTestCase() { m_backend.stop(); }
};

QTEST_GUILESS_MAIN(RetentionTest)
#include "test_retention.moc"
