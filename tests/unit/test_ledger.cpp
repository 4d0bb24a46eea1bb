// The ledger's rules (spec/ledger.md): rounding once, half away from zero; the share of an exact
// gross; entries of one session within one local hour in every zone; jobs that end with their
// entry; the energy-aware sums (solar, wear, carbon); and a book continued after a restart that
// equals one that never stopped.

#include "jobmarket.h"
#include "ledger.h"
#include "money.h"
#include "policy/zonerules.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <map>

using namespace idlefleet;
using namespace idlefleet::backend;

namespace {

qint64 utc(const char *rfc3339)
{
    return QDateTime::fromString(QLatin1String(rfc3339), Qt::ISODate).toSecsSinceEpoch();
}

/// Exact rational rounding, half away from zero, done the slow way: the reference.
qint64 roundReference(qint64 value, qint64 divisor)
{
    const bool negative = (value < 0) != (divisor < 0);
    const quint64 a = quint64(value < 0 ? -value : value);
    const quint64 b = quint64(divisor < 0 ? -divisor : divisor);
    quint64 q = a / b;
    if ((a % b) * 2 >= b)
        ++q;
    return negative ? -qint64(q) : qint64(q);
}

LedgerMinute contributing(qint64 start, int watts = 300, qint64 price = 250000,
                          qint64 gross = 300000, bool plugged = true)
{
    LedgerMinute m;
    m.start = start;
    m.contributing = true;
    m.pluggedIn = plugged;
    m.computeWatts = watts;
    m.priceMicrosPerKwh = price;
    m.grossMicrosPerHour = gross;
    m.shareBasisPoints = JobMarket::OwnerShareBasisPoints;
    m.currency = QStringLiteral("EUR");
    return m;
}

LedgerMinute idle(qint64 start)
{
    LedgerMinute m;
    m.start = start;
    return m;
}

/// Every row a book wrote, the latest version of each (as the store keeps them).
struct Rows
{
    std::map<std::tuple<QString, qint64, qint64>, LedgerEntry> entries; // car, session, start
    std::map<std::pair<QString, QString>, LedgerJob> jobs;              // car, id
    std::map<std::pair<QString, qint64>, LedgerSession> sessions;       // car, start

    void take(LedgerBook &book)
    {
        const LedgerChanges changes = book.take();
        for (const LedgerEntry &e : changes.entries)
            entries[{e.vehicleId, e.sessionStart, e.start}] = e;
        for (const LedgerJob &j : changes.jobs)
            jobs[{j.vehicleId, j.id}] = j;
        for (const LedgerSession &s : changes.sessions)
            sessions[{s.vehicleId, s.start}] = s;
    }
    std::vector<LedgerOpenState> open(qint64 simulatedUntil) const
    {
        // As LedgerRepository::openLedger: each car's latest entry whose last minute reaches the
        // present.
        std::map<QString, LedgerOpenState> out;
        for (const auto &[key, e] : entries) {
            if (e.lastEnd < simulatedUntil)
                continue;
            LedgerOpenState state;
            state.entry = e;
            state.session = sessions.at({e.vehicleId, e.sessionStart});
            for (const auto &[id, j] : jobs) {
                if (j.vehicleId == e.vehicleId && j.state == LedgerJob::Running &&
                    j.entryStart == e.start && j.sessionStart == e.sessionStart)
                    state.job = j;
            }
            out[e.vehicleId] = state;
        }
        std::vector<LedgerOpenState> list;
        for (const auto &[car, state] : out)
            list.push_back(state);
        return list;
    }
};

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundsOnceHalfAwayFromZero()
    {
        QCOMPARE(divideRounded(5, 10), qint64(1));
        QCOMPARE(divideRounded(-5, 10), qint64(-1));
        QCOMPARE(divideRounded(4, 10), qint64(0));
        QCOMPARE(divideRounded(-4, 10), qint64(0));
        QCOMPARE(divideRounded(15, 10), qint64(2));
        QCOMPARE(divideRounded(-15, 10), qint64(-2));
        QCOMPARE(divideRounded(25, 10), qint64(3)); // not to even
        QRandomGenerator random(20261203);
        for (int i = 0; i < 100000; ++i) {
            const qint64 value = qint64(random.generate64() % 2000000000001ULL) - 1000000000000LL;
            const qint64 divisor = qint64(random.bounded(1, 100000));
            QCOMPARE(divideRounded(value, divisor), roundReference(value, divisor));
            // Symmetric: a negative amount rounds to the negation of the positive one.
            QCOMPARE(divideRounded(-value, divisor), -divideRounded(value, divisor));
        }
    }

    void theShareIsTakenFromTheExactGrossNeverTruncated()
    {
        // 70% of 5 micros is 3.5: rounded once, away from zero, it is 4 (truncation gave 3).
        QCOMPARE(shareOf(5, 7000), qint64(4));
        QCOMPARE(shareOf(3, 7000), qint64(2)); // 2.1
        QCOMPARE(shareOf(-5, 7000), qint64(-4));
        QCOMPARE(shareOf(1000000, 7000), qint64(700000));
        QCOMPARE(shareOf(1, 5000), qint64(1)); // 0.5
        QRandomGenerator random(7);
        for (int i = 0; i < 100000; ++i) {
            const qint64 gross = qint64(random.generate64() % 10000000000ULL);
            const int bp = int(random.bounded(0, 10001));
            const qint64 share = shareOf(gross, bp);
            QCOMPARE(share, roundReference(gross * bp, 10000));
            QVERIFY(share >= 0 && share <= gross);
        }
    }

    void localHoursAreWholeInEveryZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("next");
        // Half-hour and 45-minute offsets: local hours start at :30 and :15 past UTC hours.
        QTest::newRow("Kolkata +05:30")
            << QByteArray("Asia/Kolkata") << utc("2026-11-02T10:10:00Z")
            << utc("2026-11-02T09:30:00Z") << utc("2026-11-02T10:30:00Z");
        QTest::newRow("Kathmandu +05:45")
            << QByteArray("Asia/Kathmandu") << utc("2026-11-02T10:10:00Z")
            << utc("2026-11-02T09:15:00Z") << utc("2026-11-02T10:15:00Z");
        QTest::newRow("Chatham +13:45 (summer)")
            << QByteArray("Pacific/Chatham") << utc("2026-01-10T00:00:00Z")
            << utc("2026-01-09T23:15:00Z") << utc("2026-01-10T00:15:00Z");
        // Europe springs forward at 01:00 UTC: 02:00 local never happens; 03:00 starts there.
        QTest::newRow("Berlin before the jump")
            << QByteArray("Europe/Berlin") << utc("2026-03-29T00:30:00Z")
            << utc("2026-03-29T00:00:00Z") << utc("2026-03-29T01:00:00Z");
        QTest::newRow("Berlin after the jump")
            << QByteArray("Europe/Berlin") << utc("2026-03-29T01:30:00Z")
            << utc("2026-03-29T01:00:00Z") << utc("2026-03-29T02:00:00Z");
        // ...and falls back at 01:00 UTC in October: 02:00-03:00 local happens twice, two hours.
        QTest::newRow("Berlin first 02:00")
            << QByteArray("Europe/Berlin") << utc("2026-10-25T00:30:00Z")
            << utc("2026-10-25T00:00:00Z") << utc("2026-10-25T01:00:00Z");
        QTest::newRow("Berlin second 02:00")
            << QByteArray("Europe/Berlin") << utc("2026-10-25T01:30:00Z")
            << utc("2026-10-25T01:00:00Z") << utc("2026-10-25T02:00:00Z");
        // New York: the same on its own days.
        QTest::newRow("New York spring")
            << QByteArray("America/New_York") << utc("2026-03-08T07:20:00Z")
            << utc("2026-03-08T07:00:00Z") << utc("2026-03-08T08:00:00Z");
        // Lord Howe moves by half an hour: at 02:00 local (+10:30, 15:30 UTC) the clock reads
        // 02:30 (+11); the jump starts an entry of its own, half an hour long.
        QTest::newRow("Lord Howe before the jump")
            << QByteArray("Australia/Lord_Howe") << utc("2026-10-03T15:10:00Z")
            << utc("2026-10-03T14:30:00Z") << utc("2026-10-03T15:30:00Z");
        QTest::newRow("Lord Howe after the jump")
            << QByteArray("Australia/Lord_Howe") << utc("2026-10-03T15:40:00Z")
            << utc("2026-10-03T15:30:00Z") << utc("2026-10-03T16:00:00Z");
    }

    void localHoursAreWholeInEveryZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(qint64, at);
        QFETCH(qint64, start);
        QFETCH(qint64, next);
        const auto rules = policy::ZoneRules::forZone(zone);
        QVERIFY(rules);
        QCOMPARE(rules->hourStart(at), start);
        QCOMPARE(rules->nextHourStart(at), next);
        QVERIFY(rules->isHourStart(start));
        QVERIFY(rules->isHourStart(next));
        QVERIFY(!rules->isHourStart(start + 60));
        QCOMPARE(rules->hourStart(start), start);
        QCOMPARE(rules->hourStart(next - 1), start);
        QCOMPARE(rules->hourStartAtOrAfter(start + 1), next);
    }

    void everyMinuteOfAYearLiesInExactlyOneLocalHour()
    {
        for (const char *zone : {"Europe/Berlin", "America/New_York", "Asia/Kolkata",
                                 "Pacific/Chatham", "Australia/Lord_Howe", "UTC"}) {
            const auto rules = policy::ZoneRules::forZone(zone);
            qint64 hours = 0;
            const qint64 from = utc("2026-01-01T00:00:00Z");
            const qint64 to = utc("2027-01-01T00:00:00Z");
            for (qint64 t = rules->hourStart(from); t < to; t = rules->nextHourStart(t)) {
                QVERIFY2(rules->isHourStart(t), zone);
                const qint64 next = rules->nextHourStart(t);
                QVERIFY2(next > t && next - t <= 3600, zone);
                QCOMPARE(rules->hourStart(next - 60), t);
                ++hours;
            }
            // A year of local hours: 8,760 (and the one that holds the year's first instant),
            // give or take the odd hour a zone's jumps make.
            QVERIFY2(hours >= 8759 && hours <= 8764,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(zone)).arg(hours)));
        }
    }

    void aSessionAcrossMidnightHasAnEntryPerLocalHour()
    {
        // 22:10-01:20 in Berlin (winter, UTC+1): entries 22, 23, 00 and 01.
        const auto berlin = policy::ZoneRules::forZone("Europe/Berlin");
        LedgerBook book;
        Rows rows;
        const qint64 first = utc("2026-11-18T21:10:00Z");
        const qint64 last = utc("2026-11-19T00:20:00Z");
        for (qint64 t = first; t < last; t += 60)
            book.add(QStringLiteral("car"), QStringLiteral("owner"), *berlin, contributing(t));
        book.add(QStringLiteral("car"), QStringLiteral("owner"), *berlin, idle(last));
        rows.take(book);
        QCOMPARE(rows.sessions.size(), std::size_t(1));
        QCOMPARE(rows.sessions.begin()->second.minutes, 190);
        QCOMPARE(rows.entries.size(), std::size_t(4));
        const std::vector<int> minutes{50, 60, 60, 20};
        int i = 0;
        for (const auto &[key, e] : rows.entries) {
            QCOMPARE(e.sessionStart, first);
            QCOMPARE(e.start, utc("2026-11-18T21:00:00Z") + i * 3600);
            QCOMPARE(e.end, e.start + 3600);
            QCOMPARE(e.minutes, minutes[std::size_t(i)]);
            // 300 W for 50 minutes is 250 Wh; at 0.25 EUR/kWh, 62,500 micros.
            QCOMPARE(e.energyWh(), divideRounded(300 * e.minutes, 60));
            QCOMPARE(e.costMicros(), divideRounded(Int128(250000) * 300 * e.minutes, 60000));
            ++i;
        }
        // Each entry's gross is the sum of its jobs' pay; no job crosses an entry's end.
        for (const auto &[key, e] : rows.entries) {
            qint64 pay = 0;
            for (const auto &[id, job] : rows.jobs) {
                if (job.entryStart != e.start)
                    continue;
                QVERIFY(job.start >= e.start && job.end <= e.end);
                QVERIFY(job.state != LedgerJob::Running);
                pay += job.payMicros();
            }
            QCOMPARE(e.grossMicros, pay);
            QCOMPARE(e.ownerMicros(), shareOf(e.grossMicros, 7000));
            QCOMPARE(e.netMicros(), e.ownerMicros() - e.costMicros());
        }
    }

    void aFailedJobPaysNothingAndTheNextJobGoesOn()
    {
        const auto utcRules = policy::ZoneRules::forZone("UTC");
        LedgerBook book;
        Rows rows;
        const qint64 t0 = utc("2026-11-18T10:00:00Z");
        for (int i = 0; i < 30; ++i) {
            LedgerMinute m = contributing(t0 + i * 60);
            m.jobFailed = i == 3;
            book.add(QStringLiteral("car"), QStringLiteral("owner"), *utcRules, m);
        }
        book.add(QStringLiteral("car"), QStringLiteral("owner"), *utcRules, idle(t0 + 30 * 60));
        rows.take(book);
        QVERIFY(rows.jobs.size() >= 2);
        qint64 pay = 0;
        int failedJobs = 0;
        for (const auto &[id, job] : rows.jobs) {
            if (job.start == t0) {
                QCOMPARE(job.state, LedgerJob::Failed);
                QCOMPARE(job.payMicros(), qint64(0));
                QCOMPARE(job.end, t0 + 4 * 60);
                ++failedJobs;
            }
            pay += job.payMicros();
        }
        QCOMPARE(failedJobs, 1);
        const LedgerEntry &entry = rows.entries.begin()->second;
        QCOMPARE(entry.grossMicros, pay);
        // 26 paid minutes at 300,000 µ/h, in jobs each rounded once: 130,000 micros.
        QCOMPARE(pay, qint64(26 * 300000 / 60));
    }

    void energyAwareSumsFollowTheContract()
    {
        // Four minutes of one session at noon in Berlin (spec/ledger.md): the surplus covers
        // the whole draw, then part of it; then the car runs on its battery (a surplus there
        // counts for nothing); then it draws from a grid of unknown intensity.
        const auto berlin = policy::ZoneRules::forZone("Europe/Berlin");
        const qint64 t0 = utc("2026-06-21T10:00:00Z");
        LedgerBook book;
        auto minute = [&](int i, int surplus, bool plugged, int carbon) {
            LedgerMinute m = contributing(t0 + i * 60, 300, 300000, 300000, plugged);
            m.solarWatts = surplus;
            m.carbonGramsPerKwh = carbon;
            m.feedInMicrosPerKwh = 80000;
            m.wearMicrosPerKwh = 106667;
            book.add(QStringLiteral("car"), QStringLiteral("owner"), *berlin, m);
        };
        minute(0, 500, true, 400);
        minute(1, 120, true, 400);
        minute(2, 999, false, 400);
        minute(3, 0, true, -1);
        const LedgerChanges changes = book.take();
        QCOMPARE(changes.entries.size(), std::size_t(1));
        const LedgerEntry &e = changes.entries.front();
        QCOMPARE(e.wattMinutes, qint64(1200));
        QCOMPARE(e.solarWattMinutes, qint64(300 + 120));
        QCOMPARE(e.gridWattMinutes, qint64(180 + 300));
        QCOMPARE(e.batteryWattMinutes, qint64(300));
        // feed-in x S + price x G: 80,000 x 300; 80,000 x 120 + 300,000 x 180; 300,000 x 300
        // twice.
        QCOMPARE(e.priceWattMinutes, qint64(24000000) + 9600000 + 54000000 + 90000000 + 90000000);
        QCOMPARE(e.wearWattMinutes, qint64(106667) * 300);
        QCOMPARE(e.carbonWattMinutes, qint64(400) * 180);
        QCOMPARE(e.carbonUnknownWattMinutes, qint64(300));
        QCOMPARE(e.carbonAvoidedWattMinutes, qint64(400) * (300 + 120));
        // Each amount rounded once, half away from zero.
        QCOMPARE(e.energyWh(), qint64(20));
        QCOMPARE(e.solarWh(), qint64(7));
        QCOMPARE(e.gridWh(), qint64(8));
        QCOMPARE(e.batteryWh(), qint64(5));
        QCOMPARE(e.costMicros(), qint64(4460));      // 267,600,000 / 60,000
        QCOMPARE(e.wearMicros(), qint64(533));       // 32,000,100 / 60,000 = 533.3
        QCOMPARE(e.carbonGrams(), qint64(1));        // 72,000 / 60,000 = 1.2
        QCOMPARE(e.carbonUnknownWh(), qint64(5));    // 300 / 60
        QCOMPARE(e.carbonAvoidedGrams(), qint64(3)); // 168,000 / 60,000 = 2.8
        QCOMPARE(e.netMicros(), e.ownerMicros() - 4460 - 533);
    }

    void aBookContinuedAfterARestartEqualsOneThatNeverStopped()
    {
        // Three cars (one in a +05:30 zone, one an organisation's with 15-minute steps) over
        // three days of random contribution; one book runs through, another is rebuilt from the
        // kept rows at random moments (as idlefleetd after kill -9 at a commit).
        const auto berlin = policy::ZoneRules::forZone("Europe/Berlin");
        const auto kolkata = policy::ZoneRules::forZone("Asia/Kolkata");
        struct Car
        {
            QString id;
            const policy::ZoneRules *zone;
            int step;
        };
        const std::vector<Car> cars{{QStringLiteral("a"), berlin.get(), 1},
                                    {QStringLiteral("b"), kolkata.get(), 1},
                                    {QStringLiteral("org"), berlin.get(), 15}};
        QRandomGenerator random(42);
        std::vector<std::vector<LedgerMinute>> minutes(cars.size());
        const qint64 t0 = utc("2026-03-28T00:00:00Z"); // across Europe's spring jump
        for (std::size_t c = 0; c < cars.size(); ++c) {
            bool on = false;
            for (qint64 t = t0; t < t0 + 3 * 86400; t += 60 * cars[c].step) {
                if (random.bounded(40) == 0)
                    on = !on;
                LedgerMinute m =
                    on ? contributing(t, 250 + int(random.bounded(100)),
                                      100000 + random.bounded(300000),
                                      200000 + random.bounded(200000), random.bounded(2) == 0)
                       : idle(t);
                m.minutes = cars[c].step;
                m.jobFailed = on && random.bounded(50) == 0;
                m.solarWatts = int(random.bounded(400));
                m.carbonGramsPerKwh = int(random.bounded(-100, 700)); // below 0: unknown
                m.feedInMicrosPerKwh = random.bounded(100000);
                m.wearMicrosPerKwh = random.bounded(200000);
                minutes[c].push_back(m);
            }
        }
        auto feed = [&](LedgerBook &book, qint64 from, qint64 to) {
            for (std::size_t c = 0; c < cars.size(); ++c) {
                for (const LedgerMinute &m : minutes[c]) {
                    if (m.start >= from && m.start < to)
                        book.add(cars[c].id, QStringLiteral("owner"), *cars[c].zone, m);
                }
            }
        };
        LedgerBook straight;
        Rows reference;
        feed(straight, t0, t0 + 3 * 86400);
        reference.take(straight);

        Rows kept;
        auto book = std::make_unique<LedgerBook>();
        qint64 at = t0;
        int restarts = 0;
        while (at < t0 + 3 * 86400) {
            // Commits on whole quarter hours, as the organisation's steps need.
            const qint64 next =
                std::min<qint64>(t0 + 3 * 86400, at + 900 * (1 + qint64(random.bounded(12))));
            feed(*book, at, next);
            kept.take(*book);
            at = next;
            book = std::make_unique<LedgerBook>();
            book->restore(kept.open(at));
            ++restarts;
        }
        QVERIFY(restarts > 20);
        QCOMPARE(kept.entries.size(), reference.entries.size());
        for (const auto &[key, e] : reference.entries) {
            const LedgerEntry &k = kept.entries.at(key);
            QCOMPARE(k.minutes, e.minutes);
            QCOMPARE(k.wattMinutes, e.wattMinutes);
            QCOMPARE(k.gridWattMinutes, e.gridWattMinutes);
            QCOMPARE(k.priceWattMinutes, e.priceWattMinutes);
            QCOMPARE(k.solarWattMinutes, e.solarWattMinutes);
            QCOMPARE(k.wearWattMinutes, e.wearWattMinutes);
            QCOMPARE(k.carbonWattMinutes, e.carbonWattMinutes);
            QCOMPARE(k.carbonUnknownWattMinutes, e.carbonUnknownWattMinutes);
            QCOMPARE(k.carbonAvoidedWattMinutes, e.carbonAvoidedWattMinutes);
            QCOMPARE(k.grossMicros, e.grossMicros);
            QCOMPARE(k.lastEnd, e.lastEnd);
        }
        QCOMPARE(kept.jobs.size(), reference.jobs.size());
        for (const auto &[id, j] : reference.jobs) {
            QCOMPARE(kept.jobs.at(id).payMicros(), j.payMicros());
            QCOMPARE(kept.jobs.at(id).operations, j.operations);
        }
        QCOMPARE(kept.sessions.size(), reference.sessions.size());
        // Entries of the +05:30 car start at :30 past UTC hours.
        for (const auto &[key, e] : reference.entries) {
            if (e.vehicleId == QLatin1String("b"))
                QCOMPARE(e.start % 3600, qint64(1800));
        }
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "test_ledger.moc"
