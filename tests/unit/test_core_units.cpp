#include "money.h"
#include "tlspin.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace idlefleet;

class TestCoreUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minorUnitsRoundOnceHalfAwayFromZero()
    {
        QCOMPARE(minorUnitDigits(QStringLiteral("EUR")), 2);
        QCOMPARE(minorUnitDigits(QStringLiteral("JPY")), 0);
        QCOMPARE(minorUnitDigits(QStringLiteral("KWD")), 3);
        // 1.015 EUR is 1.02 (through a double it was 1.01: 1.015 is 1.01499... as a double).
        QCOMPARE(toMinorUnits(1015000, 2), qint64(102));
        QCOMPARE(toMinorUnits(-1015000, 2), qint64(-102));
        QCOMPARE(toMinorUnits(5000, 2), qint64(1));
        QCOMPARE(toMinorUnits(-5000, 2), qint64(-1));
        QCOMPARE(toMinorUnits(4999, 2), qint64(0));
        QCOMPARE(toMinorUnits(2500000, 0), qint64(3)); // ¥2.5 is ¥3
        QCOMPARE(plainDecimal(102, 2), QStringLiteral("1.02"));
        QCOMPARE(plainDecimal(-1, 2), QStringLiteral("-0.01"));
        QCOMPARE(plainDecimal(0, 2), QStringLiteral("0.00"));
        QCOMPARE(plainDecimal(1234567, 0), QStringLiteral("1234567"));
        QCOMPARE(plainDecimal(-5, 3), QStringLiteral("-0.005"));
        QCOMPARE(plainDecimal(std::numeric_limits<qint64>::min(), 2),
                 QStringLiteral("-92233720368547758.08"));
    }

    void rowsOfADocumentAddUpToItsTotal()
    {
        // The case: day rows that rounded on their own added up to 3.24 under 3.33.
        const std::vector<qint64> days(9, 370000); // nine days of 0.37 EUR each: 3.33
        std::vector<qint64> shifted = days;
        for (qint64 &d : shifted)
            d += 4000; // 0.374 each: rows of 0.37 add up to 3.33 under a total of 3.37
        const auto rows = rowsAddingUp(shifted, 10000);
        qint64 sum = 0;
        for (qint64 r : rows)
            sum += r;
        QCOMPARE(sum, qint64(337));
        // The four extra cents go to the first four rows (equal remainders: the earlier row).
        QCOMPARE(rows[0], qint64(38));
        QCOMPARE(rows[3], qint64(38));
        QCOMPARE(rows[4], qint64(37));
        // Random rows, negative ones too: they always add up to the total rounded once, and
        // each row is its value rounded down or up.
        QRandomGenerator random(99);
        for (int round = 0; round < 2000; ++round) {
            std::vector<qint64> values(std::size_t(random.bounded(1, 40)));
            Int128 total = 0;
            for (qint64 &v : values) {
                v = qint64(random.bounded(0, 2000000)) - 500000;
                total += v;
            }
            const qint64 unit = round % 2 ? 10000 : 10;
            const auto adjusted = rowsAddingUp(values, unit);
            qint64 shown = 0;
            for (std::size_t i = 0; i < values.size(); ++i) {
                const qint64 down =
                    values[i] >= 0 ? values[i] / unit : -((-values[i] + unit - 1) / unit);
                QVERIFY(adjusted[i] == down || adjusted[i] == down + 1);
                shown += adjusted[i];
            }
            QCOMPARE(shown, divideRounded(total, unit));
        }
    }

    void moneyAddsWithinOneCurrency()
    {
        const Money a{1500000, QStringLiteral("EUR")};
        const Money b{-250000, QStringLiteral("EUR")};
        QCOMPARE(a.plus(b), std::optional<Money>(Money{1250000, QStringLiteral("EUR")}));
        QVERIFY(!a.plus(Money{1, QStringLiteral("USD")}));
        const Money most{std::numeric_limits<qint64>::max(), QStringLiteral("EUR")};
        QVERIFY(!most.plus(Money{1, QStringLiteral("EUR")}));
    }

    void currencyCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("EUR") << QStringLiteral("EUR") << true;
        QTest::newRow("JPY") << QStringLiteral("JPY") << true;
        QTest::newRow("lower") << QStringLiteral("eur") << false;
        QTest::newRow("short") << QStringLiteral("EU") << false;
        QTest::newRow("long") << QStringLiteral("EURO") << false;
        QTest::newRow("digit") << QStringLiteral("E1R") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void currencyCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(isCurrencyCode(code), valid);
    }

    void energyCost_data()
    {
        QTest::addColumn<qint64>("wattHours");
        QTest::addColumn<qint64>("microsPerKwh");
        QTest::addColumn<qint64>("expected");
        // 6.2 kWh at 0.12 EUR/kWh is 0.744 EUR.
        QTest::newRow("night") << qint64(6200) << qint64(120000) << qint64(744000);
        QTest::newRow("half rounds up") << qint64(1) << qint64(500) << qint64(1);
        QTest::newRow("below half rounds down") << qint64(1) << qint64(499) << qint64(0);
        QTest::newRow("negative price") << qint64(1000) << qint64(-35000) << qint64(-35000);
        QTest::newRow("negative half") << qint64(1) << qint64(-500) << qint64(-1);
        QTest::newRow("zero") << qint64(0) << qint64(320000) << qint64(0);
    }
    void energyCost()
    {
        QFETCH(qint64, wattHours);
        QFETCH(qint64, microsPerKwh);
        QFETCH(qint64, expected);
        QCOMPARE(energyCostMicros(wattHours, microsPerKwh), std::optional<qint64>(expected));
    }

    void roundingIsHalfAwayFromZeroBothWays()
    {
        // One hour at 500 W and -0.30 EUR/kWh: price x watts x minutes / 60,000 = -150,000 exactly.
        QCOMPARE(divideRounded(Int128(-300000) * 500 * 60, 60000), qint64(-150000));
        QCOMPARE(divideRounded(Int128(300000) * 500 * 60, 60000), qint64(150000));
        QCOMPARE(divideRounded(-30, 60), qint64(-1));
        QCOMPARE(divideRounded(-29, 60), qint64(0));
        QCOMPARE(divideRounded(30, 60), qint64(1));
        QCOMPARE(divideRounded(29, 60), qint64(0));
        // Far past 64 bits in the middle, back inside them at the end.
        const Int128 huge = Int128(std::numeric_limits<qint64>::max()) * 60000;
        QCOMPARE(divideRounded(huge, 60000), std::numeric_limits<qint64>::max());
    }

    void energyCostOverflowIsRefused()
    {
        QVERIFY(!energyCostMicros(std::numeric_limits<qint64>::max() / 10, 1000000000000));
    }

    // The pin must be exactly what OpenSSL's own tools compute for the same certificate.
    void pinMatchesOpenSslTools()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString der = dir.filePath(QStringLiteral("cert.der"));
        QCOMPARE(QProcess::execute(
                     QStringLiteral("openssl"),
                     {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                      QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                      QStringLiteral("-subj"), QStringLiteral("/CN=pin-test"),
                      QStringLiteral("-days"), QStringLiteral("1")}),
                 0);
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                                   {QStringLiteral("x509"), QStringLiteral("-in"), cert,
                                    QStringLiteral("-outform"), QStringLiteral("der"),
                                    QStringLiteral("-out"), der}),
                 0);
        QProcess pipeline;
        pipeline.start(QStringLiteral("sh"),
                       {QStringLiteral("-c"),
                        QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey "
                                       "-pubin -outform der | openssl dgst -sha256 -binary | "
                                       "base64")
                            .arg(cert)});
        QVERIFY(pipeline.waitForFinished(20000));
        const QString expected = QString::fromLatin1(pipeline.readAllStandardOutput()).trimmed();
        QCOMPARE(expected.size(), 44);

        QFile derFile(der);
        QVERIFY(derFile.open(QIODevice::ReadOnly));
        const QString pin = spkiSha256Pin(derFile.readAll());
        QCOMPARE(pin, expected);
        QVERIFY(isWellFormedPin(pin));
    }

    void pinOfGarbageIsEmpty()
    {
        QVERIFY(spkiSha256Pin(QByteArray()).isEmpty());
        QVERIFY(spkiSha256Pin(QByteArrayLiteral("\x30\x82\xff\xff not a certificate")).isEmpty());
    }

    void pinShape()
    {
        QVERIFY(isWellFormedPin(QStringLiteral("wgiF8+Py54dMQArofgKko6lI6Rk+9olxdDnr/F/1rww=")));
        QVERIFY(!isWellFormedPin(QStringLiteral("wgiF8+Py54dMQArofgKko6lI6Rk+9olxdDnr/F/1rww")));
        QVERIFY(!isWellFormedPin(QStringLiteral("!giF8+Py54dMQArofgKko6lI6Rk+9olxdDnr/F/1rww=")));
        QVERIFY(!isWellFormedPin(QString()));
    }
};

QTEST_GUILESS_MAIN(TestCoreUnits)
#include "test_core_units.moc"
