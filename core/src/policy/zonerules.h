#pragma once

#include <QByteArray>
#include <memory>
#include <vector>

namespace idlefleet::policy {

/// The UTC offsets of one IANA zone as a table of transitions (1970 to 2100), so that offsets
/// and local-time boundaries are a binary search away. Shared and immutable once built.
class ZoneRules
{
public:
    /// The rules of `ianaId`, built once per process and cached; null for an unknown zone.
    static std::shared_ptr<const ZoneRules> forZone(const QByteArray &ianaId);
    /// The rules of `ianaId`, or UTC's for an unknown zone (never null).
    static std::shared_ptr<const ZoneRules> forZoneOrUtc(const QByteArray &ianaId);

    /// The offset from UTC, in seconds, in force at `utcSeconds`.
    int offsetAt(qint64 utcSeconds) const;

    /// The local day (days since 1970-01-01 in local time) of an instant.
    qint64 localDay(qint64 utcSeconds) const;

    /// The spec's one rule for daylight saving: the first instant whose local date and time is at
    /// or after `minute` minutes past the start of local day `day` (minute may be 1440).
    qint64 boundary(qint64 day, int minute) const;

    /// The ledger's local hours (spec/ledger.md): the start of the local clock hour that holds
    /// `utcSeconds`, that is the latest instant at or before it whose local time reads HH:00:00,
    /// or the latest change of offset if that came later (a jump that skips HH:00:00).
    qint64 hourStart(qint64 utcSeconds) const;
    /// The first instant after `utcSeconds` at which a local hour starts.
    qint64 nextHourStart(qint64 utcSeconds) const;
    bool isHourStart(qint64 utcSeconds) const { return hourStart(utcSeconds) == utcSeconds; }
    /// `utcSeconds` if a local hour starts there, else the next local hour's start.
    qint64 hourStartAtOrAfter(qint64 utcSeconds) const
    {
        return isHourStart(utcSeconds) ? utcSeconds : nextHourStart(utcSeconds);
    }
    /// The first instant of the local day that holds `utcSeconds`.
    qint64 dayStart(qint64 utcSeconds) const { return boundary(localDay(utcSeconds), 0); }

    /// Day of the week of a local day: 0 = Monday ... 6 = Sunday.
    static int weekday(qint64 day);

private:
    ZoneRules() = default;
    /// The instant at or before `utcSeconds` whose local time, at the offset in force at
    /// `utcSeconds`, reads HH:00:00.
    qint64 wholeLocalHour(qint64 utcSeconds) const;

    int m_initialOffset = 0;
    std::vector<qint64> m_transitions; // UTC seconds, ascending
    std::vector<int> m_offsetsAfter;   // offset from each transition on
};

} // namespace idlefleet::policy
