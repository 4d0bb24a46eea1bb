#include "rangemodel.h"

#include <algorithm>

namespace idlefleet::app {

RangeModel::RangeModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The range is of positions: a row inserted or removed before it moves other rows into it,
    // which the proxy would not look at again by itself.
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        QAbstractItemModel *source = sourceModel();
        if (!source)
            return;
        const auto again = [this] {
            invalidateRowsFilter();
        };
        connect(source, &QAbstractItemModel::rowsInserted, this, again);
        connect(source, &QAbstractItemModel::rowsRemoved, this, again);
        connect(source, &QAbstractItemModel::rowsMoved, this, again);
    });
}

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
