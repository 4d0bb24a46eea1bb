#pragma once

#include <QObject>
#include <QTimer>

namespace idlefleet::app {

/// A model's reload asked for and not begun yet: several changes in one go (the car, the range,
/// the period) cost one fetch, at the next turn of the event loop. The model counts it as
/// loading from the moment it is asked for, so a page never looks finished before its first
/// fetch has begun (screenshots and the window tests wait on that).
class ReloadSoon : public QObject
{
    Q_OBJECT

public:
    explicit ReloadSoon(QObject *parent = nullptr);

    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    /// Time to reload.
    void timeout();
    /// isActive() changed (after timeout(), so a fetch it began is already under way).
    void activeChanged();

private:
    QTimer m_timer;
};

} // namespace idlefleet::app
