#include "moneyformat.h"

#include <QHash>
#include <QMutex>

namespace idlefleet::app {
namespace {

/// The symbol the currency's home locale writes, found once per code.
QString symbolOf(const QString &currency)
{
    static QMutex mutex;
    static QHash<QString, QString> symbols;
    const QMutexLocker lock(&mutex);
    const auto found = symbols.constFind(currency);
    if (found != symbols.constEnd())
        return *found;
    QString symbol = currency;
    const auto locales =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &locale : locales) {
        if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency) {
            const QString candidate = locale.currencySymbol(QLocale::CurrencySymbol);
            // Prefer a symbol that names this currency alone ($ is also CAD, AUD...).
            if (!candidate.isEmpty()) {
                symbol = candidate;
                if (locale.language() == QLocale::English || currency != QLatin1String("USD"))
                    break;
            }
        }
    }
    symbols.insert(currency, symbol);
    return symbol;
}

int minorDigits(const QString &currency)
{
    static const QStringList none = {QStringLiteral("JPY"), QStringLiteral("KRW"),
                                     QStringLiteral("ISK"), QStringLiteral("CLP")};
    return none.contains(currency) ? 0 : 2;
}

} // namespace

QString formatMoney(qint64 micros, const QString &currency, const QLocale &locale)
{
    return locale.toCurrencyString(double(micros) / 1e6, symbolOf(currency), minorDigits(currency));
}

QString formatKwh(qint64 wattHours, const QLocale &locale, int decimals)
{
    return locale.toString(double(wattHours) / 1000.0, 'f', decimals);
}

} // namespace idlefleet::app
