#include "zonerules.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QTimeZone>
#include <algorithm>

namespace idlefleet::policy {
namespace {

constexpr qint64 SecondsPerDay = 86400;
// Offsets in use lie within -12 h .. +14 h; a margin of an hour covers past oddities.
constexpr qint64 MaxOffsetSeconds = 15 * 3600;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

std::shared_ptr<const ZoneRules> ZoneRules::forZone(const QByteArray &ianaId)
{
    static QMutex mutex;
    static QHash<QByteArray, std::shared_ptr<const ZoneRules>> cache;
    QMutexLocker locker(&mutex);
    if (const auto found = cache.constFind(ianaId); found != cache.constEnd())
        return found.value();

    const QTimeZone zone(ianaId);
    if (!zone.isValid())
        return nullptr;
    std::shared_ptr<ZoneRules> rules(new ZoneRules);
    const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    rules->m_initialOffset = zone.offsetFromUtc(from);
    const auto transitions = zone.transitions(from, to);
    int previous = rules->m_initialOffset;
    for (const auto &transition : transitions) {
        if (transition.offsetFromUtc == previous)
            continue; // a change of name or of standard/daylight split only
        rules->m_transitions.push_back(transition.atUtc.toSecsSinceEpoch());
        rules->m_offsetsAfter.push_back(transition.offsetFromUtc);
        previous = transition.offsetFromUtc;
    }
    cache.insert(ianaId, rules);
    return rules;
}

std::shared_ptr<const ZoneRules> ZoneRules::forZoneOrUtc(const QByteArray &ianaId)
{
    auto rules = forZone(ianaId);
    return rules ? rules : forZone("UTC");
}

int ZoneRules::offsetAt(qint64 utcSeconds) const
{
    const auto it = std::upper_bound(m_transitions.begin(), m_transitions.end(), utcSeconds);
    return it == m_transitions.begin()
               ? m_initialOffset
               : m_offsetsAfter[std::size_t(it - m_transitions.begin() - 1)];
}

qint64 ZoneRules::localDay(qint64 utcSeconds) const
{
    return floorDiv(utcSeconds + offsetAt(utcSeconds), SecondsPerDay);
}

int ZoneRules::weekday(qint64 day)
{
    // 1970-01-01 was a Thursday (3 with Monday = 0).
    return int(((day + 3) % 7 + 7) % 7);
}

qint64 ZoneRules::hourStart(qint64 utcSeconds) const
{
    const qint64 candidate = wholeLocalHour(utcSeconds);
    // A change of offset between the candidate and the instant starts an hour of its own.
    const auto it = std::upper_bound(m_transitions.begin(), m_transitions.end(), utcSeconds);
    if (it != m_transitions.begin() && *(it - 1) > candidate)
        return *(it - 1);
    return candidate;
}

qint64 ZoneRules::nextHourStart(qint64 utcSeconds) const
{
    const qint64 next = wholeLocalHour(utcSeconds) + 3600;
    const auto it = std::upper_bound(m_transitions.begin(), m_transitions.end(), utcSeconds);
    return it != m_transitions.end() && *it < next ? *it : next;
}

qint64 ZoneRules::wholeLocalHour(qint64 utcSeconds) const
{
    const qint64 local = utcSeconds + offsetAt(utcSeconds);
    return utcSeconds - (local - floorDiv(local, 3600) * 3600);
}

qint64 ZoneRules::boundary(qint64 day, int minute) const
{
    const qint64 local = day * SecondsPerDay + qint64(minute) * 60;
    // Every offset that may be in force around that local time.
    const auto first =
        std::upper_bound(m_transitions.begin(), m_transitions.end(), local - MaxOffsetSeconds);
    const auto last =
        std::upper_bound(m_transitions.begin(), m_transitions.end(), local + MaxOffsetSeconds);

    qint64 best = std::numeric_limits<qint64>::max();
    auto consider = [&](int offset) {
        const qint64 candidate = local - offset;
        if (offsetAt(candidate) == offset)
            best = std::min(best, candidate); // the first of a repeated time wins
    };
    consider(offsetAt(local - MaxOffsetSeconds));
    for (auto it = first; it != last; ++it)
        consider(m_offsetsAfter[std::size_t(it - m_transitions.begin())]);
    if (best != std::numeric_limits<qint64>::max())
        return best;

    // The local time was skipped: the boundary takes effect when the clock jumps past it.
    for (auto it = first; it != last; ++it) {
        const std::size_t i = std::size_t(it - m_transitions.begin());
        const int before = i == 0 ? m_initialOffset : m_offsetsAfter[i - 1];
        const qint64 at = m_transitions[i];
        if (at + before <= local && local < at + m_offsetsAfter[i])
            return at;
    }
    return local - offsetAt(local);
}

} // namespace idlefleet::policy
