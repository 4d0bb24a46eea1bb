// The fleet table's filters and search against a real idlefleetd with the demo organisation:
// each filter (group, state, reason, below the floor, out of reach for N hours), the search and
// their combination, checked against a count over the loaded cars.

#include "fleetmodelsfixture.h"

class TestFleetFilters : public FleetModelsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        startWorld();
        QVERIFY(load(m_fleet));
        QCOMPARE(m_fleet.count(), FleetSize);
    }
    void init() { resetFilters(); }

    void filtersByGroup()
    {
        const QString group = m_fleet.vehicleAt(0).group;
        QVERIFY(!group.isEmpty());
        m_filter.setGroup(group);
        const int n = m_filter.rowCount();
        QVERIFY(n > 0 && n < FleetSize);
        QVERIFY(showsExactly([&](const Vehicle &v) { return v.group == group; }));
        // Exact: a part of the name matches nothing.
        m_filter.setGroup(group.left(group.size() - 1));
        QCOMPARE(m_filter.rowCount(), 0);
        m_filter.setGroup({});
        QCOMPARE(m_filter.rowCount(), FleetSize);
    }

    void filtersByState()
    {
        int sum = 0;
        for (int state = FleetVehicleModel::Contributing; state <= FleetVehicleModel::Offline;
             ++state) {
            m_filter.setVehicleState(state);
            QVERIFY(showsExactly([&](const Vehicle &v) { return expectedState(v) == state; }));
            sum += m_filter.rowCount();
        }
        QCOMPARE(sum, FleetSize);
        m_filter.setVehicleState(-1);
        QCOMPARE(m_filter.rowCount(), FleetSize);
    }

    void filtersByReason()
    {
        QSet<QString> codes;
        for (int row = 0; row < m_fleet.count(); ++row)
            for (const QString &code : m_fleet.vehicleAt(row).status.blockingReasons)
                codes.insert(code);
        QVERIFY(codes.size() >= 2);
        for (const QString &code : std::as_const(codes)) {
            m_filter.setReason(code);
            QVERIFY(m_filter.rowCount() > 0);
            QVERIFY2(showsExactly(
                         [&](const Vehicle &v) { return v.status.blockingReasons.contains(code); }),
                     qPrintable(code));
        }
        // Out of reach is the server's word for a car it cannot hear: the cars out of reach.
        m_filter.setReason(QStringLiteral("offline"));
        QVERIFY(m_filter.rowCount() >= 2); // the two kept out of reach, and any asleep
        QVERIFY(showsExactly([](const Vehicle &v) { return !v.status.online; }));
        m_filter.setReason(QStringLiteral("no_such_reason"));
        QCOMPARE(m_filter.rowCount(), 0);
        m_filter.setReason({});
        QCOMPARE(m_filter.rowCount(), FleetSize);
    }

    void filtersBelowFloor()
    {
        // Some cars under their floor and some exactly at it (not under), as the world may not
        // have any at this moment.
        std::vector<Vehicle> changed;
        QStringList under, at;
        for (int row = 3; row < m_fleet.count(); row += 50) {
            changed.push_back(m_fleet.vehicleAt(row));
            Vehicle &car = changed.back();
            if (row % 100 == 3) {
                car.floorSocPercent = int(car.status.socPercent) + 1;
                under.append(car.id);
            } else {
                car.status.socPercent = car.floorSocPercent;
                at.append(car.id);
            }
        }
        QCOMPARE(m_fleet.refreshStatuses(changed), 0);
        m_filter.setBelowFloor(true);
        QVERIFY(
            showsExactly([](const Vehicle &v) { return v.status.socPercent < v.floorSocPercent; }));
        QStringList shown;
        for (int row = 0; row < m_filter.rowCount(); ++row)
            shown.append(m_filter.index(row, 0).data(FleetVehicleModel::IdRole).toString());
        for (const QString &id : std::as_const(under))
            QVERIFY2(shown.contains(id), qPrintable(id));
        for (const QString &id : std::as_const(at))
            QVERIFY2(!shown.contains(id), qPrintable(id));
        QVERIFY(m_filter.rowCount() < FleetSize);
        m_filter.setBelowFloor(false);
        QCOMPARE(m_filter.rowCount(), FleetSize);
    }

    void filtersOfflineForHours()
    {
        // `now` half way through the cars' last contacts plus the hours: about half qualify.
        std::vector<qint64> seen;
        for (int row = 0; row < m_fleet.count(); ++row)
            seen.push_back(m_fleet.vehicleAt(row).status.lastSeen.toMSecsSinceEpoch());
        std::sort(seen.begin(), seen.end());
        for (int hours : {1, 6, 48}) {
            const qint64 span = qint64(hours) * 3600 * 1000;
            const qint64 now = seen[seen.size() / 2] + span + 1;
            m_filter.setNow(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
            m_filter.setOfflineHours(hours);
            const int n = m_filter.rowCount();
            QVERIFY(n > 0);
            QVERIFY(showsExactly([&](const Vehicle &v) {
                return !v.status.lastSeen.isValid() ||
                       now - v.status.lastSeen.toMSecsSinceEpoch() > span;
            }));
        }
        m_filter.setOfflineHours(0);
        m_filter.setNow({});
        QCOMPARE(m_filter.rowCount(), FleetSize);
    }

    void searchesNamesAndIds()
    {
        const Vehicle &car = m_fleet.vehicleAt(7);
        const QStringList words = car.name.split(QLatin1Char(' '));
        for (const QString &text : {words.first().toUpper(), car.id.mid(2).toUpper(),
                                    car.name.toLower(), QStringLiteral("  %1 ").arg(car.id)}) {
            m_filter.setSearchText(text);
            QVERIFY(m_filter.rowCount() > 0);
            const QString needle = text.trimmed();
            QVERIFY2(showsExactly([&](const Vehicle &v) {
                         return v.name.contains(needle, Qt::CaseInsensitive) ||
                                v.id.contains(needle, Qt::CaseInsensitive);
                     }),
                     qPrintable(text));
        }
        m_filter.setSearchText(car.id);
        QCOMPARE(m_filter.rowCount(), 1);
        m_filter.setSearchText(QStringLiteral("no car has this"));
        QCOMPARE(m_filter.rowCount(), 0);
        m_filter.setSearchText({});
        QCOMPARE(m_filter.rowCount(), FleetSize);
    }

    void combinesFilters()
    {
        const QString group = m_fleet.vehicleAt(0).group;
        m_filter.setGroup(group);
        m_filter.setVehicleState(FleetVehicleModel::Offline);
        QVERIFY(showsExactly([&](const Vehicle &v) {
            return v.group == group && expectedState(v) == FleetVehicleModel::Offline;
        }));
        m_filter.setGroup({});
        m_filter.setVehicleState(-1);
        QCOMPARE(m_filter.rowCount(), FleetSize);
    }

    void cleanupTestCase() { stopWorld(); }
};

QTEST_GUILESS_MAIN(TestFleetFilters)
#include "test_fleet_filters.moc"
