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

http::Response unavailable(const QString &message)
{
    return retryLater(503, QStringLiteral("busy"), message, Executor::RetryAfterSeconds);
}

} // namespace

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
}

Executor::~Executor()
{
    // Work under way finishes; its results are dropped with this object.
    m_hashing.waitForDone();
    m_reading.waitForDone();
    m_lookingUp.waitForDone();
}

const Store *Executor::openedHere(const DatabaseUrl &url,
                                  const std::function<void(qint64)> &observer)
{
    QString error;
    const Store *store = Store::forThisThread(url, Store::ThreadAccess::Read, observer, &error);
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
    if (m_queuedReads >= MaxQueuedReads)
        return unavailable(QStringLiteral("too many reads are waiting; try again in a moment"));
    ++m_queuedReads;
    auto [response, deliver] = http::deferred();
    m_reading.start([this, url = m_database, observer = m_statementObserver, work = std::move(work),
                     deliver = deliver]() mutable {
        yieldToTheEventLoop();
        const Store *store = openedHere(url, observer);
        auto answer = std::make_shared<http::Response>(
            store ? work(*store)
                  : unavailable(QStringLiteral("the database cannot be reached right now")));
        work = nullptr; // what it captured goes here, not with the answer
        QMetaObject::invokeMethod(
            this,
            [this, answer, deliver = std::move(deliver)] {
                --m_queuedReads;
                deliver(std::move(*answer));
            },
            Qt::QueuedConnection);
    });
    return std::move(response);
}

} // namespace idlefleet::backend
