#pragma once

#include "database.h"
#include "http/httpmessage.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>

namespace idlefleet::backend {

class Store;

/// The backend's work off the event loop (ARCHITECTURE.md, operating the backend):
/// - password hashing on a pool of at most HashingThreads threads with a queue of at most
///   MaxQueuedHashes, so that no request waits behind another's hash and a flood of sign-ins
///   cannot pile up unbounded work;
/// - reads of the past (history, ledger, events) on ReadingThreads threads, each with its own
///   read-only connection to the database, at most MaxQueuedReads waiting.
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
    /// Reads waiting or under way.
    int queuedReads() const { return m_queuedReads; }

    /// Runs `work`, a short read (who is asking: a session and its account), on a thread of its
    /// own with its own read-only connection, apart from the slow reads so that none waits
    /// behind them, then `done` with its result on this object's thread; `done` gets nothing
    /// when the database cannot be reached. Returns false, running nothing, when
    /// MaxQueuedLookUps wait already (the caller answers 503 with Retry-After).
    template<typename Result>
    bool lookUp(std::function<Result(const Store &)> work,
                std::function<void(std::optional<Result>)> done)
    {
        if (m_queuedLookUps >= MaxQueuedLookUps)
            return false;
        ++m_queuedLookUps;
        m_lookingUp.start([this, url = m_database, observer = m_statementObserver,
                           work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<std::optional<Result>>();
            if (const Store *store = openedHere(url, observer))
                *result = work(*store);
            work = nullptr;
            QMetaObject::invokeMethod(
                this,
                [this, result, done = std::move(done)] {
                    --m_queuedLookUps;
                    done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
        return true;
    }

    static constexpr int HashingThreads = 2;
    static constexpr int MaxQueuedHashes = 32;
    static constexpr int ReadingThreads = 2;
    static constexpr int MaxQueuedReads = 64;
    static constexpr int LookUpThreads = 2;
    static constexpr int MaxQueuedLookUps = 256;
    /// What a refused request is told to wait, in seconds.
    static constexpr int RetryAfterSeconds = 1;

private:
    /// This thread's read-only connection to `url`; null (told to the log) when it cannot be
    /// opened.
    static const Store *openedHere(const DatabaseUrl &url,
                                   const std::function<void(qint64)> &observer);

    QThreadPool m_hashing;
    QThreadPool m_reading;
    QThreadPool m_lookingUp;
    DatabaseUrl m_database;
    std::function<void(qint64)> m_statementObserver;
    int m_queuedHashes = 0;  ///< touched on this object's thread only
    int m_queuedReads = 0;   ///< touched on this object's thread only
    int m_queuedLookUps = 0; ///< touched on this object's thread only
};

} // namespace idlefleet::backend
