// http_load URL PIN [--connections N] [--rate R] [--seconds S] [--path P] [--body-bytes B]
//           [--login EMAIL:PASSWORD] [--reports FILE] [--sign-ins EMAIL:PASSWORD]
//           [--bind-from ADDRESS] [--from-car K] [--by-second] [--start-at MS]
// A load generator for idlefleetd on loopback: N keep-alive TLS connections send requests at R
// per second in total (0: as fast as they can) for S seconds; prints requests per second and the
// p50/p99/max latency. It checks the server's pin and speaks plain HTTP/1.1 itself, so the client
// side costs little next to the server it measures. With --login it signs in first and sends the
// access token with every request. With --reports it plays the cars' telematics units: FILE holds
// one {"vehicle", "token"} per line (idlefleetd --provision-devices), and each request is a
// status report of the next car in turn (from the K-th line on), with its own credential. With
// --sign-ins every request is a sign-in (POST /v1/auth/login) with those credentials. With
// --bind-from each connection comes from its own loopback address, counting up from ADDRESS
// (127.0.2.1, 127.0.2.2, ...), as that many machines would.

#include "tlspin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <idlefleet/v1/auth.pb.h>
#include <idlefleet/v1/vehicle.pb.h>
#include <map>
#include <memory>
#include <vector>

namespace {

struct Connection
{
    std::unique_ptr<QSslSocket> socket;
    QByteArray buffer;
    qint64 sentAtNs = -1;
    bool ready = false;
};

/// Signs in over a connection of its own; returns the access token, empty on failure.
QByteArray logIn(const QUrl &url, const QString &pin, const QString &credentials)
{
    const qsizetype colon = credentials.indexOf(QLatin1Char(':'));
    idlefleet::v1::LoginRequest login;
    login.set_email(credentials.left(colon).toStdString());
    login.set_password(credentials.mid(colon + 1).toStdString());
    const std::string body = login.SerializeAsString();
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::QueryPeer);
    socket.connectToHostEncrypted(url.host(), quint16(url.port()));
    if (!socket.waitForEncrypted(10000) ||
        idlefleet::spkiSha256Pin(socket.peerCertificate().toDer()) != pin)
        return {};
    socket.write("POST /v1/auth/login HTTP/1.1\r\nHost: " + url.host().toLatin1() +
                 "\r\nContent-Type: application/x-protobuf\r\nAccept: application/x-protobuf\r\n"
                 "Connection: close\r\nContent-Length: " +
                 QByteArray::number(qsizetype(body.size())) + "\r\n\r\n" +
                 QByteArray::fromStdString(body));
    QByteArray answer;
    while (socket.waitForReadyRead(10000))
        answer += socket.readAll();
    answer += socket.readAll();
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    idlefleet::v1::Session session;
    if (!answer.startsWith("HTTP/1.1 200") || headerEnd < 0 ||
        !session.ParseFromArray(answer.constData() + headerEnd + 4,
                                int(answer.size() - headerEnd - 4)))
        return {};
    return QByteArray::fromStdString(session.access_token());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("https://127.0.0.1:PORT"));
    parser.addPositionalArgument(QStringLiteral("pin"), QStringLiteral("server key pin"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"), QStringLiteral("N"),
                                               QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("R"),
                                        QStringLiteral("R"), QStringLiteral("0"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("S"),
                                           QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption pathOption(QStringLiteral("path"), QStringLiteral("P"),
                                        QStringLiteral("P"), QStringLiteral("/v1/info"));
    const QCommandLineOption bodyOption(QStringLiteral("body-bytes"), QStringLiteral("B"),
                                        QStringLiteral("B"), QStringLiteral("0"));
    const QCommandLineOption loginOption(QStringLiteral("login"), QStringLiteral("EMAIL:PASSWORD"),
                                         QStringLiteral("EMAIL:PASSWORD"));
    const QCommandLineOption reportsOption(QStringLiteral("reports"), QStringLiteral("FILE"),
                                           QStringLiteral("FILE"));
    const QCommandLineOption signInsOption(QStringLiteral("sign-ins"),
                                           QStringLiteral("EMAIL:PASSWORD"),
                                           QStringLiteral("EMAIL:PASSWORD"));
    const QCommandLineOption bindOption(QStringLiteral("bind-from"), QStringLiteral("ADDRESS"),
                                        QStringLiteral("ADDRESS"));
    const QCommandLineOption fromCarOption(QStringLiteral("from-car"), QStringLiteral("K"),
                                           QStringLiteral("K"), QStringLiteral("0"));
    // Each second's p99 and worst on standard error, with the wall clock's time of day (to see
    // which moment of the server's minute a slow answer belongs to).
    const QCommandLineOption bySecondOption(QStringLiteral("by-second"));
    // Measuring starts at this wall-clock instant (milliseconds since the epoch), once every
    // connection is made: generators started together measure the same seconds, and none
    // measures while another still shakes hands (a hundred TLS handshakes take a core for a
    // fifth of a second).
    const QCommandLineOption startAtOption(QStringLiteral("start-at"), QStringLiteral("MS"),
                                           QStringLiteral("MS"), QStringLiteral("0"));
    parser.addOptions({connectionsOption, rateOption, secondsOption, pathOption, bodyOption,
                       loginOption, reportsOption, signInsOption, bindOption, fromCarOption,
                       bySecondOption, startAtOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 2) {
        std::fprintf(stderr, "usage: http_load URL PIN [options]\n");
        return 2;
    }
    const QUrl url(parser.positionalArguments().at(0));
    const QString pin = parser.positionalArguments().at(1);
    const int connections = parser.value(connectionsOption).toInt();
    const double rate = parser.value(rateOption).toDouble();
    const int seconds = parser.value(secondsOption).toInt();
    const int bodyBytes = parser.value(bodyOption).toInt();
    const QByteArray body(bodyBytes, 'x');
    QByteArray authorization;
    if (parser.isSet(loginOption)) {
        const QByteArray token = logIn(url, pin, parser.value(loginOption));
        if (token.isEmpty()) {
            std::fprintf(stderr, "http_load: could not sign in as %s\n",
                         qPrintable(parser.value(loginOption).section(QLatin1Char(':'), 0, 0)));
            return 1;
        }
        authorization = "\r\nAuthorization: Bearer " + token;
    }
    QByteArray request =
        (bodyBytes > 0 ? "POST " : "GET ") + parser.value(pathOption).toLatin1() +
        " HTTP/1.1\r\nHost: " + url.host().toLatin1() + authorization +
        "\r\nAccept: application/x-protobuf\r\nContent-Type: application/x-protobuf\r\n" +
        "Content-Length: " + QByteArray::number(bodyBytes) + "\r\n\r\n" + body;
    if (parser.isSet(signInsOption)) {
        const QString credentials = parser.value(signInsOption);
        idlefleet::v1::LoginRequest login;
        login.set_email(credentials.section(QLatin1Char(':'), 0, 0).toStdString());
        login.set_password(credentials.section(QLatin1Char(':'), 1).toStdString());
        const QByteArray bytes = QByteArray::fromStdString(login.SerializeAsString());
        request = "POST /v1/auth/login HTTP/1.1\r\nHost: " + url.host().toLatin1() +
                  "\r\nAccept: application/x-protobuf\r\nContent-Type: "
                  "application/x-protobuf\r\nContent-Length: " +
                  QByteArray::number(bytes.size()) + "\r\n\r\n" + bytes;
    }
    const QHostAddress bindFrom(parser.value(bindOption));
    if (parser.isSet(bindOption) && bindFrom.protocol() != QAbstractSocket::IPv4Protocol) {
        std::fprintf(stderr, "http_load: --bind-from needs an IPv4 address\n");
        return 2;
    }

    // The cars' credentials, for status reports.
    std::vector<std::pair<QByteArray, QByteArray>> devices; // vehicle id, token
    if (parser.isSet(reportsOption)) {
        QFile file(parser.value(reportsOption));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "http_load: cannot read %s\n",
                         qPrintable(parser.value(reportsOption)));
            return 2;
        }
        while (!file.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
            if (!line.isEmpty())
                devices.emplace_back(line.value(QStringLiteral("vehicle")).toString().toUtf8(),
                                     line.value(QStringLiteral("token")).toString().toLatin1());
        }
        if (devices.empty()) {
            std::fprintf(stderr, "http_load: no devices in %s\n",
                         qPrintable(parser.value(reportsOption)));
            return 2;
        }
    }
    std::size_t nextDevice = parser.value(fromCarOption).toULongLong();
    auto reportRequest = [&]() {
        const auto &[vehicle, token] = devices[nextDevice++ % devices.size()];
        idlefleet::v1::StatusReport report;
        report.set_vehicle_id(vehicle.toStdString());
        idlefleet::v1::VehicleStatus *status = report.mutable_status();
        const qint64 ms = QDateTime::currentMSecsSinceEpoch();
        status->mutable_observed_at()->set_seconds(ms / 1000);
        status->mutable_observed_at()->set_nanos(int(ms % 1000) * 1000000);
        status->set_soc_percent(40 + double(nextDevice % 50));
        status->set_plugged_in(nextDevice % 3 != 0);
        status->set_chip_temp_c(35.5);
        status->set_compute_power_watts(nextDevice % 2 ? 300 : 0);
        status->set_energy_today_wh(qint64(nextDevice % 4000));
        const std::string bytes = report.SerializeAsString();
        return "POST /v1/telemetry HTTP/1.1\r\nHost: " + url.host().toLatin1() +
               "\r\nAuthorization: Device " + token +
               "\r\nContent-Type: application/x-protobuf\r\nContent-Length: " +
               QByteArray::number(qsizetype(bytes.size())) + "\r\n\r\n" +
               QByteArray::fromStdString(bytes);
    };

    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> latenciesNs;
    latenciesNs.reserve(1 << 20);
    std::map<qint64, std::vector<qint64>> bySecond; // latencies by the wall clock's second sent
    const qint64 startWallMs = QDateTime::currentMSecsSinceEpoch();
    qint64 errors = 0;
    qint64 sent = 0;
    bool measuring = false;
    std::vector<Connection> pool(static_cast<std::size_t>(connections));

    auto send = [&](Connection &c) {
        c.sentAtNs = clock.nsecsElapsed();
        c.socket->write(devices.empty() ? request : reportRequest());
        ++sent;
    };
    quint32 nextAddress = bindFrom.toIPv4Address();
    for (auto &c : pool) {
        c.socket = std::make_unique<QSslSocket>();
        c.socket->setPeerVerifyMode(QSslSocket::QueryPeer);
        if (parser.isSet(bindOption) && !c.socket->bind(QHostAddress(nextAddress++), 0)) {
            std::fprintf(stderr, "http_load: cannot bind to %s\n",
                         qPrintable(QHostAddress(nextAddress - 1).toString()));
            return 1;
        }
        QSslSocket *socket = c.socket.get();
        QObject::connect(socket, &QSslSocket::encrypted, socket, [&c, &pin, &errors] {
            if (idlefleet::spkiSha256Pin(c.socket->peerCertificate().toDer()) != pin) {
                std::fprintf(stderr, "http_load: the server's key does not match the pin\n");
                ++errors;
                c.socket->abort();
                return;
            }
            c.ready = true;
        });
        QObject::connect(socket, &QSslSocket::readyRead, socket, [&, socket] {
            Connection &conn =
                *std::find_if(pool.begin(), pool.end(),
                              [socket](const Connection &x) { return x.socket.get() == socket; });
            conn.buffer += socket->readAll();
            for (;;) {
                const qsizetype headerEnd = conn.buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QByteArray header = conn.buffer.left(headerEnd).toLower();
                const qsizetype at = header.indexOf("content-length:");
                const qsizetype length =
                    at < 0 ? 0
                           : header.mid(at + 15, header.indexOf('\r', at) - at - 15)
                                 .trimmed()
                                 .toLongLong();
                if (conn.buffer.size() < headerEnd + 4 + length)
                    return;
                if (!header.startsWith("http/1.1 2"))
                    ++errors;
                conn.buffer.remove(0, headerEnd + 4 + length);
                if (measuring && conn.sentAtNs >= 0) {
                    const qint64 latency = clock.nsecsElapsed() - conn.sentAtNs;
                    latenciesNs.push_back(latency);
                    bySecond[(startWallMs + conn.sentAtNs / 1000000) / 1000].push_back(latency);
                }
                conn.sentAtNs = -1;
                if (rate <= 0 && measuring)
                    send(conn);
            }
        });
        socket->connectToHostEncrypted(url.host(), quint16(url.port()));
    }
    // Wait for every handshake.
    while (std::any_of(pool.begin(), pool.end(),
                       [](const Connection &c) {
                           return !c.ready &&
                                  c.socket->state() != QAbstractSocket::UnconnectedState;
                       }) &&
           clock.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const int connected =
        int(std::count_if(pool.begin(), pool.end(), [](const Connection &c) { return c.ready; }));
    if (connected == 0) {
        std::fprintf(stderr, "http_load: no connection could be made\n");
        return 1;
    }

    const qint64 startAt = parser.value(startAtOption).toLongLong();
    while (QDateTime::currentMSecsSinceEpoch() < startAt) {
        QCoreApplication::processEvents();
        QThread::msleep(1);
    }
    measuring = true;
    const qint64 startNs = clock.nsecsElapsed();
    QTimer pacer;
    std::size_t next = 0;
    double due = 0;
    if (rate > 0) {
        QObject::connect(&pacer, &QTimer::timeout, &pacer, [&] {
            const double elapsed = double(clock.nsecsElapsed() - startNs) / 1e9;
            while (due <= elapsed * rate) {
                // The next idle connection takes the request; a busy pool counts as backlog.
                for (std::size_t tried = 0; tried < pool.size(); ++tried) {
                    Connection &c = pool[(next + tried) % pool.size()];
                    if (c.ready && c.sentAtNs < 0) {
                        send(c);
                        next = (next + tried + 1) % pool.size();
                        break;
                    }
                }
                due += 1;
            }
        });
        pacer.start(1);
    } else {
        for (auto &c : pool)
            if (c.ready)
                send(c);
    }
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    QCoreApplication::exec();
    const double elapsed = double(clock.nsecsElapsed() - startNs) / 1e9;

    std::sort(latenciesNs.begin(), latenciesNs.end());
    if (parser.isSet(bySecondOption)) {
        for (auto &[second, in] : bySecond) {
            std::sort(in.begin(), in.end());
            const QTime at = QDateTime::fromSecsSinceEpoch(second, Qt::UTC).time();
            std::fprintf(
                stderr, "http_load: %s %zu answered, p99 %.1f ms, max %.1f ms\n",
                qPrintable(at.toString(QStringLiteral("HH:mm:ss"))), in.size(),
                double(in[std::min(in.size() - 1, std::size_t(0.99 * double(in.size())))]) / 1e6,
                double(in.back()) / 1e6);
        }
    }
    auto percentile = [&](double p) {
        return latenciesNs.empty()
                   ? 0.0
                   : double(latenciesNs[std::min(latenciesNs.size() - 1,
                                                 std::size_t(p * double(latenciesNs.size())))]) /
                         1e6;
    };
    std::printf("http_load: %d connections, %s, %.0f requests/s answered (%zu in %.1f s), "
                "p50 %.2f ms, p99 %.2f ms, max %.2f ms, %lld errors\n",
                connected,
                rate > 0 ? qPrintable(QStringLiteral("offered %1/s").arg(rate)) : "closed loop",
                double(latenciesNs.size()) / elapsed, latenciesNs.size(), elapsed, percentile(0.5),
                percentile(0.99), latenciesNs.empty() ? 0.0 : double(latenciesNs.back()) / 1e6,
                static_cast<long long>(errors));
    return errors == 0 ? 0 : 1;
}
