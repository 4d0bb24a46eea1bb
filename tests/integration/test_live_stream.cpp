// The live stream against a real idlefleetd over TLS: each account gets the frames of the cars it
// may see, a client that drops resumes from its last sequence without losing or repeating a
// frame, and nothing is sent before the server's key matched the pin and the token was valid.

#include "backendtestbase.h"
#include "idlefleet/v1/auth.pb.h"
#include "livestreamclient.h"

#include <QWebSocket>

class LiveStreamTest : public BackendTestBase
{
    Q_OBJECT

    struct Recorder
    {
        std::vector<std::pair<quint64, QString>> frames; // sequence, vehicle
        QStringList vehicles() const
        {
            QStringList out;
            for (const auto &frame : frames) {
                if (!out.contains(frame.second))
                    out << frame.second;
            }
            out.sort();
            return out;
        }
    };

    static void record(LiveStreamClient &stream, Recorder &recorder)
    {
        QObject::connect(&stream, &LiveStreamClient::statusReceived, &stream,
                         [&stream, &recorder](const QString &vehicle, const VehicleStatus &) {
                             recorder.frames.emplace_back(stream.lastSequence(), vehicle);
                         });
        QObject::connect(&stream, &LiveStreamClient::eventReceived, &stream,
                         [&stream, &recorder](const QString &vehicle, const EventInfo &) {
                             recorder.frames.emplace_back(stream.lastSequence(), vehicle);
                         });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A world hour a second: the cars change between every two looks.
        QVERIFY2(m_backend.start(dataDir(), worlds::ordinaryDay(),
                                 {QStringLiteral("--demo-world"), QStringLiteral("--world-size"),
                                  QStringLiteral("40"), QStringLiteral("--clock-speed"),
                                  QStringLiteral("3600")}),
                 qPrintable(m_backend.error()));
    }

    void eachAccountGetsTheCarsItMaySee()
    {
        FleetClient owner;
        signIn(owner);
        LiveStreamClient stream(&owner);
        QSignalSpy opened(&stream, &LiveStreamClient::opened);
        Recorder frames;
        record(stream, frames);
        stream.start();
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().at(0).toBool(), false); // nothing asked to resume
        QTRY_VERIFY_WITH_TIMEOUT(frames.frames.size() >= 6, 20000);
        QCOMPARE(frames.vehicles(),
                 (QStringList{QStringLiteral("veh-alex-1"), QStringLiteral("veh-alex-2")}));
        for (std::size_t i = 1; i < frames.frames.size(); ++i)
            QVERIFY(frames.frames[i].first > frames.frames[i - 1].first);

        FleetClient support;
        signIn(support, QStringLiteral("support@example.com"), QStringLiteral("demo-support"));
        LiveStreamClient supportStream(&support);
        Recorder supportFrames;
        record(supportStream, supportFrames);
        supportStream.start();
        QTRY_VERIFY_WITH_TIMEOUT(supportFrames.frames.size() >= 3, 20000);
        QCOMPARE(supportFrames.vehicles(), QStringList{QStringLiteral("veh-alex-1")});

        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        LiveStreamClient managerStream(&manager);
        Recorder managerFrames;
        record(managerStream, managerFrames);
        managerStream.start();
        QTRY_VERIFY_WITH_TIMEOUT(managerFrames.vehicles().size() >= 10, 30000);
        for (const QString &vehicle : managerFrames.vehicles())
            QVERIFY2(vehicle.startsWith(QStringLiteral("veh-org-")), qPrintable(vehicle));
    }

    void aDroppedClientResumesWithoutLosingOrRepeatingAFrame()
    {
        FleetClient owner;
        signIn(owner);
        // A reference that never drops.
        LiveStreamClient reference(&owner);
        Recorder all;
        record(reference, all);
        QSignalSpy referenceOpened(&reference, &LiveStreamClient::opened);
        reference.start();
        QVERIFY(referenceOpened.wait(10000));

        LiveStreamClient dropping(&owner);
        Recorder parts;
        record(dropping, parts);
        QSignalSpy opened(&dropping, &LiveStreamClient::opened);
        dropping.start(reference.lastSequence());
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(parts.frames.size() >= 3, 20000);
        dropping.stop();
        const quint64 stoppedAt = dropping.lastSequence();
        // The world goes on while it is away.
        QTRY_VERIFY_WITH_TIMEOUT(!all.frames.empty() && all.frames.back().first > stoppedAt + 4,
                                 20000);
        dropping.start(stoppedAt);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 10000);
        QCOMPARE(opened.last().at(0).toBool(), true);
        const quint64 until = all.frames.back().first;
        QTRY_VERIFY_WITH_TIMEOUT(!parts.frames.empty() && parts.frames.back().first >= until,
                                 20000);
        reference.stop();
        dropping.stop();
        // From where the dropping client first started, it saw exactly what the reference saw.
        std::vector<std::pair<quint64, QString>> expected;
        for (const auto &frame : all.frames) {
            if (frame.first >= parts.frames.front().first && frame.first <= until)
                expected.push_back(frame);
        }
        std::vector<std::pair<quint64, QString>> got;
        for (const auto &frame : parts.frames) {
            if (frame.first <= until)
                got.push_back(frame);
        }
        QCOMPARE(got.size(), expected.size());
        QVERIFY(got == expected);
    }

    void aSequenceTooOldStartsAfresh()
    {
        FleetClient owner;
        signIn(owner);
        LiveStreamClient stream(&owner);
        QSignalSpy opened(&stream, &LiveStreamClient::opened);
        stream.start(1);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().at(0).toBool(), false);
        QVERIFY(stream.lastSequence() > 1);
    }

    void noTokenNoStream()
    {
        QWebSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
        socket.setSslConfiguration(tls);
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        QSignalSpy messages(&socket, &QWebSocket::binaryMessageReceived);
        QUrl url = m_backend.url();
        url.setScheme(QStringLiteral("wss"));
        url.setPath(QStringLiteral("/v1/stream"));
        socket.open(url);
        QVERIFY(disconnected.wait(10000));
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY(socket.closeReason().contains(QStringLiteral("sign in")));
        QCOMPARE(messages.size(), 0);
    }

    /// A raw stream opened with `client`'s access token (no reconnecting, unlike the app's).
    static void openRaw(QWebSocket &socket, const QUrl &server, const FleetClient &client)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
        socket.setSslConfiguration(tls);
        QUrl url = server;
        url.setScheme(QStringLiteral("wss"));
        url.setPath(QStringLiteral("/v1/stream"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + client.session().accessToken);
        socket.open(request);
    }

    void signingOutOrANewPasswordEndsTheStreamsAtOnce()
    {
        FleetClient owner;
        signIn(owner);
        FleetClient otherDevice;
        signIn(otherDevice);
        QWebSocket first, second;
        QSignalSpy firstOpen(&first, &QWebSocket::connected);
        QSignalSpy secondOpen(&second, &QWebSocket::connected);
        QSignalSpy firstClosed(&first, &QWebSocket::disconnected);
        QSignalSpy secondClosed(&second, &QWebSocket::disconnected);
        openRaw(first, m_backend.url(), owner);
        openRaw(second, m_backend.url(), otherDevice);
        QVERIFY(firstOpen.wait(10000));
        QVERIFY(secondOpen.size() == 1 || secondOpen.wait(10000));

        // Signing out on one device ends that device's stream, not the other's.
        AWAIT_JOB(out, owner.logout());
        QVERIFY(firstClosed.size() == 1 || firstClosed.wait(5000));
        QCOMPARE(int(first.closeCode()), 4003);
        QCOMPARE(secondClosed.size(), 0);
        QCOMPARE(second.state(), QAbstractSocket::ConnectedState);

        // A new password ends every session of the account, and their streams with them (then
        // the password goes back, for the other tests).
        auto changePassword = [&](FleetClient &client, const char *from, const char *to) {
            v1::ChangePasswordRequest change;
            change.set_current_password(from);
            change.set_new_password(to);
            const QByteArray body = QByteArray::fromStdString(change.SerializeAsString());
            return exchangeRaw(m_backend.url(),
                               "POST /v1/auth/password HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Authorization: Bearer " +
                                   client.session().accessToken +
                                   "\r\nContent-Type: application/x-protobuf\r\nContent-Length: " +
                                   QByteArray::number(body.size()) +
                                   "\r\nConnection: close\r\n\r\n" + body)
                .left(12);
        };
        QCOMPARE(changePassword(otherDevice, "demo-owner", "another password 1"),
                 QByteArray("HTTP/1.1 200"));
        QVERIFY(secondClosed.size() == 1 || secondClosed.wait(5000));
        QCOMPARE(int(second.closeCode()), 4003);
        FleetClient back;
        signIn(back, QStringLiteral("alex@example.com"), QStringLiteral("another password 1"));
        QCOMPARE(changePassword(back, "another password 1", "demo-owner"),
                 QByteArray("HTTP/1.1 200"));
    }

    void aRevokedGrantEndsTheSupportStreamWhichIsAudited()
    {
        FleetClient owner;
        signIn(owner);
        const QString car = QStringLiteral("veh-alex-2");
        AWAIT_JOB(granted, owner.grantSupport(car, QStringLiteral("support@example.com"), 2));
        QVERIFY2(granted->error() == FleetJob::NoError, qPrintable(granted->errorString()));
        FleetClient support;
        signIn(support, QStringLiteral("support@example.com"), QStringLiteral("demo-support"));
        QWebSocket stream;
        QSignalSpy open(&stream, &QWebSocket::connected);
        QSignalSpy closed(&stream, &QWebSocket::disconnected);
        openRaw(stream, m_backend.url(), support);
        QVERIFY(open.wait(10000));
        // The look is in the car's audit, like every other use of the grant.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto audit = FINISHED_JOB(owner.fetchAudit(car));
                for (const AuditEntryInfo &entry : audit->result())
                    if (entry.grantId == granted->result().grantId &&
                        entry.action.contains(QStringLiteral("/v1/stream")))
                        return true;
                return false;
            }(),
            5000);
        // Revoking this grant leaves the engineer's other grant (the demo's, for veh-alex-1), so
        // the stream goes on without the car; revoking that one too ends it.
        AWAIT_JOB(revoked, owner.revokeGrant(granted->result().grantId));
        QCOMPARE(revoked->error(), FleetJob::NoError);
        QTest::qWait(200);
        QCOMPARE(closed.size(), 0);
        AWAIT_JOB(grants, owner.listGrants(QStringLiteral("veh-alex-1")));
        for (const GrantInfo &grant : grants->result()) {
            if (grant.supportEmail == QLatin1String("support@example.com")) {
                AWAIT_JOB(gone, owner.revokeGrant(grant.grantId));
                QCOMPARE(gone->error(), FleetJob::NoError);
            }
        }
        QVERIFY(closed.size() == 1 || closed.wait(5000));
        QCOMPARE(int(stream.closeCode()), 4003);
    }

    void aServerWithAnotherKeyNeverSeesTheToken()
    {
        FleetClient owner;
        signIn(owner);
        owner.setEndpoint(m_backend.url(), {StrangerPin});
        LiveStreamClient stream(&owner);
        QSignalSpy opened(&stream, &LiveStreamClient::opened);
        QSignalSpy closed(&stream, &LiveStreamClient::closed);
        stream.start();
        QVERIFY(closed.wait(10000));
        QCOMPARE(opened.size(), 0);
        QVERIFY(!stream.isConnected());
        QVERIFY(stream.reconnectDelayMs() >= 1000); // it keeps trying, politely
        stream.stop();
    }
};

QTEST_GUILESS_MAIN(LiveStreamTest)
#include "test_live_stream.moc"
