// The executor's reading threads: each reads through its own connection to the real database
// file, which refuses writes; answers come back on the event loop; a full queue and a database
// that cannot be opened answer 503 with Retry-After instead of piling up work or hanging.

#include "executor.h"
#include "store.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

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
        DatabaseUrl gone;
        gone.sqliteFile = m_dir.filePath(QStringLiteral("no-such-folder/fleet.db"));
        executor.setDatabase(gone, {});
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

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestExecutorReads)
#include "test_executor_reads.moc"
