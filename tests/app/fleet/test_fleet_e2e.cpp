// A fleet manager's path through the app in demo mode, against the real idlefleetd it starts
// (or the one the test run shares): sign in as the demo manager, apply a template to a group,
// and see every car's answer, including a car that was asleep and answered once it woke.

#include "appstate.h"
#include "demobackend.h"
#include "fleetbulk.h"
#include "fleetclient.h"
#include "jobwait.h"
#include "localclient.h"
#include "navigation.h"
#include "preferences.h"
#include "vehiclelistmodel.h"
#include "waituntil.h"
#include "worldinstants.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace idlefleet;
using namespace idlefleet::app;

namespace {

const QString Group = QStringLiteral("Madrid Sur");

const QString Template = QStringLiteral(
    R"({"enabled": true, "timeZone": "Europe/Madrid",
        "windows": [{"daysMask": 127, "startMinute": 1260, "endMinute": 360}],
        "minSocPercent": 45, "resumeSocPercent": 50, "requirePluggedIn": true})");

} // namespace

class FleetEndToEndTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aManagerAppliesATemplateToAGroupAndSeesEveryCar();
    void theRunIsThereAfterARestart();
    void theCardsHoldTheCarOpenedNotAPageOfThem();
    void cleanupTestCase() { m_state.reset(); }

private:
    QTemporaryDir m_home;
    Preferences m_preferences{nullptr};
    Navigation m_navigation{nullptr};
    std::unique_ptr<AppState> m_state;
    int m_applied = 0;
    int m_mostCards = 0; ///< the most cars the dashboard's cards held at once, from the start
};

void FleetEndToEndTest::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("idlefleet"));
    // The test run's shared demo world when the screenshots are to show this run's result,
    // else a folder of this test's own.
    // (Qt's test mode would move the shared world away from where the screenshots look for it;
    // it is in the build folder, which the test run sets through XDG_DATA_HOME.)
    if (qEnvironmentVariableIsEmpty("XDG_DATA_HOME")) {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    }
    qputenv("IDLEFLEET_NO_KEYCHAIN", "1");
    m_state = std::make_unique<AppState>(m_preferences, m_navigation, true,
                                         DemoBackend::defaultDataDir(), QStringLiteral("fleet"));
    m_state->setDemoWorldStart(worlds::argument(worlds::ordinaryDay()));
    connect(m_state->vehicles(), &VehicleListModel::countChanged, this,
            [this] { m_mostCards = std::max(m_mostCards, m_state->vehicles()->rowCount()); });
    m_state->start();
    WAIT_UNTIL(m_state->phase() == AppState::Ready,
               testwait::failedIf(m_state->phase() == AppState::Failed, m_state->errorMessage()),
               120000);
    QCOMPARE(m_state->accountRole(), QStringLiteral("fleet"));
    QCOMPARE(m_navigation.pages().first(), Navigation::Fleet);
    QVERIFY(!m_navigation.pages().contains(Navigation::Policy));
    QVERIFY(m_state->localClient()->isOpen());
    // The demo organisation's fleet key is the demo fleet manager's, kept beside this app's own
    // key; the backend's folder holds none (only the public half it enrolled).
    QVERIFY(m_state->localClient()->fleetKey().isValid());
    QVERIFY(QFile::exists(
        QDir(LocalClient::defaultFolder(true)).filePath(QStringLiteral("fleet-key.pem"))));
    QVERIFY(!QDir(DemoBackend::defaultDataDir()).exists(QStringLiteral("organisations")));
}

void FleetEndToEndTest::aManagerAppliesATemplateToAGroupAndSeesEveryCar()
{
    client::FleetClient *fleet = m_state->fleetClient();
    // One car of the group sleeps: it answers only once it wakes.
    client::FleetClient::VehicleQuery query;
    query.group = Group;
    AWAIT_JOB(list, fleet->listVehicles(query, 1000));
    const std::vector<Vehicle> cars = list->result().vehicles;
    QCOMPARE(cars.size(), std::size_t(250));
    QString sleeper;
    for (const Vehicle &car : cars) {
        if (car.status.online) {
            sleeper = car.id;
            break;
        }
    }
    AWAIT_JOB(sleep, fleet->simulateSleep(sleeper, 30));
    QCOMPARE(sleep->result().online(), false);

    FleetBulk bulk;
    bulk.setClient(m_state->fleetClient());
    bulk.setLocalClient(m_state->localClient());
    QAbstractItemModelTester tester(&bulk, QAbstractItemModelTester::FailureReportingMode::QtTest);
    bulk.setTemplateName(QStringLiteral("Madrid nights, 45% floor"));
    // Bad input is named, and nothing is sent.
    QVERIFY(!bulk.apply(QStringLiteral("{\"minSocPercent\": 400}")));
    QVERIFY(!bulk.errorMessage().isEmpty());
    QVERIFY(!bulk.apply(Template)); // no cars chosen yet
    QVERIFY(bulk.errorMessage().contains(QLatin1String("group")));

    bulk.setGroup(Group);
    QSignalSpy settled(&bulk, &FleetBulk::settled);
    QVERIFY(bulk.apply(Template));
    QVERIFY(bulk.busy());
    QVERIFY(settled.wait(120000));
    QCOMPARE(bulk.total(), 250);
    QCOMPARE(bulk.refused(), 0);
    int asleep = 0;
    for (int row = 0; row < bulk.rowCount(); ++row) {
        const QModelIndex index = bulk.index(row);
        const QString id = index.data(FleetBulk::VehicleIdRole).toString();
        const QString state = index.data(FleetBulk::StateRole).toString();
        if (state == QLatin1String("asleep")) {
            ++asleep;
            QVERIFY2(
                index.data(FleetBulk::StateTextRole).toString().contains(QLatin1String("asleep")),
                qPrintable(id));
        } else {
            QCOMPARE(state, QStringLiteral("applied"));
            QVERIFY(index.data(FleetBulk::VersionRole).toLongLong() >= 2);
        }
    }
    QVERIFY(asleep >= 1); // the sleeper, and any car of the group in the workshop
    QCOMPARE(bulk.applied() + asleep, 250);
    const QString csv = bulk.reportCsv();
    QCOMPARE(csv.count(QLatin1Char('\n')), 251);
    QVERIFY(csv.contains(sleeper + QLatin1Char(',')));

    // The sleeper wakes; the outbox's next try delivers its change, once.
    AWAIT_JOB(wake, fleet->simulateSleep(sleeper, 0));
    QCOMPARE(wake->error(), client::FleetJob::NoError);
    const int sleeperRow = [&] {
        for (int row = 0; row < bulk.rowCount(); ++row) {
            if (bulk.index(row).data(FleetBulk::VehicleIdRole).toString() == sleeper)
                return row;
        }
        return -1;
    }();
    QVERIFY(sleeperRow >= 0);
    const auto sleeperState = [&] {
        return bulk.index(sleeperRow).data(FleetBulk::StateRole).toString();
    };
    const auto sleeperRefused = [&] {
        const QString state = sleeperState();
        return testwait::failedIf(
            state == QLatin1String("rejected") || state == QLatin1String("conflict"),
            state + QLatin1String(": ") +
                bulk.index(sleeperRow).data(FleetBulk::MessageRole).toString());
    };
    WAIT_UNTIL(sleeperState() == QLatin1String("applied"), sleeperRefused(), 90000);
    m_applied = bulk.applied();
    QCOMPARE(m_applied, 250 - asleep + 1);
}

void FleetEndToEndTest::theRunIsThereAfterARestart()
{
    // A new page (after a restart, or when the manager comes back) shows the last run.
    FleetBulk again;
    again.setClient(m_state->fleetClient());
    again.setLocalClient(m_state->localClient());
    QCOMPARE(again.rowCount(), 250);
    QCOMPARE(again.lastRunTemplate(), QStringLiteral("Madrid nights, 45% floor"));
    QCOMPARE(again.applied(), m_applied);
    QCOMPARE(again.refused(), 0);

    // Another backend's outbox (the account's, out of demo mode) did not send that run: its
    // page starts empty, and comes back to the run with demo mode's outbox.
    QTemporaryDir otherFolder;
    QVERIFY(otherFolder.isValid());
    LocalClient other(m_state->fleetClient());
    QString error;
    QVERIFY2(other.open(otherFolder.path(), &error), qPrintable(error));
    FleetBulk elsewhere;
    elsewhere.setClient(m_state->fleetClient());
    elsewhere.setLocalClient(&other);
    QCOMPARE(elsewhere.rowCount(), 0);
    QVERIFY(elsewhere.lastRunTemplate().isEmpty());
    elsewhere.setLocalClient(m_state->localClient());
    QCOMPARE(elsewhere.rowCount(), 250);
    // And a page showing it clears when the app leaves demo mode: the outbox is replaced by
    // one not open yet, then opened.
    LocalClient closed(m_state->fleetClient());
    elsewhere.setLocalClient(&closed);
    QCOMPARE(elsewhere.rowCount(), 0);
    QCOMPARE(elsewhere.applied(), 0);
    elsewhere.setLocalClient(m_state->localClient());
    QCOMPARE(elsewhere.rowCount(), 250);
    elsewhere.setLocalClient(&other);
    QCOMPARE(elsewhere.rowCount(), 0);
}

QTEST_MAIN(FleetEndToEndTest)
#include "test_fleet_e2e.moc"

void FleetEndToEndTest::theCardsHoldTheCarOpenedNotAPageOfThem()
{
    // A page of a thousand cards took the window twenty seconds to build: a manager's cards
    // hold one car, the first until another is opened from the organisation's list.
    VehicleListModel *cards = m_state->vehicles();
    WAIT_UNTIL(cards->loaded(), cards->errorMessage(), 30000);
    QCOMPARE(cards->rowCount(), 1);
    QCOMPARE(m_mostCards, 1);
    const QString first = cards->data(cards->index(0), VehicleListModel::IdRole).toString();
    QCOMPARE(m_state->selectedVehicleId(), first);

    AWAIT_JOB(job, m_state->fleetClient()->listVehicles(5));
    QVERIFY2(job->error() == client::FleetJob::NoError, qPrintable(job->errorString()));
    QVERIFY(job->result().vehicles.size() >= 2);
    const QString other = job->result().vehicles.back().id;
    QVERIFY(other != first);

    m_navigation.setPage(Navigation::FleetTable);
    m_state->openVehicle(other, Navigation::Dashboard);
    QCOMPARE(m_navigation.page(), Navigation::Dashboard);
    WAIT_UNTIL(cards->rowCount() == 1 &&
                   cards->data(cards->index(0), VehicleListModel::IdRole).toString() == other,
               cards->errorMessage(), 30000);
    // The next poll keeps the car opened, still alone.
    QSignalSpy polled(cards, &VehicleListModel::lastUpdatedChanged);
    m_state->refresh();
    QVERIFY(polled.wait(30000));
    QCOMPARE(cards->rowCount(), 1);
    QCOMPARE(cards->data(cards->index(0), VehicleListModel::IdRole).toString(), other);
}
