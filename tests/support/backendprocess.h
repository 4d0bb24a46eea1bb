#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

/// A real idlefleetd for a test: started on a loopback port with a data folder, stopped at the
/// end of the test.
class BackendProcess
{
public:
    BackendProcess() = default;
    ~BackendProcess();
    BackendProcess(const BackendProcess &) = delete;
    BackendProcess &operator=(const BackendProcess &) = delete;

    /// Starts `idlefleetd --data dataDir --listen 127.0.0.1:0 extraArguments...` and waits for
    /// its first line. Returns false (with the reason in error()) if it did not come up.
    bool start(const QString &dataDir, const QStringList &extraArguments = {});
    /// Asks it to stop (SIGTERM) and waits.
    void stop();
    /// Ends it at once, as `kill -9` would.
    void kill();

    QUrl url() const { return m_url; }
    QString pin() const { return m_pin; }
    QString firstLine() const { return m_firstLine; }
    QString error() const { return m_error; }
    qint64 pid() const { return m_process.processId(); }

    static QString program() { return QStringLiteral(IDLEFLEETD_PATH); }

private:
    QProcess m_process;
    QUrl m_url;
    QString m_pin;
    QString m_firstLine;
    QString m_error;
};
