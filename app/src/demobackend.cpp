#include "demobackend.h"

#include "applogging.h"
#include "localclient.h"
#include "tlspin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace idlefleet::app {
namespace {

bool parseEndpoint(const QByteArray &json, QUrl *url, QString *pin)
{
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return false;
    const QUrl candidate(object.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    const QString candidatePin = object.value(QStringLiteral("spki_sha256")).toString();
    if (!candidate.isValid() || candidate.scheme() != QLatin1String("https") ||
        !isWellFormedPin(candidatePin))
        return false;
    *url = candidate;
    *pin = candidatePin;
    return true;
}

} // namespace

int DemoBackend::startTimeoutMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("IDLEFLEET_DEMO_START_TIMEOUT_S", &ok);
    return ok && seconds > 0 && seconds <= 3600 ? seconds * 1000 : 90000;
}

DemoBackend::DemoBackend(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        if (m_announced)
            return;
        // Settled: the process that finishes after kill() is not reported as a crash.
        m_announced = true;
        m_process.kill();
        Q_EMIT failed(tr("The demo fleet backend did not start within %n second(s).", nullptr,
                         startTimeoutMs() / 1000));
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoBackend::onStandardOutput);
    connect(&m_process, &QProcess::finished, this, &DemoBackend::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("Cannot start the demo fleet backend %1: %2")
                              .arg(m_process.program(), m_process.errorString()));
    });
}

DemoBackend::~DemoBackend()
{
    // Nothing the process says while it ends reaches this half-destroyed object: the process
    // is the first member, destroyed last, and kills a backend still running after stop().
    disconnect(&m_process, nullptr, this, nullptr);
    stop();
}

QString DemoBackend::backendProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("IDLEFLEETD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString beside =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("idlefleetd"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    // The app's package carries its own embedded backend, apart from the idlefleetd service's.
    const QString embedded = QDir(QCoreApplication::applicationDirPath())
                                 .filePath(QStringLiteral("../libexec/idlefleet/idlefleetd"));
    if (QFileInfo(embedded).isExecutable())
        return QFileInfo(embedded).canonicalFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("idlefleetd"));
}

QString DemoBackend::logFile() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("idlefleetd.log"));
}

QString DemoBackend::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo"));
}

bool DemoBackend::readEndpointFile()
{
    // Someone serves the folder only while its lock is held by a live process.
    QLockFile lock(QDir(m_dataDir).filePath(QStringLiteral("idlefleetd.lock")));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    QFile endpoint(QDir(m_dataDir).filePath(QStringLiteral("endpoint.json")));
    if (!endpoint.open(QIODevice::ReadOnly))
        return false;
    return parseEndpoint(endpoint.read(4096), &m_url, &m_pin);
}

void DemoBackend::start()
{
    if (readEndpointFile()) {
        m_announced = true;
        QMetaObject::invokeMethod(this, &DemoBackend::ready, Qt::QueuedConnection);
        return;
    }
    launch();
}

void DemoBackend::launch()
{
    const QString program = backendProgram();
    if (program.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT failed(tr("The demo fleet backend (idlefleetd) is not installed beside "
                                 "this app."));
            },
            Qt::QueuedConnection);
        return;
    }
    m_announced = false;
    m_stdout.clear();
    m_process.setProgram(program);
    QStringList arguments{QStringLiteral("--data"), m_dataDir, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0"), QStringLiteral("--demo-world")};
    // The demo organisation's fleet key stays with its administrator, the demo fleet manager
    // of this app: only the public half goes to the backend, which enrols it in a new world.
    QString problem;
    const QByteArray fleetKey = LocalClient::ensureFleetKey(
        LocalClient::defaultFolder(true),
        QDir(m_dataDir).filePath(QStringLiteral("organisations/org-demo.fleet-key.pem")), &problem);
    const QString fleetKeyFile = QDir(m_dataDir).filePath(QStringLiteral("demo-fleet-key.pub.pem"));
    QSaveFile publicKey(fleetKeyFile);
    if (!fleetKey.isEmpty() && QDir().mkpath(m_dataDir) && publicKey.open(QIODevice::WriteOnly) &&
        publicKey.write(fleetKey) == fleetKey.size() && publicKey.commit())
        arguments << QStringLiteral("--demo-fleet-key") << fleetKeyFile;
    else
        qCWarning(lcApp, "the demo organisation gets no fleet key: %s",
                  qPrintable(problem.isEmpty() ? publicKey.errorString() : problem));
    if (!m_worldStart.isEmpty())
        arguments << QStringLiteral("--world-start") << m_worldStart;
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // The backend's log (a line per request) goes to a file in its folder, new at each start:
    // an unread pipe would fill and stop it.
    QDir().mkpath(m_dataDir);
    m_process.setStandardErrorFile(logFile());
#ifdef Q_OS_LINUX
    // The backend ends with the app even when the app cannot stop it (a crash, SIGKILL): a demo
    // world left simulating in the background would hold the folder for the next start.
    const pid_t app = getpid();
    m_process.setChildProcessModifier([app] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != app) // the app died before the line above
            ::_exit(1);
    });
#endif
    m_startTimer.start(startTimeoutMs());
    m_process.start(QIODevice::ReadOnly);
}

void DemoBackend::onStandardOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    if (m_announced)
        return;
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0)
        return;
    m_announced = true;
    m_startTimer.stop();
    if (!parseEndpoint(m_stdout.left(newline), &m_url, &m_pin)) {
        Q_EMIT failed(tr("The demo fleet backend announced itself in a form this app does not "
                         "understand."));
        return;
    }
    Q_EMIT ready();
}

void DemoBackend::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_announced)
        return;
    m_startTimer.stop();
    m_announced = true;
    QFile log(logFile());
    const QString reason = log.open(QIODevice::ReadOnly)
                               ? QString::fromLocal8Bit(log.readAll().right(4000)).trimmed()
                               : QString();
    // Another app may have started a backend for this folder at the same moment: use it.
    if (readEndpointFile()) {
        Q_EMIT ready();
        return;
    }
    Q_EMIT failed(status == QProcess::CrashExit
                      ? tr("The demo fleet backend crashed while starting.")
                      : tr("The demo fleet backend stopped while starting (exit status %1): %2")
                            .arg(exitCode)
                            .arg(reason.section(QLatin1Char('\n'), -1)));
}

void DemoBackend::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace idlefleet::app
