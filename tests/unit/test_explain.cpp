// The figures behind each blocking reason, for the eligibility trace support reads.

#include "policy/explain.h"
#include "policy/policydocument.h"

#include <QTest>
#include <QTimeZone>

using namespace idlefleet;
using namespace idlefleet::policy;

class TestExplain : public QObject
{
    Q_OBJECT

    static v1::Policy parse(const QByteArray &json)
    {
        v1::Policy policy;
        QString problem;
        if (!parsePolicyJson(json, &policy, &problem) || !validatePolicy(policy).isEmpty())
            qFatal("bad test policy: %s", qPrintable(problem));
        return policy;
    }

    static qint64 berlin(int year, int month, int day, int hour, int minute)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone("Europe/Berlin"))
            .toSecsSinceEpoch();
    }

private Q_SLOTS:
    void resumeLevelAndDepartureCarryTheirFigures()
    {
        const v1::Policy policy = parse(R"({"enabled": true, "timeZone": "Europe/Berlin",
            "minSocPercent": 50, "resumeSocPercent": 55,
            "departures": [{"daysMask": 31, "minute": 450, "socPercent": 70},
                           {"daysMask": 31, "minute": 480, "socPercent": 60}]})");
        v1::VehicleState state;
        state.set_soc_percent(48);
        state.set_plugged_in(true);
        const qint64 at = berlin(2026, 11, 24, 2, 14); // a Tuesday
        const ReasonSet reasons = evaluate(policy, state, at);
        QCOMPARE(reasonCodes(reasons), (QStringList{QStringLiteral("below_resume_soc"),
                                                    QStringLiteral("departure_reserve")}));
        const auto explained = explainReasons(policy, state, at, reasons);
        QCOMPARE(explained.size(), std::size_t(2));
        QCOMPARE(explained[0].reason, Reason::BelowResumeSoc);
        QCOMPARE(explained[0].thresholdPercent, 55);
        QCOMPARE(explained[0].socPercent, 48.0);
        QCOMPARE(explained[1].reason, Reason::DepartureReserve);
        QCOMPARE(explained[1].thresholdPercent, 70);
        QCOMPARE(explained[1].departureAt, berlin(2026, 11, 24, 7, 30));
        // Contributing, the floor is the minimum, not the resume level.
        state.set_contributing(true);
        state.set_soc_percent(50);
        const auto floor = explainReasons(policy, state, at, evaluate(policy, state, at));
        QCOMPARE(floor.front().reason, Reason::BelowMinSoc);
        QCOMPARE(floor.front().thresholdPercent, 50);
    }

    void timeRulesSayWhenTheyNextAllow()
    {
        const v1::Policy policy = parse(R"({"enabled": true, "timeZone": "Europe/Berlin",
            "windows": [{"startMinute": 1320, "endMinute": 360}], "offPeakOnly": true,
            "requireProfitable": true, "maxChipTempC": 80, "maxDailyWh": "2000",
            "tariff": {"currency": "EUR", "defaultPriceMicrosPerKwh": "320000",
                       "periods": [{"startMinute": 0, "endMinute": 300,
                                    "priceMicrosPerKwh": "120000", "offPeak": true}]}})");
        v1::VehicleState state;
        state.set_soc_percent(80);
        state.set_plugged_in(true);
        state.set_chip_temp_c(78);
        state.set_energy_today_wh(2500);
        state.set_market_rate_micros_per_hour(50000);
        state.set_compute_power_watts(300);
        const qint64 at = berlin(2026, 11, 24, 14, 0);
        const auto explained = explainReasons(policy, state, at, evaluate(policy, state, at));
        QStringList codes;
        for (const auto &e : explained)
            codes.append(QLatin1String(reasonCode(e.reason)));
        QCOMPARE(codes,
                 (QStringList{QStringLiteral("outside_schedule"), QStringLiteral("peak_tariff"),
                              QStringLiteral("unprofitable"), QStringLiteral("chip_too_hot"),
                              QStringLiteral("daily_energy_cap")}));
        QCOMPARE(explained[0].until, berlin(2026, 11, 24, 22, 0));
        QCOMPARE(explained[1].until, berlin(2026, 11, 25, 0, 0));
        QCOMPARE(explained[2].priceMicrosPerKwh, 320000);
        QCOMPARE(explained[2].costMicrosPerHour, 96000); // 0.3 kWh at 0.32
        QCOMPARE(explained[2].earnMicrosPerHour, 50000);
        QCOMPARE(explained[3].chipLimitC, 80);
        QCOMPARE(explained[4].capWh, 2000);
        QCOMPARE(explained[4].energyTodayWh, 2500);
    }
};

QTEST_GUILESS_MAIN(TestExplain)
#include "test_explain.moc"
