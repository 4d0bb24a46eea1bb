#include "money.h"
#include "tlspin.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace idlefleet;

class TestCoreUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
