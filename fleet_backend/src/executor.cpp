#include "executor.h"

namespace idlefleet::backend {

Executor::Executor(QObject *parent)
    : QObject(parent)
{
    m_hashing.setMaxThreadCount(HashingThreads);
    m_hashing.setObjectName(QStringLiteral("password hashing"));
}

Executor::~Executor()
{
    // Work under way finishes; its results are dropped with this object.
    m_hashing.waitForDone();
}

} // namespace idlefleet::backend
