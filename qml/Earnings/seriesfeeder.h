#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QDateTimeAxis;
class QXYSeries;
QT_END_NAMESPACE

/// Feeds a line series from two columns of a model, as VXYModelMapper does, but with one
/// QXYSeries::replace() instead of a point at a time: Qt Charts lays the whole line out again
/// after each point, so the mapper takes seconds for a year of hours (bench_earnings_chart).
/// Given the series' date axis, it feeds only the points in view and two views' width either
/// side, and feeds again only when a pan or zoom leaves that: Qt Charts lays out and strokes
/// every point of a series on each frame, also those far outside the plot. More than
/// `maxPoints` are thinned to each slice's lowest and highest point (peaks stay).
class SeriesFeeder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// A model with numeric columns (EarningsModel); QObject so that QML tools need not know
    /// QAbstractItemModel here.
    Q_PROPERTY(QObject *model READ model WRITE setModel NOTIFY changed)
    /// A LineSeries (any XYSeries).
    Q_PROPERTY(QObject *series READ series WRITE setSeries NOTIFY changed)
    /// The series' DateTimeAxis (optional).
    Q_PROPERTY(QObject *axis READ axis WRITE setAxis NOTIFY changed)
    Q_PROPERTY(int xColumn READ xColumn WRITE setXColumn NOTIFY changed)
    Q_PROPERTY(int yColumn READ yColumn WRITE setYColumn NOTIFY changed)
    Q_PROPERTY(int maxPoints READ maxPoints WRITE setMaxPoints NOTIFY changed)
    /// Points the series got last.
    Q_PROPERTY(int fedCount READ fedCount NOTIFY fed)

public:
    explicit SeriesFeeder(QObject *parent = nullptr);

    QObject *model() const;
    void setModel(QObject *model);
    QObject *series() const;
    void setSeries(QObject *series);
    QObject *axis() const;
    void setAxis(QObject *axis);
    int xColumn() const { return m_xColumn; }
    void setXColumn(int column);
    int yColumn() const { return m_yColumn; }
    void setYColumn(int column);
    int maxPoints() const { return m_maxPoints; }
    void setMaxPoints(int points);
    int fedCount() const { return m_fedCount; }

    /// `count` points from `first` (sorted by x), or at most `maxPoints` of them: the lowest and
    /// the highest of each of `maxPoints / 2` slices, in x order.
    static QList<QPointF> thinned(std::vector<QPointF>::const_iterator first, qsizetype count,
                                  int maxPoints);

Q_SIGNALS:
    void changed();
    void fed();

private:
    void readModel();
    void feed();
    void onAxisMoved();

    QPointer<QAbstractItemModel> m_model;
    QPointer<QXYSeries> m_series;
    QPointer<QDateTimeAxis> m_axis;
    std::vector<QPointF> m_points; // the model's, in x order
    double m_fedFrom = 0;          // the x range fed last
    double m_fedTo = 0;
    int m_xColumn = 0;
    int m_yColumn = 1;
    int m_maxPoints = 2000;
    int m_fedCount = 0;
};
