#include "reloadsoon.h"

namespace idlefleet::app {

ReloadSoon::ReloadSoon(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        Q_EMIT timeout();
        Q_EMIT activeChanged();
    });
}

void ReloadSoon::start()
{
    const bool was = m_timer.isActive();
    m_timer.start();
    if (!was)
        Q_EMIT activeChanged();
}

void ReloadSoon::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    Q_EMIT activeChanged();
}

} // namespace idlefleet::app
