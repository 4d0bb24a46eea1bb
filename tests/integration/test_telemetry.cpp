// Status reports from the cars' telematics units against a real idlefleetd over TLS: each car
// reports with its own device credential, bad reports get a 4xx naming what is wrong, and an
// answered report survives kill -9.

#include "backendtestbase.h"
#include "telemetrypost.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

class TelemetryTest : public BackendTestBase
{
    Q_OBJECT

    QHash<QString, QByteArray> m_tokens; // vehicle -> device credential
    QNetworkAccessManager m_network;

    QString devicesFile() const { return m_dir.filePath(QStringLiteral("devices.jsonl")); }

    TelemetryAnswer post(const QByteArray &authorization, const QByteArray &body,
                         const QByteArray &contentType = "application/x-protobuf")
    {
        return postTelemetry(m_network, m_backend.url(), authorization, body, contentType);
    }

    static QByteArray report(const QString &vehicle, const QDateTime &at, double soc,
                             bool plugged = true, double chipTemp = 31.5)
    {
        return statusReport(vehicle, at, soc, plugged, chipTemp);
    }

    QByteArray device(const QString &vehicle) const { return "Device " + m_tokens.value(vehicle); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_backend.start(dataDir(), worlds::ordinaryDay(),
                                 {QStringLiteral("--demo-world"), QStringLiteral("--world-size"),
                                  QStringLiteral("10"), QStringLiteral("--provision-devices"),
                                  devicesFile()}),
                 qPrintable(m_backend.error()));
        QFile file(devicesFile());
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        while (!file.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
            m_tokens.insert(line.value(QStringLiteral("vehicle")).toString(),
                            line.value(QStringLiteral("token")).toString().toLatin1());
        }
        QCOMPARE(m_tokens.size(), 12);
    }

    void aCarReportsWithItsOwnCredential()
    {
        const QString car = QStringLiteral("veh-alex-2");
        const QDateTime now = worldNow();
        QCOMPARE(post(device(car), report(car, now, 12.5)).status, 204);
        // The owner sees the reported state (the world goes on from it).
        FleetClient owner;
        signIn(owner);
        AWAIT_JOB(list, owner.listVehicles());
        bool seen = false;
        for (const Vehicle &vehicle : list->result().vehicles) {
            if (vehicle.id == car) {
                seen = true;
                QVERIFY2(qAbs(vehicle.status.socPercent - 12.5) < 1.0,
                         qPrintable(QString::number(vehicle.status.socPercent)));
            }
        }
        QVERIFY(seen);
        // Older than what was kept, or as old: refused.
        const TelemetryAnswer stale = post(device(car), report(car, now.addSecs(-10), 13));
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.code, QStringLiteral("out_of_order"));
    }

    void badReportsAreRefusedWithTheirReason()
    {
        const QString car = QStringLiteral("veh-org-00003");
        const QDateTime now = worldNow();
        QCOMPARE(post({}, report(car, now, 50)).status, 401);
        QCOMPARE(post("Device not-a-credential", report(car, now, 50)).status, 401);
        // A user's bearer token is not a device credential.
        FleetClient owner;
        signIn(owner);
        QCOMPARE(post("Bearer " + owner.session().accessToken, report(car, now, 50)).status, 401);
        // Another car's credential.
        const TelemetryAnswer other =
            post(device(QStringLiteral("veh-org-00004")), report(car, now, 50));
        QCOMPARE(other.status, 403);
        QCOMPARE(other.field, QStringLiteral("vehicle_id"));
        const TelemetryAnswer soc = post(device(car), report(car, now, 101));
        QCOMPARE(soc.status, 400);
        QCOMPARE(soc.field, QStringLiteral("status.soc_percent"));
        const TelemetryAnswer nan =
            post(device(car), report(car, now, std::numeric_limits<double>::quiet_NaN()));
        QCOMPARE(nan.field, QStringLiteral("status.soc_percent"));
        const TelemetryAnswer hot = post(device(car), report(car, now, 50, true, 900));
        QCOMPARE(hot.field, QStringLiteral("status.chip_temp_c"));
        const TelemetryAnswer future = post(device(car), report(car, now.addSecs(3600), 50));
        QCOMPARE(future.field, QStringLiteral("status.observed_at"));
        QCOMPARE(post(device(car), "\xff\xff\xff").status, 400);
        QCOMPARE(post(device(car), report(car, now, 50), "application/json").status, 415);
        // And after all that, a good one still goes through.
        QCOMPARE(post(device(car), report(car, now, 50)).status, 204);
    }

    void anAnsweredReportSurvivesKill9()
    {
        const QString car = QStringLiteral("veh-org-00005");
        const QDateTime at = worldNow().addSecs(1);
        QCOMPARE(post(device(car), report(car, at, 66.25)).status, 204);
        m_backend.kill();
        {
            QSqlDatabase db = BackendProcess::openDatabase(dataDir(), QStringLiteral("check"));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "SELECT soc_centi, observed_ms FROM vehicle_reports WHERE vehicle_id = ?"));
            query.addBindValue(car);
            QVERIFY(query.exec() && query.next());
            QCOMPARE(query.value(0).toInt(), 6625);
            QCOMPARE(query.value(1).toLongLong(), at.toSecsSinceEpoch() * 1000);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        // Back up with the same credentials: an old report is still refused.
        QVERIFY2(
            m_backend.start(dataDir(), worlds::ordinaryDay(), {QStringLiteral("--demo-world")}),
            qPrintable(m_backend.error()));
        QCOMPARE(post(device(car), report(car, at, 67)).status, 409);
        QCOMPARE(post(device(car), report(car, at.addSecs(10), 67)).status, 204);
    }
};

QTEST_GUILESS_MAIN(TelemetryTest)
#include "test_telemetry.moc"
