import QtQuick
import QtQuick.Controls
import Idlefleet.Components

// The policy engine's message beside a field (empty: hidden).
Label {
    id: root

    visible: root.text.length > 0
    color: Theme.negative
    font.pixelSize: Theme.captionSize
    wrapMode: Text.Wrap
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text
}
