#pragma once

#include "earningsrange.h"
#include "idlefleet/v1/earnings.pb.h"
#include "reloadsoon.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace idlefleet::app {

/// The range's car's payouts (spec/ledger.md), newest first: each settled month, what it paid
/// out or carried over, and when.
class PayoutsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("fleetclient.h")
    /// The fleet backend it asks: the session's (AppState.fleetClient), handed in by its page.
    Q_PROPERTY(idlefleet::client::FleetClient *client READ client WRITE setClient NOTIFY
                   clientChanged REQUIRED)
    Q_PROPERTY(idlefleet::app::EarningsRange *range READ range WRITE setRange NOTIFY rangeChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    /// The smallest payout, in the car's currency ("10.00 €").
    Q_PROPERTY(QString minimum READ minimum NOTIFY changed)

public:
    enum Roles
    {
        MonthRole = Qt::UserRole + 1, ///< "October 2026"
        StatusRole,                   ///< what happened, for a person
        AmountRole,                   ///< paid (or to be paid) out, or carried over
        NetRole,                      ///< the month's own net
        StateRole,                    ///< paid, pending or carried
    };

    explicit PayoutsModel(QObject *parent = nullptr);
    ~PayoutsModel() override;

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    EarningsRange *range() const { return m_range; }
    void setRange(EarningsRange *range);
    bool loading() const { return m_loading || m_reloadSoon.isActive(); }
    QString errorMessage() const { return m_errorMessage; }
    int count() const { return int(m_payouts.size()); }
    QString minimum() const;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void clientChanged();
    void rangeChanged();
    void changed();

private:
    QPointer<client::FleetClient> m_client;
    QPointer<EarningsRange> m_range;
    ReloadSoon m_reloadSoon;
    bool m_loading = false;
    QString m_errorMessage;
    QString m_currency;
    qint64 m_minimumMicros = 0;
    std::vector<v1::Payout> m_payouts; // newest first
};

} // namespace idlefleet::app
