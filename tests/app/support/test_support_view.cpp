// The support engineer's view in the app against a real idlefleetd whose grant hours last three
// seconds: a car granted shows, and once its grant has expired it is gone from the view and its
// diagnostics are refused in plain words.

#include "appstate.h"
#include "backendprocess.h"
#include "demobackend.h"
#include "fleetclient.h"
#include "jobwait.h"
#include "navigation.h"
#include "preferences.h"
#include "waituntil.h"
#include "worldinstants.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace idlefleet;
using namespace idlefleet::app;

class SupportViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anExpiredGrantTakesTheCarAway();

private:
    QStringList shownCars(AppState &state) const;

    QTemporaryDir m_home;
    BackendProcess m_backend;
};

void SupportViewTest::initTestCase()
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
                             {QStringLiteral("--demo-world"),
                              QStringLiteral("--grant-hour-seconds"), QStringLiteral("3")}),
             qPrintable(m_backend.error()));
}

QStringList SupportViewTest::shownCars(AppState &state) const
{
    QStringList ids;
    VehicleListModel *vehicles = state.vehicles();
    for (int row = 0; row < vehicles->rowCount(); ++row)
        ids.append(vehicles->data(vehicles->index(row), VehicleListModel::IdRole).toString());
    return ids;
}

void SupportViewTest::anExpiredGrantTakesTheCarAway()
{
    // The owner grants support one "hour" (three seconds here) on the SUV.
    client::FleetClient owner;
    owner.setEndpoint(m_backend.url(), {m_backend.pin()});
    AWAIT_JOB(login, owner.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")));
    QCOMPARE(login->error(), client::FleetJob::NoError);
    AWAIT_JOB(grant, owner.grantSupport(QStringLiteral("veh-alex-2"),
                                        QStringLiteral("support@example.com"), 1));
    QCOMPARE(grant->error(), client::FleetJob::NoError);

    // The support engineer signs in with the app: the granted car is there, with its time left.
    Preferences preferences(nullptr);
    Navigation navigation(nullptr);
    AppState state(preferences, navigation, true, DemoBackend::defaultDataDir());
    state.setDemoWorldStart(worlds::argument(worlds::ordinaryDay()));
    state.signIn(m_backend.url().toString(), m_backend.pin(), QStringLiteral("support@example.com"),
                 QStringLiteral("demo-support"));
    QTRY_VERIFY_WITH_TIMEOUT(!state.signInBusy(), 30000);
    QCOMPARE(state.signInError(), QString());
    QCOMPARE(state.accountRole(), QStringLiteral("support"));
    QCOMPARE(navigation.pages(),
             (QList<Navigation::Page>{Navigation::Diagnostics, Navigation::Settings}));
    QCOMPARE(navigation.page(), Navigation::Diagnostics);
    WAIT_UNTIL(shownCars(state).contains(QStringLiteral("veh-alex-2")),
               state.vehicles()->errorMessage(), 30000);
    QVERIFY(shownCars(state).contains(QStringLiteral("veh-alex-1"))); // the demo world's grant

    // Three seconds later the grant has expired: the next refresh no longer lists the car.
    QTest::qWait(3500);
    state.refresh();
    WAIT_UNTIL(!shownCars(state).contains(QStringLiteral("veh-alex-2")),
               state.vehicles()->errorMessage(), 30000);
    QVERIFY(shownCars(state).contains(QStringLiteral("veh-alex-1")));
    // And what the app would ask about the car is refused, saying why.
    AWAIT_JOB(diagnostics, state.fleetClient()->fetchDiagnostics(QStringLiteral("veh-alex-2")));
    QCOMPARE(diagnostics->error(), client::FleetJob::NotAllowed);
    QVERIFY2(diagnostics->errorString().contains(QLatin1String("expired")),
             qPrintable(diagnostics->errorString()));
}

QTEST_MAIN(SupportViewTest)
#include "test_support_view.moc"
