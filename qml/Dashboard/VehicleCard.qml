import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.Components

// One car at a glance: charge, charger, whether it is lending its computer, and how warm it is.
Pane {
    id: root

    required property string name
    required property string model
    required property real socPercent
    required property bool pluggedIn
    required property bool driving
    required property bool contributing
    required property real chipTempC
    required property int computePowerWatts
    required property double energyTodayWh
    required property date observedAt
    required property var reasons
    required property string marketRate
    property bool stale: false

    padding: 20
    Accessible.role: Accessible.Grouping
    Accessible.name: root.name

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Label {
                    text: root.name
                    color: Theme.text
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: root.model
                    color: Theme.secondaryText
                    font.pixelSize: Theme.captionSize
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            Label {
                text: qsTr("%1 %").arg(Number(root.socPercent).toLocaleString(Qt.locale(), 'f', 0))
                color: root.socPercent < 20 ? Theme.negative : Theme.text
                font.pixelSize: 34
                font.weight: Font.Light
                Accessible.name: qsTr("State of charge %1 percent").arg(Math.round(root.socPercent))
            }
        }

        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: 100
            value: root.socPercent
            Accessible.name: qsTr("State of charge")
        }

        Flow {
            Layout.fillWidth: true
            spacing: 8

            StatusChip {
                text: root.driving ? qsTr("Driving")
                                   : root.contributing ? qsTr("Contributing")
                                                       : qsTr("Not contributing")
                tone: root.contributing ? Theme.positive : (root.driving ? Theme.warning : Theme.neutral)
                active: root.contributing || root.driving
            }
            StatusChip {
                text: root.pluggedIn ? qsTr("Plugged in") : qsTr("Not plugged in")
                tone: root.pluggedIn ? Theme.accent : Theme.neutral
                active: root.pluggedIn
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.contributing
            text: qsTr("Earning you about %1 an hour").arg(root.marketRate)
            color: Theme.positive
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: !root.contributing && root.reasons.length > 0
            spacing: 4

            Label {
                text: qsTr("Why it is not contributing now")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                font.weight: Font.DemiBold
            }
            Repeater {
                model: root.reasons

                delegate: Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: "• " + modelData
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 6

            Label {
                text: qsTr("Computer")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: root.contributing
                      ? qsTr("%1 °C, %2 W").arg(Number(root.chipTempC).toLocaleString(Qt.locale(), 'f', 0))
                                          .arg(root.computePowerWatts)
                      : qsTr("%1 °C, idle").arg(Number(root.chipTempC).toLocaleString(Qt.locale(), 'f', 0))
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
            Label {
                text: qsTr("Compute energy today")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: qsTr("%1 kWh").arg(Number(root.energyTodayWh / 1000).toLocaleString(Qt.locale(), 'f', 2))
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
            Label {
                text: qsTr("Reported")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: root.observedAt.toLocaleTimeString(Qt.locale(), Locale.ShortFormat)
                color: root.stale ? Theme.warning : Theme.text
                font.pixelSize: Theme.bodySize
            }
        }
    }
}
