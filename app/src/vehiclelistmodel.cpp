#include "vehiclelistmodel.h"

#include "moneyformat.h"
#include "navigation.h"
#include "reasons.h"

#include <QHash>
#include <QLocale>
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
    const Reasons::Audience audience =
        m_speaksToOwner ? Reasons::Audience::Owner : Reasons::Audience::Other;
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
        // What a car out of reach does is not known (its last report may say contributing).
        return Reasons::contributingNow(vehicle.status);
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
    case ReasonsRole: {
        QStringList reasons;
        for (const QString &code : vehicle.status.blockingReasons)
            reasons.append(Reasons::sentence(code, audience));
        return reasons;
    }
    case MarketRateRole:
        return formatMoney(vehicle.status.marketRateMicrosPerHour, vehicle.status.currency);
    case LastSeenRole:
        return vehicle.status.lastSeen; // invalid: never seen
    case ReasonItemsRole: {
        QVariantList items;
        for (const QString &code : Reasons::codesOf(vehicle.status)) {
            // A reason the reader can do something about links to the setting that changes it.
            const QString action = Reasons::action(code, audience);
            items.append(QVariantMap{
                {QStringLiteral("vehicleId"), vehicle.id},
                {QStringLiteral("code"), code},
                {QStringLiteral("text"), Reasons::sentence(code, audience)},
                {QStringLiteral("field"), action.isEmpty() ? QString() : Reasons::field(code)},
                {QStringLiteral("action"), action},
                {QStringLiteral("page"),
                 int(Navigation::fromName(action.isEmpty() ? QString() : Reasons::page(code))
                         .value_or(Navigation::Dashboard))}});
        }
        return items;
    }
    case TimeZoneRole:
        return vehicle.timeZone;
    case CurrencyRole:
        return vehicle.status.currency;
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
        {LastSeenRole, "lastSeen"},
        {OnlineRole, "online"},
        {ReasonsRole, "reasons"},
        {MarketRateRole, "marketRate"},
        {ReasonItemsRole, "reasonItems"},
        {TimeZoneRole, "timeZone"},
        {CurrencyRole, "currency"},
    };
}

void VehicleListModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void VehicleListModel::setSpeaksToOwner(bool owner)
{
    if (m_speaksToOwner == owner)
        return;
    m_speaksToOwner = owner;
    retranslate();
}

const Vehicle *VehicleListModel::vehicle(const QString &id) const
{
    const auto row = m_rowOf.constFind(id);
    return row == m_rowOf.constEnd() ? nullptr : &m_vehicles[std::size_t(*row)];
}

bool VehicleListModel::updateStatus(const QString &vehicleId, const VehicleStatus &status)
{
    const auto row = m_rowOf.constFind(vehicleId);
    if (row == m_rowOf.constEnd())
        return false;
    m_vehicles[std::size_t(*row)].status = status;
    Q_EMIT dataChanged(index(*row), index(*row));
    return true;
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
    m_rowOf.clear();
    for (int row = 0; row < int(m_vehicles.size()); ++row)
        m_rowOf.insert(m_vehicles[std::size_t(row)].id, row);
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
