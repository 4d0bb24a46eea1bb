// bench_policy: compiled evaluations per second on one core (goal at least 5 million) and
// `windows` over one year of a realistic policy (goal under 5 ms). Prints the figures and the
// ratio of each to its goal; fails when a goal is missed.

#include "policy/eligibility.h"
#include "policy/policydocument.h"
#include "policy/schedule.h"
#include "rfc3339.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace idlefleet;
using namespace idlefleet::policy;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The example of spec/policy.md without the snooze: windows, tariff, departures, guards.
    const QByteArray json = R"({"enabled": true, "timeZone": "Europe/Berlin",
        "windows": [{"daysMask": 31, "startMinute": 1320, "endMinute": 360},
                    {"daysMask": 96, "startMinute": 0, "endMinute": 1440}],
        "minSocPercent": 40, "resumeSocPercent": 45, "requirePluggedIn": true,
        "tariff": {"currency": "EUR", "defaultPriceMicrosPerKwh": "320000",
                   "periods": [{"daysMask": 127, "startMinute": 0, "endMinute": 360,
                                "priceMicrosPerKwh": "120000", "offPeak": true}]},
        "maxPriceMicrosPerKwh": "250000", "requireProfitable": true,
        "departures": [{"daysMask": 31, "minute": 450, "socPercent": 70}],
        "maxChipTempC": 85, "maxDailyWh": "8000"})";
    v1::Policy policy;
    QString error;
    if (!parsePolicyJson(json, &policy, &error)) {
        std::fprintf(stderr, "bench_policy: %s\n", qPrintable(error));
        return 1;
    }
    qint64 from = 0;
    qint64 to = 0;
    parseRfc3339(QStringLiteral("2026-01-01T00:00:00Z"), &from);
    parseRfc3339(QStringLiteral("2027-01-01T00:00:00Z"), &to);

    // windows over one year: median of 21 runs.
    std::vector<double> runs;
    std::size_t intervals = 0;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer timer;
        timer.start();
        intervals = allowedWindows(policy, from, to).size();
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    const double windowsMs = runs[runs.size() / 2];

    // Compiled evaluation: one year at one-minute steps, repeated, with changing states.
    QElapsedTimer compileTimer;
    compileTimer.start();
    const CompiledPolicy compiled(policy, from, to);
    const double compileMs = double(compileTimer.nsecsElapsed()) / 1e6;
    v1::VehicleState states[4];
    for (int i = 0; i < 4; ++i) {
        states[i].set_soc_percent(35 + 15 * i);
        states[i].set_plugged_in(i != 1);
        states[i].set_contributing(i % 2);
        states[i].set_chip_temp_c(50 + 10 * i);
        states[i].set_energy_today_wh(2000 * i);
        states[i].set_market_rate_micros_per_hour(300000);
        states[i].set_compute_power_watts(300);
    }
    const qint64 evaluations = 10'000'000;
    quint64 eligible = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 at = from;
    for (qint64 i = 0; i < evaluations; ++i) {
        eligible += compiled.evaluate(states[i & 3], at) == 0;
        at += 60;
        if (at >= to)
            at = from;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double perSecond = double(evaluations) / seconds;

    std::printf("bench_policy: windows for one year: %.3f ms (median of 21, %zu intervals); goal < "
                "5 ms, ratio %.3f\n",
                windowsMs, intervals, windowsMs / 5.0);
    std::printf("bench_policy: compile for one year: %.3f ms\n", compileMs);
    std::printf("bench_policy: compiled evaluations: %.2f million/s on one core (%lld in %.3f s, "
                "%llu eligible); goal >= 5 million/s, ratio %.2f\n",
                perSecond / 1e6, static_cast<long long>(evaluations), seconds,
                static_cast<unsigned long long>(eligible), perSecond / 5e6);
    return windowsMs < 5.0 && perSecond >= 5e6 ? 0 : 1;
}
