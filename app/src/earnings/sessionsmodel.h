#pragma once

#include "earningsrange.h"
#include "payloads.h"
#include "reloadsoon.h"
#include "sessionjobsmodel.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace idlefleet::app {

namespace earnings {
class EarningsFetch;
}

/// The car's contribution sessions over the range, as a table sorted by a column of the
/// person's choice (newest first to begin with). Display text is formatted for the language;
/// SortValueRole holds the number a column sorts by.
class SessionsModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("fleetclient.h")
    /// The fleet backend it asks: the session's (AppState.fleetClient), handed in by its page.
    Q_PROPERTY(idlefleet::client::FleetClient *client READ client WRITE setClient NOTIFY
                   clientChanged REQUIRED)
    Q_PROPERTY(idlefleet::app::EarningsRange *range READ range WRITE setRange NOTIFY rangeChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QDateTime lastUpdated READ lastUpdated NOTIFY sessionsChanged)
    Q_PROPERTY(int count READ count NOTIFY sessionsChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    /// Smallest first (else largest first).
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)
    /// Some session runs past the range's first or last day (its amounts are the part inside).
    Q_PROPERTY(bool anyCut READ anyCut NOTIFY sessionsChanged)
    /// The row whose jobs selectedJobs lists (-1: none); follows its session when sorting.
    Q_PROPERTY(int selectedRow READ selectedRow WRITE setSelectedRow NOTIFY selectedRowChanged)
    Q_PROPERTY(idlefleet::app::SessionJobsModel *selectedJobs READ selectedJobs CONSTANT)

public:
    enum Column
    {
        StartColumn,
        EndColumn,
        DurationColumn,
        JobsColumn, ///< how many jobs the session served
        EnergyColumn,
        CostColumn,
        EarnedColumn, ///< the owner's share
        NetColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Roles
    {
        SortValueRole = Qt::UserRole + 1, ///< the raw number the column sorts by (qint64)
        NegativeRole,                     ///< the cell is an amount below zero (bool)
        CutRole, ///< the range cuts the session at this cell's edge (start or end; bool)
    };
    Q_ENUM(Roles)

    explicit SessionsModel(QObject *parent = nullptr);
    ~SessionsModel() override;

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    EarningsRange *range() const { return m_range; }
    void setRange(EarningsRange *range);
    bool loading() const { return m_fetch != nullptr || m_reloadSoon.isActive(); }
    QString errorMessage() const { return m_errorMessage; }
    QDateTime lastUpdated() const { return m_lastUpdated; }
    int count() const { return int(m_sessions.size()); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool sortAscending() const { return m_sortOrder == Qt::AscendingOrder; }
    const std::vector<client::AmountsAt> &sessions() const { return m_sessions; }
    bool anyCut() const;
    int selectedRow() const;
    void setSelectedRow(int row);
    SessionJobsModel *selectedJobs() { return &m_selectedJobs; }

    Q_INVOKABLE void reload();
    /// Sorts by `column`; the same column again turns the order round.
    Q_INVOKABLE void sortBy(int column);

Q_SIGNALS:
    void clientChanged();
    void rangeChanged();
    void loadingChanged();
    void errorMessageChanged();
    void sessionsChanged();
    void sortChanged();
    void selectedRowChanged();

private:
    void onFetched();
    qint64 sortValue(const client::AmountsAt &session, int column) const;
    void sortRows();
    void showSelectedJobs();

    QPointer<client::FleetClient> m_client;
    QPointer<EarningsRange> m_range;
    earnings::EarningsFetch *m_fetch = nullptr;
    ReloadSoon m_reloadSoon;
    std::vector<client::AmountsAt> m_sessions;
    QString m_currency;
    QString m_errorMessage;
    QDateTime m_lastUpdated;
    QDateTime m_lastFrom;
    QDateTime m_lastTo;
    QDateTime m_selectedStart; ///< the chosen session, known by its start
    SessionJobsModel m_selectedJobs;
    int m_sortColumn = StartColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace idlefleet::app
