#include "vehiclelistmodel.h"

#include <algorithm>

namespace idlefleet::app {

VehicleListModel::VehicleListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int VehicleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vehicles.size());
}

QVariant VehicleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Vehicle &vehicle = m_vehicles[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return vehicle.name;
    case IdRole:
        return vehicle.id;
    case ModelRole:
        return vehicle.model;
    case SocPercentRole:
        return vehicle.status.socPercent;
    case BatteryCapacityWhRole:
        return vehicle.batteryCapacityWh;
    case PluggedInRole:
        return vehicle.status.pluggedIn;
    case DrivingRole:
        return vehicle.status.driving;
    case ContributingRole:
        return vehicle.status.contributing;
    case ChipTempCRole:
        return vehicle.status.chipTempC;
    case ComputePowerWattsRole:
        return vehicle.status.computePowerWatts;
    case EnergyTodayWhRole:
        return vehicle.status.energyTodayWh;
    case ObservedAtRole:
        return vehicle.status.observedAt;
    case OnlineRole:
        return vehicle.status.online;
    default:
        return {};
    }
}

QHash<int, QByteArray> VehicleListModel::roleNames() const
{
    return {
        {IdRole, "vehicleId"},
        {NameRole, "name"},
        {ModelRole, "model"},
        {SocPercentRole, "socPercent"},
        {BatteryCapacityWhRole, "batteryCapacityWh"},
        {PluggedInRole, "pluggedIn"},
        {DrivingRole, "driving"},
        {ContributingRole, "contributing"},
        {ChipTempCRole, "chipTempC"},
        {ComputePowerWattsRole, "computePowerWatts"},
        {EnergyTodayWhRole, "energyTodayWh"},
        {ObservedAtRole, "observedAt"},
        {OnlineRole, "online"},
    };
}

void VehicleListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void VehicleListModel::setVehicles(std::vector<Vehicle> vehicles, const QDateTime &fetchedAt)
{
    const bool sameCars =
        std::equal(m_vehicles.begin(), m_vehicles.end(), vehicles.begin(), vehicles.end(),
                   [](const Vehicle &a, const Vehicle &b) { return a.id == b.id; });
    if (sameCars) {
        m_vehicles = std::move(vehicles);
        if (!m_vehicles.empty())
            Q_EMIT dataChanged(index(0), index(int(m_vehicles.size()) - 1));
    } else {
        beginResetModel();
        m_vehicles = std::move(vehicles);
        endResetModel();
        Q_EMIT countChanged();
    }
    m_lastUpdated = fetchedAt;
    Q_EMIT lastUpdatedChanged();
    setErrorMessage({});
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged();
    }
}

void VehicleListModel::setErrorMessage(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace idlefleet::app
