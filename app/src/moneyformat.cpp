#include "moneyformat.h"

#include "money.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace idlefleet::app {
namespace {

/// `units` in `locale`'s digits: grouped whole part, its decimal point, the minor digits.
QString localeDecimal(quint64 units, int digits, const QLocale &locale)
{
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QString text = locale.toString(qulonglong(units / scale));
    if (digits > 0) {
        const QString fraction =
            QStringLiteral("%1").arg(units % scale, digits, 10, QLatin1Char('0'));
        // The locale's own digits (the same as ASCII in every language the app speaks).
        QString localFraction;
        for (const QChar c : fraction)
            localFraction += locale.toString(c.digitValue());
        text += locale.decimalPoint() + localFraction;
    }
    return text;
}

} // namespace

QString currencySymbol(const QString &currencyCode)
{
    static QMutex mutex;
    static QHash<QString, QString> symbols;
    const QMutexLocker lock(&mutex);
    if (symbols.isEmpty()) {
        // The first locale that uses a currency names its symbol; the territory's main language
        // comes first in Qt's list, so EUR gets "€".
        const auto all = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                  QLocale::AnyTerritory);
        for (const QLocale &locale : all) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (!code.isEmpty() && !symbols.contains(code))
                symbols.insert(code, locale.currencySymbol(QLocale::CurrencySymbol));
        }
        // Locales in which a currency is not their own write it with a sign of its own.
        symbols.insert(QStringLiteral("USD"), QStringLiteral("$"));
        symbols.insert(QStringLiteral("GBP"), QStringLiteral("£"));
        symbols.insert(QStringLiteral("JPY"), QStringLiteral("¥"));
    }
    const QString symbol = symbols.value(currencyCode);
    return symbol.isEmpty() ? currencyCode : symbol;
}

QString formatMoney(qint64 micros, const QString &currency, const QLocale &locale)
{
    return formatMinorUnits(toMinorUnits(micros, minorUnitDigits(currency)), currency, locale);
}

QString formatMinorUnits(qint64 units, const QString &currency, const QLocale &locale)
{
    // The locale's pattern (where the symbol and the sign go) from a one without decimals, with
    // the amount itself formatted from integers in its place.
    const QString symbol = currencySymbol(currency);
    const QString pattern = locale.toCurrencyString(units < 0 ? -1 : 1, symbol);
    const QString one = locale.toString(1);
    const int at = pattern.lastIndexOf(one);
    const quint64 magnitude = units < 0 ? 0 - quint64(units) : quint64(units);
    const QString number = localeDecimal(magnitude, minorUnitDigits(currency), locale);
    if (at < 0)
        return (units < 0 ? locale.negativeSign() : QString()) + number + QLatin1Char(' ') + symbol;
    return pattern.left(at) + number + pattern.mid(at + one.size());
}

QString formatDecimal(qint64 units, int digits, const QLocale &locale)
{
    const quint64 magnitude = units < 0 ? 0 - quint64(units) : quint64(units);
    return (units < 0 ? locale.negativeSign() : QString()) +
           localeDecimal(magnitude, digits, locale);
}

QString formatKwh(qint64 wattHours, const QLocale &locale, int decimals)
{
    return locale.toString(double(wattHours) / 1000.0, 'f', decimals);
}

QString formatCarbon(qint64 grams, const QLocale &locale)
{
    if (grams > -1000 && grams < 1000)
        return QCoreApplication::translate("Units", "%1 g").arg(locale.toString(grams));
    return QCoreApplication::translate("Units", "%1 kg")
        .arg(formatDecimal(divideRounded(grams, 100), 1, locale));
}

} // namespace idlefleet::app
