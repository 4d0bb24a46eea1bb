#include "earningsformat.h"

#include "money.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace idlefleet::app::earnings {

QString decimalFromMicros(qint64 micros)
{
    // The magnitude as unsigned, so that the most negative amount does not overflow.
    const quint64 magnitude = micros < 0 ? quint64(0) - quint64(micros) : quint64(micros);
    return QStringLiteral("%1%2.%3")
        .arg(micros < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 1000000U)
        .arg(magnitude % 1000000U, 6, 10, QLatin1Char('0'));
}

QString formatEnergy(qint64 wattHours, const QLocale &locale)
{
    return formatEnergyUnits(divideRounded(wattHours, 10), locale);
}

QString formatEnergyUnits(qint64 tensOfWattHours, const QLocale &locale)
{
    return QCoreApplication::translate("idlefleet::app::earnings", "%1 kWh", "energy")
        .arg(formatDecimal(tensOfWattHours, 2, locale));
}

QString formatHours(qint64 minutes, const QLocale &locale)
{
    return formatHoursUnits(divideRounded(minutes, 6), locale);
}

QString formatHoursUnits(qint64 tenthsOfHours, const QLocale &locale)
{
    return QCoreApplication::translate("idlefleet::app::earnings", "%1 h", "hours of compute")
        .arg(formatDecimal(tenthsOfHours, 1, locale));
}

QString dayMonthFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("y+")));
    // The year's separator goes with it, at either end or doubled in the middle.
    static const QRegularExpression edges(QStringLiteral("^[^dM]+|[^dM]+$"));
    format.remove(edges);
    format.replace(QRegularExpression(QStringLiteral("([^dM])[^dM]+")), QStringLiteral("\\1"));
    return format.isEmpty() ? QStringLiteral("d MMM") : format;
}

QString monthYear(const QDate &date, const QLocale &locale)
{
    if (locale.language() == QLocale::Japanese || locale.language() == QLocale::Chinese)
        return locale.toString(date, QStringLiteral("yyyy年M月"));
    return locale.toString(date, QStringLiteral("MMM yyyy"));
}

QString monthYearLong(const QDate &date, const QLocale &locale)
{
    if (locale.language() == QLocale::Japanese || locale.language() == QLocale::Chinese)
        return locale.toString(date, QStringLiteral("yyyy年M月"));
    // The month's own name ("ноябрь"), not the form a date's day governs ("ноября", MMMM).
    return locale.standaloneMonthName(date.month(), QLocale::LongFormat) + QLatin1Char(' ') +
           locale.toString(date, QStringLiteral("yyyy"));
}

} // namespace idlefleet::app::earnings
