#include "vehiclelistmodel.h"

#include "moneyformat.h"

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
        return vehicle.status.contributing && vehicle.status.online;
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
            reasons.append(describeReason(code));
        return reasons;
    }
    case MarketRateRole:
        return formatMoney(vehicle.status.marketRateMicrosPerHour, vehicle.status.currency);
    case LastSeenRole:
        return vehicle.status.lastSeen; // invalid: never seen
    case ReasonItemsRole: {
        QVariantList items;
        // Out of reach first: the other reasons are what the car said when it was last seen.
        if (!vehicle.status.online)
            items.append(
                QVariantMap{{QStringLiteral("vehicleId"), vehicle.id},
                            {QStringLiteral("code"), QStringLiteral("offline")},
                            {QStringLiteral("text"), describeReason(QStringLiteral("offline"))},
                            {QStringLiteral("field"), QString()},
                            {QStringLiteral("action"), QString()},
                            {QStringLiteral("page"), QString()}});
        for (const QString &code : vehicle.status.blockingReasons)
            items.append(QVariantMap{{QStringLiteral("vehicleId"), vehicle.id},
                                     {QStringLiteral("code"), code},
                                     {QStringLiteral("text"), describeReason(code)},
                                     {QStringLiteral("field"), fieldForReason(code)},
                                     {QStringLiteral("action"), actionForReason(code)},
                                     // Consent is given on the first steps, not in the policy.
                                     {QStringLiteral("page"), code == QLatin1String("no_consent")
                                                                  ? QStringLiteral("Onboarding")
                                                                  : QStringLiteral("Policy")}});
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

QString VehicleListModel::describeReason(const QString &code)
{
    if (code == QLatin1String("offline"))
        return tr("Out of reach: the car is asleep or has no signal");
    if (code == QLatin1String("no_consent"))
        return tr("Your consent to take part is missing");
    if (code == QLatin1String("disabled"))
        return tr("Contributing is switched off in your settings");
    if (code == QLatin1String("paused"))
        return tr("You paused contributing");
    if (code == QLatin1String("driving"))
        return tr("The car is driving");
    if (code == QLatin1String("not_plugged_in"))
        return tr("Not plugged in, and your settings require it");
    if (code == QLatin1String("outside_schedule"))
        return tr("Outside your contribution schedule");
    if (code == QLatin1String("peak_tariff"))
        return tr("Electricity is at its peak price and you allow only off-peak hours");
    if (code == QLatin1String("price_above_limit"))
        return tr("Electricity costs more than your price limit");
    if (code == QLatin1String("carbon_above_limit"))
        return tr("The grid's electricity is above your carbon limit");
    if (code == QLatin1String("no_solar_surplus"))
        return tr("Not enough solar surplus, and you allow only solar power");
    if (code == QLatin1String("unprofitable"))
        return tr("Jobs would earn less than the electricity costs");
    if (code == QLatin1String("below_min_soc"))
        return tr("The battery reached your minimum charge");
    if (code == QLatin1String("below_resume_soc"))
        return tr("Waiting for the battery to reach your resume level");
    if (code == QLatin1String("departure_reserve"))
        return tr("Keeping charge for your next departure");
    if (code == QLatin1String("chip_too_hot"))
        return tr("The computer is too hot");
    if (code == QLatin1String("daily_energy_cap"))
        return tr("Today's energy limit is reached");
    return tr("Blocked by a rule this app does not know (%1)").arg(code);
}

QString VehicleListModel::fieldForReason(const QString &code)
{
    static const QHash<QString, QString> fields = {
        {QStringLiteral("disabled"), QStringLiteral("enabled")},
        {QStringLiteral("paused"), QStringLiteral("pausedUntil")},
        {QStringLiteral("not_plugged_in"), QStringLiteral("requirePluggedIn")},
        {QStringLiteral("outside_schedule"), QStringLiteral("windows")},
        {QStringLiteral("peak_tariff"), QStringLiteral("offPeakOnly")},
        {QStringLiteral("price_above_limit"), QStringLiteral("maxPriceMicrosPerKwh")},
        {QStringLiteral("carbon_above_limit"), QStringLiteral("maxCarbonGramsPerKwh")},
        {QStringLiteral("no_solar_surplus"), QStringLiteral("solarOnly")},
        {QStringLiteral("unprofitable"), QStringLiteral("requireProfitable")},
        {QStringLiteral("below_min_soc"), QStringLiteral("minSocPercent")},
        {QStringLiteral("below_resume_soc"), QStringLiteral("resumeSocPercent")},
        {QStringLiteral("departure_reserve"), QStringLiteral("departures")},
        {QStringLiteral("chip_too_hot"), QStringLiteral("maxChipTempC")},
        {QStringLiteral("daily_energy_cap"), QStringLiteral("maxDailyWh")},
        {QStringLiteral("no_consent"), QStringLiteral("consent")},
    };
    return fields.value(code);
}

QString VehicleListModel::actionForReason(const QString &code)
{
    if (code == QLatin1String("no_consent"))
        return tr("Give your consent");
    if (code == QLatin1String("disabled"))
        return tr("Switch contributing on");
    if (code == QLatin1String("paused"))
        return tr("Resume or change the pause");
    if (code == QLatin1String("not_plugged_in"))
        return tr("Allow contributing unplugged");
    if (code == QLatin1String("outside_schedule"))
        return tr("Change the schedule");
    if (code == QLatin1String("peak_tariff"))
        return tr("Change the off-peak setting");
    if (code == QLatin1String("price_above_limit"))
        return tr("Change the price limit");
    if (code == QLatin1String("carbon_above_limit"))
        return tr("Change the carbon limit");
    if (code == QLatin1String("no_solar_surplus"))
        return tr("Allow power from the grid");
    if (code == QLatin1String("unprofitable"))
        return tr("Change the profit guard");
    if (code == QLatin1String("below_min_soc"))
        return tr("Change the battery floor");
    if (code == QLatin1String("below_resume_soc"))
        return tr("Change the resume level");
    if (code == QLatin1String("departure_reserve"))
        return tr("Change your departures");
    if (code == QLatin1String("chip_too_hot"))
        return tr("Change the temperature limit");
    if (code == QLatin1String("daily_energy_cap"))
        return tr("Change the daily energy limit");
    return {};
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
