// What an operator sees of a real idlefleetd: one log line per request, good or bad, with its
// route, status, time and account but never a secret; and Prometheus metrics on an address of
// the operator's own, which a strict parser of the text format reads and whose counters move.

#include "backendtestbase.h"
#include "idlefleet/v1/auth.pb.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTcpSocket>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

/// GET `path` over plain HTTP/1.1 (the metrics address has no TLS); the body, empty on failure.
/// Read up to its Content-Length: the metrics server (QHttpServer) keeps the connection open
/// after answering even when asked to close it.
QByteArray plainGet(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + url.path().toLatin1() + " HTTP/1.1\r\nHost: " + url.host().toLatin1() +
                 "\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    static const QRegularExpression length(QStringLiteral("\r\ncontent-length: *(\\d+)\r\n"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (;;) {
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end > 0) {
            const auto match = length.match(QString::fromLatin1(answer.left(end + 2)));
            if (match.hasMatch() && answer.size() - end - 4 >= match.captured(1).toLongLong())
                break;
        }
        if (!socket.waitForReadyRead(5000))
            break;
        answer += socket.readAll();
    }
    const qsizetype end = answer.indexOf("\r\n\r\n");
    return answer.startsWith("HTTP/1.1 200") && end > 0 ? answer.mid(end + 4) : QByteArray();
}

/// The samples of a Prometheus text exposition, checked strictly: every line a comment (HELP or
/// TYPE before the family's samples, a known type) or `name{label="value",...} number`;
/// histogram buckets cumulative and ending in +Inf equal to _count. Empty `problem` when sound.
QHash<QString, double> parseExposition(const QByteArray &text, QString *problem)
{
    static const QRegularExpression sample(QStringLiteral(
        R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\["\\n])*",?)*)\})? (-?[0-9.eE+-]+|\+Inf|NaN)$)"));
    static const QRegularExpression typeLine(QStringLiteral(
        R"(^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$)"));
    QHash<QString, double> samples;
    QHash<QString, QString> types;
    QHash<QString, double> lastBucket; // family+labels without le -> last cumulative count
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("# HELP ")))
            continue;
        if (line.startsWith(QLatin1String("# TYPE "))) {
            const auto match = typeLine.match(line);
            if (!match.hasMatch()) {
                *problem = QStringLiteral("bad TYPE line: ") + line;
                return {};
            }
            types.insert(match.captured(1), match.captured(2));
            continue;
        }
        const auto match = sample.match(line);
        if (!match.hasMatch()) {
            *problem = QStringLiteral("not a sample: ") + line;
            return {};
        }
        const QString name = match.captured(1);
        QString family = name;
        for (const char *suffix : {"_bucket", "_sum", "_count"}) {
            if (name.endsWith(QLatin1String(suffix)) &&
                types.value(name.chopped(int(qstrlen(suffix)))) == QLatin1String("histogram"))
                family = name.chopped(int(qstrlen(suffix)));
        }
        if (!types.contains(family)) {
            *problem = QStringLiteral("a sample before its TYPE: ") + line;
            return {};
        }
        bool ok = true;
        const QString valueText = match.captured(4);
        const double value = valueText == QLatin1String("+Inf") ? qInf() : valueText.toDouble(&ok);
        if (!ok) {
            *problem = QStringLiteral("not a number: ") + line;
            return {};
        }
        if (name.endsWith(QLatin1String("_bucket")) && family != name) {
            QString series = match.captured(3);
            series.remove(QRegularExpression(QStringLiteral(R"(,?le="[^"]*")")));
            if (value < lastBucket.value(family + series, 0)) {
                *problem = QStringLiteral("buckets not cumulative: ") + line;
                return {};
            }
            lastBucket.insert(family + series, value);
        }
        samples.insert(name + match.captured(2), value);
    }
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        if (!it.key().contains(QLatin1String("_bucket{")) ||
            !it.key().contains(QLatin1String("le=\"+Inf\"")))
            continue;
        QString count = it.key();
        count.replace(QLatin1String("_bucket{"), QLatin1String("_count{"));
        count.remove(QRegularExpression(QStringLiteral(R"(,?le="\+Inf")")));
        count.replace(QLatin1String("{}"), QString());
        if (samples.value(count, -1) != it.value()) {
            *problem = QStringLiteral("+Inf bucket differs from its count: ") + it.key();
            return {};
        }
    }
    return samples;
}

} // namespace

class TestOperations : public BackendTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_backend.start(dataDir(), worlds::ordinaryDay(),
                                 {QStringLiteral("--demo-world"), QStringLiteral("--world-size"),
                                  QStringLiteral("20"), QStringLiteral("--metrics"),
                                  QStringLiteral("127.0.0.1:0")}),
                 qPrintable(m_backend.error()));
        // Said on stderr just after the first line on stdout.
        const QRegularExpression said(QStringLiteral("metrics on (http://\\S+)"));
        QTRY_VERIFY_WITH_TIMEOUT(said.match(QString::fromUtf8(m_backend.log())).hasMatch(), 10000);
        const auto match = said.match(QString::fromUtf8(m_backend.log()));
        QVERIFY2(match.hasMatch(), m_backend.log().constData());
        m_metrics = QUrl(match.captured(1));
    }

    void everyRequestIsLoggedWithoutASecret()
    {
        FleetClient alex;
        signIn(alex);
        const Session session = alex.session();
        AWAIT_JOB(vehicles, alex.listVehicles());
        QCOMPARE(vehicles->error(), FleetJob::NoError);
        // Bad ones: a wrong password, a route that does not exist, bytes that are no request.
        FleetClient wrong;
        connect(wrong, {m_backend.pin()});
        AWAIT_JOB(refused, wrong.login(QStringLiteral("alex@example.com"),
                                       QStringLiteral("not-the-password-1234")));
        QCOMPARE(refused->httpStatus(), 401);
        QCOMPARE(statusOf(exchangeRaw(m_backend.url(), "GET /v1/no/such/thing HTTP/1.1\r\nHost: "
                                                       "127.0.0.1\r\nConnection: close\r\n\r\n")),
                 404);
        QCOMPARE(statusOf(exchangeRaw(m_backend.url(), "GET /v1/info HTTP/1.1\nHost: x\n\n")), 400);

        // The server writes a line after it answers, and its stderr arrives through the event
        // loop: wait for the last request's line before reading the log.
        auto lineIn = [](const QByteArray &text, const QString &pattern) {
            return QRegularExpression(pattern, QRegularExpression::MultilineOption)
                .match(QString::fromUtf8(text))
                .hasMatch();
        };
        const QString refusedLine =
            QStringLiteral(R"(^idlefleetd: refused status=400 peer=127\.0\.0\.1$)");
        QTRY_VERIFY_WITH_TIMEOUT(lineIn(m_backend.log(), refusedLine), 10000);
        const QByteArray log = m_backend.log();
        auto lineWith = [&log, &lineIn](const QString &pattern) {
            return lineIn(log, pattern);
        };
        QVERIFY2(
            lineWith(QStringLiteral(
                R"(^idlefleetd: request id=[0-9a-f]+ method=POST route=/v1/auth/login status=200 ms=[0-9.]+ peer=127\.0\.0\.1 account=-$)")),
            log.constData());
        QVERIFY(lineWith(QStringLiteral(
            R"(^idlefleetd: request id=[0-9a-f]+ method=GET route=/v1/vehicles status=200 ms=[0-9.]+ peer=127\.0\.0\.1 account=\S+$)")));
        QVERIFY(lineWith(QStringLiteral(R"(route=/v1/auth/login status=401 )")));
        QVERIFY(lineWith(QStringLiteral(R"(route=unmatched status=404 )")));
        QVERIFY(lineWith(refusedLine));
        // The account is named by its id, never its address; no token, password or key.
        QVERIFY(
            lineWith(QStringLiteral("account=") + QRegularExpression::escape(session.account.id)));
        for (const QByteArray &secret :
             {session.accessToken, session.refreshToken, QByteArray("demo-owner"),
              QByteArray("not-the-password-1234"), QByteArray("alex@example.com"),
              QByteArray("PRIVATE KEY")})
            QVERIFY2(!log.contains(secret), secret.constData());
    }

    void theMetricsParseAndTheirCountersMove()
    {
        QString problem;
        const QHash<QString, double> before = parseExposition(plainGet(m_metrics), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString info = QStringLiteral(
            R"(idlefleetd_http_requests_total{method="GET",route="/v1/info",status="200"})");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                statusOf(exchangeRaw(m_backend.url(), "GET /v1/info HTTP/1.1\r\nHost: "
                                                      "127.0.0.1\r\nConnection: close\r\n\r\n")),
                200);
        const QHash<QString, double> after = parseExposition(plainGet(m_metrics), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(after.value(info), before.value(info) + 3);
        QCOMPARE(after.value(QStringLiteral(
                     R"(idlefleetd_http_request_duration_seconds_count{route="/v1/info"})")),
                 after.value(info));
        // Cars by state add up to the world's cars; the world's commits were timed.
        double cars = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            cars += it.key().startsWith(QLatin1String("idlefleetd_cars{")) ? it.value() : 0;
        QCOMPARE(cars, 22.0); // 20 of the organisation, Alex's 2
        QVERIFY(after.value(QStringLiteral("idlefleetd_world_commit_seconds_count")) > 0);
        // Database time: each SQL statement's, and a signed-in request runs some.
        const QString statements = QStringLiteral("idlefleetd_database_statement_seconds_count");
        // (SQLite's profile trace; libpq has no such hook, so PostgreSQL's are not timed yet.)
        if (!BackendProcess::onPostgres()) {
            QVERIFY(after.value(statements) > 0);
            QVERIFY(after.value(QStringLiteral("idlefleetd_database_statement_seconds_sum")) > 0);
            FleetClient owner;
            signIn(owner);
            const QHash<QString, double> signedIn = parseExposition(plainGet(m_metrics), &problem);
            QVERIFY(signedIn.value(statements) > after.value(statements));
        }
        QVERIFY(after.contains(QStringLiteral("idlefleetd_simulator_lag_seconds")));
        // The metrics are not on the public address.
        QCOMPARE(statusOf(exchangeRaw(m_backend.url(), "GET /metrics HTTP/1.1\r\nHost: "
                                                       "127.0.0.1\r\nConnection: close\r\n\r\n")),
                 404);
    }

    void aChangeWaitingForTheDatabaseHoldsNoOneElseUp()
    {
        FleetClient owner;
        signIn(owner);
        const QByteArray token = owner.session().accessToken;
        // Another connection holds the database's write lock (SQLite) or the sessions table
        // (PostgreSQL): a sign-out cannot end its session until it lets go. The sign-out waits
        // on the writing thread; the event loop meanwhile answers health checks and metrics.
        QSqlDatabase holder =
            BackendProcess::openDatabase(dataDir(), QStringLiteral("holds-the-lock"));
        QVERIFY2(holder.isOpen(), qPrintable(holder.lastError().text()));
        auto letGo = [&holder] {
            if (BackendProcess::onPostgres())
                holder.rollback();
            else
                QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
        };
        {
            QSqlQuery lock(holder);
            if (BackendProcess::onPostgres()) {
                QVERIFY(holder.transaction());
                QVERIFY2(lock.exec(QStringLiteral("LOCK TABLE sessions IN EXCLUSIVE MODE")),
                         qPrintable(lock.lastError().text()));
            } else {
                QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")),
                         qPrintable(lock.lastError().text()));
            }
        }
        auto release = qScopeGuard(letGo);

        // The sign-out, sent as raw bytes so that nothing of it waits for this test's own loop.
        QSslSocket signOut;
        signOut.setPeerVerifyMode(QSslSocket::VerifyNone); // loopback, the test's own backend
        signOut.connectToHostEncrypted(m_backend.url().host(), quint16(m_backend.url().port()));
        QVERIFY(signOut.waitForEncrypted(10000));
        signOut.write("POST /v1/auth/logout HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                      token + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        QVERIFY(signOut.waitForBytesWritten(5000));

        QString problem;
        auto waitingWrites = [&] {
            return parseExposition(plainGet(m_metrics), &problem)
                .value(QStringLiteral("idlefleetd_writes_queued"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(waitingWrites() >= 1, 10000);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QElapsedTimer held;
        held.start();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(statusOf(exchangeRaw(m_backend.url(),
                                          "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                          "Connection: close\r\n\r\n")),
                     200);
        qInfo("5 health checks answered in %lld ms while a sign-out waited for the database",
              held.elapsed());
        QVERIFY(waitingWrites() >= 1);
        QCOMPARE(signOut.bytesAvailable(), 0);
        release.dismiss();
        letGo();
        // Let go, the session is ended and the sign-out answered.
        QByteArray answer;
        while (signOut.waitForReadyRead(10000))
            answer += signOut.readAll();
        QCOMPARE(statusOf(answer), 204);
        QTRY_COMPARE(waitingWrites(), 0.0);
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holds-the-lock"));
    }

    void theStrictParserRefusesWhatIsNotTheFormat()
    {
        // The parser above is the judge of the format: it must fail on what is wrong.
        for (const char *bad : {"# TYPE x counter\nx{a=\"1\" 2\n", "x 1\n",
                                "# TYPE h histogram\nh_bucket{le=\"1\"} 3\nh_bucket{le=\"2\"} 2\n",
                                "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 3\nh_count 2\n",
                                "# TYPE x gauge\nx one\n", "# TYPE x kind\n"}) {
            QString problem;
            parseExposition(bad, &problem);
            QVERIFY2(!problem.isEmpty(), bad);
        }
    }

    void theServiceManagerHearsReadyAndStopping()
    {
        // A datagram socket where systemd's would be ($NOTIFY_SOCKET), read as systemd reads it.
        const QByteArray path = QFile::encodeName(m_dir.filePath(QStringLiteral("notify")));
        const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(std::size_t(path.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, path.constData(), std::size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
        const auto receive = [fd]() -> QByteArray {
            pollfd ready{fd, POLLIN, 0};
            if (::poll(&ready, 1, 10000) != 1)
                return {};
            char buffer[4096];
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
            return got > 0 ? QByteArray(buffer, int(got)) : QByteArray();
        };

        BackendProcess service;
        service.setEnvironmentValue(QStringLiteral("NOTIFY_SOCKET"), QString::fromUtf8(path));
        QVERIFY2(service.start(m_dir.filePath(QStringLiteral("service")), worlds::ordinaryDay()),
                 qPrintable(service.error()));
        const QByteArray ready = receive();
        QVERIFY2(
            ready.startsWith(
                QByteArray("READY=1\nSTATUS=serving ").append(service.url().toString().toUtf8())),
            ready.constData());
        QVERIFY(ready.contains(QByteArray("\nMAINPID=").append(QByteArray::number(service.pid()))));
        service.stop();
        const QByteArray stopping = receive();
        QVERIFY2(stopping.startsWith("STOPPING=1\n"), stopping.constData());
        ::close(fd);
    }

    void aConfigFileHoldsEveryOption()
    {
        const QString config = m_dir.filePath(QStringLiteral("idlefleetd.conf"));
        const auto write = [&config](const QByteArray &text) {
            QFile file(config);
            return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
        };
        // Settings from the file; the command line's --listen wins over the file's.
        QVERIFY(write("# an operator's settings\n\n"
                      "metrics = 127.0.0.1:0\n"
                      "  access-token-seconds =  60  \n"
                      "demo-world = false\n"
                      "listen = 127.0.0.1:1\n"));
        BackendProcess configured;
        QVERIFY2(configured.start(m_dir.filePath(QStringLiteral("configured")),
                                  worlds::ordinaryDay(), {QStringLiteral("--config"), config}),
                 qPrintable(configured.error()));
        QVERIFY(configured.url().port() != 1);
        QTRY_VERIFY_WITH_TIMEOUT(configured.log().contains("metrics on http://127.0.0.1:"), 10000);
        configured.stop();

        // Bad settings exit 2 naming the file, the line and what is wrong.
        const struct
        {
            QByteArray text;
            QByteArray message;
        } bad[] = {
            {"data = /tmp\nlisten 127.0.0.1:0\n", ":2: 'listen 127.0.0.1:0' is not NAME = VALUE"},
            {"# ok\nlisen = 127.0.0.1:0\n", ":2: unknown setting 'lisen'"},
            {"demo-world = yes\n", ":1: demo-world is true or false, not 'yes'"},
            {"world-size =\n", ":1: world-size needs a value (N)"},
            {"config = /etc/passwd\n", ":1: unknown setting 'config'"},
            {"world-size = many\n", "--world-size: 'many' is not a number"},
        };
        for (const auto &[text, message] : bad) {
            QVERIFY(write(text));
            const Run r = run(BackendProcess::program(),
                              {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("never")),
                               QStringLiteral("--config"), config});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(message), r.err.constData());
            QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never"))));
        }
        const Run missing =
            run(BackendProcess::program(),
                {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("never")),
                 QStringLiteral("--config"), m_dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("--config: cannot read"), missing.err.constData());
    }

private:
    QUrl m_metrics;
};

QTEST_GUILESS_MAIN(TestOperations)
#include "test_operations.moc"
