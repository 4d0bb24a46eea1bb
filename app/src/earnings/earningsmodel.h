#pragma once

#include "earningsrange.h"
#include "payloads.h"
#include "reloadsoon.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqml.h>

namespace idlefleet::app {

/// Tells QML tools about the table models' base classes: Qt 6.4's type files leave
/// QAbstractTableModel out, and Idlefleet.App does not depend on the module that has
/// QAbstractItemModel, so qmllint could not resolve EarningsModel and SessionsModel otherwise.
struct AbstractTableModelForeign
{
    Q_GADGET
    QML_FOREIGN(QAbstractTableModel)
    QML_ANONYMOUS
};
struct AbstractItemModelForeign
{
    Q_GADGET
    QML_FOREIGN(QAbstractItemModel)
    QML_ANONYMOUS
};

namespace earnings {
class EarningsFetch;
}

/// A car's earnings in buckets of its range's period, for the charts: one row per bucket,
/// numeric columns for the charts' model mappers, and formatted roles for tooltips. Fetches
/// again when the range, period or car changes; on an error the rows stay, shown as stale.
class EarningsModel : public QAbstractTableModel
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
    /// When the rows were fetched (UTC); the age of stale data.
    Q_PROPERTY(QDateTime lastUpdated READ lastUpdated NOTIFY reportChanged)
    Q_PROPERTY(int count READ count NOTIFY reportChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY reportChanged)
    /// Bucket names for a bar chart's category axis, in row order.
    Q_PROPERTY(QStringList categories READ categories NOTIFY reportChanged)
    /// The x range of a date axis: the first bucket's start and the range's end, on the chart's
    /// clock (see StartColumn).
    Q_PROPERTY(QDateTime axisStart READ axisStart NOTIFY reportChanged)
    Q_PROPERTY(QDateTime axisEnd READ axisEnd NOTIFY reportChanged)
    /// How a date axis names its ticks, in the language's way ("M/d", "MMM yyyy").
    Q_PROPERTY(QString axisFormat READ axisFormat NOTIFY reportChanged)
    Q_PROPERTY(QString currencySymbol READ currencySymbol NOTIFY reportChanged)
    /// Per column, the largest and smallest value with 0 included (a chart's y axis).
    Q_PROPERTY(QList<double> columnMaxima READ columnMaxima NOTIFY reportChanged)
    Q_PROPERTY(QList<double> columnMinima READ columnMinima NOTIFY reportChanged)
    // Totals of the range, formatted for a person.
    Q_PROPERTY(QString totalHours READ totalHours NOTIFY reportChanged)
    Q_PROPERTY(QString totalEnergy READ totalEnergy NOTIFY reportChanged)
    Q_PROPERTY(QString totalCost READ totalCost NOTIFY reportChanged)
    /// The battery's wear charged against the net; hasWear: any in the range.
    Q_PROPERTY(QString totalWear READ totalWear NOTIFY reportChanged)
    Q_PROPERTY(bool hasWear READ hasWear NOTIFY reportChanged)
    Q_PROPERTY(QString totalGross READ totalGross NOTIFY reportChanged)
    Q_PROPERTY(QString totalShare READ totalShare NOTIFY reportChanged)
    /// The owner's share of what the jobs paid, as the backend states it ("70%"; empty before
    /// the first answer).
    Q_PROPERTY(QString sharePercent READ sharePercent NOTIFY reportChanged)
    Q_PROPERTY(QString totalNet READ totalNet NOTIFY reportChanged)
    Q_PROPERTY(bool netNegative READ netNegative NOTIFY reportChanged)

public:
    /// Numbers for charts (Qt::DisplayRole, doubles): money in units, at the chart's edge.
    enum Column
    {
        /// Bucket start in ms since the epoch, moved by the car's UTC offset less this
        /// computer's, so that a date axis (which shows local time) reads the car's clock.
        StartColumn,
        HoursColumn,  ///< contributing hours
        EnergyColumn, ///< kWh
        CostColumn,   ///< electricity cost
        GrossColumn,  ///< gross earnings
        NetColumn,    ///< the owner's share less the cost
        ShareColumn,  ///< the owner's share of the gross
        ColumnCount
    };
    Q_ENUM(Column)
    enum Roles
    {
        LabelRole = Qt::UserRole + 1, ///< the bucket's date in the language's way
        StartRole,                    ///< the bucket's start (QDateTime, UTC)
        HoursTextRole,                ///< contributing time, formatted
        EnergyTextRole,               ///< energy, formatted
        CostTextRole,                 ///< electricity cost, formatted money
        GrossTextRole,                ///< gross earnings, formatted money
        ShareTextRole,                ///< the owner's share, formatted money
        NetTextRole,                  ///< net, formatted money
    };
    Q_ENUM(Roles)

    explicit EarningsModel(QObject *parent = nullptr);
    ~EarningsModel() override;

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    EarningsRange *range() const { return m_range; }
    void setRange(EarningsRange *range);
    bool loading() const { return m_fetch != nullptr || m_reloadSoon.isActive(); }
    QString errorMessage() const { return m_errorMessage; }
    QDateTime lastUpdated() const { return m_lastUpdated; }
    int count() const { return int(m_report.entries.size()); }
    QString currency() const { return m_report.currency; }
    QStringList categories() const;
    QDateTime axisStart() const;
    QDateTime axisEnd() const;
    QString axisFormat() const;
    QString currencySymbol() const;
    QString totalHours() const;
    QString totalEnergy() const;
    QString totalCost() const;
    QString totalWear() const;
    bool hasWear() const { return m_report.totals.wearMicros != 0; }
    QString totalGross() const;
    QString totalShare() const;
    QString sharePercent() const;
    QString totalNet() const;
    bool netNegative() const { return m_report.totals.netMicros < 0; }

    /// The report as fetched, exact.
    const client::EarningsReport &report() const { return m_report; }

    /// Fetches again (a retry); also done by itself when the range changes.
    Q_INVOKABLE void reload();
    QList<double> columnMaxima() const;
    QList<double> columnMinima() const;
    /// The row whose bucket holds `chartX` (StartColumn's clock), or -1.
    Q_INVOKABLE int rowAt(double chartX) const;
    /// A bucket's date and amounts on a few lines, for a tooltip.
    Q_INVOKABLE QString describe(int row) const;
    /// Says that every text changed (the app's language did).
    void retranslate();

Q_SIGNALS:
    void clientChanged();
    void rangeChanged();
    void loadingChanged();
    void errorMessageChanged();
    void reportChanged();

private:
    void onFetched();
    QString label(const QDateTime &start) const;
    double chartX(const QDateTime &utc) const;
    QString money(qint64 micros) const;

    QPointer<client::FleetClient> m_client;
    QPointer<EarningsRange> m_range;
    earnings::EarningsFetch *m_fetch = nullptr;
    ReloadSoon m_reloadSoon;
    client::EarningsReport m_report;
    int m_reportPeriod = 1; // EarningsRange::Period of the rows shown
    QDateTime m_reportEnd;
    QString m_errorMessage;
    QDateTime m_lastUpdated;
};

} // namespace idlefleet::app
