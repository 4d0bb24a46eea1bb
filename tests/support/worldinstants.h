#pragma once

// The instants tests pin their simulated worlds to (idlefleetd --world-start), so that what a
// test sees never depends on the wall clock's hour, date, zone or locale. Each is chosen for what
// happens then; the demo world's cars live in Europe (Berlin, Madrid, Warsaw, London, Paris).

#include <QDateTime>
#include <QTimeZone>

namespace worlds {

/// Wednesday 2026-11-18, 11:00 in Berlin: an ordinary working morning. Cars are parked at work
/// or at home, some below their floor, tariffs at day rates: several reasons block contributing.
inline QDateTime ordinaryDay()
{
    return QDateTime(QDate(2026, 11, 18), QTime(10, 0), Qt::UTC);
}

/// Wednesday 2026-11-18, 18:00 in Berlin: the evening commute. Some cars drive home, some are
/// parked unplugged, some plugged in outside their window: the fleet shows many reasons at once.
inline QDateTime evening()
{
    return QDateTime(QDate(2026, 11, 18), QTime(17, 0), Qt::UTC);
}

/// Thursday 2026-11-19, 03:00 in Berlin: every car at home at night, off-peak, most of them
/// contributing with no reason against it.
inline QDateTime night()
{
    return QDateTime(QDate(2026, 11, 19), QTime(2, 0), Qt::UTC);
}

/// Sunday 2026-03-29, 10:00 in Berlin: the day Europe's clocks went forward at 02:00 (a 23-hour
/// local day).
inline QDateTime europeClocksChange()
{
    return QDateTime(QDate(2026, 3, 29), QTime(8, 0), Qt::UTC);
}

/// Monday 2026-11-30, 23:30 in Berlin: the last half hour of a month.
inline QDateTime monthsLastDay()
{
    return QDateTime(QDate(2026, 11, 30), QTime(22, 30), Qt::UTC);
}

/// Thursday 2026-12-31, 23:30 in Berlin: the last half hour of a year.
inline QDateTime yearsLastDay()
{
    return QDateTime(QDate(2026, 12, 31), QTime(22, 30), Qt::UTC);
}

/// Monday 2026-06-22, 02:00 in Berlin: the start of a summer week, the longest days of the
/// year, for the energy-aware rules (a roof's solar surplus).
inline QDateTime summerWeek()
{
    return QDateTime(QDate(2026, 6, 22), QTime(0, 0), Qt::UTC);
}

/// `instant` as idlefleetd --world-start takes it.
inline QString argument(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODate);
}

/// The date of `instant` on a car's clock in `zone`.
inline QDate localDate(const QDateTime &instant, const char *zone = "Europe/Berlin")
{
    return instant.toTimeZone(QTimeZone(zone)).date();
}

} // namespace worlds
