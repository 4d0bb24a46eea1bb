// EarningsRange, EarningsModel and SessionsModel against a real idlefleetd.

#include "earningsmodel.h"
#include "earningsworld.h"
#include "moneyformat.h"
#include "payoutsmodel.h"
#include "sessionsmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>

using namespace earningstest;
using idlefleet::app::EarningsModel;
using idlefleet::app::EarningsRange;
using idlefleet::app::PayoutsModel;
using idlefleet::app::SessionsModel;

namespace {

Amounts sumOf(const std::vector<AmountsAt> &entries)
{
    Amounts sum;
    for (const AmountsAt &e : entries) {
        sum.energyWh += e.amounts.energyWh;
        sum.costMicros += e.amounts.costMicros;
        sum.grossMicros += e.amounts.grossMicros;
        sum.ownerMicros += e.amounts.ownerMicros;
        sum.netMicros += e.amounts.netMicros;
        sum.contributingMinutes += e.amounts.contributingMinutes;
    }
    return sum;
}

void compareAmounts(const Amounts &a, const Amounts &b)
{
    QCOMPARE(a.energyWh, b.energyWh);
    QCOMPARE(a.costMicros, b.costMicros);
    QCOMPARE(a.grossMicros, b.grossMicros);
    QCOMPARE(a.ownerMicros, b.ownerMicros);
    QCOMPARE(a.netMicros, b.netMicros);
    QCOMPARE(a.contributingMinutes, b.contributingMinutes);
}

} // namespace

class TestEarningsModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Money and dates in one named locale, whatever the machine's.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_world.start(m_client));
    }

    void theRangeFindsTheCarAndItsCalendar()
    {
        EarningsRange range;
        range.setClient(&m_client);
        range.setVehicleId(m_world.vehicleId);
        QVERIFY(waitReady(range));
        QCOMPARE(range.vehicleName(), m_world.vehicleName);
        QCOMPARE(range.timeZone(), m_world.timeZone);
        // This month: from the car's first of the month to the end of its today.
        QCOMPARE(range.firstDay(), QDate(range.today().year(), range.today().month(), 1));
        QCOMPARE(range.lastDay(), range.today());
        const QDateTime local = range.toLocal(range.from());
        QCOMPARE(local.time(), QTime(0, 0));
        QCOMPARE(local.date(), range.firstDay());
        QCOMPARE(range.toLocal(range.to()).date(), range.today().addDays(1));
        QCOMPARE(range.toLocal(range.to()).time(), QTime(0, 0));

        range.setPreset(EarningsRange::ThisYear);
        QCOMPARE(range.firstDay(), QDate(range.today().year(), 1, 1));
        QVERIFY(!range.setCustomRange(QStringLiteral("2026-03-10"), QStringLiteral("2026-03-01"))
                     .isEmpty());
        QVERIFY(!range.setCustomRange(QStringLiteral("someday"), QStringLiteral("2026-03-01"))
                     .isEmpty());
        QCOMPARE(range.setCustomRange(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31")),
                 QString());
        QCOMPARE(range.preset(), EarningsRange::Custom);
        QCOMPARE(range.firstDay(), QDate(2026, 3, 1));
        QCOMPARE(range.lastDay(), QDate(2026, 3, 31));
    }

    void totalsAreTheSumOfTheBucketsAndTheBackendsOwn()
    {
        EarningsRange range;
        range.setClient(&m_client);
        range.setTimeZone(m_world.timeZone);
        range.setPreset(EarningsRange::LastThreeMonths);
        EarningsModel model;
        model.setClient(&m_client);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reports(&model, &EarningsModel::reportChanged);
        model.setRange(&range);
        range.setVehicleId(m_world.vehicleId);
        QVERIFY(reports.wait(30000));
        QVERIFY(model.errorMessage().isEmpty());
        QVERIFY2(model.count() >= 85, qPrintable(QString::number(model.count())));
        QCOMPARE(model.columnCount(), int(EarningsModel::ColumnCount));
        compareAmounts(sumOf(model.report().entries), model.report().totals);
        QVERIFY(model.report().totals.netMicros != 0);

        AWAIT_JOB(direct, m_client.fetchEarnings(m_world.vehicleId, range.from(), range.to(),
                                                 FleetClient::Period::Day));
        QCOMPARE(direct->error(), FleetJob::NoError);
        compareAmounts(model.report().totals, direct->result().totals);
        QCOMPARE(model.currency(), direct->result().currency);
        // The chart's numbers are the same amounts in units.
        const QModelIndex first = model.index(0, EarningsModel::CostColumn);
        QCOMPARE(first.data().toDouble(),
                 double(direct->result().entries.front().amounts.costMicros) / 1e6);
        QCOMPARE(model.categories().size(), model.count());
        QCOMPARE(model.rowAt(model.index(3, EarningsModel::StartColumn).data().toDouble() + 1), 3);
        QVERIFY(model.describe(0).contains(
            model.index(0, 0).data(EarningsModel::NetTextRole).toString()));
        QVERIFY(model.totalNet().contains(QStringLiteral("€")));
    }

    void switchingThePeriodFetchesAgain()
    {
        EarningsRange range;
        range.setClient(&m_client);
        range.setTimeZone(m_world.timeZone);
        range.setVehicleId(m_world.vehicleId);
        range.setPreset(EarningsRange::LastThreeMonths);
        EarningsModel model;
        model.setClient(&m_client);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reports(&model, &EarningsModel::reportChanged);
        model.setRange(&range);
        QVERIFY(reports.wait(30000));
        const Amounts byDay = model.report().totals;
        const int days = model.count();

        range.setPeriod(EarningsRange::Week);
        QVERIFY(reports.wait(30000));
        QVERIFY2(model.count() >= 13 && model.count() <= 15,
                 qPrintable(QString::number(model.count())));
        QVERIFY(model.count() < days);
        for (const AmountsAt &week : model.report().entries) {
            const QDateTime local = range.toLocal(week.start);
            QCOMPARE(local.time(), QTime(0, 0)); // at midnight where the car is
            if (week.partial && week.start == range.from())
                continue; // the first week, clipped to the range's first day
            QCOMPARE(local.date().dayOfWeek(), 1); // Mondays
        }
        compareAmounts(model.report().totals, byDay);
        compareAmounts(sumOf(model.report().entries), model.report().totals);

        range.setPeriod(EarningsRange::Month);
        QVERIFY(reports.wait(30000));
        QVERIFY(model.count() == 3 || model.count() == 4);
        compareAmounts(model.report().totals, byDay);

        // Hours: more than one call's 31 days, fetched in chunks without a gap or an overlap.
        range.setPeriod(EarningsRange::Hour);
        QVERIFY(reports.wait(30000));
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        QVERIFY(model.count() > 24 * 40);
        for (std::size_t i = 1; i < model.report().entries.size(); ++i)
            QVERIFY(model.report().entries[i - 1].start < model.report().entries[i].start);
        compareAmounts(sumOf(model.report().entries), model.report().totals);
        // Minutes add up exactly; money is rounded once per bucket, so a micro per bucket.
        QCOMPARE(model.report().totals.contributingMinutes, byDay.contributingMinutes);
        QVERIFY(qAbs(model.report().totals.grossMicros - byDay.grossMicros) <= model.count());
    }

    void theBackendGivesHoursForAtMost31Days()
    {
        EarningsRange range;
        range.setTimeZone(m_world.timeZone);
        const QDate day = range.today().addDays(-3);
        AWAIT_JOB(hours, m_client.fetchEarnings(m_world.vehicleId, range.startOfDay(day),
                                                range.startOfDay(day.addDays(1)),
                                                FleetClient::Period::Hour));
        QCOMPARE(hours->error(), FleetJob::NoError);
        QVERIFY(!hours->result().entries.empty() && hours->result().entries.size() <= 24);
        for (const AmountsAt &hour : hours->result().entries) {
            QCOMPARE(hour.start.toSecsSinceEpoch() % 3600, 0);
            QVERIFY(hour.amounts.contributingMinutes <= 60);
        }
        AWAIT_JOB(days, m_client.fetchEarnings(m_world.vehicleId, range.startOfDay(day),
                                               range.startOfDay(day.addDays(1)),
                                               FleetClient::Period::Day));
        QCOMPARE(hours->result().totals.contributingMinutes,
                 days->result().totals.contributingMinutes);

        AWAIT_JOB(tooLong, m_client.fetchEarnings(m_world.vehicleId, range.startOfDay(day),
                                                  range.startOfDay(day.addDays(32)),
                                                  FleetClient::Period::Hour));
        QCOMPARE(tooLong->error(), FleetJob::InvalidRequest);
        QVERIFY2(tooLong->serverError().message.contains(QStringLiteral("31 days")),
                 qPrintable(tooLong->serverError().message));
    }

    void payoutsAreTheBackendsNewestFirst()
    {
        EarningsRange range;
        range.setClient(&m_client);
        range.setTimeZone(m_world.timeZone);
        range.setVehicleId(m_world.vehicleId);
        PayoutsModel model;
        model.setClient(&m_client);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &PayoutsModel::changed);
        model.setRange(&range);
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && model.count() > 0, 30000);
        AWAIT_JOB(direct, m_client.fetchPayouts(m_world.vehicleId));
        QCOMPARE(model.count(), direct->result().payouts_size());
        const v1::Payout &newest = direct->result().payouts(direct->result().payouts_size() - 1);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(PayoutsModel::StateRole).toString(),
                 QString::fromStdString(newest.state()));
        QCOMPARE(first.data(PayoutsModel::NetRole).toString(),
                 app::formatMoney(newest.net_micros(), QStringLiteral("EUR")));
        QVERIFY(
            first.data(PayoutsModel::StatusRole)
                .toString()
                .contains(app::formatMoney(newest.state() == "carried" ? newest.carried_out_micros()
                                                                       : newest.amount_micros(),
                                           QStringLiteral("EUR"))));
        QCOMPARE(model.minimum(), app::formatMoney(10000000, QStringLiteral("EUR")));
    }

    void anErrorKeepsTheRowsAsStale()
    {
        EarningsRange range;
        range.setClient(&m_client);
        range.setTimeZone(m_world.timeZone);
        range.setVehicleId(m_world.vehicleId);
        EarningsModel model;
        model.setClient(&m_client);
        QSignalSpy reports(&model, &EarningsModel::reportChanged);
        model.setRange(&range);
        QVERIFY(reports.wait(30000));
        const int rows = model.count();
        const QDateTime fetchedAt = model.lastUpdated();
        QVERIFY(rows > 0);

        // A backend that shows another key: the fetch fails, the rows stay with their age.
        m_client.setEndpoint(m_world.url(),
                             {QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")});
        QSignalSpy errors(&model, &EarningsModel::errorMessageChanged);
        model.reload();
        QVERIFY(model.loading());
        QVERIFY(errors.wait(30000));
        QVERIFY(!model.errorMessage().isEmpty());
        QCOMPARE(model.count(), rows);
        QCOMPARE(model.lastUpdated(), fetchedAt);

        m_client.setEndpoint(m_world.url(), {m_world.pin()});
        model.reload();
        QVERIFY(reports.wait(30000));
        QVERIFY(model.errorMessage().isEmpty());
        QVERIFY(model.lastUpdated() > fetchedAt);
    }

    void sessionsMatchTheBackendAndSortByAnyColumn()
    {
        EarningsRange range;
        range.setClient(&m_client);
        range.setTimeZone(m_world.timeZone);
        range.setVehicleId(m_world.vehicleId);
        range.setPreset(EarningsRange::LastThreeMonths);
        SessionsModel model;
        model.setClient(&m_client);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &SessionsModel::sessionsChanged);
        model.setRange(&range);
        QVERIFY(loaded.wait(30000));
        QVERIFY(model.count() > 30);

        // The same sessions as two calls over each half of the range (three months and a
        // DST change are more than one call's 92 days, so the model fetched in chunks too).
        const QDateTime middle = range.startOfDay(range.firstDay().addDays(45));
        AWAIT_JOB(early, m_client.fetchSessions(m_world.vehicleId, range.from(), middle));
        AWAIT_JOB(late, m_client.fetchSessions(m_world.vehicleId, middle, range.to()));
        QCOMPARE(early->error(), FleetJob::NoError);
        QCOMPARE(late->error(), FleetJob::NoError);
        // A session that crosses the middle comes in two parts, summed into one.
        std::vector<AmountsAt> direct = early->result().entries;
        appendSessions(direct, late->result().entries);
        QCOMPARE(std::size_t(model.count()), direct.size());
        compareAmounts(sumOf(model.sessions()), sumOf(direct));

        // Newest first to begin with.
        auto column = [&](int c) {
            QList<qint64> values;
            for (int row = 0; row < model.rowCount(); ++row)
                values.append(model.index(row, c).data(SessionsModel::SortValueRole).toLongLong());
            return values;
        };
        QList<qint64> starts = column(SessionsModel::StartColumn);
        QVERIFY(std::is_sorted(starts.rbegin(), starts.rend()));

        QPersistentModelIndex followed = model.index(5, SessionsModel::NetColumn);
        const qint64 followedNet = followed.data(SessionsModel::SortValueRole).toLongLong();
        model.sortBy(SessionsModel::NetColumn);
        QCOMPARE(model.sortColumn(), int(SessionsModel::NetColumn));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        QList<qint64> nets = column(SessionsModel::NetColumn);
        QVERIFY(std::is_sorted(nets.rbegin(), nets.rend()));
        QVERIFY(nets.first() > nets.last());
        QCOMPARE(followed.data(SessionsModel::SortValueRole).toLongLong(), followedNet);
        model.sortBy(SessionsModel::NetColumn);
        QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
        nets = column(SessionsModel::NetColumn);
        QVERIFY(std::is_sorted(nets.begin(), nets.end()));

        model.sortBy(SessionsModel::DurationColumn);
        const QList<qint64> durations = column(SessionsModel::DurationColumn);
        QVERIFY(std::is_sorted(durations.rbegin(), durations.rend()));
        QVERIFY(model.index(0, SessionsModel::DurationColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("h")));
        QVERIFY(model.headerData(SessionsModel::EarnedColumn, Qt::Horizontal).isValid());

        // Switching the period alone does not fetch the same sessions again.
        range.setPeriod(EarningsRange::Week);
        QTest::qWait(100);
        QVERIFY(!model.loading());
    }

    void theChosenSessionListsItsJobsAndCutSessionsAreMarked()
    {
        EarningsRange range;
        range.setClient(&m_client);
        range.setTimeZone(m_world.timeZone);
        range.setVehicleId(m_world.vehicleId);
        range.setPreset(EarningsRange::LastThreeMonths);
        SessionsModel model;
        model.setClient(&m_client);
        QSignalSpy loaded(&model, &SessionsModel::sessionsChanged);
        model.setRange(&range);
        QVERIFY(loaded.wait(30000));
        QVERIFY(model.count() > 30);
        QCOMPARE(model.selectedRow(), -1);
        QCOMPARE(model.selectedJobs()->count(), 0);
        QVERIFY(model.selectedJobs()->sessionText().isEmpty());

        // Every session lists its jobs, and what they paid is the session's gross: entries
        // sum their jobs' pay (spec/ledger.md).
        qint64 failedJobs = 0;
        for (const AmountsAt &session : model.sessions()) {
            QVERIFY(!session.jobs.empty());
            qint64 paid = 0;
            for (const JobInfo &job : session.jobs) {
                QVERIFY(job.start >= session.start && job.end <= session.end);
                paid += job.payMicros;
                failedJobs += job.failed ? 1 : 0;
                if (job.failed)
                    QCOMPARE(job.payMicros, 0);
            }
            QCOMPARE(paid, session.amounts.grossMicros);
        }
        QVERIFY(failedJobs > 0);

        // Choosing a row lists that session's jobs; sorting keeps the same session chosen.
        QSignalSpy chosen(&model, &SessionsModel::selectedRowChanged);
        model.setSelectedRow(3);
        QCOMPARE(chosen.count(), 1);
        const AmountsAt session = model.sessions()[3];
        QCOMPARE(model.selectedJobs()->count(), int(session.jobs.size()));
        QCOMPARE(model.index(3, SessionsModel::JobsColumn).data(SessionsModel::SortValueRole),
                 QVariant(qint64(session.jobs.size())));
        QVERIFY(model.selectedJobs()->sessionText().contains(
            QLocale().toString(range.toLocal(session.start), QLocale::ShortFormat)));
        QVERIFY(model.selectedJobs()->summaryText().contains(
            idlefleet::app::formatMoney(session.amounts.grossMicros, QStringLiteral("EUR"))));
        const QModelIndex first = model.selectedJobs()->index(0);
        QVERIFY(!first.data(idlefleet::app::SessionJobsModel::KindRole).toString().isEmpty());
        QVERIFY(first.data(idlefleet::app::SessionJobsModel::TimeRole)
                    .toString()
                    .contains(QStringLiteral("–")));
        model.sortBy(SessionsModel::NetColumn);
        QVERIFY(model.selectedRow() >= 0);
        QCOMPARE(model.sessions()[std::size_t(model.selectedRow())].start, session.start);
        model.setSelectedRow(-1);
        QCOMPARE(model.selectedJobs()->count(), 0);

        // A range that starts inside a session: the row is marked cut at its start, its
        // figures and jobs are the part inside the range.
        auto crossing =
            std::find_if(model.sessions().begin(), model.sessions().end(), [&](const AmountsAt &s) {
                return range.toLocal(s.start).date() != range.toLocal(s.end).date() &&
                       range.toLocal(s.end).time() != QTime(0, 0);
            });
        QVERIFY2(crossing != model.sessions().end(), "no session runs past a local midnight");
        const AmountsAt whole = *crossing;
        const QDate day = range.toLocal(whole.end).date();
        range.setCustomDays(day, day.addDays(2));
        QVERIFY(loaded.wait(30000));
        QVERIFY(model.anyCut());
        const auto cut = std::find_if(model.sessions().begin(), model.sessions().end(),
                                      [&](const AmountsAt &s) { return s.start == whole.start; });
        QVERIFY(cut != model.sessions().end());
        QVERIFY(cut->cutBefore);
        const int row = int(cut - model.sessions().begin());
        QVERIFY(model.index(row, SessionsModel::StartColumn).data(SessionsModel::CutRole).toBool());
        QVERIFY(!model.index(row, SessionsModel::EndColumn).data(SessionsModel::CutRole).toBool());
        QVERIFY(cut->amounts.contributingMinutes < whole.amounts.contributingMinutes);
        QVERIFY(cut->amounts.grossMicros <= whole.amounts.grossMicros);
        QVERIFY(cut->jobs.size() < whole.jobs.size());
        for (const JobInfo &job : cut->jobs)
            QVERIFY(job.start >= range.from());
    }

private:
    World m_world;
    FleetClient m_client;
};

QTEST_MAIN(TestEarningsModels)
#include "test_earnings_models.moc"
