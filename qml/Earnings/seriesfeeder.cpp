#include "seriesfeeder.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QXYSeries>
#include <algorithm>
#include <iterator>
#include <limits>

SeriesFeeder::SeriesFeeder(QObject *parent)
    : QObject(parent)
{}

QObject *SeriesFeeder::model() const
{
    return m_model;
}

void SeriesFeeder::setModel(QObject *model)
{
    auto *items = qobject_cast<QAbstractItemModel *>(model);
    if (m_model == items)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = items;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &SeriesFeeder::readModel);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &SeriesFeeder::readModel);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &SeriesFeeder::readModel);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SeriesFeeder::readModel);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &SeriesFeeder::readModel);
    }
    readModel();
    Q_EMIT changed();
}

QObject *SeriesFeeder::series() const
{
    return m_series;
}

void SeriesFeeder::setSeries(QObject *series)
{
    auto *xy = qobject_cast<QXYSeries *>(series);
    if (m_series == xy)
        return;
    m_series = xy;
    feed();
    Q_EMIT changed();
}

QObject *SeriesFeeder::axis() const
{
    return m_axis;
}

void SeriesFeeder::setAxis(QObject *axis)
{
    auto *dates = qobject_cast<QDateTimeAxis *>(axis);
    if (m_axis == dates)
        return;
    if (m_axis)
        disconnect(m_axis, nullptr, this, nullptr);
    m_axis = dates;
    if (m_axis) {
        // Once per setRange() (QML's min and max come one at a time: two calls).
        connect(m_axis, &QDateTimeAxis::rangeChanged, this, &SeriesFeeder::onAxisMoved);
    }
    feed();
    Q_EMIT changed();
}

void SeriesFeeder::setXColumn(int column)
{
    if (m_xColumn == column)
        return;
    m_xColumn = column;
    readModel();
    Q_EMIT changed();
}

void SeriesFeeder::setYColumn(int column)
{
    if (m_yColumn == column)
        return;
    m_yColumn = column;
    readModel();
    Q_EMIT changed();
}

void SeriesFeeder::setMaxPoints(int points)
{
    points = std::max(4, points);
    if (m_maxPoints == points)
        return;
    m_maxPoints = points;
    feed();
    Q_EMIT changed();
}

QList<QPointF> SeriesFeeder::thinned(std::vector<QPointF>::const_iterator first, qsizetype count,
                                     int maxPoints)
{
    QList<QPointF> out;
    if (count <= maxPoints) {
        out.reserve(count);
        std::copy(first, first + count, std::back_inserter(out));
        return out;
    }
    const int slices = maxPoints / 2;
    out.reserve(maxPoints);
    for (int s = 0; s < slices; ++s) {
        const auto begin = first + count * s / slices;
        const auto end = first + count * (s + 1) / slices;
        if (begin == end)
            continue;
        const auto [low, high] = std::minmax_element(
            begin, end, [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        out.append(low->x() <= high->x() ? *low : *high);
        if (low != high)
            out.append(low->x() <= high->x() ? *high : *low);
    }
    return out;
}

void SeriesFeeder::readModel()
{
    m_points.clear();
    if (m_model) {
        const int rows = m_model->rowCount();
        m_points.reserve(std::size_t(rows));
        for (int row = 0; row < rows; ++row)
            m_points.emplace_back(m_model->index(row, m_xColumn).data().toDouble(),
                                  m_model->index(row, m_yColumn).data().toDouble());
        std::stable_sort(m_points.begin(), m_points.end(),
                         [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    }
    feed();
}

void SeriesFeeder::onAxisMoved()
{
    const double min = double(m_axis->min().toMSecsSinceEpoch());
    const double max = double(m_axis->max().toMSecsSinceEpoch());
    // Half set (a new min before its max), still inside what was fed, or not zoomed far into
    // it: nothing to do.
    if (max <= min ||
        (min >= m_fedFrom && max <= m_fedTo && (max - min) * 8 >= m_fedTo - m_fedFrom))
        return;
    feed();
}

void SeriesFeeder::feed()
{
    if (!m_series)
        return;
    auto first = m_points.cbegin();
    auto last = m_points.cend();
    m_fedFrom = -std::numeric_limits<double>::infinity();
    m_fedTo = std::numeric_limits<double>::infinity();
    if (m_axis && m_axis->min() < m_axis->max()) {
        const double min = double(m_axis->min().toMSecsSinceEpoch());
        const double max = double(m_axis->max().toMSecsSinceEpoch());
        m_fedFrom = min - 2 * (max - min);
        m_fedTo = max + 2 * (max - min);
        const auto byX = [](const QPointF &p, double x) {
            return p.x() < x;
        };
        first = std::lower_bound(m_points.cbegin(), m_points.cend(), m_fedFrom, byX);
        last = std::lower_bound(first, m_points.cend(), m_fedTo, byX);
        if (first != m_points.cbegin())
            --first; // the line comes in from beyond the left edge
        if (last != m_points.cend())
            ++last; // and leaves beyond the right
    }
    const QList<QPointF> points = thinned(first, last - first, m_maxPoints);
    m_series->replace(points);
    m_fedCount = int(points.size());
    Q_EMIT fed();
}
