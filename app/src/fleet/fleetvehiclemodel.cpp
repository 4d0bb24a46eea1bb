#include "fleetvehiclemodel.h"

#include "earningsformat.h"
#include "fleetclient.h"
#include "fleetvehicleload.h"
#include "preferences.h"
#include "reasons.h"

#include <QLocale>
#include <algorithm>
#include <numeric>

namespace idlefleet::app {

using fleet::FleetVehicleLoad;

FleetVehicleModel::FleetVehicleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this, &FleetVehicleModel::retranslate);
}

void FleetVehicleModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (count() > 0)
        Q_EMIT dataChanged(index(0, 0), index(count() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, StateTextRole, ReasonTextRole});
}

FleetVehicleModel::~FleetVehicleModel() = default;

client::FleetClient *FleetVehicleModel::client() const
{
    return m_client;
}

void FleetVehicleModel::setClient(client::FleetClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    Q_EMIT clientChanged();
}

int FleetVehicleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int FleetVehicleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

FleetVehicleModel::State FleetVehicleModel::stateOf(const Vehicle &vehicle)
{
    const VehicleStatus &status = vehicle.status;
    if (!status.online)
        return Offline;
    if (status.driving)
        return Driving;
    if (status.contributing)
        return Contributing;
    return status.pluggedIn ? Charging : Idle;
}

QString FleetVehicleModel::stateText(State state)
{
    switch (state) {
    case Contributing:
        return tr("Contributing");
    case Driving:
        return tr("Driving");
    case Charging:
        return tr("Charging", "plugged in, not contributing");
    case Idle:
        return tr("Idle", "parked, unplugged, not contributing");
    case Offline:
        return tr("Offline");
    }
    return {};
}

QString FleetVehicleModel::reasonText(const Vehicle &vehicle)
{
    const QStringList reasons = Reasons::codesOf(vehicle.status);
    return reasons.isEmpty() ? QString()
                             : Reasons::sentence(reasons.first(), Reasons::Audience::Other);
}

QVariant FleetVehicleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Vehicle &vehicle = m_rows[std::size_t(index.row())];
    const VehicleStatus &status = vehicle.status;
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        switch (index.column()) {
        case NameColumn:
            return vehicle.name;
        case IdColumn:
            return vehicle.id;
        case GroupColumn:
            return vehicle.group;
        case StateColumn:
            return stateText(stateOf(vehicle));
        case SocColumn:
            return QStringLiteral("%1 %").arg(locale.toString(qRound(status.socPercent)));
        case FloorColumn:
            return QStringLiteral("%1 %").arg(locale.toString(vehicle.floorSocPercent));
        case ReasonColumn:
            return reasonText(vehicle);
        case LastSeenColumn:
            return status.lastSeen.isValid()
                       ? locale.toString(status.lastSeen.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case EnergyColumn:
            // In kWh and the language's unit, as every other page shows energy.
            return earnings::formatEnergy(status.energyTodayWh, locale);
        case ModelColumn:
            return vehicle.model;
        default:
            return {};
        }
    }
    case Qt::CheckStateRole:
        if (index.column() != NameColumn)
            return {};
        return m_selected.contains(vehicle.id) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return vehicle.id;
    case NameRole:
        return vehicle.name;
    case ModelRole:
        return vehicle.model;
    case GroupRole:
        return vehicle.group;
    case StateRole:
        return int(stateOf(vehicle));
    case StateTextRole:
        return stateText(stateOf(vehicle));
    case SocPercentRole:
        return status.socPercent;
    case FloorSocPercentRole:
        return vehicle.floorSocPercent;
    case BelowFloorRole:
        return status.socPercent < vehicle.floorSocPercent;
    case ReasonCodeRole:
        return Reasons::codesOf(status).value(0);
    case ReasonTextRole:
        return reasonText(vehicle);
    case ReasonCodesRole:
        return status.blockingReasons;
    case LastSeenRole:
        return status.lastSeen;
    case OnlineRole:
        return status.online;
    case EnergyTodayWhRole:
        return status.energyTodayWh;
    case PolicyVersionRole:
        return vehicle.policyVersion;
    case SelectedRole:
        return m_selected.contains(vehicle.id);
    default:
        return {};
    }
}

bool FleetVehicleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == Qt::CheckStateRole && index.column() == NameColumn) {
        setSelected(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
        return true;
    }
    if (role == SelectedRole) {
        setSelected(index.row(), value.toBool());
        return true;
    }
    return false;
}

Qt::ItemFlags FleetVehicleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant FleetVehicleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID", "a car's identifier");
    case GroupColumn:
        return tr("Group", "a depot or team of cars");
    case StateColumn:
        return tr("State");
    case SocColumn:
        return tr("Charge", "battery state of charge");
    case FloorColumn:
        return tr("Floor", "the lowest charge contributing may leave");
    case ReasonColumn:
        return tr("Why not contributing");
    case LastSeenColumn:
        return tr("Last seen");
    case EnergyColumn:
        return tr("Energy today");
    case ModelColumn:
        return tr("Model", "make and model of a car");
    default:
        return {};
    }
}

QHash<int, QByteArray> FleetVehicleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(Qt::CheckStateRole, "checkState");
    names.insert({
        {IdRole, "vehicleId"},
        {NameRole, "name"},
        {ModelRole, "model"},
        {GroupRole, "group"},
        {StateRole, "vehicleState"},
        {StateTextRole, "stateText"},
        {SocPercentRole, "socPercent"},
        {FloorSocPercentRole, "floorSocPercent"},
        {BelowFloorRole, "belowFloor"},
        {ReasonCodeRole, "reasonCode"},
        {ReasonTextRole, "reasonText"},
        {ReasonCodesRole, "reasonCodes"},
        {LastSeenRole, "lastSeen"},
        {OnlineRole, "online"},
        {EnergyTodayWhRole, "energyTodayWh"},
        {PolicyVersionRole, "policyVersion"},
        {SelectedRole, "selected"},
    });
    return names;
}

int FleetVehicleModel::loaded() const
{
    return m_load ? m_load->loaded() : count();
}

int FleetVehicleModel::total() const
{
    return m_load ? m_load->total() : count();
}

void FleetVehicleModel::reload()
{
    startLoad(false);
}

void FleetVehicleModel::refresh()
{
    startLoad(true);
}

void FleetVehicleModel::startLoad(bool inPlace)
{
    if (m_load) // the one in flight brings the newest list soon
        return;
    m_load = new FleetVehicleLoad(m_client, this);
    if (inPlace)
        connect(m_load, &FleetVehicleLoad::pageLoaded, this, [this](int first) {
            const std::vector<Vehicle> &all = m_load->vehicles();
            refreshStatuses(std::vector<Vehicle>(all.begin() + first, all.end()));
        });
    connect(m_load, &FleetVehicleLoad::pageLoaded, this, &FleetVehicleModel::progressChanged);
    connect(m_load, &FleetVehicleLoad::finished, this,
            [this, inPlace] { onLoadFinished(inPlace); });
    Q_EMIT loadingChanged();
    Q_EMIT progressChanged();
    m_load->start();
}

void FleetVehicleModel::onLoadFinished(bool inPlace)
{
    FleetVehicleLoad *load = std::exchange(m_load, nullptr);
    load->deleteLater(); // it is still emitting finished()
    if (load->failed()) {
        // The rows stay as they were (an in-place refresh may have updated some): stale, and
        // lastUpdated says since when.
        setErrorMessage(load->errorString());
    } else {
        std::vector<Vehicle> vehicles = load->takeVehicles();
        const bool sameCars =
            inPlace && int(vehicles.size()) == count() &&
            std::all_of(vehicles.begin(), vehicles.end(),
                        [this](const Vehicle &vehicle) { return m_rowOf.contains(vehicle.id); });
        if (sameCars) {
            m_lastUpdated = QDateTime::currentDateTimeUtc();
            Q_EMIT lastUpdatedChanged();
        } else {
            setVehicles(std::move(vehicles), QDateTime::currentDateTimeUtc());
        }
        setErrorMessage({});
    }
    Q_EMIT loadingChanged();
    Q_EMIT progressChanged();
}

void FleetVehicleModel::setVehicles(std::vector<Vehicle> vehicles, const QDateTime &fetchedAt)
{
    const int before = count();
    const int selectedBefore = selectedCount();
    beginResetModel();
    m_rows = std::move(vehicles);
    m_rowOf.clear();
    m_rowOf.reserve(qsizetype(m_rows.size()));
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows[row].id, int(row));
    for (auto it = m_selected.begin(); it != m_selected.end();) {
        if (m_rowOf.contains(*it))
            ++it;
        else
            it = m_selected.erase(it);
    }
    endResetModel();
    m_lastUpdated = fetchedAt;
    Q_EMIT lastUpdatedChanged();
    if (before != count())
        Q_EMIT countChanged();
    if (selectedBefore != selectedCount())
        Q_EMIT selectionChanged();
}

int FleetVehicleModel::refreshStatuses(const std::vector<Vehicle> &vehicles)
{
    int unknown = 0;
    std::vector<int> changed;
    changed.reserve(vehicles.size());
    for (const Vehicle &vehicle : vehicles) {
        const auto row = m_rowOf.constFind(vehicle.id);
        if (row == m_rowOf.constEnd()) {
            ++unknown;
            continue;
        }
        m_rows[std::size_t(*row)] = vehicle;
        changed.push_back(*row);
    }
    // One signal per run of adjacent rows: a page in the server's order is one run.
    std::sort(changed.begin(), changed.end());
    for (std::size_t i = 0; i < changed.size();) {
        std::size_t end = i + 1;
        while (end < changed.size() && changed[end] <= changed[end - 1] + 1)
            ++end;
        Q_EMIT dataChanged(index(changed[i], 0), index(changed[end - 1], ColumnCount - 1));
        i = end;
    }
    return unknown;
}

bool FleetVehicleModel::isSelected(int row) const
{
    return row >= 0 && row < count() && m_selected.contains(m_rows[std::size_t(row)].id);
}

bool FleetVehicleModel::moveSelectionToGroup(const QString &group)
{
    const QString name = group.trimmed();
    const QStringList ids = selectedIds();
    if (!m_client || ids.isEmpty()) {
        Q_EMIT groupChanged(false, tr("Select the cars to move first."));
        return false;
    }
    auto *job = m_client->setGroup(ids, name, this);
    connect(job, &client::FleetJob::finished, this, [this, job, ids, name] {
        job->deleteLater();
        if (job->error() != client::FleetJob::NoError) {
            Q_EMIT groupChanged(false, job->errorString());
            return;
        }
        for (const QString &id : ids) {
            const int row = rowOf(id);
            if (row < 0)
                continue;
            m_rows[std::size_t(row)].group = name;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        Q_EMIT groupChanged(
            true, name.isEmpty() ? tr("%Ln car(s) taken out of their group.", "", int(ids.size()))
                                 : tr("%Ln car(s) moved to %1.", "", int(ids.size())).arg(name));
    });
    return true;
}

void FleetVehicleModel::setSelected(int row, bool selected)
{
    if (row < 0 || row >= count() || isSelected(row) == selected)
        return;
    const QString &id = m_rows[std::size_t(row)].id;
    if (selected)
        m_selected.insert(id);
    else
        m_selected.remove(id);
    emitSelectionChanged({row});
}

void FleetVehicleModel::selectRows(const QList<int> &rows)
{
    QList<int> added;
    for (int row : rows) {
        if (row >= 0 && row < count() && !isSelected(row)) {
            m_selected.insert(m_rows[std::size_t(row)].id);
            added.append(row);
        }
    }
    emitSelectionChanged(added);
}

void FleetVehicleModel::selectAll()
{
    QList<int> rows(count());
    std::iota(rows.begin(), rows.end(), 0);
    selectRows(rows);
}

void FleetVehicleModel::clearSelection()
{
    QList<int> rows;
    rows.reserve(m_selected.size());
    for (const QString &id : std::as_const(m_selected))
        rows.append(m_rowOf.value(id));
    m_selected.clear();
    emitSelectionChanged(rows);
}

QStringList FleetVehicleModel::selectedIds() const
{
    QList<int> rows;
    rows.reserve(m_selected.size());
    for (const QString &id : m_selected)
        rows.append(m_rowOf.value(id));
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    ids.reserve(rows.size());
    for (int row : std::as_const(rows))
        ids.append(m_rows[std::size_t(row)].id);
    return ids;
}

void FleetVehicleModel::emitSelectionChanged(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    const auto [first, last] = std::minmax_element(rows.begin(), rows.end());
    Q_EMIT dataChanged(index(*first, 0), index(*last, ColumnCount - 1),
                       {Qt::CheckStateRole, SelectedRole});
    Q_EMIT selectionChanged();
}

void FleetVehicleModel::setErrorMessage(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace idlefleet::app
