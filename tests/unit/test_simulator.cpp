// The simulated cars obey their owners' policies through the compiled engine.

#include "demoworld.h"
#include "simulator.h"

#include <QTest>

using namespace idlefleet;
using namespace idlefleet::backend;

namespace {

SimulatedVehicle carWith(const v1::Policy &policy)
{
    SimulatedVehicle car = demoWorldVehicles().front();
    car.policy = policy;
    car.policyVersion = 1;
    return car;
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contributesOnlyWhereThePolicyAllows()
    {
        const v1::Policy house =
            demoPolicyFor(QStringLiteral("any"), QStringLiteral("Europe/Berlin"));
        Simulator simulator({carWith(house)});
        simulator.setSimulatedUntil(at("2026-11-16T00:00:00Z")); // Monday
        int contributingMinutes = 0;
        int checked = 0;
        while (simulator.simulatedUntil() < at("2026-11-23T00:00:00Z")) {
            simulator.advanceTo(simulator.simulatedUntil().addSecs(60), 1);
            const SimulatedVehicle &car = simulator.vehicles().front();
            const int hour = simulator.simulatedUntil()
                                 .addSecs(-60)
                                 .toTimeZone(QTimeZone("Europe/Berlin"))
                                 .time()
                                 .hour();
            // It works when its policy allows and jobs can reach it.
            QCOMPARE(car.contributing, car.reasons == 0 && car.online);
            if (car.contributing) {
                ++contributingMinutes;
                QVERIFY2(hour >= 22 || hour < 6, "contributed outside the night window");
                QVERIFY(car.pluggedIn && !car.driving);
            }
            ++checked;
        }
        QCOMPARE(checked, 7 * 1440);
        QVERIFY2(contributingMinutes > 7 * 4 * 60, "a plugged-in car should work most nights");
    }

    void aPausedCarNeverContributesAndSaysWhy()
    {
        v1::Policy paused = demoPolicyFor(QStringLiteral("any"), QStringLiteral("Europe/Berlin"));
        paused.mutable_paused_until()->set_seconds(253402300799);
        Simulator simulator({carWith(paused)});
        simulator.setSimulatedUntil(at("2026-11-16T00:00:00Z"));
        simulator.advanceTo(at("2026-11-18T00:00:00Z"), 100000);
        const SimulatedVehicle &car = simulator.vehicles().front();
        QCOMPARE(car.energyTodayWh, qint64(0));
        QVERIFY(policy::reasonCodes(car.reasons).contains(QStringLiteral("paused")));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "test_simulator.moc"
