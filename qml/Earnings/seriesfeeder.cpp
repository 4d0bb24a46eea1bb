#include "seriesfeeder.h"

#include <QAbstractItemModel>
#include <QXYSeries>

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
        connect(m_model, &QAbstractItemModel::modelReset, this, &SeriesFeeder::feed);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &SeriesFeeder::feed);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &SeriesFeeder::feed);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SeriesFeeder::feed);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &SeriesFeeder::feed);
    }
    feed();
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

void SeriesFeeder::setXColumn(int column)
{
    if (m_xColumn == column)
        return;
    m_xColumn = column;
    feed();
    Q_EMIT changed();
}

void SeriesFeeder::setYColumn(int column)
{
    if (m_yColumn == column)
        return;
    m_yColumn = column;
    feed();
    Q_EMIT changed();
}

void SeriesFeeder::feed()
{
    if (!m_series)
        return;
    QList<QPointF> points;
    if (m_model) {
        const int rows = m_model->rowCount();
        points.reserve(rows);
        for (int row = 0; row < rows; ++row)
            points.append({m_model->index(row, m_xColumn).data().toDouble(),
                           m_model->index(row, m_yColumn).data().toDouble()});
    }
    m_series->replace(points);
    m_fedCount = int(points.size());
    Q_EMIT fed();
}
