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
#include <memory>
#include <vector>

using namespace idlefleet;
using namespace idlefleet::client;

namespace testing {

// A well-formed pin of a key nobody has.
const QString StrangerPin = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

/// How a finished command ended and what it wrote.
struct Run
{
    int exitCode = -1; ///< -1 when it crashed or did not finish within its time
    QByteArray out;
    QByteArray err;
    QString ending; ///< "status N", "crashed: ...", or "still running after 60 s (killed)"

    /// The ending with both streams, for a failure's message.
    QString describe() const
    {
        return ending + QStringLiteral("; stdout: ") + QString::fromUtf8(out) +
               QStringLiteral("; stderr: ") + QString::fromUtf8(err);
    }
};

/// Waits for `process` (started) to end, at most 60 s, and collects how it did.
inline Run finish(QProcess &process)
{
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        result.ending = QStringLiteral("still running after 60 s (killed)");
    } else if (process.exitStatus() == QProcess::CrashExit) {
        result.ending = QStringLiteral("crashed: ") + process.errorString();
    } else {
        result.exitCode = process.exitCode();
        result.ending = QStringLiteral("status %1").arg(result.exitCode);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return finish(process);
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

/// Raw exchanges sent together, as a script with many connections would: every connection is
/// opened first (each from its own local address, if given), then every request is written in
/// one go, then every answer read until its connection closes (ask for Connection: close) or
/// goes quiet for 10 s. "no TLS" for a connection that did not come up.
inline QList<QByteArray> exchangeTogether(const QUrl &server, const QList<QByteArray> &requests,
                                          const QStringList &locals = {})
{
    std::vector<std::unique_ptr<QSslSocket>> sockets;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setPeerVerifyMode(QSslSocket::VerifyNone); // loopback, the test's own backend
        if (i < locals.size())
            socket->bind(QHostAddress(locals[i]), 0);
        socket->connectToHostEncrypted(server.host(), quint16(server.port()));
        sockets.push_back(std::move(socket));
    }
    for (auto &socket : sockets)
        socket->waitForEncrypted(10000);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (sockets[std::size_t(i)]->isEncrypted()) {
            sockets[std::size_t(i)]->write(requests[i]);
            sockets[std::size_t(i)]->flush(); // now, not when its answer is awaited
        }
    }
    QList<QByteArray> answers;
    for (auto &socket : sockets) {
        if (!socket->isEncrypted()) {
            answers.append(QByteArray("no TLS"));
            continue;
        }
        QByteArray answer;
        while (socket->state() == QAbstractSocket::ConnectedState &&
               socket->waitForReadyRead(10000))
            answer += socket->readAll();
        answer += socket->readAll();
        answers.append(answer);
    }
    return answers;
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
    /// Starts the world every test of the class shares. The demo organisation enrols a fleet
    /// key that the test holds as its administrator would (m_fleetKey), never the backend.
    void startWorld()
    {
        makeFleetKey();
        QVERIFY2(m_backend.start(dataDir(), worlds::ordinaryDay(),
                                 {QStringLiteral("--demo-world"),
                                  QStringLiteral("--demo-fleet-key"), fleetKeyFile(false)}),
                 qPrintable(m_backend.error()));
    }

    /// A new organisation fleet key (m_fleetKey), written as its two halves (fleetKeyFile()).
    void makeFleetKey()
    {
        QVERIFY(m_dir.isValid());
        m_fleetKey = VehicleKeyPair::generate();
        QFile publicKey(fleetKeyFile(false));
        QVERIFY(publicKey.open(QIODevice::WriteOnly));
        publicKey.write(publicKeyPem(m_fleetKey.publicKeyDer()));
        publicKey.close();
        QFile privateKey(fleetKeyFile(true));
        QVERIFY(privateKey.open(QIODevice::WriteOnly));
        privateKey.write(m_fleetKey.privatePem());
        privateKey.close();
    }

    /// The demo organisation's fleet key as files: its public half (what the operator enrols)
    /// or its private half (what the administrator imports into an idlefleetctl home).
    QString fleetKeyFile(bool privateHalf) const
    {
        return m_dir.filePath(privateHalf ? QStringLiteral("fleet-key.pem")
                                          : QStringLiteral("fleet-key.pub.pem"));
    }

    /// `manager`'s key certified as the organisation's administrator does it: the manager asks,
    /// the administrator signs what waits with the fleet key, the backend relays it.
    CertificateInfo certifiedByAdministrator(FleetClient &manager, const VehicleKeyPair &key,
                                             const QString &label, int days = 30)
    {
        std::unique_ptr<CertificateJob> asked(manager.certifyKey(key.publicKeyDer(), label));
        QSignalSpy askedDone(asked.get(), &FleetJob::finished);
        if (!askedDone.wait(20000) ||
            asked->serverError().code != QLatin1String("certificate_pending"))
            return {};
        const QByteArray certificate = makeKeyCertificate(
            m_fleetKey, manager.session().account.organisationId, key.publicKeyDer(), label,
            manager.session().account.email, QDateTime::currentDateTimeUtc().addDays(days));
        std::unique_ptr<EmptyJob> upload(
            manager.uploadCertificate(keyIdOf(key.publicKeyDer()), certificate));
        QSignalSpy uploaded(upload.get(), &FleetJob::finished);
        if (!uploaded.wait(20000) || upload->error() != FleetJob::NoError)
            return {};
        std::unique_ptr<CertificateJob> again(manager.certifyKey(key.publicKeyDer(), label));
        QSignalSpy againDone(again.get(), &FleetJob::finished);
        if (!againDone.wait(20000) || again->error() != FleetJob::NoError)
            return {};
        return again->result();
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
        return finish(process);
    }

    /// Signs idlefleetctl in to this backend, in the home `home`, as `email` with `password`:
    /// empty when it did, else what it said.
    QString ctlLogin(const QString &home, const QString &email, const QByteArray &password)
    {
        const Run run =
            ctl({QStringLiteral("--server"), m_backend.url().toString(), QStringLiteral("--pin"),
                 m_backend.pin(), QStringLiteral("login"), email},
                home, password);
        return run.exitCode == 0 ? QString() : QStringLiteral("login: ") + run.describe();
    }

    /// Pairs `car` with the idlefleetctl home `home` (signed in already) as an owner does from
    /// the command line: asks, reads the code on the car's screen, confirms with `extra` (a
    /// --label). Empty when paired, else what failed.
    QString pairFromCommandLine(const QString &home, const QString &car,
                                const QStringList &extra = {})
    {
        const Run asked = ctl({QStringLiteral("pair"), car}, home);
        if (asked.exitCode != 0)
            return QStringLiteral("pair: ") + asked.describe();
        const Run screen = ctl(
            {QStringLiteral("--json"), QStringLiteral("sim"), QStringLiteral("screen"), car}, home);
        const QString code = QJsonDocument::fromJson(screen.out)
                                 .object()
                                 .value(QStringLiteral("pairingCode"))
                                 .toString();
        if (code.size() != 6)
            return QStringLiteral("the car's screen shows no code: ") +
                   QString::fromUtf8(screen.out);
        const Run paired = ctl(
            QStringList{QStringLiteral("pair"), car, QStringLiteral("--code"), code} + extra, home);
        return paired.exitCode == 0 ? QString()
                                    : QStringLiteral("pair --code: ") + paired.describe();
    }

    QTemporaryDir m_dir;
    BackendProcess m_backend;
    VehicleKeyPair m_fleetKey; ///< the demo organisation's, held as its administrator would
};
