// Money as people read it, formatted from integers in every language the app speaks: the same
// text Qt's own currency formatting gives where no rounding tie is involved, and ties rounded
// half away from zero where a double went wrong.

#include "earningsformat.h"
#include "moneyformat.h"

#include <QTest>

using namespace idlefleet::app;

class TestMoneyFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheLocalesPatternInEveryLanguage()
    {
        for (const char *name : {"en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "ja_JP", "ru_RU"}) {
            const QLocale locale{QLatin1String(name)};
            for (const qint64 micros : {qint64(0), qint64(1230000), qint64(-1230000),
                                        qint64(1234567890000), qint64(-70000), qint64(10000)}) {
                for (const char *currency : {"EUR", "USD", "JPY", "GBP"}) {
                    const QString code = QLatin1String(currency);
                    const int digits = code == QLatin1String("JPY") ? 0 : 2;
                    if (digits == 0 && micros > -500000 && micros < 0)
                        continue; // Qt writes -¥0.07 as "(¥0)"; an amount that rounds to 0 is 0
                    const QString expected =
                        locale.toCurrencyString(double(micros) / 1e6, currencySymbol(code), digits);
                    QCOMPARE(formatMoney(micros, code, locale), expected);
                }
            }
        }
    }

    void tiesRoundHalfAwayFromZero()
    {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(formatMoney(1015000, QStringLiteral("EUR"), english), QStringLiteral("€1.02"));
        QCOMPARE(formatMoney(-1015000, QStringLiteral("EUR"), english),
                 english.toCurrencyString(-1.02, QStringLiteral("€"), 2));
        QCOMPARE(formatMoney(2500000, QStringLiteral("JPY"), english), QStringLiteral("¥3"));
        QCOMPARE(formatMinorUnits(337, QStringLiteral("EUR"), QLocale(QLocale::German)),
                 QStringLiteral("3,37\u00A0€"));
    }

    /// A month named on its own, as a month picker and a notification name it: Russian's own
    /// form ("ноябрь"), not the one a date's day governs ("ноября").
    void aMonthStandsAloneInEveryLanguage()
    {
        const QDate november(2026, 11, 1);
        QCOMPARE(earnings::monthYearLong(november, QLocale(QLocale::English)),
                 QStringLiteral("November 2026"));
        QCOMPARE(earnings::monthYearLong(november, QLocale(QLocale::German)),
                 QStringLiteral("November 2026"));
        QCOMPARE(earnings::monthYearLong(november, QLocale(QLocale::Russian)),
                 QStringLiteral("ноябрь 2026"));
        QCOMPARE(earnings::monthYearLong(november, QLocale(QLocale::Japanese)),
                 QStringLiteral("2026年11月"));
        QCOMPARE(earnings::monthYearLong(QDate(2026, 5, 1), QLocale(QLocale::Russian)),
                 QStringLiteral("май 2026"));
    }

    /// Energy in the fleet table reads as everywhere else: kWh, the language's unit and digits.
    void energyReadsAlikeEverywhere()
    {
        QCOMPARE(earnings::formatEnergy(350, QLocale(QLocale::English)),
                 QStringLiteral("0.35 kWh"));
        QCOMPARE(earnings::formatEnergy(1234567, QLocale(QLocale::German)),
                 QStringLiteral("1.234,57 kWh"));
    }
};

QTEST_GUILESS_MAIN(TestMoneyFormat)
#include "test_moneyformat.moc"
