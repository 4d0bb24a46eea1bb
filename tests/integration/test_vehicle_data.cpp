// Cars, their policies, history, sessions, earnings and events against a real idlefleetd.

#include "backendtestbase.h"
#include "policy/zonerules.h"

#include <QTemporaryDir>
#include <algorithm>
#include <cstdlib>

class TestVehicleData : public BackendTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // This world keeps its dead spots: the timeline must show them, explained.
        m_backend.setEnvironmentValue(QStringLiteral("IDLEFLEETD_DEAD_SPOTS"),
                                      QStringLiteral("on"));
        startWorld();
    }

    void listsTheDemoOwnersCars()
    {
        FleetClient client;
        signIn(client);
        AWAIT_JOB(job, client.listVehicles());
        QVERIFY2(job->error() == FleetJob::NoError, qPrintable(job->errorString()));
        const auto &vehicles = job->result().vehicles;
        QCOMPARE(vehicles.size(), std::size_t(2));
        QCOMPARE(vehicles[0].name, QStringLiteral("Blue Saloon"));
        for (const Vehicle &v : vehicles) {
            QVERIFY(v.status.socPercent > 0 && v.status.socPercent <= 100);
            QVERIFY(qAbs(v.status.observedAt.secsTo(worldNow())) < 120);
            QCOMPARE(v.timeZone, QStringLiteral("Europe/Berlin"));
        }
    }

    void pagesThroughTheList()
    {
        FleetClient client;
        signIn(client);
        AWAIT_JOB(first, client.listVehicles(1));
        QCOMPARE(first->result().vehicles.size(), std::size_t(1));
        QCOMPARE(first->result().totalCount, 2);
        QVERIFY(!first->result().nextPageToken.isEmpty());
        AWAIT_JOB(second, client.listVehicles(1, first->result().nextPageToken));
        QCOMPARE(second->result().vehicles.size(), std::size_t(1));
        QVERIFY(second->result().nextPageToken.isEmpty());
        QVERIFY(second->result().vehicles[0].id != first->result().vehicles[0].id);
    }

    void carsReportWhyTheyDoNotContribute()
    {
        FleetClient client;
        signIn(client);
        AWAIT_JOB(job, client.listVehicles());
        const QStringList codes{
            QStringLiteral("disabled"),          QStringLiteral("paused"),
            QStringLiteral("driving"),           QStringLiteral("not_plugged_in"),
            QStringLiteral("outside_schedule"),  QStringLiteral("peak_tariff"),
            QStringLiteral("price_above_limit"), QStringLiteral("unprofitable"),
            QStringLiteral("below_min_soc"),     QStringLiteral("below_resume_soc"),
            QStringLiteral("departure_reserve"), QStringLiteral("chip_too_hot"),
            QStringLiteral("daily_energy_cap")};
        for (const Vehicle &v : job->result().vehicles) {
            // This world keeps its dead spots: a car out of reach does not contribute either.
            QCOMPARE(v.status.contributing, v.status.blockingReasons.isEmpty() && v.status.online);
            int last = -1;
            for (const QString &reason : v.status.blockingReasons) {
                QVERIFY2(codes.indexOf(reason) > last, qPrintable(reason)); // known, in order
                last = int(codes.indexOf(reason));
            }
            QCOMPARE(v.status.currency, QStringLiteral("EUR"));
            QVERIFY(v.status.marketRateMicrosPerHour > 0);
        }

        // idlefleetctl status says the same in words: each reason's code, then its sentence
        // from the reason catalogue (the app's), out of reach first.
        QTemporaryDir home;
        QCOMPARE(ctlLogin(home.path(), QStringLiteral("alex@example.com"), "demo-owner"),
                 QString());
        for (const Vehicle &v : job->result().vehicles) {
            const Run status = ctl({QStringLiteral("status"), v.id}, home.path());
            QCOMPARE(status.exitCode, 0);
            const QStringList lines = QString::fromUtf8(status.out).split(QLatin1Char('\n'));
            const auto said = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
                return line.startsWith(QLatin1String("  contributing  "));
            });
            QVERIFY2(said != lines.cend(), status.out.constData());
            if (*said == QLatin1String("  contributing  yes"))
                continue;
            QCOMPARE(*said, QStringLiteral("  contributing  no"));
            int reasons = 0;
            for (auto line = said + 1; line != lines.cend() && !line->isEmpty(); ++line) {
                const QString code = line->mid(2, 20).trimmed();
                QVERIFY2(codes.contains(code) || code == QLatin1String("offline") ||
                             code == QLatin1String("no_consent"),
                         qPrintable(*line));
                QVERIFY2(line->mid(23).trimmed().size() > code.size(), qPrintable(*line));
                if (code == QLatin1String("offline"))
                    QCOMPARE(reasons, 0);
                ++reasons;
            }
            QVERIFY2(reasons > 0, status.out.constData());
        }
    }

    void theOwnerReadsTheirCarsPolicyAndNobodyElseDoes()
    {
        FleetClient owner;
        signIn(owner);
        AWAIT_JOB(job, owner.fetchPolicy(QStringLiteral("veh-alex-1")));
        QVERIFY2(job->error() == FleetJob::NoError, qPrintable(job->errorString()));
        QCOMPARE(job->result().version, qint64(1));
        QCOMPARE(job->result().policy.time_zone(), std::string("Europe/Berlin"));
        QCOMPARE(job->result().policy.windows_size(), 2);
        AWAIT_JOB(policy, owner.fetchPolicy(QStringLiteral("veh-nobody")));
        QCOMPARE(policy->error(), FleetJob::NotFound);

        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        AWAIT_JOB(refused, manager.fetchPolicy(QStringLiteral("veh-alex-1")));
        QCOMPARE(refused->error(), FleetJob::NotFound); // no hint that the car exists
    }

    void historyComesInMinutesHoursAndDaysThatAgree()
    {
        FleetClient client;
        signIn(client);
        const QDateTime now = worldNow();
        const QString car = QStringLiteral("veh-alex-1");
        // 90 days of backfill at one-minute steps, rolled up by hour and by local day.
        AWAIT_JOB(days,
                  client.fetchHistory(car, now.addDays(-100), now, FleetClient::Resolution::Day));
        QVERIFY2(days->error() == FleetJob::NoError, qPrintable(days->errorString()));
        QVERIFY(days->result().size() >= 90 && days->result().size() <= 92);
        AWAIT_JOB(hours,
                  client.fetchHistory(car, now.addDays(-100), now, FleetClient::Resolution::Hour));
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
        AWAIT_JOB(minutes, client.fetchHistory(car, dayStart, dayStart.addDays(1),
                                               FleetClient::Resolution::Minute));
        QCOMPARE(minutes->result().size(), std::size_t(1440));
        AWAIT_JOB(dayHours, client.fetchHistory(car, dayStart, dayStart.addDays(1),
                                                FleetClient::Resolution::Hour));
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
        // spec/ledger.md: every view is a sum of whole entries, so sessions, hours, days, weeks
        // and months of the same local hours agree to the micro and the watt-hour.
        FleetClient client;
        signIn(client);
        const QString car = QStringLiteral("veh-alex-1");
        const auto rules = policy::ZoneRules::forZone("Europe/Berlin");
        QVERIFY(rules);
        // The whole life of the world (90 days) up to the next local hour, so no session is cut.
        const qint64 now = worldNow().toSecsSinceEpoch();
        const qint64 from = rules->dayStart(now - 91 * 86400);
        const qint64 to = rules->nextHourStart(now);
        auto at = [](qint64 seconds) {
            return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        };
        AWAIT_JOB(sessions, client.fetchSessions(car, at(from), at(to)));
        QVERIFY2(sessions->error() == FleetJob::NoError, qPrintable(sessions->errorString()));
        QCOMPARE(sessions->result().currency, QStringLiteral("EUR"));
        QCOMPARE(sessions->result().shareBasisPoints, 7000);
        QVERIFY(sessions->result().entries.size() > 80);
        // Only the last session can be one the car is still in, and it is while the car
        // contributes (asked before and after, so a change between does not count).
        const auto contributingNow = [&] {
            auto cars = FINISHED_JOB(client.listVehicles());
            for (const Vehicle &v : cars->result().vehicles) {
                if (v.id == car)
                    return v.status.contributing;
            }
            return false;
        };
        const bool before = contributingNow();
        AWAIT_JOB(again, client.fetchSessions(car, at(from), at(to)));
        const bool after = contributingNow();
        const std::vector<AmountsAt> &latest = again->result().entries;
        QVERIFY(!latest.empty());
        for (std::size_t i = 0; i + 1 < latest.size(); ++i)
            QVERIFY2(!latest[i].running, qPrintable(latest[i].start.toString(Qt::ISODate)));
        if (before == after)
            QCOMPARE(latest.back().running, before);
        Amounts sum;
        QDateTime previousEnd;
        for (const AmountsAt &s : sessions->result().entries) {
            QVERIFY(s.start < s.end);
            QVERIFY(!s.cutBefore && !s.cutAfter);
            QVERIFY(!previousEnd.isValid() || previousEnd < s.start); // separate stretches
            previousEnd = s.end;
            QCOMPARE(qint64(s.amounts.contributingMinutes), s.start.secsTo(s.end) / 60);
            QVERIFY(s.amounts.energyWh > 0 && s.amounts.grossMicros > 0);
            QCOMPARE(s.amounts.netMicros,
                     s.amounts.ownerMicros - s.amounts.costMicros - s.amounts.wearMicros);
            // Each part of each entry is rounded on its own: at most one Wh apart per entry.
            const qint64 parts = s.amounts.solarWh + s.amounts.gridWh + s.amounts.batteryWh;
            QVERIFY2(std::abs(parts - s.amounts.energyWh) <= s.amounts.contributingMinutes / 60 + 2,
                     qPrintable(QStringLiteral("%1 of %2 Wh").arg(parts).arg(s.amounts.energyWh)));
            sum.add(s.amounts);
        }
        auto same = [](const Amounts &a, const Amounts &b) {
            return a.contributingMinutes == b.contributingMinutes && a.energyWh == b.energyWh &&
                   a.costMicros == b.costMicros && a.grossMicros == b.grossMicros &&
                   a.ownerMicros == b.ownerMicros && a.netMicros == b.netMicros;
        };
        auto text = [](const Amounts &a) {
            return QStringLiteral("%1 min %2 Wh cost %3 gross %4 owner %5 net %6")
                .arg(a.contributingMinutes)
                .arg(a.energyWh)
                .arg(a.costMicros)
                .arg(a.grossMicros)
                .arg(a.ownerMicros)
                .arg(a.netMicros);
        };
        for (const auto period :
             {FleetClient::Period::Day, FleetClient::Period::Week, FleetClient::Period::Month}) {
            AWAIT_JOB(earnings, client.fetchEarnings(car, at(from), at(to), period));
            QVERIFY2(earnings->error() == FleetJob::NoError, qPrintable(earnings->errorString()));
            const Amounts &total = earnings->result().totals;
            QVERIFY2(same(total, sum),
                     qPrintable(text(total) + QStringLiteral(" vs ") + text(sum)));
            Amounts buckets;
            for (const AmountsAt &b : earnings->result().entries)
                buckets.add(b.amounts);
            QVERIFY(same(total, buckets)); // totals are the sums of the buckets
        }
        // Hours, at most 31 days a call, split at local midnights.
        Amounts hours;
        for (qint64 start = from; start < to;) {
            const qint64 end = std::min(to, rules->dayStart(start + 30 * 86400));
            AWAIT_JOB(earnings,
                      client.fetchEarnings(car, at(start), at(end), FleetClient::Period::Hour));
            QVERIFY2(earnings->error() == FleetJob::NoError, qPrintable(earnings->errorString()));
            hours.add(earnings->result().totals);
            start = end;
        }
        QVERIFY2(same(hours, sum), qPrintable(text(hours) + QStringLiteral(" vs ") + text(sum)));
    }

    void rangesStartAndEndAtTheCarsLocalHours()
    {
        FleetClient client;
        signIn(client);
        const QString car = QStringLiteral("veh-alex-1");
        const auto rules = policy::ZoneRules::forZone("Europe/Berlin");
        const qint64 hour = rules->hourStart(worldNow().toSecsSinceEpoch()) - 86400;
        auto at = [](qint64 seconds) {
            return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        };
        for (const auto &[from, to, field] :
             {std::tuple{hour + 1800, hour + 3600, QStringLiteral("from")},
              std::tuple{hour, hour + 3601, QStringLiteral("to")}}) {
            AWAIT_JOB(earnings,
                      client.fetchEarnings(car, at(from), at(to), FleetClient::Period::Day));
            QCOMPARE(earnings->error(), FleetJob::InvalidRequest);
            QVERIFY2(earnings->errorString().contains(field + QLatin1Char(' ')) &&
                         earnings->errorString().contains(QLatin1String("Europe/Berlin")),
                     qPrintable(earnings->errorString()));
            AWAIT_JOB(sessions, client.fetchSessions(car, at(from), at(to)));
            QCOMPARE(sessions->error(), FleetJob::InvalidRequest);
        }
        // A session cut by the range says so, and counts only its part inside.
        AWAIT_JOB(whole, client.fetchSessions(car, at(hour - 2 * 86400), at(hour)));
        QVERIFY(!whole->result().entries.empty());
        const AmountsAt session = whole->result().entries.back();
        const qint64 inside = rules->nextHourStart(session.start.toSecsSinceEpoch());
        if (inside < session.end.toSecsSinceEpoch()) {
            AWAIT_JOB(cut, client.fetchSessions(car, at(inside), at(hour)));
            QCOMPARE(cut->result().entries.front().start, session.start);
            QVERIFY(cut->result().entries.front().cutBefore);
            QVERIFY(cut->result().entries.front().amounts.contributingMinutes <
                    session.amounts.contributingMinutes);
        }
    }

    void theTimelineSaysWhenAndWhyContributionStopped()
    {
        FleetClient client;
        signIn(client);
        const QDateTime now = worldNow();
        AWAIT_JOB(job, client.fetchEvents(QStringLiteral("veh-alex-1"), now.addDays(-7), now));
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
                // Why: the policy's reasons, or that the car went out of reach.
                QVERIFY2(!e.reasons.isEmpty() || e.detail == QLatin1String("offline"),
                         "a stop always says why");
            }
        }
        QVERIFY(started >= 5 && stopped >= 5); // a week of nights

        // A month shows the rest of a car's life: dead spots and failed jobs, each explained.
        AWAIT_JOB(month, client.fetchEvents(QStringLiteral("veh-alex-1"), now.addDays(-30), now));
        int lost = 0;
        int restored = 0;
        int failed = 0;
        for (const EventInfo &e : month->result()) {
            lost += e.kind == EventInfo::ConnectionLost;
            restored += e.kind == EventInfo::ConnectionRestored;
            if (e.kind == EventInfo::JobFailed) {
                ++failed;
                QVERIFY2(e.detail == QLatin1String("thermal_throttle") ||
                             e.detail == QLatin1String("job_timeout"),
                         qPrintable(e.detail));
            }
        }
        QVERIFY2(lost >= 3 && qAbs(lost - restored) <= 1,
                 qPrintable(QStringLiteral("%1 lost, %2 restored").arg(lost).arg(restored)));
        QVERIFY2(failed >= 3, qPrintable(QString::number(failed)));
        QTemporaryDir home;
        QCOMPARE(ctlLogin(home.path(), QStringLiteral("alex@example.com"), "demo-owner"),
                 QString());
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
        // Earnings as JSON: integers as numbers, every total the sum of its periods.
        const Run earnings =
            ctl({QStringLiteral("--json"), QStringLiteral("earnings"), QStringLiteral("veh-alex-1"),
                 QStringLiteral("--from"), now.addDays(-10).date().toString(Qt::ISODate),
                 QStringLiteral("--to"), now.date().toString(Qt::ISODate)},
                home.path());
        QVERIFY2(earnings.exitCode == 0, earnings.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(earnings.out).object();
        QCOMPARE(report.value(QStringLiteral("vehicleId")).toString(),
                 QStringLiteral("veh-alex-1"));
        const QJsonArray periods = report.value(QStringLiteral("periods")).toArray();
        QCOMPARE(periods.size(), 10);
        for (const char *field : {"contributingMinutes", "energyWh", "costMicros", "grossMicros",
                                  "ownerMicros", "netMicros"}) {
            qint64 sum = 0;
            for (const QJsonValue &period : periods) {
                QVERIFY(period.toObject().value(QLatin1String(field)).isDouble());
                sum += period.toObject().value(QLatin1String(field)).toInteger();
            }
            QCOMPARE(report.value(QStringLiteral("totals"))
                         .toObject()
                         .value(QLatin1String(field))
                         .toInteger(),
                     sum);
        }
    }

    void historyRefusesWhatItCannotAnswer()
    {
        FleetClient client;
        signIn(client);
        const QDateTime now = worldNow();
        AWAIT_JOB(tooLong, client.fetchHistory(QStringLiteral("veh-alex-1"), now.addDays(-40), now,
                                               FleetClient::Resolution::Minute));
        QCOMPARE(tooLong->error(), FleetJob::InvalidRequest);
        QCOMPARE(tooLong->serverError().code, QStringLiteral("range_too_large"));
        AWAIT_JOB(backwards, client.fetchHistory(QStringLiteral("veh-alex-1"), now, now.addDays(-1),
                                                 FleetClient::Resolution::Hour));
        QCOMPARE(backwards->error(), FleetJob::InvalidRequest);
        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        AWAIT_JOB(other, manager.fetchHistory(QStringLiteral("veh-alex-1"), now.addDays(-1), now,
                                              FleetClient::Resolution::Hour));
        QCOMPARE(other->error(), FleetJob::NotFound);
    }

    void aFleetManagerSearchesFiltersAndSortsTheOrganisation()
    {
        FleetClient manager;
        signIn(manager, QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet"));
        AWAIT_JOB(all, manager.listVehicles(1000));
        QCOMPARE(all->result().totalCount, 2000);
        QCOMPARE(all->result().vehicles.size(), std::size_t(1000));
        QVERIFY(!all->result().nextPageToken.isEmpty());

        FleetClient::VehicleQuery paris;
        paris.group = QStringLiteral("Paris Nord");
        AWAIT_JOB(depot, manager.listVehicles(paris, 1000));
        QCOMPARE(depot->result().totalCount, 250);
        for (const Vehicle &v : depot->result().vehicles)
            QCOMPARE(v.group, QStringLiteral("Paris Nord"));

        FleetClient::VehicleQuery search;
        search.search = QStringLiteral("lon 00");
        AWAIT_JOB(found, manager.listVehicles(search, 1000));
        QVERIFY(found->result().totalCount > 0 && found->result().totalCount < 250);
        for (const Vehicle &v : found->result().vehicles)
            QVERIFY(v.name.contains(QStringLiteral("lon 00"), Qt::CaseInsensitive));

        // One car by its id, exactly: a prefix of an id finds nothing.
        const QString someId = all->result().vehicles.at(10).id;
        FleetClient::VehicleQuery exact;
        exact.id = someId;
        AWAIT_JOB(one, manager.listVehicles(exact, 5));
        QCOMPARE(one->result().vehicles.size(), std::size_t(1));
        QCOMPARE(one->result().vehicles.front().id, someId);
        exact.id = someId.chopped(1);
        AWAIT_JOB(none, manager.listVehicles(exact, 5));
        QVERIFY(none->result().vehicles.empty());

        FleetClient::VehicleQuery bySoc;
        bySoc.sort = QStringLiteral("-soc");
        AWAIT_JOB(sorted, manager.listVehicles(bySoc, 1000));
        const auto &cars = sorted->result().vehicles;
        for (std::size_t i = 1; i < cars.size(); ++i)
            QVERIFY(cars[i - 1].status.socPercent >= cars[i].status.socPercent);

        FleetClient::VehicleQuery idle;
        idle.state = QStringLiteral("not_contributing");
        AWAIT_JOB(notWorking, manager.listVehicles(idle, 1000));
        // Each says why: a rule of its policy, or that it is out of reach (asleep, a dead spot).
        const Vehicle *withReason = nullptr;
        for (const Vehicle &v : notWorking->result().vehicles) {
            QVERIFY(!v.status.contributing);
            QVERIFY2(!v.status.blockingReasons.isEmpty() || !v.status.online, qPrintable(v.id));
            if (!withReason && !v.status.blockingReasons.isEmpty())
                withReason = &v;
        }
        if (withReason) {
            FleetClient::VehicleQuery because;
            because.reason = withReason->status.blockingReasons.first();
            AWAIT_JOB(reasoned, manager.listVehicles(because, 1000));
            QVERIFY(reasoned->result().totalCount > 0);
            for (const Vehicle &v : reasoned->result().vehicles)
                QVERIFY(v.status.blockingReasons.contains(because.reason));
        }
        // An organisation's cars take its fleet key, not a manager's pairing.
        AWAIT_JOB(pairing,
                  manager.startPairing(cars.front().id, VehicleKeyPair::generate().publicKeyDer(),
                                       QStringLiteral("Manager laptop")));
        QCOMPARE(pairing->error(), FleetJob::NotAllowed);
        FleetClient::VehicleQuery wrong;
        wrong.sort = QStringLiteral("colour");
        AWAIT_JOB(vehicles, manager.listVehicles(wrong, 10));
        QCOMPARE(vehicles->serverError().field, QStringLiteral("sort"));
    }
};

QTEST_GUILESS_MAIN(TestVehicleData)
#include "test_vehicle_data.moc"
