#include "startupoptions.h"

#include <QTest>

using namespace idlefleet::app;

class TestStartupOptions : public QObject
{
    Q_OBJECT

    const QStringList pages{QStringLiteral("Dashboard")};

    static QStringList args(std::initializer_list<const char *> list)
    {
        QStringList out{QStringLiteral("idlefleet")};
        for (const char *arg : list)
            out << QString::fromUtf8(arg);
        return out;
    }

private Q_SLOTS:
    void acceptsTheContract()
    {
        StartupOptions options;
        QString error;
        QVERIFY2(parseStartupOptions(
                     args({"--demo", "--as", "owner", "--page", "Dashboard", "--language", "ja",
                           "--theme", "dark", "--screenshot", "out.png"}),
                     pages, &options, &error),
                 qPrintable(error));
        QVERIFY(options.demo);
        QVERIFY(options.darkTheme);
        QCOMPARE(options.language, QStringLiteral("ja"));
        QCOMPARE(options.screenshotFile, QStringLiteral("out.png"));
    }

    void namesWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("page") << args({"--page", "Nowhere"}) << QStringLiteral("--page: 'Nowhere'");
        QTest::newRow("language") << args({"--language", "xx"})
                                  << QStringLiteral("--language: 'xx'");
        QTest::newRow("theme") << args({"--theme", "blue"}) << QStringLiteral("--theme: 'blue'");
        QTest::newRow("account") << args({"--as", "admin"}) << QStringLiteral("--as: 'admin'");
        QTest::newRow("png") << args({"--screenshot", "out.jpg"})
                             << QStringLiteral("--screenshot:");
        QTest::newRow("unknown") << args({"--frobnicate"}) << QStringLiteral("Unknown option");
        QTest::newRow("positional") << args({"extra"}) << QStringLiteral("unexpected argument");
    }
    void namesWhatIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        StartupOptions options;
        QString error;
        QVERIFY(!parseStartupOptions(arguments, pages, &options, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "test_startupoptions.moc"
