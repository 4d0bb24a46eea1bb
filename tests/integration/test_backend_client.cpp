// The client against a real idlefleetd over TLS on loopback.

#include "backendprocess.h"
#include "commandsigning.h"
#include "fleetclient.h"
#include "pinnedtransport.h"
#include "policy/policydocument.h"
#include "vehiclekey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace idlefleet;
using namespace idlefleet::client;

namespace {

// A well-formed pin of a key nobody has.
const QString StrangerPin = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

template<typename Job>
std::unique_ptr<Job> finish(Job *job)
{
    std::unique_ptr<Job> owned(job);
    QSignalSpy finished(job, &FleetJob::finished);
    if (!finished.wait(30000))
        qFatal("job did not finish");
    return owned;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestBackendClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    BackendProcess m_backend;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("world")); }

    void connect(FleetClient &client, const QStringList &pins)
    {
        client.setEndpoint(m_backend.url(), pins);
    }

    /// A client signed in as the demo owner.
    void signIn(FleetClient &client, const QString &email = QStringLiteral("alex@example.com"),
                const QString &password = QStringLiteral("demo-owner"))
    {
        connect(client, {m_backend.pin()});
        auto job = finish(client.login(email, password));
        QVERIFY2(job->error() == FleetJob::NoError, qPrintable(job->errorString()));
        QVERIFY(client.signedIn());
    }

    Run ctl(const QStringList &arguments, const QString &home, const QByteArray &password = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("IDLEFLEETCTL_HOME"), home);
        if (!password.isEmpty())
            environment.insert(QStringLiteral("IDLEFLEET_PASSWORD"), QString::fromLatin1(password));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(IDLEFLEETCTL_PATH), arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_backend.start(dataDir(), {QStringLiteral("--demo-world")}),
                 qPrintable(m_backend.error()));
    }

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
        auto job = finish(client.fetchServerInfo());
        QCOMPARE(job->error(), FleetJob::NoError);
        QCOMPARE(job->result().apiVersion, 1u);
        QVERIFY(job->result().simulated);
    }

    void listsTheDemoOwnersCars()
    {
        FleetClient client;
        signIn(client);
        auto job = finish(client.listVehicles());
        QVERIFY2(job->error() == FleetJob::NoError, qPrintable(job->errorString()));
        const auto &vehicles = job->result().vehicles;
        QCOMPARE(vehicles.size(), std::size_t(2));
        QCOMPARE(vehicles[0].name, QStringLiteral("Blue Saloon"));
        for (const Vehicle &v : vehicles) {
            QVERIFY(v.status.socPercent > 0 && v.status.socPercent <= 100);
            QVERIFY(qAbs(v.status.observedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
            QCOMPARE(v.timeZone, QStringLiteral("Europe/Berlin"));
        }
    }

    void pagesThroughTheList()
    {
        FleetClient client;
        signIn(client);
        auto first = finish(client.listVehicles(1));
        QCOMPARE(first->result().vehicles.size(), std::size_t(1));
        QCOMPARE(first->result().totalCount, 2);
        QVERIFY(!first->result().nextPageToken.isEmpty());
        auto second = finish(client.listVehicles(1, first->result().nextPageToken));
        QCOMPARE(second->result().vehicles.size(), std::size_t(1));
        QVERIFY(second->result().nextPageToken.isEmpty());
        QVERIFY(second->result().vehicles[0].id != first->result().vehicles[0].id);
    }

    void aDifferentKeyFailsWithAClearMessage()
    {
        FleetClient client;
        connect(client, {StrangerPin});
        auto job = finish(client.listVehicles());
        QCOMPARE(job->error(), FleetJob::PinMismatch);
        QCOMPARE(job->httpStatus(), 0); // no request went out, so no answer came back
        QVERIFY2(job->errorString().contains(QStringLiteral("different security key")),
                 qPrintable(job->errorString()));
        QVERIFY(job->errorString().contains(m_backend.url().toString()));
    }

    void aBackupPinIsAccepted()
    {
        FleetClient client;
        connect(client, {StrangerPin, m_backend.pin()});
        auto job = finish(client.fetchServerInfo());
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
        auto job = finish(client.listVehicles(0));
        QCOMPARE(job->error(), FleetJob::InvalidRequest);
        QCOMPARE(job->serverError().field, QStringLiteral("page_size"));
        auto beyond = finish(client.listVehicles(1000, QStringLiteral("2147483647")));
        QCOMPARE(beyond->error(), FleetJob::InvalidRequest);
        QCOMPARE(beyond->serverError().field, QStringLiteral("page_token"));
        QVERIFY(job->errorString().contains(QStringLiteral("page_size")));
    }

    // A body over the limit is refused from its Content-Length, and the server goes on serving.
    void oversizedAndMalformedRequestsAreRefusedAndTheServerKeepsServing()
    {
        auto exchange = [this](const QByteArray &request) {
            QSslSocket socket;
            socket.setPeerVerifyMode(QSslSocket::VerifyNone);
            socket.connectToHostEncrypted(m_backend.url().host(), quint16(m_backend.url().port()));
            if (!socket.waitForEncrypted(10000))
                return QByteArray("no TLS");
            socket.write(request);
            QByteArray answer;
            while (socket.waitForReadyRead(5000))
                answer += socket.readAll();
            return answer;
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
        auto job = finish(client.listVehicles());
        QCOMPARE(job->error(), FleetJob::NoError);
    }

    void carsReportWhyTheyDoNotContribute()
    {
        FleetClient client;
        signIn(client);
        auto job = finish(client.listVehicles());
        const QStringList codes{
            QStringLiteral("disabled"),          QStringLiteral("paused"),
            QStringLiteral("driving"),           QStringLiteral("not_plugged_in"),
            QStringLiteral("outside_schedule"),  QStringLiteral("peak_tariff"),
            QStringLiteral("price_above_limit"), QStringLiteral("unprofitable"),
            QStringLiteral("below_min_soc"),     QStringLiteral("below_resume_soc"),
            QStringLiteral("departure_reserve"), QStringLiteral("chip_too_hot"),
            QStringLiteral("daily_energy_cap")};
        for (const Vehicle &v : job->result().vehicles) {
            QCOMPARE(v.status.contributing, v.status.blockingReasons.isEmpty());
            int last = -1;
            for (const QString &reason : v.status.blockingReasons) {
                QVERIFY2(codes.indexOf(reason) > last, qPrintable(reason)); // known, in order
                last = int(codes.indexOf(reason));
            }
            QCOMPARE(v.status.currency, QStringLiteral("EUR"));
            QVERIFY(v.status.marketRateMicrosPerHour > 0);
        }
    }

    void theOwnerReadsTheirCarsPolicyAndNobodyElseDoes()
    {
        FleetClient owner;
        signIn(owner);
        auto job = finish(owner.fetchPolicy(QStringLiteral("veh-alex-1")));
        QVERIFY2(job->error() == FleetJob::NoError, qPrintable(job->errorString()));
        QCOMPARE(job->result().version, qint64(1));
        QCOMPARE(job->result().policy.time_zone(), std::string("Europe/Berlin"));
        QCOMPARE(job->result().policy.windows_size(), 2);
        QCOMPARE(finish(owner.fetchPolicy(QStringLiteral("veh-nobody")))->error(),
                 FleetJob::NotFound);

        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        auto refused = finish(manager.fetchPolicy(QStringLiteral("veh-alex-1")));
        QCOMPARE(refused->error(), FleetJob::NotFound); // no hint that the car exists
    }

    void historyComesInMinutesHoursAndDaysThatAgree()
    {
        FleetClient client;
        signIn(client);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString car = QStringLiteral("veh-alex-1");
        // 90 days of backfill at one-minute steps, rolled up by hour and by local day.
        auto days =
            finish(client.fetchHistory(car, now.addDays(-100), now, FleetClient::Resolution::Day));
        QVERIFY2(days->error() == FleetJob::NoError, qPrintable(days->errorString()));
        QVERIFY(days->result().size() >= 90 && days->result().size() <= 92);
        auto hours =
            finish(client.fetchHistory(car, now.addDays(-100), now, FleetClient::Resolution::Hour));
        QVERIFY(hours->result().size() >= 90 * 24 && hours->result().size() <= 91 * 24 + 1);
        int contributingByDay = 0;
        int contributingByHour = 0;
        qint64 energyByHour = 0;
        for (const HistoryPoint &p : days->result())
            contributingByDay += p.contributingMinutes;
        for (const HistoryPoint &p : hours->result()) {
            contributingByHour += p.contributingMinutes;
            energyByHour += p.computeEnergyWh;
            QVERIFY(p.socPercentMin <= p.socPercentAvg && p.socPercentAvg <= p.socPercentMax);
        }
        QCOMPARE(contributingByHour, contributingByDay);
        QVERIFY2(contributingByDay > 90 * 60, "the saloon works most nights");
        QVERIFY(energyByHour > 0);

        // One day of minutes agrees with that day's hours.
        const QDateTime dayStart = hours->result()[24 * 10].start;
        auto minutes = finish(client.fetchHistory(car, dayStart, dayStart.addDays(1),
                                                  FleetClient::Resolution::Minute));
        QCOMPARE(minutes->result().size(), std::size_t(1440));
        auto dayHours = finish(
            client.fetchHistory(car, dayStart, dayStart.addDays(1), FleetClient::Resolution::Hour));
        QCOMPARE(dayHours->result().size(), std::size_t(24));
        int byMinute = 0;
        int byHour = 0;
        for (const HistoryPoint &p : minutes->result())
            byMinute += p.contributingMinutes;
        for (const HistoryPoint &p : dayHours->result())
            byHour += p.contributingMinutes;
        QCOMPARE(byMinute, byHour);
    }

    void sessionsAndEarningsAddUpToTheSameMoney()
    {
        FleetClient client;
        signIn(client);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString car = QStringLiteral("veh-alex-1");
        // The whole life of the world (90 days), so no session is cut at an edge.
        auto sessions = finish(client.fetchSessions(car, now.addDays(-91), now.addSecs(3600)));
        QVERIFY2(sessions->error() == FleetJob::NoError, qPrintable(sessions->errorString()));
        QCOMPARE(sessions->result().currency, QStringLiteral("EUR"));
        QVERIFY(sessions->result().entries.size() > 80);
        Amounts sum;
        QDateTime previousEnd;
        for (const AmountsAt &s : sessions->result().entries) {
            QVERIFY(s.start < s.end);
            QVERIFY(!previousEnd.isValid() || previousEnd < s.start); // separate stretches
            previousEnd = s.end;
            QCOMPARE(qint64(s.amounts.contributingMinutes), s.start.secsTo(s.end) / 60);
            QVERIFY(s.amounts.energyWh > 0 && s.amounts.grossMicros > 0);
            QCOMPARE(s.amounts.netMicros, s.amounts.ownerMicros - s.amounts.costMicros);
            sum.energyWh += s.amounts.energyWh;
            sum.costMicros += s.amounts.costMicros;
            sum.grossMicros += s.amounts.grossMicros;
            sum.contributingMinutes += s.amounts.contributingMinutes;
        }
        for (const auto period :
             {FleetClient::Period::Day, FleetClient::Period::Week, FleetClient::Period::Month}) {
            auto earnings =
                finish(client.fetchEarnings(car, now.addDays(-91), now.addSecs(3600), period));
            QVERIFY2(earnings->error() == FleetJob::NoError, qPrintable(earnings->errorString()));
            const Amounts &total = earnings->result().totals;
            QCOMPARE(total.contributingMinutes, sum.contributingMinutes);
            // Each bucket and each session is rounded once: they agree within that rounding.
            const qint64 slack =
                qint64(sessions->result().entries.size() + earnings->result().entries.size());
            QVERIFY2(qAbs(total.energyWh - sum.energyWh) <= slack,
                     qPrintable(QStringLiteral("%1 vs %2").arg(total.energyWh).arg(sum.energyWh)));
            QVERIFY(qAbs(total.costMicros - sum.costMicros) <= slack);
            QVERIFY(qAbs(total.grossMicros - sum.grossMicros) <= slack);
            qint64 bucketEnergy = 0;
            for (const AmountsAt &b : earnings->result().entries)
                bucketEnergy += b.amounts.energyWh;
            QCOMPARE(total.energyWh, bucketEnergy); // totals are the sums of the buckets
        }
    }

    void theTimelineSaysWhenAndWhyContributionStopped()
    {
        FleetClient client;
        signIn(client);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto job = finish(client.fetchEvents(QStringLiteral("veh-alex-1"), now.addDays(-7), now));
        QVERIFY2(job->error() == FleetJob::NoError, qPrintable(job->errorString()));
        int started = 0;
        int stopped = 0;
        EventInfo::Kind last = EventInfo::Unknown;
        for (const EventInfo &e : job->result()) {
            if (e.kind == EventInfo::ContributionStarted ||
                e.kind == EventInfo::ContributionStopped) {
                QVERIFY2(e.kind != last, "starts and stops alternate");
                last = e.kind;
            }
            if (e.kind == EventInfo::ContributionStarted) {
                ++started;
                QVERIFY(e.reasons.isEmpty());
            }
            if (e.kind == EventInfo::ContributionStopped) {
                ++stopped;
                QVERIFY2(!e.reasons.isEmpty(), "a stop always says why");
            }
        }
        QVERIFY(started >= 5 && stopped >= 5); // a week of nights
        QTemporaryDir home;
        QVERIFY(
            ctl({QStringLiteral("--server"), m_backend.url().toString(), QStringLiteral("--pin"),
                 m_backend.pin(), QStringLiteral("login"), QStringLiteral("alex@example.com")},
                home.path(), "demo-owner")
                .exitCode == 0);
        const Run events =
            ctl({QStringLiteral("--json"), QStringLiteral("events"), QStringLiteral("veh-alex-1"),
                 QStringLiteral("--from"), now.addDays(-2).toString(Qt::ISODate)},
                home.path());
        QVERIFY2(events.exitCode == 0, events.err.constData());
        QVERIFY(!QJsonDocument::fromJson(events.out)
                     .object()
                     .value(QStringLiteral("events"))
                     .toArray()
                     .isEmpty());
    }

    void historyRefusesWhatItCannotAnswer()
    {
        FleetClient client;
        signIn(client);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto tooLong = finish(client.fetchHistory(QStringLiteral("veh-alex-1"), now.addDays(-40),
                                                  now, FleetClient::Resolution::Minute));
        QCOMPARE(tooLong->error(), FleetJob::InvalidRequest);
        QCOMPARE(tooLong->serverError().code, QStringLiteral("range_too_large"));
        auto backwards = finish(client.fetchHistory(
            QStringLiteral("veh-alex-1"), now, now.addDays(-1), FleetClient::Resolution::Hour));
        QCOMPARE(backwards->error(), FleetJob::InvalidRequest);
        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        auto other = finish(manager.fetchHistory(QStringLiteral("veh-alex-1"), now.addDays(-1), now,
                                                 FleetClient::Resolution::Hour));
        QCOMPARE(other->error(), FleetJob::NotFound);
    }

    void pairingNeedsTheCodeOnTheCarsScreen()
    {
        FleetClient owner;
        signIn(owner);
        const QString car = QStringLiteral("veh-alex-2");
        const VehicleKeyPair laptop = VehicleKeyPair::generate();
        auto started =
            finish(owner.startPairing(car, laptop.publicKeyDer(), QStringLiteral("Alex's laptop")));
        QVERIFY2(started->error() == FleetJob::NoError, qPrintable(started->errorString()));
        QCOMPARE(started->result().triesLeft, 5);
        QVERIFY(started->result().expiresAt > QDateTime::currentDateTimeUtc());

        auto screen = finish(owner.carScreen(car));
        const QString code = screen->result().pairingCode;
        QCOMPARE(code.size(), 6);
        QVERIFY(screen->result().text.contains(code));

        const QString wrongCode =
            code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        auto wrong = finish(owner.confirmPairing(car, laptop.publicKeyDer(), wrongCode));
        QCOMPARE(wrong->serverError().code, QStringLiteral("wrong_code"));
        QVERIFY(wrong->errorString().contains(QStringLiteral("4 tries left")));

        auto paired = finish(owner.confirmPairing(car, laptop.publicKeyDer(), code));
        QVERIFY2(paired->error() == FleetJob::NoError, qPrintable(paired->errorString()));
        QCOMPARE(paired->result().keyId, keyIdOf(laptop.publicKeyDer()));
        QCOMPARE(paired->result().label, QStringLiteral("Alex's laptop"));
        QVERIFY(finish(owner.carScreen(car))->result().pairingCode.isEmpty()); // used up

        auto keys = finish(owner.listKeys(car));
        QCOMPARE(keys->result().size(), std::size_t(1));
        QVERIFY(!keys->result().front().lastUsedAt.isValid());
        QCOMPARE(finish(owner.startPairing(car, laptop.publicKeyDer(), QStringLiteral("again")))
                     ->serverError()
                     .code,
                 QStringLiteral("already_paired"));
        auto revoked = finish(owner.revokeKey(car, paired->result().keyId));
        QVERIFY(revoked->result().revoked);
    }

    void pairingCodesHaveATryLimitAndOthersCannotPair()
    {
        FleetClient owner;
        signIn(owner);
        const QString car = QStringLiteral("veh-alex-1");
        const VehicleKeyPair phone = VehicleKeyPair::generate();
        QCOMPARE(
            finish(owner.startPairing(car, phone.publicKeyDer(), QStringLiteral("Phone")))->error(),
            FleetJob::NoError);
        const QString code = finish(owner.carScreen(car))->result().pairingCode;
        const QString wrongCode =
            code == QLatin1String("999999") ? QStringLiteral("888888") : QStringLiteral("999999");
        int lastStatus = 0;
        for (int i = 0; i < 5; ++i)
            lastStatus =
                finish(owner.confirmPairing(car, phone.publicKeyDer(), wrongCode))->httpStatus();
        QCOMPARE(lastStatus, 429);
        // The right code no longer helps: the pairing is gone.
        auto late = finish(owner.confirmPairing(car, phone.publicKeyDer(), code));
        QCOMPARE(late->serverError().code, QStringLiteral("no_pairing"));
        QCOMPARE(finish(owner.startPairing(car, QByteArray("not a key"), QStringLiteral("x")))
                     ->serverError()
                     .code,
                 QStringLiteral("invalid_key"));

        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        QCOMPARE(
            finish(manager.startPairing(car, phone.publicKeyDer(), QStringLiteral("x")))->error(),
            FleetJob::NotFound);
        QCOMPARE(finish(manager.carScreen(car))->error(), FleetJob::NotFound);
    }

    void aFleetManagerSearchesFiltersAndSortsTheOrganisation()
    {
        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        auto all = finish(manager.listVehicles(1000));
        QCOMPARE(all->result().totalCount, 2000);
        QCOMPARE(all->result().vehicles.size(), std::size_t(1000));
        QVERIFY(!all->result().nextPageToken.isEmpty());

        FleetClient::VehicleQuery paris;
        paris.group = QStringLiteral("Paris Nord");
        auto depot = finish(manager.listVehicles(paris, 1000));
        QCOMPARE(depot->result().totalCount, 250);
        for (const Vehicle &v : depot->result().vehicles)
            QCOMPARE(v.group, QStringLiteral("Paris Nord"));

        FleetClient::VehicleQuery search;
        search.search = QStringLiteral("lon 00");
        auto found = finish(manager.listVehicles(search, 1000));
        QVERIFY(found->result().totalCount > 0 && found->result().totalCount < 250);
        for (const Vehicle &v : found->result().vehicles)
            QVERIFY(v.name.contains(QStringLiteral("lon 00"), Qt::CaseInsensitive));

        FleetClient::VehicleQuery bySoc;
        bySoc.sort = QStringLiteral("-soc");
        auto sorted = finish(manager.listVehicles(bySoc, 1000));
        const auto &cars = sorted->result().vehicles;
        for (std::size_t i = 1; i < cars.size(); ++i)
            QVERIFY(cars[i - 1].status.socPercent >= cars[i].status.socPercent);

        FleetClient::VehicleQuery idle;
        idle.state = QStringLiteral("not_contributing");
        auto notWorking = finish(manager.listVehicles(idle, 1000));
        for (const Vehicle &v : notWorking->result().vehicles)
            QVERIFY(!v.status.contributing && !v.status.blockingReasons.isEmpty());
        if (!notWorking->result().vehicles.empty()) {
            FleetClient::VehicleQuery because;
            because.reason = notWorking->result().vehicles.front().status.blockingReasons.first();
            auto reasoned = finish(manager.listVehicles(because, 1000));
            QVERIFY(reasoned->result().totalCount > 0);
            for (const Vehicle &v : reasoned->result().vehicles)
                QVERIFY(v.status.blockingReasons.contains(because.reason));
        }
        // An organisation's cars take its fleet key, not a manager's pairing.
        auto pairing =
            finish(manager.startPairing(cars.front().id, VehicleKeyPair::generate().publicKeyDer(),
                                        QStringLiteral("Manager laptop")));
        QCOMPARE(pairing->error(), FleetJob::NotAllowed);
        FleetClient::VehicleQuery wrong;
        wrong.sort = QStringLiteral("colour");
        QCOMPARE(finish(manager.listVehicles(wrong, 10))->serverError().field,
                 QStringLiteral("sort"));
    }

    void theCarAppliesOnlyWhatAPairedKeySigned()
    {
        FleetClient owner;
        signIn(owner);
        const QString car = QStringLiteral("veh-alex-2");
        const VehicleKeyPair key = VehicleKeyPair::generate();
        QCOMPARE(
            finish(owner.startPairing(car, key.publicKeyDer(), QStringLiteral("Tablet")))->error(),
            FleetJob::NoError);
        const QString code = finish(owner.carScreen(car))->result().pairingCode;
        QCOMPARE(finish(owner.confirmPairing(car, key.publicKeyDer(), code))->error(),
                 FleetJob::NoError);

        auto current = finish(owner.fetchPolicy(car));
        const qint64 version = current->result().version;
        v1::Policy changed = current->result().policy;
        changed.set_max_chip_temp_c(72);
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(300);
        quint64 counter = 100;
        auto send = [&](const client::SignedCommandBytes &signedBytes, const QString &target) {
            return finish(owner.sendCommand(target, signedBytes.command, signedBytes.signature));
        };
        auto action = [&](qint64 base) {
            client::CommandAction a;
            a.baseVersion = base;
            a.policy = changed;
            return a;
        };

        const auto first = client::signCommand(key, car, ++counter, soon, QStringLiteral("edit-1"),
                                               action(version));
        auto applied = send(first, car);
        QVERIFY2(applied->error() == FleetJob::NoError, qPrintable(applied->errorString()));
        QCOMPARE(applied->result().outcome, CommandOutcome::Applied);
        QCOMPARE(applied->result().version, version + 1);
        auto after = finish(owner.fetchPolicy(car));
        QCOMPARE(after->result().version, version + 1);
        QCOMPARE(after->result().policy.max_chip_temp_c(), 72);
        auto keys = finish(owner.listKeys(car));
        bool used = false;
        for (const KeyInfo &k : keys->result())
            used |= k.keyId == keyIdOf(key.publicKeyDer()) && k.lastUsedAt.isValid();
        QVERIFY(used);

        // The same bytes again (a retry): the first answer, nothing applied twice.
        auto retried = send(first, car);
        QCOMPARE(retried->result().outcome, CommandOutcome::Applied);
        QCOMPARE(retried->result().version, version + 1);
        QCOMPARE(finish(owner.fetchPolicy(car))->result().version, version + 1);

        auto rejectedWith = [&](const client::SignedCommandBytes &bytes, const QString &target) {
            auto job = send(bytes, target);
            if (job->error() != FleetJob::NoError ||
                job->result().outcome != CommandOutcome::Rejected)
                return QStringLiteral("not rejected: %1").arg(job->errorString());
            return job->result().code;
        };
        // A replayed counter under a new idempotency key.
        QCOMPARE(rejectedWith(client::signCommand(key, car, counter, soon, QStringLiteral("edit-2"),
                                                  action(version + 1)),
                              car),
                 QStringLiteral("replayed_counter"));
        // Tampered after signing.
        auto tampered = client::signCommand(key, car, ++counter, soon, QStringLiteral("edit-3"),
                                            action(version + 1));
        tampered.command[tampered.command.size() - 1] = char(tampered.command.back() ^ 0x01);
        const QString tamperedCode = rejectedWith(tampered, car);
        QVERIFY2(tamperedCode == QLatin1String("bad_signature") ||
                     tamperedCode.startsWith(QLatin1String("not rejected")),
                 qPrintable(tamperedCode));
        QCOMPARE(finish(owner.fetchPolicy(car))->result().version, version + 1);
        // Expired, or valid for too long.
        QCOMPARE(rejectedWith(client::signCommand(key, car, ++counter,
                                                  QDateTime::currentDateTimeUtc().addSecs(-1),
                                                  QStringLiteral("edit-4"), action(version + 1)),
                              car),
                 QStringLiteral("expired"));
        QCOMPARE(rejectedWith(client::signCommand(key, car, ++counter,
                                                  QDateTime::currentDateTimeUtc().addDays(3),
                                                  QStringLiteral("edit-5"), action(version + 1)),
                              car),
                 QStringLiteral("expiry_too_far"));
        // A key the car never paired, and a command meant for another car.
        QCOMPARE(rejectedWith(client::signCommand(VehicleKeyPair::generate(), car, ++counter, soon,
                                                  QStringLiteral("edit-6"), action(version + 1)),
                              car),
                 QStringLiteral("unknown_key"));
        QCOMPARE(
            rejectedWith(client::signCommand(key, QStringLiteral("veh-alex-1"), ++counter, soon,
                                             QStringLiteral("edit-7"), action(version + 1)),
                         car),
            QStringLiteral("wrong_vehicle"));
        // An invalid policy never reaches the car's engine.
        client::CommandAction invalid = action(version + 1);
        invalid.policy->set_min_soc_percent(99);
        QCOMPARE(rejectedWith(client::signCommand(key, car, ++counter, soon,
                                                  QStringLiteral("edit-8"), invalid),
                              car),
                 QStringLiteral("invalid_policy"));

        // Made from an old version: a conflict with the car's current policy, nothing overwritten.
        auto conflict = send(client::signCommand(key, car, ++counter, soon,
                                                 QStringLiteral("edit-9"), action(version)),
                             car);
        QCOMPARE(conflict->result().outcome, CommandOutcome::Conflict);
        QCOMPARE(conflict->result().version, version + 1);
        QCOMPARE(conflict->result().currentPolicy.max_chip_temp_c(), 72);

        // Pause (snooze) and resume are signed changes of pausedUntil.
        client::CommandAction pause;
        pause.baseVersion = version + 1;
        pause.pause = true;
        pause.pausedUntil = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
        auto paused = send(
            client::signCommand(key, car, ++counter, soon, QStringLiteral("pause-1"), pause), car);
        QCOMPARE(paused->result().outcome, CommandOutcome::Applied);
        auto list = finish(owner.listVehicles());
        for (const Vehicle &v : list->result().vehicles) {
            if (v.id == car)
                QVERIFY(v.status.blockingReasons.contains(QStringLiteral("paused")));
        }
        client::CommandAction resume;
        resume.baseVersion = version + 2;
        QCOMPARE(
            send(client::signCommand(key, car, ++counter, soon, QStringLiteral("resume-1"), resume),
                 car)
                ->result()
                .outcome,
            CommandOutcome::Applied);
        QVERIFY(!finish(owner.fetchPolicy(car))->result().policy.has_paused_until());

        // A revoked key signs nothing any more.
        QCOMPARE(finish(owner.revokeKey(car, keyIdOf(key.publicKeyDer())))->error(),
                 FleetJob::NoError);
        QCOMPARE(rejectedWith(client::signCommand(key, car, ++counter, soon,
                                                  QStringLiteral("edit-10"), action(version + 3)),
                              car),
                 QStringLiteral("revoked_key"));
    }

    void everythingButInfoNeedsASignedInAccount()
    {
        FleetClient client;
        connect(client, {m_backend.pin()});
        auto job = finish(client.listVehicles());
        QCOMPARE(job->error(), FleetJob::NotSignedIn);
        QCOMPARE(job->httpStatus(), 401);
        QCOMPARE(job->serverError().code, QStringLiteral("unauthenticated"));
        auto wrong =
            finish(client.login(QStringLiteral("alex@example.com"), QStringLiteral("guess")));
        QCOMPARE(wrong->error(), FleetJob::NotSignedIn);
        QVERIFY(!client.signedIn());
    }

    void eachRoleSeesOnlyItsCars()
    {
        FleetClient owner;
        signIn(owner);
        QCOMPARE(owner.session().account.role, 1);
        QCOMPARE(finish(owner.listVehicles())->result().totalCount, 2);
        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        QCOMPARE(manager.session().account.organisationId, QStringLiteral("org-demo"));
        auto managed = finish(manager.listVehicles());
        QCOMPARE(managed->error(), FleetJob::NoError);
        for (const Vehicle &v : managed->result().vehicles)
            QVERIFY(!v.id.startsWith(QStringLiteral("veh-alex")));
    }

    void anExpiredAccessTokenIsRefreshedSilently()
    {
        FleetClient client;
        signIn(client);
        const QByteArray firstRefresh = client.session().refreshToken;
        Session stale = client.session();
        stale.accessToken = "expired-or-forged";
        client.setSession(stale);
        auto job = finish(client.listVehicles());
        QVERIFY2(job->error() == FleetJob::NoError, qPrintable(job->errorString()));
        QCOMPARE(job->result().vehicles.size(), std::size_t(2));
        QVERIFY(client.session().refreshToken != firstRefresh); // rotated
        // The old refresh token was used up: it cannot open another session.
        FleetClient thief;
        connect(thief, {m_backend.pin()});
        Session stolen;
        stolen.refreshToken = firstRefresh;
        thief.setSession(stolen);
        QCOMPARE(finish(thief.listVehicles())->error(), FleetJob::NotSignedIn);
        QVERIFY(!thief.signedIn());
    }

    void logoutEndsTheSession()
    {
        FleetClient client;
        signIn(client);
        const Session session = client.session();
        QCOMPARE(finish(client.logout())->error(), FleetJob::NoError);
        QVERIFY(!client.signedIn());
        client.setSession(session); // the same tokens, replayed
        QCOMPARE(finish(client.listVehicles())->error(), FleetJob::NotSignedIn);
    }

    void failedLoginsAreRateLimited()
    {
        FleetClient client;
        connect(client, {m_backend.pin()});
        for (int i = 0; i < 5; ++i) {
            auto job = finish(client.login(QStringLiteral("support@example.com"),
                                           QStringLiteral("wrong %1").arg(i)));
            QCOMPARE(job->httpStatus(), 401);
        }
        // Even the right password waits now.
        auto limited = finish(
            client.login(QStringLiteral("support@example.com"), QStringLiteral("demo-support")));
        QCOMPARE(limited->httpStatus(), 429);
        QCOMPARE(limited->serverError().code, QStringLiteral("too_many_attempts"));
        // Another account is not locked by it.
        FleetClient other;
        signIn(other);
    }

    void ctlSignsInRemembersAndSignsOut()
    {
        QTemporaryDir home;
        const QString server = m_backend.url().toString();
        const Run notYet = ctl({QStringLiteral("vehicles")}, home.path());
        QCOMPARE(notYet.exitCode, 3);
        const Run wrong =
            ctl({QStringLiteral("--server"), server, QStringLiteral("--pin"), m_backend.pin(),
                 QStringLiteral("login"), QStringLiteral("alex@example.com")},
                home.path(), "not the password");
        QCOMPARE(wrong.exitCode, 3);
        const Run login =
            ctl({QStringLiteral("--server"), server, QStringLiteral("--pin"), m_backend.pin(),
                 QStringLiteral("login"), QStringLiteral("alex@example.com")},
                home.path(), "demo-owner");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY(login.out.contains("alex@example.com"));
        QFile session(QDir(home.path()).filePath(QStringLiteral("session.json")));
        QCOMPARE(session.permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(session.open(QIODevice::ReadOnly));
        QVERIFY(!session.readAll().contains("demo-owner")); // never the password
        session.close();
        // Remembered: no --server, no password.
        for (int i = 0; i < 2; ++i) { // twice: the rotated refresh token was kept
            const Run vehicles =
                ctl({QStringLiteral("--json"), QStringLiteral("vehicles")}, home.path());
            QVERIFY2(vehicles.exitCode == 0, vehicles.err.constData());
            QCOMPARE(QJsonDocument::fromJson(vehicles.out)
                         .object()
                         .value(QStringLiteral("vehicles"))
                         .toArray()
                         .size(),
                     2);
        }
        const Run policy =
            ctl({QStringLiteral("policy"), QStringLiteral("get"), QStringLiteral("veh-alex-2")},
                home.path());
        QVERIFY2(policy.exitCode == 0, policy.err.constData());
        v1::Policy parsed;
        QString error;
        QVERIFY2(policy::parsePolicyJson(policy.out, &parsed, &error), qPrintable(error));
        QVERIFY(parsed.off_peak_only());
        const QDate today = QDate::currentDate();
        const Run earnings =
            ctl({QStringLiteral("earnings"), QStringLiteral("veh-alex-1"), QStringLiteral("--from"),
                 today.addDays(-14).toString(Qt::ISODate), QStringLiteral("--to"),
                 today.toString(Qt::ISODate), QStringLiteral("--csv")},
                home.path());
        QVERIFY2(earnings.exitCode == 0, earnings.err.constData());
        const QList<QByteArray> rows = earnings.out.trimmed().split('\n');
        QVERIFY(rows.first().startsWith("period_start,contributing_minutes,energy_wh,cost_micros"));
        QVERIFY(rows.size() >= 13 && rows.size() <= 16); // a row a local day with contribution
        QVERIFY(rows.last().endsWith(",EUR"));
        const Run badPeriod =
            ctl({QStringLiteral("earnings"), QStringLiteral("veh-alex-1"), QStringLiteral("--from"),
                 QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-02-01"),
                 QStringLiteral("--by"), QStringLiteral("fortnight")},
                home.path());
        QCOMPARE(badPeriod.exitCode, 2);
        // Pairing from the command line: start, read the car's screen, confirm.
        QCOMPARE(ctl({QStringLiteral("pair"), QStringLiteral("veh-alex-1")}, home.path()).exitCode,
                 0);
        const Run screen = ctl({QStringLiteral("--json"), QStringLiteral("sim"),
                                QStringLiteral("screen"), QStringLiteral("veh-alex-1")},
                               home.path());
        const QString code = QJsonDocument::fromJson(screen.out)
                                 .object()
                                 .value(QStringLiteral("pairingCode"))
                                 .toString();
        QCOMPARE(code.size(), 6);
        const Run paired = ctl(
            {QStringLiteral("pair"), QStringLiteral("veh-alex-1"), QStringLiteral("--code"), code},
            home.path());
        QVERIFY2(paired.exitCode == 0, paired.err.constData());
        QFile key(QDir(home.path()).filePath(QStringLiteral("vehicle-key.pem")));
        QCOMPARE(key.permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        const Run keys = ctl({QStringLiteral("--json"), QStringLiteral("keys"),
                              QStringLiteral("list"), QStringLiteral("veh-alex-1")},
                             home.path());
        const QJsonArray keyRows =
            QJsonDocument::fromJson(keys.out).object().value(QStringLiteral("keys")).toArray();
        QVERIFY(!keyRows.isEmpty());
        QCOMPARE(ctl({QStringLiteral("keys"), QStringLiteral("revoke"),
                      keyRows.last().toObject().value(QStringLiteral("keyId")).toString()},
                     home.path())
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("logout")}, home.path()).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("vehicles")}, home.path()).exitCode, 3);
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
        QVERIFY2(second.start(restored), qPrintable(second.error()));
        QCOMPARE(second.pin(), m_backend.pin());
        FleetClient client;
        client.setEndpoint(second.url(), {second.pin()});
        auto login =
            finish(client.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")));
        QCOMPARE(login->error(), FleetJob::NoError);
        QCOMPARE(finish(client.listVehicles())->result().vehicles.size(), std::size_t(2));
    }

    // In a world of its own: it deletes the demo owner.
    void ownersCanConsentExportEverythingAndDeleteTheirAccount()
    {
        const QString world = m_dir.filePath(QStringLiteral("rights"));
        BackendProcess backend;
        QVERIFY2(backend.start(world, {QStringLiteral("--demo-world"),
                                       QStringLiteral("--backfill-days"), QStringLiteral("3")}),
                 qPrintable(backend.error()));
        FleetClient client;
        client.setEndpoint(backend.url(), {backend.pin()});
        QCOMPARE(
            finish(client.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")))
                ->error(),
            FleetJob::NoError);
        auto consent = finish(client.recordConsent(QStringLiteral("2026-11")));
        QCOMPARE(consent->error(), FleetJob::NoError);
        QCOMPARE(consent->result().consents_size(), 1);
        QCOMPARE(finish(client.fetchAccount())->result().consents(0).terms_version(),
                 std::string("2026-11"));

        auto exported = finish(client.exportMyData());
        QCOMPARE(exported->error(), FleetJob::NoError);
        const v1::DataExport &data = exported->result();
        QCOMPARE(data.details().account().email(), std::string("alex@example.com"));
        QCOMPARE(data.vehicles_size(), 2);
        QVERIFY(data.vehicles(0).sessions_size() > 0);
        QVERIFY(data.vehicles(0).policy().windows_size() > 0);
        QVERIFY(!QByteArray::fromStdString(data.SerializeAsString()).contains("pbkdf2"));

        // From the command line too: a JSON file only the user can read.
        QTemporaryDir home;
        QCOMPARE(ctl({QStringLiteral("--server"), backend.url().toString(), QStringLiteral("--pin"),
                      backend.pin(), QStringLiteral("login"), QStringLiteral("alex@example.com")},
                     home.path(), "demo-owner")
                     .exitCode,
                 0);
        const QString file = home.filePath(QStringLiteral("mine.json"));
        const Run exportRun =
            ctl({QStringLiteral("export-my-data"), QStringLiteral("--output"), file}, home.path());
        QVERIFY2(exportRun.exitCode == 0, exportRun.err.constData());
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(json.permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("vehicles")).toArray().size(), 2);

        auto refused = finish(client.deleteAccount(QStringLiteral("not it")));
        QCOMPARE(refused->error(), FleetJob::NotAllowed);
        QCOMPARE(finish(client.listVehicles())->result().vehicles.size(), std::size_t(2));
        const Run deleted = ctl({QStringLiteral("delete-account")}, home.path(), "demo-owner");
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("session.json"))));

        // Gone, and still gone after a restart.
        QCOMPARE(finish(client.listVehicles())->error(), FleetJob::NotSignedIn);
        backend.stop();
        QVERIFY(backend.start(world, {QStringLiteral("--demo-world")}));
        FleetClient again;
        again.setEndpoint(backend.url(), {backend.pin()});
        QCOMPARE(
            finish(again.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")))
                ->error(),
            FleetJob::NotSignedIn);
        QCOMPARE(
            finish(again.login(QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet")))
                ->error(),
            FleetJob::NoError);
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

    // Runs last: it restarts the backend.
    void restartKeepsTheKeyAndTheWorldEvenAfterKill9()
    {
        const QString pin = m_backend.pin();
        m_backend.kill();
        QVERIFY2(m_backend.start(dataDir(), {QStringLiteral("--demo-world")}),
                 qPrintable(m_backend.error()));
        QCOMPARE(m_backend.pin(), pin);

        FleetClient client;
        signIn(client);
        auto job = finish(client.listVehicles());
        QCOMPARE(job->error(), FleetJob::NoError);
        QCOMPARE(job->result().vehicles.size(), std::size_t(2));
        // Right after a start, within the same simulated minute, each car knows why.
        for (const Vehicle &v : job->result().vehicles)
            QCOMPARE(v.status.contributing, v.status.blockingReasons.isEmpty());

        m_backend.stop();
        QVERIFY(!QFile::exists(QDir(dataDir()).filePath(QStringLiteral("endpoint.json"))));
    }
};

QTEST_GUILESS_MAIN(TestBackendClient)
#include "test_backend_client.moc"
