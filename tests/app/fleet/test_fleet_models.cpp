// The fleet table's models against a real idlefleetd with the demo organisation (2,000 cars),
// signed in as its fleet manager: loading every page, each column, sorting on each column, the
// selection, the in-place refresh and a server the client does not trust. The filters and the
// search are in test_fleet_filters.cpp.

#include "earningsformat.h"
#include "fleetmodelsfixture.h"
#include "reasons.h"

class TestFleetModels : public FleetModelsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWorld(); }
    void init() { resetFilters(); }

    void loadsEveryPage()
    {
        QVector<int> progress;
        auto connection = connect(&m_fleet, &FleetVehicleModel::progressChanged, this,
                                  [&] { progress.append(m_fleet.loaded()); });
        QVERIFY(load(m_fleet));
        disconnect(connection);
        QVERIFY2(m_fleet.errorMessage().isEmpty(), qPrintable(m_fleet.errorMessage()));
        QCOMPARE(m_fleet.count(), FleetSize);
        QCOMPARE(m_fleet.rowCount(), FleetSize);
        QCOMPARE(m_fleet.total(), FleetSize);
        QCOMPARE(m_fleet.loaded(), FleetSize);
        // Two pages of the server's largest size: the manager saw the count grow.
        QVERIFY2(progress.contains(1000) && progress.contains(FleetSize),
                 qPrintable(QStringLiteral("progress: %1").arg(progress.size())));
        QVERIFY(m_fleet.lastUpdated().isValid());
        QSet<QString> ids;
        for (int row = 0; row < m_fleet.count(); ++row)
            ids.insert(m_fleet.vehicleAt(row).id);
        QCOMPARE(ids.size(), FleetSize);
        QCOMPARE(m_filter.rowCount(), FleetSize);
    }

    void showsEachColumn()
    {
        QCOMPARE(m_fleet.columnCount(), int(FleetVehicleModel::ColumnCount));
        // A car out of reach says so first, whatever it said when it was last seen.
        int offline = 0;
        while (offline < m_fleet.count() && m_fleet.vehicleAt(offline).status.online)
            ++offline;
        QVERIFY(offline < m_fleet.count());
        QCOMPARE(m_fleet.data(m_fleet.index(offline, FleetVehicleModel::ReasonColumn)).toString(),
                 Reasons::sentence(QStringLiteral("offline"), Reasons::Audience::Other));
        // A car in reach that does not contribute, with a reason.
        int row = 0;
        while (row < m_fleet.count() && (m_fleet.vehicleAt(row).status.blockingReasons.isEmpty() ||
                                         !m_fleet.vehicleAt(row).status.online))
            ++row;
        QVERIFY(row < m_fleet.count());
        const Vehicle &car = m_fleet.vehicleAt(row);
        auto cell = [&](int column, int role = Qt::DisplayRole) {
            return m_fleet.data(m_fleet.index(row, column), role);
        };
        QCOMPARE(cell(FleetVehicleModel::NameColumn).toString(), car.name);
        QCOMPARE(cell(FleetVehicleModel::IdColumn).toString(), car.id);
        QCOMPARE(cell(FleetVehicleModel::GroupColumn).toString(), car.group);
        QCOMPARE(cell(FleetVehicleModel::StateColumn).toString(),
                 FleetVehicleModel::stateText(expectedState(car)));
        QCOMPARE(cell(FleetVehicleModel::SocColumn).toString(),
                 QStringLiteral("%1 %").arg(qRound(car.status.socPercent)));
        QCOMPARE(cell(FleetVehicleModel::FloorColumn).toString(),
                 QStringLiteral("%1 %").arg(car.floorSocPercent));
        QCOMPARE(cell(FleetVehicleModel::ReasonColumn).toString(),
                 Reasons::sentence(car.status.blockingReasons.first(), Reasons::Audience::Other));
        QVERIFY(!cell(FleetVehicleModel::LastSeenColumn).toString().isEmpty());
        QCOMPARE(cell(FleetVehicleModel::EnergyColumn).toString(),
                 earnings::formatEnergy(car.status.energyTodayWh));
        QCOMPARE(cell(FleetVehicleModel::ModelColumn).toString(), car.model);
        // Named roles are the same in every column of the row.
        for (int column = 0; column < FleetVehicleModel::ColumnCount; ++column) {
            QCOMPARE(cell(column, FleetVehicleModel::IdRole).toString(), car.id);
            QCOMPARE(cell(column, FleetVehicleModel::ReasonCodeRole).toString(),
                     car.status.blockingReasons.first());
            QCOMPARE(cell(column, FleetVehicleModel::LastSeenRole).toDateTime(),
                     car.status.lastSeen);
        }
        QCOMPARE(cell(0, FleetVehicleModel::SocPercentRole).toDouble(), car.status.socPercent);
        QCOMPARE(cell(0, FleetVehicleModel::StateRole).toInt(), int(expectedState(car)));
        QCOMPARE(cell(0, FleetVehicleModel::BelowFloorRole).toBool(),
                 car.status.socPercent < car.floorSocPercent);
        const QHash<int, QByteArray> names = m_fleet.roleNames();
        QCOMPARE(names.value(FleetVehicleModel::SocPercentRole), QByteArray("socPercent"));
        QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
        QCOMPARE(m_fleet.headerData(FleetVehicleModel::SocColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Charge"));
        // The demo organisation has cars in more than one state.
        QSet<int> states;
        for (int r = 0; r < m_fleet.count(); ++r)
            states.insert(int(expectedState(m_fleet.vehicleAt(r))));
        QVERIFY(states.size() >= 2);
    }

    void sortsOnEachColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        const QMetaEnum columns = QMetaEnum::fromType<FleetVehicleModel::Column>();
        for (int column = 0; column < FleetVehicleModel::ColumnCount; ++column) {
            QTest::addRow("%s ascending", columns.valueToKey(column))
                << column << int(Qt::AscendingOrder);
            QTest::addRow("%s descending", columns.valueToKey(column))
                << column << int(Qt::DescendingOrder);
        }
    }

    void sortsOnEachColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        if (column == FleetVehicleModel::FloorColumn) {
            // The demo organisation's depots share one floor: vary some, as if a manager had
            // changed their policies.
            std::vector<Vehicle> changed;
            for (int row = 0; row < m_fleet.count(); row += 7) {
                changed.push_back(m_fleet.vehicleAt(row));
                changed.back().floorSocPercent = 10 + row % 40;
            }
            QCOMPARE(m_fleet.refreshStatuses(changed), 0);
        }
        m_filter.sort(column, Qt::SortOrder(order));
        QCOMPARE(m_filter.rowCount(), FleetSize);
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        // -1, 0, 1: how two rows of the filter model compare on the column, read through data().
        auto compare = [&](int a, int b) -> int {
            auto value = [&](int row, int role) {
                return m_filter.data(m_filter.index(row, column), role);
            };
            auto three = [](auto x, auto y) {
                return x < y ? -1 : (y < x ? 1 : 0);
            };
            switch (column) {
            case FleetVehicleModel::StateColumn:
                return three(value(a, FleetVehicleModel::StateRole).toInt(),
                             value(b, FleetVehicleModel::StateRole).toInt());
            case FleetVehicleModel::SocColumn:
                return three(value(a, FleetVehicleModel::SocPercentRole).toDouble(),
                             value(b, FleetVehicleModel::SocPercentRole).toDouble());
            case FleetVehicleModel::FloorColumn:
                return three(value(a, FleetVehicleModel::FloorSocPercentRole).toInt(),
                             value(b, FleetVehicleModel::FloorSocPercentRole).toInt());
            case FleetVehicleModel::LastSeenColumn:
                return three(value(a, FleetVehicleModel::LastSeenRole).toDateTime(),
                             value(b, FleetVehicleModel::LastSeenRole).toDateTime());
            case FleetVehicleModel::EnergyColumn:
                return three(value(a, FleetVehicleModel::EnergyTodayWhRole).toLongLong(),
                             value(b, FleetVehicleModel::EnergyTodayWhRole).toLongLong());
            default: {
                const int c = collator.compare(value(a, Qt::DisplayRole).toString(),
                                               value(b, Qt::DisplayRole).toString());
                return c < 0 ? -1 : (c > 0 ? 1 : 0);
            }
            }
        };
        const int sign = order == Qt::AscendingOrder ? 1 : -1;
        int steps = 0; // adjacent rows that differ: a column of one value proves nothing
        for (int row = 0; row + 1 < m_filter.rowCount(); ++row) {
            const int c = compare(row, row + 1) * sign;
            if (c > 0)
                QFAIL(qPrintable(QStringLiteral("rows %1 and %2 are out of order: %3, %4")
                                     .arg(row)
                                     .arg(row + 1)
                                     .arg(m_filter.index(row, column).data().toString(),
                                          m_filter.index(row + 1, column).data().toString())));
            steps += c < 0 ? 1 : 0;
        }
        QVERIFY(steps > 0);
        // Still every car, once.
        QSet<QString> ids;
        for (int row = 0; row < m_filter.rowCount(); ++row)
            ids.insert(m_filter.index(row, 0).data(FleetVehicleModel::IdRole).toString());
        QCOMPARE(ids.size(), FleetSize);
    }

    void sortsNamesInTheLanguagesOrder()
    {
        // Letters with accents among their plain ones, numbers by value, case aside: not the
        // order of UTF-16 codes ("Van 10", "Zebra", "apple", "van 9", "Äpfel").
        FleetVehicleModel model;
        FleetFilterModel filter;
        filter.setSourceModel(&model);
        std::vector<Vehicle> cars;
        for (const char *name : {"Van 10", "Zebra", "apple", "van 9", "\u00c4pfel"}) {
            Vehicle car;
            car.name = QString::fromUtf8(name);
            car.id = QStringLiteral("veh-%1").arg(cars.size());
            cars.push_back(car);
        }
        model.setVehicles(std::move(cars), QDateTime::currentDateTimeUtc());
        filter.sort(FleetVehicleModel::NameColumn, Qt::AscendingOrder);
        QStringList names;
        for (int row = 0; row < filter.rowCount(); ++row)
            names.append(filter.index(row, 0).data().toString());
        QCOMPARE(names, QStringList({QStringLiteral("\u00c4pfel"), QStringLiteral("apple"),
                                     QStringLiteral("van 9"), QStringLiteral("Van 10"),
                                     QStringLiteral("Zebra")}));
    }

    void selectsSeveralCars()
    {
        QSignalSpy selection(&m_filter, &FleetFilterModel::selectedCountChanged);
        const QString group = m_fleet.vehicleAt(0).group;
        m_filter.setGroup(group);
        m_filter.sort(FleetVehicleModel::SocColumn, Qt::DescendingOrder);
        const int visible = m_filter.rowCount();
        m_filter.selectAllVisible();
        QCOMPARE(m_fleet.selectedCount(), visible);
        QCOMPARE(m_filter.selectedCount(), visible);
        QVERIFY(selection.count() >= 1);
        for (const QString &id : m_filter.selectedIds())
            QCOMPARE(m_fleet.vehicleAt(m_fleet.rowOf(id)).group, group);

        // Deselecting the filter model's first row deselects that car, and shows it.
        const QString first = m_filter.index(0, 0).data(FleetVehicleModel::IdRole).toString();
        QSignalSpy changed(&m_filter, &QAbstractItemModel::dataChanged);
        m_filter.setSelected(0, false);
        QCOMPARE(m_fleet.selectedCount(), visible - 1);
        QVERIFY(!m_fleet.selectedIds().contains(first));
        QCOMPARE(m_filter.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Unchecked);
        QCOMPARE(m_filter.index(0, 3).data(FleetVehicleModel::SelectedRole).toBool(), false);
        QCOMPARE(m_filter.index(1, 3).data(FleetVehicleModel::SelectedRole).toBool(), true);
        QVERIFY(changed.count() >= 1);

        // The selection is the cars, not rows: it survives another order and another filter.
        const QStringList before = m_fleet.selectedIds();
        m_filter.sort(FleetVehicleModel::NameColumn, Qt::AscendingOrder);
        m_filter.setGroup({});
        QCOMPARE(m_fleet.selectedIds(), before);
        // A check box in the name column toggles it too.
        const int row = m_fleet.rowOf(first);
        QVERIFY(m_fleet.flags(m_fleet.index(row, 0)) & Qt::ItemIsUserCheckable);
        QVERIFY(m_fleet.setData(m_fleet.index(row, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(m_fleet.selectedCount(), visible);

        m_filter.clearSelection();
        QCOMPARE(m_fleet.selectedCount(), 0);
        QCOMPARE(m_filter.selectedIds(), QStringList());
        QCOMPARE(m_filter.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Unchecked);
    }

    void refreshesInPlace()
    {
        m_filter.sort(FleetVehicleModel::SocColumn, Qt::AscendingOrder);
        const QString firstShown = m_filter.index(0, 0).data(FleetVehicleModel::IdRole).toString();
        QSignalSpy reset(&m_fleet, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m_fleet, &QAbstractItemModel::dataChanged);
        QSignalSpy proxyLayout(&m_filter, &QAbstractItemModel::layoutChanged);
        QSignalSpy proxyReset(&m_filter, &QAbstractItemModel::modelReset);

        // A page straight from the server, applied to the rows it names.
        AWAIT_JOB(page, m_client.listVehicles(500));
        QCOMPARE(page->error(), FleetJob::NoError);
        std::vector<Vehicle> vehicles = page->result().vehicles;
        vehicles.front().status.socPercent = 0; // as if the car reported an empty battery
        QCOMPARE(m_fleet.refreshStatuses(vehicles), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1); // the page is one run of rows
        const int row = m_fleet.rowOf(vehicles.front().id);
        QCOMPARE(m_fleet.index(row, 0).data(FleetVehicleModel::SocPercentRole).toDouble(), 0.0);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 499);
        // The filter model passes it on and keeps its rows where they were, but says so.
        QCOMPARE(proxyLayout.count(), 0);
        QCOMPARE(proxyReset.count(), 0);
        QCOMPARE(m_filter.index(0, 0).data(FleetVehicleModel::IdRole).toString(), firstShown);
        QVERIFY(m_filter.outdated());
        m_filter.reapply();
        QVERIFY(!m_filter.outdated());
        QCOMPARE(m_filter.index(0, 0).data(FleetVehicleModel::IdRole).toString(),
                 vehicles.front().id);

        // A car the table does not have is counted, not added.
        Vehicle stranger = vehicles.front();
        stranger.id = QStringLiteral("veh-not-in-the-table");
        QCOMPARE(m_fleet.refreshStatuses({stranger}), 1);
        QCOMPARE(m_fleet.count(), FleetSize);

        // The whole refresh from the server: every page in place, no reset.
        changed.clear();
        QVERIFY(load(m_fleet, true));
        QVERIFY2(m_fleet.errorMessage().isEmpty(), qPrintable(m_fleet.errorMessage()));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 2); // two pages
        QCOMPARE(m_fleet.count(), FleetSize);
        QVERIFY(m_fleet.index(row, 0).data(FleetVehicleModel::SocPercentRole).toDouble() > 0);
    }

    void keepsTheRowsWhenALoadFailsHalfWay()
    {
        FleetClient client;
        client.setEndpoint(m_backend.url(), {m_backend.pin()});
        AWAIT_JOB(login,
                  client.login(QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet")));
        QCOMPARE(login->error(), FleetJob::NoError);
        FleetVehicleModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setClient(&client);
        QVERIFY(load(model));
        QCOMPARE(model.count(), FleetSize);
        const QDateTime updated = model.lastUpdated();

        // The session ends after the first page: the second is refused.
        connect(&model, &FleetVehicleModel::progressChanged, &client, [&] {
            if (model.loading() && model.loaded() > 0)
                client.setSession({});
        });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(load(model));
        QVERIFY(!model.errorMessage().isEmpty());
        QCOMPARE(model.count(), FleetSize); // the old list, whole, not half a new one
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.lastUpdated(), updated); // stale, and it says since when
    }

    void saysWhatWentWrongWithAStrangeServer()
    {
        FleetClient stranger;
        stranger.setEndpoint(m_backend.url(), {StrangerPin});
        stranger.setSession(m_client.session());
        // What the client itself says about such a server.
        AWAIT_JOB(direct, stranger.listVehicles(10));
        QCOMPARE(direct->error(), FleetJob::PinMismatch);

        FleetVehicleModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setClient(&stranger);
        QSignalSpy error(&model, &FleetVehicleModel::errorMessageChanged);
        QVERIFY(load(model));
        QCOMPARE(error.count(), 1);
        QVERIFY2(model.errorMessage().contains(direct->errorString()),
                 qPrintable(model.errorMessage()));
        QVERIFY(
            model.errorMessage().startsWith(QStringLiteral("The vehicles could not be loaded")));
        QCOMPARE(model.count(), 0);
        QVERIFY(!model.lastUpdated().isValid());

        // The next load that works clears the message.
        model.setClient(&m_client);
        QVERIFY(load(model));
        QCOMPARE(model.errorMessage(), QString());
        QCOMPARE(model.count(), FleetSize);
    }

    void cleanupTestCase() { stopWorld(); }
};

QTEST_GUILESS_MAIN(TestFleetModels)
#include "test_fleet_models.moc"
