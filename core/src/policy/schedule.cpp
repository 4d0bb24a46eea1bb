#include "schedule.h"

#include <algorithm>

namespace idlefleet::policy {
namespace {

bool selects(int daysMask, qint64 day)
{
    return daysMask == 0 || (daysMask >> ZoneRules::weekday(day)) & 1;
}

/// Local days whose occurrences can reach into [from, to): a window starts at most a day
/// before and lasts at most 25 hours.
std::pair<qint64, qint64> daysAround(const ZoneRules &rules, qint64 from, qint64 to)
{
    return {rules.localDay(from) - 2, rules.localDay(to) + 1};
}

std::vector<Interval> keepIf(const std::vector<TariffSegment> &segments,
                             bool (*predicate)(const TariffSegment &, qint64), qint64 argument)
{
    std::vector<Interval> out;
    for (const auto &segment : segments) {
        if (predicate(segment, argument))
            out.push_back({segment.start, segment.end});
    }
    return mergeIntervals(std::move(out));
}

} // namespace

void appendOccurrences(const ZoneRules &rules, int daysMask, int startMinute, int endMinute,
                       qint64 firstDay, qint64 lastDay, std::vector<Interval> *out)
{
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        if (!selects(daysMask, day))
            continue;
        const qint64 start = rules.boundary(day, startMinute);
        const qint64 end = endMinute <= startMinute ? rules.boundary(day + 1, endMinute)
                                                    : rules.boundary(day, endMinute);
        if (end > start)
            out->push_back({start, end});
    }
}

std::vector<Interval> mergeIntervals(std::vector<Interval> intervals)
{
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return a.start < b.start; });
    std::vector<Interval> merged;
    for (const auto &interval : intervals) {
        if (interval.end <= interval.start)
            continue;
        if (!merged.empty() && interval.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, interval.end);
        else
            merged.push_back(interval);
    }
    return merged;
}

std::vector<Interval> intersect(const std::vector<Interval> &a, const std::vector<Interval> &b)
{
    std::vector<Interval> out;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 start = std::max(a[i].start, b[j].start);
        const qint64 end = std::min(a[i].end, b[j].end);
        if (start < end)
            out.push_back({start, end});
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }
    return out;
}

std::vector<Interval> clip(const std::vector<Interval> &intervals, qint64 from, qint64 to)
{
    return intersect(intervals, {{from, to}});
}

std::vector<Interval> scheduleIntervals(const v1::Policy &policy, const ZoneRules &rules,
                                        qint64 from, qint64 to)
{
    const auto [firstDay, lastDay] = daysAround(rules, from, to);
    std::vector<Interval> out;
    for (const auto &window : policy.windows())
        appendOccurrences(rules, window.days_mask(), window.start_minute(), window.end_minute(),
                          firstDay, lastDay, &out);
    return mergeIntervals(std::move(out));
}

std::vector<TariffSegment> tariffSegments(const v1::Policy &policy, const ZoneRules &rules,
                                          qint64 from, qint64 to)
{
    if (!policy.has_tariff())
        return {{from, to, 0, false}};
    const auto &tariff = policy.tariff();
    const auto [firstDay, lastDay] = daysAround(rules, from, to);

    // A sweep over the starts and ends of every period's occurrences; at each point the first
    // period in list order that is active sets the price.
    struct Event
    {
        qint64 at;
        int period;
        int delta;
    };
    std::vector<Event> events;
    for (int i = 0; i < tariff.periods_size(); ++i) {
        const auto &period = tariff.periods(i);
        std::vector<Interval> occurrences;
        appendOccurrences(rules, period.days_mask(), period.start_minute(), period.end_minute(),
                          firstDay, lastDay, &occurrences);
        for (const auto &o : occurrences) {
            events.push_back({o.start, i, +1});
            events.push_back({o.end, i, -1});
        }
    }
    std::sort(events.begin(), events.end(),
              [](const Event &a, const Event &b) { return a.at < b.at; });

    std::vector<int> active(std::size_t(tariff.periods_size()), 0);
    std::vector<TariffSegment> segments;
    auto pushSegment = [&](qint64 start, qint64 end) {
        start = std::max(start, from);
        end = std::min(end, to);
        if (start >= end)
            return;
        const auto first = std::find_if(active.begin(), active.end(), [](int n) { return n > 0; });
        TariffSegment segment{start, end, tariff.default_price_micros_per_kwh(), false};
        if (first != active.end()) {
            const auto &period = tariff.periods(int(first - active.begin()));
            segment.priceMicrosPerKwh = period.price_micros_per_kwh();
            segment.offPeak = period.off_peak();
        }
        if (!segments.empty() && segments.back().end == start &&
            segments.back().priceMicrosPerKwh == segment.priceMicrosPerKwh &&
            segments.back().offPeak == segment.offPeak)
            segments.back().end = end;
        else
            segments.push_back(segment);
    };
    qint64 cursor = from;
    for (std::size_t e = 0; e < events.size();) {
        const qint64 at = events[e].at;
        pushSegment(cursor, at);
        cursor = std::max(cursor, at);
        for (; e < events.size() && events[e].at == at; ++e)
            active[std::size_t(events[e].period)] += events[e].delta;
    }
    pushSegment(cursor, to);
    return segments;
}

std::vector<Interval> allowedWindows(const v1::Policy &policy, qint64 from, qint64 to)
{
    if (!policy.enabled() || from >= to)
        return {};
    const auto rules = ZoneRules::forZone(QByteArray::fromStdString(policy.time_zone()));
    if (!rules)
        return {};
    std::vector<Interval> allowed{{from, to}};
    if (policy.has_paused_until())
        allowed = clip(allowed, std::max(from, qint64(policy.paused_until().seconds())), to);
    if (policy.windows_size() > 0)
        allowed = intersect(allowed, scheduleIntervals(policy, *rules, from, to));
    if (policy.off_peak_only() || policy.max_price_micros_per_kwh() != 0) {
        const auto segments = tariffSegments(policy, *rules, from, to);
        if (policy.off_peak_only())
            allowed = intersect(
                allowed,
                keepIf(
                    segments, [](const TariffSegment &s, qint64) { return s.offPeak; }, 0));
        if (policy.max_price_micros_per_kwh() != 0)
            allowed = intersect(allowed, keepIf(
                                             segments,
                                             [](const TariffSegment &s, qint64 limit) {
                                                 return s.priceMicrosPerKwh <= limit;
                                             },
                                             policy.max_price_micros_per_kwh()));
    }
    return mergeIntervals(clip(allowed, from, to));
}

} // namespace idlefleet::policy
