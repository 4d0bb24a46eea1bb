// Decoders of server payloads, on payloads made with the protobuf library and on broken bytes.

#include "idlefleet/v1/common.pb.h"
#include "idlefleet/v1/vehicle.pb.h"
#include "payloads.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <cmath>

using namespace idlefleet;
using namespace idlefleet::client;

namespace {

QByteArray bytesOf(const google::protobuf::MessageLite &message)
{
    return QByteArray::fromStdString(message.SerializeAsString());
}

v1::ListVehiclesResponse twoCars()
{
    v1::ListVehiclesResponse response;
    for (int i = 0; i < 2; ++i) {
        v1::Vehicle *vehicle = response.add_vehicles();
        vehicle->set_id("veh-" + std::to_string(i));
        vehicle->set_name(i == 0 ? "Blue Saloon" : "Семейный");
        vehicle->set_time_zone("Europe/Berlin");
        vehicle->set_battery_capacity_wh(75000);
        v1::VehicleStatus *status = vehicle->mutable_status();
        status->mutable_observed_at()->set_seconds(1774743000); // 2026-03-29T00:10:00Z
        status->mutable_observed_at()->set_nanos(250000000);
        status->set_soc_percent(62.5);
        status->set_plugged_in(true);
        status->set_contributing(i == 0);
        status->set_chip_temp_c(55);
        status->set_energy_today_wh(1200);
    }
    response.set_total_count(2);
    response.set_next_page_token("2");
    return response;
}

} // namespace

class TestPayloads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// Every kind of event has a name of its own (idlefleetctl events once read past the end of
    /// a shorter list for a key added or revoked, and crashed).
    void everyEventKindHasItsOwnName()
    {
        QSet<QByteArray> names;
        for (int kind = EventInfo::ContributionStarted; kind <= EventInfo::PolicyChanged; ++kind) {
            const QByteArray name = eventKindName(EventInfo::Kind(kind));
            QVERIFY2(name != "unknown", qPrintable(QString::number(kind)));
            names.insert(name);
        }
        QCOMPARE(names.size(), int(EventInfo::PolicyChanged));
        QCOMPARE(QByteArray(eventKindName(EventInfo::KeyRevoked)), QByteArray("key_revoked"));
        QCOMPARE(QByteArray(eventKindName(EventInfo::Unknown)), QByteArray("unknown"));
    }

    void decodesVehiclePage()
    {
        VehiclePage page;
        QString problem;
        QVERIFY2(decodeVehiclePage(bytesOf(twoCars()), &page, &problem), qPrintable(problem));
        QCOMPARE(page.vehicles.size(), std::size_t(2));
        QCOMPARE(page.totalCount, 2);
        QCOMPARE(page.nextPageToken, QStringLiteral("2"));
        const Vehicle &first = page.vehicles[0];
        QCOMPARE(first.id, QStringLiteral("veh-0"));
        QCOMPARE(first.status.socPercent, 62.5);
        QVERIFY(first.status.contributing);
        QCOMPARE(first.status.energyTodayWh, qint64(1200));
        QCOMPARE(first.status.observedAt,
                 QDateTime(QDate(2026, 3, 29), QTime(0, 10, 0, 250), Qt::UTC));
        QCOMPARE(page.vehicles[1].name, QStringLiteral("Семейный"));
    }

    void refusesOutOfRangeValues_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QString>("problem");
        QTest::newRow("soc above 100") << 0 << QStringLiteral("vehicles[1].status.socPercent");
        QTest::newRow("soc NaN") << 1 << QStringLiteral("vehicles[1].status.socPercent");
        QTest::newRow("temperature infinite")
            << 2 << QStringLiteral("vehicles[1].status.chipTempC");
        QTest::newRow("empty id") << 3 << QStringLiteral("vehicles[1].id");
        QTest::newRow("nanos out of range") << 4 << QStringLiteral("vehicles[1].status.observedAt");
        QTest::newRow("year 10000") << 5 << QStringLiteral("vehicles[1].status.observedAt");
    }
    void refusesOutOfRangeValues()
    {
        QFETCH(int, mutation);
        QFETCH(QString, problem);
        v1::ListVehiclesResponse response = twoCars();
        v1::Vehicle *vehicle = response.mutable_vehicles(1);
        switch (mutation) {
        case 0:
            vehicle->mutable_status()->set_soc_percent(150);
            break;
        case 1:
            vehicle->mutable_status()->set_soc_percent(std::nan(""));
            break;
        case 2:
            vehicle->mutable_status()->set_chip_temp_c(INFINITY);
            break;
        case 3:
            vehicle->clear_id();
            break;
        case 4:
            vehicle->mutable_status()->mutable_observed_at()->set_nanos(1000000000);
            break;
        case 5:
            vehicle->mutable_status()->mutable_observed_at()->set_seconds(253402300800);
            break;
        }
        VehiclePage page;
        QString reason;
        QVERIFY(!decodeVehiclePage(bytesOf(response), &page, &reason));
        QVERIFY2(reason.startsWith(problem), qPrintable(reason));
    }

    void refusesTruncatedAndGarbageBytes()
    {
        const QByteArray good = bytesOf(twoCars());
        VehiclePage page;
        QString problem;
        int refused = 0;
        // Every cut of a valid payload either decodes to a consistent prefix or is refused;
        // none may crash.
        for (qsizetype length = 1; length < good.size(); ++length) {
            if (!decodeVehiclePage(good.left(length), &page, &problem))
                ++refused;
        }
        QVERIFY(refused > 0);
        QRandomGenerator random(42);
        for (int round = 0; round < 2000; ++round) {
            QByteArray noise(int(random.bounded(1, 200)), Qt::Uninitialized);
            for (char &c : noise)
                c = char(random.bounded(256));
            decodeVehiclePage(noise, &page, &problem);
        }
        QVERIFY(!decodeVehiclePage(QByteArrayLiteral("\x0a\xff\xff\xff\xff\x0f"), &page, &problem));
        QVERIFY(problem.contains(QStringLiteral("not a valid message")));
    }

    void serverInfoNeedsAnApiVersion()
    {
        v1::ServerInfo info;
        info.set_server_version("9.9");
        ServerInfo decoded;
        QString problem;
        QVERIFY(!decodeServerInfo(bytesOf(info), &decoded, &problem));
        info.set_api_version(3);
        info.set_min_client_api_version(2);
        QVERIFY(decodeServerInfo(bytesOf(info), &decoded, &problem));
        QCOMPARE(decoded.apiVersion, 3u);
        QCOMPARE(decoded.minClientApiVersion, 2u);
    }

    void decodesErrors()
    {
        v1::Error error;
        error.set_code("invalid_argument");
        error.set_message("page_size must be a number from 1 to 1000");
        error.set_field("page_size");
        ServerError decoded;
        QVERIFY(decodeServerError(bytesOf(error), &decoded));
        QCOMPARE(decoded.field, QStringLiteral("page_size"));
        QVERIFY(!decodeServerError(QByteArrayLiteral("<html>"), &decoded));
    }
};

QTEST_GUILESS_MAIN(TestPayloads)
#include "test_payloads.moc"
