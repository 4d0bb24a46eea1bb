#pragma once

#include "idlefleet/v1/policy.pb.h"
#include "zonerules.h"

#include <QtGlobal>
#include <vector>

namespace idlefleet::policy {

/// A half-open span of UTC seconds [start, end).
struct Interval
{
    qint64 start = 0;
    qint64 end = 0;
    bool operator==(const Interval &other) const
    {
        return start == other.start && end == other.end;
    }
};

/// A stretch of time with one tariff price.
struct TariffSegment
{
    qint64 start = 0;
    qint64 end = 0;
    qint64 priceMicrosPerKwh = 0;
    bool offPeak = false;
};

/// Every occurrence of a weekly rule [startMinute, endMinute) whose start falls on a local day
/// from `firstDay` to `lastDay` that `daysMask` selects, appended in start order.
void appendOccurrences(const ZoneRules &rules, int daysMask, int startMinute, int endMinute,
                       qint64 firstDay, qint64 lastDay, std::vector<Interval> *out);

/// Sorts, then merges intervals that overlap or touch.
std::vector<Interval> mergeIntervals(std::vector<Interval> intervals);
/// The intersection of two merged lists.
std::vector<Interval> intersect(const std::vector<Interval> &a, const std::vector<Interval> &b);
/// Keeps what lies inside [from, to).
std::vector<Interval> clip(const std::vector<Interval> &intervals, qint64 from, qint64 to);

/// The policy's weekly windows over [from, to), merged (not clipped).
std::vector<Interval> scheduleIntervals(const v1::Policy &policy, const ZoneRules &rules,
                                        qint64 from, qint64 to);

/// The tariff over [from, to) as consecutive segments covering it exactly (price 0 and never
/// off-peak without a tariff).
std::vector<TariffSegment> tariffSegments(const v1::Policy &policy, const ZoneRules &rules,
                                          qint64 from, qint64 to);

/// The instants in [from, to) at which the time-based rules allow contributing (enabled, not
/// paused, in a window, off-peak where required, at or below the price limit): sorted, merged,
/// clipped. The `idlefleetctl windows` contract.
std::vector<Interval> allowedWindows(const v1::Policy &policy, qint64 from, qint64 to);

} // namespace idlefleet::policy
