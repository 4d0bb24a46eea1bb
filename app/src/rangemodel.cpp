#include "rangemodel.h"

#include <algorithm>

namespace idlefleet::app {

RangeModel::RangeModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void RangeModel::setFirst(int first)
{
    first = std::max(0, first);
    if (first == m_first)
        return;
    m_first = first;
    invalidateRowsFilter();
    Q_EMIT rangeChanged();
}

void RangeModel::setLength(int length)
{
    length = std::max(0, length);
    if (length == m_length)
        return;
    m_length = length;
    invalidateRowsFilter();
    Q_EMIT rangeChanged();
}

bool RangeModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && sourceRow >= m_first && sourceRow - m_first < m_length;
}

} // namespace idlefleet::app
