import QtQuick
import QtCharts
import Idlefleet.Earnings

// The earnings chart as the page draws many buckets: a line over a date axis, fed from
// EarningsModel's columns (StartColumn 0, HoursColumn 1) by the page's SeriesFeeder, or by Qt's
// VXYModelMapper when `mapper` is set (for comparison).
Window {
    id: root

    property var model: null
    property bool mapper: false
    property alias axis: timeAxis
    readonly property int pointCount: root.mapper ? line.count : feeder.fedCount

    width: 1060
    height: 420
    visible: true
    color: "#ffffff"

    ChartView {
        anchors.fill: parent
        antialiasing: true
        legend.visible: false
        theme: ChartView.ChartThemeLight

        DateTimeAxis {
            id: timeAxis

            format: "d MMM"
            tickCount: 8
        }
        ValueAxis {
            id: hoursAxis

            min: 0
            max: 1.1
        }
        LineSeries {
            id: line

            axisX: timeAxis
            axisY: hoursAxis
            width: 2
        }
        SeriesFeeder {
            id: feeder

            model: root.mapper ? null : root.model
            series: root.mapper ? null : line
            axis: timeAxis
            xColumn: 0
            yColumn: 1
        }
        VXYModelMapper {
            model: root.mapper ? root.model : null
            series: root.mapper ? line : null
            xColumn: 0
            yColumn: 1
        }
    }
}
