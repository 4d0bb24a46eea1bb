#pragma once

#include <QLocale>
#include <QString>

namespace idlefleet::app {

/// The symbol people write for an ISO 4217 code ("€" for EUR), or the code when no locale
/// knows one.
QString currencySymbol(const QString &currencyCode);

/// Integer micros of an ISO 4217 currency as a person reads them in `locale`: the currency's own
/// symbol (€, $, £, ¥) where one is known, else its code; in the currency's minor unit (two
/// decimals, none for JPY), rounded once half away from zero and formatted from integers.
QString formatMoney(qint64 micros, const QString &currency, const QLocale &locale = QLocale());
/// The same for an amount already in minor units (a document's adjusted row).
QString formatMinorUnits(qint64 units, const QString &currency, const QLocale &locale = QLocale());

/// `units` with `digits` decimals ("1,234.5" for 12345 and 1 in English), from integers, with
/// the locale's grouping, decimal point and sign.
QString formatDecimal(qint64 units, int digits, const QLocale &locale = QLocale());

/// Watt-hours as kWh with `decimals` places, in `locale`.
QString formatKwh(qint64 wattHours, const QLocale &locale = QLocale(), int decimals = 2);

/// A mass of CO2 as people read it: "850 g" below a kilogram, "1.3 kg" (rounded once, half
/// away from zero) from there, in `locale`.
QString formatCarbon(qint64 grams, const QLocale &locale = QLocale());

} // namespace idlefleet::app
