// The client against a real idlefleetd over TLS on loopback.

#include "backendprocess.h"
#include "fleetclient.h"
#include "pinnedtransport.h"

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

namespace {

// A well-formed pin of a key nobody has.
const QString StrangerPin = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

template<typename Job>
std::unique_ptr<Job> finish(Job *job)
{
    std::unique_ptr<Job> owned(job);
    QSignalSpy finished(job, &FleetJob::finished);
    if (!finished.wait(30000))
        qFatal("job did not finish");
    return owned;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestBackendClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    BackendProcess m_backend;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("world")); }

    void connect(FleetClient &client, const QStringList &pins)
    {
        client.setEndpoint(m_backend.url(), pins);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_backend.start(dataDir(), {QStringLiteral("--demo-world")}),
                 qPrintable(m_backend.error()));
    }

    void firstLineNamesUrlAndPin()
    {
        const QString line = m_backend.firstLine();
        QVERIFY2(line.startsWith(QStringLiteral("{\"url\": \"https://127.0.0.1:")),
                 qPrintable(line));
        QCOMPARE(m_backend.pin().size(), 44);
        QVERIFY(m_backend.url().port() > 0);
    }

    void serverInfoSaysItsApiVersion()
    {
        FleetClient client;
        connect(client, {m_backend.pin()});
        auto job = finish(client.fetchServerInfo());
        QCOMPARE(job->error(), FleetJob::NoError);
        QCOMPARE(job->result().apiVersion, 1u);
        QVERIFY(job->result().simulated);
    }

    void listsTheDemoOwnersCars()
    {
        FleetClient client;
        connect(client, {m_backend.pin()});
        auto job = finish(client.listVehicles());
        QVERIFY2(job->error() == FleetJob::NoError, qPrintable(job->errorString()));
        const auto &vehicles = job->result().vehicles;
        QCOMPARE(vehicles.size(), std::size_t(2));
        QCOMPARE(vehicles[0].name, QStringLiteral("Blue Saloon"));
        for (const Vehicle &v : vehicles) {
            QVERIFY(v.status.socPercent > 0 && v.status.socPercent <= 100);
            QVERIFY(qAbs(v.status.observedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
            QCOMPARE(v.timeZone, QStringLiteral("Europe/Berlin"));
        }
    }

    void pagesThroughTheList()
    {
        FleetClient client;
        connect(client, {m_backend.pin()});
        auto first = finish(client.listVehicles(1));
        QCOMPARE(first->result().vehicles.size(), std::size_t(1));
        QCOMPARE(first->result().totalCount, 2);
        QVERIFY(!first->result().nextPageToken.isEmpty());
        auto second = finish(client.listVehicles(1, first->result().nextPageToken));
        QCOMPARE(second->result().vehicles.size(), std::size_t(1));
        QVERIFY(second->result().nextPageToken.isEmpty());
        QVERIFY(second->result().vehicles[0].id != first->result().vehicles[0].id);
    }

    void aDifferentKeyFailsWithAClearMessage()
    {
        FleetClient client;
        connect(client, {StrangerPin});
        auto job = finish(client.listVehicles());
        QCOMPARE(job->error(), FleetJob::PinMismatch);
        QCOMPARE(job->httpStatus(), 0); // no request went out, so no answer came back
        QVERIFY2(job->errorString().contains(QStringLiteral("different security key")),
                 qPrintable(job->errorString()));
        QVERIFY(job->errorString().contains(m_backend.url().toString()));
    }

    void aBackupPinIsAccepted()
    {
        FleetClient client;
        connect(client, {StrangerPin, m_backend.pin()});
        auto job = finish(client.listVehicles());
        QCOMPARE(job->error(), FleetJob::NoError);
    }

    void badRequestsGetProtobufErrors()
    {
        PinnedTransport transport;
        transport.setEndpoint(m_backend.url(), {m_backend.pin()});

        std::unique_ptr<QNetworkReply> missing(transport.get(QStringLiteral("/v1/nowhere")));
        QSignalSpy missingDone(missing.get(), &QNetworkReply::finished);
        QVERIFY(missingDone.wait(10000));
        QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        ServerError error;
        QVERIFY(decodeServerError(missing->readAll(), &error));
        QCOMPARE(error.code, QStringLiteral("not_found"));

        FleetClient client;
        connect(client, {m_backend.pin()});
        auto job = finish(client.listVehicles(0));
        QCOMPARE(job->error(), FleetJob::InvalidRequest);
        QCOMPARE(job->serverError().field, QStringLiteral("page_size"));
        QVERIFY(job->errorString().contains(QStringLiteral("page_size")));
    }

    // A body over the limit is refused from its Content-Length, and the server goes on serving.
    void oversizedAndMalformedRequestsAreRefusedAndTheServerKeepsServing()
    {
        auto exchange = [this](const QByteArray &request) {
            QSslSocket socket;
            socket.setPeerVerifyMode(QSslSocket::VerifyNone);
            socket.connectToHostEncrypted(m_backend.url().host(), quint16(m_backend.url().port()));
            if (!socket.waitForEncrypted(10000))
                return QByteArray("no TLS");
            socket.write(request);
            QByteArray answer;
            while (socket.waitForReadyRead(5000))
                answer += socket.readAll();
            return answer;
        };
        const QByteArray huge = exchange("POST /v1/vehicles HTTP/1.1\r\nHost: x\r\n"
                                         "Content-Type: application/x-protobuf\r\n"
                                         "Content-Length: 500000000\r\n\r\n" +
                                         QByteArray(65536, 'x'));
        QVERIFY2(huge.startsWith("HTTP/1.1 413 "), huge.left(80).constData());
        QVERIFY(huge.contains("Connection: close"));
        const QByteArray garbage = exchange(QByteArray("\x00\x01\x02 nonsense\r\n\r\n", 20));
        QVERIFY2(garbage.startsWith("HTTP/1.1 400 "), garbage.left(80).constData());
        const QByteArray wrongMethod = exchange("DELETE /v1/vehicles HTTP/1.1\r\nHost: x\r\n"
                                                "Connection: close\r\n\r\n");
        QVERIFY2(wrongMethod.startsWith("HTTP/1.1 405 "), wrongMethod.left(80).constData());
        QVERIFY(wrongMethod.contains("Allow: GET"));

        FleetClient client;
        connect(client, {m_backend.pin()});
        auto job = finish(client.listVehicles());
        QCOMPARE(job->error(), FleetJob::NoError);
    }

    void oneBackendPerFolder()
    {
        const Run second = run(BackendProcess::program(),
                               {QStringLiteral("--data"), dataDir(), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0")});
        QCOMPARE(second.exitCode, 1);
        QVERIFY(second.out.isEmpty());
        QVERIFY2(second.err.contains("already served by another idlefleetd"),
                 second.err.constData());
    }

    void badCommandLinesExitWithStatusTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no data") << QStringList{} << QStringLiteral("--data DIR is required");
        QTest::newRow("listen") << QStringList{QStringLiteral("--data"), QStringLiteral("x"),
                                               QStringLiteral("--listen"), QStringLiteral("here")}
                                << QStringLiteral("--listen");
        QTest::newRow("port") << QStringList{QStringLiteral("--data"), QStringLiteral("x"),
                                             QStringLiteral("--listen"),
                                             QStringLiteral("127.0.0.1:70000")}
                              << QStringLiteral("port '70000'");
        QTest::newRow("speed") << QStringList{QStringLiteral("--data"), QStringLiteral("x"),
                                              QStringLiteral("--clock-speed"), QStringLiteral("-3")}
                               << QStringLiteral("--clock-speed");
        QTest::newRow("size") << QStringList{QStringLiteral("--data"), QStringLiteral("x"),
                                             QStringLiteral("--world-size"), QStringLiteral("lots")}
                              << QStringLiteral("--world-size");
    }
    void badCommandLinesExitWithStatusTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(BackendProcess::program(), arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    }

    void ctlListsVehiclesAsJson()
    {
        const Run result =
            run(QStringLiteral(IDLEFLEETCTL_PATH),
                {QStringLiteral("--server"), m_backend.url().toString(), QStringLiteral("--pin"),
                 m_backend.pin(), QStringLiteral("--json"), QStringLiteral("vehicles")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray vehicles = QJsonDocument::fromJson(result.out)
                                        .object()
                                        .value(QStringLiteral("vehicles"))
                                        .toArray();
        QCOMPARE(vehicles.size(), 2);
        QCOMPARE(vehicles.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("veh-alex-1"));
    }

    void ctlRefusesAnotherKey()
    {
        const Run wrong = run(QStringLiteral(IDLEFLEETCTL_PATH),
                              {QStringLiteral("--server"), m_backend.url().toString(),
                               QStringLiteral("--pin"), StrangerPin, QStringLiteral("vehicles")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.out.isEmpty());
        QVERIFY(wrong.err.contains("different security key"));

        const Run malformed =
            run(QStringLiteral(IDLEFLEETCTL_PATH),
                {QStringLiteral("--server"), m_backend.url().toString(), QStringLiteral("--pin"),
                 QStringLiteral("short"), QStringLiteral("vehicles")});
        QCOMPARE(malformed.exitCode, 2);
        QVERIFY(malformed.err.startsWith("idlefleetctl: --pin"));
    }

    // Runs last: it restarts the backend.
    void restartKeepsTheKeyAndTheWorldEvenAfterKill9()
    {
        const QString pin = m_backend.pin();
        m_backend.kill();
        QVERIFY2(m_backend.start(dataDir(), {QStringLiteral("--demo-world")}),
                 qPrintable(m_backend.error()));
        QCOMPARE(m_backend.pin(), pin);

        FleetClient client;
        connect(client, {pin});
        auto job = finish(client.listVehicles());
        QCOMPARE(job->error(), FleetJob::NoError);
        QCOMPARE(job->result().vehicles.size(), std::size_t(2));

        m_backend.stop();
        QVERIFY(!QFile::exists(QDir(dataDir()).filePath(QStringLiteral("endpoint.json"))));
    }
};

QTEST_GUILESS_MAIN(TestBackendClient)
#include "test_backend_client.moc"
