// Support grants and organisation fleet keys against a real idlefleetd over TLS: support sees a
// car only through a grant in force, every use is audited, and a fleet manager commands the
// organisation's cars with a key its organisation certified, without pairing any of them.

#include "backendtestbase.h"
#include "idlefleet/v1/commands.pb.h"
#include "idlefleet/v1/keys.pb.h"

#include <QSqlDatabase>
#include <QSqlQuery>

class GrantsFleetTest : public BackendTestBase
{
    Q_OBJECT

    const QString SupportEmail = QStringLiteral("support@example.com");

    void signInSupport(FleetClient &client)
    {
        signIn(client, SupportEmail, QStringLiteral("demo-support"));
    }
    void signInManager(FleetClient &client)
    {
        signIn(client, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
    }
    static QString errorCode(FleetJob *job)
    {
        return QStringLiteral("%1 %2").arg(job->httpStatus()).arg(job->serverError().code);
    }

private Q_SLOTS:
    void initTestCase() { startWorld(); }

    void theDemoSupportEngineerHoldsAGrantForAlexsFirstCar()
    {
        FleetClient support;
        signInSupport(support);
        AWAIT_JOB(mine, support.listMyGrants());
        QCOMPARE(mine->error(), FleetJob::NoError);
        QCOMPARE(mine->result().size(), std::size_t(1));
        QCOMPARE(mine->result().front().vehicleId, QStringLiteral("veh-alex-1"));
        QVERIFY(mine->result().front().expiresAt > QDateTime::currentDateTimeUtc().addDays(300));

        // The list shows the granted car and nothing else.
        AWAIT_JOB(list, support.listVehicles());
        QCOMPARE(list->error(), FleetJob::NoError);
        QCOMPARE(list->result().vehicles.size(), std::size_t(1));
        QCOMPARE(list->result().vehicles.front().id, QStringLiteral("veh-alex-1"));
        // Diagnostics yes; money and keys no.
        const QDateTime now = worldNow();
        AWAIT_JOB(events, support.fetchEvents(QStringLiteral("veh-alex-1"), now.addDays(-1), now));
        QCOMPARE(events->error(), FleetJob::NoError);
        AWAIT_JOB(policy, support.fetchPolicy(QStringLiteral("veh-alex-1")));
        QCOMPARE(policy->error(), FleetJob::NoError);
        AWAIT_JOB(earnings, support.fetchEarnings(QStringLiteral("veh-alex-1"), now.addDays(-7),
                                                  now, FleetClient::Period::Day));
        QCOMPARE(errorCode(earnings.get()), QStringLiteral("403 forbidden"));
        AWAIT_JOB(keys, support.listKeys(QStringLiteral("veh-alex-1")));
        QCOMPARE(errorCode(keys.get()), QStringLiteral("403 forbidden"));
        // No grant: 403 for the other car, and for a car that does not exist alike.
        AWAIT_JOB(other, support.fetchPolicy(QStringLiteral("veh-alex-2")));
        QCOMPARE(errorCode(other.get()), QStringLiteral("403 no_grant"));
        QVERIFY(other->errorString().contains(QStringLiteral("no support grant")));
        AWAIT_JOB(policy2, support.fetchPolicy(QStringLiteral("veh-nowhere")));
        QCOMPARE(errorCode(policy2.get()), QStringLiteral("403 no_grant"));
        // Support cannot issue grants or command.
        AWAIT_JOB(grant, support.grantSupport(QStringLiteral("veh-alex-1"), SupportEmail, 1));
        QCOMPARE(errorCode(grant.get()), QStringLiteral("403 forbidden"));

        // The owner sees each use in the car's audit log, newest first.
        FleetClient owner;
        signIn(owner);
        AWAIT_JOB(audit, owner.fetchAudit(QStringLiteral("veh-alex-1")));
        QCOMPARE(audit->error(), FleetJob::NoError);
        QStringList actions;
        for (const AuditEntryInfo &entry : audit->result()) {
            QCOMPARE(entry.supportEmail, SupportEmail);
            actions << entry.action;
        }
        QVERIFY2(actions.size() >= 3, qPrintable(actions.join(QLatin1Char(','))));
        QCOMPARE(actions.at(0), QStringLiteral("GET /v1/vehicles/veh-alex-1/policy"));
        QVERIFY(actions.at(1).startsWith(QStringLiteral("GET /v1/vehicles/veh-alex-1/events")));
        QCOMPARE(actions.at(2), QStringLiteral("GET /v1/vehicles"));
        // Refused uses are not uses: nothing about earnings or keys.
        QVERIFY(!actions.join(QLatin1Char(',')).contains(QStringLiteral("earnings")));
    }

    void ownersIssueAndRevokeGrantsForTheirOwnCarsOnly()
    {
        FleetClient owner;
        signIn(owner);
        const QString car = QStringLiteral("veh-alex-2");
        AWAIT_JOB(bad, owner.grantSupport(car, SupportEmail, 0));
        QCOMPARE(errorCode(bad.get()), QStringLiteral("400 invalid_argument"));
        QCOMPARE(bad->serverError().field, QStringLiteral("hours"));
        AWAIT_JOB(notSupport, owner.grantSupport(car, QStringLiteral("fleet@example.com"), 2));
        QCOMPARE(errorCode(notSupport.get()), QStringLiteral("422 not_support"));
        // Someone else's car: not found, as if it did not exist.
        AWAIT_JOB(grant2, owner.grantSupport(QStringLiteral("veh-org-00001"), SupportEmail, 2));
        QCOMPARE(errorCode(grant2.get()), QStringLiteral("404 not_found"));

        AWAIT_JOB(granted, owner.grantSupport(car, SupportEmail, 2));
        QCOMPARE(granted->error(), FleetJob::NoError);
        const GrantInfo grant = granted->result();
        QCOMPARE(grant.grantedBy, QStringLiteral("alex@example.com"));
        QCOMPARE(grant.supportEmail, SupportEmail);
        QVERIFY(qAbs(grant.createdAt.secsTo(grant.expiresAt) - 7200) <= 1);

        FleetClient support;
        signInSupport(support);
        AWAIT_JOB(policy, support.fetchPolicy(car));
        QCOMPARE(policy->error(), FleetJob::NoError);
        AWAIT_JOB(listed, owner.listGrants(car));
        QCOMPARE(listed->result().size(), std::size_t(1));

        // Another owner may not revoke it; the owner may.
        AWAIT_JOB(revoked, owner.revokeGrant(grant.grantId));
        QCOMPARE(revoked->error(), FleetJob::NoError);
        QVERIFY(revoked->result().revokedAt.isValid());
        AWAIT_JOB(after, support.fetchPolicy(car));
        QCOMPARE(errorCode(after.get()), QStringLiteral("403 no_grant"));
        QVERIFY2(after->errorString().contains(QStringLiteral("revoked")),
                 qPrintable(after->errorString()));
        AWAIT_JOB(revoked2, owner.revokeGrant(QStringLiteral("grt-nonesuch")));
        QCOMPARE(errorCode(revoked2.get()), QStringLiteral("404 not_found"));
    }

    void anExpiredGrantOpensNothing()
    {
        // A grant is at least an hour long; age one in the database to test expiry on the wall
        // clock, then ask again through the running server (it reads grants per request).
        FleetClient owner;
        signIn(owner);
        AWAIT_JOB(granted, owner.grantSupport(QStringLiteral("veh-alex-2"), SupportEmail, 1));
        QCOMPARE(granted->error(), FleetJob::NoError);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
            db.setDatabaseName(dataDir() + QStringLiteral("/idlefleetd.sqlite"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE support_grants SET expires_ms = ? WHERE id = ?"));
            query.addBindValue(QDateTime::currentMSecsSinceEpoch() - 1000);
            query.addBindValue(granted->result().grantId);
            QVERIFY(query.exec());
            QCOMPARE(query.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));
        FleetClient support;
        signInSupport(support);
        AWAIT_JOB(expired, support.fetchPolicy(QStringLiteral("veh-alex-2")));
        QCOMPARE(errorCode(expired.get()), QStringLiteral("403 no_grant"));
        QVERIFY2(expired->errorString().contains(QStringLiteral("expired")),
                 qPrintable(expired->errorString()));
    }

    void aManagerCommandsTheOrganisationsCarsWithACertifiedKey()
    {
        FleetClient manager;
        signInManager(manager);
        const QString car = QStringLiteral("veh-org-00002");
        // The organisation's cars hold its fleet key from provisioning.
        AWAIT_JOB(keys, manager.listKeys(car));
        QCOMPARE(keys->error(), FleetJob::NoError);
        QCOMPARE(keys->result().size(), std::size_t(1));
        QCOMPARE(keys->result().front().role, int(v1::KEY_ROLE_FLEET));
        // Pairing stays with private owners.
        const VehicleKeyPair key = VehicleKeyPair::generate();
        AWAIT_JOB(pairing,
                  manager.startPairing(car, key.publicKeyDer(), QStringLiteral("Depot laptop")));
        QCOMPARE(errorCode(pairing.get()), QStringLiteral("403 forbidden"));

        // The backend holds no fleet key: the key waits for the organisation's administrator.
        AWAIT_JOB(waiting, manager.certifyKey(key.publicKeyDer(), QStringLiteral("Depot")));
        QCOMPARE(errorCode(waiting.get()), QStringLiteral("409 certificate_pending"));
        QVERIFY2(waiting->errorString().contains(keyIdOf(key.publicKeyDer())),
                 qPrintable(waiting->errorString()));
        AWAIT_JOB(pending, manager.pendingCertificates());
        QCOMPARE(pending->error(), FleetJob::NoError);
        QCOMPARE(pending->result().fleetKeyId, keyIdOf(m_fleetKey.publicKeyDer()));
        bool listedWaiting = false;
        for (const auto &request : pending->result().requests)
            listedWaiting |= request.keyId == keyIdOf(key.publicKeyDer()) &&
                             request.label == QLatin1String("Depot") &&
                             request.managerEmail == QLatin1String("fleet@example.com");
        QVERIFY(listedWaiting);
        const CertificateInfo certificate =
            certifiedByAdministrator(manager, key, QStringLiteral("Depot"));
        QCOMPARE(certificate.keyId, keyIdOf(key.publicKeyDer()));
        QCOMPARE(certificate.organisationId, QStringLiteral("org-demo"));

        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(300);
        AWAIT_JOB(policyNow, manager.fetchPolicy(car));
        QCOMPARE(policyNow->error(), FleetJob::NoError);
        client::CommandAction pause;
        pause.baseVersion = policyNow->result().version;
        pause.pause = true;
        pause.pausedUntil = soon.addSecs(3600);
        quint64 counter = 0;
        auto send = [&](const client::SignedCommandBytes &bytes, const QByteArray &cert,
                        const QString &target) {
            return FINISHED_JOB(
                manager.sendCommand(target, bytes.command, bytes.signature, nullptr, cert));
        };
        auto rejectedWith = [&](const client::SignedCommandBytes &bytes, const QByteArray &cert,
                                const QString &target = QStringLiteral("veh-org-00002")) {
            auto job = send(bytes, cert, target);
            if (job->error() != FleetJob::NoError ||
                job->result().outcome != CommandOutcome::Rejected)
                return QStringLiteral("not rejected: %1").arg(job->errorString());
            return job->result().code;
        };
        // Without the certificate the car does not know the key.
        QCOMPARE(
            rejectedWith(
                client::signCommand(key, car, ++counter, soon, QStringLiteral("m-0"), pause), {}),
            QStringLiteral("unknown_key"));
        auto applied =
            send(client::signCommand(key, car, ++counter, soon, QStringLiteral("m-1"), pause),
                 certificate.certificate, car);
        QVERIFY2(applied->error() == FleetJob::NoError, qPrintable(applied->errorString()));
        QCOMPARE(applied->result().outcome, CommandOutcome::Applied);
        QVERIFY(applied->result().currentPolicy.has_paused_until());
        // The same key works on another car of the organisation with no pairing at all.
        client::CommandAction pauseOther = pause;
        AWAIT_JOB(policy, manager.fetchPolicy(QStringLiteral("veh-org-00003")));
        pauseOther.baseVersion = policy->result().version;
        QCOMPARE(send(client::signCommand(key, QStringLiteral("veh-org-00003"), 1, soon,
                                          QStringLiteral("m-2"), pauseOther),
                      certificate.certificate, QStringLiteral("veh-org-00003"))
                     ->result()
                     .outcome,
                 CommandOutcome::Applied);
        // The car now lists the manager's key with its last use.
        bool listed = false;
        AWAIT_JOB(keysNow, manager.listKeys(car));
        for (const KeyInfo &k : keysNow->result())
            listed |= k.role == int(v1::KEY_ROLE_MANAGER) && k.lastUsedAt.isValid();
        QVERIFY(listed);

        pause.baseVersion = applied->result().version;
        // A replay of the counter.
        QCOMPARE(
            rejectedWith(client::signCommand(key, car, counter, soon, QStringLiteral("m-3"), pause),
                         certificate.certificate),
            QStringLiteral("replayed_counter"));
        // A certificate for another key: the signature is by a key it does not vouch for.
        const VehicleKeyPair stranger = VehicleKeyPair::generate();
        QCOMPARE(rejectedWith(client::signCommand(stranger, car, ++counter, soon,
                                                  QStringLiteral("m-4"), pause),
                              certificate.certificate),
                 QStringLiteral("bad_certificate"));
        // A certificate the organisation never signed: made with another "fleet" key.
        {
            v1::KeyCertificate forged;
            QVERIFY(forged.ParseFromArray(certificate.certificate.constData(),
                                          int(certificate.certificate.size())));
            forged.set_signature(VehicleKeyPair::generate()
                                     .sign(QByteArray::fromStdString(forged.certified_key()))
                                     .toStdString());
            QCOMPARE(rejectedWith(client::signCommand(key, car, ++counter, soon,
                                                      QStringLiteral("m-5"), pause),
                                  QByteArray::fromStdString(forged.SerializeAsString())),
                     QStringLiteral("bad_certificate"));
        }
        // A certificate signed with the organisation's own fleet key but in force for ten years
        // (or with no end): no car accepts it, whoever holds the key.
        {
            const VehicleKeyPair &fleetKey = m_fleetKey;
            for (const qint64 notAfter :
                 {QDateTime::currentSecsSinceEpoch() + 10LL * 365 * 86400, qint64(0)}) {
                v1::KeyCertificate longLived;
                QVERIFY(longLived.ParseFromArray(certificate.certificate.constData(),
                                                 int(certificate.certificate.size())));
                v1::CertifiedKey vouched;
                QVERIFY(vouched.ParseFromString(longLived.certified_key()));
                if (notAfter == 0)
                    vouched.clear_not_after();
                else
                    vouched.mutable_not_after()->set_seconds(notAfter);
                longLived.set_certified_key(vouched.SerializeAsString());
                longLived.set_signature(
                    fleetKey.sign(QByteArray::fromStdString(longLived.certified_key()))
                        .toStdString());
                QCOMPARE(rejectedWith(client::signCommand(key, car, ++counter, soon,
                                                          QStringLiteral("m-ten-%1").arg(notAfter),
                                                          pause),
                                      QByteArray::fromStdString(longLived.SerializeAsString())),
                         notAfter == 0 ? QStringLiteral("certificate_expired")
                                       : QStringLiteral("certificate_unbounded"));
            }
        }
        // Alex's car holds no fleet key: the organisation's certificate means nothing there.
        FleetClient owner;
        signIn(owner);
        AWAIT_JOB(sent, manager.sendCommand(QStringLiteral("veh-alex-1"), "x", "y", nullptr,
                                            certificate.certificate));
        QCOMPARE(errorCode(sent.get()), QStringLiteral("404 not_found"));
        // The organisation revokes the key: every car refuses it from then on.
        AWAIT_JOB(revoked, manager.revokeCertificate(certificate.keyId));
        QCOMPARE(revoked->error(), FleetJob::NoError);
        QCOMPARE(rejectedWith(
                     client::signCommand(key, car, ++counter, soon, QStringLiteral("m-6"), pause),
                     certificate.certificate),
                 QStringLiteral("certificate_revoked"));
        AWAIT_JOB(certified2, manager.certifyKey(key.publicKeyDer(), QStringLiteral("Depot")));
        QCOMPARE(errorCode(certified2.get()), QStringLiteral("409 certificate_revoked"));
        // Owners and support get no certificates.
        AWAIT_JOB(certified3, owner.certifyKey(VehicleKeyPair::generate().publicKeyDer(),
                                               QStringLiteral("Laptop")));
        QCOMPARE(errorCode(certified3.get()), QStringLiteral("403 forbidden"));
    }

    void theBackendRelaysOnlyCertificatesACarWouldAccept()
    {
        // The backend's folder holds no organisation's private key.
        QVERIFY(!QDir(dataDir()).exists(QStringLiteral("organisations")));
        FleetClient manager;
        signInManager(manager);
        const VehicleKeyPair key = VehicleKeyPair::generate();
        const QString keyId = keyIdOf(key.publicKeyDer());
        AWAIT_JOB(waiting, manager.certifyKey(key.publicKeyDer(), QStringLiteral("Van 7")));
        QCOMPARE(errorCode(waiting.get()), QStringLiteral("409 certificate_pending"));
        const QString organisation = QStringLiteral("org-demo");
        const QString email = QStringLiteral("fleet@example.com");
        auto upload = [&](const QString &path, const QByteArray &certificate) {
            auto job = FINISHED_JOB(manager.uploadCertificate(path, certificate));
            return job->error() == FleetJob::NoError ? QStringLiteral("accepted")
                                                     : errorCode(job.get());
        };
        auto made = [&](const VehicleKeyPair &signer, const QString &org, qint64 days) {
            return makeKeyCertificate(signer, org, key.publicKeyDer(), QStringLiteral("Van 7"),
                                      email, QDateTime::currentDateTimeUtc().addDays(days));
        };
        // Made with any other key, the backend's own guess at a fleet key included.
        QCOMPARE(upload(keyId, made(VehicleKeyPair::generate(), organisation, 30)),
                 QStringLiteral("400 bad_certificate"));
        // For another organisation, for longer than 90 days, already expired.
        QCOMPARE(upload(keyId, made(m_fleetKey, QStringLiteral("org-other"), 30)),
                 QStringLiteral("400 bad_certificate"));
        QCOMPARE(upload(keyId, made(m_fleetKey, organisation, 91)),
                 QStringLiteral("400 bad_certificate"));
        QCOMPARE(upload(keyId, made(m_fleetKey, organisation, -1)),
                 QStringLiteral("400 bad_certificate"));
        // Under another key's name; bytes that are no certificate; a signature altered.
        QCOMPARE(upload(keyIdOf(VehicleKeyPair::generate().publicKeyDer()),
                        made(m_fleetKey, organisation, 30)),
                 QStringLiteral("400 bad_certificate"));
        QCOMPARE(upload(keyId, QByteArray("\x0a\x03"
                                          "abc\x12")),
                 QStringLiteral("400 invalid_body"));
        QByteArray tampered = made(m_fleetKey, organisation, 30);
        tampered[tampered.size() - 5] = char(tampered[tampered.size() - 5] ^ 0x01);
        QVERIFY(upload(keyId, tampered) != QLatin1String("accepted"));
        // Nothing of that was relayed: the key still waits.
        AWAIT_JOB(stillWaiting, manager.certifyKey(key.publicKeyDer(), QStringLiteral("Van 7")));
        QCOMPARE(errorCode(stillWaiting.get()), QStringLiteral("409 certificate_pending"));
        // Owners and support neither see the waiting keys nor relay certificates.
        FleetClient owner;
        signIn(owner);
        AWAIT_JOB(ownerList, owner.pendingCertificates());
        QCOMPARE(errorCode(ownerList.get()), QStringLiteral("403 forbidden"));
        AWAIT_JOB(ownerUpload, owner.uploadCertificate(keyId, made(m_fleetKey, organisation, 30)));
        QCOMPARE(errorCode(ownerUpload.get()), QStringLiteral("403 forbidden"));
        // A label that would rewrite the administrator's terminal is refused.
        AWAIT_JOB(escape, manager.certifyKey(VehicleKeyPair::generate().publicKeyDer(),
                                             QStringLiteral("Van\x1b[2J 8")));
        QCOMPARE(errorCode(escape.get()), QStringLiteral("400 invalid_argument"));
        // The administrator's own certificate goes through, once it no longer waits; an older
        // one handed in later does not replace it.
        QCOMPARE(upload(keyId, made(m_fleetKey, organisation, 90)), QStringLiteral("accepted"));
        QCOMPARE(upload(keyId, made(m_fleetKey, organisation, 10)), QStringLiteral("accepted"));
        AWAIT_JOB(relayed, manager.certifyKey(key.publicKeyDer(), QStringLiteral("Van 7")));
        QCOMPARE(relayed->error(), FleetJob::NoError);
        QCOMPARE(relayed->result().keyId, keyId);
        QVERIFY(relayed->result().notAfter > QDateTime::currentDateTimeUtc().addDays(89));
        AWAIT_JOB(after, manager.pendingCertificates());
        for (const auto &request : after->result().requests)
            QVERIFY(request.keyId != keyId);
    }

    void theCommandLineGrantsRevokesAndShowsStatus()
    {
        QTemporaryDir alexHome;
        QTemporaryDir supportHome;
        QCOMPARE(ctlLogin(alexHome.path(), QStringLiteral("alex@example.com"), "demo-owner"),
                 QString());
        const Run tooLong = ctl({QStringLiteral("grant-support"), QStringLiteral("veh-alex-2"),
                                 QStringLiteral("--to"), SupportEmail, QStringLiteral("--hours"),
                                 QStringLiteral("1000")},
                                alexHome.path());
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY(tooLong.err.contains("--hours"));
        QVERIFY(tooLong.out.isEmpty());
        const Run granted = ctl({QStringLiteral("grant-support"), QStringLiteral("veh-alex-2"),
                                 QStringLiteral("--grantee"), SupportEmail,
                                 QStringLiteral("--hours"), QStringLiteral("3")},
                                alexHome.path());
        QCOMPARE(granted.exitCode, 0);
        const QString grantId = QString::fromUtf8(granted.out).trimmed();
        QVERIFY2(grantId.startsWith(QStringLiteral("grt-")), granted.out.constData());

        QCOMPARE(ctlLogin(supportHome.path(), SupportEmail, "demo-support"), QString());
        const Run status =
            ctl({QStringLiteral("status"), QStringLiteral("veh-alex-2"), QStringLiteral("--json")},
                supportHome.path());
        QCOMPARE(status.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(object.value(QStringLiteral("id")).toString(), QStringLiteral("veh-alex-2"));
        QVERIFY(object.value(QStringLiteral("reasons")).isArray());
        QVERIFY(object.value(QStringLiteral("online")).isBool());
        // int64 values are JSON numbers (spec/cli.md), money with its currency.
        QVERIFY(object.value(QStringLiteral("energyTodayWh")).isDouble());
        QVERIFY(object.value(QStringLiteral("marketRateMicrosPerHour")).isDouble());
        QVERIFY(!object.value(QStringLiteral("currency")).toString().isEmpty());
        // Today's energy and money are the owner's: support's status has none.
        QVERIFY(!object.contains(QStringLiteral("today")));
        const Run own =
            ctl({QStringLiteral("status"), QStringLiteral("veh-alex-2"), QStringLiteral("--json")},
                alexHome.path());
        QCOMPARE(own.exitCode, 0);
        const QJsonObject today =
            QJsonDocument::fromJson(own.out).object().value(QStringLiteral("today")).toObject();
        for (const char *key : {"energyWh", "solarWh", "gridWh", "batteryWh", "carbonGrams",
                                "carbonUnknownWh", "carbonAvoidedGrams", "wearMicros", "netMicros"})
            QVERIFY2(today.value(QLatin1String(key)).isDouble(), key);
        const Run money = ctl({QStringLiteral("earnings"), QStringLiteral("veh-alex-2"),
                               QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                               QStringLiteral("--to"), QStringLiteral("2026-01-02")},
                              supportHome.path());
        QCOMPARE(money.exitCode, 3);

        const Run audit =
            ctl({QStringLiteral("audit"), QStringLiteral("veh-alex-2"), QStringLiteral("--json")},
                alexHome.path());
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(audit.out).array().size() >= 1);
        QCOMPARE(ctl({QStringLiteral("revoke-support"), grantId}, alexHome.path()).exitCode, 0);
        const Run refused =
            ctl({QStringLiteral("status"), QStringLiteral("veh-alex-2")}, supportHome.path());
        QCOMPARE(refused.exitCode, 1); // the car is gone from support's list
        QVERIFY(refused.err.contains("no such vehicle"));
    }

    void theCommandLineListsAndCommandsTheFleet()
    {
        QTemporaryDir home;
        QCOMPARE(ctlLogin(home.path(), QStringLiteral("fleet@example.com"), "demo-fleet"),
                 QString());
        const Run all =
            ctl({QStringLiteral("fleet"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--sort"), QStringLiteral("-soc")},
                home.path());
        QCOMPARE(all.exitCode, 0);
        const QJsonObject list = QJsonDocument::fromJson(all.out).object();
        const QJsonArray cars = list.value(QStringLiteral("vehicles")).toArray();
        QCOMPARE(list.value(QStringLiteral("total")).toInt(), 2000);
        QCOMPARE(cars.size(), 2000); // every page
        QVERIFY(cars.first().toObject().value(QStringLiteral("socPercent")).toDouble() >=
                cars.last().toObject().value(QStringLiteral("socPercent")).toDouble());
        const Run depot =
            ctl({QStringLiteral("fleet"), QStringLiteral("list"), QStringLiteral("--filter"),
                 QStringLiteral("q=veh-org-0001"), QStringLiteral("--json")},
                home.path());
        QCOMPARE(QJsonDocument::fromJson(depot.out).object().value(QStringLiteral("total")).toInt(),
                 10); // 00010..00019
        QCOMPARE(ctl({QStringLiteral("fleet"), QStringLiteral("list"), QStringLiteral("--filter"),
                      QStringLiteral("colour=red")},
                     home.path())
                     .exitCode,
                 2);
        QCOMPARE(ctl({QStringLiteral("fleet"), QStringLiteral("list"), QStringLiteral("--sort"),
                      QStringLiteral("weight")},
                     home.path())
                     .exitCode,
                 2);
        // A manager's signed change needs the organisation's certificate of the home's key,
        // no pairing. The backend holds no fleet key, so first the key waits...
        const Run waiting =
            ctl({QStringLiteral("pause"), QStringLiteral("veh-org-00007")}, home.path());
        QCOMPARE(waiting.exitCode, 1);
        QVERIFY2(waiting.err.contains("certificate_pending") ||
                     waiting.err.contains("has not certified"),
                 waiting.err.constData());
        // ...until the administrator, in a home of their own that holds the fleet key, sees it
        // and certifies it.
        QTemporaryDir admin;
        QCOMPARE(ctlLogin(admin.path(), QStringLiteral("fleet@example.com"), "demo-fleet"),
                 QString());
        const Run noKey =
            ctl({QStringLiteral("fleet"), QStringLiteral("certify"), QStringLiteral("whatever"),
                 QStringLiteral("--days"), QStringLiteral("30")},
                admin.path());
        QCOMPARE(noKey.exitCode, 3);
        QVERIFY2(noKey.err.contains("no fleet key"), noKey.err.constData());
        const Run imported = ctl({QStringLiteral("fleet"), QStringLiteral("key"),
                                  QStringLiteral("import"), fleetKeyFile(true)},
                                 admin.path());
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.out, publicKeyPem(m_fleetKey.publicKeyDer()));
        QCOMPARE(ctl({QStringLiteral("fleet"), QStringLiteral("key"), QStringLiteral("create")},
                     admin.path())
                     .exitCode,
                 1); // one fleet key per organisation
        const Run requests =
            ctl({QStringLiteral("--json"), QStringLiteral("fleet"), QStringLiteral("requests")},
                admin.path());
        QCOMPARE(requests.exitCode, 0);
        const QJsonObject listed = QJsonDocument::fromJson(requests.out).object();
        QVERIFY(listed.value(QStringLiteral("thisHomeHoldsFleetKey")).toBool());
        QString waitingKey;
        for (const QJsonValue &request : listed.value(QStringLiteral("requests")).toArray()) {
            if (request.toObject()
                    .value(QStringLiteral("label"))
                    .toString()
                    .startsWith(QLatin1String("idlefleetctl on ")))
                waitingKey = request.toObject().value(QStringLiteral("keyId")).toString();
        }
        QVERIFY2(!waitingKey.isEmpty(), requests.out.constData());
        for (const char *days : {"0", "91", "x"})
            QCOMPARE(
                ctl({QStringLiteral("fleet"), QStringLiteral("certify"), QStringLiteral("--days"),
                     QString::fromLatin1(days), QStringLiteral("--"), waitingKey},
                    admin.path())
                    .exitCode,
                2);
        // A key id is base64url: one in 64 starts with '-', so it goes after "--".
        const Run certified =
            ctl({QStringLiteral("fleet"), QStringLiteral("certify"), QStringLiteral("--days"),
                 QStringLiteral("30"), QStringLiteral("--"), waitingKey},
                admin.path());
        QVERIFY2(certified.exitCode == 0, certified.err.constData());
        QVERIFY2(
            certified.out.startsWith(QByteArray(QByteArray("certified ") + waitingKey.toLatin1())),
            certified.out.constData());
        const Run paused =
            ctl({QStringLiteral("pause"), QStringLiteral("veh-org-00007")}, home.path());
        QCOMPARE(paused.exitCode, 0);
        QVERIFY2(paused.out.contains("applied"), paused.out.constData());
        // The administrator's own home certifies its key by itself.
        const Run adminPaused =
            ctl({QStringLiteral("pause"), QStringLiteral("veh-org-00008")}, admin.path());
        QCOMPARE(adminPaused.exitCode, 0);
        QVERIFY2(adminPaused.out.contains("applied"), adminPaused.out.constData());
    }

    void grantsAndTheirAuditSurviveARestart()
    {
        FleetClient owner;
        signIn(owner);
        AWAIT_JOB(audit, owner.fetchAudit(QStringLiteral("veh-alex-1")));
        const std::size_t before = audit->result().size();
        QVERIFY(before > 0);
        m_backend.stop();
        QVERIFY2(
            m_backend.start(dataDir(), worlds::ordinaryDay(), {QStringLiteral("--demo-world")}),
            qPrintable(m_backend.error()));
        FleetClient again;
        signIn(again);
        AWAIT_JOB(audit2, again.fetchAudit(QStringLiteral("veh-alex-1")));
        QCOMPARE(audit2->result().size(), before);
        FleetClient support;
        signInSupport(support);
        AWAIT_JOB(grants, support.listMyGrants());
        QCOMPARE(grants->result().size(), std::size_t(4));
        AWAIT_JOB(policy, support.fetchPolicy(QStringLiteral("veh-alex-1")));
        QCOMPARE(policy->error(), FleetJob::NoError);
    }
};

QTEST_GUILESS_MAIN(GrantsFleetTest)
#include "test_grants_fleet.moc"
