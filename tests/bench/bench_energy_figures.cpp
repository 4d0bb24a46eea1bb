// bench_energy_figures: what energy-aware contribution changes over the demo world's 90 days
// (issue: energy-aware contribution). The demo world (Alex's two cars, the first under a 7 kWp
// roof in Berlin, and the organisation's 2,000 cars, a third of them under a solar carport) is
// simulated minute by minute through the same Simulator and ledger idlefleetd runs, over the 90
// days before the tests' ordinary day (2026-08-20 to 2026-11-18), three times:
//   1. the demo policies as they are;
//   2. the same with a carbon guard of 300 g/kWh on every car;
//   3. the same as 1, but every car may also contribute on its battery at any time, with the
//      wear of its pack (130 EUR per usable kWh, 1,500 rated cycles) charged against its net.
// It prints, per run, the share of compute energy on solar surplus, the grid's carbon per kWh
// of compute, and what battery wear cost, from the sums of whole ledger entries. The figure it is
// held to: the guard must lower the fleet's g/kWh (ratio guarded / unguarded below 1).

#include "demoworld.h"
#include "jobmarket.h"
#include "ledgersums.h"
#include "policy/eligibility.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>
#include <cstdio>
#include <limits>
#include <map>
#include <tuple>

using namespace idlefleet;
using namespace idlefleet::backend;

namespace {

/// Sums of whole entries of one currency.
using Totals = LedgerSums;

enum class Variant
{
    AsTheyAre,
    CarbonGuard,
    OnTheBattery
};

struct Run
{
    std::map<QString, Totals> byCurrency;
    Totals roofCar; // Alex's first car, under its 7 kWp roof
    Totals all;
    double seconds = 0;
};

Run simulate(Variant variant, const QDateTime &from, const QDateTime &to)
{
    std::vector<SimulatedVehicle> vehicles = demoWorldVehicles(2000);
    for (SimulatedVehicle &car : vehicles) {
        // As idlefleetd gives each car its policy: Alex's from the demo world's examples.
        if (car.policyVersion == 0) {
            car.policy = demoPolicyFor(car.id, car.timeZone);
            car.policyVersion = 1;
        }
        if (variant == Variant::CarbonGuard)
            car.policy.set_max_carbon_grams_per_kwh(300);
        if (variant == Variant::OnTheBattery) {
            car.policy.set_require_plugged_in(false);
            car.policy.clear_windows(); // any time
            if (!car.policy.has_tariff()) {
                car.policy.mutable_tariff()->set_currency("EUR");
                car.policy.mutable_tariff()->set_default_price_micros_per_kwh(300000);
            }
            const qint64 packMicros =
                JobMarket::inCurrency(130000000 * (car.batteryCapacityWh / 1000), car.currency());
            car.policy.set_battery_wear_micros_per_kwh(
                policy::batteryWearMicrosPerKwh(packMicros, car.batteryCapacityWh, 1500));
        }
    }
    Simulator simulator(std::move(vehicles));
    simulator.setSimulatedUntil(from);
    Run run;
    QElapsedTimer timer;
    timer.start();
    // Entries still open are kept by key until their hour has passed, then added once.
    std::map<std::tuple<QString, qint64, qint64>, LedgerEntry> open;
    auto settle = [&](qint64 before) {
        for (auto it = open.begin(); it != open.end();) {
            const LedgerEntry &e = it->second;
            if (e.end > before) {
                ++it;
                continue;
            }
            run.byCurrency[e.currency].add(e);
            run.all.add(e);
            if (e.vehicleId == QLatin1String("veh-alex-1"))
                run.roofCar.add(e);
            it = open.erase(it);
        }
    };
    for (QDateTime t = from; t < to;) {
        t = std::min(to, t.addSecs(3600));
        simulator.advanceTo(t, 60);
        simulator.takeSamples();
        for (const LedgerEntry &e : simulator.takeLedgerChanges().entries)
            open[{e.vehicleId, e.sessionStart, e.start}] = e;
        settle(t.toSecsSinceEpoch() - 3600); // an entry ends at most an hour after it starts
    }
    settle(std::numeric_limits<qint64>::max());
    run.seconds = double(timer.elapsed()) / 1000.0;
    return run;
}

/// Grams of CO2 per kWh of compute energy (solar counts as 0 g; energy of unknown intensity is
/// left out), and per kWh of grid energy.
double perKwh(qint64 grams, qint64 wh)
{
    return wh > 0 ? double(grams) * 1000.0 / double(wh) : 0.0;
}

void print(const char *name, const Run &run)
{
    const Totals &a = run.all;
    const qint64 known = a.energyWh - a.carbonUnknownWh - a.batteryWh;
    std::printf("%s (simulated in %.1f s)\n", name, run.seconds);
    std::printf(
        "  fleet: %lld entries, %.0f h of compute, %.1f kWh; on solar %.2f%% (%.1f kWh), "
        "grid %.1f kWh, battery %.1f kWh\n",
        static_cast<long long>(a.entries), double(a.minutes) / 60.0, double(a.energyWh) / 1000.0,
        a.energyWh > 0 ? 100.0 * double(a.solarWh) / double(a.energyWh) : 0.0,
        double(a.solarWh) / 1000.0, double(a.gridWh) / 1000.0, double(a.batteryWh) / 1000.0);
    std::printf("  carbon: %.1f kg from the grid, %.1f g per grid kWh, %.1f g per compute kWh "
                "(solar at 0 g); %.1f kg avoided by solar\n",
                double(a.carbonGrams) / 1000.0, perKwh(a.carbonGrams, a.gridWh - a.carbonUnknownWh),
                perKwh(a.carbonGrams, known), double(a.carbonAvoidedGrams) / 1000.0);
    for (const auto &[currency, t] : run.byCurrency)
        std::printf("  %s: energy %.1f kWh, cost %.2f, wear %.2f, owner %.2f, net %.2f\n",
                    qPrintable(currency), double(t.energyWh) / 1000.0, double(t.costMicros) / 1e6,
                    double(t.wearMicros) / 1e6, double(t.ownerMicros) / 1e6,
                    double(t.netMicros) / 1e6);
    const Totals &r = run.roofCar;
    std::printf("  Alex's roof car: %.1f kWh, on solar %.1f%%, %.2f kg CO2, %.2f kg avoided, "
                "net %.2f EUR\n",
                double(r.energyWh) / 1000.0,
                r.energyWh > 0 ? 100.0 * double(r.solarWh) / double(r.energyWh) : 0.0,
                double(r.carbonGrams) / 1000.0, double(r.carbonAvoidedGrams) / 1000.0,
                double(r.netMicros) / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QDateTime to(QDate(2026, 11, 18), QTime(10, 0), QTimeZone::utc());
    const QDateTime from = to.addDays(-90);
    std::printf("bench_energy_figures: the demo world from %s to %s\n",
                qPrintable(from.toString(Qt::ISODate)), qPrintable(to.toString(Qt::ISODate)));
    const Run plain = simulate(Variant::AsTheyAre, from, to);
    print("1. the demo policies", plain);
    const Run guarded = simulate(Variant::CarbonGuard, from, to);
    print("2. with a 300 g/kWh carbon guard", guarded);
    const Run battery = simulate(Variant::OnTheBattery, from, to);
    print("3. any time, on the battery too, wear charged", battery);

    const double unguarded =
        perKwh(plain.all.carbonGrams, plain.all.gridWh - plain.all.carbonUnknownWh);
    const double withGuard =
        perKwh(guarded.all.carbonGrams, guarded.all.gridWh - guarded.all.carbonUnknownWh);
    const double ratio = unguarded > 0 ? withGuard / unguarded : 0;
    std::printf("grid carbon per kWh: %.1f g with the guard against %.1f g without; ratio %.3f "
                "(held below 1)\n",
                withGuard, unguarded, ratio);
    std::printf("compute energy the guard gave up: %.1f%%\n",
                plain.all.energyWh > 0 ? 100.0 * double(plain.all.energyWh - guarded.all.energyWh) /
                                             double(plain.all.energyWh)
                                       : 0.0);
    return ratio > 0 && ratio < 1 ? 0 : 1;
}
