#pragma once

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <memory>

namespace idlefleet::backend {

/// The backend's work off the event loop (ARCHITECTURE.md, operating the backend): password
/// hashing on a pool of at most HashingThreads threads with a queue of at most MaxQueuedHashes,
/// so that no request waits behind another's hash and a flood of sign-ins cannot pile up
/// unbounded work. Results come back on the thread that owns the executor (the event loop).
class Executor : public QObject
{
    Q_OBJECT
public:
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

    static constexpr int HashingThreads = 2;
    static constexpr int MaxQueuedHashes = 32;
    /// What a refused request is told to wait, in seconds.
    static constexpr int RetryAfterSeconds = 1;

private:
    QThreadPool m_hashing;
    int m_queuedHashes = 0; ///< touched on this object's thread only
};

} // namespace idlefleet::backend
