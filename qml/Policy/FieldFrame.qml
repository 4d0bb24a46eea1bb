import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.Components

// One setting: its label, its controls, a line of help and the engine's message. `fieldKey` is
// the policy's name for it (`minSocPercent`): links from other pages reveal it by that name.
Item {
    id: root

    property string fieldKey
    property string label
    property string help
    property string error
    // What gets the keyboard focus when the field is revealed.
    property Item focusTarget
    default property alias content: controls.data

    // Scrolled to by the page: focus, and a brief glow so the eye finds it.
    function reveal(): void {
        if (root.focusTarget)
            root.focusTarget.forceActiveFocus()
        glow.restart()
    }

    Layout.fillWidth: true
    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight

    Rectangle {
        id: halo

        anchors.fill: parent
        anchors.margins: -8
        radius: 8
        color: Theme.accent
        opacity: 0
    }
    SequentialAnimation {
        id: glow

        NumberAnimation { target: halo; property: "opacity"; to: 0.22; duration: 180 }
        PauseAnimation { duration: 900 }
        NumberAnimation { target: halo; property: "opacity"; to: 0; duration: 600 }
    }

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 6

        Label {
            Layout.fillWidth: true
            visible: root.label.length > 0
            text: root.label
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        ColumnLayout {
            id: controls

            Layout.fillWidth: true
            spacing: 8
        }
        Label {
            Layout.fillWidth: true
            visible: root.help.length > 0
            text: root.help
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        FieldError {
            Layout.fillWidth: true
            text: root.error
        }
    }
}
