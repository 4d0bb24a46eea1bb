#pragma once

#include "worldinstants.h"

#include <QDateTime>
#include <QProcess>
#include <QSqlDatabase>
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

    /// Sets a variable of the backend's environment for the next start(). Dead spots are off
    /// unless a test sets IDLEFLEETD_DEAD_SPOTS itself (the simulator's are drawn from the car and
    /// the wall clock, and a test must not depend on the hour it runs at).
    void setEnvironmentValue(const QString &name, const QString &value);

    /// Starts `idlefleetd --data dataDir --listen 127.0.0.1:0 --world-start worldStart
    /// extraArguments...` and waits for its first line. Returns false (with the reason in
    /// error()) if it did not come up. Every test pins its world (worldinstants.h): what it sees
    /// must not depend on when it runs. On an existing world the instant is ignored: the world
    /// resumes where its clock was.
    bool start(const QString &dataDir, const QDateTime &worldStart,
               const QStringList &extraArguments = {});
    /// Asks it to stop (SIGTERM) and waits, at most 30 s (it saves every car first). A backend
    /// must end by itself with status 0: one that crashes or hangs as it stops fails the running
    /// test (or, outside any test function, ends the test program with status 1), and stop()
    /// returns false.
    bool stop();
    /// Ends it at once, as `kill -9` would.
    void kill();

    QUrl url() const { return m_url; }
    QString pin() const { return m_pin; }
    QString firstLine() const { return m_firstLine; }
    QString error() const { return m_error; }
    /// Where the backend's stderr goes (its log): a file beside the data folder, appended to
    /// across restarts, so that a backend logging every request never blocks on a full pipe.
    QString logFile() const { return m_logFile; }
    /// The log as written so far.
    QByteArray log() const;
    /// What it wrote to stderr since the last call.
    /// What the backend wrote to its log since the last call.
    QString takeStandardError();
    qint64 pid() const { return m_process.processId(); }

    static QString program() { return QStringLiteral(IDLEFLEETD_PATH); }

    /// The database the backend of `dataDir` keeps its data in, as idlefleetd's arguments: none
    /// (SQLite in the folder), or, when the suite runs against PostgreSQL
    /// (IDLEFLEET_TEST_POSTGRES holds the test server's URL), `--database URL` of a database of
    /// its own, made on first use and the same for every start on that folder.
    static QStringList databaseArguments(const QString &dataDir);
    /// A connection named `name` to the database the backend of `dataDir` keeps its data in
    /// (databaseArguments()), to check what it kept; open, or with its error. Remove it with
    /// QSqlDatabase::removeDatabase(name) when done.
    static QSqlDatabase openDatabase(const QString &dataDir, const QString &name);
    /// Whether the suite runs against PostgreSQL rather than SQLite files.
    static bool onPostgres() { return !qEnvironmentVariableIsEmpty("IDLEFLEET_TEST_POSTGRES"); }

private:
    QProcess m_process;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QUrl m_url;
    QString m_pin;
    QString m_firstLine;
    QString m_error;
    QString m_logFile;
    qint64 m_startedPid = 0; ///< for messages once it has ended
    qint64 m_logTaken = 0;   ///< how much of the log takeStandardError() has handed out
};
