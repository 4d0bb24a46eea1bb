pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The car's policy changed elsewhere while this editor had changes of its own: both side by
// side, and the person chooses which the car keeps.
Pane {
    id: root

    required property PolicyEditor editor
    readonly property PolicyConflict conflict: root.editor.conflict

    padding: 20
    Accessible.role: Accessible.Grouping
    Accessible.name: title.text

    background: Rectangle {
        color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.1)
        radius: Theme.radius
        border.color: Theme.warning
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            id: title

            Layout.fillWidth: true
            text: qsTr("The car's policy was changed elsewhere")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: root.conflict.source === "outbox"
                  ? qsTr("Your change was not applied: the car runs version %1 now, set from another device or by a fleet manager after you started editing. Nothing was overwritten. Choose which policy the car keeps.").arg(root.conflict.theirVersion)
                  : qsTr("The car now runs version %1, set from another device or by a fleet manager while you were editing. Nothing was overwritten. Choose which policy the car keeps.").arg(root.conflict.theirVersion)
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: 16
            rowSpacing: 6

            Label {
                text: qsTr("Setting")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("Yours")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: qsTr("On the car (version %1)").arg(root.conflict.theirVersion)
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                font.weight: Font.DemiBold
            }
            Repeater {
                model: root.conflict.differences

                delegate: Label {
                    required property var modelData
                    required property int index

                    Layout.row: index + 1
                    Layout.column: 0
                    text: modelData.label
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
            }
            Repeater {
                model: root.conflict.differences

                delegate: Label {
                    required property var modelData
                    required property int index

                    Layout.row: index + 1
                    Layout.column: 1
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: modelData.mine
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                    Accessible.name: qsTr("%1, yours: %2").arg(modelData.label).arg(modelData.mine)
                }
            }
            Repeater {
                model: root.conflict.differences

                delegate: Label {
                    required property var modelData
                    required property int index

                    Layout.row: index + 1
                    Layout.column: 2
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: modelData.theirs
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                    Accessible.name: qsTr("%1, on the car: %2").arg(modelData.label).arg(modelData.theirs)
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.conflict.differences.length === 0
            text: qsTr("The two are the same in every setting.")
            color: Theme.secondaryText
            font.pixelSize: Theme.bodySize
        }

        Flow {
            Layout.fillWidth: true
            spacing: 10

            AccentButton {
                id: keepMine

                text: qsTr("Keep mine")
                Accessible.name: qsTr("Keep my policy and send it to the car")
                onClicked: root.editor.keepMine()
            }
            Button {
                text: qsTr("Keep the car's")
                Accessible.name: qsTr("Keep the car's policy and discard my changes")
                onClicked: root.editor.keepTheirs()
            }
        }
    }
}
