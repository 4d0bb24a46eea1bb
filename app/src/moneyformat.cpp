#include "moneyformat.h"

#include <QHash>
#include <QMutex>

namespace idlefleet::app {
namespace {

int minorDigits(const QString &currency)
{
    static const QStringList none = {QStringLiteral("JPY"), QStringLiteral("KRW"),
                                     QStringLiteral("ISK"), QStringLiteral("CLP")};
    return none.contains(currency) ? 0 : 2;
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
    return locale.toCurrencyString(double(micros) / 1e6, currencySymbol(currency),
                                   minorDigits(currency));
}

QString formatKwh(qint64 wattHours, const QLocale &locale, int decimals)
{
    return locale.toString(double(wattHours) / 1000.0, 'f', decimals);
}

} // namespace idlefleet::app
