import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtCharts
import Idlefleet.App
import Idlefleet.Earnings
import Idlefleet.Components

// The range's buckets as bars (few) or lines over a date axis (many), for compute, energy or
// money; hovering or the arrow keys show a bucket's date and amounts.
Rectangle {
    id: root

    required property EarningsModel model
    /// 0: compute hours, 1: energy, 2: money (cost, gross, net).
    property int metric: 0
    property int hoveredRow: -1
    // Where the hovered bucket is drawn, in the chart's coordinates (again when the buckets or
    // the plot area change).
    readonly property real markerX: root.markerFor(root.hoveredRow, root.model.count,
                                                   root.dense ? lineChart.plotArea : barChart.plotArea)
    // Bars while each has room for its label, else a line over a date axis.
    readonly property bool dense: root.model.count > Math.min(45, root.width / 24)
    readonly property int firstColumn: root.metric === 0 ? EarningsModel.HoursColumn
                                     : root.metric === 1 ? EarningsModel.EnergyColumn
                                                         : EarningsModel.CostColumn
    readonly property int lastColumn: root.metric === 2 ? EarningsModel.NetColumn : root.firstColumn
    // Compute, energy, cost, gross, net.
    readonly property var colours: [Theme.accent, Theme.warning, Theme.negative, Theme.warning,
                                    Theme.accent]
    readonly property real yStep: root.niceStep(Math.max(root.axisMax(root.model.columnMaxima),
                                                         -root.axisMin(root.model.columnMinima)) / 5)
    readonly property real yMax: Math.ceil(root.axisMax(root.model.columnMaxima) / root.yStep) * root.yStep
    readonly property real yMin: Math.floor(root.axisMin(root.model.columnMinima) / root.yStep) * root.yStep
    readonly property int yTicks: Math.round((root.yMax - root.yMin) / root.yStep) + 1
    readonly property var metricNames: [qsTr("compute hours"), qsTr("energy"), qsTr("money")]
    readonly property string unit: root.metric === 0 ? qsTr("hours") : root.metric === 1
                                   ? qsTr("kWh") : root.model.currencySymbol

    function axisMax(maxima: list<real>): real {
        let top = 0
        for (let c = root.firstColumn; c <= root.lastColumn; ++c)
            top = Math.max(top, maxima[c] ?? 0)
        return top > 0 ? top : 1
    }
    function axisMin(minima: list<real>): real {
        let bottom = 0
        for (let c = root.firstColumn; c <= root.lastColumn; ++c)
            bottom = Math.min(bottom, minima[c] ?? 0)
        return bottom
    }
    // The smallest 1, 2, 2.5 or 5 times a power of ten that is at least `rough`.
    function niceStep(rough: real): real {
        const power = Math.pow(10, Math.floor(Math.log10(Math.max(rough, 1e-9))))
        for (const factor of [1, 2, 2.5, 5, 10]) {
            if (factor * power >= rough)
                return factor * power
        }
        return 10 * power
    }
    function colourBars(): void {
        for (let i = 0; i < bars.count; ++i) {
            const set = bars.at(i)
            set.color = root.colours[root.firstColumn - EarningsModel.HoursColumn + i]
            set.borderColor = set.color
        }
    }
    function hoverAt(x: real, y: real): void {
        const chart = root.dense ? lineChart : barChart
        const area = chart.plotArea
        if (x < area.x || x > area.x + area.width || y < area.y || y > area.y + area.height) {
            root.hoveredRow = -1
            return
        }
        const value = chart.mapToValue(Qt.point(x, y), root.dense ? line0 : bars)
        root.hoveredRow = root.dense ? root.model.rowAt(value.x)
                                     : Math.max(0, Math.min(root.model.count - 1, Math.round(value.x)))
    }
    function markerFor(row: int, count: int, area: rect): real {
        if (row < 0 || row >= count)
            return area.x
        const x = root.dense ? root.model.data(root.model.index(row, EarningsModel.StartColumn)) : row
        return (root.dense ? lineChart : barChart).mapToPosition(Qt.point(x, 0),
                                                                root.dense ? line0 : bars).x
    }
    function step(by: int): void {
        root.hoveredRow = Math.max(0, Math.min(root.model.count - 1, root.hoveredRow + by))
    }

    implicitHeight: 420
    radius: Theme.radius
    color: Theme.surface
    border.color: root.activeFocus ? Theme.accent : Theme.divider
    activeFocusOnTab: true
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Chart of %1; the arrow keys go through the buckets")
                         .arg(root.metricNames[root.metric])
    Accessible.description: root.model.count > 0 ? root.model.describe(root.hoveredRow) : ""

    Keys.onLeftPressed: root.step(-1)
    Keys.onRightPressed: root.step(1)
    Keys.onEscapePressed: root.hoveredRow = -1

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        RowLayout {
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                text: qsTr("Over time")
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            TabBar {
                id: metricBar

                currentIndex: root.metric
                onCurrentIndexChanged: root.metric = currentIndex
                Accessible.name: qsTr("What the chart shows")
                // The chosen tab's text in the accent that reads on the page (Theme.accentText).
                Material.accent: Theme.accentText

                TabButton {

                    width: implicitWidth
                    text: qsTr("Compute")
                    Accessible.name: qsTr("Compute hours")
                }
                TabButton {
                    width: implicitWidth
                    text: qsTr("Energy")
                    Accessible.name: qsTr("Energy in kWh")
                }
                TabButton {
                    width: implicitWidth
                    text: qsTr("Money")
                    Accessible.name: qsTr("Cost, gross and net")
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ChartView {
                id: barChart

                anchors.fill: parent
                visible: !root.dense
                antialiasing: true
                theme: Theme.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
                backgroundColor: Theme.surface
                plotAreaColor: Theme.surface
                backgroundRoundness: 0
                // qmllint disable type
                locale: Theme.locale
                // qmllint enable type
                localizeNumbers: true
                legend.visible: root.metric === 2
                legend.alignment: Qt.AlignBottom
                legend.labelColor: Theme.text
                margins { left: 0; right: 0; top: 0; bottom: 0 }

                BarSeries {
                    id: bars

                    barWidth: 0.8
                    axisX: BarCategoryAxis {
                        categories: root.model.categories
                        labelsColor: Theme.secondaryText
                        gridVisible: false
                        labelsAngle: root.model.count > 14 ? -90 : 0
                        labelsFont.pixelSize: root.model.count > 14 ? 10 : 12
                    }
                    // qmllint disable type
                    axisY: barY
                    // qmllint enable type
                    onCountChanged: root.colourBars()
                }
                // Qt 6.4's QtCharts type file names two types QValueAxis, so that qmllint
                // finds no ValueAxis (and no type for ChartView.locale); both exist at run time.
                // qmllint disable type property import
                ValueAxis {
                    id: barY

                    min: root.yMin
                    max: root.yMax
                    tickCount: root.yTicks
                    labelFormat: root.metric === 2 ? "%.2f" : "%.1f"
                    labelsColor: Theme.secondaryText
                    gridLineColor: Theme.divider
                    titleText: root.unit
                    titleBrush: Theme.secondaryText
                }
                // qmllint enable type property import
                VBarModelMapper {
                    model: root.model
                    series: bars
                    firstBarSetColumn: root.firstColumn
                    lastBarSetColumn: root.lastColumn
                    firstRow: 0
                }
            }

            ChartView {
                id: lineChart

                anchors.fill: parent
                visible: root.dense
                antialiasing: true
                theme: Theme.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
                backgroundColor: Theme.surface
                plotAreaColor: Theme.surface
                backgroundRoundness: 0
                // qmllint disable type
                locale: Theme.locale
                // qmllint enable type
                localizeNumbers: true
                legend.visible: root.metric === 2
                legend.alignment: Qt.AlignBottom
                legend.labelColor: Theme.text
                margins { left: 0; right: 0; top: 0; bottom: 0 }

                DateTimeAxis {
                    id: timeAxis

                    min: root.model.axisStart
                    max: root.model.axisEnd
                    format: root.model.axisFormat
                    tickCount: 8
                    labelsColor: Theme.secondaryText
                    gridLineColor: Theme.divider
                }
                // qmllint disable type property import
                ValueAxis {
                    id: lineY

                    min: root.yMin
                    max: root.yMax
                    tickCount: root.yTicks
                    labelFormat: root.metric === 2 ? "%.2f" : "%.1f"
                    labelsColor: Theme.secondaryText
                    gridLineColor: Theme.divider
                    titleText: root.unit
                    titleBrush: Theme.secondaryText
                }
                // qmllint enable type property import
                LineSeries {
                    id: line0

                    name: root.model.headerData(root.firstColumn, Qt.Horizontal)
                    axisX: timeAxis
                    // qmllint disable type
                    axisY: lineY
                    // qmllint enable type
                    color: root.colours[root.firstColumn - EarningsModel.HoursColumn]
                    width: 2
                }
                LineSeries {
                    id: line1

                    name: root.model.headerData(EarningsModel.GrossColumn, Qt.Horizontal)
                    visible: root.metric === 2
                    axisX: timeAxis
                    // qmllint disable type
                    axisY: lineY
                    // qmllint enable type
                    color: root.colours[3]
                    width: 2
                }
                LineSeries {
                    id: line2

                    name: root.model.headerData(EarningsModel.NetColumn, Qt.Horizontal)
                    visible: root.metric === 2
                    axisX: timeAxis
                    // qmllint disable type
                    axisY: lineY
                    // qmllint enable type
                    color: root.colours[4]
                    width: 2
                }
                SeriesFeeder {
                    model: root.model
                    series: line0
                    axis: timeAxis
                    xColumn: EarningsModel.StartColumn
                    yColumn: root.firstColumn
                }
                SeriesFeeder {
                    model: root.metric === 2 ? root.model : null
                    series: line1
                    axis: timeAxis
                    xColumn: EarningsModel.StartColumn
                    yColumn: EarningsModel.GrossColumn
                }
                SeriesFeeder {
                    model: root.metric === 2 ? root.model : null
                    series: line2
                    axis: timeAxis
                    xColumn: EarningsModel.StartColumn
                    yColumn: EarningsModel.NetColumn
                }
            }

            MouseArea {
                anchors.fill: parent
                hoverEnabled: true
                acceptedButtons: Qt.NoButton
                onPositionChanged: (mouse) => root.hoverAt(mouse.x, mouse.y)
                onExited: root.hoveredRow = -1
            }

            Label {
                anchors.centerIn: parent
                visible: root.model.count === 0 && !root.model.loading
                text: qsTr("Nothing contributed in these days.")
                color: Theme.secondaryText
            }

            Rectangle {
                x: root.markerX
                y: (root.dense ? lineChart : barChart).plotArea.y
                width: 1
                height: (root.dense ? lineChart : barChart).plotArea.height
                visible: root.hoveredRow >= 0 && root.model.count > 0
                color: Theme.secondaryText
            }

            Rectangle {
                x: root.markerX + width + 24 < parent.width ? root.markerX + 12
                                                            : root.markerX - width - 12
                y: (root.dense ? lineChart : barChart).plotArea.y + 8
                visible: root.hoveredRow >= 0 && tipText.text.length > 0
                width: tipText.implicitWidth + 20
                height: tipText.implicitHeight + 16
                radius: 6
                color: Theme.window
                border.color: Theme.divider

                Label {
                    id: tipText

                    anchors.centerIn: parent
                    // count: read again when the buckets change
                    text: root.model.count > 0 ? root.model.describe(root.hoveredRow) : ""

                    color: Theme.text
                    font.pixelSize: Theme.captionSize
                }
            }
        }
    }
}
