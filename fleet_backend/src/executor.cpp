#include "executor.h"

#include "protobufhttp.h"
#include "store.h"

#include <QLoggingCategory>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace idlefleet::backend {
namespace {

Q_LOGGING_CATEGORY(lcReading, "idlefleetd.reading")

/// The nice value of the hashing and reading threads (the event loop keeps 0).
constexpr int WorkerNice = 10;

} // namespace

http::Response Executor::unavailable(const QString &message)
{
    return retryLater(503, QStringLiteral("busy"), message, RetryAfterSeconds);
}

http::Response Executor::tooBusy()
{
    return unavailable(QStringLiteral("too many requests are waiting; try again in a moment"));
}

http::Response Executor::unreachable()
{
    return unavailable(QStringLiteral("the database cannot be reached right now"));
}

void Executor::yieldToTheEventLoop()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    // On Linux a nice value belongs to a thread: this one's, not the process's.
    if (setpriority(PRIO_PROCESS, id_t(gettid()), WorkerNice) != 0)
        qCWarning(lcReading, "cannot lower a worker thread's priority: %s", strerror(errno));
#endif
}

Executor::Executor(QObject *parent)
    : QObject(parent)
{
    m_hashing.setMaxThreadCount(HashingThreads);
    m_hashing.setObjectName(QStringLiteral("password hashing"));
    m_reading.setMaxThreadCount(ReadingThreads);
    m_reading.setObjectName(QStringLiteral("reading"));
    // The threads keep their connections: none ends while idle, all end with the executor.
    m_reading.setExpiryTimeout(-1);
    m_lookingUp.setMaxThreadCount(LookUpThreads);
    m_lookingUp.setObjectName(QStringLiteral("looking up who asks"));
    m_lookingUp.setExpiryTimeout(-1);
    m_writing.setMaxThreadCount(1);
    m_writing.setObjectName(QStringLiteral("writing"));
    m_writing.setExpiryTimeout(-1);
}

Executor::~Executor()
{
    // Work under way finishes; its results are dropped with this object.
    m_hashing.waitForDone();
    m_reading.waitForDone();
    m_lookingUp.waitForDone();
    m_writing.waitForDone();
}

Store *Executor::openedHere(const DatabaseUrl &url, const std::function<void(qint64)> &observer,
                            bool writable)
{
    QString error;
    Store *store = Store::forThisThread(
        url, writable ? Store::ThreadAccess::Write : Store::ThreadAccess::Read, observer, &error);
    if (!store)
        qCWarning(lcReading, "%s", qPrintable(error));
    return store;
}

void Executor::setDatabase(const DatabaseUrl &url, std::function<void(qint64)> observer)
{
    m_database = url;
    m_statementObserver = std::move(observer);
}

http::Response Executor::read(std::function<http::Response(const Store &)> work)
{
    auto [response, deliver] = http::deferred();
    const bool queued = dispatch<http::Response, const Store>(
        m_reading, m_queuedReads, MaxQueuedReads, true, std::move(work),
        [deliver = deliver](std::optional<http::Response> answer) {
            deliver(answer ? std::move(*answer) : unreachable());
        });
    if (!queued)
        return unavailable(QStringLiteral("too many reads are waiting; try again in a moment"));
    return std::move(response);
}

http::Response Executor::write(std::function<http::Response(Store &)> work)
{
    auto [response, deliver] = http::deferred();
    const bool queued = write<http::Response>(
        std::move(work), [deliver = deliver](std::optional<http::Response> answer) {
            deliver(answer ? std::move(*answer) : unreachable());
        });
    if (!queued)
        return tooBusy();
    return std::move(response);
}

} // namespace idlefleet::backend
