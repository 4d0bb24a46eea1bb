#include "payoutsmodel.h"

#include "earningsformat.h"
#include "fleetclient.h"
#include "preferences.h"

#include <QLocale>
#include <QTimeZone>

namespace idlefleet::app {

PayoutsModel::PayoutsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this, [this] {
            if (count() > 0)
                Q_EMIT dataChanged(index(0), index(count() - 1));
            Q_EMIT changed();
        });
    connect(&m_reloadSoon, &ReloadSoon::timeout, this, &PayoutsModel::reload);
    connect(&m_reloadSoon, &ReloadSoon::activeChanged, this, &PayoutsModel::changed);
}

PayoutsModel::~PayoutsModel() = default;

client::FleetClient *PayoutsModel::client() const
{
    return m_client;
}

void PayoutsModel::setClient(client::FleetClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    Q_EMIT clientChanged();
    if (m_range)
        m_reloadSoon.start();
}

int PayoutsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QString PayoutsModel::minimum() const
{
    return m_currency.isEmpty() ? QString() : formatMoney(m_minimumMicros, m_currency);
}

QVariant PayoutsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const v1::Payout &p = m_payouts[std::size_t(index.row())];
    const QString currency = QString::fromStdString(p.currency());
    const QLocale locale;
    const QDate month =
        QDate::fromString(QString::fromStdString(p.month()), QStringLiteral("yyyy-MM"));
    const QTimeZone zone(m_range ? m_range->timeZone().toUtf8() : QByteArray("UTC"));
    const QString paidOn =
        locale.toString(QDateTime::fromSecsSinceEpoch(p.paid_at().seconds(), Qt::UTC)
                            .toTimeZone(zone.isValid() ? zone : QTimeZone::utc())
                            .date(),
                        QLocale::ShortFormat);
    const QString state = QString::fromStdString(p.state());
    switch (role) {
    case MonthRole:
        return earnings::monthYear(month, locale);
    case StateRole:
        return state;
    case AmountRole:
        return formatMoney(state == QLatin1String("carried") ? p.carried_out_micros()
                                                             : p.amount_micros(),
                           currency);
    case NetRole:
        return formatMoney(p.net_micros(), currency);
    case StatusRole:
    case Qt::DisplayRole:
        if (state == QLatin1String("paid"))
            return tr("Paid %1 on %2").arg(formatMoney(p.amount_micros(), currency), paidOn);
        if (state == QLatin1String("pending"))
            return tr("%1 on its way, paid on %2")
                .arg(formatMoney(p.amount_micros(), currency), paidOn);
        return tr("%1 carried over to next month")
            .arg(formatMoney(p.carried_out_micros(), currency));
    default:
        return {};
    }
}

QHash<int, QByteArray> PayoutsModel::roleNames() const
{
    return {{MonthRole, "month"},
            {StatusRole, "status"},
            {AmountRole, "amount"},
            {NetRole, "net"},
            {StateRole, "outcome"}};
}

void PayoutsModel::setRange(EarningsRange *range)
{
    if (m_range == range)
        return;
    if (m_range)
        disconnect(m_range, nullptr, this, nullptr);
    m_range = range;
    if (m_range) {
        connect(m_range, &EarningsRange::vehicleChanged, &m_reloadSoon, &ReloadSoon::start);
        m_reloadSoon.start();
    }
    Q_EMIT rangeChanged();
}

void PayoutsModel::reload()
{
    m_reloadSoon.stop();
    if (!m_range || !m_range->ready() || !m_client || m_loading)
        return;
    m_loading = true;
    Q_EMIT changed();
    auto *job = m_client->fetchPayouts(m_range->vehicleId(), this);
    connect(job, &client::FleetJob::finished, this, [this, job] {
        job->deleteLater();
        m_loading = false;
        beginResetModel();
        m_payouts.clear();
        if (job->error() == client::FleetJob::NoError) {
            m_errorMessage.clear();
            const v1::PayoutsResponse &result = job->result();
            m_currency = QString::fromStdString(result.currency());
            m_minimumMicros = result.minimum_micros();
            m_payouts.assign(result.payouts().rbegin(), result.payouts().rend());
        } else {
            m_errorMessage = job->errorString();
        }
        endResetModel();
        Q_EMIT changed();
    });
}

} // namespace idlefleet::app
