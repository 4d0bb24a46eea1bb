// libFuzzer target: the policy and vehicle-state parsers and validators, and the engine on
// whatever they accept. Built with clang (IDLEFLEET_FUZZ=ON) it fuzzes; in the normal build
// replay_main.cpp replays the corpus as an ordinary test.

#include "policy/eligibility.h"
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
    const policy::CompiledPolicy compiled(parsed, from, to);
    for (qint64 at = from; at < to; at += 3 * 3600 + 17 * 60) {
        if (compiled.evaluate(state, at) != policy::evaluate(parsed, state, at))
            __builtin_trap();
    }
    return 0;
}
