// What an operator sees of a real idlefleetd: one log line per request, good or bad, with its
// route, status, time and account but never a secret; and Prometheus metrics on an address of
// the operator's own, which a strict parser of the text format reads and whose counters move.

#include "backendtestbase.h"
#include "idlefleet/v1/auth.pb.h"

#include <QRegularExpression>
#include <QTcpSocket>

namespace {

/// GET `path` over plain HTTP/1.1 (the metrics address has no TLS); the body, empty on failure.
QByteArray plainGet(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + url.path().toLatin1() + " HTTP/1.1\r\nHost: " + url.host().toLatin1() +
                 "\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
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

        const QByteArray log = m_backend.log();
        auto lineWith = [&log](const QString &pattern) {
            return QRegularExpression(pattern, QRegularExpression::MultilineOption)
                .match(QString::fromUtf8(log))
                .hasMatch();
        };
        QVERIFY2(
            lineWith(QStringLiteral(
                R"(^idlefleetd: request id=[0-9a-f]+ method=POST route=/v1/auth/login status=200 ms=[0-9.]+ peer=127\.0\.0\.1 account=-$)")),
            log.constData());
        QVERIFY(lineWith(QStringLiteral(
            R"(^idlefleetd: request id=[0-9a-f]+ method=GET route=/v1/vehicles status=200 ms=[0-9.]+ peer=127\.0\.0\.1 account=\S+$)")));
        QVERIFY(lineWith(QStringLiteral(R"(route=/v1/auth/login status=401 )")));
        QVERIFY(lineWith(QStringLiteral(R"(route=unmatched status=404 )")));
        QVERIFY(lineWith(QStringLiteral(R"(^idlefleetd: refused status=400 peer=127\.0\.0\.1$)")));
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
        QVERIFY(after.contains(QStringLiteral("idlefleetd_simulator_lag_seconds")));
        // The metrics are not on the public address.
        QCOMPARE(statusOf(exchangeRaw(m_backend.url(), "GET /metrics HTTP/1.1\r\nHost: "
                                                       "127.0.0.1\r\nConnection: close\r\n\r\n")),
                 404);
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

private:
    QUrl m_metrics;
};

QTEST_GUILESS_MAIN(TestOperations)
#include "test_operations.moc"
