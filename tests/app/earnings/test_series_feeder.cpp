// SeriesFeeder: a line series gets a model's two columns in one replace, and with a date axis
// only the points around the view, fed again when the view leaves them.

#include "seriesfeeder.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

class TestSeriesFeeder : public QObject
{
    Q_OBJECT

    static constexpr qint64 Hour = 3600 * 1000LL;

    /// `hours` rows: x in ms from 2026-01-01 an hour apart, y the row number.
    static void fill(QStandardItemModel *model, int hours)
    {
        const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        model->clear();
        for (int row = 0; row < hours; ++row)
            model->appendRow({new QStandardItem(), new QStandardItem()});
        for (int row = 0; row < hours; ++row) {
            model->setData(model->index(row, 0), double(start + row * Hour));
            model->setData(model->index(row, 1), double(row));
        }
    }

private Q_SLOTS:
    void feedsEveryRowWithoutAnAxis()
    {
        QStandardItemModel model;
        fill(&model, 500);
        QLineSeries series;
        SeriesFeeder feeder;
        feeder.setSeries(&series);
        feeder.setModel(&model);
        QCOMPARE(series.count(), 500);
        QCOMPARE(series.at(123), QPointF(model.index(123, 0).data().toDouble(), 123));
        model.setData(model.index(7, 1), 42.5);
        QCOMPARE(series.at(7).y(), 42.5);
        model.removeRows(0, 100);
        QCOMPARE(series.count(), 400);
    }

    void feedsWhatIsNearTheViewAndAgainWhenTheViewLeavesIt()
    {
        QStandardItemModel model;
        fill(&model, 24 * 365);
        QLineSeries series;
        QDateTimeAxis axis;
        const QDateTime start(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        axis.setRange(start, start.addDays(7));
        SeriesFeeder feeder;
        feeder.setSeries(&series);
        feeder.setAxis(&axis);
        feeder.setModel(&model);
        // The week and two weeks either side, and the points at or just past each end.
        QCOMPARE(series.count(), 5 * 7 * 24 + 2);
        QVERIFY(series.at(0).x() < double(start.addDays(-14).toMSecsSinceEpoch()));
        QVERIFY(series.at(series.count() - 1).x() >= double(start.addDays(21).toMSecsSinceEpoch()));

        // A pan inside what was fed changes nothing; one past it feeds the new place.
        QSignalSpy fed(&feeder, &SeriesFeeder::fed);
        axis.setRange(start.addDays(3), start.addDays(10));
        QCOMPARE(fed.count(), 0);
        axis.setRange(start.addDays(20), start.addDays(27));
        QVERIFY(fed.count() >= 1);
        QVERIFY(series.at(0).x() < double(start.addDays(6).toMSecsSinceEpoch()));
        QVERIFY(series.at(0).x() >= double(start.addDays(5).toMSecsSinceEpoch()));

        // Zoomed out to the year: every point, or at most maxPoints with the peaks kept.
        axis.setRange(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                      QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(series.count(), 2000);
        feeder.setMaxPoints(24 * 365);
        QCOMPARE(series.count(), 24 * 365);
        model.setData(model.index(4000, 1), 99999.0); // a peak
        feeder.setMaxPoints(100);
        QVERIFY(series.count() <= 100);
        bool peakKept = false;
        for (int i = 0; i < series.count(); ++i) {
            peakKept = peakKept || series.at(i).y() == 99999.0;
            if (i > 0)
                QVERIFY(series.at(i - 1).x() < series.at(i).x());
        }
        QVERIFY(peakKept);
        feeder.setMaxPoints(2000);
        // Zoomed far in again: fewer.
        axis.setRange(start, start.addDays(1));
        QCOMPARE(series.count(), 5 * 24 + 2);
    }
};

QTEST_MAIN(TestSeriesFeeder)
#include "test_series_feeder.moc"
