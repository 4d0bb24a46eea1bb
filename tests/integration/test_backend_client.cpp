// idlefleetd over TLS: the first line, pins, HTTP refusals, backup, the lock, restarts.

#include "backendtestbase.h"

#include <QElapsedTimer>
#include <QSslCipher>
#include <sys/stat.h>

class TestBackendClient : public BackendTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWorld(); }

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
        AWAIT_JOB(job, client.fetchServerInfo());
        QCOMPARE(job->error(), FleetJob::NoError);
        QCOMPARE(job->result().apiVersion, 1u);
        QVERIFY(job->result().simulated);
    }

    void aClientDeletedWithItsCallsUnderWayCancelsThemFirst()
    {
        // A sign-in checked against a server when the app quits: the client goes while the
        // call it owns is on its way. The call is cancelled while its connection is still
        // there (before, its end was reported to a connection already deleted, and it crashed).
        for (int round = 0; round < 20; ++round) {
            auto *client = new FleetClient;
            connect(*client, {m_backend.pin()});
            QPointer<FleetJob> info = client->fetchServerInfo(client);
            QPointer<FleetJob> vehicles = client->listVehicles(10, {}, client);
            QVERIFY(info && vehicles);
            // Each round lets the calls get a little further before the client goes.
            QTest::qWait(round);
            delete client;
            QVERIFY(info.isNull());
            QVERIFY(vehicles.isNull());
        }
    }

    void aDifferentKeyFailsWithAClearMessage()
    {
        FleetClient client;
        connect(client, {StrangerPin});
        AWAIT_JOB(job, client.listVehicles());
        QCOMPARE(job->error(), FleetJob::PinMismatch);
        QCOMPARE(job->httpStatus(), 0); // no request went out, so no answer came back
        QVERIFY2(job->errorString().contains(QStringLiteral("different security key")),
                 qPrintable(job->errorString()));
        QVERIFY(job->errorString().contains(m_backend.url().toString()));
    }

    void onlyAeadCipherSuitesAreServed()
    {
        // A TLS 1.2 client offering `ciphers` only: did the handshake succeed?
        auto handshake = [&](const QList<QSslCipher> &ciphers) {
            QSslSocket socket;
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setProtocol(QSsl::TlsV1_2);
            tls.setCiphers(ciphers);
            tls.setPeerVerifyMode(QSslSocket::VerifyNone); // loopback, the test's own backend
            socket.setSslConfiguration(tls);
            socket.connectToHostEncrypted(m_backend.url().host(), quint16(m_backend.url().port()));
            return socket.waitForEncrypted(5000);
        };
        QList<QSslCipher> cbc, aead;
        for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
            if (cipher.protocol() != QSsl::TlsV1_2)
                continue;
            if (cipher.name().contains(QLatin1String("GCM")) ||
                cipher.name().contains(QLatin1String("CHACHA20")))
                aead.append(cipher);
            else
                cbc.append(cipher);
        }
        QVERIFY(!cbc.isEmpty() && !aead.isEmpty());
        QVERIFY(!handshake(cbc));
        QVERIFY(handshake(aead));
    }

    void aBackupPinIsAccepted()
    {
        FleetClient client;
        connect(client, {StrangerPin, m_backend.pin()});
        AWAIT_JOB(job, client.fetchServerInfo());
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
        signIn(client);
        AWAIT_JOB(job, client.listVehicles(0));
        QCOMPARE(job->error(), FleetJob::InvalidRequest);
        QCOMPARE(job->serverError().field, QStringLiteral("page_size"));
        AWAIT_JOB(beyond, client.listVehicles(1000, QStringLiteral("2147483647")));
        QCOMPARE(beyond->error(), FleetJob::InvalidRequest);
        QCOMPARE(beyond->serverError().field, QStringLiteral("page_token"));
        QVERIFY(job->errorString().contains(QStringLiteral("page_size")));
    }

    void aCallRefusedAfterTheSessionWasRefreshedIsSentAgainWithoutAnotherRefresh()
    {
        // As idlefleetctl starts, several calls go out before the session is refreshed, and
        // the refusal of one of them may come back after another's refusal has refreshed it.
        // That call must be sent again with the new token, not refresh once more: a refresh
        // replaces the session, so the calls just sent again with the new token would fail
        // ("the access token is not valid", seen in a support bundle).
        FleetClient client;
        signIn(client);
        const Session current = client.session();
        Session before = current;
        before.accessToken = "an-access-token-refreshed-away";
        client.setSession(before);
        std::unique_ptr<ListVehiclesJob> late(client.listVehicles(10)); // sent with the old token
        client.setSession(current); // meanwhile, the session was refreshed
        QSignalSpy done(late.get(), &FleetJob::finished);
        QVERIFY(done.wait(20000));
        QVERIFY2(late->error() == FleetJob::NoError, qPrintable(late->errorString()));
        // No second refresh: the refresh token is still the one the session had.
        QCOMPARE(client.session().refreshToken, current.refreshToken);
        AWAIT_JOB(again, client.fetchAccount());
        QCOMPARE(again->error(), FleetJob::NoError);
    }

    void oversizedAndMalformedRequestsAreRefusedAndTheServerKeepsServing()
    {
        auto exchange = [this](const QByteArray &request) {
            return exchangeRaw(m_backend.url(), request);
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
        signIn(client);
        AWAIT_JOB(job, client.listVehicles());
        QCOMPARE(job->error(), FleetJob::NoError);
    }

    void theDataIsTheBackendsUsersAloneWhateverTheUmask()
    {
        // A world made under the usual umask 022, with files someone opened up later.
        const mode_t before = umask(022);
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("world"));
        BackendProcess backend;
        QVERIFY2(backend.start(data, worlds::ordinaryDay(),
                               {QStringLiteral("--demo-world"), QStringLiteral("--world-size"),
                                QStringLiteral("5")}),
                 qPrintable(backend.error()));
        auto modeOf = [](const QString &path) {
            struct stat info
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &info) == 0
                       ? int(info.st_mode & 0777)
                       : -1;
        };
        const QStringList files = {QStringLiteral("idlefleetd.sqlite"),
                                   QStringLiteral("idlefleetd.sqlite-wal"),
                                   QStringLiteral("tls-key.pem"), QStringLiteral("endpoint.json")};
        QCOMPARE(modeOf(data), 0700);
        for (const QString &name : files)
            QVERIFY2(modeOf(data + QLatin1Char('/') + name) == 0600, qPrintable(name));
        const QString copy = dir.filePath(QStringLiteral("backup.sqlite"));
        const Run backup = run(BackendProcess::program(),
                               {QStringLiteral("--data"), data, QStringLiteral("--backup"), copy});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        QCOMPARE(modeOf(copy), 0600);
        backend.stop();
        for (const QString &name : files)
            ::chmod(QFile::encodeName(data + QLatin1Char('/') + name).constData(), 0644);
        ::chmod(QFile::encodeName(data).constData(), 0755);
        QVERIFY2(backend.start(data, worlds::ordinaryDay()), qPrintable(backend.error()));
        QCOMPARE(modeOf(data), 0700);
        for (const QString &name : files)
            QVERIFY2(modeOf(data + QLatin1Char('/') + name) == 0600, qPrintable(name));
        umask(before);
    }

    void anOnlineBackupRestoresToAWorkingBackend()
    {
        const QString copy = m_dir.filePath(QStringLiteral("backup.sqlite"));
        const Run backup = run(BackendProcess::program(), {QStringLiteral("--data"), dataDir(),
                                                           QStringLiteral("--backup"), copy});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(16).startsWith("SQLite format 3"));
        file.close();
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));

        // Restore: the backup with the same key starts and serves the same world.
        const QString restored = m_dir.filePath(QStringLiteral("restored"));
        QVERIFY(QDir().mkpath(restored));
        for (const char *name : {"tls-key.pem", "tls-cert.pem"})
            QVERIFY(QFile::copy(QDir(dataDir()).filePath(QLatin1String(name)),
                                QDir(restored).filePath(QLatin1String(name))));
        QVERIFY(QFile::copy(copy, QDir(restored).filePath(QStringLiteral("idlefleetd.sqlite"))));
        BackendProcess second;
        QVERIFY2(second.start(restored, worlds::ordinaryDay()), qPrintable(second.error()));
        QCOMPARE(second.pin(), m_backend.pin());
        FleetClient client;
        client.setEndpoint(second.url(), {second.pin()});
        AWAIT_JOB(login,
                  client.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")));
        QCOMPARE(login->error(), FleetJob::NoError);
        AWAIT_JOB(vehicles, client.listVehicles());
        QCOMPARE(vehicles->result().vehicles.size(), std::size_t(2));
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
        QTest::newRow("token lifetime")
            << QStringList{QStringLiteral("--data"), QStringLiteral("x"),
                           QStringLiteral("--access-token-seconds"), QStringLiteral("0")}
            << QStringLiteral("--access-token-seconds");
        QTest::newRow("provision") << QStringList{QStringLiteral("--data"), QStringLiteral("x"),
                                                  QStringLiteral("--provision-devices"), QString()}
                                   << QStringLiteral("--provision-devices");
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

    void ctlRefusesAnotherKey()
    {
        QTemporaryDir home;
        const Run wrong =
            ctl({QStringLiteral("--server"), m_backend.url().toString(), QStringLiteral("--pin"),
                 StrangerPin, QStringLiteral("login"), QStringLiteral("alex@example.com")},
                home.path(), "demo-owner");
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

    void restartKeepsTheKeyAndTheWorldEvenAfterKill9()
    {
        const QString pin = m_backend.pin();
        m_backend.kill();
        QVERIFY2(
            m_backend.start(dataDir(), worlds::ordinaryDay(), {QStringLiteral("--demo-world")}),
            qPrintable(m_backend.error()));
        QCOMPARE(m_backend.pin(), pin);

        FleetClient client;
        signIn(client);
        AWAIT_JOB(job, client.listVehicles());
        QCOMPARE(job->error(), FleetJob::NoError);
        QCOMPARE(job->result().vehicles.size(), std::size_t(2));
        // Right after a start, within the same simulated minute, each car knows why.
        for (const Vehicle &v : job->result().vehicles)
            QCOMPARE(v.status.contributing, v.status.blockingReasons.isEmpty());

        m_backend.stop();
        QVERIFY(!QFile::exists(QDir(dataDir()).filePath(QStringLiteral("endpoint.json"))));
    }

    void aReadWaitsForTheBackendToComeBack()
    {
        // The backend is down when the read is made and back on the same port a moment later:
        // the read is sent again (with growing delays) and succeeds, without the caller doing
        // anything. A read told not to retry fails at once.
        QVERIFY2(
            m_backend.start(dataDir(), worlds::ordinaryDay(), {QStringLiteral("--demo-world")}),
            qPrintable(m_backend.error()));
        const QUrl url = m_backend.url();
        m_backend.stop();
        FleetClient client;
        client.setEndpoint(url, {m_backend.pin()});
        QElapsedTimer timer;
        timer.start();
        auto once = client.fetchServerInfo();
        once->setMaxRetries(0);
        AWAIT_JOB(onc, once);
        QCOMPARE(onc->error(), FleetJob::ConnectionFailed);
        QVERIFY(timer.elapsed() < 2000);

        auto *patient = client.fetchServerInfo();
        QTest::qWait(600);
        QVERIFY2(m_backend.start(dataDir(), worlds::ordinaryDay(),
                                 {QStringLiteral("--demo-world"), QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:%1").arg(url.port())}),
                 qPrintable(m_backend.error()));
        QCOMPARE(m_backend.url(), url);
        AWAIT_JOB(answered, patient);
        QVERIFY2(answered->error() == FleetJob::NoError, qPrintable(answered->errorString()));
    }
};

QTEST_GUILESS_MAIN(TestBackendClient)
#include "test_backend_client.moc"
