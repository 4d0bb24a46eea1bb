// Floods from the attacker's side, against a real idlefleetd, while legitimate clients must keep
// being served: idle connections from one address (also the legitimate client's own), unfinished
// 1 MB bodies, an oversized WebSocket message, and more live streams than an account may hold.
// Loopback has a whole /8: an attacker's sockets bind 127.0.0.2 or 127.0.0.3, the legitimate
// client comes from 127.0.0.1. Latencies are printed for the figures, not asserted.

#include "backendtestbase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QWebSocket>
#include <algorithm>
#include <memory>
#include <sys/resource.h>
#include <vector>

namespace {

/// A TLS connection from `local`, encrypted (or failed) when it returns.
std::unique_ptr<QSslSocket> connectFrom(const QString &local, const QUrl &server)
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setPeerVerifyMode(QSslSocket::VerifyNone); // loopback, the test's own backend
    if (!socket->bind(QHostAddress(local), 0))
        return socket;
    socket->connectToHostEncrypted(server.host(), quint16(server.port()));
    return socket;
}

/// GET /v1/health from `local` on a fresh connection: the status code, -1 if none came.
int healthFrom(const QString &local, const QUrl &server)
{
    return statusOf(exchangeRaw(
        server, "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", local));
}

/// The backend's resident memory, MiB (from /proc).
double residentMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

/// p99 and max of the latencies of `count` GET /v1/info calls by `client`, ms.
QString latencies(FleetClient &client, int count)
{
    std::vector<double> ms;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto info = FINISHED_JOB(client.fetchServerInfo());
        if (info->error() != FleetJob::NoError)
            return QStringLiteral("failed: %1").arg(info->errorString());
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("p99 %1 ms, max %2 ms")
        .arg(ms[std::size_t(double(ms.size() - 1) * 0.99)], 0, 'f', 2)
        .arg(ms.back(), 0, 'f', 2);
}

} // namespace

class TestFloods : public BackendTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Hundreds of sockets on this side too.
        rlimit limit{};
        getrlimit(RLIMIT_NOFILE, &limit);
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 65536);
        setrlimit(RLIMIT_NOFILE, &limit);
        startWorld();
        FleetClient client;
        connect(client, {m_backend.pin()});
        qInfo("GET /v1/info, no flood: %s", qPrintable(latencies(client, 200)));
    }

    void idleConnectionsFromOneAddressKeepNoOneOut()
    {
        // More idle connections from one address than it may hold.
        std::vector<std::unique_ptr<QSslSocket>> idle;
        const int flood = 600;
        for (int i = 0; i < flood; ++i)
            idle.push_back(connectFrom(QStringLiteral("127.0.0.2"), m_backend.url()));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(idle.begin(), idle.end(),
                                             [](const auto &s) {
                                                 return s->isEncrypted() ||
                                                        s->state() ==
                                                            QAbstractSocket::UnconnectedState;
                                             }),
                                 60000);
        // Others are served, and so is a newcomer from the flooding address itself: the
        // connections idle the longest made room.
        FleetClient client;
        connect(client, {m_backend.pin()});
        qInfo("GET /v1/info, 600 idle connections from one address: %s",
              qPrintable(latencies(client, 200)));
        QCOMPARE(healthFrom(QStringLiteral("127.0.0.1"), m_backend.url()), 200);
        QCOMPARE(healthFrom(QStringLiteral("127.0.0.2"), m_backend.url()), 200);
        // The server let the oldest go: no more than its limit per address stay open.
        QTRY_VERIFY_WITH_TIMEOUT(std::count_if(idle.begin(), idle.end(),
                                               [](const auto &s) {
                                                   return s->state() ==
                                                          QAbstractSocket::ConnectedState;
                                               }) <= 512,
                                 10000);
    }

    void unfinishedBodiesTakeNoMoreThanTheirBudget()
    {
        const double before = residentMiB(m_backend.pid());
        // Each sends the head and 900 KB of a 1 MB body, then waits.
        std::vector<std::unique_ptr<QSslSocket>> senders;
        const QByteArray head = "POST /v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Content-Type: application/x-protobuf\r\n"
                                "Content-Length: 1000000\r\n\r\n";
        const QByteArray part(900 * 1000, 'x');
        for (int i = 0; i < 200; ++i)
            senders.push_back(connectFrom(QStringLiteral("127.0.0.3"), m_backend.url()));
        for (auto &sender : senders) {
            if (sender->waitForEncrypted(10000))
                sender->write(head + part);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(senders.begin(), senders.end(),
                                             [](const auto &s) {
                                                 return s->encryptedBytesToWrite() == 0 ||
                                                        s->state() !=
                                                            QAbstractSocket::ConnectedState;
                                             }),
                                 60000);
        QTest::qWait(500); // the backend reads what arrived
        const double during = residentMiB(m_backend.pid());
        int refused = 0;
        for (auto &sender : senders) {
            sender->waitForReadyRead(50);
            refused += sender->readAll().startsWith("HTTP/1.1 503") ? 1 : 0;
        }
        FleetClient client;
        connect(client, {m_backend.pin()});
        qInfo("200 unfinished 1 MB bodies: %.0f MiB before, %.0f MiB during, %d answered 503; "
              "GET /v1/info: %s",
              before, during, refused, qPrintable(latencies(client, 100)));
        // What the flood adds is the budget; the resident size before it depends on the machine
        // (an LD_PRELOAD such as libfaketime's adds 40 MiB).
        QVERIFY2(during - before < 140,
                 qPrintable(QStringLiteral("%1 MiB before, %2 during").arg(before).arg(during)));
        QVERIFY2(refused > 100, qPrintable(QString::number(refused)));
        QCOMPARE(healthFrom(QStringLiteral("127.0.0.1"), m_backend.url()), 200);
    }

    void anOversizedStreamMessageIsRefusedAtOnce()
    {
        FleetClient owner;
        signIn(owner);
        QWebSocket socket;
        openStream(socket, owner);
        QSignalSpy open(&socket, &QWebSocket::connected);
        QSignalSpy closed(&socket, &QWebSocket::disconnected);
        QVERIFY(open.size() == 1 || open.wait(10000));
        const double before = residentMiB(m_backend.pid());
        socket.sendBinaryMessage(QByteArray(8 * 1024 * 1024, 'x'));
        // The server hangs up on it (it reads no messages, and none this large).
        QVERIFY(closed.size() == 1 || closed.wait(20000));
        const double after = residentMiB(m_backend.pid());
        qInfo("an 8 MiB stream message: %.0f MiB before, %.0f MiB after (close code %d)", before,
              after, int(socket.closeCode()));
        QVERIFY2(after < before + 32,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    void anAccountHoldsABoundedNumberOfStreams()
    {
        FleetClient owner;
        signIn(owner);
        std::vector<std::unique_ptr<QWebSocket>> streams;
        for (int i = 0; i < 20; ++i) {
            streams.push_back(std::make_unique<QWebSocket>());
            openStream(*streams.back(), owner);
        }
        // Sixteen stay; the others are told why they were closed.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::count_if(streams.begin(), streams.end(),
                          [](const auto &s) { return s->closeCode() == 4029; }) == 4,
            20000);
        QTRY_COMPARE_WITH_TIMEOUT(int(std::count_if(streams.begin(), streams.end(),
                                                    [](const auto &s) {
                                                        return s->state() ==
                                                               QAbstractSocket::ConnectedState;
                                                    })),
                                  16, 20000);
    }

private:
    void openStream(QWebSocket &socket, const FleetClient &client)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
        socket.setSslConfiguration(tls);
        QUrl url = m_backend.url();
        url.setScheme(QStringLiteral("wss"));
        url.setPath(QStringLiteral("/v1/stream"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + client.session().accessToken);
        socket.open(request);
    }
};

QTEST_GUILESS_MAIN(TestFloods)
#include "test_floods.moc"
