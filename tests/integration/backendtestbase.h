#pragma once

// Shared by the integration tests: a real idlefleetd with a demo world in a temporary folder,
// and helpers to sign in, wait for jobs and run idlefleetctl.

#include "backendprocess.h"
#include "commandsigning.h"
#include "fleetclient.h"
#include "jobwait.h"
#include "pinnedtransport.h"
#include "policy/policydocument.h"
#include "supportbundle.h"
#include "vehiclekey.h"
#include "worldnow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace idlefleet;
using namespace idlefleet::client;

namespace testing {

// A well-formed pin of a key nobody has.
const QString StrangerPin = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

/// One raw exchange over TLS with a test's own backend on loopback, as an attacker's script
/// would send it: `request` written as is, everything the server sends until it closes or
/// goes quiet for 5 s. `local` binds the client's side to another loopback address
/// (127.0.0.2, ...). "no TLS" if no TLS session came up.
inline QByteArray exchangeRaw(const QUrl &server, const QByteArray &request,
                              const QString &local = {})
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone); // loopback, the test's own backend
    if (!local.isEmpty() && !socket.bind(QHostAddress(local), 0))
        return QByteArray("no TLS");
    socket.connectToHostEncrypted(server.host(), quint16(server.port()));
    if (!socket.waitForEncrypted(10000))
        return QByteArray("no TLS");
    socket.write(request);
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer;
}

/// The status code of a raw answer, -1 if it is not HTTP.
inline int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : -1;
}

} // namespace testing

using namespace testing;

class BackendTestBase : public QObject
{
protected:
    /// Starts the world every test of the class shares.
    void startWorld()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(
            m_backend.start(dataDir(), worlds::ordinaryDay(), {QStringLiteral("--demo-world")}),
            qPrintable(m_backend.error()));
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("world")); }

    void connect(FleetClient &client, const QStringList &pins)
    {
        client.setEndpoint(m_backend.url(), pins);
    }

    /// The world's time now, from the backend (its clock is pinned: never the wall clock's).
    QDateTime worldNow()
    {
        FleetClient client;
        connect(client, {m_backend.pin()});
        return worldNowFrom(client);
    }

    /// Today on a car's calendar in `zone`, in the world's time.
    QDate worldToday(const char *zone = "Europe/Berlin")
    {
        return worlds::localDate(worldNow(), zone);
    }

    /// A client signed in as the demo owner.
    void signIn(FleetClient &client, const QString &email = QStringLiteral("alex@example.com"),
                const QString &password = QStringLiteral("demo-owner"))
    {
        connect(client, {m_backend.pin()});
        AWAIT_JOB(job, client.login(email, password));
        QVERIFY2(job->error() == FleetJob::NoError, qPrintable(job->errorString()));
        QVERIFY(client.signedIn());
    }

    Run ctl(const QStringList &arguments, const QString &home, const QByteArray &password = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("IDLEFLEETCTL_HOME"), home);
        if (!password.isEmpty())
            environment.insert(QStringLiteral("IDLEFLEET_PASSWORD"), QString::fromLatin1(password));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(IDLEFLEETCTL_PATH), arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QTemporaryDir m_dir;
    BackendProcess m_backend;
};
