#pragma once

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace idlefleet {
class LocalStore;
}

namespace idlefleet::client {

/// Writes to a local store on a thread of its own, through a connection of its own to the same
/// file (SQLite in WAL mode lets the two work side by side), so that storing a large page of
/// synced data never holds up the thread that draws the window.
class StoreWriter
{
public:
    explicit StoreWriter(QString path);
    ~StoreWriter();
    StoreWriter(const StoreWriter &) = delete;
    StoreWriter &operator=(const StoreWriter &) = delete;

    /// Runs `work` on the writer's thread; `done(ok)` then runs on `context`'s thread (not at
    /// all once `context` is gone). `ok` is false when the store cannot be opened.
    void write(std::function<bool(LocalStore &)> work, QObject *context,
               std::function<void(bool)> done);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker;
};

} // namespace idlefleet::client
