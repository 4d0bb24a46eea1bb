#pragma once

#include "moneyformat.h" // formatMoney, currencySymbol: one for the whole app

#include <QDate>
#include <QLocale>
#include <QString>

namespace idlefleet::app::earnings {

/// `micros` as an exact decimal with six places ("-12.345678"), by integer arithmetic: the
/// form the statement's CSV keeps money in.
QString decimalFromMicros(qint64 micros);

/// Energy in kWh with two decimals ("12.35 kWh"), rounded once half away from zero.
QString formatEnergy(qint64 wattHours, const QLocale &locale = {});
/// The same for an amount already in tens of watt-hours (a document's adjusted row).
QString formatEnergyUnits(qint64 tensOfWattHours, const QLocale &locale = {});

/// Contributing time in hours with one decimal ("3.5 h"), rounded once half away from zero.
QString formatHours(qint64 minutes, const QLocale &locale = {});
/// The same for an amount already in tenths of an hour (6 minutes).
QString formatHoursUnits(qint64 tenthsOfHours, const QLocale &locale = {});

/// The locale's short date without its year ("3/5" in English, "05.03" in German).
QString dayMonthFormat(const QLocale &locale);

/// The locale's month and year ("Mar 2026", "2026年3月").
QString monthYear(const QDate &date, const QLocale &locale);
/// The month's full name, as it stands alone, and the year ("November 2026", "ноябрь 2026",
/// "2026年11月").
QString monthYearLong(const QDate &date, const QLocale &locale);

} // namespace idlefleet::app::earnings
