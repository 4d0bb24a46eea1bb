#include "fleetfiltermodel.h"

#include "reasons.h"
#include "worldtime.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace idlefleet::app {

FleetFilterModel::FleetFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // On purpose: a status refresh must not move rows under the manager's pointer (see the
    // class comment); and re-sorting 20,000 rows on every refresh would cost more than it shows.
    setDynamicSortFilter(false);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &FleetFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &FleetFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &FleetFilterModel::countChanged);
}

void FleetFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_fleet)
        disconnect(m_fleet, nullptr, this, nullptr);
    m_fleet = qobject_cast<FleetVehicleModel *>(sourceModel);
    forgetSortKeys();
    if (m_fleet) {
        connect(m_fleet, &QAbstractItemModel::modelAboutToBeReset, this,
                &FleetFilterModel::recheckSortKeys);
        connect(m_fleet, &QAbstractItemModel::modelReset, this, [this] {
            followLocale();
            m_nowMs =
                m_now.isValid() ? m_now.toMSecsSinceEpoch() : WorldTime::now().toMSecsSinceEpoch();
            setOutdated(false);
        });
        connect(m_fleet, &QAbstractItemModel::dataChanged, this,
                &FleetFilterModel::onSourceDataChanged);
        connect(m_fleet, &FleetVehicleModel::selectionChanged, this,
                &FleetFilterModel::selectedCountChanged);
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
    Q_EMIT selectedCountChanged();
}

void FleetFilterModel::onSourceDataChanged(const QModelIndex &, const QModelIndex &,
                                           const QList<int> &roles)
{
    // A change of the selection alone changes no order and no filter.
    if (!roles.isEmpty() && std::all_of(roles.begin(), roles.end(), [](int role) {
            return role == Qt::CheckStateRole || role == FleetVehicleModel::SelectedRole;
        }))
        return;
    recheckSortKeys();
    setOutdated(true);
}

void FleetFilterModel::forgetSortKeys()
{
    for (TextRanks &text : m_text)
        text = {};
}

void FleetFilterModel::recheckSortKeys()
{
    for (TextRanks &text : m_text)
        text.check = true;
}

void FleetFilterModel::setOutdated(bool outdated)
{
    if (m_outdated == outdated)
        return;
    m_outdated = outdated;
    Q_EMIT outdatedChanged();
}

void FleetFilterModel::followLocale()
{
    if (m_collatorSet || m_collator.locale() == QLocale())
        return;
    m_collator.setLocale(QLocale());
    forgetSortKeys();
}

void FleetFilterModel::sort(int column, Qt::SortOrder order)
{
    followLocale();
    QSortFilterProxyModel::sort(column, order);
    Q_EMIT sortChanged();
}

void FleetFilterModel::toggleSelected(int row)
{
    if (!m_fleet || row < 0 || row >= rowCount())
        return;
    const int source = mapToSource(index(row, 0)).row();
    m_fleet->setSelected(source, !m_fleet->isSelected(source));
}

QString FleetFilterModel::vehicleIdAt(int row) const
{
    if (!m_fleet || row < 0 || row >= rowCount())
        return {};
    return m_fleet->vehicleAt(mapToSource(index(row, 0)).row()).id;
}

void FleetFilterModel::sortBy(int column)
{
    const bool again = column == sortColumn();
    sort(column,
         again && sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void FleetFilterModel::refilter()
{
    followLocale();
    m_nowMs = m_now.isValid() ? m_now.toMSecsSinceEpoch() : WorldTime::now().toMSecsSinceEpoch();
    // invalidate() rebuilds the mapping in one pass (filter, then sort): far cheaper than
    // invalidateFilter(), which removes and inserts the changed rows range by range.
    invalidate();
    setOutdated(false);
    Q_EMIT filtersChanged();
}

void FleetFilterModel::reapply()
{
    refilter();
}

void FleetFilterModel::setGroup(const QString &group)
{
    if (m_group == group)
        return;
    m_group = group;
    refilter();
}

void FleetFilterModel::setVehicleState(int state)
{
    state = state < 0 || state > FleetVehicleModel::Offline ? -1 : state;
    if (m_state == state)
        return;
    m_state = state;
    refilter();
}

void FleetFilterModel::setReason(const QString &code)
{
    if (m_reason == code)
        return;
    m_reason = code;
    refilter();
}

void FleetFilterModel::setBelowFloor(bool belowFloor)
{
    if (m_belowFloor == belowFloor)
        return;
    m_belowFloor = belowFloor;
    refilter();
}

void FleetFilterModel::setOfflineHours(int hours)
{
    hours = std::max(0, hours);
    if (m_offlineHours == hours)
        return;
    m_offlineHours = hours;
    refilter();
}

void FleetFilterModel::setNow(const QDateTime &now)
{
    if (m_now == now && m_now.isValid() == now.isValid())
        return;
    m_now = now;
    refilter();
}

void FleetFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    refilter();
}

void FleetFilterModel::setCollator(const QCollator &collator)
{
    m_collator = collator;
    m_collatorSet = true;
    forgetSortKeys();
    if (sortColumn() >= 0)
        invalidate();
}

bool FleetFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_fleet)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const Vehicle &vehicle = m_fleet->vehicleAt(sourceRow);
    const VehicleStatus &status = vehicle.status;
    if (!m_group.isEmpty() && vehicle.group != m_group)
        return false;
    if (m_state >= 0 && FleetVehicleModel::stateOf(vehicle) != m_state)
        return false;
    // Out of reach is the server's word for a car it cannot hear, not one of the car's reasons.
    if (m_reason == QLatin1String("offline")
            ? status.online
            : !m_reason.isEmpty() && !status.blockingReasons.contains(m_reason))
        return false;
    if (m_belowFloor && !(status.socPercent < vehicle.floorSocPercent))
        return false;
    if (m_offlineHours > 0 && status.lastSeen.isValid() &&
        m_nowMs - status.lastSeen.toMSecsSinceEpoch() <= qint64(m_offlineHours) * 3600 * 1000)
        return false;
    if (!m_search.isEmpty() && !vehicle.name.contains(m_search, Qt::CaseInsensitive) &&
        !vehicle.id.contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

namespace {

template<typename T>
int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

qint64 lastSeenMs(const Vehicle &vehicle)
{
    const QDateTime &at = vehicle.status.lastSeen;
    return at.isValid() ? at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

} // namespace

bool FleetFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_fleet)
        return QSortFilterProxyModel::lessThan(left, right);
    const Vehicle &a = m_fleet->vehicleAt(left.row());
    const Vehicle &b = m_fleet->vehicleAt(right.row());
    int order = 0;
    switch (left.column()) {
    case FleetVehicleModel::StateColumn:
        order = compare(FleetVehicleModel::stateOf(a), FleetVehicleModel::stateOf(b));
        break;
    case FleetVehicleModel::SocColumn:
        order = compare(a.status.socPercent, b.status.socPercent);
        break;
    case FleetVehicleModel::FloorColumn:
        order = compare(a.floorSocPercent, b.floorSocPercent);
        break;
    case FleetVehicleModel::LastSeenColumn:
        order = compare(lastSeenMs(a), lastSeenMs(b));
        break;
    case FleetVehicleModel::EnergyColumn:
        order = compare(a.status.energyTodayWh, b.status.energyTodayWh);
        break;
    default: {
        const std::vector<int> &ranks = textRanks(left.column());
        order = compare(ranks[std::size_t(left.row())], ranks[std::size_t(right.row())]);
    }
    }
    // Ties keep the source's order (by name), so that descending is ascending reversed.
    return order != 0 ? order < 0 : left.row() < right.row();
}

const QString &FleetFilterModel::sortedText(const Vehicle &vehicle, int column)
{
    static const QString none;
    switch (column) {
    case FleetVehicleModel::NameColumn:
        return vehicle.name;
    case FleetVehicleModel::IdColumn:
        return vehicle.id;
    case FleetVehicleModel::GroupColumn:
        return vehicle.group;
    case FleetVehicleModel::ReasonColumn: { // the code: its text is made once per code
        // Out of reach first, as the cell says it (Reasons::codesOf, without a copy per row).
        static const QString offline = QStringLiteral("offline");
        if (!vehicle.status.online)
            return offline;
        return vehicle.status.blockingReasons.isEmpty() ? none
                                                        : vehicle.status.blockingReasons.first();
    }
    case FleetVehicleModel::ModelColumn:
        return vehicle.model;
    default:
        return none;
    }
}

const std::vector<int> &FleetFilterModel::textRanks(int column) const
{
    TextRanks &text = m_text[std::size_t(column)];
    const int rows = m_fleet->count();
    // A reload or a status refresh seldom changes a name: compare before ranking anew.
    if (text.check && int(text.of.size()) == rows) {
        text.check = false;
        for (int row = 0; row < rows; ++row) {
            if (sortedText(m_fleet->vehicleAt(row), column) != text.of[std::size_t(row)]) {
                text.of.clear();
                break;
            }
        }
    }
    if (int(text.of.size()) == rows && int(text.rank.size()) == rows)
        return text.rank;
    text.check = false;
    // Qt's sort keys for the C locale ignore the collator's case insensitivity; fold it here.
    const bool foldCase = m_collator.caseSensitivity() == Qt::CaseInsensitive &&
                          m_collator.locale().language() == QLocale::C;
    // Each distinct text once (a group or a model is shared by many cars), collated through
    // its sort key: comparing keys is a byte compare, collating strings is not.
    QHash<QString, int> distinct;
    std::vector<int> textOf(std::size_t(rows), 0);
    std::vector<QCollatorSortKey> keys;
    text.of.resize(std::size_t(rows));
    for (int row = 0; row < rows; ++row) {
        const QString &value = sortedText(m_fleet->vehicleAt(row), column);
        text.of[std::size_t(row)] = value;
        auto it = distinct.constFind(value);
        if (it == distinct.constEnd()) {
            it = distinct.insert(value, int(keys.size()));
            QString shown = column == FleetVehicleModel::ReasonColumn && !value.isEmpty()
                                ? Reasons::sentence(value, Reasons::Audience::Other)
                                : value;
            keys.push_back(m_collator.sortKey(foldCase ? shown.toCaseFolded() : shown));
        }
        textOf[std::size_t(row)] = *it;
    }
    std::vector<int> byKey(keys.size());
    std::iota(byKey.begin(), byKey.end(), 0);
    std::sort(byKey.begin(), byKey.end(), [&keys](int x, int y) {
        return keys[std::size_t(x)].compare(keys[std::size_t(y)]) < 0;
    });
    std::vector<int> rankOfText(keys.size(), 0);
    for (std::size_t i = 1; i < byKey.size(); ++i) {
        const bool same = keys[std::size_t(byKey[i])].compare(keys[std::size_t(byKey[i - 1])]) == 0;
        rankOfText[std::size_t(byKey[i])] = same ? rankOfText[std::size_t(byKey[i - 1])] : int(i);
    }
    text.rank.resize(std::size_t(rows));
    for (std::size_t row = 0; row < text.rank.size(); ++row)
        text.rank[row] = rankOfText[std::size_t(textOf[row])];
    return text.rank;
}

void FleetFilterModel::setSelected(int row, bool selected)
{
    if (!m_fleet || row < 0 || row >= rowCount())
        return;
    m_fleet->setSelected(mapToSource(index(row, 0)).row(), selected);
}

void FleetFilterModel::selectAllVisible()
{
    if (!m_fleet)
        return;
    QList<int> rows;
    rows.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        rows.append(mapToSource(index(row, 0)).row());
    m_fleet->selectRows(rows);
}

void FleetFilterModel::clearSelection()
{
    if (m_fleet)
        m_fleet->clearSelection();
}

QStringList FleetFilterModel::selectedIds() const
{
    return m_fleet ? m_fleet->selectedIds() : QStringList();
}

} // namespace idlefleet::app
