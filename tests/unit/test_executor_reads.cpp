// The executor's reading threads: each reads through its own connection to the real database
// file, which refuses writes; answers come back on the event loop; a full queue and a database
// that cannot be opened answer 503 with Retry-After instead of piling up work or hanging. Who
// asks is looked up apart from the slow reads; changes are committed one at a time, in order, on
// a writing thread of their own. Beside them, the database's helpers for work
// off the loop: statements kept prepared per connection, a paced piece of work, and the world
// as last committed read back in pages of one snapshot.

#include "executor.h"
#include "store.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>
#include <set>

using namespace idlefleet::backend;

namespace {

/// Where a deferred answer lands once delivered.
struct Answer
{
    bool delivered = false;
    http::Response response;
    QThread *thread = nullptr;
};

std::shared_ptr<Answer> await(http::Response response)
{
    auto answer = std::make_shared<Answer>();
    if (!response.later) {
        answer->delivered = true;
        answer->response = std::move(response);
        answer->thread = QThread::currentThread();
        return answer;
    }
    response.later([answer](http::Response done) {
        answer->delivered = true;
        answer->response = std::move(done);
        answer->thread = QThread::currentThread();
    });
    return answer;
}

} // namespace

class TestExecutorReads : public QObject
{
    Q_OBJECT

    /// A database that cannot be opened: its folder does not exist.
    DatabaseUrl gone() const
    {
        DatabaseUrl url;
        url.sqliteFile = m_dir.filePath(QStringLiteral("no-such-folder/fleet.db"));
        return url;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("fleet.db"));
        m_store = std::make_unique<Store>();
        QString error;
        QVERIFY2(m_store->open(m_path, &error), qPrintable(error));
    }

    void cleanup() { m_store.reset(); }

    void readsRunOnAWorkerWithTheirOwnConnection()
    {
        Executor executor;
        executor.setDatabase(m_store->url(), {});
        std::atomic<QThread *> worker{nullptr};
        std::atomic<const Store *> used{nullptr};
        const auto answer = await(executor.read([&](const Store &store) {
            worker = QThread::currentThread();
            used = &store;
            http::Response response;
            response.body = QByteArray::number(store.schemaVersion());
            return response;
        }));
        QCOMPARE(executor.queuedReads(), 1);
        QTRY_VERIFY(answer->delivered);
        QCOMPARE(answer->response.status, 200);
        QCOMPARE(answer->response.body, QByteArray::number(m_store->schemaVersion()));
        QVERIFY(worker.load() != QThread::currentThread());
        QVERIFY(used.load() != m_store.get());
        QCOMPARE(answer->thread, QThread::currentThread());
        QCOMPARE(executor.queuedReads(), 0);
    }

    void aReadersConnectionRefusesWrites()
    {
        Store reader;
        QString error;
        QVERIFY2(reader.openReader(m_store->url(), &error), qPrintable(error));
        QVERIFY(!reader.accounts().insertConsent(QStringLiteral("acc-nobody"),
                                                 QStringLiteral("2026-01"), 1));
        QVERIFY(m_store->accounts().consentsOf(QStringLiteral("acc-nobody")).empty());
        // What the primary connection commits, the reader sees.
        QVERIFY(m_store->isEmpty());
        QVERIFY(reader.isEmpty());
    }

    void aFullQueueAnswersBusy()
    {
        Executor executor;
        executor.setDatabase(m_store->url(), {});
        QSemaphore gate;
        std::vector<std::shared_ptr<Answer>> answers;
        for (int i = 0; i < Executor::MaxQueuedReads + 5; ++i)
            answers.push_back(await(executor.read([&gate](const Store &) {
                gate.acquire();
                return http::Response{};
            })));
        int refused = 0;
        for (const auto &answer : answers) {
            if (answer->delivered) {
                QCOMPARE(answer->response.status, 503);
                QCOMPARE(answer->response.headers.value(0).first, QByteArray("Retry-After"));
                ++refused;
            }
        }
        QCOMPARE(refused, 5);
        QCOMPARE(executor.queuedReads(), Executor::MaxQueuedReads);
        gate.release(Executor::MaxQueuedReads);
        QTRY_COMPARE(executor.queuedReads(), 0);
        for (const auto &answer : answers)
            QVERIFY(answer->delivered);
        // Room again once the queue has drained.
        const auto again = await(executor.read([](const Store &) { return http::Response{}; }));
        QTRY_VERIFY(again->delivered);
        QCOMPARE(again->response.status, 200);
    }

    void aDatabaseThatCannotBeOpenedAnswersBusy()
    {
        Executor executor;
        executor.setDatabase(gone(), {});
        bool ran = false;
        const auto answer = await(executor.read([&ran](const Store &) {
            ran = true;
            return http::Response{};
        }));
        QTRY_VERIFY(answer->delivered);
        QCOMPARE(answer->response.status, 503);
        QVERIFY(answer->response.body.contains("cannot be reached"));
        QVERIFY(!ran);
    }

    void lookUpsAreNotHeldUpBySlowReads()
    {
        Executor executor;
        executor.setDatabase(m_store->url(), {});
        QSemaphore gate;
        std::vector<std::shared_ptr<Answer>> reads;
        for (int i = 0; i < Executor::ReadingThreads + 2; ++i)
            reads.push_back(await(executor.read([&gate](const Store &) {
                gate.acquire();
                return http::Response{};
            })));
        std::optional<int> found;
        std::atomic<QThread *> worker{nullptr};
        QVERIFY(executor.lookUp<int>(
            [&worker](const Store &store) {
                worker = QThread::currentThread();
                return store.schemaVersion();
            },
            [&found](std::optional<int> version) { found = version.value_or(-1); }));
        // Every reading thread waits at the gate, and the look-up is answered all the same.
        QTRY_VERIFY(found.has_value());
        QCOMPARE(*found, m_store->schemaVersion());
        QVERIFY(worker.load() != QThread::currentThread());
        for (const auto &read : reads)
            QVERIFY(!read->delivered);
        gate.release(int(reads.size()));
        QTRY_COMPARE(executor.queuedReads(), 0);
    }

    void aFullLookUpQueueRefusesAndAGoneDatabaseGivesNothing()
    {
        Executor executor;
        executor.setDatabase(m_store->url(), {});
        QSemaphore gate;
        int done = 0;
        for (int i = 0; i < Executor::MaxQueuedLookUps; ++i)
            QVERIFY(executor.lookUp<bool>(
                [&gate](const Store &) {
                    gate.acquire();
                    return true;
                },
                [&done](std::optional<bool>) { ++done; }));
        QVERIFY(!executor.lookUp<bool>([](const Store &) { return true; },
                                       [](std::optional<bool>) { QFAIL("refused work ran"); }));
        gate.release(Executor::MaxQueuedLookUps);
        QTRY_COMPARE(done, Executor::MaxQueuedLookUps);

        Executor nowhere;
        nowhere.setDatabase(gone(), {});
        bool ran = false;
        std::optional<std::optional<bool>> result;
        QVERIFY(nowhere.lookUp<bool>(
            [&ran](const Store &) {
                ran = true;
                return true;
            },
            [&result](std::optional<bool> found) { result = found; }));
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->has_value());
        QVERIFY(!ran);
    }

    void writesAreCommittedInOrderOnOneThreadOfTheirOwn()
    {
        AccountRecord account;
        account.id = QStringLiteral("acc-order");
        account.email = QStringLiteral("order@example.com");
        QString error;
        QVERIFY2(m_store->accounts().insertAccount(account, &error), qPrintable(error));
        Executor executor;
        executor.setDatabase(m_store->url(), {});
        std::vector<int> done;
        std::set<QThread *> threads;
        QMutex guard;
        for (int i = 0; i < 20; ++i)
            QVERIFY(executor.write<bool>(
                [i, &threads, &guard](Store &store) {
                    {
                        QMutexLocker locked(&guard);
                        threads.insert(QThread::currentThread());
                    }
                    return store.accounts().insertConsent(QStringLiteral("acc-order"),
                                                          QStringLiteral("2026-%1").arg(i), i);
                },
                [i, &done](std::optional<bool> kept) {
                    QVERIFY(kept.value_or(false));
                    done.push_back(i);
                }));
        QTRY_COMPARE(done.size(), std::size_t(20));
        QCOMPARE(executor.queuedWrites(), 0);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(done[std::size_t(i)], i);
        QCOMPARE(threads.size(), std::size_t(1));
        QVERIFY(*threads.begin() != QThread::currentThread());
        // Committed: the event loop's own connection sees every one, in the order asked for.
        const auto kept = m_store->accounts().consentsOf(QStringLiteral("acc-order"));
        QCOMPARE(kept.size(), std::size_t(20));
        for (std::size_t i = 0; i < kept.size(); ++i)
            QCOMPARE(kept[i].atMs, qint64(i));
    }

    void aFullWriteQueueRefusesAndAGoneDatabaseGivesNothing()
    {
        Executor executor;
        executor.setDatabase(m_store->url(), {});
        QSemaphore gate;
        int done = 0;
        for (int i = 0; i < Executor::MaxQueuedWrites; ++i)
            QVERIFY(executor.write<bool>(
                [&gate](Store &) {
                    gate.acquire();
                    return true;
                },
                [&done](std::optional<bool>) { ++done; }));
        QVERIFY(!executor.write<bool>([](Store &) { return true; },
                                      [](std::optional<bool>) { QFAIL("refused work ran"); }));
        const auto refused = await(executor.write([](Store &) { return http::Response{}; }));
        QVERIFY(refused->delivered);
        QCOMPARE(refused->response.status, 503);
        QCOMPARE(refused->response.headers.value(0).first, QByteArray("Retry-After"));
        gate.release(Executor::MaxQueuedWrites);
        QTRY_COMPARE(done, Executor::MaxQueuedWrites);

        Executor nowhere;
        nowhere.setDatabase(gone(), {});
        bool ran = false;
        const auto answer = await(nowhere.write([&ran](Store &) {
            ran = true;
            return http::Response{};
        }));
        QTRY_VERIFY(answer->delivered);
        QCOMPARE(answer->response.status, 503);
        QVERIFY(answer->response.body.contains("cannot be reached"));
        QVERIFY(!ran);
    }

    void preparedStatementsAreKeptAndBoundAfresh()
    {
        QString error;
        DatabaseUrl url = m_store->url();
        const QString name = QStringLiteral("prepared");
        {
            QVERIFY2(openDatabase(url, name, &error), qPrintable(error));
            QSqlDatabase db = QSqlDatabase::database(name);
            QSqlQuery create(db);
            QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)")));
            for (int round = 0; round < 3; ++round) {
                RowBatch rows(db, QStringLiteral("INSERT INTO t (k, v)"), 2);
                for (int i = 0; i < 3; ++i)
                    QVERIFY2(rows.add({round * 10 + i, QStringLiteral("r%1-%2").arg(round).arg(i)},
                                      &error),
                             qPrintable(error));
                QVERIFY2(rows.flush(&error), qPrintable(error));
            }
            const QString sql = QStringLiteral("SELECT v FROM t WHERE k = ?");
            PreparedStatements *kept = PreparedStatements::of(db);
            QSqlQuery *first = kept->statement(sql, &error);
            QVERIFY2(first, qPrintable(error));
            QCOMPARE(kept->statement(sql, &error), first);
            QCOMPARE(PreparedStatements::of(db), kept);
            for (const int k : {21, 1, 12}) {
                first->addBindValue(k);
                QVERIFY(first->exec() && first->next());
                QCOMPARE(first->value(0).toString(),
                         QStringLiteral("r%1-%2").arg(k / 10).arg(k % 10));
                first->finish();
            }
            QVERIFY(!kept->statement(QStringLiteral("SELECT v FROM nowhere"), &error));
            QVERIFY2(error.contains(QLatin1String("no such table: nowhere")), qPrintable(error));
            PreparedStatements::release(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void aPaceRestsInProportionToTheWork()
    {
        QElapsedTimer took;
        took.start();
        Pace::rest(50'000'000); // no Pace here: no rest
        const qint64 unpaced = took.elapsed();
        QVERIFY2(unpaced < 40, qPrintable(QString::number(unpaced)));
        {
            Pace pace(2);
            took.restart();
            Pace::rest(10'000'000); // 10 ms of work: 20 ms of rest
            QVERIFY(took.elapsed() >= 19);
        }
        took.restart();
        Pace::rest(50'000'000); // gone with its scope
        QVERIFY(took.elapsed() < 40);
    }

    void theLastCommitIsReadInPagesOfOneSnapshot()
    {
        std::vector<SimulatedVehicle> cars;
        const int count = WorldRepository::StatesPerPage * 2 + 345;
        for (int i = 0; i < count; ++i) {
            SimulatedVehicle car;
            car.id = QStringLiteral("veh-%1").arg(i, 5, 10, QLatin1Char('0'));
            car.owner = QStringLiteral("owner%1@example.org").arg(i % 7);
            car.timeZone = QStringLiteral("Europe/Berlin");
            car.batteryCapacityWh = 60000;
            car.batteryWh = 1000 + i;
            car.lastSeenMinute = 29000000 + i;
            cars.push_back(car);
        }
        const QDateTime until = QDateTime::fromSecsSinceEpoch(1764547200, Qt::UTC);
        QString error;
        QVERIFY2(m_store->world().createWorld(cars, until, until, &error), qPrintable(error));
        WorldRepository::Committed committed;
        QVERIFY2(m_store->world().readCommitted(&committed, &error), qPrintable(error));
        QCOMPARE(committed.simulatedUntil, until);
        QCOMPARE(int(committed.states.size()), count);
        for (int i = 0; i < count; ++i) {
            const SimulatedVehicle &state = committed.states[std::size_t(i)];
            QCOMPARE(state.id, cars[std::size_t(i)].id); // in the order of their ids
            QCOMPARE(state.batteryWh, 1000.0 + i);
            QCOMPARE(state.lastSeenMinute, 29000000 + i);
        }
        // A world without a commit yet says so.
        Store empty;
        QVERIFY2(empty.open(m_dir.filePath(QStringLiteral("empty.db")), &error), qPrintable(error));
        WorldRepository::Committed none;
        QVERIFY(!empty.world().readCommitted(&none, &error));
        QVERIFY(error.contains(QLatin1String("no commit")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestExecutorReads)
#include "test_executor_reads.moc"
