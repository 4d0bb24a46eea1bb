#include "lease.h"

#include "logging.h"
#include "store.h"

#include <future>

namespace idlefleet::backend {

Lease::Lease(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // the thread, and with it the lease, lasts as long as this
    m_thread.setObjectName(QStringLiteral("holding the lease"));
}

Lease::~Lease()
{
    m_thread.waitForDone();
}

bool Lease::holdHere(const DatabaseUrl &url)
{
    if (url.dialect != Dialect::Postgres)
        return true;
    QString error;
    Store *store = Store::forThisThread(url, Store::ThreadAccess::Write, {}, &error);
    if (!store) {
        qCWarning(lcWorld, "cannot reach the database to hold the world's lease: %s",
                  qPrintable(error));
        return false;
    }
    return store->shared().holdLeadership();
}

bool Lease::holdNow()
{
    if (m_url.dialect != Dialect::Postgres)
        return true;
    std::promise<bool> held;
    std::future<bool> answer = held.get_future();
    m_thread.start([url = m_url, &held] { held.set_value(holdHere(url)); });
    return answer.get();
}

bool Lease::check(std::function<void(bool)> done)
{
    if (m_checking)
        return false;
    m_checking = true;
    m_thread.start([this, url = m_url, done = std::move(done)] {
        const bool held = holdHere(url);
        QMetaObject::invokeMethod(
            this,
            [this, held, done] {
                m_checking = false;
                done(held);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace idlefleet::backend
