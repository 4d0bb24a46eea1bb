#include "earningsmodel.h"

#include "earningsfetch.h"
#include "earningsformat.h"
#include "earningsrange.h"
#include "preferences.h"

#include <QLocale>
#include <algorithm>

namespace idlefleet::app {

using earnings::EarningsFetch;

EarningsModel::EarningsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Numbers, money and dates in the new language's way.
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this, &EarningsModel::retranslate);
    // Several changes in one go (car, range, period) cost one fetch.
    connect(&m_reloadSoon, &ReloadSoon::timeout, this, &EarningsModel::reload);
    connect(&m_reloadSoon, &ReloadSoon::activeChanged, this, &EarningsModel::loadingChanged);
}

EarningsModel::~EarningsModel() = default;

client::FleetClient *EarningsModel::client() const
{
    return m_client;
}

void EarningsModel::setClient(client::FleetClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    Q_EMIT clientChanged();
    if (m_range)
        m_reloadSoon.start();
}

int EarningsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int EarningsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EarningsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::AmountsAt &entry = m_report.entries[std::size_t(index.row())];
    const client::Amounts &a = entry.amounts;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartColumn:
            return chartX(entry.start);
        case HoursColumn:
            return double(a.contributingMinutes) / 60.0;
        case EnergyColumn:
            return double(a.energyWh) / 1000.0;
        case CostColumn:
            return double(a.costMicros) / 1e6;
        case GrossColumn:
            return double(a.grossMicros) / 1e6;
        case NetColumn:
            return double(a.netMicros) / 1e6;
        case ShareColumn:
            return double(a.ownerMicros) / 1e6;
        default:
            return {};
        }
    case LabelRole:
        return label(entry.start);
    case StartRole:
        return entry.start;
    case HoursTextRole:
        return earnings::formatHours(a.contributingMinutes, locale);
    case EnergyTextRole:
        return earnings::formatEnergy(a.energyWh, locale);
    case CostTextRole:
        return money(a.costMicros);
    case GrossTextRole:
        return money(a.grossMicros);
    case ShareTextRole:
        return money(a.ownerMicros);
    case NetTextRole:
        return money(a.netMicros);
    default:
        return {};
    }
}

QVariant EarningsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section < count() ? QVariant(label(m_report.entries[std::size_t(section)].start))
                                 : QVariant();
    switch (section) {
    case StartColumn:
        return tr("Start");
    case HoursColumn:
        return tr("Compute (h)");
    case EnergyColumn:
        return tr("Energy (kWh)");
    case CostColumn:
        return tr("Electricity cost");
    case GrossColumn:
        return tr("Gross earnings");
    case NetColumn:
        return tr("Net");
    case ShareColumn:
        return tr("Your share");
    default:
        return {};
    }
}

QHash<int, QByteArray> EarningsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{LabelRole, "label"},
                  {StartRole, "start"},
                  {HoursTextRole, "hoursText"},
                  {EnergyTextRole, "energyText"},
                  {CostTextRole, "costText"},
                  {GrossTextRole, "grossText"},
                  {ShareTextRole, "shareText"},
                  {NetTextRole, "netText"}});
    return names;
}

void EarningsModel::setRange(EarningsRange *range)
{
    if (m_range == range)
        return;
    if (m_range)
        disconnect(m_range, nullptr, this, nullptr);
    m_range = range;
    if (m_range) {
        connect(m_range, &EarningsRange::changed, &m_reloadSoon, &ReloadSoon::start);
        connect(m_range, &EarningsRange::vehicleChanged, &m_reloadSoon, &ReloadSoon::start);
        m_reloadSoon.start();
    }
    Q_EMIT rangeChanged();
}

void EarningsModel::reload()
{
    m_reloadSoon.stop();
    if (!m_range || !m_range->ready())
        return;
    const bool wasLoading = loading();
    delete m_fetch;
    m_fetch = new EarningsFetch(m_client, m_range->vehicleId(), m_range->timeZone(),
                                m_range->from(), m_range->to(), EarningsFetch::What::Earnings,
                                m_range->clientPeriod(), this);
    const int period = int(m_range->period());
    const QDateTime end = m_range->to();
    connect(m_fetch, &EarningsFetch::finished, this, [this, period, end] {
        m_reportPeriod = period;
        m_reportEnd = end;
        onFetched();
    });
    m_fetch->start();
    if (!wasLoading)
        Q_EMIT loadingChanged();
}

void EarningsModel::retranslate()
{
    if (count() > 0)
        Q_EMIT dataChanged(index(0, 0), index(count() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT reportChanged();
}

void EarningsModel::onFetched()
{
    EarningsFetch *fetch = m_fetch;
    m_fetch = nullptr;
    fetch->deleteLater();
    if (fetch->failed()) {
        m_errorMessage = fetch->errorString();
        Q_EMIT errorMessageChanged();
    } else {
        beginResetModel();
        m_report = fetch->result();
        m_lastUpdated = QDateTime::currentDateTimeUtc();
        endResetModel();
        if (!m_errorMessage.isEmpty()) {
            m_errorMessage.clear();
            Q_EMIT errorMessageChanged();
        }
        Q_EMIT reportChanged();
    }
    Q_EMIT loadingChanged();
}

QString EarningsModel::label(const QDateTime &start) const
{
    const QLocale locale;
    const QDateTime local = m_range ? m_range->toLocal(start) : start;
    switch (m_reportPeriod) {
    case EarningsRange::Hour:
        return locale.toString(local, earnings::dayMonthFormat(locale) + QLatin1Char(' ') +
                                          locale.timeFormat(QLocale::ShortFormat));
    case EarningsRange::Week:
        return tr("Week of %1").arg(locale.toString(local.date(), QLocale::ShortFormat));
    case EarningsRange::Month:
        return earnings::monthYear(local.date(), locale);
    default:
        return locale.toString(local.date(), earnings::dayMonthFormat(locale));
    }
}

double EarningsModel::chartX(const QDateTime &utc) const
{
    const QDateTime car = m_range ? m_range->toLocal(utc) : utc;
    const int shift = car.offsetFromUtc() - utc.toLocalTime().offsetFromUtc();
    return double(utc.toMSecsSinceEpoch() + qint64(shift) * 1000);
}

QString EarningsModel::money(qint64 micros) const
{
    return app::formatMoney(micros, m_report.currency);
}

QStringList EarningsModel::categories() const
{
    QStringList names;
    names.reserve(count());
    for (const client::AmountsAt &entry : m_report.entries)
        names.append(label(entry.start));
    return names;
}

QDateTime EarningsModel::axisStart() const
{
    if (m_report.entries.empty())
        return m_range ? QDateTime::fromMSecsSinceEpoch(qint64(chartX(m_range->from())))
                       : QDateTime();
    return QDateTime::fromMSecsSinceEpoch(qint64(chartX(m_report.entries.front().start)));
}

QDateTime EarningsModel::axisEnd() const
{
    return m_reportEnd.isValid() ? QDateTime::fromMSecsSinceEpoch(qint64(chartX(m_reportEnd)))
                                 : axisStart().addDays(1);
}

QString EarningsModel::axisFormat() const
{
    const QLocale locale;
    if (m_reportPeriod == EarningsRange::Month)
        return locale.language() == QLocale::Japanese ? QStringLiteral("yyyy年M月")
                                                      : QStringLiteral("MMM yyyy");
    return earnings::dayMonthFormat(locale);
}

QString EarningsModel::currencySymbol() const
{
    return app::currencySymbol(m_report.currency);
}

QString EarningsModel::totalHours() const
{
    return earnings::formatHours(m_report.totals.contributingMinutes);
}

QString EarningsModel::totalEnergy() const
{
    return earnings::formatEnergy(m_report.totals.energyWh);
}

QString EarningsModel::totalCost() const
{
    return money(m_report.totals.costMicros);
}

QString EarningsModel::totalWear() const
{
    return money(m_report.totals.wearMicros);
}

QString EarningsModel::totalGross() const
{
    return money(m_report.totals.grossMicros);
}

QString EarningsModel::totalShare() const
{
    return money(m_report.totals.ownerMicros);
}

QString EarningsModel::sharePercent() const
{
    const int bp = m_report.shareBasisPoints;
    if (bp <= 0)
        return {};
    const QLocale locale;
    return (bp % 100 == 0 ? formatDecimal(bp / 100, 0, locale) : formatDecimal(bp, 2, locale)) +
           locale.percent();
}

QString EarningsModel::totalNet() const
{
    return money(m_report.totals.netMicros);
}

QList<double> EarningsModel::columnMaxima() const
{
    QList<double> maxima(ColumnCount, 0.0);
    for (int row = 0; row < count(); ++row) {
        for (int column = HoursColumn; column < ColumnCount; ++column)
            maxima[column] = std::max(maxima[column], data(index(row, column)).toDouble());
    }
    return maxima;
}

QList<double> EarningsModel::columnMinima() const
{
    QList<double> minima(ColumnCount, 0.0);
    for (int row = 0; row < count(); ++row) {
        for (int column = HoursColumn; column < ColumnCount; ++column)
            minima[column] = std::min(minima[column], data(index(row, column)).toDouble());
    }
    return minima;
}

int EarningsModel::rowAt(double x) const
{
    // Buckets are in time order: the last one that starts at or before x.
    int found = -1;
    int low = 0;
    int high = count() - 1;
    while (low <= high) {
        const int middle = (low + high) / 2;
        if (chartX(m_report.entries[std::size_t(middle)].start) <= x) {
            found = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return found;
}

QString EarningsModel::describe(int row) const
{
    if (row < 0 || row >= count())
        return {};
    const QModelIndex at = index(row, 0);
    return QStringList{at.data(LabelRole).toString(),
                       tr("Compute: %1").arg(at.data(HoursTextRole).toString()),
                       tr("Energy: %1").arg(at.data(EnergyTextRole).toString()),
                       tr("Electricity cost: %1").arg(at.data(CostTextRole).toString()),
                       tr("Gross: %1").arg(at.data(GrossTextRole).toString()),
                       tr("Your share: %1").arg(at.data(ShareTextRole).toString()),
                       tr("Net: %1").arg(at.data(NetTextRole).toString())}
        .join(QLatin1Char('\n'));
}

} // namespace idlefleet::app
