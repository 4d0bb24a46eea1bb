// The policy engine against the contract (../shared/spec/policy.md): daylight-saving tables in
// many kinds of zones, and properties over random policies.

#include "instant.h"
#include "policy/eligibility.h"
#include "policy/policydocument.h"
#include "policy/schedule.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTest>
#include <google/protobuf/util/json_util.h>

using namespace idlefleet;
using namespace idlefleet::policy;

namespace {

int dayBit(const QDate &date)
{
    return 1 << (date.dayOfWeek() - 1);
}

v1::Policy windowPolicy(const char *zone, int daysMask, int startMinute, int endMinute)
{
    v1::Policy policy;
    policy.set_enabled(true);
    policy.set_time_zone(zone);
    auto *window = policy.add_windows();
    window->set_days_mask(daysMask);
    window->set_start_minute(startMinute);
    window->set_end_minute(endMinute);
    return policy;
}

const char *const Zones[] = {"Europe/Berlin",     "America/New_York",   "Australia/Lord_Howe",
                             "Pacific/Chatham",   "Asia/Kolkata",       "America/St_Johns",
                             "Australia/Sydney",  "Asia/Tokyo",         "Europe/London",
                             "America/Sao_Paulo", "Pacific/Kiritimati", "UTC"};

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void daylightSavingTable_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("startMinute");
        QTest::addColumn<int>("endMinute");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        auto row = [](const char *name, const char *zone, QDate day, int s, int e,
                      const char *start, const char *end) {
            QTest::newRow(name) << QString::fromLatin1(zone) << day << s << e
                                << QString::fromLatin1(start) << QString::fromLatin1(end);
        };
        // The spec's own examples.
        row("Berlin spring 01-03 is one hour", "Europe/Berlin", QDate(2026, 3, 29), 60, 180,
            "2026-03-29T00:00:00Z", "2026-03-29T01:00:00Z");
        row("Berlin autumn 01-03 is three hours", "Europe/Berlin", QDate(2026, 10, 25), 60, 180,
            "2026-10-24T23:00:00Z", "2026-10-25T02:00:00Z");
        row("Berlin whole day is 23 h", "Europe/Berlin", QDate(2026, 3, 29), 0, 0,
            "2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z");
        row("Berlin whole day is 25 h", "Europe/Berlin", QDate(2026, 10, 25), 0, 1440,
            "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z");
        // Boundaries inside skipped hours take effect when the clock jumps past them.
        row("Berlin start skipped", "Europe/Berlin", QDate(2026, 3, 29), 150, 240,
            "2026-03-29T01:00:00Z", "2026-03-29T02:00:00Z");
        row("New York start skipped", "America/New_York", QDate(2026, 3, 8), 135, 210,
            "2026-03-08T07:00:00Z", "2026-03-08T07:30:00Z");
        row("Lord Howe half-hour skip", "Australia/Lord_Howe", QDate(2026, 10, 4), 130, 180,
            "2026-10-03T15:30:00Z", "2026-10-03T16:00:00Z");
        row("Chatham 02:45 skip", "Pacific/Chatham", QDate(2026, 9, 27), 180, 300,
            "2026-09-26T14:00:00Z", "2026-09-26T15:15:00Z");
        row("St Johns start skipped", "America/St_Johns", QDate(2026, 3, 8), 150, 210,
            "2026-03-08T05:30:00Z", "2026-03-08T06:00:00Z");
        row("Sydney spring whole day 23 h", "Australia/Sydney", QDate(2026, 10, 4), 0, 0,
            "2026-10-03T14:00:00Z", "2026-10-04T13:00:00Z");
        // Boundaries inside repeated hours take effect at their first occurrence.
        row("Berlin repeated quarter", "Europe/Berlin", QDate(2026, 10, 25), 150, 165,
            "2026-10-25T00:30:00Z", "2026-10-25T00:45:00Z");
        row("New York repeated hour", "America/New_York", QDate(2026, 11, 1), 90, 120,
            "2026-11-01T05:30:00Z", "2026-11-01T07:00:00Z");
        row("Lord Howe half-hour repeat", "Australia/Lord_Howe", QDate(2026, 4, 5), 105, 135,
            "2026-04-04T14:45:00Z", "2026-04-04T15:45:00Z");
        row("Chatham repeated hour", "Pacific/Chatham", QDate(2026, 4, 5), 180, 240,
            "2026-04-04T13:15:00Z", "2026-04-04T15:15:00Z");
        row("St Johns repeated", "America/St_Johns", QDate(2026, 11, 1), 75, 105,
            "2026-11-01T03:45:00Z", "2026-11-01T04:15:00Z");
        row("Sydney autumn whole day 25 h", "Australia/Sydney", QDate(2026, 4, 5), 0, 0,
            "2026-04-04T13:00:00Z", "2026-04-05T14:00:00Z");
        row("London autumn", "Europe/London", QDate(2026, 10, 25), 60, 120, "2026-10-25T00:00:00Z",
            "2026-10-25T02:00:00Z");
        // Zones without daylight saving, odd offsets, windows over midnight.
        row("Kolkata over midnight", "Asia/Kolkata", QDate(2026, 6, 15), 1320, 360,
            "2026-06-15T16:30:00Z", "2026-06-16T00:30:00Z");
        row("Tokyo to 1440", "Asia/Tokyo", QDate(2026, 1, 1), 1380, 1440, "2026-01-01T14:00:00Z",
            "2026-01-01T15:00:00Z");
        row("Sao Paulo (no DST since 2019)", "America/Sao_Paulo", QDate(2026, 11, 1), 0, 60,
            "2026-11-01T03:00:00Z", "2026-11-01T04:00:00Z");
        row("Kiritimati +14", "Pacific/Kiritimati", QDate(2026, 7, 1), 600, 540,
            "2026-06-30T20:00:00Z", "2026-07-01T19:00:00Z");
    }
    void daylightSavingTable()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, day);
        QFETCH(int, startMinute);
        QFETCH(int, endMinute);
        QFETCH(QString, start);
        QFETCH(QString, end);
        const v1::Policy policy =
            windowPolicy(zone.toLatin1().constData(), dayBit(day), startMinute, endMinute);
        QCOMPARE(validatePolicy(policy), QString());
        const qint64 from = QDateTime(day.addDays(-2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const qint64 to = QDateTime(day.addDays(3), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const auto windows = allowedWindows(policy, from, to);
        QCOMPARE(windows.size(), std::size_t(1));
        QCOMPARE(formatRfc3339(windows[0].start), start);
        QCOMPARE(formatRfc3339(windows[0].end), end);

        // eligible agrees at the edges: in at start, out just before it and at the end.
        v1::VehicleState state;
        state.set_soc_percent(80);
        QVERIFY(!(evaluate(policy, state, windows[0].start) & (1 << int(Reason::OutsideSchedule))));
        QVERIFY(evaluate(policy, state, windows[0].start - 1) &
                (1 << int(Reason::OutsideSchedule)));
        QVERIFY(evaluate(policy, state, windows[0].end) & (1 << int(Reason::OutsideSchedule)));
        QVERIFY(
            !(evaluate(policy, state, windows[0].end - 1) & (1 << int(Reason::OutsideSchedule))));
    }

    void everyReasonInOrder()
    {
        QByteArray json = R"({"enabled": false, "timeZone": "Europe/Berlin",
            "windows": [{"startMinute": 60, "endMinute": 120}], "minSocPercent": 40,
            "requirePluggedIn": true, "tariff": {"currency": "EUR",
            "defaultPriceMicrosPerKwh": "500000"}, "offPeakOnly": true,
            "maxPriceMicrosPerKwh": "100000", "requireProfitable": true,
            "departures": [{"minute": 480, "socPercent": 90}], "maxChipTempC": 80,
            "maxDailyWh": "1000", "pausedUntil": "2030-01-01T00:00:00Z"})";
        v1::Policy policy;
        QString error;
        QVERIFY2(parsePolicyJson(json, &policy, &error), qPrintable(error));
        v1::VehicleState state;
        QVERIFY(parseVehicleStateJson(R"({"socPercent": 30, "pluggedIn": false, "driving": true,
            "contributing": true, "chipTempC": 80, "energyTodayWh": "1000",
            "marketRateMicrosPerHour": "1", "computePowerWatts": 1000})",
                                      &state, &error));
        const QStringList expected{
            QStringLiteral("disabled"),          QStringLiteral("paused"),
            QStringLiteral("driving"),           QStringLiteral("not_plugged_in"),
            QStringLiteral("outside_schedule"),  QStringLiteral("peak_tariff"),
            QStringLiteral("price_above_limit"), QStringLiteral("unprofitable"),
            QStringLiteral("below_min_soc"),     QStringLiteral("departure_reserve"),
            QStringLiteral("chip_too_hot"),      QStringLiteral("daily_energy_cap")};
        QCOMPARE(reasonCodes(evaluate(policy, state, at("2026-11-23T04:00:00Z"))), expected);

        // Hysteresis: not contributing, 43% is below the resume level 45 but above the floor;
        // 76 degrees is within 5 of the 80 limit.
        state.set_contributing(false);
        state.set_soc_percent(43);
        state.set_chip_temp_c(76);
        const QStringList codes = reasonCodes(evaluate(policy, state, at("2026-11-23T04:00:00Z")));
        QVERIFY(codes.contains(QStringLiteral("below_resume_soc")));
        QVERIFY(!codes.contains(QStringLiteral("below_min_soc")));
        QVERIFY(codes.contains(QStringLiteral("chip_too_hot")));
        state.set_chip_temp_c(75);
        QVERIFY(!reasonCodes(evaluate(policy, state, at("2026-11-23T04:00:00Z")))
                     .contains(QStringLiteral("chip_too_hot")));
    }

    void profitabilityIsExactInteger()
    {
        v1::Policy policy;
        policy.set_enabled(true);
        policy.set_time_zone("UTC");
        policy.set_require_profitable(true);
        policy.mutable_tariff()->set_currency("EUR");
        policy.mutable_tariff()->set_default_price_micros_per_kwh(300000);
        v1::VehicleState state;
        state.set_soc_percent(90);
        state.set_compute_power_watts(1000);
        state.set_market_rate_micros_per_hour(300000); // exactly break-even: allowed
        QCOMPARE(evaluate(policy, state, 0), ReasonSet(0));
        state.set_market_rate_micros_per_hour(299999);
        QCOMPARE(reasonCodes(evaluate(policy, state, 0)),
                 QStringList{QStringLiteral("unprofitable")});
        // The largest amounts do not overflow.
        policy.mutable_tariff()->set_default_price_micros_per_kwh(MaxMoneyMicros);
        state.set_compute_power_watts(100000);
        state.set_market_rate_micros_per_hour(MaxMoneyMicros);
        QCOMPARE(reasonCodes(evaluate(policy, state, 0)),
                 QStringList{QStringLiteral("unprofitable")});
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("start")
            << QByteArray(R"({"timeZone": "UTC", "windows": [{}, {"startMinute": 1500}]})")
            << QStringLiteral("policy.windows[1].startMinute: 1500 is out of range 0..1439");
        QTest::newRow("zone missing")
            << QByteArray(R"({"enabled": true})") << QStringLiteral("policy.timeZone: is required");
        QTest::newRow("zone unknown")
            << QByteArray(R"({"timeZone": "Mars/Olympus"})")
            << QStringLiteral("policy.timeZone: \"Mars/Olympus\" is not a known");
        QTest::newRow("unknown field") << QByteArray(R"({"timeZone": "UTC", "colour": 1})")
                                       << QStringLiteral("policy: unknown field \"colour\"");
        QTest::newRow("currency") << QByteArray(
                                         R"({"timeZone": "UTC", "tariff": {"currency": "eur"}})")
                                  << QStringLiteral("policy.tariff.currency:");
        QTest::newRow("money")
            << QByteArray(R"({"timeZone": "UTC", "maxPriceMicrosPerKwh": "1000000000001"})")
            << QStringLiteral("policy.maxPriceMicrosPerKwh:");
        QTest::newRow("departure soc")
            << QByteArray(R"({"timeZone": "UTC", "departures": [{"socPercent": 0}]})")
            << QStringLiteral("policy.departures[0].socPercent: 0 is out of range 1..100");
        QTest::newRow("mask")
            << QByteArray(
                   R"({"timeZone": "UTC", "tariff": {"currency": "EUR", "periods": [{"daysMask": 128}]}})")
            << QStringLiteral("policy.tariff.periods[0].daysMask: 128 is out of range 0..127");
        QTest::newRow("min soc") << QByteArray(R"({"timeZone": "UTC", "minSocPercent": 96})")
                                 << QStringLiteral(
                                        "policy.minSocPercent: 96 is out of range 0..95");
        QTest::newRow("not json") << QByteArray("\xff\xfe{") << QStringLiteral("policy:");
        // Bounded lists: one past each limit is refused with the list named, as a whole.
        auto many = [](const char *item, int count) {
            QByteArrayList items;
            for (int i = 0; i < count; ++i)
                items.append(item);
            return items.join(',');
        };
        QTest::newRow("201 windows")
            << (R"({"timeZone": "UTC", "windows": [)" + many("{}", 201) + "]}")
            << QStringLiteral("policy.windows: 201 windows; at most 200");
        QTest::newRow("80,000 windows")
            << (R"({"timeZone": "UTC", "windows": [)" + many("{}", 80000) + "]}")
            << QStringLiteral("policy.windows: 80000 windows; at most 200");
        QTest::newRow("65 periods")
            << (R"({"timeZone": "UTC", "tariff": {"currency": "EUR", "periods": [)" +
                many("{}", 65) + "]}}")
            << QStringLiteral("policy.tariff.periods: 65 tariff periods; at most 64");
        QTest::newRow("33 departures")
            << (R"({"timeZone": "UTC", "departures": [)" + many(R"({"socPercent": 50})", 33) + "]}")
            << QStringLiteral("policy.departures: 33 departures; at most 32");
    }
    void validationNamesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        v1::Policy policy;
        QString error;
        QVERIFY(!parsePolicyJson(json, &policy, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        // The editor's per-field check names the same first problem.
        v1::Policy parsed;
        QString ignored;
        if (google::protobuf::util::JsonStringToMessage(json.toStdString(), &parsed).ok()) {
            const auto fields = validatePolicyFields(parsed);
            QVERIFY(!fields.empty());
            QCOMPARE(fields.front().message, error);
        }
    }

    void theLimitsThemselvesAreAccepted()
    {
        v1::Policy policy;
        policy.set_time_zone("UTC");
        for (int i = 0; i < MaxPolicyWindows; ++i)
            policy.add_windows()->set_end_minute(60);
        for (int i = 0; i < MaxDepartures; ++i)
            policy.add_departures()->set_soc_percent(50);
        policy.mutable_tariff()->set_currency("EUR");
        for (int i = 0; i < MaxTariffPeriods; ++i)
            policy.mutable_tariff()->add_periods();
        QCOMPARE(validatePolicy(policy), QString());
    }

    void stateValidation()
    {
        v1::VehicleState state;
        QString error;
        QVERIFY(!parseVehicleStateJson(R"({"chipTempC": "NaN"})", &state, &error));
        QCOMPARE(error, QStringLiteral("state.chipTempC: NaN is not a finite number"));
        QVERIFY(!parseVehicleStateJson(R"({"socPercent": 101})", &state, &error));
        QVERIFY(error.startsWith(QStringLiteral("state.socPercent:")));
    }

    // Over random policies in many zones: windows are sorted, merged and clipped; eligible agrees
    // with windows on the time-based reasons; compiled and plain evaluation agree.
    void randomPoliciesKeepTheProperties()
    {
        QRandomGenerator random(20261123);
        const ReasonSet timeBased =
            ReasonSet((1 << int(Reason::Disabled)) | (1 << int(Reason::Paused)) |
                      (1 << int(Reason::OutsideSchedule)) | (1 << int(Reason::PeakTariff)) |
                      (1 << int(Reason::PriceAboveLimit)));
        const qint64 base = at("2026-01-01T00:00:00Z");
        for (int round = 0; round < 300; ++round) {
            v1::Policy policy;
            policy.set_enabled(random.bounded(10) != 0);
            policy.set_time_zone(Zones[random.bounded(int(std::size(Zones)))]);
            for (int i = 0, n = random.bounded(4); i < n; ++i) {
                auto *w = policy.add_windows();
                w->set_days_mask(random.bounded(128));
                w->set_start_minute(random.bounded(48) * 30);
                w->set_end_minute(random.bounded(49) * 30);
            }
            if (random.bounded(2)) {
                auto *tariff = policy.mutable_tariff();
                tariff->set_currency("EUR");
                tariff->set_default_price_micros_per_kwh(random.bounded(400000));
                for (int i = 0, n = random.bounded(4); i < n; ++i) {
                    auto *p = tariff->add_periods();
                    p->set_days_mask(random.bounded(128));
                    p->set_start_minute(random.bounded(96) * 15);
                    p->set_end_minute(random.bounded(97) * 15);
                    p->set_price_micros_per_kwh(qint64(random.bounded(500000)) - 100000);
                    p->set_off_peak(random.bounded(2));
                }
            }
            policy.set_off_peak_only(random.bounded(3) == 0);
            if (random.bounded(2))
                policy.set_max_price_micros_per_kwh(qint64(random.bounded(300000)) - 50000);
            if (random.bounded(4) == 0)
                policy.mutable_paused_until()->set_seconds(base + random.bounded(200) * 3600);
            for (int i = 0, n = random.bounded(3); i < n; ++i) {
                auto *d = policy.add_departures();
                d->set_days_mask(random.bounded(128));
                d->set_minute(random.bounded(1440));
                d->set_soc_percent(1 + random.bounded(100));
            }
            policy.set_min_soc_percent(random.bounded(60));
            policy.set_require_profitable(random.bounded(2));
            policy.set_max_chip_temp_c(random.bounded(2) ? 80 : 0);
            QCOMPARE(validatePolicy(policy), QString());

            const qint64 from = base + qint64(random.bounded(300)) * 86400 + random.bounded(86400);
            const qint64 to = from + 1 + random.bounded(10 * 86400);
            const auto windows = allowedWindows(policy, from, to);
            for (std::size_t i = 0; i < windows.size(); ++i) {
                QVERIFY(windows[i].start < windows[i].end);
                QVERIFY(windows[i].start >= from && windows[i].end <= to);
                if (i > 0)
                    QVERIFY(windows[i - 1].end < windows[i].start); // sorted, merged
            }
            const CompiledPolicy compiled(policy, from - 86400, to + 86400);
            for (int sample = 0; sample < 200; ++sample) {
                const qint64 t = from + qint64(random.bounded(double(to - from)));
                v1::VehicleState state;
                state.set_soc_percent(random.bounded(100.0));
                state.set_contributing(random.bounded(2));
                state.set_plugged_in(random.bounded(2));
                state.set_chip_temp_c(random.bounded(100));
                state.set_compute_power_watts(random.bounded(1000));
                state.set_market_rate_micros_per_hour(random.bounded(500000));
                const ReasonSet plain = evaluate(policy, state, t);
                QCOMPARE(compiled.evaluate(state, t), plain);
                const bool inWindows =
                    std::any_of(windows.begin(), windows.end(),
                                [t](const Interval &i) { return i.start <= t && t < i.end; });
                if (inWindows != ((plain & timeBased) == 0))
                    QFAIL(qPrintable(
                        QStringLiteral("zone %1 at %2: windows say %3, eligible says %4")
                            .arg(QString::fromStdString(policy.time_zone()), formatRfc3339(t))
                            .arg(inWindows)
                            .arg(reasonCodes(plain).join(QLatin1Char(',')))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "test_policy.moc"
