// The HTTP/1.1 request parser of idlefleetd: limits before bodies are read, pipelining, and
// malformed requests.

#include "http/requestparser.h"

#include <QTest>

using namespace idlefleet::backend::http;

class TestRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPipelinedRequestsInPieces()
    {
        RequestParser parser;
        const QByteArray wire =
            "POST /v1/things?page_size=5 HTTP/1.1\r\nHost: x\r\n"
            "Content-Type: application/x-protobuf\r\nContent-Length: 5\r\n\r\n"
            "helloGET /v1/info HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        QByteArray buffer;
        QList<Request> requests;
        QList<bool> keepAlive;
        for (char c : wire) { // one byte at a time: the worst a network can do
            buffer += c;
            for (;;) {
                const auto state = parser.feed(&buffer);
                QVERIFY(state != RequestParser::State::Failed);
                if (state == RequestParser::State::NeedMore)
                    break;
                keepAlive.append(parser.keepAlive());
                requests.append(parser.takeRequest());
            }
        }
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].method, QByteArray("POST"));
        QCOMPARE(requests[0].path, QStringLiteral("/v1/things"));
        QCOMPARE(requests[0].query.queryItemValue(QStringLiteral("page_size")),
                 QStringLiteral("5"));
        QCOMPARE(requests[0].body, QByteArray("hello"));
        QCOMPARE(requests[0].header("content-type"), QByteArray("application/x-protobuf"));
        QCOMPARE(requests[1].path, QStringLiteral("/v1/info"));
        QCOMPARE(keepAlive, (QList<bool>{true, false}));
        QVERIFY(buffer.isEmpty());
    }

    void refusesBadRequests_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        QTest::newRow("body over the limit, from its length alone")
            << QByteArray("POST /v1/x HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n") << 413;
        QTest::newRow("chunked") << QByteArray(
                                        "POST /v1/x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 501;
        QTest::newRow("length not a number")
            << QByteArray("POST /v1/x HTTP/1.1\r\nContent-Length: 12a\r\n\r\n") << 400;
        QTest::newRow("negative length")
            << QByteArray("POST /v1/x HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("two lengths")
            << QByteArray("POST /v1/x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
            << 400;
        QTest::newRow("not http") << QByteArray("\x16\x03\x01\x02\x00\r\n\r\n", 9) << 400;
        QTest::newRow("http 2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 400;
        QTest::newRow("version") << QByteArray("GET / HTTP/3.0\r\n\r\n") << 505;
        QTest::newRow("header without colon")
            << QByteArray("GET / HTTP/1.1\r\nnonsense\r\n\r\n") << 400;
        QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\r\n\r\n") << 400;
        QTest::newRow("space before colon")
            << QByteArray("POST /v1/x HTTP/1.1\r\nContent-Length : 5\r\n\r\n") << 400;
        QTest::newRow("long request line in one piece")
            << (QByteArray("GET /") + QByteArray(20000, 'a') + " HTTP/1.1\r\n\r\n") << 431;
        QTest::newRow("absolute target, not a URL")
            << QByteArray("GET http:/// HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("asterisk target")
            << QByteArray("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("a path that looks like an authority")
            << QByteArray("GET //fleet/x HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Hosts")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("control byte in a value")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\n\r\n") << 400;
        QTest::newRow("NUL in a value")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n", 37) << 400;
        QTest::newRow("bare LF, the head unfinished")
            << QByteArray("GET / HTTP/1.1\nHost: x") << 400;
    }
    void refusesBadRequests()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        RequestParser parser;
        QCOMPARE(parser.feed(&wire), RequestParser::State::Failed);
        QCOMPARE(parser.errorStatus(), status);
        QVERIFY(!parser.errorMessage().isEmpty());
        QVERIFY(!parser.keepAlive());
    }

    void acceptsAbsoluteTargetsAndBodiesWithBareLF()
    {
        RequestParser parser;
        QByteArray wire = "POST https://fleet.example:8443/v1/x?a=1 HTTP/1.1\r\n"
                          "Content-Length: 3\r\n\r\na\nb";
        QCOMPARE(parser.feed(&wire), RequestParser::State::Complete);
        const Request request = parser.takeRequest();
        QCOMPARE(request.path, QStringLiteral("/v1/x"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("a")), QStringLiteral("1"));
        QCOMPARE(request.header("host"), QByteArray("fleet.example:8443"));
        QCOMPARE(request.body, QByteArray("a\nb"));
        // HTTP/1.0 needs no Host.
        QByteArray old = "GET /v1/info HTTP/1.0\r\n\r\n";
        QCOMPARE(parser.feed(&old), RequestParser::State::Complete);
    }

    void refusesEndlessHeadersWithoutWaitingForTheirEnd()
    {
        RequestParser parser;
        QByteArray buffer = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 2000 && parser.feed(&buffer) == RequestParser::State::NeedMore; ++i)
            buffer += "X-Padding: " + QByteArray(40, 'a') + "\r\n";
        QCOMPARE(parser.feed(&buffer), RequestParser::State::Failed);
        QCOMPARE(parser.errorStatus(), 431);
    }

    void refusesTooManyHeaders()
    {
        RequestParser parser;
        QByteArray buffer = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 101; ++i)
            buffer += "X-" + QByteArray::number(i) + ": 1\r\n";
        buffer += "\r\n";
        QCOMPARE(parser.feed(&buffer), RequestParser::State::Failed);
        QCOMPARE(parser.errorStatus(), 431);
    }
};

QTEST_GUILESS_MAIN(TestRequestParser)
#include "test_requestparser.moc"
