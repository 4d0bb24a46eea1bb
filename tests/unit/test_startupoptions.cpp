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

    /// An owner has no organisation page: asked for one, the app says so instead of opening
    /// another page; a fleet manager has it.
    void aPageTheAccountDoesNotHaveIsRefused()
    {
        const auto pagesOf = [](const QString &account) {
            return account == QLatin1String("fleet")
                       ? QStringList{QStringLiteral("Fleet"), QStringLiteral("Dashboard")}
                       : QStringList{QStringLiteral("Dashboard")};
        };
        const QStringList all{QStringLiteral("Dashboard"), QStringLiteral("Fleet")};
        StartupOptions options;
        QString error;
        QVERIFY(!parseStartupOptions(args({"--as", "owner", "--page", "Fleet"}), all, &options,
                                     &error, pagesOf));
        QCOMPARE(error, QStringLiteral("--page: 'Fleet' is not a page of the owner account (its "
                                       "pages: Dashboard)"));
        QVERIFY(!parseStartupOptions(args({"--demo", "--page", "Fleet"}), all, &options, &error,
                                     pagesOf));
        QVERIFY2(error.contains(QStringLiteral("of the owner account")), qPrintable(error));
        QVERIFY2(parseStartupOptions(args({"--as", "fleet", "--page", "Fleet"}), all, &options,
                                     &error, pagesOf),
                 qPrintable(error));
        QCOMPARE(options.page, QStringLiteral("Fleet"));
    }
};

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "test_startupoptions.moc"
