// The app's manners on a desktop: closing the window while a tray icon is shown keeps the app
// running and says so once for good; without a tray, closing quits. The socket a second start
// talks to shows the window for the one thing it is asked, and drops anything else. The desktop's
// dark preference is read from the desktop portal and followed as it changes (a portal on a
// session bus of the test's own, dbus-run-session).

#include "appsettings.h"
#include "closetotray.h"
#include "singleinstance.h"
#include "systemcolorscheme.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusVariant>
#include <QDir>
#include <QFile>
#include <QFuture>
#include <QGuiApplication>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <memory>
#include <vector>

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

    /// The window closed as the person closes it (through the window system, as its × does).
    static void closeByHand(QWindow *window) { QVERIFY(window->close()); }

    void withoutATrayClosingSaysNothing()
    {
        QWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CloseToTray closing(&window, false);
        QSignalSpy told(&closing, &CloseToTray::firstClosed);
        QVERIFY(!closing.keepsRunning());
        closeByHand(&window);
        QVERIFY(!window.isVisible());
        QCOMPARE(told.count(), 0);
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
            closeByHand(&window);
            QVERIFY(!window.isVisible());
            QCOMPARE(told.count(), 1);
            // Opened from the tray and closed again: nothing more is said.
            window.show();
            closeByHand(&window);
            QCOMPARE(told.count(), 1);
        }
        // Nor after a restart: it was said for good.
        window.show();
        CloseToTray restarted(&window, true);
        QSignalSpy told(&restarted, &CloseToTray::firstClosed);
        closeByHand(&window);
        QCOMPARE(told.count(), 0);
    }

    void quittingClosesTheWindowWithoutAWord()
    {
        AppSettings().remove(QStringLiteral("toldAboutTray"));
        QWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CloseToTray closing(&window, true);
        QSignalSpy told(&closing, &CloseToTray::firstClosed);
        // The tray's Quit: the application gets its Quit event, and its windows close on the
        // way out.
        QEvent quit(QEvent::Quit);
        QCoreApplication::sendEvent(qApp, &quit);
        closeByHand(&window);
        QVERIFY(!window.isVisible());
        QCOMPARE(told.count(), 0);
        QVERIFY(!AppSettings().value(QStringLiteral("toldAboutTray"), false).toBool());
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
        // Another setting changes nothing; a value that is not a scheme is no preference.
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

    void aSecondStartHandsOverAndTheSocketAnswersNothingElse()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        SingleInstance running(runtime.path(), QStringLiteral("idlefleet-test"));
        QString error;
        QCOMPARE(running.claim(&error), SingleInstance::First);
        QSignalSpy shown(&running, &SingleInstance::showRequested);

        // A second start (in a thread of its own, as in a process of its own) hands over.
        QFuture<SingleInstance::Outcome> second = QtConcurrent::run([&runtime] {
            SingleInstance later(runtime.path(), QStringLiteral("idlefleet-test"));
            QString problem;
            return later.claim(&problem, 5000);
        });
        QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), 10000);
        QCOMPARE(second.result(), SingleInstance::HandedOver);
        QCOMPARE(shown.count(), 1);

        // Anything but the one request: the connection is dropped and nothing is shown.
        QLocalSocket stranger;
        stranger.connectToServer(running.socketPath());
        QVERIFY(stranger.waitForConnected(5000));
        stranger.write("quit\n");
        QTRY_COMPARE(stranger.state(), QLocalSocket::UnconnectedState);
        QLocalSocket flood;
        flood.connectToServer(running.socketPath());
        QVERIFY(flood.waitForConnected(5000));
        flood.write(QByteArray(100000, 'x'));
        QTRY_COMPARE_WITH_TIMEOUT(flood.state(), QLocalSocket::UnconnectedState, 10000);
        // Connections that say nothing are closed after a while, and at most a few are kept.
        std::vector<std::unique_ptr<QLocalSocket>> silent;
        for (int i = 0; i < 12; ++i) {
            silent.push_back(std::make_unique<QLocalSocket>());
            silent.back()->connectToServer(running.socketPath());
            QVERIFY(silent.back()->waitForConnected(5000));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(silent.cbegin(), silent.cend(),
                        [](const auto &s) { return s->state() == QLocalSocket::UnconnectedState; }),
            15000);
        QCOMPARE(shown.count(), 1);

        // And the running app still answers.
        QLocalSocket again;
        again.connectToServer(running.socketPath());
        QVERIFY(again.waitForConnected(5000));
        again.write("show\n");
        QTRY_VERIFY(again.canReadLine());
        QCOMPARE(again.readLine(), QByteArray("shown\n"));
        QCOMPARE(shown.count(), 2);
    }

    void aCrashedAppsLockAndSocketAreTakenOver()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        // What a killed app leaves: a lock naming a process that is gone, and a socket file.
        QFile lock(QDir(runtime.path()).filePath(QStringLiteral("idlefleet-test.lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("999999999\nidlefleet\n\n");
        lock.close();
        QFile socket(QDir(runtime.path()).filePath(QStringLiteral("idlefleet-test.socket")));
        QVERIFY(socket.open(QIODevice::WriteOnly));
        socket.close();
        SingleInstance next(runtime.path(), QStringLiteral("idlefleet-test"));
        QString error;
        QCOMPARE(next.claim(&error), SingleInstance::First);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_MAIN(TestDesktopHabits)
#include "test_desktop_habits.moc"
