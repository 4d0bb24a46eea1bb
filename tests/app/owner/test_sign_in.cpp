// Signing in with an account of one's own against a real idlefleetd over TLS: every refusal in
// plain words, the session kept across a restart of the app (never the password), sign-out.

#include "appstate.h"
#include "backendprocess.h"
#include "demobackend.h"
#include "fleetclient.h"
#include "navigation.h"
#include "preferences.h"
#include "waituntil.h"
#include "worldinstants.h"

#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace idlefleet;
using namespace idlefleet::app;

class SignInTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusalsNameWhatIsWrong();
    void signInLeavesDemoModeAndSurvivesARestart();

private:
    static bool waitSignIn(AppState &state);
    QTemporaryDir m_home;
    BackendProcess m_backend;
};

void SignInTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Qt's test mode keeps the app's settings, data and keys out of the user's folders: it puts
    // them under HOME/.qttest, and HOME is this test's own folder.
    qputenv("HOME", m_home.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("IDLEFLEET_NO_KEYCHAIN", "1");
    QCoreApplication::setApplicationName(QStringLiteral("idlefleet"));
    QVERIFY2(m_backend.start(m_home.filePath(QStringLiteral("backend")), worlds::ordinaryDay(),
                             {QStringLiteral("--demo-world")}),
             qPrintable(m_backend.error()));
}

bool SignInTest::waitSignIn(AppState &state)
{
    return QTest::qWaitFor([&] { return !state.signInBusy(); }, 30000);
}

void SignInTest::refusalsNameWhatIsWrong()
{
    // Demo mode is what the app is in before; a sign-in is checked before anything is sent.
    Preferences preferences(nullptr);
    Navigation navigation(nullptr);
    AppState state(preferences, navigation, true, DemoBackend::defaultDataDir());
    state.setDemoWorldStart(worlds::argument(worlds::ordinaryDay()));
    const QString url = m_backend.url().toString();
    state.signIn(QStringLiteral("http://127.0.0.1:1"), m_backend.pin(), QStringLiteral("a@b"),
                 QStringLiteral("x"));
    QVERIFY(state.signInError().contains(QLatin1String("https://")));
    state.signIn(url, QStringLiteral("not-a-pin"), QStringLiteral("a@b"), QStringLiteral("x"));
    QVERIFY(state.signInError().contains(QLatin1String("44-character")));
    state.signIn(url, m_backend.pin(), QStringLiteral("alex@example.com"), QString());
    QVERIFY(state.signInError().contains(QLatin1String("password")));

    state.signIn(url, m_backend.pin(), QStringLiteral("alex@example.com"),
                 QStringLiteral("wrong-password"));
    QVERIFY(state.signInBusy());
    QVERIFY(waitSignIn(state));
    QVERIFY2(state.signInError().contains(QLatin1String("not right")),
             qPrintable(state.signInError()));

    // Another server's key: nothing is sent, and the person is told so.
    const QString otherPin = QString::fromLatin1(QByteArray(32, 'x').toBase64());
    state.signIn(url, otherPin, QStringLiteral("alex@example.com"), QStringLiteral("demo-owner"));
    QVERIFY(waitSignIn(state));
    QVERIFY(!state.signInError().isEmpty());
    QVERIFY(state.demoMode());
    QVERIFY(!AppState::hasStoredAccount());
}

void SignInTest::signInLeavesDemoModeAndSurvivesARestart()
{
    Preferences preferences(nullptr);
    Navigation navigation(nullptr);
    {
        AppState state(preferences, navigation, true, DemoBackend::defaultDataDir());
        state.setDemoWorldStart(worlds::argument(worlds::ordinaryDay()));
        state.signIn(m_backend.url().toString(), m_backend.pin(),
                     QStringLiteral("alex@example.com"), QStringLiteral("demo-owner"));
        QVERIFY(waitSignIn(state));
        QCOMPARE(state.signInError(), QString());
        QVERIFY(!state.demoMode());
        WAIT_UNTIL(state.phase() == AppState::Ready,
                   testwait::failedIf(state.phase() == AppState::Failed, state.errorMessage()),
                   30000);
        QCOMPARE(state.vehicles()->rowCount(), 2);
        QCOMPARE(state.accountEmail(), QStringLiteral("alex@example.com"));
    }
    QVERIFY(AppState::hasStoredAccount());
    // The password is nowhere on disk.
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.fileName().contains(QLatin1String("/backend/")))
            continue;
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("demo-owner"), qPrintable(file.fileName()));
    }

    {
        // A new start resumes the session from the kept refresh token.
        AppState restarted(preferences, navigation, !AppState::hasStoredAccount(),
                           DemoBackend::defaultDataDir());
        restarted.setDemoWorldStart(worlds::argument(worlds::ordinaryDay()));
        QVERIFY(!restarted.demoMode());
        restarted.start();
        WAIT_UNTIL(
            restarted.phase() == AppState::Ready,
            testwait::failedIf(restarted.phase() == AppState::Failed, restarted.errorMessage()),
            30000);
        QCOMPARE(restarted.vehicles()->rowCount(), 2);
        QCOMPARE(restarted.accountName(), QStringLiteral("Alex Example"));
    }

    // Offline at the next start: the cars as kept, marked stale; back to life once the
    // backend answers again.
    const QUrl url = m_backend.url();
    m_backend.stop();
    {
        AppState offline(preferences, navigation, false, DemoBackend::defaultDataDir());
        offline.setDemoWorldStart(worlds::argument(worlds::ordinaryDay()));
        offline.start();
        WAIT_UNTIL(offline.phase() == AppState::Ready,
                   testwait::failedIf(offline.phase() == AppState::Failed, offline.errorMessage()),
                   60000);
        QCOMPARE(offline.vehicles()->rowCount(), 2);
        QVERIFY(!offline.vehicles()->errorMessage().isEmpty());
        QVERIFY2(m_backend.start(
                     m_home.filePath(QStringLiteral("backend")), worlds::ordinaryDay(),
                     {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port())}),
                 qPrintable(m_backend.error()));
        QTRY_VERIFY_WITH_TIMEOUT(offline.vehicles()->errorMessage().isEmpty(), 60000);
    }

    AppState last(preferences, navigation, false, DemoBackend::defaultDataDir());
    last.setDemoWorldStart(worlds::argument(worlds::ordinaryDay()));
    last.signOut();
    QVERIFY(last.demoMode());
    QVERIFY(!AppState::hasStoredAccount());
}

QTEST_GUILESS_MAIN(SignInTest)
#include "test_sign_in.moc"
