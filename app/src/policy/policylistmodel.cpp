#include "policylistmodel.h"

#include <QStringList>

namespace idlefleet::app {

PolicyListModel::PolicyListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &PolicyListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &PolicyListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &PolicyListModel::countChanged);
}

void PolicyListModel::setErrors(const std::vector<QVariantMap> &errors)
{
    const int rows = rowCount();
    std::vector<QVariantMap> next(static_cast<std::size_t>(rows));
    for (std::size_t i = 0; i < errors.size() && i < next.size(); ++i)
        next[i] = errors[i];
    if (next == m_errors)
        return;
    std::vector<QVariantMap> previous = std::move(m_errors);
    m_errors = std::move(next);
    for (int row = 0; row < rows; ++row) {
        const QVariantMap before =
            std::size_t(row) < previous.size() ? previous[std::size_t(row)] : QVariantMap();
        if (before != m_errors[std::size_t(row)])
            Q_EMIT dataChanged(index(row), index(row), {m_errorsRole, m_errorRole});
    }
    Q_EMIT errorsChanged();
}

QString PolicyListModel::errorSummary() const
{
    QStringList lines;
    for (const auto &row : m_errors)
        for (const QVariant &message : row)
            lines << message.toString();
    return lines.join(QLatin1Char('\n'));
}

QVariantMap PolicyListModel::errorsAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_errors.size() ? m_errors[std::size_t(row)]
                                                          : QVariantMap();
}

QVariant PolicyListModel::errorData(int row, int role) const
{
    const QVariantMap errors = errorsAt(row);
    if (role == m_errorsRole)
        return errors;
    QStringList lines;
    for (const QVariant &message : errors)
        lines << message.toString();
    return lines.join(QLatin1Char('\n'));
}

void PolicyListModel::rowsChangedShape()
{
    m_errors.resize(std::size_t(rowCount()));
}

void PolicyListModel::changedRow(int row)
{
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT edited();
}

} // namespace idlefleet::app
