pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// Seven buttons, Monday first, for a days mask (bit 0 = Monday; 0 = every day).
RowLayout {
    id: root

    property int daysMask
    // What the days are for, for screen readers ("Window 1").
    property string subject

    signal dayToggled(int day, bool on)

    spacing: 2

    Repeater {
        model: 7

        delegate: AbstractButton {
            id: dayButton

            required property int index
            readonly property bool on: root.daysMask === 0 || ((root.daysMask >> dayButton.index) & 1) === 1

            implicitWidth: 34
            implicitHeight: 28
            focusPolicy: Qt.StrongFocus
            text: PolicyFormat.dayName(dayButton.index)
            Accessible.role: Accessible.CheckBox
            Accessible.name: qsTr("%1 on %2").arg(root.subject).arg(Theme.locale.dayName((dayButton.index + 1) % 7, Locale.LongFormat))
            Accessible.checked: dayButton.on
            onClicked: root.dayToggled(dayButton.index, !dayButton.on)

            background: Rectangle {
                radius: 6
                color: dayButton.on ? Theme.accent : "transparent"
                border.color: dayButton.visualFocus ? Theme.text : (dayButton.on ? Theme.accent : Theme.divider)
                border.width: dayButton.visualFocus ? 2 : 1
            }
            contentItem: Label {
                text: dayButton.text.substring(0, 2)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                color: dayButton.on ? "white" : Theme.text
                font.pixelSize: Theme.captionSize
            }
        }
    }
}
