#pragma once

#include <QObject>

class QSocketNotifier;

namespace idlefleet {

/// Turns SIGTERM and SIGINT into a Qt signal, delivered on the event loop (self-pipe).
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace idlefleet
