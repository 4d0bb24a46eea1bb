#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace idlefleet::app {

/// The embedded fleet backend of demo mode: one idlefleetd per demo folder. It reuses a backend
/// that already serves the folder, or starts one as a child process, and on exit stops only the
/// one it started.
class DemoBackend : public QObject
{
    Q_OBJECT
public:
    explicit DemoBackend(const QString &dataDir, QObject *parent = nullptr);
    ~DemoBackend() override;

    /// Finds the backend serving the folder, or starts one; ends in ready() or failed().
    void start();
    /// Starts a backend of our own even if the folder's endpoint file names another one
    /// (used when that one does not answer).
    void launch();
    /// Stops the backend if this object started it.
    void stop();

    QString dataDir() const { return m_dataDir; }
    /// A new demo world's clock starts at this instant (RFC 3339; empty: now). A world that
    /// exists already keeps its own clock.
    void setWorldStart(const QString &instant) { m_worldStart = instant; }
    QUrl url() const { return m_url; }
    QString pin() const { return m_pin; }
    bool startedHere() const { return m_process.state() != QProcess::NotRunning; }
    /// The log of a backend started here (its stderr): idlefleetd.log in the demo folder.
    QString logFile() const;

    /// The idlefleetd executable: $IDLEFLEETD, else beside this program, else on PATH.
    static QString backendProgram();
    /// The demo folder under the app's data location.
    static QString defaultDataDir();

    /// How long a new demo world may take to build: 90 s, or IDLEFLEET_DEMO_START_TIMEOUT_S
    /// seconds (runs under a sanitizer are several times slower).
    static int startTimeoutMs();

Q_SIGNALS:
    void ready();
    void failed(const QString &message);

private:
    bool readEndpointFile();
    void onStandardOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString m_dataDir;
    QString m_worldStart;
    QProcess m_process;
    QTimer m_startTimer;
    QByteArray m_stdout;
    QUrl m_url;
    QString m_pin;
    bool m_announced = false;
};

} // namespace idlefleet::app
