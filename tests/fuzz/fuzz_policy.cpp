// libFuzzer target: the policy and vehicle-state parsers and validators, and the engine on
// whatever they accept. Built with clang (IDLEFLEET_FUZZ=ON) it fuzzes; in the normal build
// replay_main.cpp replays the corpus as an ordinary test.

#include "policy/eligibility.h"
#include "policy/explain.h"
#include "policy/policydocument.h"
#include "policy/schedule.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

using namespace idlefleet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;

    v1::VehicleState state;
    if (!policy::parseVehicleStateJson(bytes, &state, &error) && error.isEmpty())
        __builtin_trap(); // a refusal must say why
    state.set_soc_percent(50);

    v1::Policy parsed;
    if (!policy::parsePolicyJson(bytes, &parsed, &error)) {
        if (error.isEmpty() || error.contains(QLatin1Char('\n')))
            __builtin_trap(); // one line, naming the problem
        return 0;
    }
    // Whatever validates must evaluate without trouble, and the two paths must agree.
    const qint64 from = 1774656000; // 2026-03-28T00:00:00Z, a daylight-saving weekend in Europe
    const qint64 to = from + 3 * 86400;
    const auto windows = policy::allowedWindows(parsed, from, to);
    for (std::size_t i = 0; i < windows.size(); ++i) {
        if (windows[i].start >= windows[i].end || windows[i].start < from || windows[i].end > to ||
            (i > 0 && windows[i - 1].end >= windows[i].start))
            __builtin_trap();
    }
    // The energy-aware rules on states a document cannot carry beside a policy: at home with part
    // of the draw from the sun on a dirty grid, and on the battery.
    v1::VehicleState home = state;
    home.set_plugged_in(true);
    home.set_compute_power_watts(1000);
    home.set_solar_surplus_watts(600);
    home.set_grid_carbon_grams_per_kwh(450);
    home.set_market_rate_micros_per_hour(150000);
    v1::VehicleState battery = home;
    battery.set_plugged_in(false);
    const policy::CompiledPolicy compiled(parsed, from, to);
    for (const v1::VehicleState *s : {&state, &home, &battery}) {
        for (qint64 at = from; at < to; at += 3 * 3600 + 17 * 60) {
            const policy::ReasonSet reasons = compiled.evaluate(*s, at);
            if (reasons != policy::evaluate(parsed, *s, at))
                __builtin_trap();
            // Every reason explained, in the contract's order, once.
            if (policy::explainReasons(parsed, *s, at, reasons).size() !=
                std::size_t(policy::reasonCodes(reasons).size()))
                __builtin_trap();
        }
    }
    return 0;
}
