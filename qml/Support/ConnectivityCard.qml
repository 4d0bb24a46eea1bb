import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The car's connectivity and versions now: online, last contact, clock, firmware, module, the
// policy version it confirmed, and its troubles of the last 24 hours.
Rectangle {
    id: root

    required property DiagnosticsModel model

    implicitHeight: content.implicitHeight + 32
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                text: qsTr("Connectivity")
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            StatusChip {
                visible: root.model.loaded
                text: root.model.online ? qsTr("Online") : qsTr("Offline")
                tone: root.model.online ? Theme.positive : Theme.warning
            }
            BusyIndicator {
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
                visible: root.model.loading
                running: root.model.loading
                Accessible.name: qsTr("Loading the diagnostics")
            }
            Item {
                Layout.fillWidth: true
            }
        }

        GridLayout {
            Layout.fillWidth: true
            visible: root.model.loaded
            columns: 4
            columnSpacing: 24
            rowSpacing: 6

            Repeater {
                model: [
                    { label: qsTr("Last seen"), value: root.model.lastSeenText },
                    { label: qsTr("Clock"), value: root.model.clockSkewText },
                    { label: qsTr("Firmware"), value: root.model.firmwareVersion },
                    { label: qsTr("Compute module"), value: root.model.computeModule },
                    { label: qsTr("Confirmed policy"), value: qsTr("version %1").arg(root.model.confirmedPolicyVersion) },
                    { label: qsTr("Connection losses (24 h)"), value: Number(root.model.connectionLosses24h).toLocaleString(Theme.locale, "f", 0) },
                    { label: qsTr("Job failures (24 h)"), value: Number(root.model.jobFailures24h).toLocaleString(Theme.locale, "f", 0) },
                    { label: qsTr("Active keys"), value: Number(root.model.keysActive).toLocaleString(Theme.locale, "f", 0) }
                ]

                delegate: ColumnLayout {
                    id: fact

                    required property var modelData

                    Layout.fillWidth: true
                    spacing: 2
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1: %2").arg(fact.modelData.label).arg(fact.modelData.value)

                    Label {
                        text: fact.modelData.label
                        color: Theme.secondaryText
                        font.pixelSize: Theme.captionSize
                    }
                    Label {
                        Layout.fillWidth: true
                        text: fact.modelData.value
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        elide: Text.ElideRight
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.model.policySummary.length > 0
            text: qsTr("Policy version %1: %2").arg(root.model.policyVersion).arg(root.model.policySummary)
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.model.errorMessage.length > 0
            text: root.model.loaded
                  ? qsTr("Could not refresh (%1). Showing what was fetched earlier.").arg(root.model.errorMessage)
                  : root.model.errorMessage
            color: root.model.loaded ? Theme.warning : Theme.negative
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
