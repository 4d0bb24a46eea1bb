// The owner's path through the app in demo mode, against the real idlefleetd it starts: pair
// this computer with the car through the code on the car's screen, raise the battery floor
// above the car's charge, and see the dashboard's reason change once the car confirms.

#include "appstate.h"
#include "demobackend.h"
#include "earningsformat.h"
#include "earningsmodel.h"
#include "earningsrange.h"
#include "fleetclient.h"
#include "jobwait.h"
#include "localclient.h"
#include "moneyformat.h"
#include "navigation.h"
#include "onboarding.h"
#include "preferences.h"
#include "vehiclelistmodel.h"
#include "vehiclesummary.h"
#include "waituntil.h"
#include "worldinstants.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace idlefleet;
using namespace idlefleet::app;

class OwnerEndToEndTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void raisingTheFloorShowsOnTheDashboard();
    void theDashboardAgreesWithTheEarningsPageAndTheLedger();
    void cleanupTestCase();

private:
    int rowOf(const QString &vehicleId) const;
    QStringList reasonCodes(int row) const;

    QTemporaryDir m_home;
    Preferences m_preferences{nullptr};
    Navigation m_navigation{nullptr};
    std::unique_ptr<AppState> m_state;
};

void OwnerEndToEndTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The app's data (its demo world, key and outbox) lives in this test's folder alone: Qt's
    // test mode puts it under HOME/.qttest, and HOME is this test's folder.
    qputenv("HOME", m_home.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("IDLEFLEET_NO_KEYCHAIN", "1");
    m_state = std::make_unique<AppState>(m_preferences, m_navigation, true,
                                         DemoBackend::defaultDataDir());
    m_state->setDemoWorldStart(worlds::argument(worlds::ordinaryDay()));
    m_state->start();
    WAIT_UNTIL(m_state->phase() == AppState::Ready,
               testwait::failedIf(m_state->phase() == AppState::Failed, m_state->errorMessage()),
               120000);
    QVERIFY(m_state->localClient()->isOpen());
    QVERIFY(m_state->vehicles()->rowCount() >= 1);
}

int OwnerEndToEndTest::rowOf(const QString &vehicleId) const
{
    VehicleListModel *vehicles = m_state->vehicles();
    for (int row = 0; row < vehicles->rowCount(); ++row) {
        if (vehicles->data(vehicles->index(row), VehicleListModel::IdRole).toString() == vehicleId)
            return row;
    }
    return -1;
}

QStringList OwnerEndToEndTest::reasonCodes(int row) const
{
    QStringList codes;
    VehicleListModel *vehicles = m_state->vehicles();
    for (const QVariant &item :
         vehicles->data(vehicles->index(row), VehicleListModel::ReasonItemsRole).toList())
        codes.append(item.toMap().value(QStringLiteral("code")).toString());
    return codes;
}

void OwnerEndToEndTest::raisingTheFloorShowsOnTheDashboard()
{
    const QString vehicleId = m_state->selectedVehicleId();
    QVERIFY(!vehicleId.isEmpty());

    // Pairing, as the wizard does it: the demo shows what the simulated car's screen shows.
    OnboardingController onboarding;
    onboarding.setClient(m_state->fleetClient());
    onboarding.setLocalClient(m_state->localClient());
    onboarding.setDemo(m_state->demoMode());
    onboarding.setVehicleId(vehicleId);
    const auto pairingFailed = [&] {
        return testwait::failedIf(onboarding.pairingState() == OnboardingController::Failed,
                                  onboarding.pairingError());
    };
    onboarding.startPairing();
    WAIT_UNTIL(onboarding.pairingState() == OnboardingController::EnterCode, pairingFailed(),
               20000);
    WAIT_UNTIL(!onboarding.demoCode().isEmpty(), pairingFailed(), 20000);
    onboarding.confirmCode(QStringLiteral("000000") == onboarding.demoCode()
                               ? QStringLiteral("111111")
                               : QStringLiteral("000000"));
    WAIT_UNTIL(onboarding.pairingState() == OnboardingController::EnterCode, pairingFailed(),
               20000);
    QVERIFY2(onboarding.pairingError().contains(QLatin1String("does not match")),
             qPrintable(onboarding.pairingError()));
    onboarding.confirmCode(onboarding.demoCode());
    WAIT_UNTIL(onboarding.pairingState() == OnboardingController::Paired, pairingFailed(), 20000);

    // Another key (the app left demo mode): "paired" was this key's answer, and is asked again.
    {
        QTemporaryDir otherFolder;
        QVERIFY(otherFolder.isValid());
        LocalClient other(m_state->fleetClient());
        QString error;
        QVERIFY2(other.open(otherFolder.path(), &error), qPrintable(error));
        onboarding.setLocalClient(&other);
        WAIT_UNTIL(onboarding.pairingState() == OnboardingController::Idle, pairingFailed(), 20000);
        onboarding.setLocalClient(m_state->localClient());
        WAIT_UNTIL(onboarding.pairingState() == OnboardingController::Paired, pairingFailed(),
                   20000);
    }

    // The car's policy now, and a floor above its charge.
    AWAIT_JOB(current, m_state->fleetClient()->fetchPolicy(vehicleId));
    QCOMPARE(current->error(), client::FleetJob::NoError);
    const int row = rowOf(vehicleId);
    QVERIFY(row >= 0);
    const double soc = m_state->vehicles()
                           ->data(m_state->vehicles()->index(row), VehicleListModel::SocPercentRole)
                           .toDouble();
    QVERIFY2(soc < 94, "the demo car must be below 94 % for this test");
    // Below the floor, a car that is not contributing waits for the resume level (floor + 5);
    // one that is contributing stops at the floor (policy.md). Either says the battery is why.
    const QStringList batteryReasons = {QStringLiteral("below_min_soc"),
                                        QStringLiteral("below_resume_soc")};
    auto batteryReason = [&](int r) {
        for (const QString &code : reasonCodes(r)) {
            if (batteryReasons.contains(code))
                return code;
        }
        return QString();
    };
    QCOMPARE(batteryReason(row), QString());
    v1::Policy policy = current->result().policy;
    policy.set_min_soc_percent(95);
    policy.set_resume_soc_percent(0);

    const qint64 id =
        m_state->localClient()->queuePolicy(vehicleId, policy, current->result().version);
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_state->localClient()->store()->entry(id)->isFinal(), 30000);
    const auto answered = m_state->localClient()->store()->entry(id);
    QCOMPARE(answered->state, OutboxEntry::Applied);
    QVERIFY(answered->confirmedVersion > current->result().version);

    // The dashboard shows the new reason, with its link to the battery floor.
    WAIT_UNTIL(!batteryReason(rowOf(vehicleId)).isEmpty(), m_state->vehicles()->errorMessage(),
               30000);
    const QString reason = batteryReason(rowOf(vehicleId));
    const QVariantList items =
        m_state->vehicles()
            ->data(m_state->vehicles()->index(rowOf(vehicleId)), VehicleListModel::ReasonItemsRole)
            .toList();
    bool linked = false;
    for (const QVariant &item : items) {
        const QVariantMap map = item.toMap();
        if (map.value(QStringLiteral("code")).toString() == reason)
            linked =
                map.value(QStringLiteral("field")).toString().endsWith(QLatin1String("SocPercent"));
    }
    QVERIFY(linked);
}

// spec/ledger.md: the dashboard's today, this month and since joining are sums of whole
// entries, the same as the Earnings page's month and the backend's own days and sessions.
void OwnerEndToEndTest::theDashboardAgreesWithTheEarningsPageAndTheLedger()
{
    const QString vehicleId = m_state->selectedVehicleId();
    const int row = rowOf(vehicleId);
    QVERIFY(row >= 0);
    const QString zone = m_state->vehicles()
                             ->data(m_state->vehicles()->index(row), VehicleListModel::TimeZoneRole)
                             .toString();
    QVERIFY(!zone.isEmpty());
    // The car stopped contributing above (floor 95 %): its figures stay put while compared.
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);

    VehicleSummary summary;
    summary.setClient(m_state->fleetClient());
    summary.setTimeZone(zone);
    summary.setVehicleId(vehicleId);
    summary.refresh();
    WAIT_UNTIL(summary.loaded() && !summary.loading(),
               testwait::failedIf(!summary.errorMessage().isEmpty(), summary.errorMessage()),
               30000);
    QVERIFY(summary.monthEnergyWh() > 0);
    QVERIFY(summary.lifetimeEnergyWh() > summary.monthEnergyWh());

    EarningsRange range;
    range.setClient(m_state->fleetClient());
    range.setTimeZone(zone);
    range.setVehicleId(vehicleId);
    range.setPreset(EarningsRange::ThisMonth);
    EarningsModel month;
    month.setClient(m_state->fleetClient());
    QSignalSpy reported(&month, &EarningsModel::reportChanged);
    month.setRange(&range);
    WAIT_UNTIL(!reported.isEmpty() && !month.loading(),
               testwait::failedIf(!month.errorMessage().isEmpty(), month.errorMessage()), 30000);
    QCOMPARE(month.totalNet(), summary.monthNet());
    QCOMPARE(month.totalEnergy(), earnings::formatEnergy(qint64(summary.monthEnergyWh()), locale));

    // The backend's own day buckets and sessions over the same local days.
    auto *client = m_state->fleetClient();
    const QDateTime today = range.startOfDay(range.today());
    const QDateTime tomorrow = range.startOfDay(range.today().addDays(1));
    AWAIT_JOB(days, client->fetchEarnings(vehicleId, range.from(), tomorrow,
                                          client::FleetClient::Period::Day));
    QCOMPARE(days->error(), client::FleetJob::NoError);
    const QString currency = days->result().currency;
    qint64 monthNet = 0, monthWh = 0, todayNet = 0, todayWh = 0;
    for (const client::AmountsAt &day : days->result().entries) {
        monthNet += day.amounts.netMicros;
        monthWh += day.amounts.energyWh;
        if (day.start >= today) {
            todayNet += day.amounts.netMicros;
            todayWh += day.amounts.energyWh;
        }
    }
    QCOMPARE(summary.monthNet(), formatMoney(monthNet, currency, locale));
    QCOMPARE(qint64(summary.monthEnergyWh()), monthWh);
    QCOMPARE(summary.todayNet(), formatMoney(todayNet, currency, locale));
    QCOMPARE(qint64(summary.todayEnergyWh()), todayWh);
    AWAIT_JOB(sessions, client->fetchSessions(vehicleId, range.from(), tomorrow));
    QCOMPARE(sessions->error(), client::FleetJob::NoError);
    qint64 sessionsNet = 0;
    for (const client::AmountsAt &session : sessions->result().entries)
        sessionsNet += session.amounts.netMicros;
    QCOMPARE(sessionsNet, monthNet);
}

void OwnerEndToEndTest::cleanupTestCase()
{
    m_state.reset(); // stops the backend it started
}

QTEST_GUILESS_MAIN(OwnerEndToEndTest)
#include "test_owner_e2e.moc"
