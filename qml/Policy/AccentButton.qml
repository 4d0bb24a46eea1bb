import QtQuick
import QtQuick.Controls
import Idlefleet.Components

// The one action of a place (Apply, Keep mine, Pair): filled with the accent colour. Drawn
// without the style's shader effects, so it looks the same in every renderer.
Button {
    id: root

    Accessible.name: root.text

    contentItem: Label {
        text: root.text
        font.pixelSize: Theme.bodySize
        font.weight: Font.DemiBold
        font.capitalization: Font.AllUppercase
        color: root.enabled ? "white" : Theme.secondaryText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitWidth: 88
        implicitHeight: 36
        radius: 4
        color: !root.enabled ? Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.12)
                             : root.down ? Qt.darker(Theme.accent, 1.25)
                                         : root.hovered ? Qt.lighter(Theme.accent, 1.12) : Theme.accent
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.text
    }
}
