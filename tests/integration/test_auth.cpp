// Accounts, sessions, roles and data rights against a real idlefleetd.

#include "backendtestbase.h"

#include <QDir>
#include <QPasswordDigestor>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

class TestAuth : public BackendTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWorld(); }

    void everythingButInfoNeedsASignedInAccount()
    {
        FleetClient client;
        connect(client, {m_backend.pin()});
        AWAIT_JOB(job, client.listVehicles());
        QCOMPARE(job->error(), FleetJob::NotSignedIn);
        QCOMPARE(job->httpStatus(), 401);
        QCOMPARE(job->serverError().code, QStringLiteral("unauthenticated"));
        AWAIT_JOB(wrong, client.login(QStringLiteral("alex@example.com"), QStringLiteral("guess")));
        QCOMPARE(wrong->error(), FleetJob::NotSignedIn);
        QVERIFY(!client.signedIn());
    }

    void eachRoleSeesOnlyItsCars()
    {
        FleetClient owner;
        signIn(owner);
        QCOMPARE(owner.session().account.role, 1);
        AWAIT_JOB(vehicles, owner.listVehicles());
        QCOMPARE(vehicles->result().totalCount, 2);
        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        QCOMPARE(manager.session().account.organisationId, QStringLiteral("org-demo"));
        AWAIT_JOB(managed, manager.listVehicles());
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
        AWAIT_JOB(job, client.listVehicles());
        QVERIFY2(job->error() == FleetJob::NoError, qPrintable(job->errorString()));
        QCOMPARE(job->result().vehicles.size(), std::size_t(2));
        QVERIFY(client.session().refreshToken != firstRefresh); // rotated
        // The old refresh token was used up: it cannot open another session.
        FleetClient thief;
        connect(thief, {m_backend.pin()});
        Session stolen;
        stolen.refreshToken = firstRefresh;
        thief.setSession(stolen);
        AWAIT_JOB(vehicles, thief.listVehicles());
        QCOMPARE(vehicles->error(), FleetJob::NotSignedIn);
        QVERIFY(!thief.signedIn());
    }

    void logoutEndsTheSession()
    {
        FleetClient client;
        signIn(client);
        const Session session = client.session();
        AWAIT_JOB(logout, client.logout());
        QCOMPARE(logout->error(), FleetJob::NoError);
        QVERIFY(!client.signedIn());
        client.setSession(session); // the same tokens, replayed
        AWAIT_JOB(vehicles, client.listVehicles());
        QCOMPARE(vehicles->error(), FleetJob::NotSignedIn);
    }

    void failedLoginsAreRateLimited()
    {
        FleetClient client;
        connect(client, {m_backend.pin()});
        for (int i = 0; i < 5; ++i) {
            AWAIT_JOB(job, client.login(QStringLiteral("support@example.com"),
                                        QStringLiteral("wrong %1").arg(i)));
            QCOMPARE(job->httpStatus(), 401);
        }
        // Even the right password waits now.
        AWAIT_JOB(limited, client.login(QStringLiteral("support@example.com"),
                                        QStringLiteral("demo-support")));
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
            const QJsonArray cars = QJsonDocument::fromJson(vehicles.out)
                                        .object()
                                        .value(QStringLiteral("vehicles"))
                                        .toArray();
            QCOMPARE(cars.size(), 2);
            QVERIFY(cars.first().toObject().value(QStringLiteral("energyTodayWh")).isDouble());
        }
        const Run policy =
            ctl({QStringLiteral("policy"), QStringLiteral("get"), QStringLiteral("veh-alex-2")},
                home.path());
        QVERIFY2(policy.exitCode == 0, policy.err.constData());
        v1::Policy parsed;
        QString error;
        QVERIFY2(policy::parsePolicyJson(policy.out, &parsed, &error), qPrintable(error));
        QVERIFY(parsed.off_peak_only());
        // Days on the car's calendar (Europe/Berlin), as idlefleetctl reads them.
        const QDate today = worldToday();
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
        // "--": a key id is base64url and may start with '-', which is not an option.
        QCOMPARE(ctl({QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("--"),
                      keyRows.last().toObject().value(QStringLiteral("keyId")).toString()},
                     home.path())
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("logout")}, home.path()).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("vehicles")}, home.path()).exitCode, 3);
    }

    void ownersCanConsentExportEverythingAndDeleteTheirAccount()
    {
        const QString world = m_dir.filePath(QStringLiteral("rights"));
        BackendProcess backend;
        QVERIFY2(backend.start(world, worlds::ordinaryDay(),
                               {QStringLiteral("--demo-world"), QStringLiteral("--backfill-days"),
                                QStringLiteral("3")}),
                 qPrintable(backend.error()));
        FleetClient client;
        client.setEndpoint(backend.url(), {backend.pin()});
        AWAIT_JOB(login,
                  client.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")));
        QCOMPARE(login->error(), FleetJob::NoError);
        // The demo owner agreed when the world was made.
        AWAIT_JOB(account, client.fetchAccount());
        QCOMPARE(account->result().consents_size(), 1);
        QCOMPARE(account->result().consents(0).terms_version(), std::string("2026-11"));
        QVERIFY(!account->result().consents(0).withdrawn());
        // The backend enforces consent: withdrawn, the cars stop at once with no_consent first
        // among the reasons; given again, it is gone.
        auto reasonsOf = [&](const QString &car) {
            ListVehiclesJob *list = client.listVehicles();
            QSignalSpy done(list, &FleetJob::finished);
            done.wait(30000);
            list->deleteLater();
            for (const Vehicle &vehicle : list->result().vehicles) {
                if (vehicle.id == car)
                    return vehicle.status.blockingReasons;
            }
            return QStringList{QStringLiteral("no such car")};
        };
        AWAIT_JOB(withdrawn, client.recordConsent(QStringLiteral("2026-11"), true));
        QCOMPARE(withdrawn->error(), FleetJob::NoError);
        QCOMPARE(withdrawn->result().consents_size(), 2);
        for (const QString &car : {QStringLiteral("veh-alex-1"), QStringLiteral("veh-alex-2")}) {
            const QStringList reasons = reasonsOf(car);
            QVERIFY2(!reasons.isEmpty() && reasons.first() == QLatin1String("no_consent"),
                     qPrintable(reasons.join(QLatin1Char(','))));
        }
        AWAIT_JOB(consent, client.recordConsent(QStringLiteral("2026-11")));
        QCOMPARE(consent->error(), FleetJob::NoError);
        QCOMPARE(consent->result().consents_size(), 3);
        QVERIFY(!reasonsOf(QStringLiteral("veh-alex-1")).contains(QLatin1String("no_consent")));

        AWAIT_JOB(exported, client.exportMyData());
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

        AWAIT_JOB(refused, client.deleteAccount(QStringLiteral("not it")));
        QCOMPARE(refused->error(), FleetJob::NotAllowed);
        AWAIT_JOB(vehicles, client.listVehicles());
        QCOMPARE(vehicles->result().vehicles.size(), std::size_t(2));
        const Run deleted = ctl({QStringLiteral("delete-account")}, home.path(), "demo-owner");
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("session.json"))));

        // Gone, and still gone after a restart.
        AWAIT_JOB(vehicles2, client.listVehicles());
        QCOMPARE(vehicles2->error(), FleetJob::NotSignedIn);
        backend.stop();
        QVERIFY(backend.start(world, worlds::ordinaryDay(), {QStringLiteral("--demo-world")}));
        FleetClient again;
        again.setEndpoint(backend.url(), {backend.pin()});
        AWAIT_JOB(login2,
                  again.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")));
        QCOMPARE(login2->error(), FleetJob::NotSignedIn);
        AWAIT_JOB(login3,
                  again.login(QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet")));
        QCOMPARE(login3->error(), FleetJob::NoError);
    }

    // Last: it restarts the backend.
    void anOlderPasswordRecordIsRehashedAtTheNextSignIn()
    {
        // A database from before Argon2id: the fleet manager's password as PBKDF2 kept it.
        m_backend.stop();
        const QString file = QDir(dataDir()).filePath(QStringLiteral("idlefleetd.sqlite"));
        auto record = [&file] {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rehash"));
            db.setDatabaseName(file);
            QByteArray value;
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral(
                    "SELECT password FROM accounts WHERE email = 'fleet@example.com'"));
                if (query.next())
                    value = query.value(0).toByteArray();
            }
            db = {};
            QSqlDatabase::removeDatabase(QStringLiteral("rehash"));
            return value;
        };
        QVERIFY2(record().startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), record().constData());
        const QByteArray salt = QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        const QByteArray old = "pbkdf2-sha256$100000$" + salt.toBase64() + '$' +
                               QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                                                  "demo-fleet", salt, 100000, 32)
                                   .toBase64();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "UPDATE accounts SET password = ? WHERE email = 'fleet@example.com'"));
            query.addBindValue(old);
            QVERIFY(query.exec());
            QCOMPARE(query.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        QVERIFY2(
            m_backend.start(dataDir(), worlds::ordinaryDay(), {QStringLiteral("--demo-world")}),
            qPrintable(m_backend.error()));
        // A wrong password leaves the old record as it is.
        FleetClient wrong;
        connect(wrong, {m_backend.pin()});
        AWAIT_JOB(refused,
                  wrong.login(QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet!")));
        QCOMPARE(refused->httpStatus(), 401);
        QCOMPARE(record(), old);
        // The right one signs in, and the record is Argon2id from then on.
        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        const QByteArray now = record();
        QVERIFY2(now.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), now.constData());
        FleetClient again;
        signIn(again, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        QCOMPARE(record(), now); // once is enough
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "test_auth.moc"
