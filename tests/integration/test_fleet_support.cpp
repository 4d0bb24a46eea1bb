// Fleet managers and support against a real idlefleetd: the organisation's summary, a template
// applied to a group with idlefleetctl (cars asleep get it when they wake), the eligibility trace
// and diagnostics, and the support bundle with nothing personal in it.

#include "backendtestbase.h"
#include "idlefleet/v1/policy.pb.h"

#include <QFile>
#include <QTimeZone>
#include <array>
#include <map>

class TestFleetSupport : public BackendTestBase
{
    Q_OBJECT

    const QString Group = QStringLiteral("Hamburg Hafen");

    std::vector<Vehicle> groupCars(FleetClient &manager)
    {
        FleetClient::VehicleQuery query;
        query.group = Group;
        return FINISHED_JOB(manager.listVehicles(query, 1000))->result().vehicles;
    }

private Q_SLOTS:
    void initTestCase() { startWorld(); }

    void theSummaryCountsTheWholeFleetPerCurrency()
    {
        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        const QDateTime now = worldNow();
        AWAIT_JOB(job, manager.fetchOrganisationSummary(now.addDays(-3), now));
        QVERIFY2(job->error() == FleetJob::NoError, qPrintable(job->errorString()));
        const v1::OrganisationSummary &summary = job->result();
        QCOMPARE(summary.vehicle_count(), 2000);
        // The headline agrees with itself: a car out of reach is not counted as contributing,
        // and the groups' counts add up to the fleet's.
        QVERIFY(summary.contributing_now() <= summary.online_now());
        int byGroup = 0, contributingByGroup = 0;
        for (const auto &group : summary.groups()) {
            byGroup += group.vehicles();
            contributingByGroup += group.contributing_now();
        }
        QCOMPARE(byGroup, 2000);
        QCOMPARE(contributingByGroup, summary.contributing_now());
        QCOMPARE(summary.groups_size(), 8);
        // Three currencies, never added up together; each has contributed in the last days.
        QStringList currencies;
        int cars = 0;
        for (const auto &currency : summary.currencies()) {
            currencies.append(QString::fromStdString(currency.currency()));
            cars += currency.vehicles();
            QVERIFY2(currency.totals().energy_wh() > 0, currency.currency().c_str());
            QVERIFY(currency.totals().owner_micros() <= currency.totals().gross_micros());
            QCOMPARE(currency.totals().net_micros(), currency.totals().owner_micros() -
                                                         currency.totals().cost_micros() -
                                                         currency.totals().wear_micros());
            qint64 energy = 0;
            for (const auto &hour : currency.hours())
                energy += hour.amounts().energy_wh();
            QCOMPARE(energy, currency.totals().energy_wh());
        }
        QCOMPARE(currencies, (QStringList{QStringLiteral("EUR"), QStringLiteral("GBP"),
                                          QStringLiteral("PLN")}));
        QCOMPARE(cars, 2000);
        // Each group's figures per currency; together they are the fleet's.
        std::map<std::string, std::array<qint64, 5>> byGroups;
        for (const auto &group : summary.groups()) {
            for (const auto &currency : group.currencies()) {
                const v1::Amounts &t = currency.totals();
                auto &sum = byGroups[currency.currency()];
                const qint64 values[] = {t.energy_wh(), t.solar_wh(), t.carbon_grams(),
                                         t.net_micros(), t.entries()};
                for (std::size_t i = 0; i < sum.size(); ++i)
                    sum[i] += values[i];
            }
        }
        for (const auto &currency : summary.currencies()) {
            const v1::Amounts &t = currency.totals();
            QCOMPARE(byGroups[currency.currency()],
                     (std::array<qint64, 5>{t.energy_wh(), t.solar_wh(), t.carbon_grams(),
                                            t.net_micros(), qint64(t.entries())}));
        }
        // The reasons rank the cars that do not contribute, most frequent first; some are in
        // the workshop, out of reach for a day or more.
        int previous = std::numeric_limits<int>::max();
        bool offline = false;
        for (const auto &reason : summary.blocking_reasons()) {
            QVERIFY(reason.vehicles() <= previous);
            previous = reason.vehicles();
            if (reason.code() == "offline") {
                offline = true;
                // The bar opens the table's "Out of reach" cars: every car out of reach.
                QCOMPARE(reason.vehicles(), summary.vehicle_count() - summary.online_now());
            }
        }
        QVERIFY(offline);
        FleetClient::VehicleQuery all;
        AWAIT_JOB(page, manager.listVehicles(all, 1000));
        int longGone = 0;
        for (const Vehicle &vehicle : page->result().vehicles)
            longGone += vehicle.status.lastSeen.secsTo(now) > 24 * 3600;
        QVERIFY2(longGone > 0, "the workshop's cars were last seen more than a day ago");
        QCOMPARE(page->result().vehicles.front().floorSocPercent, 30);

        // Owners and support have no organisation to summarise; bad ranges are named.
        FleetClient owner;
        signIn(owner);
        AWAIT_JOB(organisationSummary, owner.fetchOrganisationSummary(now.addDays(-1), now));
        QCOMPARE(organisationSummary->error(), FleetJob::NotAllowed);
        AWAIT_JOB(tooLong, manager.fetchOrganisationSummary(now.addDays(-40), now));
        QCOMPARE(tooLong->serverError().code, QStringLiteral("range_too_large"));
    }

    void aTemplateReachesEveryCarOfAGroupAndSleepersWhenTheyWake()
    {
        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        const std::vector<Vehicle> cars = groupCars(manager);
        QCOMPARE(cars.size(), std::size_t(250));
        // Two cars' telematics units sleep (one of them might already be in the workshop).
        QStringList sleepers;
        for (const Vehicle &car : cars) {
            if (car.status.online && sleepers.size() < 2) {
                sleepers.append(car.id);
                AWAIT_JOB(simulateSleep, manager.simulateSleep(car.id, 120));
                QCOMPARE(simulateSleep->result().online(), false);
            }
        }
        QStringList asleep;
        for (const Vehicle &car : groupCars(manager)) {
            if (!car.status.online)
                asleep.append(car.id);
        }
        QVERIFY(asleep.size() >= 2);

        QTemporaryDir home;
        QTemporaryDir files;
        QCOMPARE(ctlLogin(home.path(), QStringLiteral("fleet@example.com"), "demo-fleet"),
                 QString());
        // This home is the organisation's administrator's: it holds the fleet key.
        QCOMPARE(ctl({QStringLiteral("fleet"), QStringLiteral("key"), QStringLiteral("import"),
                      fleetKeyFile(true)},
                     home.path())
                     .exitCode,
                 0);
        const QString templatePath = files.filePath(QStringLiteral("depot-nights.json"));
        QFile file(templatePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "Depot nights, 40% floor", "policy": {"enabled": true,
            "timeZone": "Europe/Berlin",
            "windows": [{"startMinute": 1260, "endMinute": 300}],
            "minSocPercent": 40, "resumeSocPercent": 45, "requirePluggedIn": true}})");
        file.close();

        // Bad input is named, and nothing is queued.
        const Run neither =
            ctl({QStringLiteral("fleet"), QStringLiteral("apply"), templatePath}, home.path());
        QCOMPARE(neither.exitCode, 2);
        QVERIFY(neither.err.contains("--group"));
        const Run stranger = ctl({QStringLiteral("fleet"), QStringLiteral("apply"), templatePath,
                                  QStringLiteral("--vehicles"), QStringLiteral("veh-alex-1")},
                                 home.path());
        QCOMPARE(stranger.exitCode, 2);
        QVERIFY2(stranger.err.contains("veh-alex-1"), stranger.err.constData());

        const Run applied = ctl({QStringLiteral("--json"), QStringLiteral("fleet"),
                                 QStringLiteral("apply"), templatePath, QStringLiteral("--group"),
                                 Group, QStringLiteral("--wait"), QStringLiteral("120")},
                                home.path());
        QCOMPARE(applied.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(applied.out).object();
        QCOMPARE(report.value(QStringLiteral("template")).toString(),
                 QStringLiteral("Depot nights, 40% floor"));
        QCOMPARE(report.value(QStringLiteral("pending")).toInt(), int(asleep.size()));
        QCOMPARE(report.value(QStringLiteral("applied")).toInt(), 250 - int(asleep.size()));
        QCOMPARE(report.value(QStringLiteral("refused")).toInt(), 0);
        const QJsonArray results = report.value(QStringLiteral("vehicles")).toArray();
        QCOMPARE(results.size(), 250);
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            const QString id = result.value(QStringLiteral("vehicleId")).toString();
            if (asleep.contains(id)) {
                QCOMPARE(result.value(QStringLiteral("result")).toString(),
                         QStringLiteral("pending"));
                QCOMPARE(result.value(QStringLiteral("code")).toString(),
                         QStringLiteral("car_asleep"));
            } else {
                QCOMPARE(result.value(QStringLiteral("result")).toString(),
                         QStringLiteral("applied"));
                QCOMPARE(result.value(QStringLiteral("version")).toInt(), 2);
            }
        }
        for (const Vehicle &car : groupCars(manager))
            QCOMPARE(car.floorSocPercent, asleep.contains(car.id) ? 30 : 40);

        // The sleepers wake; the next command delivers what waited for them, once.
        for (const QString &id : asleep) {
            AWAIT_JOB(woken, manager.simulateSleep(id, 0));
            QVERIFY(woken->result().online());
        }
        const Run next = ctl({QStringLiteral("outbox"), QStringLiteral("--json")}, home.path());
        QCOMPARE(next.exitCode, 0);
        const Run list = ctl({QStringLiteral("fleet"), QStringLiteral("list"),
                              QStringLiteral("--filter"), QStringLiteral("group=") + Group},
                             home.path());
        QCOMPARE(list.exitCode, 0);
        for (const Vehicle &car : groupCars(manager)) {
            QCOMPARE(car.floorSocPercent, 40);
            QCOMPARE(car.policyVersion, 2);
        }
        // The report as CSV: a header and a line per car.
        const Run again =
            ctl({QStringLiteral("fleet"), QStringLiteral("apply"), templatePath,
                 QStringLiteral("--vehicles"), cars.front().id + QLatin1Char(',') + cars.back().id,
                 QStringLiteral("--csv")},
                home.path());
        QCOMPARE(again.exitCode, 0);
        const QList<QByteArray> lines = again.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.front(), QByteArray("vehicle_id,name,group,result,version,code,message"));
        QVERIFY2(lines.at(1).contains(",applied,3,"), lines.at(1).constData());
    }

    void aManagerGroupsCarsIntoATeam()
    {
        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        const QStringList team{QStringLiteral("veh-org-00001"), QStringLiteral("veh-org-00010"),
                               QStringLiteral("veh-org-00100")};
        AWAIT_JOB(moved, manager.setGroup(team, QStringLiteral("  Night shift ")));
        QVERIFY2(moved->error() == FleetJob::NoError, qPrintable(moved->errorString()));
        FleetClient::VehicleQuery query;
        query.group = QStringLiteral("Night shift");
        AWAIT_JOB(listed, manager.listVehicles(query, 100));
        QStringList ids;
        for (const Vehicle &vehicle : listed->result().vehicles)
            ids.append(vehicle.id);
        ids.sort();
        QCOMPARE(ids, team);
        const QDateTime now = worldNow();
        AWAIT_JOB(summary, manager.fetchOrganisationSummary(now.addDays(-1), now));
        bool found = false;
        for (const auto &group : summary->result().groups())
            found = found || (group.name() == "Night shift" && group.vehicles() == 3);
        QVERIFY(found);

        // Refused, saying why: a car of another owner, a bad name, someone not a manager.
        AWAIT_JOB(stranger, manager.setGroup({QStringLiteral("veh-alex-1")}, QStringLiteral("x")));
        QCOMPARE(stranger->serverError().code, QStringLiteral("not_found"));
        AWAIT_JOB(control, manager.setGroup(team, QStringLiteral("bad\nname")));
        QCOMPARE(control->serverError().field, QStringLiteral("group"));
        AWAIT_JOB(none, manager.setGroup({}, QStringLiteral("x")));
        QCOMPARE(none->serverError().field, QStringLiteral("vehicle_ids"));
        FleetClient owner;
        signIn(owner);
        AWAIT_JOB(setGroup, owner.setGroup(team, QStringLiteral("x")));
        QCOMPARE(setGroup->error(), FleetJob::NotAllowed);
        // Back where they were, so the other cases see the depots as the world made them.
        const QStringList depots{QStringLiteral("Berlin Mitte"), QStringLiteral("Hamburg Hafen"),
                                 QStringLiteral("Madrid Sur")};
        for (int i = 0; i < team.size(); ++i) {
            AWAIT_JOB(regrouped, manager.setGroup({team.at(i)}, depots.at(i)));
            QCOMPARE(regrouped->error(), FleetJob::NoError);
        }
    }

    void supportReadsTheTraceButChangesNothing()
    {
        FleetClient support;
        signIn(support, QStringLiteral("support@example.com"), QStringLiteral("demo-support"));
        const QString car = QStringLiteral("veh-alex-1");
        // Last night at 02:14 local time (Europe/Berlin), from the minute history.
        const QTimeZone berlin("Europe/Berlin");
        QDateTime at(worldToday().addDays(-1), QTime(2, 14), berlin);
        AWAIT_JOB(trace, support.fetchTrace(car, at));
        QVERIFY2(trace->error() == FleetJob::NoError, qPrintable(trace->errorString()));
        QVERIFY(trace->result().from_history());
        QCOMPARE(trace->result().at().seconds(), at.toSecsSinceEpoch());
        QCOMPARE(trace->result().time_zone(), std::string("Europe/Berlin"));
        QVERIFY(trace->result().policy_version() >= 1);
        // The reasons are the car's own: they agree with the events around that minute.
        AWAIT_JOB(events, support.fetchEvents(car, at.addDays(-1), at.addSecs(60)));
        QStringList lastReasons;
        bool contributing = false;
        for (const EventInfo &event : events->result()) {
            if (event.kind == EventInfo::ContributionStarted)
                contributing = true, lastReasons.clear();
            if (event.kind == EventInfo::ContributionStopped ||
                event.kind == EventInfo::BlockingChanged)
                contributing = false, lastReasons = event.reasons;
        }
        QStringList traced;
        for (const std::string &reason : trace->result().reasons())
            traced.append(QString::fromStdString(reason));
        QCOMPARE(trace->result().state().contributing(), contributing);
        if (!contributing && !lastReasons.isEmpty())
            QCOMPARE(traced, lastReasons);
        AWAIT_JOB(future, support.fetchTrace(car, worldNow().addDays(1)));
        QCOMPARE(future->serverError().field, QStringLiteral("at"));

        AWAIT_JOB(diagnostics, support.fetchDiagnostics(car));
        QVERIFY2(diagnostics->error() == FleetJob::NoError, qPrintable(diagnostics->errorString()));
        QVERIFY(qAbs(diagnostics->result().clock_skew_ms()) <= 800);
        QVERIFY(!diagnostics->result().firmware_version().empty());
        AWAIT_JOB(history, support.fetchPolicyHistory(car));
        QVERIFY(history->result().revisions_size() >= 1);

        // Support reads; it never changes, and never reaches a car it holds no grant for.
        AWAIT_JOB(simulateSleep, support.simulateSleep(car, 10));
        QCOMPARE(simulateSleep->error(), FleetJob::NotAllowed);
        AWAIT_JOB(trace2, support.fetchTrace(QStringLiteral("veh-alex-2"), at));
        QCOMPARE(trace2->error(), FleetJob::NotAllowed);
        const VehicleKeyPair key = VehicleKeyPair::generate();
        CommandAction action;
        action.baseVersion = 1;
        action.pause = true;
        action.pausedUntil = worldNow().addDays(1);
        const SignedCommandBytes bytes =
            signCommand(key, car, 1, QDateTime::currentDateTimeUtc().addSecs(600),
                        QStringLiteral("support-try"), action);
        AWAIT_JOB(refused, support.sendCommand(car, bytes.command, bytes.signature));
        QCOMPARE(refused->httpStatus(), 403);
    }

    void theSupportBundleHasNothingPersonal()
    {
        // The owner changes the car once with a paired key, so that keys and a policy change
        // are in the bundle, then support makes the bundle.
        QTemporaryDir ownerHome;
        QCOMPARE(ctlLogin(ownerHome.path(), QStringLiteral("alex@example.com"), "demo-owner"),
                 QString());
        const QString car = QStringLiteral("veh-alex-1");
        const QString paired = pairFromCommandLine(
            ownerHome.path(), car,
            {QStringLiteral("--label"), QStringLiteral("Alex Example's laptop")});
        QVERIFY2(paired.isEmpty(), qPrintable(paired));
        QCOMPARE(ctl({QStringLiteral("pause"), car}, ownerHome.path()).exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("resume"), car}, ownerHome.path()).exitCode, 0);

        FleetClient owner;
        signIn(owner);
        AWAIT_JOB(keys, owner.listKeys(car));
        QVERIFY(!keys->result().empty());

        QTemporaryDir supportHome;
        QCOMPARE(
            ctlLogin(supportHome.path(), QStringLiteral("support@example.com"), "demo-support"),
            QString());
        const QString path = supportHome.filePath(QStringLiteral("bundle.json"));
        const Run made =
            ctl({QStringLiteral("support-bundle"), car, QStringLiteral("--output"), path},
                supportHome.path());
        QCOMPARE(made.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bundle = file.readAll();
        const QJsonObject object = QJsonDocument::fromJson(bundle).object();
        // What support needs is there.
        // A section whose request failed is left out, its error listed under "unavailable".
        const QByteArray unavailable =
            QJsonDocument(object.value(QStringLiteral("unavailable")).toArray()).toJson();
        for (const char *section : {"bundle", "server", "vehicle", "diagnostics", "policy",
                                    "policyHistory", "events", "traceNow"})
            QVERIFY2(object.contains(QLatin1String(section)),
                     qPrintable(QStringLiteral("%1 is missing; unavailable: %2")
                                    .arg(QLatin1String(section), QString::fromUtf8(unavailable))));
        QVERIFY(object.value(QStringLiteral("events")).toArray().size() > 10);
        QVERIFY(object.value(QStringLiteral("policyHistory")).toArray().size() >= 3);
        QVERIFY(bundle.contains("key-1"));
        QVERIFY(bundle.contains(car.toUtf8()));
        // What must never be there is not: names, places, e-mail addresses, keys and tokens.
        QList<QByteArray> forbidden{"Alex Example",
                                    "Blue Saloon",
                                    "@example.com",
                                    "laptop",
                                    owner.session().accessToken,
                                    owner.session().refreshToken,
                                    "BEGIN",
                                    "PRIVATE"};
        for (const KeyInfo &key : keys->result()) {
            forbidden.append(key.keyId.toUtf8());
            forbidden.append(key.label.toUtf8());
            forbidden.append(key.publicKey.toBase64());
        }
        for (const QByteArray &text : std::as_const(forbidden)) {
            if (!text.isEmpty())
                QVERIFY2(!bundle.contains(text), text.constData());
        }
        // The group of an organisation's car is a place: gone from a manager's bundle too.
        QTemporaryDir managerHome;
        QCOMPARE(ctlLogin(managerHome.path(), QStringLiteral("fleet@example.com"), "demo-fleet"),
                 QString());
        const QString fleetPath = managerHome.filePath(QStringLiteral("fleet.json"));
        QCOMPARE(ctl({QStringLiteral("support-bundle"), QStringLiteral("veh-org-00002"),
                      QStringLiteral("--output"), fleetPath},
                     managerHome.path())
                     .exitCode,
                 0);
        QFile fleetFile(fleetPath);
        QVERIFY(fleetFile.open(QIODevice::ReadOnly));
        const QByteArray fleetBundle = fleetFile.readAll();
        QVERIFY(!fleetBundle.contains(Group.toUtf8()));
        QVERIFY(!fleetBundle.contains("HAM "));
        QVERIFY(!fleetBundle.contains("@example.com"));
        // No grant, no bundle, and the file is not written.
        const QString nothing = supportHome.filePath(QStringLiteral("nothing.json"));
        const Run denied = ctl({QStringLiteral("support-bundle"), QStringLiteral("veh-alex-2"),
                                QStringLiteral("--output"), nothing},
                               supportHome.path());
        QCOMPARE(denied.exitCode, 3);
        QVERIFY(!QFile::exists(nothing));
    }

    void redactionRemovesWhatItIsToldAndWhatLooksSecret()
    {
        SupportBundle::Redactions redactions;
        redactions.names = {QStringLiteral("Blue Saloon")};
        redactions.places = {QStringLiteral("Berlin Mitte")};
        redactions.keyIds = {QStringLiteral("k1")};
        const QJsonObject in{
            {QStringLiteral("a"), QStringLiteral("blue saloon at Berlin Mitte signed by k1")},
            {QStringLiteral("b"),
             QJsonArray{QStringLiteral("write to ann.lee+x@mail.example.org")}},
            {QStringLiteral("c"),
             QStringLiteral("Bearer Q2hhcmFjdGVyc0xvbmdFbm91Z2hUb0JlQVRva2VuMTIzNDU2Nzg5")}};
        const QJsonObject out = SupportBundle::redact(in, redactions).toObject();
        QCOMPARE(out.value(QStringLiteral("a")).toString(),
                 QStringLiteral("[name] at [place] signed by key-1"));
        QCOMPARE(out.value(QStringLiteral("b")).toArray().first().toString(),
                 QStringLiteral("write to [e-mail]"));
        QCOMPARE(out.value(QStringLiteral("c")).toString(), QStringLiteral("Bearer [secret]"));
    }
};

QTEST_GUILESS_MAIN(TestFleetSupport)
#include "test_fleet_support.moc"
