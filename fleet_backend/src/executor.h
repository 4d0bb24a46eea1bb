#pragma once

#include "database.h"
#include "http/httpmessage.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace idlefleet::backend {

class Store;

/// The backend's work off the event loop (ARCHITECTURE.md, operating the backend):
/// - password hashing on a pool of at most HashingThreads threads with a queue of at most
///   MaxQueuedHashes, so that no request waits behind another's hash and a flood of sign-ins
///   cannot pile up unbounded work;
/// - reads of the past (history, ledger, events) on ReadingThreads threads, each with its own
///   read-only connection to the database, at most MaxQueuedReads waiting;
/// - who asks (a session and its account) looked up on LookUpThreads threads of their own;
/// - changes asked for by requests (sessions, policies, pairings, grants) on one writing thread
///   with its own connection, in the order they were asked for.
/// Results come back on the thread that owns the executor (the event loop).
class Executor : public QObject
{
    Q_OBJECT
public:
    /// Lowers the calling worker thread's scheduling priority once (Linux: nice 10 for that
    /// thread alone), so that on a busy machine the event loop is run first and answers health
    /// checks, telemetry and small requests while hashes and reads wait their turn (also the
    /// threads that commit the leader's world and follow it: WorldRunner).
    static void yieldToTheEventLoop();

    explicit Executor(QObject *parent = nullptr);
    ~Executor() override;

    /// Runs `work` on a hashing thread, then `done` with its result on this object's thread,
    /// unless `context` is gone by then. Returns false, running nothing, when the queue is full
    /// (the caller answers 503 with Retry-After).
    template<typename Result>
    bool hash(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
    {
        if (m_queuedHashes >= MaxQueuedHashes)
            return false;
        ++m_queuedHashes;
        QPointer<QObject> receiver(context);
        m_hashing.start([this, receiver, work = std::move(work), done = std::move(done)] {
            yieldToTheEventLoop();
            auto result = std::make_shared<Result>(work());
            QMetaObject::invokeMethod(
                this,
                [this, receiver, result, done] {
                    --m_queuedHashes;
                    if (receiver)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
        return true;
    }

    /// Hashes waiting or under way.
    int queuedHashes() const { return m_queuedHashes; }

    /// The database reads go to (each reading thread opens its own connection when it first
    /// reads), and what each of their statements' run time is told to (from those threads).
    void setDatabase(const DatabaseUrl &url, std::function<void(qint64 nanoseconds)> observer);
    /// Answers a request with `work`, run on a reading thread against that thread's own
    /// connection while the event loop serves others: the answer comes later (http::deferred).
    /// 503 with Retry-After when MaxQueuedReads wait already, or when the database cannot be
    /// reached. `work` must read nothing but the store and what it captured.
    http::Response read(std::function<http::Response(const Store &)> work);
    /// Runs `work`, a read of the past, on a reading thread (as read() does), then `done` with
    /// its result on this object's thread; nothing when the database cannot be reached. False,
    /// running nothing, when MaxQueuedReads wait already.
    template<typename Result>
    bool readLater(std::function<Result(const Store &)> work,
                   std::function<void(std::optional<Result>)> done)
    {
        return dispatch<Result, const Store>(m_reading, m_queuedReads, MaxQueuedReads, true,
                                             std::move(work), std::move(done));
    }
    /// Reads waiting or under way.
    int queuedReads() const { return m_queuedReads; }

    /// Runs `work`, a short read (who is asking: a session and its account; what a stream may
    /// see again), on a thread of its
    /// own with its own read-only connection, apart from the slow reads so that none waits
    /// behind them, then `done` with its result on this object's thread; `done` gets nothing
    /// when the database cannot be reached. Returns false, running nothing, when
    /// MaxQueuedLookUps wait already (the caller answers 503 with Retry-After).
    template<typename Result>
    bool lookUp(std::function<Result(const Store &)> work,
                std::function<void(std::optional<Result>)> done)
    {
        return dispatch<Result, const Store>(m_lookingUp, m_queuedLookUps, MaxQueuedLookUps, false,
                                             std::move(work), std::move(done));
    }

    /// Runs `work`, a change to the database (a sign-in's session, a policy, a pairing), on the
    /// writing thread with its own connection, then `done` with its result on this object's
    /// thread once it is committed; `done` gets nothing when the database cannot be reached.
    /// Writes run one at a time in the order they were asked for, so what the event loop asks
    /// of the database reaches it in the order the requests came. Returns false, running
    /// nothing, when MaxQueuedWrites wait already (the caller answers 503 with Retry-After).
    template<typename Result>
    bool write(std::function<Result(Store &)> work, std::function<void(std::optional<Result>)> done)
    {
        return dispatch<Result, Store>(m_writing, m_queuedWrites, MaxQueuedWrites, false,
                                       std::move(work), std::move(done));
    }
    /// Answers a request with `work`, a change run on the writing thread (see write()): the
    /// answer comes once it is committed; 503 with Retry-After when MaxQueuedWrites wait
    /// already or the database cannot be reached.
    http::Response write(std::function<http::Response(Store &)> work);
    /// Answers a request with `then`, run on this object's thread with the result of `work`
    /// once the writing thread has committed it (see write()); 503 with Retry-After when
    /// MaxQueuedWrites wait already or the database cannot be reached.
    template<typename Result>
    http::Response writeThen(std::function<Result(Store &)> work,
                             std::function<http::Response(Result)> then)
    {
        auto [response, deliver] = http::deferred();
        const bool queued =
            write<Result>(std::move(work), [deliver = deliver,
                                            then = std::move(then)](std::optional<Result> result) {
                deliver(result ? then(std::move(*result)) : unreachable());
            });
        if (!queued)
            return tooBusy();
        return std::move(response);
    }
    /// Writes waiting or under way.
    int queuedWrites() const { return m_queuedWrites; }

    /// The answer to a request refused because the database is out of reach or too many wait
    /// for it: 503 with Retry-After and `message`.
    static http::Response unavailable(const QString &message);
    /// unavailable() for work refused because too many wait.
    static http::Response tooBusy();
    /// unavailable() for work whose database could not be reached.
    static http::Response unreachable();

    /// Look-ups waiting or under way.
    int queuedLookUps() const { return m_queuedLookUps; }

    static constexpr int HashingThreads = 2;
    static constexpr int MaxQueuedHashes = 32;
    static constexpr int ReadingThreads = 2;
    static constexpr int MaxQueuedReads = 64;
    static constexpr int LookUpThreads = 2;
    static constexpr int MaxQueuedLookUps = 256;
    static constexpr int MaxQueuedWrites = 256;
    /// What a refused request is told to wait, in seconds.
    static constexpr int RetryAfterSeconds = 1;

private:
    /// This thread's connection to `url`, read-only unless `writable`; null (told to the log)
    /// when it cannot be opened.
    static Store *openedHere(const DatabaseUrl &url, const std::function<void(qint64)> &observer,
                             bool writable);

    /// Runs `work` on a thread of `pool` against that thread's own connection, then `done` with
    /// its result (nothing when the database cannot be reached) on this object's thread; at
    /// most `max` waiting, counted in `queued`. `yield`: the thread runs at a lower priority.
    template<typename Result, typename StoreT>
    bool dispatch(QThreadPool &pool, int &queued, int max, bool yield,
                  std::function<Result(StoreT &)> work,
                  std::function<void(std::optional<Result>)> done)
    {
        if (queued >= max)
            return false;
        ++queued;
        pool.start([this, &queued, yield, url = m_database, observer = m_statementObserver,
                    work = std::move(work), done = std::move(done)]() mutable {
            if (yield)
                yieldToTheEventLoop();
            auto result = std::make_shared<std::optional<Result>>();
            if (StoreT *store = openedHere(url, observer, !std::is_const_v<StoreT>))
                *result = work(*store);
            work = nullptr; // what it captured goes here, not with the result
            QMetaObject::invokeMethod(
                this,
                [&queued, result, done = std::move(done)] {
                    --queued;
                    done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
        return true;
    }

    QThreadPool m_hashing;
    QThreadPool m_reading;
    QThreadPool m_lookingUp;
    QThreadPool m_writing; ///< one thread: writes are committed in the order they were asked for
    DatabaseUrl m_database;
    std::function<void(qint64)> m_statementObserver;
    int m_queuedHashes = 0;  ///< touched on this object's thread only
    int m_queuedReads = 0;   ///< touched on this object's thread only
    int m_queuedLookUps = 0; ///< touched on this object's thread only
    int m_queuedWrites = 0;  ///< touched on this object's thread only
};

} // namespace idlefleet::backend
