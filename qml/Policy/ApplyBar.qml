import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// Always in view under the editor: what state the edits are in, what became of the last change
// sent to the car, and Revert and Apply.
Rectangle {
    id: root

    required property PolicyEditor editor
    readonly property PolicyChange change: root.editor.change
    property alias applyButton: applyButton

    // The person asked to see the first field that needs attention.
    signal showErrors()

    implicitHeight: layout.implicitHeight + 24
    color: Theme.surface

    Rectangle {
        width: parent.width
        height: 1
        color: Theme.divider
    }

    RowLayout {
        id: layout

        anchors.fill: parent
        anchors.leftMargin: 28
        anchors.rightMargin: 28
        spacing: 12

        BusyIndicator {
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
            visible: root.change.busy
            running: root.change.busy
            Accessible.name: qsTr("Sending the change")
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                id: status

                Layout.fillWidth: true
                text: {
                    if (!root.editor.valid)
                        return qsTr("Some settings need attention before the change can be applied (%1).").arg(root.editor.errorCount)
                    if (root.editor.conflict.active)
                        return qsTr("Choose above which policy the car keeps.")
                    if (root.change.state !== PolicyChange.None && (!root.editor.dirty || root.change.busy))
                        return root.change.message
                    if (root.editor.dirty)
                        return qsTr("Changes not applied yet.")
                    return qsTr("The car runs this policy (version %1).").arg(root.editor.version)
                }
                color: {
                    if (!root.editor.valid || root.change.state === PolicyChange.Rejected
                            || root.change.state === PolicyChange.Failed)
                        return Theme.negative
                    if (root.editor.conflict.active || root.change.state === PolicyChange.Conflict)
                        return Theme.warning
                    if (root.change.state === PolicyChange.Confirmed && !root.editor.dirty)
                        return Theme.positive
                    return Theme.text
                }
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StatusBar
                Accessible.name: status.text
            }
            Label {
                Layout.fillWidth: true
                visible: root.change.deliveryProblem.length > 0 && root.change.busy
                text: root.change.deliveryProblem
                color: Theme.warning
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
        }
        Button {
            visible: !root.editor.valid
            text: qsTr("Show")
            flat: true
            Accessible.name: qsTr("Show the first field that needs attention")
            onClicked: root.showErrors()
        }
        Button {
            text: qsTr("Revert")
            enabled: root.editor.dirty && !root.change.busy
            Accessible.name: qsTr("Revert to the policy the car runs")
            onClicked: root.editor.revert()
        }
        AccentButton {
            id: applyButton

            text: qsTr("Apply")
            enabled: root.editor.canApply
            Accessible.name: qsTr("Apply the changes to the car")
            onClicked: root.editor.apply()
        }
    }
}
