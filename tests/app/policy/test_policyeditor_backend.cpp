// The policy editor against a real idlefleetd over TLS: it loads the car's policy with its
// version, applies an edit through this computer's outbox and sees the car confirm it, meets a
// change made elsewhere as a conflict (from the outbox and from a refetch) and lets the person
// keep either side, and explains that an unpaired computer must pair first.

#include "backendprocess.h"
#include "fleetclient.h"
#include "jobwait.h"
#include "localclient.h"
#include "policychange.h"
#include "policyeditor.h"
#include "waituntil.h"
#include "worldnow.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace idlefleet;
using namespace idlefleet::app;
using namespace idlefleet::client;

namespace {

const QString Car = QStringLiteral("veh-alex-1");
const QString OtherCar = QStringLiteral("veh-alex-2");

/// Why the change will not reach `wanted`: it ended in another final state; empty while it may.
QString endedOtherwise(const PolicyChange &change, PolicyChange::State wanted)
{
    const PolicyChange::State state = change.state();
    const bool final = state == PolicyChange::Confirmed || state == PolicyChange::Conflict ||
                       state == PolicyChange::Rejected || state == PolicyChange::Failed;
    if (state == wanted || !final)
        return {};
    return QStringLiteral("the change ended as %1: %2 %3")
        .arg(QString::fromLatin1(QMetaEnum::fromType<PolicyChange::State>().valueToKey(state)),
             change.resultCode(), change.message());
}

} // namespace

class TestPolicyEditorBackend : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    BackendProcess m_backend;
    FleetClient m_fleet;
    std::unique_ptr<LocalClient> m_local;  ///< this computer, paired with Car
    std::unique_ptr<LocalClient> m_device; ///< another paired device of the owner

    void signIn(FleetClient &client)
    {
        client.setEndpoint(m_backend.url(), {m_backend.pin()});
        AWAIT_JOB(job,
                  client.login(QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")));
        QVERIFY2(job->error() == FleetJob::NoError, qPrintable(job->errorString()));
    }

    std::unique_ptr<LocalClient> openLocal(const QString &name)
    {
        auto local = std::make_unique<LocalClient>(&m_fleet);
        QString error;
        if (!local->open(m_dir.filePath(name), &error))
            qFatal("%s", qPrintable(error));
        return local;
    }

    /// Pairs a key with a car the way a person does: the car shows a code, they type it.
    void pair(const LocalClient &local, const QString &car)
    {
        const QByteArray key = local.key().publicKeyDer();
        AWAIT_JOB(pairing, m_fleet.startPairing(car, key, QStringLiteral("Policy test")));
        QCOMPARE(pairing->error(), FleetJob::NoError);
        AWAIT_JOB(screen, m_fleet.carScreen(car));
        const QString code = screen->result().pairingCode;
        QCOMPARE(code.size(), 6);
        AWAIT_JOB(confirmed, m_fleet.confirmPairing(car, key, code));
        QCOMPARE(confirmed->error(), FleetJob::NoError);
    }

    VehiclePolicy carPolicy(const QString &car)
    {
        return FINISHED_JOB(m_fleet.fetchPolicy(car))->result();
    }

    /// Another device changes the car's policy; the new version.
    qint64 changeElsewhere(int minSocPercent)
    {
        const VehiclePolicy current = carPolicy(Car);
        v1::Policy next = current.policy;
        next.set_min_soc_percent(minSocPercent);
        next.set_resume_soc_percent(0);
        const qint64 id = m_device->queuePolicy(Car, next, current.version);
        QElapsedTimer timer;
        timer.start();
        while (!m_device->store()->entry(id)->isFinal() && timer.elapsed() < 30000)
            QTest::qWait(20);
        const OutboxEntry entry = *m_device->store()->entry(id);
        if (entry.state != OutboxEntry::Applied)
            qWarning("the other device's change ended as %d: %s", int(entry.state),
                     qPrintable(entry.resultMessage));
        return entry.state == OutboxEntry::Applied ? entry.confirmedVersion : -1;
    }

    void load(PolicyEditor &editor, const QString &car)
    {
        editor.setClient(&m_fleet);
        editor.setLocalClient(m_local.get());
        editor.setRefreshIntervalMs(0);
        QSignalSpy state(&editor, &PolicyEditor::loadStateChanged);
        editor.setVehicleId(car);
        QVERIFY(editor.loading());
        WAIT_UNTIL(editor.loaded(), editor.loadError(), 30000);
        QVERIFY2(editor.loadError().isEmpty(), qPrintable(editor.loadError()));
        QVERIFY(!editor.loading());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_backend.start(m_dir.filePath(QStringLiteral("world")), worlds::ordinaryDay(),
                                 {QStringLiteral("--demo-world"), QStringLiteral("--backfill-days"),
                                  QStringLiteral("1")}),
                 qPrintable(m_backend.error()));
        signIn(m_fleet);
        QVERIFY(worldNowFrom(m_fleet).isValid()); // pauses count from the world's "now"
        m_local = openLocal(QStringLiteral("this-computer"));
        m_device = openLocal(QStringLiteral("other-device"));
        pair(*m_local, Car);
        pair(*m_device, Car);
    }

    void loadsTheCarsPolicyWithItsVersion()
    {
        PolicyEditor editor;
        load(editor, Car);
        const VehiclePolicy current = carPolicy(Car);
        QCOMPARE(editor.version(), current.version);
        QCOMPARE(editor.timeZone(), QString::fromStdString(current.policy.time_zone()));
        QVERIFY(editor.valid());
        QVERIFY(!editor.dirty());
        QVERIFY(!editor.canApply());
        // This computer's key is paired with the car: no warning.
        QTest::qWait(500);
        QVERIFY(!editor.change()->pairingNeeded());
    }

    void anEditIsConfirmedByTheCar()
    {
        PolicyEditor editor;
        load(editor, Car);
        const qint64 base = editor.version();
        const int floor = editor.minSocPercent() == 35 ? 36 : 35;
        editor.setMinSocPercent(floor);
        editor.setResumeSocPercent(0);
        editor.windows()->addWindow(96, 600, 720);
        QVERIFY(editor.dirty());
        QVERIFY(editor.canApply());
        QVERIFY(editor.apply());
        QVERIFY(!editor.canApply()); // one change in flight
        QVERIFY(editor.change()->state() == PolicyChange::Pending ||
                editor.change()->state() == PolicyChange::Sent);
        WAIT_UNTIL(editor.change()->state() == PolicyChange::Confirmed,
                   endedOtherwise(*editor.change(), PolicyChange::Confirmed), 30000);
        QCOMPARE(editor.change()->confirmedVersion(), base + 1);
        QCOMPARE(editor.version(), base + 1);
        QVERIFY(!editor.dirty());
        QVERIFY(editor.change()->message().contains(QString::number(base + 1)));
        const VehiclePolicy current = carPolicy(Car);
        QCOMPARE(current.version, base + 1);
        QCOMPARE(current.policy.min_soc_percent(), floor);
        QCOMPARE(current.policy.windows(current.policy.windows_size() - 1).days_mask(), 96);
    }

    void aConflictFromTheOutboxKeepsMine()
    {
        PolicyEditor editor;
        load(editor, Car);
        const qint64 base = editor.version();
        const qint64 theirs = changeElsewhere(22);
        QCOMPARE(theirs, base + 1);
        editor.setMaxChipTempC(77);
        QVERIFY(editor.apply());
        WAIT_UNTIL(editor.conflict()->active(),
                   endedOtherwise(*editor.change(), PolicyChange::Conflict), 30000);
        QCOMPARE(editor.change()->state(), PolicyChange::Conflict);
        QCOMPARE(editor.conflict()->theirVersion(), theirs);
        QCOMPARE(editor.conflict()->source(), QStringLiteral("outbox"));
        QVERIFY(!editor.canApply()); // nothing is overwritten until the person chooses
        QStringList fields;
        for (const QVariant &difference : editor.conflict()->differences())
            fields << difference.toMap().value(QStringLiteral("field")).toString();
        QVERIFY2(fields.contains(QStringLiteral("minSocPercent")),
                 qPrintable(fields.join(QLatin1Char(','))));
        QVERIFY2(fields.contains(QStringLiteral("maxChipTempC")),
                 qPrintable(fields.join(QLatin1Char(','))));
        QCOMPARE(carPolicy(Car).version, theirs); // the car still runs theirs

        editor.keepMine();
        QVERIFY(!editor.conflict()->active());
        WAIT_UNTIL(editor.change()->state() == PolicyChange::Confirmed,
                   endedOtherwise(*editor.change(), PolicyChange::Confirmed), 30000);
        QCOMPARE(editor.version(), theirs + 1);
        const VehiclePolicy current = carPolicy(Car);
        QCOMPARE(current.version, theirs + 1);
        QCOMPARE(current.policy.max_chip_temp_c(), 77);
        QCOMPARE(current.policy.min_soc_percent(), editor.minSocPercent());
    }

    void aConflictFoundByARefetchKeepsTheirs()
    {
        PolicyEditor editor;
        load(editor, Car);
        // Fetched again with no edits: the newer policy simply shows.
        const qint64 first = changeElsewhere(24);
        editor.reload();
        WAIT_UNTIL(editor.version() == first, editor.loadError(), 30000);
        QCOMPARE(editor.minSocPercent(), 24);
        QVERIFY(!editor.notice().isEmpty());
        QVERIFY(!editor.conflict()->active());

        // With edits of my own: both are shown, nothing is replaced.
        editor.setMaxDailyWh(5000);
        const qint64 second = changeElsewhere(26);
        editor.reload();
        WAIT_UNTIL(editor.conflict()->active(), editor.loadError(), 30000);
        QCOMPARE(editor.conflict()->source(), QStringLiteral("refresh"));
        QCOMPARE(editor.conflict()->theirVersion(), second);
        QCOMPARE(editor.maxDailyWh(), 5000.0);
        QCOMPARE(editor.minSocPercent(), 24);
        QVERIFY(!editor.canApply());

        editor.keepTheirs();
        QVERIFY(!editor.conflict()->active());
        QCOMPARE(editor.version(), second);
        QCOMPARE(editor.minSocPercent(), 26);
        QVERIFY(!editor.dirty());
        QCOMPARE(carPolicy(Car).version, second);
    }

    void unsavedEditsComeBackAfterLeavingThePage()
    {
        {
            PolicyEditor editor;
            load(editor, Car);
            editor.setMaxChipTempC(66);
            QVERIFY(editor.dirty());
        } // the page is left with the edit not applied
        auto again = std::make_unique<PolicyEditor>();
        load(*again, Car);
        QCOMPARE(again->maxChipTempC(), 66);
        QVERIFY(again->dirty());
        QVERIFY(!again->notice().isEmpty());
        QVERIFY(!again->conflict()->active());

        // Left again, and the car's policy changed meanwhile: both are shown, nothing is lost.
        again.reset();
        const qint64 theirs = changeElsewhere(28);
        PolicyEditor third;
        load(third, Car);
        QCOMPARE(third.version(), theirs);
        QVERIFY(third.conflict()->active());
        QCOMPARE(third.maxChipTempC(), 66);
        QCOMPARE(third.conflict()->theirVersion(), theirs);
        third.keepTheirs();
        QCOMPARE(third.minSocPercent(), 28);
        QVERIFY(!third.dirty());
    }

    void anUnpairedComputerIsToldToPair()
    {
        // This computer's key was never paired with the other car.
        PolicyEditor editor;
        load(editor, OtherCar);
        WAIT_UNTIL(editor.change()->pairingNeeded(), editor.loadError(), 30000);
        const qint64 before = carPolicy(OtherCar).version;
        editor.setEnabled(!editor.enabled());
        QVERIFY(editor.apply());
        WAIT_UNTIL(editor.change()->state() == PolicyChange::Rejected,
                   endedOtherwise(*editor.change(), PolicyChange::Rejected), 30000);
        QCOMPARE(editor.change()->resultCode(), QStringLiteral("unknown_key"));
        QVERIFY(editor.change()->pairingNeeded());
        QCOMPARE(carPolicy(OtherCar).version, before);
        editor.revert(); // keeps no draft for the tests after
    }

    void aClosedOutboxCannotApply()
    {
        LocalClient closed(&m_fleet);
        PolicyEditor editor;
        editor.setClient(&m_fleet);
        editor.setLocalClient(&closed);
        editor.setRefreshIntervalMs(0);
        editor.setVehicleId(Car);
        WAIT_UNTIL(editor.loaded(), editor.loadError(), 30000);
        QVERIFY(editor.change()->pairingNeeded());
        editor.setRequireProfitable(!editor.requireProfitable());
        QVERIFY(!editor.apply());
        QCOMPARE(editor.change()->state(), PolicyChange::Failed);
        editor.revert();
    }

    void aFetchErrorIsShownAndRetried()
    {
        FleetClient stranger;
        stranger.setEndpoint(m_backend.url(), {m_backend.pin()}); // not signed in
        PolicyEditor editor;
        editor.setClient(&stranger);
        editor.setLocalClient(m_local.get());
        editor.setVehicleId(Car);
        WAIT_UNTIL(!editor.loadError().isEmpty(),
                   testwait::failedIf(editor.loaded(), QStringLiteral("loaded while signed out")),
                   30000);
        QVERIFY(!editor.loaded());
        signIn(stranger);
        editor.reload();
        WAIT_UNTIL(editor.loaded(), editor.loadError(), 30000);
        QVERIFY(editor.loadError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPolicyEditorBackend)
#include "test_policyeditor_backend.moc"
