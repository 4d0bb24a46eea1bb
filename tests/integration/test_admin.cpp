// `idlefleetd admin` (spec/cli.md): an operator provisions a world that is not simulated, before
// the server runs and beside it; bad input exits 2 naming what is wrong and changes nothing; the
// running server sees a new car within 10 s, its owner signs in and its telematics unit reports
// with the credential printed once.

#include "backendtestbase.h"
#include "idlefleet/v1/vehicle.pb.h"

#include <QElapsedTimer>
#include <QFile>

class AdminTest : public BackendTestBase
{
    Q_OBJECT

    Run admin(const QStringList &arguments, const QByteArray &password = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("IDLEFLEET_PASSWORD"));
        if (!password.isEmpty())
            environment.insert(QStringLiteral("IDLEFLEET_PASSWORD"), QString::fromLatin1(password));
        process.setProcessEnvironment(environment);
        // No terminal to prompt on: a missing password is an error, never a hang.
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(BackendProcess::program(),
                      QStringList{QStringLiteral("admin"), QStringLiteral("--data"), dataDir()} +
                          BackendProcess::databaseArguments(dataDir()) + arguments);
        return finish(process);
    }

    static QStringList words(const char *text)
    {
        return QString::fromLatin1(text).split(QLatin1Char(' '));
    }

    QByteArray m_carToken;

private Q_SLOTS:
    void initTestCase() { makeFleetKey(); }

    void provisionsBeforeTheServerRuns()
    {
        Run r = admin({QStringLiteral("organisation"), QStringLiteral("add"),
                       QStringLiteral("acme"), QStringLiteral("--fleet-key"), fleetKeyFile(false)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains(keyIdOf(m_fleetKey.publicKeyDer()).toLatin1()));
        r = admin(words("account add sam@example.org --role owner --name Sam"), "a long password");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = admin(words("account add ops@example.org --role fleet --organisation acme"),
                  "another long password");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = admin(words("account add help@example.org --role support"), "support password");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = admin(words("car add van-1 --organisation acme --zone Europe/London --currency GBP "
                        "--group depot-north"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject van = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(van.value(QStringLiteral("vehicle")).toString(), QStringLiteral("van-1"));
        QCOMPARE(van.value(QStringLiteral("token")).toString().size(), 43);

        r = admin(words("list accounts --json"));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray accounts =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts.at(1).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("fleet"));
        QCOMPARE(accounts.at(1).toObject().value(QStringLiteral("organisation")).toString(),
                 QStringLiteral("acme"));
        QVERIFY(!r.out.contains("password") && !r.out.contains("argon2"));
        r = admin(words("list organisations"));
        QCOMPARE(r.out,
                 QByteArray("acme  ") + keyIdOf(m_fleetKey.publicKeyDer()).toLatin1() + '\n');
    }

    void badInputExitsTwoAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("message");
        const QByteArray password = "a long password";
        QTest::newRow("no command")
            << QStringList() << password << QByteArray("command is missing");
        QTest::newRow("unknown command") << words("car remove van-1") << password
                                         << QByteArray("unknown command 'car remove van-1'");
        QTest::newRow("private fleet key")
            << QStringList{QStringLiteral("organisation"), QStringLiteral("add"),
                           QStringLiteral("other"), QStringLiteral("--fleet-key"),
                           fleetKeyFile(true)}
            << password << QByteArray("holds a private key");
        QTest::newRow("not a key")
            << QStringList{QStringLiteral("organisation"), QStringLiteral("add"),
                           QStringLiteral("other"), QStringLiteral("--fleet-key"),
                           BackendProcess::program()}
            << password << QByteArray("is not a P-256 public key");
        QTest::newRow("same organisation")
            << QStringList{QStringLiteral("organisation"), QStringLiteral("add"),
                           QStringLiteral("acme"), QStringLiteral("--fleet-key"),
                           fleetKeyFile(false)}
            << password << QByteArray("exists already");
        QTest::newRow("short password") << words("account add new@example.org --role owner")
                                        << QByteArray("short") << QByteArray("at least 10");
        QTest::newRow("no password") << words("account add new@example.org --role owner")
                                     << QByteArray() << QByteArray("IDLEFLEET_PASSWORD");
        QTest::newRow("bad role") << words("account add new@example.org --role admin") << password
                                  << QByteArray("'admin' is not owner, fleet or support");
        QTest::newRow("manager without organisation")
            << words("account add new@example.org --role fleet") << password
            << QByteArray("needs --organisation");
        QTest::newRow("no such organisation")
            << words("account add new@example.org --role fleet --organisation nope") << password
            << QByteArray("no organisation nope");
        QTest::newRow("same e-mail, other case")
            << words("account add SAM@example.org --role owner") << password
            << QByteArray("exists already");
        QTest::newRow("not an e-mail") << words("account add sam --role owner") << password
                                       << QByteArray("not an e-mail address");
        QTest::newRow("unknown zone")
            << words("car add car-x --owner sam@example.org --zone Mars/Olympus --currency EUR")
            << password << QByteArray("--zone: 'Mars/Olympus' is not an IANA time zone");
        QTest::newRow("bad currency")
            << words("car add car-x --owner sam@example.org --zone Europe/Berlin --currency euro")
            << password << QByteArray("--currency: 'euro'");
        QTest::newRow("owner and organisation")
            << words("car add car-x --owner sam@example.org --organisation acme --zone UTC "
                     "--currency EUR")
            << password << QByteArray("one of --owner EMAIL or --organisation ID");
        QTest::newRow("owner is support")
            << words("car add car-x --owner help@example.org --zone UTC --currency EUR") << password
            << QByteArray("no owner account help@example.org");
        QTest::newRow("same car") << words("car add van-1 --organisation acme --zone UTC "
                                           "--currency EUR")
                                  << password << QByteArray("the car van-1 exists already");
        QTest::newRow("bad car id") << words("car add Car/1 --organisation acme --zone UTC "
                                             "--currency EUR")
                                    << password << QByteArray("not a car id");
        QTest::newRow("list what")
            << words("list keys") << password << QByteArray("accounts, organisations, cars");
        QTest::newRow("database") << words("--database mysql://x@y/z list cars") << password
                                  << QByteArray("--database: 'mysql://x@y/z' is not sqlite: or "
                                                "postgresql://");
        QTest::newRow("database without a name") << words("--database postgresql://x@y list cars")
                                                 << password << QByteArray("names no database");
    }

    void badInputExitsTwoAndChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, message);
        const QByteArray before = admin(words("list cars --json")).out +
                                  admin(words("list accounts --json")).out +
                                  admin(words("list organisations --json")).out;
        const Run r = admin(arguments, password);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(admin(words("list cars --json")).out + admin(words("list accounts --json")).out +
                     admin(words("list organisations --json")).out,
                 before);
    }

    void theRunningServerSeesANewCar()
    {
        QVERIFY2(m_backend.start(dataDir(), worlds::ordinaryDay()), qPrintable(m_backend.error()));
        // Not a simulated world: the car's screen is not served.
        QCOMPARE(statusOf(exchangeRaw(m_backend.url(), "GET /v1/sim/vehicles/van-1/screen "
                                                       "HTTP/1.1\r\nHost: x\r\n\r\n")),
                 404);

        const QString home = m_dir.filePath(QStringLiteral("sam-home"));
        Run r =
            ctl({QStringLiteral("--server"), m_backend.url().toString(), QStringLiteral("--pin"),
                 m_backend.pin(), QStringLiteral("login"), QStringLiteral("sam@example.org")},
                home, "a long password");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctl({QStringLiteral("vehicles"), QStringLiteral("--json")}, home);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains("car-1"), r.out.constData());

        // Added while the server runs: within 10 s the owner sees it.
        r = admin(words("car add car-1 --owner sam@example.org --zone Europe/Berlin --currency "
                        "EUR --name Saloon"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_carToken = QJsonDocument::fromJson(r.out)
                         .object()
                         .value(QStringLiteral("token"))
                         .toString()
                         .toLatin1();
        QElapsedTimer waited;
        waited.start();
        bool seen = false;
        while (!seen && waited.elapsed() < 10000) {
            r = ctl({QStringLiteral("vehicles"), QStringLiteral("--json")}, home);
            seen = r.exitCode == 0 && r.out.contains("\"car-1\"");
            if (!seen)
                QTest::qWait(250);
        }
        QVERIFY2(seen, r.out.constData());
        // The world takes in new cars every 5 s, beside what the database already lists.
        QTRY_VERIFY_WITH_TIMEOUT(m_backend.log().contains("car car-1 joins the world"), 10000);

        // Its telematics unit reports with the credential printed once.
        v1::StatusReport report;
        report.set_vehicle_id("car-1");
        // The world's own time: a world provisioned before its first start runs on the wall
        // clock (--world-start acts on an empty world only).
        report.mutable_status()->mutable_observed_at()->set_seconds(worldNow().toSecsSinceEpoch());
        report.mutable_status()->set_soc_percent(64);
        report.mutable_status()->set_plugged_in(true);
        report.mutable_status()->set_chip_temp_c(30);
        const QByteArray body = QByteArray::fromStdString(report.SerializeAsString());
        const QByteArray request = QByteArray("POST /v1/telemetry HTTP/1.1\r\nHost: x\r\n"
                                              "Content-Type: application/x-protobuf\r\n"
                                              "Authorization: Device ") +
                                   m_carToken +
                                   "\r\nContent-Length: " + QByteArray::number(body.size()) +
                                   "\r\nConnection: close\r\n\r\n" + body;
        const QByteArray answer = exchangeRaw(m_backend.url(), request);
        QVERIFY2(statusOf(answer) / 100 == 2, answer.constData());
        r = ctl({QStringLiteral("status"), QStringLiteral("car-1"), QStringLiteral("--json")},
                home);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("socPercent")).toInt(),
            64);
        // Another car's credential is not this one's.
        report.set_vehicle_id("van-1");
        const QByteArray other = QByteArray::fromStdString(report.SerializeAsString());
        QByteArray forged = request;
        forged.replace(body, other);
        QCOMPARE(statusOf(exchangeRaw(m_backend.url(), forged)), 403);
    }

    void theOrganisationsCarsEnrolItsFleetKey()
    {
        // A manager's certified key is accepted by the organisation's car: the car enrolled
        // the fleet key the operator gave.
        FleetClient manager;
        signIn(manager, QStringLiteral("ops@example.org"), QStringLiteral("another long password"));
        AWAIT_JOB(keys, manager.listKeys(QStringLiteral("van-1")));
        QCOMPARE(keys->error(), FleetJob::NoError);
        bool enrolled = false;
        for (const auto &key : keys->result())
            enrolled |= key.keyId == keyIdOf(m_fleetKey.publicKeyDer());
        QVERIFY(enrolled);
        AWAIT_JOB(list, manager.listVehicles());
        QCOMPARE(list->error(), FleetJob::NoError);
        QCOMPARE(list->result().vehicles.size(), std::size_t(1));
        QCOMPARE(list->result().vehicles.front().id, QStringLiteral("van-1"));
    }

    void cleanupTestCase() { m_backend.stop(); }
};

QTEST_GUILESS_MAIN(AdminTest)
#include "test_admin.moc"
