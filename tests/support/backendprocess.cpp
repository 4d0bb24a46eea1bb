#include "backendprocess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>
#include <cstdio>
#include <cstdlib>

QStringList BackendProcess::databaseArguments(const QString &dataDir)
{
    const QString base = qEnvironmentVariable("IDLEFLEET_TEST_POSTGRES");
    if (base.isEmpty())
        return {};
    const QString name =
        QStringLiteral("t_") +
        QString::fromLatin1(QCryptographicHash::hash(QDir(dataDir).absolutePath().toUtf8(),
                                                     QCryptographicHash::Sha1)
                                .toHex()
                                .left(24));
    QUrl url(base);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                       QStringLiteral("test-postgres-admin"));
        admin.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host")));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (admin.open()) {
            QSqlQuery query(admin);
            query.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
            query.addBindValue(name);
            if (query.exec() && !query.next() &&
                !query.exec(QStringLiteral("CREATE DATABASE ") + name))
                qWarning("cannot create the test database %s: %s", qPrintable(name),
                         qPrintable(query.lastError().text()));
        } else {
            qWarning("cannot reach the test PostgreSQL server %s: %s", qPrintable(base),
                     qPrintable(admin.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-postgres-admin"));
    url.setPath(QLatin1Char('/') + name);
    return {QStringLiteral("--database"), url.toString()};
}

QSqlDatabase BackendProcess::openDatabase(const QString &dataDir, const QString &name)
{
    const QStringList arguments = databaseArguments(dataDir);
    if (arguments.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("idlefleetd.sqlite")));
        db.open();
        return db;
    }
    const QUrl url(arguments.value(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host")));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

BackendProcess::~BackendProcess()
{
    stop();
}

void BackendProcess::setEnvironmentValue(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

bool BackendProcess::start(const QString &dataDir, const QDateTime &worldStart,
                           const QStringList &extraArguments)
{
    if (!worldStart.isValid()) {
        m_error = QStringLiteral("the test did not say when its world starts");
        return false;
    }
    // A backend that just crashed (a test's crash point) may not be reaped yet.
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(10000)) {
        m_error = QStringLiteral("the previous idlefleetd is still running");
        return false;
    }
    const QString deadSpots = QStringLiteral("IDLEFLEETD_DEAD_SPOTS");
    if (!m_environment.contains(deadSpots))
        m_environment.insert(deadSpots, QStringLiteral("off"));
    m_process.setProcessEnvironment(m_environment);
    m_process.setProgram(program());
    m_process.setArguments(QStringList{QStringLiteral("--data"), dataDir,
                                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                       QStringLiteral("--world-start"),
                                       worldStart.toUTC().toString(Qt::ISODate)} +
                           databaseArguments(dataDir) + extraArguments);
    m_logFile = QDir::cleanPath(dataDir) + QStringLiteral(".log");
    m_process.setStandardErrorFile(m_logFile, QIODevice::Append);
    m_process.start(QIODevice::ReadOnly);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    m_startedPid = m_process.processId();
    QDeadlineTimer deadline(60000);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
            m_error = QString::fromLocal8Bit(log().right(2000));
            return false;
        }
        m_process.waitForReadyRead(200);
    }
    m_firstLine = QString::fromUtf8(m_process.readLine()).trimmed();
    const QJsonObject endpoint = QJsonDocument::fromJson(m_firstLine.toUtf8()).object();
    m_url = QUrl(endpoint.value(QStringLiteral("url")).toString());
    m_pin = endpoint.value(QStringLiteral("spki_sha256")).toString();
    if (!m_url.isValid() || m_pin.isEmpty()) {
        m_error = QStringLiteral("unexpected first line: ") + m_firstLine;
        return false;
    }
    return true;
}

QByteArray BackendProcess::log() const
{
    QFile file(m_logFile);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString BackendProcess::takeStandardError()
{
    const QByteArray all = log();
    const QByteArray fresh = all.mid(m_logTaken);
    m_logTaken = all.size();
    return QString::fromLocal8Bit(fresh);
}

bool BackendProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.terminate();
    QString unclean;
    if (!m_process.waitForFinished(30000)) {
        kill();
        unclean = QStringLiteral("did not stop within 30 s of SIGTERM");
    } else if (m_process.exitStatus() == QProcess::CrashExit) {
        unclean = QStringLiteral("crashed as it stopped (%1)").arg(m_process.errorString());
    } else if (m_process.exitCode() != 0) {
        unclean = QStringLiteral("stopped with status %1").arg(m_process.exitCode());
    }
    if (unclean.isEmpty())
        return true;
    const QByteArray message =
        QStringLiteral("idlefleetd (pid %1, log %2) %3; its log ends:\n%4")
            .arg(m_startedPid)
            .arg(m_logFile, unclean, QString::fromLocal8Bit(log().right(1500)))
            .toLocal8Bit();
    if (QTest::currentTestFunction()) {
        QTest::qFail(message.constData(), __FILE__, __LINE__);
    } else {
        // After the test functions (a test object's members) or in a benchmark's main(): no
        // test to fail, so the program's status says it.
        // What was printed (a benchmark's figures) is kept; temporary folders are not removed.
        std::fprintf(stderr, "FAIL: %s\n", message.constData());
        std::fflush(nullptr);
        std::_Exit(1);
    }
    return false;
}

void BackendProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}
