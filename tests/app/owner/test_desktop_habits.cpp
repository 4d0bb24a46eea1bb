// The app's manners on a desktop: closing the window while a tray icon is shown keeps the app
// running and says so once for good; without a tray, closing quits. The socket a second start
// talks to shows the window for the one thing it is asked, and drops anything else. The desktop's
// dark preference is read from the desktop portal and followed as it changes (a portal on a
// session bus of the test's own, dbus-run-session).

#include "closetotray.h"
#include "singleinstance.h"
#include "systemcolorscheme.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusVariant>
#include <QGuiApplication>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace idlefleet::app;

/// The desktop portal's settings, as xdg-desktop-portal serves them: Read() answers a variant in
/// a variant, SettingChanged tells a change.
class PortalSettings : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    explicit PortalSettings(QObject *parent)
        : QDBusAbstractAdaptor(parent)
    {}

    uint scheme = 1;

public Q_SLOTS:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        const bool known = group == QLatin1String("org.freedesktop.appearance") &&
                           key == QLatin1String("color-scheme");
        return QDBusVariant(QVariant::fromValue(QDBusVariant(known ? scheme : 0u)));
    }

Q_SIGNALS:
    void SettingChanged(const QString &group, const QString &key, const QDBusVariant &value);
};

class TestDesktopHabits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    }

    void withoutATrayClosingQuits()
    {
        QWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CloseToTray closing(&window, false);
        QVERIFY(!closing.keepsRunning());
        QVERIFY(QGuiApplication::quitOnLastWindowClosed());
    }

    void withATrayClosingHidesTheWindowAndSaysSoOnce()
    {
        QWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        {
            CloseToTray closing(&window, true);
            QSignalSpy told(&closing, &CloseToTray::firstClosed);
            QVERIFY(closing.keepsRunning());
            QVERIFY(!QGuiApplication::quitOnLastWindowClosed());
            QVERIFY(window.close());
            QVERIFY(!window.isVisible());
            QCOMPARE(told.count(), 1);
            // Opened from the tray and closed again: nothing more is said.
            window.show();
            QVERIFY(window.close());
            QCOMPARE(told.count(), 1);
        }
        // Nor after a restart: it was said for good.
        window.show();
        CloseToTray restarted(&window, true);
        QSignalSpy told(&restarted, &CloseToTray::firstClosed);
        QVERIFY(window.close());
        QCOMPARE(told.count(), 0);
    }

    void theDesktopsDarkPreferenceIsReadAndFollowed()
    {
        // The portal on a connection of its own, as another process would be.
        QDBusConnection bus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("portal"));
        QVERIFY2(bus.isConnected(), "the test runs on a session bus of its own (dbus-run-session)");
        QObject portal;
        auto *settings = new PortalSettings(&portal);
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &portal,
                                   QDBusConnection::ExportAdaptors));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop")));

        SystemColorScheme scheme;
        QTRY_VERIFY(scheme.known());
        QCOMPARE(scheme.preference(), SystemColorScheme::PreferDark);
        QSignalSpy changed(&scheme, &SystemColorScheme::changed);
        settings->scheme = 2;
        Q_EMIT settings->SettingChanged(QStringLiteral("org.freedesktop.appearance"),
                                        QStringLiteral("color-scheme"), QDBusVariant(2u));
        QTRY_COMPARE(scheme.preference(), SystemColorScheme::PreferLight);
        QCOMPARE(changed.count(), 1);
        // Another setting, or a value that is not a scheme, changes nothing of it.
        Q_EMIT settings->SettingChanged(QStringLiteral("org.freedesktop.appearance"),
                                        QStringLiteral("accent-color"), QDBusVariant(1u));
        Q_EMIT settings->SettingChanged(QStringLiteral("org.freedesktop.appearance"),
                                        QStringLiteral("color-scheme"), QDBusVariant(7u));
        QTRY_COMPARE(scheme.preference(), SystemColorScheme::NoPreference);
        QCOMPARE(changed.count(), 2);
        bus.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/portal/desktop"));
        QDBusConnection::disconnectFromBus(QStringLiteral("portal"));
    }

    void theSocketShowsTheWindowForItsOneRequestOnly()
    {
        const QString name =
            QStringLiteral("idlefleet-test-%1").arg(QCoreApplication::applicationPid());
        SingleInstance running(name);
        QString error;
        QVERIFY2(running.listen(&error), qPrintable(error));
        QSignalSpy shown(&running, &SingleInstance::showRequested);

        // What a second start sends.
        QLocalSocket second;
        second.connectToServer(name);
        QVERIFY(second.waitForConnected(5000));
        second.write("show\n");
        QTRY_VERIFY(second.canReadLine());
        QCOMPARE(second.readLine(), QByteArray("shown\n"));
        QCOMPARE(shown.count(), 1);

        // Anything else: the connection is dropped and nothing is shown.
        QLocalSocket stranger;
        stranger.connectToServer(name);
        QVERIFY(stranger.waitForConnected(5000));
        stranger.write("quit\n");
        QTRY_COMPARE(stranger.state(), QLocalSocket::UnconnectedState);
        QLocalSocket flood;
        flood.connectToServer(name);
        QVERIFY(flood.waitForConnected(5000));
        flood.write(QByteArray(100000, 'x'));
        QTRY_COMPARE_WITH_TIMEOUT(flood.state(), QLocalSocket::UnconnectedState, 10000);
        QCOMPARE(shown.count(), 1);

        // And the running app still answers.
        QLocalSocket again;
        again.connectToServer(name);
        QVERIFY(again.waitForConnected(5000));
        again.write("show\n");
        QTRY_VERIFY(again.canReadLine());
        QCOMPARE(shown.count(), 2);
    }
};

QTEST_MAIN(TestDesktopHabits)
#include "test_desktop_habits.moc"
