#include "storewriter.h"

#include "store/localstore.h"

namespace idlefleet::client {

class StoreWriter::Worker : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    {}

    bool run(const std::function<bool(LocalStore &)> &work)
    {
        if (!m_store) {
            // Opened on this thread, as a SQLite connection must be used where it was made.
            auto store = std::make_unique<LocalStore>();
            QString error;
            if (!store->open(m_path, &error)) {
                qWarning("idlefleet: the store writer cannot open %s: %s", qPrintable(m_path),
                         qPrintable(error));
                return false;
            }
            m_store = std::move(store);
        }
        return work(*m_store);
    }

    void close() { m_store.reset(); }

private:
    QString m_path;
    std::unique_ptr<LocalStore> m_store;
};

StoreWriter::StoreWriter(QString path)
    : m_worker(new Worker(std::move(path)))
{
    m_thread.setObjectName(QStringLiteral("idlefleet store writer"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StoreWriter::~StoreWriter()
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void StoreWriter::write(std::function<bool(LocalStore &)> work, QObject *context,
                        std::function<void(bool)> done)
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, work = std::move(work), context, done = std::move(done)] {
            const bool ok = worker->run(work);
            QMetaObject::invokeMethod(
                context, [done, ok] { done(ok); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace idlefleet::client
