#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace idlefleet::app {

/// One app per person and settings folder: a second start hands over to the first, which brings
/// its window to the front, and ends. Over a local socket named after the user and the settings
/// folder, so that tests (each with a folder of their own) do not meet.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// `name` empty: the one for this user and settings folder.
    explicit SingleInstance(const QString &name = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Asks a running app to show its window. True when one is running: this one should end.
    bool handOverToRunning(int timeoutMs = 2000);
    /// Becomes the running app (a socket a crashed one left behind is taken over). False with
    /// `error` set when the socket cannot be made; the app then runs without the guard.
    bool listen(QString *error);

    QString name() const { return m_name; }
    static QString defaultName();

Q_SIGNALS:
    /// A second start asked for the window.
    void showRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace idlefleet::app
