#pragma once

#include "vehicle.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace idlefleet::client {
class FleetClient;
}

namespace idlefleet::app {

namespace fleet {
class FleetVehicleLoad;
}

/// Every car of the fleet manager's organisation, one row each in the server's order, for the
/// fleet table (sort and filter it through FleetFilterModel). Loads all pages before it shows
/// any; on a failure the rows it had stay (stale, see lastUpdated) and errorMessage says why.
/// Holds the manager's selection as a set of car ids, which survives reloads and re-sorting.
class FleetVehicleModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("fleetclient.h")
    /// The fleet backend it asks: the session's (AppState.fleetClient), handed in by its page.
    Q_PROPERTY(idlefleet::client::FleetClient *client READ client WRITE setClient NOTIFY
                   clientChanged REQUIRED)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    /// Cars received by the load in progress, and how many the server has.
    Q_PROPERTY(int loaded READ loaded NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /// When the rows were fetched; the age of stale rows.
    Q_PROPERTY(QDateTime lastUpdated READ lastUpdated NOTIFY lastUpdatedChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)

public:
    enum Column
    {
        NameColumn,
        IdColumn,
        GroupColumn,
        StateColumn,
        SocColumn,    ///< state of charge
        FloorColumn,  ///< the policy's battery floor
        ReasonColumn, ///< the first reason the car does not contribute
        LastSeenColumn,
        EnergyColumn, ///< compute energy today, Wh
        ModelColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    /// What a car does now, in the order the table sorts them.
    enum State
    {
        Contributing,
        Driving,
        Charging, ///< plugged in, not contributing
        Idle,
        Offline ///< has not reached the backend lately (its other values are its last)
    };
    Q_ENUM(State)
    /// The same for every column of a row (TableView delegates read them by name).
    enum Roles
    {
        IdRole = Qt::UserRole + 1, ///< the backend's vehicle id
        NameRole,                  ///< the car's name
        ModelRole,                 ///< make and model
        GroupRole,                 ///< the organisation's depot or team
        StateRole,                 ///< State
        StateTextRole,             ///< State in words
        SocPercentRole,            ///< state of charge, 0..100 (double)
        FloorSocPercentRole,       ///< the policy's battery floor, percent (int)
        BelowFloorRole,            ///< charge under the floor
        ReasonCodeRole,            ///< the first blocking reason's code, empty when none
        ReasonTextRole,            ///< the first blocking reason in words
        ReasonCodesRole,           ///< every blocking reason's code (QStringList)
        LastSeenRole,              ///< when the car last reached the backend (QDateTime, UTC)
        OnlineRole,                ///< reached the backend lately
        EnergyTodayWhRole,         ///< compute energy on the car's local day, Wh (qint64)
        PolicyVersionRole,         ///< the version of the policy the car runs
        SelectedRole,              ///< in the manager's selection (also Qt::CheckStateRole)
    };
    Q_ENUM(Roles)

    explicit FleetVehicleModel(QObject *parent = nullptr);
    ~FleetVehicleModel() override;

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_load != nullptr; }
    int loaded() const;
    int total() const;
    QString errorMessage() const { return m_errorMessage; }
    QDateTime lastUpdated() const { return m_lastUpdated; }
    int count() const { return int(m_rows.size()); }

    /// Loads every car again and replaces the rows once all have arrived.
    Q_INVOKABLE void reload();
    /// Fetches every car again and updates the rows in place (dataChanged, no reset), page by
    /// page; reloads instead when the organisation gained or lost cars.
    Q_INVOKABLE void refresh();
    /// Updates the rows of the cars in `vehicles` in place (one dataChanged per run of adjacent
    /// rows). Returns how many of them are not in the table (a reload would bring them).
    int refreshStatuses(const std::vector<Vehicle> &vehicles);
    /// Replaces the rows (a reset); the selection keeps the ids still present.
    void setVehicles(std::vector<Vehicle> vehicles, const QDateTime &fetchedAt);

    const Vehicle &vehicleAt(int row) const { return m_rows[std::size_t(row)]; }
    /// The row of a car, -1 when it is not listed.
    int rowOf(const QString &vehicleId) const { return m_rowOf.value(vehicleId, -1); }

    // The selection: car ids, kept in the model so that sorting and filtering leave it alone.
    int selectedCount() const { return int(m_selected.size()); }
    bool isSelected(int row) const;
    Q_INVOKABLE void setSelected(int row, bool selected);
    /// Adds these rows to the selection (one signal for all).
    void selectRows(const QList<int> &rows);
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void clearSelection();
    /// The selected cars' ids in row order.
    Q_INVOKABLE QStringList selectedIds() const;
    /// Puts the selected cars into `group` (a depot or team, new or not; empty: none) on the
    /// backend, then in the table. groupChanged() says how it went.
    Q_INVOKABLE bool moveSelectionToGroup(const QString &group);

    static State stateOf(const Vehicle &vehicle);
    static QString stateText(State state);
    /// The first blocking reason in words, empty when there is none.
    static QString reasonText(const Vehicle &vehicle);

Q_SIGNALS:
    void clientChanged();
    void loadingChanged();
    void progressChanged();
    void errorMessageChanged();
    void lastUpdatedChanged();
    void countChanged();
    void selectionChanged();
    /// The answer to moveSelectionToGroup(): `message` says what happened, or why not.
    void groupChanged(bool ok, const QString &message);

private:
    void startLoad(bool inPlace);
    void onLoadFinished(bool inPlace);
    void setErrorMessage(const QString &message);
    /// Texts and numbers in the new language's way.
    void retranslate();
    void emitSelectionChanged(const QList<int> &rows);

    QPointer<client::FleetClient> m_client;
    fleet::FleetVehicleLoad *m_load = nullptr; // a child while in flight
    std::vector<Vehicle> m_rows;
    QHash<QString, int> m_rowOf;
    QSet<QString> m_selected;
    QString m_errorMessage;
    QDateTime m_lastUpdated;
};

} // namespace idlefleet::app
