#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <memory>

class QLocalServer;

namespace idlefleet::app {

/// One app per person and settings folder: a second start hands over to the first, which brings
/// its window to the front, and ends. The first holds a lock file for its whole life and listens
/// on a local socket beside it, both in the user's private runtime folder (another user cannot
/// reach or squat them); the folder's names follow the settings folder, so that tests (each with
/// a folder of their own) do not meet.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// `folder` and `name` empty: the user's runtime folder and the name of this settings folder.
    explicit SingleInstance(const QString &folder = {}, const QString &name = {},
                            QObject *parent = nullptr);
    ~SingleInstance() override;

    enum Outcome
    {
        First,       ///< this is the app: it listens for later starts
        HandedOver,  ///< another app runs and showed its window: this one ends
        Unavailable, ///< the lock or the socket could not be made; `error` says why
    };
    /// Takes the lock (a crashed app's stale lock is taken over) and listens; or, when another
    /// app holds it, asks that one to show its window.
    Outcome claim(QString *error, int timeoutMs = 5000);

    QString socketPath() const;

Q_SIGNALS:
    /// A later start asked for the window.
    void showRequested();

private:
    bool askRunningToShow(int timeoutMs);
    bool listen(QString *error);

    QString m_folder;
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    int m_connections = 0;
};

} // namespace idlefleet::app
