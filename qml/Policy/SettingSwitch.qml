import QtQuick
import QtQuick.Controls
import Idlefleet.Components

// A switch that shows a value of the editor and hands the person's choice on; it keeps
// following the value after being toggled (a revert or an import changes it too). Its knob is
// drawn without the style's shader effects, so it shows in every renderer.
Switch {
    id: root

    property bool value

    signal edited(bool on)

    checked: root.value
    Accessible.name: root.text
    onToggled: {
        root.edited(root.checked)
        root.checked = Qt.binding(() => root.value)
    }

    indicator: Rectangle {
        x: root.leftPadding
        y: root.topPadding + (root.availableHeight - height) / 2
        implicitWidth: 38
        implicitHeight: 22
        radius: height / 2
        color: root.checked ? Theme.accent : Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.25)
        opacity: root.enabled ? 1 : 0.5
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.text

        Rectangle {
            x: root.checked ? parent.width - width - 3 : 3
            anchors.verticalCenter: parent.verticalCenter
            width: 16
            height: 16
            radius: 8
            color: "white"

            Behavior on x {
                NumberAnimation { duration: 120 }
            }
        }
    }
}
