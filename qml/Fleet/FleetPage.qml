pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Idlefleet.App
import Idlefleet.Components

// The organisation at a glance: the fleet now, why cars are not contributing (a bar opens those
// cars in the table), its groups, and per currency what it contributed, used, paid and earned.
Item {
    id: root

    function fillChart(): void {
        energyLine.clear()
        const points = overview.energySeries
        for (let i = 0; i < points.length; ++i)
            energyLine.append(points[i].t, points[i].kwh)
    }

    Binding {
        target: Navigation
        property: "pageBusy"
        value: overview.loading && !overview.loaded
    }

    FleetOverview {
        id: overview

        client: AppState.fleetClient
        Component.onCompleted: reload()
        onChanged: root.fillChart()
    }

    Timer {
        interval: 60000
        running: true
        repeat: true
        onTriggered: overview.reload()
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 20

            PageHeader {
                Layout.fillWidth: true
                Layout.margins: 28
                Layout.bottomMargin: 0
                title: qsTr("Your organisation")
                subtitle: overview.errorMessage.length > 0
                          ? overview.errorMessage
                          : overview.loaded
                            ? qsTr("%Ln car(s), as of %1", "", overview.vehicleCount)
                                .arg(overview.observedAt.toLocaleTimeString(Theme.locale, Locale.ShortFormat))
                            : qsTr("Loading the organisation…")
                subtitleColor: overview.errorMessage.length > 0 ? Theme.warning : Theme.secondaryText
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 28
                Layout.rightMargin: 28
                columns: Math.max(2, Math.floor((scroll.availableWidth - 56) / 200))
                columnSpacing: 14
                rowSpacing: 14

                Tile {
                    label: qsTr("Contributing now")
                    value: qsTr("%1 of %2 (%3%)")
                        .arg(Number(overview.contributingNow).toLocaleString(Theme.locale, "f", 0))
                        .arg(Number(overview.vehicleCount).toLocaleString(Theme.locale, "f", 0))
                        .arg(Number(overview.contributingShare).toLocaleString(Theme.locale, "f", 1))
                    tone: Theme.positive
                }
                Tile {
                    label: qsTr("Reachable now")
                    value: Number(overview.onlineNow).toLocaleString(Theme.locale, "f", 0)
                }
                Tile {
                    label: qsTr("Plugged in")
                    value: Number(overview.pluggedInNow).toLocaleString(Theme.locale, "f", 0)
                }
                Tile {
                    label: qsTr("Driving")
                    value: Number(overview.drivingNow).toLocaleString(Theme.locale, "f", 0)
                }
            }

            // Money per currency: never added up across them.
            Repeater {
                model: overview.currencies

                delegate: Rectangle {
                    id: currencyCard

                    required property var modelData

                    Layout.fillWidth: true
                    Layout.leftMargin: 28
                    Layout.rightMargin: 28
                    implicitHeight: currencyColumn.implicitHeight + 28
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.divider

                    ColumnLayout {
                        id: currencyColumn

                        anchors.fill: parent
                        anchors.margins: 14
                        spacing: 8

                        Label {
                            text: qsTr("Cars paying in %1: %Ln car(s), last %2 days", "",
                                       currencyCard.modelData.vehicles)
                                .arg(currencyCard.modelData.currency).arg(overview.days)
                            color: Theme.text
                            font.pixelSize: Theme.headingSize
                            font.weight: Font.DemiBold
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 14

                            Tile {
                                label: qsTr("Compute")
                                value: qsTr("%1 h").arg(currencyCard.modelData.hours)
                            }
                            Tile {
                                label: qsTr("Energy")
                                value: currencyCard.modelData.energy
                            }
                            Tile {
                                label: qsTr("On solar")
                                value: currencyCard.modelData.solarShare
                            }
                            Tile {
                                label: qsTr("CO₂")
                                value: currencyCard.modelData.carbon
                            }
                            Tile {
                                label: qsTr("Grid carbon")
                                value: currencyCard.modelData.carbonIntensity
                            }
                            Tile {
                                label: qsTr("Electricity cost")
                                value: currencyCard.modelData.cost
                            }
                            Tile {
                                label: qsTr("Gross earnings")
                                value: currencyCard.modelData.gross
                            }
                            Tile {
                                label: qsTr("Net earnings")
                                value: currencyCard.modelData.net
                                tone: currencyCard.modelData.netMicros < 0 ? Theme.negative : Theme.positive
                            }
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 28
                Layout.rightMargin: 28
                spacing: 20

                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 3
                    Layout.alignment: Qt.AlignTop
                    implicitHeight: reasonsColumn.implicitHeight + 28
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.divider

                    ColumnLayout {
                        id: reasonsColumn

                        anchors.fill: parent
                        anchors.margins: 14
                        spacing: 8

                        Label {
                            text: qsTr("Why cars are not contributing now")
                            color: Theme.text
                            font.pixelSize: Theme.headingSize
                            font.weight: Font.DemiBold
                        }
                        Label {
                            visible: overview.loaded && overview.reasons.length === 0
                            text: qsTr("Every car is contributing.")
                            color: Theme.secondaryText
                        }
                        ReasonBars {
                            Layout.fillWidth: true
                            reasons: overview.reasons
                            maximum: overview.reasonMax
                            onReasonChosen: (code) => Navigation.navigate(Navigation.FleetTable, "reason:" + code)
                        }
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    Layout.alignment: Qt.AlignTop
                    implicitHeight: groupsColumn.implicitHeight + 28
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.divider

                    ColumnLayout {
                        id: groupsColumn

                        anchors.fill: parent
                        anchors.margins: 14
                        spacing: 4

                        Label {
                            text: qsTr("Groups")
                            color: Theme.text
                            font.pixelSize: Theme.headingSize
                            font.weight: Font.DemiBold
                        }
                        Repeater {
                            model: overview.groups

                            delegate: ItemDelegate {
                                id: groupRow

                                required property var modelData
                                readonly property string groupName: modelData.name === ""
                                                                    ? qsTr("Cars in no group") : modelData.name
                                // What the group's cars contributed in the period: energy, the
                                // share on sunshine, the grid's carbon and the net per currency.
                                readonly property string figures: modelData.hasEnergy
                                    ? qsTr("%1 · %2 on solar · %3 · net %4")
                                        .arg(modelData.energy).arg(modelData.solarShare)
                                        .arg(modelData.carbonIntensity).arg(modelData.net)
                                    : qsTr("No compute in this period")

                                Layout.fillWidth: true
                                activeFocusOnTab: true
                                text: groupRow.modelData.vehicles > 0
                                      ? qsTr("%1: %L2 of %Ln contributing", "", groupRow.modelData.vehicles)
                                          .arg(groupRow.groupName).arg(groupRow.modelData.contributing)
                                      : qsTr("%1: no cars now").arg(groupRow.groupName)
                                font.pixelSize: Theme.captionSize
                                Accessible.name: text + ". " + figures
                                // Opens the group's cars in the table; the cars in no group and a
                                // group whose cars all left have no filter of their own.
                                onClicked: if (groupRow.modelData.name !== "" && groupRow.modelData.vehicles > 0)
                                               Navigation.navigate(Navigation.FleetTable, "group:" + groupRow.modelData.name)

                                contentItem: ColumnLayout {
                                    spacing: 2

                                    Label {
                                        Layout.fillWidth: true
                                        text: groupRow.text
                                        font: groupRow.font
                                        color: Theme.text
                                        elide: Text.ElideRight
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: groupRow.figures
                                        font.pixelSize: Theme.captionSize
                                        color: Theme.secondaryText
                                        wrapMode: Text.Wrap
                                    }
                                }
                            }
                        }
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.leftMargin: 28
                Layout.rightMargin: 28
                Layout.bottomMargin: 28
                implicitHeight: 300
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 14

                    Label {
                        text: qsTr("Compute energy of the whole fleet, per hour")
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.DemiBold
                    }
                    ChartView {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        antialiasing: true
                        legend.visible: false
                        theme: Theme.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
                        backgroundColor: Theme.surface
                        plotAreaColor: Theme.surface
                        backgroundRoundness: 0
                        margins { left: 0; right: 0; top: 0; bottom: 0 }
                        Accessible.name: qsTr("Compute energy of the whole fleet, per hour")

                        DateTimeAxis {
                            id: hours

                            min: new Date(overview.observedAt.getTime() - overview.days * 86400000)
                            max: overview.observedAt
                            format: "dd MMM hh:mm"
                            tickCount: 6
                            labelsColor: Theme.secondaryText
                            gridLineColor: Theme.divider
                        }
                        // Qt 6.4's QtCharts type file names two types QValueAxis (see EarningsChart).
                        // qmllint disable type property import
                        ValueAxis {
                            id: kwh

                            min: 0
                            max: Math.max(1, overview.energyMaxKwh * 1.1)
                            labelFormat: "%.0f"
                            labelsColor: Theme.secondaryText
                            gridLineColor: Theme.divider
                            titleText: qsTr("kWh")
                            titleBrush: Theme.secondaryText
                        }
                        // qmllint enable type property import
                        LineSeries {
                            id: energyLine

                            axisX: hours
                            // qmllint disable type
                            axisY: kwh
                            // qmllint enable type
                            color: Theme.accent
                            width: 2
                        }
                    }
                }
            }
        }
    }

    component Tile: Rectangle {
        id: tile

        property string label
        property string value
        property color tone: Theme.text

        Layout.fillWidth: true
        implicitWidth: 170
        implicitHeight: tileColumn.implicitHeight + 24
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.divider
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("%1: %2").arg(tile.label).arg(tile.value)

        ColumnLayout {
            id: tileColumn

            anchors.fill: parent
            anchors.margins: 12
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: tile.label
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: tile.value
                color: tile.tone
                font.pixelSize: 18
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }
    }
}
