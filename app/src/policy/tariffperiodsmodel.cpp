#include "tariffperiodsmodel.h"

#include "policyformat.h"

namespace idlefleet::app {

TariffPeriodsModel::TariffPeriodsModel(QObject *parent)
    : PolicyListModel(parent)
{
    m_errorsRole = ErrorsRole;
    m_errorRole = ErrorRole;
}

int TariffPeriodsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

QVariant TariffPeriodsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !validRow(index.row()))
        return {};
    const v1::TariffPeriod &p = m_periods[std::size_t(index.row())];
    switch (role) {
    case DaysMaskRole:
        return p.days_mask();
    case StartMinuteRole:
        return p.start_minute();
    case EndMinuteRole:
        return p.end_minute();
    case PriceMicrosRole:
        return double(p.price_micros_per_kwh());
    case PriceTextRole:
        return policytext::scaled(p.price_micros_per_kwh(), 6, 2);
    case OffPeakRole:
        return p.off_peak();
    case SummaryRole:
        return tr("%1, %2 – %3")
            .arg(policytext::days(p.days_mask()), policytext::minute(p.start_minute()),
                 policytext::minute(p.end_minute()));
    case ErrorsRole:
    case ErrorRole:
        return errorData(index.row(), role);
    default:
        return {};
    }
}

QHash<int, QByteArray> TariffPeriodsModel::roleNames() const
{
    return {{DaysMaskRole, "daysMask"},   {StartMinuteRole, "startMinute"},
            {EndMinuteRole, "endMinute"}, {PriceMicrosRole, "priceMicros"},
            {PriceTextRole, "priceText"}, {OffPeakRole, "offPeak"},
            {SummaryRole, "summary"},     {ErrorsRole, "errors"},
            {ErrorRole, "error"}};
}

void TariffPeriodsModel::setPeriods(
    const google::protobuf::RepeatedPtrField<v1::TariffPeriod> &periods)
{
    beginResetModel();
    m_periods.assign(periods.begin(), periods.end());
    rowsChangedShape();
    endResetModel();
}

void TariffPeriodsModel::writeTo(v1::Tariff *tariff) const
{
    tariff->clear_periods();
    for (const auto &period : m_periods)
        *tariff->add_periods() = period;
}

int TariffPeriodsModel::addPeriod(double priceMicros)
{
    v1::TariffPeriod period;
    period.set_days_mask(0);
    period.set_start_minute(0);
    period.set_end_minute(360);
    period.set_price_micros_per_kwh(qint64(priceMicros));
    period.set_off_peak(true);
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_periods.push_back(period);
    rowsChangedShape();
    endInsertRows();
    Q_EMIT edited();
    return row;
}

bool TariffPeriodsModel::removePeriod(int row)
{
    if (!validRow(row))
        return false;
    beginRemoveRows({}, row, row);
    m_periods.erase(m_periods.begin() + row);
    rowsChangedShape();
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

bool TariffPeriodsModel::movePeriod(int row, int delta)
{
    const int target = row + delta;
    if (!validRow(row) || !validRow(target) || (delta != 1 && delta != -1))
        return false;
    // QAbstractItemModel counts the destination before the move when moving down.
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    std::swap(m_periods[std::size_t(row)], m_periods[std::size_t(target)]);
    endMoveRows();
    Q_EMIT edited();
    return true;
}

bool TariffPeriodsModel::change(int row, const std::function<void(v1::TariffPeriod &)> &edit)
{
    if (!validRow(row))
        return false;
    v1::TariffPeriod next = m_periods[std::size_t(row)];
    edit(next);
    if (next.SerializeAsString() == m_periods[std::size_t(row)].SerializeAsString())
        return true;
    m_periods[std::size_t(row)] = next;
    changedRow(row);
    return true;
}

bool TariffPeriodsModel::setDay(int row, int day, bool on)
{
    if (day < 0 || day > 6 || !validRow(row))
        return false;
    const int mask = m_periods[std::size_t(row)].days_mask() & 127;
    const int full = mask == 0 ? 127 : mask;
    const int result = on ? full | (1 << day) : full & ~(1 << day);
    if (result == 0)
        return false; // the last day stays: no days would mean every day
    return change(row, [result](v1::TariffPeriod &p) { p.set_days_mask(result); });
}

bool TariffPeriodsModel::setStartMinute(int row, int minute)
{
    return change(row, [minute](v1::TariffPeriod &p) { p.set_start_minute(minute); });
}

bool TariffPeriodsModel::setEndMinute(int row, int minute)
{
    return change(row, [minute](v1::TariffPeriod &p) { p.set_end_minute(minute); });
}

bool TariffPeriodsModel::setPriceMicros(int row, double micros)
{
    return change(row,
                  [micros](v1::TariffPeriod &p) { p.set_price_micros_per_kwh(qint64(micros)); });
}

bool TariffPeriodsModel::setOffPeak(int row, bool offPeak)
{
    return change(row, [offPeak](v1::TariffPeriod &p) { p.set_off_peak(offPeak); });
}

} // namespace idlefleet::app
