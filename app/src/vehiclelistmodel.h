#pragma once

#include "vehicle.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace idlefleet::app {

/// The cars the signed-in person may see, with their last reported status.
class VehicleListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppState")
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QDateTime lastUpdated READ lastUpdated NOTIFY lastUpdatedChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1, ///< the backend's vehicle id
        NameRole,                  ///< the owner's name for the car
        ModelRole,                 ///< make and model
        SocPercentRole,            ///< state of charge, 0..100 (double)
        BatteryCapacityWhRole,     ///< usable battery, Wh
        PluggedInRole,             ///< connected to a charger
        DrivingRole,               ///< on the road
        ContributingRole,          ///< serving inference jobs now
        ChipTempCRole,             ///< the computer's temperature
        ComputePowerWattsRole,     ///< the computer's draw now
        EnergyTodayWhRole,         ///< compute energy on the car's local day, Wh
        ObservedAtRole,            ///< when the car reported (QDateTime, UTC)
        OnlineRole,                ///< the car reached the backend recently
        ReasonsRole,               ///< why it does not contribute, in plain words (QStringList)
        MarketRateRole,            ///< what an hour would earn the owner now, formatted money
        ReasonItemsRole, ///< each reason as {code, text, field, action}: the setting that changes
                         ///< it
        TimeZoneRole,    ///< IANA zone of the car's home
        CurrencyRole,    ///< ISO 4217 code the car earns in
        LastSeenRole,    ///< when the car last reached the backend (QDateTime, UTC)
    };
    Q_ENUM(Roles)

    explicit VehicleListModel(QObject *parent = nullptr);

    bool contains(const QString &vehicleId) const { return m_rowOf.contains(vehicleId); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    QString errorMessage() const { return m_errorMessage; }
    QDateTime lastUpdated() const { return m_lastUpdated; }

    void setLoading(bool loading);
    /// Replaces the list; rows of the same cars in the same order are updated in place.
    void setVehicles(std::vector<Vehicle> vehicles, const QDateTime &fetchedAt);
    /// Whether the reasons speak to the cars' owner ("your settings") or to a manager or
    /// support engineer ("its settings"); the owner until told otherwise.
    void setSpeaksToOwner(bool owner);
    /// A car's new status from the live stream, updated in place; false for a car not listed.
    bool updateStatus(const QString &vehicleId, const VehicleStatus &status);
    /// The car with this id, or null.
    const Vehicle *vehicle(const QString &id) const;

    /// Keeps the rows (they become stale) and says what went wrong.
    void setErrorMessage(const QString &message);
    /// Every row's texts again (the reasons), in the language now in use.
    void retranslate();

Q_SIGNALS:
    void loadingChanged();
    void loadedChanged();
    void errorMessageChanged();
    void lastUpdatedChanged();
    void countChanged();

private:
    std::vector<Vehicle> m_vehicles;
    QHash<QString, int> m_rowOf;
    bool m_loading = false;
    bool m_speaksToOwner = true;
    bool m_loaded = false;
    QString m_errorMessage;
    QDateTime m_lastUpdated;
};

} // namespace idlefleet::app
